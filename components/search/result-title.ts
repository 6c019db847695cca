import type { SearchResult } from '@/lib/search/types';

/** "Bone scans: Before the scan" for a section; a glossary term's heading ("Glossary") is not shown. */
export function resultTitle(result: SearchResult): string {
  return result.heading && result.kind !== 'term'
    ? `${result.title}: ${result.heading}`
    : result.title;
}
