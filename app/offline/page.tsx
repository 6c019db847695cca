import type { Metadata } from 'next';
import { HelplineList } from '@/components/content/HelplineList';
import { WhatToDoNow } from '@/components/content/UrgencyLadder';
import { getSiteConfig, getUrgency } from '@/lib/site';

export const metadata: Metadata = { title: 'You are offline', robots: { index: false } };

/** Shown by the service worker for a page that was never opened while there was a signal. */
export default function OfflinePage() {
  const config = getSiteConfig();
  return (
    <article className="max-w-prose">
      <h1 className="text-3xl font-bold">You are offline</h1>
      <p className="mt-3 text-lg">
        This page has not been saved on this device yet. Pages you have opened before still work
        without a signal.
      </p>
      <WhatToDoNow
        tiers={getUrgency().tiers}
        acuteLine={config.acuteOncologyLine}
        heading="If it is urgent"
        headingId="offline-urgent"
      />
      <h2 className="text-2xl font-bold">Talk to someone</h2>
      <p className="mt-2">{config.signpost.text}</p>
      <HelplineList helplines={config.helplines} />
    </article>
  );
}
