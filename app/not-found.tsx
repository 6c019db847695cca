import type { Metadata } from 'next';
import { NearMiss } from '@/components/layout/NearMiss';
import { SearchForm } from '@/components/search/SearchForm';
import { SignpostBox } from '@/components/layout/SignpostBox';
import { getPathways, getSiteConfig, getUrgency } from '@/lib/site';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold">We cannot find that page</h1>
      <NearMiss />
      <p className="mt-3 max-w-prose text-lg">
        The link may be mistyped, or the page may have moved. You can search, or use these to find
        what you need.
      </p>
      <SearchForm
        id="not-found-search"
        formLabel="Search this site"
        placeholder="e.g. bone scan, hot spot"
      />
      <ul className="mt-4 list-disc space-y-2 pl-6 text-lg">
        <li>
          <a href="/topics" className="underline">
            All topics from A to Z
          </a>
        </li>
        <li>
          <a href="/glossary" className="underline">
            The glossary of medical words
          </a>
        </li>
        {getPathways().map((pathway) => (
          <li key={pathway.slug}>
            <a href={`/#pathway-${pathway.slug}`} className="underline">
              {pathway.title}
            </a>
          </li>
        ))}
        <li>
          <a href="/" className="underline">
            The home page
          </a>
        </li>
      </ul>
      <SignpostBox config={getSiteConfig()} urgency={getUrgency()} />
    </>
  );
}
