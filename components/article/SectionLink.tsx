'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * "Copy link" for one section: copies the full, readable address of the heading (never shortened),
 * and offers the phone's own Share sheet where the browser has one. Headings themselves are plain
 * links to their anchor, so without JavaScript a reader can still copy the address (the buttons,
 * which need scripts, are then not offered: .needs-scripts in app/globals.css).
 */
export function SectionLink({ id, heading }: { id: string; heading: string }) {
  const [status, setStatus] = useState('');
  const canShare = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === 'function',
    () => false,
  );
  const url = () => `${window.location.origin}${window.location.pathname}#${id}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url());
      setStatus(`Link to “${heading}” copied`);
    } catch {
      setStatus(`Could not copy. The link is ${url()}`);
    }
  }

  async function share() {
    try {
      await navigator.share({ title: heading, url: url() });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  }

  return (
    <span className="needs-scripts no-print not-prose ml-1 inline-flex flex-wrap items-center gap-2 align-middle text-base font-normal">
      <button
        type="button"
        onClick={copy}
        className="min-h-11 rounded border-2 border-brand px-3 text-sm font-bold text-brand-dark hover:underline dark:text-[#9fc4ee]"
      >
        Copy link<span className="sr-only"> to “{heading}”</span>
      </button>
      {canShare && (
        <button
          type="button"
          onClick={share}
          className="min-h-11 rounded border-2 border-brand px-3 text-sm font-bold text-brand-dark hover:underline dark:text-[#9fc4ee]"
        >
          Share<span className="sr-only"> “{heading}”</span>
        </button>
      )}
      <span role="status" className="text-sm">
        {status}
      </span>
    </span>
  );
}
