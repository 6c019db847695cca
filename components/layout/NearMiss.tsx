'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { fetchJson } from '@/lib/fetch-once';
import type { NearMissPage } from '@/lib/near-miss';

const noSubscription = () => () => {};

/**
 * On the 404 page: the page the address almost names, offered first. The address is known only in the
 * browser, so the list of pages (/near-miss.json) and the matcher load there, and only on this page:
 * the not-found page is part of every page's payload.
 */
export function NearMiss() {
  const pathname = useSyncExternalStore(
    noSubscription,
    () => window.location.pathname,
    () => '',
  );
  const [match, setMatch] = useState<NearMissPage | undefined>();
  useEffect(() => {
    if (!pathname) return;
    let cancelled = false;
    Promise.all([
      // Checked once the matcher has loaded with it (parseNearMissPages).
      fetchJson('/near-miss.json', (data) => data),
      import('@/lib/near-miss'),
    ])
      .then(([pages, { nearestPage, parseNearMissPages }]) => {
        if (!cancelled) setMatch(nearestPage(pathname, parseNearMissPages(pages)));
      })
      // Offline or a broken list: the page still offers search and the A to Z.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [pathname]);
  if (!match) return null;
  return (
    <p className="mt-4 rounded-lg border-l-8 border-brand bg-brand-light p-4 text-lg text-ink dark:bg-[#10304d] dark:text-[#e8edee]">
      Did you mean{' '}
      <a href={match.url} className="font-bold underline">
        {match.title}
      </a>
      ?
    </p>
  );
}
