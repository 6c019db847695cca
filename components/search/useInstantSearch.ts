'use client';

import { useEffect, useMemo, useState } from 'react';
import type { Searcher } from '@/lib/search/engine';
import type { SearchResult } from '@/lib/search/types';
import { loadSearcher } from './load-searcher';

const INSTANT_RESULTS = 6;
/** Announced a moment after typing stops, so it does not talk over the reader. */
const ANNOUNCE_AFTER_MS = 400;

type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

/** Shown under the box while the index arrives on a slow link, so the reader is not left in silence. */
const GETTING_READY = 'Getting instant results ready… Press Enter to search now.';
const NOT_AVAILABLE = 'Instant results are not available. Press Enter to search.';

function announcementFor(query: string, results: SearchResult[]): string {
  if (!query.trim()) return '';
  if (results.length === 0) return 'No results. Press Enter to see close matches and the A to Z.';
  return `${results.length} result${results.length === 1 ? '' : 's'} available. Use the up and down arrows to review, Enter to open.`;
}

/**
 * The header search's instant results for a query: the engine loads on `load()` (first focus or
 * keystroke), and the hook says what to show while it loads or if it fails (`notice`) and what to
 * announce politely to screen readers once results are in (`announcement`).
 */
export function useInstantSearch(query: string, hasTyped: boolean) {
  const [loadState, setLoadState] = useState<LoadState>('idle');
  const [searcher, setSearcher] = useState<Searcher | null>(null);
  const [announcement, setAnnouncement] = useState('');

  function load() {
    if (loadState === 'loading' || loadState === 'ready') return;
    setLoadState('loading');
    loadSearcher()
      .then((loaded) => {
        setSearcher(loaded);
        setLoadState('ready');
      })
      .catch(() => setLoadState('failed'));
  }

  const results = useMemo<SearchResult[]>(
    () => (searcher && query.trim() ? searcher.search(query, INSTANT_RESULTS) : []),
    [searcher, query],
  );

  useEffect(() => {
    if (!searcher) return;
    const timer = window.setTimeout(
      () => setAnnouncement(announcementFor(query, results)),
      ANNOUNCE_AFTER_MS,
    );
    return () => window.clearTimeout(timer);
  }, [searcher, query, results]);

  // Only once the reader has typed is a wait worth mentioning: focus alone asks for nothing yet.
  const waiting = loadState === 'loading' && hasTyped && query.trim() !== '';
  const notice = loadState === 'failed' ? NOT_AVAILABLE : waiting ? GETTING_READY : '';
  return { load, results, notice, announcement };
}
