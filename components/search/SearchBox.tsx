'use client';

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Searcher } from '@/lib/search/engine';
import type { SearchResult } from '@/lib/search/types';
import { Highlighted } from './Highlighted';

const INSTANT_RESULTS = 6;

type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

/** Shown under the box while the index arrives on a slow link, so the reader is not left in silence. */
const GETTING_READY = 'Getting instant results ready… Press Enter to search now.';
const NOT_AVAILABLE = 'Instant results are not available. Press Enter to search.';

/**
 * The header search: a plain GET form to /search (works without JavaScript) that becomes an ARIA 1.2
 * combobox with instant results, as in the ARIA Authoring Practices' "list autocomplete" example: a
 * text input (role="combobox" is not allowed on type="search") that controls a listbox. The index and
 * the search engine are fetched on first focus or keystroke, so pages do not carry them.
 */
export function SearchBox({ initialQuery = '' }: { initialQuery?: string }) {
  const id = useId();
  const listboxId = `${id}-results`;
  const [query, setQuery] = useState(initialQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [loadState, setLoadState] = useState<LoadState>('idle');
  const [searcher, setSearcher] = useState<Searcher | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Only once the reader has typed is a wait worth mentioning: focus alone asks for nothing yet.
  const [hasTyped, setHasTyped] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  function load() {
    if (loadState === 'loading' || loadState === 'ready') return;
    setLoadState('loading');
    import('@/lib/search/client')
      .then(({ loadSearcher }) => loadSearcher())
      .then((loaded) => {
        setSearcher(loaded);
        setLoadState('ready');
      })
      .catch(() => setLoadState('failed'));
  }

  function typed(value: string) {
    load();
    setHasTyped(true);
    setQuery(value);
    setActive(-1);
    setOpen(true);
  }

  // Scripts start after the first paint, so a quick reader may type before they arrive: the words
  // already in the box are searched as soon as the box comes alive, not silently ignored.
  useEffect(() => {
    const early = inputRef.current?.value ?? '';
    if (early !== initialQuery && document.activeElement === inputRef.current) typed(early);
    // Only once, when the box comes alive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const results = useMemo<SearchResult[]>(
    () => (searcher && query.trim() ? searcher.search(query, INSTANT_RESULTS) : []),
    [searcher, query],
  );

  useEffect(() => {
    if (!searcher) return;
    // Announced politely and a moment after typing stops, so it does not talk over the reader.
    const timer = window.setTimeout(() => {
      if (!query.trim()) setAnnouncement('');
      else if (results.length === 0)
        setAnnouncement('No results. Press Enter to see close matches and the A to Z.');
      else
        setAnnouncement(
          `${results.length} result${results.length === 1 ? '' : 's'} available. Use the up and down arrows to review, Enter to open.`,
        );
    }, 400);
    return () => window.clearTimeout(timer);
  }, [searcher, query, results]);

  const expanded = open && query.trim() !== '' && results.length > 0;
  const waiting = loadState === 'loading' && hasTyped && query.trim() !== '';
  const notice = loadState === 'failed' ? NOT_AVAILABLE : waiting ? GETTING_READY : '';

  function go(result: SearchResult) {
    setOpen(false);
    window.location.assign(result.url);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (current + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (current <= 0 ? results.length - 1 : current - 1));
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      const chosen = results[active];
      if (chosen) {
        event.preventDefault();
        go(chosen);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (query) {
        event.preventDefault();
        setQuery('');
      }
    }
  }

  return (
    <form
      role="search"
      action="/search"
      method="get"
      className="no-print @container relative w-full sm:max-w-md"
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        Search this site
      </label>
      <div className="flex flex-col @min-[17rem]:flex-row">
        <input
          ref={inputRef}
          id={`${id}-input`}
          name="q"
          type="text"
          role="combobox"
          enterKeyHint="search"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? `${listboxId}-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder="Search, e.g. hot spot, Zometa"
          value={query}
          maxLength={200}
          onFocus={() => {
            load();
            setOpen(true);
          }}
          onChange={(event) => typed(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => window.setTimeout(() => setOpen(false), 150)}
          className="min-h-11 w-full min-w-0 rounded-t border-2 border-b-0 border-ink bg-white px-3 py-2 text-base text-ink @min-[17rem]:rounded-tr-none @min-[17rem]:rounded-bl @min-[17rem]:border-r-0 @min-[17rem]:border-b-2"
        />
        <button
          type="submit"
          className="min-h-11 rounded-b border-2 border-ink bg-brand-dark px-4 font-bold text-white hover:underline @min-[17rem]:rounded-tr @min-[17rem]:rounded-bl-none"
        >
          Search
        </button>
      </div>
      <ul
        id={listboxId}
        role="listbox"
        aria-label="Search suggestions"
        hidden={!expanded}
        className="absolute right-0 left-0 z-40 mt-1 max-h-[70vh] overflow-y-auto rounded border-2 border-ink bg-white text-ink shadow-lg"
      >
        {results.map((result, index) => (
          <li
            key={result.url}
            id={`${listboxId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => go(result)}
            className={`cursor-pointer border-b border-surface px-3 py-2 ${index === active ? 'bg-brand-light outline-2 outline-ink' : ''}`}
          >
            <span className="block font-bold text-brand-dark underline">
              {result.title}
              {result.heading && result.kind !== 'term' ? `: ${result.heading}` : ''}
            </span>
            <span className="block text-sm">
              <Highlighted segments={result.snippet} />
            </span>
          </li>
        ))}
      </ul>
      {/* One polite live region: the wait and a failure are also shown under the box while the reader
          is in it (where the suggestions will appear); result counts are for screen readers only. */}
      <div
        role="status"
        aria-live="polite"
        className={
          notice && open
            ? 'absolute right-0 left-0 z-40 mt-1 rounded border-2 border-ink bg-white px-3 py-2 text-base text-ink shadow-lg'
            : 'sr-only'
        }
      >
        {notice || announcement}
      </div>
    </form>
  );
}
