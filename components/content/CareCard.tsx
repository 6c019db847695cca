import type { CareCard as CareCardData, CareLevel } from '@/lib/content/schema';

/** Read before the heading by screen readers, as on NHS.UK, so the urgency is never only a colour. */
export const URGENCY_PREFIX: Record<CareLevel, string> = {
  'non-urgent': 'Non-urgent advice: ',
  urgent: 'Urgent advice: ',
  emergency: 'Immediate action required: ',
};

const STYLES: Record<CareLevel, { heading: string; body: string; border: string }> = {
  'non-urgent': {
    heading: 'bg-brand text-white',
    body: 'bg-white text-ink dark:bg-[#0f1a22] dark:text-[#e8edee]',
    border: 'border-brand',
  },
  urgent: {
    heading: 'bg-urgent text-white',
    body: 'bg-white text-ink dark:bg-[#0f1a22] dark:text-[#e8edee]',
    border: 'border-urgent',
  },
  emergency: {
    heading: 'bg-urgent text-white',
    body: 'bg-ink text-white',
    border: 'border-ink',
  },
};

/** The NHS care card: one call-to-action heading, a short list of specific symptoms, one action. */
export function CareCard({ card }: { card: CareCardData }) {
  const style = STYLES[card.level];
  return (
    <section
      className={`care-card care-card--${card.level} my-6 overflow-hidden rounded border-4 ${style.border}`}
      data-listen=""
    >
      <h2 className={`m-0 px-5 py-3 text-xl font-bold ${style.heading}`}>
        <span className="visually-hidden">{URGENCY_PREFIX[card.level]}</span>
        {card.heading}
      </h2>
      <div className={`px-5 py-4 ${style.body}`}>
        <ul className="list-disc space-y-1 pl-6">
          {card.symptoms.map((symptom) => (
            <li key={symptom}>{symptom}</li>
          ))}
        </ul>
        {card.action && <p className="mt-3 font-bold">{card.action}</p>}
      </div>
    </section>
  );
}
