import { getSearchIndex } from '@/lib/site';

export const dynamic = 'force-static';

/** Written to out/search-index.json at build time; fetched only when someone starts to search. */
export function GET() {
  return Response.json(getSearchIndex());
}
