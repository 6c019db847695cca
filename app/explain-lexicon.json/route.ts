import { getExplainLexicon } from '@/lib/site';

export const dynamic = 'force-static';

/** Written to out/explain-lexicon.json at build time; fetched when /explain opens, kept for offline use. */
export function GET() {
  return Response.json(getExplainLexicon());
}
