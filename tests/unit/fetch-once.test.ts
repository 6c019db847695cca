import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson, fetchOnce, LoadError } from '@/lib/fetch-once';
import { loadSearcher, parseSearchIndex, SEARCH_INDEX_URL } from '@/lib/search/client';
import { getSearchIndex } from '@/lib/site';

const asNumbers = (data: unknown): number[] => {
  if (!Array.isArray(data) || !data.every((item) => typeof item === 'number'))
    throw new Error('not a list of numbers');
  return data;
};

/** A fetch that answers each call with the next response in line, and counts the calls. */
function stubFetch(...responses: (Response | Error)[]) {
  const fetch = vi.fn(async () => {
    const next = responses.shift();
    if (!next) throw new Error('no more responses stubbed');
    if (next instanceof Error) throw next;
    return next;
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const json = (body: unknown) => new Response(JSON.stringify(body));
// Built from the real content once, when the file loads: that takes seconds on a busy machine.
const realIndex = getSearchIndex();

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchOnce', () => {
  it('shares one request among everyone who asks while it is on its way, and keeps the result', async () => {
    const fetch = stubFetch(json([1, 2, 3]));
    const load = fetchOnce('/numbers.json', asNumbers);
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toEqual([1, 2, 3]);
    expect(second).toBe(first);
    expect(await load()).toBe(first);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith('/numbers.json');
  });

  it('tries again after a failure instead of failing for good', async () => {
    const fetch = stubFetch(new Response('busy', { status: 503 }), json([4]));
    const load = fetchOnce('/numbers.json', asNumbers);
    await expect(load()).rejects.toThrow('/numbers.json: HTTP 503');
    expect(await load()).toEqual([4]);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('gives callers waiting on a failed request that failure, then retries on the next call', async () => {
    const fetch = stubFetch(new TypeError('Failed to fetch'), json([5]));
    const load = fetchOnce('/numbers.json', asNumbers);
    const results = await Promise.allSettled([load(), load()]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await load()).toEqual([5]);
  });
});

describe('fetchJson says which address failed, and how', () => {
  it.each([
    [
      'offline',
      new TypeError('Failed to fetch'),
      '/numbers.json: could not be fetched (Failed to fetch)',
    ],
    ['a status that is not OK', new Response('gone', { status: 404 }), '/numbers.json: HTTP 404'],
    [
      'a body that is not JSON',
      new Response('<html>proxy error</html>'),
      '/numbers.json: the response is not JSON',
    ],
    ['JSON of the wrong shape', json({ numbers: [1] }), '/numbers.json: not a list of numbers'],
  ])('%s', async (_, response, message) => {
    stubFetch(response);
    const failure = fetchJson('/numbers.json', asNumbers);
    await expect(failure).rejects.toThrow(LoadError);
    await expect(failure).rejects.toThrow(message);
  });
});

describe('the search index loader', () => {
  it('refuses a proxy page, naming the index', async () => {
    stubFetch(json({ error: 'proxy' }));
    await expect(loadSearcher()).rejects.toThrow(
      `${SEARCH_INDEX_URL}: search index: unexpected format`,
    );
  });

  it('refuses an index whose documents are not the tuples it expects', () => {
    expect(parseSearchIndex(JSON.parse(JSON.stringify(realIndex)))).toEqual(realIndex);
    const [kind, url, title, heading, snippet, length] = realIndex.docs[0] ?? [];
    for (const doc of [
      [kind, url, title, heading, snippet],
      [kind, url, title, heading, snippet, String(length)],
      [kind, url, title, heading, snippet, length, 'one too many'],
    ]) {
      expect(() => parseSearchIndex({ ...realIndex, docs: [doc] })).toThrow(/unexpected format/);
    }
  });

  it('then loads the real index, once, and searches it', async () => {
    const fetch = stubFetch(json(realIndex));
    const [searcher, again] = await Promise.all([loadSearcher(), loadSearcher()]);
    expect(again).toBe(searcher);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(searcher.search('hot spot', 3).map((result) => result.url)).toContain(
      '/topics/hot-and-cold-spots',
    );
  });
});
