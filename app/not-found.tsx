import type { Metadata } from 'next';
import { NearMiss } from '@/components/layout/NearMiss';
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
      <form
        action="/search"
        method="get"
        role="search"
        aria-label="Search this site"
        className="mt-4 flex max-w-prose gap-2"
      >
        <label htmlFor="not-found-search" className="visually-hidden">
          Search this site
        </label>
        <input
          id="not-found-search"
          name="q"
          type="search"
          className="min-h-11 w-full rounded border-2 border-ink px-3 text-lg"
          placeholder="e.g. bone scan, hot spot"
        />
        <button type="submit" className="button-secondary">
          Search
        </button>
      </form>
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
