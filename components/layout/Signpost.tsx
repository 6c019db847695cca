import type { Helpline } from '@/lib/content/schema';
import { telHref } from '@/lib/format';

interface SignpostProps {
  heading: string;
  helpline: Helpline;
  /** The page that says what to do now, for when it is urgent or the helpline is closed. */
  urgentUrl: string;
}

/** The short signpost under the header: visible in the first screen of a small phone on every page. */
export function Signpost({ heading, helpline, urgentUrl }: SignpostProps) {
  return (
    <aside
      aria-label="Talk to someone"
      className="signpost border-b border-brand/30 bg-brand-light text-ink dark:bg-[#10304d] dark:text-[#e8edee]"
    >
      <p className="page-gutter mx-auto max-w-5xl py-2 text-sm sm:text-base">
        <strong>{heading}</strong> Talk to your care team, or call the {helpline.name} on{' '}
        <a
          href={telHref(helpline.number)}
          className="font-bold whitespace-nowrap text-brand-dark underline dark:text-[#9fc4ee]"
        >
          {helpline.number}
        </a>{' '}
        ({helpline.shortHours ?? helpline.hours}).{' '}
        <a
          href={urgentUrl}
          className="inline-block min-h-6 font-bold text-brand-dark underline dark:text-[#9fc4ee]"
        >
          Urgent or out of hours? What to do now
        </a>
      </p>
    </aside>
  );
}
