/**
 * Which of the precompressed copies (scripts/precompress.ts) a request accepts, best first, read from
 * its Accept-Encoding header as RFC 9110 §12.5.3 says: `q=0` refuses a coding, `*` stands for any coding
 * not named, a higher q wins and brotli wins a tie. No header: send the file as it is (what curl and
 * most servers expect, though the RFC would allow any coding).
 */
export const CODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;
export type Coding = (typeof CODINGS)[number];

export function acceptedCodings(acceptEncoding: string | undefined): Coding[] {
  if (!acceptEncoding) return [];
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [rawName = '', ...parameters] = part.toLowerCase().split(';');
    const name = rawName.trim() === 'x-gzip' ? 'gzip' : rawName.trim();
    const qParameter = parameters
      .map((parameter) => parameter.trim())
      .find((p) => p.startsWith('q='));
    const q = qParameter === undefined ? 1 : Number(qParameter.slice(2));
    if (name !== '') weights.set(name, Number.isFinite(q) ? q : 0);
  }
  const weightOf = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  return CODINGS.filter(({ coding }) => weightOf(coding) > 0).sort(
    (a, b) => weightOf(b.coding) - weightOf(a.coding),
  );
}
