import { WhatToDoNow } from '@/components/content/UrgencyLadder';
import type { SiteConfig } from '@/lib/content/schema';
import { telHref } from '@/lib/format';
import type { SiteGraph } from '@/lib/graph/types';

interface SignpostBoxProps {
  config: Pick<SiteConfig, 'signpost' | 'helplines' | 'acuteOncologyLine'>;
  urgency: SiteGraph['urgency'];
  /** Heading level so the box fits the outline of the page it closes. */
  headingLevel?: 2 | 3;
}

/** The full signpost that closes every article: your care team, the helplines, and urgent help. */
export function SignpostBox({ config, urgency, headingLevel = 2 }: SignpostBoxProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      aria-labelledby="signpost-box-heading"
      className="signpost-box mt-10 rounded-lg border-l-8 border-brand bg-surface p-5 text-ink dark:bg-[#1b2a35] dark:text-[#e8edee]"
    >
      <Heading id="signpost-box-heading" className="text-xl font-bold">
        {config.signpost.heading} Talk to someone
      </Heading>
      <p className="mt-2">{config.signpost.text}</p>
      <ul className="mt-4 space-y-3">
        {config.helplines.map((helpline) => (
          <li key={helpline.number}>
            <strong>{helpline.name}</strong>:{' '}
            <a href={telHref(helpline.number)} className="font-bold underline">
              {helpline.number}
            </a>
            <br />
            <span className="text-sm">
              {helpline.hours}. {helpline.cost}.
            </span>
          </li>
        ))}
      </ul>
      <WhatToDoNow
        tiers={urgency.tiers}
        acuteLine={config.acuteOncologyLine}
        heading="If it is urgent"
        headingId="signpost-box-urgent"
        headingLevel={headingLevel === 2 ? 3 : 4}
        urgentPage={urgency.urgentPage}
      />
      <p className="mt-4">
        <a href="/help" className="underline">
          More ways to get help and support
        </a>
      </p>
    </section>
  );
}
