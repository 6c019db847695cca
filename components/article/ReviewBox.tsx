import type { CitedSource, ReviewInfo } from '@/lib/graph/types';
import { formatDate } from '@/lib/format';
import { SourceList } from './SourceList';

/** "Awaiting clinical review", or who reviewed it and when: never more than really happened. */
export function reviewStatusText(review: ReviewInfo): string {
  return review.status === 'clinically reviewed' && review.reviewer && review.reviewed
    ? `Reviewed on ${formatDate(review.reviewed)} by ${review.reviewer.name}, ${review.reviewer.role}.`
    : 'Awaiting clinical review: no clinician has checked this page yet.';
}

/** Sources and dates, beside the content rather than lost in the footer. */
export function ReviewBox({ review, sources }: { review: ReviewInfo; sources: CitedSource[] }) {
  return (
    <section
      aria-labelledby="sources-and-review"
      className="@container my-8 border-t-2 border-muted pt-6 text-base"
    >
      <h2 id="sources-and-review" className="text-xl font-bold">
        Sources and review
      </h2>
      <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 @min-[20rem]:grid-cols-[auto_1fr]">
        <dt className="font-bold">Written or updated</dt>
        <dd>
          <time dateTime={review.updated}>{formatDate(review.updated)}</time>
        </dd>
        <dt className="font-bold">Clinical review</dt>
        <dd>{reviewStatusText(review)}</dd>
        <dt className="font-bold">Next review due</dt>
        <dd>
          <time dateTime={review.nextReview}>{formatDate(review.nextReview)}</time>
          {review.overdue && <strong className="ml-2 text-urgent">This review is overdue.</strong>}
        </dd>
      </dl>
      {review.overdue && (
        <p className="mt-3">
          Some details may have changed since this page was written. Please check with your care
          team.
        </p>
      )}
      <h3 className="mt-5 font-bold">Where this information comes from</h3>
      <p className="mt-1">
        The small numbers in the text link to these sources. Each was checked on the date shown.
      </p>
      <SourceList sources={sources} />
    </section>
  );
}
