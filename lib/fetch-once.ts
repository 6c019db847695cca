/**
 * Loading something the browser needs once per page (the search index, the word list of /explain,
 * the glossary definitions): one request shared by everyone who asks while it is on its way, kept
 * when it succeeds, and forgotten when it fails, so the next use tries again (a phone back in signal)
 * instead of failing for good.
 */

/** Runs `start` once and shares its promise; a rejected promise is dropped so a later call retries. */
export function once<T>(start: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= start().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/** Why a file could not be used, with its address: "/search-index.json: HTTP 404". */
export class LoadError extends Error {
  constructor(
    readonly url: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${url}: ${reason}`, options);
    this.name = 'LoadError';
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Fetches a JSON file and checks it with `parse`, which throws on a shape it does not expect (a stale
 * cached copy, a proxy's error page). Every failure names the address: offline, a status that is not
 * OK, a body that is not JSON, or the wrong shape.
 */
export async function fetchJson<T>(url: string, parse: (data: unknown) => T): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new LoadError(url, `could not be fetched (${reasonOf(error)})`, { cause: error });
  }
  if (!response.ok) throw new LoadError(url, `HTTP ${response.status}`);
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    throw new LoadError(url, 'the response is not JSON', { cause: error });
  }
  try {
    return parse(data);
  } catch (error) {
    throw new LoadError(url, reasonOf(error), { cause: error });
  }
}

/** A JSON file fetched and parsed once, on first use, and fetched again after a failure. */
export function fetchOnce<T>(url: string, parse: (data: unknown) => T): () => Promise<T> {
  return once(() => fetchJson(url, parse));
}
