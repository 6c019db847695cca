import type { ReviewInfo, Source } from '@/lib/graph/types';
import { formatDate } from '@/lib/format';

/** Sources and review dates, beside the content rather than lost in the footer. */
export function ReviewBox({ review, sources }: { review: ReviewInfo; sources: Source[] }) {
  return (
    <section
      aria-labelledby="sources-and-review"
      className="my-8 border-t-2 border-muted pt-6 text-base"
    >
      <h2 id="sources-and-review" className="text-xl font-bold">
        Sources and review
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">Last reviewed</dt>
        <dd>
          <time dateTime={review.lastReviewed}>{formatDate(review.lastReviewed)}</time>
        </dd>
        <dt className="font-bold">Next review due</dt>
        <dd>
          <time dateTime={review.nextReview}>{formatDate(review.nextReview)}</time>
          {review.overdue && <strong className="ml-2 text-urgent">This review is overdue.</strong>}
        </dd>
        <dt className="font-bold">Clinical review</dt>
        <dd>
          {review.status === 'clinically reviewed' && review.reviewer
            ? `Reviewed by ${review.reviewer.name}, ${review.reviewer.role}.`
            : 'Awaiting clinical review: no clinician has checked this page yet.'}
        </dd>
      </dl>
      {review.overdue && (
        <p className="mt-3">
          Some details may have changed since this page was written. Please check with your care
          team.
        </p>
      )}
      <h3 className="mt-5 font-bold">Where this information comes from</h3>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {sources.map((source) => (
          <li key={`${source.publisher}-${source.title}`}>
            {source.url ? (
              <a href={source.url} className="underline">
                {source.title}
              </a>
            ) : (
              source.title
            )}
            , {source.publisher}
          </li>
        ))}
      </ul>
    </section>
  );
}
