import type { Metadata } from 'next';
import { ExplainTool } from '@/components/explain/ExplainTool';
import { SignpostBox } from '@/components/layout/SignpostBox';
import { telHref } from '@/lib/format';
import { pageMetadata } from '@/lib/metadata';
import { getSiteConfig, getUrgency } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'What does my letter mean?',
  description:
    'Paste words from a letter or scan report and see the medical words explained in plain English. Your words stay on your device.',
  path: '/explain',
});

/**
 * Explains the words of a letter, never the letter: the tool marks words this site explains, lists
 * the ones it does not, and always sends the reader to the people who know them.
 */
export default function ExplainPage() {
  const config = getSiteConfig();
  const [helpline] = config.helplines;
  return (
    <article className="max-w-prose">
      <h1 className="text-3xl font-bold sm:text-4xl">What does my letter mean?</h1>
      <p className="mt-3 text-xl">
        Paste words from a hospital letter or scan report. We explain the medical words we know, in
        plain English.
      </p>
      <p className="mt-3 font-bold">
        Your words stay on this device: nothing you paste is sent anywhere or saved.
      </p>
      <section
        aria-labelledby="words-not-results"
        className="mt-6 rounded-lg border-l-8 border-brand bg-brand-light p-4 text-ink dark:bg-[#10304d] dark:text-[#e8edee]"
      >
        <h2 id="words-not-results" className="text-lg font-bold">
          This explains words, not your results
        </h2>
        <p className="mt-1">
          We cannot tell you what your report means for you. Only your care team can, because they
          know you and your scans. Ask them at your next appointment
          {helpline && (
            <>
              , or call the {helpline.name} on{' '}
              <a href={telHref(helpline.number)} className="font-bold underline">
                {helpline.number}
              </a>
            </>
          )}
          .
        </p>
      </section>
      <ExplainTool />
      <SignpostBox config={config} urgency={getUrgency()} />
    </article>
  );
}
