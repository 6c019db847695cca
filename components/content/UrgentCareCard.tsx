import type { SiteConfig } from '@/lib/content/schema';

/** The site-wide "what to do if it is urgent" card, worded in content/site.yaml. */
export function UrgentCareCard({
  urgentCare,
  headingId,
  full = true,
}: {
  urgentCare: SiteConfig['urgentCare'];
  headingId: string;
  /** All three levels, or only the emergency line. */
  full?: boolean;
}) {
  return (
    <section aria-labelledby={headingId} className="care-card my-6 rounded border-4 border-urgent p-5">
      <h2 id={headingId} className="text-xl font-bold">
        <span className="visually-hidden">Immediate action required: </span>
        {urgentCare.heading}
      </h2>
      <p className="mt-2 font-bold">{urgentCare.emergency}</p>
      {full && (
        <>
          <p className="mt-2">{urgentCare.urgent}</p>
          <p className="mt-2">{urgentCare.nonUrgent}</p>
        </>
      )}
    </section>
  );
}
