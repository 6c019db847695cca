import { useId } from 'react';
import type { AcuteOncologyLine } from '@/lib/content/rich-text';
import type { CareLevel } from '@/lib/content/schema';
import type { CareAction, ResolvedCareCard } from '@/lib/content/urgency';
import { UrgentText } from './UrgentText';

/** Read before the heading by screen readers, as on NHS.UK, so the urgency is never only a colour. */
export const URGENCY_PREFIX: Record<CareLevel, string> = {
  'non-urgent': 'Non-urgent advice: ',
  urgent: 'Urgent advice: ',
  emergency: 'Immediate action required: ',
};

function SymptomList({ symptoms }: { symptoms: string[] }) {
  return (
    <ul className="list-disc space-y-1 pl-6">
      {symptoms.map((symptom) => (
        <li key={symptom}>{symptom}</li>
      ))}
    </ul>
  );
}

/** A faster tier's symptoms under a slower card: its own call to action, never the card's. */
function FasterAction({ action, acuteLine }: { action: CareAction; acuteLine?: AcuteOncologyLine }) {
  return (
    <div className={`care-card__also care-card__also--${action.level} mt-4 rounded border-l-8 py-1 pl-4`}>
      <p className="font-bold">
        <span className="visually-hidden">{URGENCY_PREFIX[action.level]}</span>
        <UrgentText text={`${action.action} if you have:`} acuteLine={acuteLine} />
      </p>
      <SymptomList symptoms={action.symptoms} />
      {action.fallback && <p className="mt-2">{action.fallback}</p>}
    </div>
  );
}

/**
 * The NHS care card, drawn from content/urgency.yaml: one call-to-action heading, one tier's symptoms,
 * what to do with no 24-hour number, then any faster tier's symptoms with their own action.
 */
export function CareCard({ card, acuteLine }: { card: ResolvedCareCard; acuteLine?: AcuteOncologyLine }) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className={`care-card care-card--${card.level} my-6 overflow-hidden rounded border-4`}
      data-listen=""
      data-care-card={card.id}
    >
      <h2 id={headingId} className="care-card__heading m-0 px-5 py-3 text-xl font-bold">
        <span className="visually-hidden care-card__prefix">{URGENCY_PREFIX[card.level]}</span>
        <UrgentText text={card.heading} acuteLine={acuteLine} />
      </h2>
      <div className="care-card__body px-5 py-4">
        <SymptomList symptoms={card.symptoms} />
        {card.fallback && <p className="mt-3 font-bold">{card.fallback}</p>}
        {card.also.map((action) => (
          <FasterAction key={action.tierId} action={action} acuteLine={acuteLine} />
        ))}
        {card.note && <p className="mt-3">{card.note}</p>}
      </div>
    </section>
  );
}
