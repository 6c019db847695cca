'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * On paper only: where the page came from and when it was printed, so a printout can be traced back.
 * The address can be long (a reading list's link has every topic in it): print CSS lets it wrap
 * anywhere (app/globals.css, .print-stamp) rather than run off the edge of the paper.
 */
export function PrintStamp() {
  const stamp = useSyncExternalStore(
    noSubscription,
    () =>
      `Printed from ${window.location.href} on ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}.`,
    () => '',
  );
  return <p className="print-only print-stamp mt-4 text-sm">{stamp}</p>;
}
