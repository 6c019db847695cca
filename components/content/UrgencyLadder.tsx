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
  headingLevel?: 2 | 3 | 4;
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
 * The red-bordered box both views share: heading (with the hidden urgency prefix when every tier in it
 * is an emergency), optional intro, the tiers, and the link to the signs.
 */
function UrgencyBox({
  heading,
  headingId,
  headingLevel = 2,
  urgentPage,
  children,
  className,
  tiers,
  urgent,
}: Omit<UrgencyBoxProps, 'tiers' | 'acuteLine'> & { className: string; tiers: ReactNode; urgent: boolean }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={headingId} className={`urgency-box rounded border-4 border-urgent ${className}`}>
      <Heading id={headingId} className="text-xl font-bold">
        {urgent && <span className="visually-hidden">{URGENCY_PREFIX.emergency}</span>}
        {heading}
      </Heading>
      {children}
      {tiers}
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

/**
 * Every tier of the urgency model, fastest first: the call to action, when it applies, and what to do
 * with no 24-hour number. The same words as every care card, from content/urgency.yaml.
 */
export function UrgencyLadder({ tiers, acuteLine, headingLevel = 2, ...box }: UrgencyBoxProps) {
  const TierHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  return (
    <UrgencyBox
      {...box}
      headingLevel={headingLevel}
      urgent={false}
      className="my-6 p-5"
      tiers={
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
      }
    />
  );
}

/**
 * The fastest tiers only (999, and your 24-hour line), for the top of the urgent page, the home page,
 * the close of every page and the offline page.
 */
export function WhatToDoNow({ tiers, acuteLine, ...box }: UrgencyBoxProps) {
  return (
    <UrgencyBox
      {...box}
      urgent
      className="what-to-do-now my-4 px-4 py-3 leading-snug"
      tiers={tiers
        .filter((tier) => tier.level === 'emergency')
        .map((tier) => (
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
    />
  );
}
