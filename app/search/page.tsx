import type { Metadata } from 'next';
import { SignpostBox } from '@/components/layout/SignpostBox';
import { SearchResults } from '@/components/search/SearchResults';
import { LinkList, topicItems } from '@/components/ui/LinkList';
import { pageMetadata } from '@/lib/metadata';
import { getAllTerms, getAllTopics, getSiteConfig, getUrgency } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search every explainer and every word in the glossary.',
  path: '/search',
});

/**
 * A static page: results are worked out in the browser from the query in the address. Without
 * JavaScript it offers the full A to Z of topics and terms instead.
 */
export default function SearchPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Search</h1>
      <SearchResults />
      <section aria-labelledby="a-to-z" className="mt-10">
        <h2 id="a-to-z" className="text-2xl font-bold">
          Everything on this site, A to Z
        </h2>
        <div className="mt-4 grid gap-8 md:grid-cols-2">
          <div>
            <h3 className="text-xl font-bold">Topics</h3>
            <LinkList
              items={topicItems(
                [...getAllTopics()].sort((a, b) => a.title.localeCompare(b.title, 'en-GB')),
              )}
              className="mt-2 space-y-1"
            />
          </div>
          <div>
            <h3 className="text-xl font-bold">Glossary</h3>
            <LinkList
              items={getAllTerms().map((term) => ({
                key: term.slug,
                href: term.url,
                label: term.term,
              }))}
              className="mt-2 space-y-1"
            />
          </div>
        </div>
      </section>
      <SignpostBox config={getSiteConfig()} urgency={getUrgency()} />
    </>
  );
}
