import type { ReactNode } from 'react';
import type { AcuteOncologyLine } from '@/lib/content/rich-text';
import type { ResolvedTier, TopicLink } from '@/lib/graph/types';
import { URGENCY_PREFIX } from './CareCard';
import { UrgentText } from './UrgentText';

interface UrgencyBoxProps {
  tiers: ResolvedTier[];
  acuteLine?: AcuteOncologyLine;
  heading: string;
  headingId: string;
  headingLevel?: 2 | 3;
  /** Where the signs are explained; left out on that page itself. */
  urgentPage?: TopicLink;
  children?: ReactNode;
}

/** "If you have no 24-hour number, or no one answers: for X, call 999; for anything else, …". */
function Fallback({ tier }: { tier: ResolvedTier }) {
  const [only] = tier.fallbacks;
  if (!tier.fallbackLead || !only) return null;
  if (tier.fallbacks.length === 1) return <p className="mt-1">{`${tier.fallbackLead}, ${only.action}.`}</p>;
  return (
    <>
      <p className="mt-1">{tier.fallbackLead}:</p>
      <ul className="list-disc pl-6">
        {tier.fallbacks.map((fallback) => (
          <li key={fallback.for}>{`for ${fallback.for}, ${fallback.action}`}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * Every tier of the urgency model, fastest first: the call to action, when it applies, and what to do
 * with no 24-hour number. The same words as every care card, from content/urgency.yaml.
 */
export function UrgencyLadder({
  tiers,
  acuteLine,
  heading,
  headingId,
  headingLevel = 2,
  urgentPage,
  children,
}: UrgencyBoxProps) {
  const Heading = `h${headingLevel}` as const;
  const TierHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  return (
    <section aria-labelledby={headingId} className="urgency-box my-6 rounded border-4 border-urgent p-5">
      <Heading id={headingId} className="text-2xl font-bold">
        {heading}
      </Heading>
      {children}
      <ol className="mt-4 space-y-4">
        {tiers.map((tier) => (
          <li key={tier.id} className={`urgency-tier urgency-tier--${tier.level} border-l-8 pl-4`} data-tier={tier.id}>
            <TierHeading className="text-lg font-bold">
              <span className="visually-hidden">{URGENCY_PREFIX[tier.level]}</span>
              <UrgentText text={tier.action} acuteLine={acuteLine} />
            </TierHeading>
            <p>If {tier.when}.</p>
            <Fallback tier={tier} />
          </li>
        ))}
      </ol>
      {urgentPage && (
        <p className="mt-4">
          <a href={urgentPage.url} className="font-bold underline">
            The signs to look out for, and what happens next
          </a>
        </p>
      )}
    </section>
  );
}

/**
 * The fastest tiers only (999, and your 24-hour line), for the top of the urgent page, the home page,
 * the close of every article and the offline page.
 */
export function WhatToDoNow({
  tiers,
  acuteLine,
  heading,
  headingId,
  headingLevel = 2,
  urgentPage,
  children,
}: UrgencyBoxProps) {
  const Heading = `h${headingLevel}` as const;
  const fastest = tiers.filter((tier) => tier.level === 'emergency');
  return (
    <section
      aria-labelledby={headingId}
      className="urgency-box what-to-do-now my-4 rounded border-4 border-urgent px-4 py-3 leading-snug"
    >
      <Heading id={headingId} className="text-xl font-bold">
        <span className="visually-hidden">{URGENCY_PREFIX.emergency}</span>
        {heading}
      </Heading>
      {children}
      {fastest.map((tier) => (
        <div key={tier.id} className="mt-1" data-tier={tier.id}>
          <p>
            <strong>
              <UrgentText text={tier.action} acuteLine={acuteLine} />
            </strong>{' '}
            if {tier.when}.
          </p>
          <Fallback tier={tier} />
        </div>
      ))}
      {urgentPage && (
        <p className="mt-3">
          <a href={urgentPage.url} className="font-bold underline">
            Urgent symptoms: the signs and what to do
          </a>
        </p>
      )}
    </section>
  );
}
