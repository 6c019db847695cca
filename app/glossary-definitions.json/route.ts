import { getAllTerms } from '@/lib/site';

export const dynamic = 'force-static';

/**
 * Every glossary term's short definition, fetched the first time a reader points at, focuses or taps a
 * glossary word, so article pages do not carry them all.
 */
export function GET() {
  return Response.json(
    Object.fromEntries(getAllTerms().map((term) => [term.slug, [term.term, term.definition]])),
  );
}
