import type { Metadata } from 'next';
import { SignpostBox } from '@/components/layout/SignpostBox';
import { SearchResults } from '@/components/search/SearchResults';
import { pageMetadata } from '@/lib/metadata';
import { getAllTerms, getAllTopics, getSiteConfig } from '@/lib/site';

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
            <ul className="mt-2 space-y-1">
              {[...getAllTopics()]
                .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))
                .map((topic) => (
                  <li key={topic.slug}>
                    <a href={topic.url} className="underline">
                      {topic.title}
                    </a>
                  </li>
                ))}
            </ul>
          </div>
          <div>
            <h3 className="text-xl font-bold">Glossary</h3>
            <ul className="mt-2 space-y-1">
              {getAllTerms().map((term) => (
                <li key={term.slug}>
                  <a href={term.url} className="underline">
                    {term.term}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>
      <SignpostBox config={getSiteConfig()} />
    </>
  );
}
