'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** On paper only: where the page came from and when it was printed, so a printout can be traced back. */
export function PrintStamp() {
  const stamp = useSyncExternalStore(
    noSubscription,
    () =>
      `Printed from ${window.location.href} on ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}.`,
    () => '',
  );
  return <p className="print-only mt-4 text-sm">{stamp}</p>;
}
