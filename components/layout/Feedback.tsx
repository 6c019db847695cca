import { feedbackMailto, type FeedbackPage } from '@/lib/feedback';

interface FeedbackProps extends FeedbackPage {
  /** content/site.yaml `feedbackEmail`; without it there is nothing to show. */
  email: string | undefined;
}

/**
 * "Was this page helpful?" as a plain email link: it opens the reader's own email app with the page's
 * address filled in. Nothing is sent or counted by the site. Absent when no address is configured.
 */
export function Feedback({ email, ...page }: FeedbackProps) {
  if (!email) return null;
  return (
    <section
      aria-labelledby="feedback-heading"
      className="no-print my-8 rounded-lg bg-surface p-4 text-ink dark:bg-[#1b2a35] dark:text-[#e8edee]"
    >
      <h2 id="feedback-heading" className="text-lg font-bold">
        Was this page helpful?
      </h2>
      <p className="mt-1">
        Tell us what helped or what was hard to follow.{' '}
        <a href={feedbackMailto(email, page)} className="font-bold underline">
          Email us about this page
        </a>{' '}
        (opens your email app, with the page’s address filled in). Nothing is sent until you send
        it.
      </p>
    </section>
  );
}
