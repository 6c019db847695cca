import type { Metadata } from 'next';
import { ContentHtml } from '@/components/article/ContentHtml';
import { Prose } from '@/components/article/Prose';
import { HelplineList } from '@/components/content/HelplineList';
import { UrgencyLadder } from '@/components/content/UrgencyLadder';
import { pageMetadata } from '@/lib/metadata';
import { getPage, getSiteConfig, getUrgency } from '@/lib/site';

export function generateMetadata(): Metadata {
  const page = getPage('help');
  return pageMetadata({ title: page.title, description: page.description, path: page.url });
}

export default function HelpPage() {
  const page = getPage('help');
  const config = getSiteConfig();
  return (
    <article className="max-w-prose">
      <h1 className="text-3xl font-bold">{page.title}</h1>
      <p className="mt-3 text-xl">{page.description}</p>
      <UrgencyLadder
        tiers={getUrgency().tiers}
        acuteLine={config.acuteOncologyLine}
        heading="When it is urgent: what to do"
        headingId="urgent-help"
        urgentPage={getUrgency().urgentPage}
      >
        <p className="mt-2">
          Fastest first. If you are not sure which applies, choose the faster one.
        </p>
      </UrgencyLadder>
      <section aria-labelledby="helpline-numbers" className="my-6">
        <h2 id="helpline-numbers" className="text-2xl font-bold">
          Helplines
        </h2>
        <HelplineList helplines={config.helplines} />
      </section>
      <Prose>
        <ContentHtml html={page.html} />
      </Prose>
    </article>
  );
}
