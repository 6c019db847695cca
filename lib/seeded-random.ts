/**
 * A small seeded random generator (a linear congruential generator with the Numerical Recipes
 * constants): the same seed gives the same sequence, so a fuzz test that fails can be replayed
 * exactly and a benchmark measures the same generated content every run. Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}
