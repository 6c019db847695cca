'use client';

import { startTransition, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { SearchResult } from '@/lib/search/types';
import { Highlighted } from './Highlighted';
import { loadSearcher } from './load-searcher';
import { resultTitle } from './result-title';
import { SearchForm } from './SearchForm';

type Outcome =
  | { query: string; status: 'failed' }
  | { query: string; status: 'done'; results: SearchResult[]; suggestions: string[] };

const FULL_RESULTS = 30;
const noSubscription = () => () => {};

const KIND_LABEL: Record<SearchResult['kind'], string> = {
  topic: 'Explainer',
  section: 'Explainer',
  term: 'Glossary',
  page: 'Help and information',
  report: 'A word from scan reports',
};

function SearchAgain({ query, children }: { query: string; children: ReactNode }) {
  return (
    <>
      <SearchForm id="search-page-input" formLabel="Search again" defaultValue={query} />
      {children}
    </>
  );
}

/**
 * The results on /search?q=…, worked out in the browser from the address. The area keeps a screen's
 * height from the first paint, so the A to Z below does not jump when the results arrive (layout
 * shift); without JavaScript it collapses (globals.css), and the A to Z is right there.
 */
export function SearchResults() {
  return (
    <div className="search-results-area">
      <SearchResultsContent />
    </div>
  );
}

/** The query in the address, or null while rendering on the server (the page is static). */
function useAddressQuery(): string | null {
  const search = useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => null,
  );
  return search === null ? null : (new URLSearchParams(search).get('q') ?? '').slice(0, 200);
}

/** Runs the search once the engine has loaded; the outcome names the query it answers. */
function useOutcome(query: string | null): Outcome | null {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => {
    if (!query?.trim()) return;
    document.title = `Search: ${query} | ${document.title.split(' | ').at(-1) ?? ''}`;
    loadSearcher()
      .then((searcher) => {
        const results = searcher.search(query, FULL_RESULTS);
        // A transition: React draws the results in short slices, so the page stays responsive.
        startTransition(() => {
          setOutcome({
            query,
            status: 'done',
            results,
            suggestions: results.length ? [] : searcher.suggest(query),
          });
        });
      })
      .catch(() => setOutcome({ query, status: 'failed' }));
  }, [query]);
  return outcome;
}

function SearchResultsContent() {
  const query = useAddressQuery();
  const outcome = useOutcome(query);

  if (query === null) {
    // What the static page says before the browser runs the search, or for good if JavaScript is off.
    return (
      <p className="mt-4">
        Search results appear here. If they do not, your browser may have JavaScript switched off:
        every topic and every word we explain is listed below, A to Z.
      </p>
    );
  }
  if (!query.trim()) {
    return (
      <SearchAgain query="">
        <p className="mt-4">Type a word or a question, for example “hot spot” or “Zometa”.</p>
      </SearchAgain>
    );
  }
  if (outcome?.query !== query) {
    return (
      <SearchAgain query={query}>
        <p className="mt-4">Searching…</p>
      </SearchAgain>
    );
  }
  if (outcome.status === 'failed') {
    return (
      <SearchAgain query={query}>
        <p role="alert" className="mt-4">
          Search is not working right now. The A to Z lists below show every topic and every word we
          explain.
        </p>
      </SearchAgain>
    );
  }
  const { results, suggestions } = outcome;
  return (
    <SearchAgain query={query}>
      <section aria-labelledby="search-results-heading" className="mt-6">
        <h2 id="search-results-heading" className="text-2xl font-bold">
          Search results
        </h2>
        <p role="status" className="mt-1">
          {results.length === 0
            ? `We could not find anything for “${query}”.`
            : `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”.`}
        </p>
        {results.length === 0 ? (
          <NothingFound suggestions={suggestions} />
        ) : (
          <ResultsList results={results} />
        )}
      </section>
    </SearchAgain>
  );
}

/** No results: close words if there are any, then the A to Z and the care team. */
function NothingFound({ suggestions }: { suggestions: string[] }) {
  return (
    <div className="mt-3 space-y-3">
      {suggestions.length > 0 && (
        <>
          <p>Did you mean:</p>
          <ul aria-label="Close words" className="list-disc pl-6">
            {suggestions.map((suggestion) => (
              <li key={suggestion}>
                <a href={`/search?q=${encodeURIComponent(suggestion)}`} className="underline">
                  {suggestion}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        Try a shorter or simpler word, or look through the{' '}
        <a href="#a-to-z" className="underline">
          A to Z of every topic and word
        </a>{' '}
        below. If you cannot find what you need, your care team or a helpline can help.
      </p>
    </div>
  );
}

function ResultsList({ results }: { results: SearchResult[] }) {
  return (
    <ul aria-label="Search results" className="mt-4 space-y-5">
      {results.map((result) => (
        <li key={result.url}>
          <a
            href={result.url}
            className="text-lg font-bold text-brand-dark underline dark:text-[#9fc4ee]"
          >
            {resultTitle(result)}
          </a>
          <p className="text-sm text-muted dark:text-[#aebdc7]">{KIND_LABEL[result.kind]}</p>
          <p>
            <Highlighted segments={result.snippet} />
          </p>
        </li>
      ))}
    </ul>
  );
}
