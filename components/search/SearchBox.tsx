'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { SearchResult } from '@/lib/search/types';
import { SuggestionsList } from './SuggestionsList';
import { useCombobox } from './useCombobox';
import { useInstantSearch } from './useInstantSearch';

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
  const [hasTyped, setHasTyped] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const { load, results, notice, announcement } = useInstantSearch(query, hasTyped);
  const combobox = useCombobox({
    options: results,
    query,
    clearQuery: () => setQuery(''),
    choose: (result: SearchResult) => window.location.assign(result.url),
  });

  function typed(value: string) {
    load();
    setHasTyped(true);
    setQuery(value);
    combobox.restart();
  }

  // Scripts start after the first paint, so a quick reader may type before they arrive: the words
  // already in the box are searched as soon as the box comes alive, not silently ignored.
  useEffect(() => {
    const early = inputRef.current?.value ?? '';
    if (early !== initialQuery && document.activeElement === inputRef.current) typed(early);
    // Only once, when the box comes alive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const { expanded, active } = combobox;
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
            combobox.show();
          }}
          onChange={(event) => typed(event.target.value)}
          onKeyDown={combobox.onKeyDown}
          onBlur={() => window.setTimeout(combobox.hide, 150)}
          className="min-h-11 w-full min-w-0 rounded-t border-2 border-b-0 border-ink bg-white px-3 py-2 text-base text-ink @min-[17rem]:rounded-tr-none @min-[17rem]:rounded-bl @min-[17rem]:border-r-0 @min-[17rem]:border-b-2"
        />
        <button
          type="submit"
          className="min-h-11 rounded-b border-2 border-ink bg-brand-dark px-4 font-bold text-white hover:underline @min-[17rem]:rounded-tr @min-[17rem]:rounded-bl-none"
        >
          Search
        </button>
      </div>
      <SuggestionsList
        id={listboxId}
        results={results}
        active={active}
        expanded={expanded}
        onChoose={combobox.pick}
      />
      {/* One polite live region: the wait and a failure are also shown under the box while the reader
          is in it (where the suggestions will appear); result counts are for screen readers only. */}
      <div
        role="status"
        aria-live="polite"
        className={
          notice && combobox.open
            ? 'absolute right-0 left-0 z-40 mt-1 rounded border-2 border-ink bg-white px-3 py-2 text-base text-ink shadow-lg'
            : 'sr-only'
        }
      >
        {notice || announcement}
      </div>
    </form>
  );
}
