import type { Searcher } from '@/lib/search/engine';

/**
 * The search engine and its index, loaded on first use: a separate download, so pages do not carry
 * them. One request however many parts of the page ask (lib/search/client.ts).
 */
export function loadSearcher(): Promise<Searcher> {
  return import('@/lib/search/client').then((client) => client.loadSearcher());
}
