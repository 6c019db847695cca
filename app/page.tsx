import type { Metadata } from 'next';
import { WhatToDoNow } from '@/components/content/UrgencyLadder';
import { LinkedTextView } from '@/components/content/LinkedTextView';
import { SignpostBox } from '@/components/layout/SignpostBox';
import { LinkList, topicItems } from '@/components/ui/LinkList';
import { pageMetadata } from '@/lib/metadata';
import { getCopy, getPathways, getSiteConfig, getUrgency } from '@/lib/site';

export function generateMetadata(): Metadata {
  const config = getSiteConfig();
  return {
    ...pageMetadata({
      title: `${config.siteName}: ${config.tagline}`,
      description: config.tagline,
      path: '/',
    }),
    title: { absolute: `${config.siteName}: ${config.tagline}` },
  };
}

export default function HomePage() {
  const config = getSiteConfig();
  const pathways = getPathways();
  const urgency = getUrgency();
  const home = getCopy().home;
  return (
    <>
      <h1 className="text-3xl font-bold sm:text-4xl">{home.heading}</h1>
      <p className="mt-3 max-w-prose text-lg">
        {config.tagline}. {home.intro}
      </p>

      <WhatToDoNow
        tiers={urgency.tiers}
        acuteLine={config.acuteOncologyLine}
        heading={home.urgentHeading}
        headingId="urgent-entry"
        urgentPage={urgency.urgentPage}
      />

      <div className="mt-8 grid gap-8 md:grid-cols-2">
        {pathways.map((pathway) => (
          <section key={pathway.slug} aria-labelledby={`pathway-${pathway.slug}`}>
            <h2 id={`pathway-${pathway.slug}`} className="text-xl font-bold">
              {pathway.title}
            </h2>
            <p className="mt-1">{pathway.description}</p>
            <LinkList
              items={topicItems(pathway.topics)}
              className="mt-3 list-disc space-y-1 pl-6"
            />
          </section>
        ))}
      </div>

      <section
        aria-labelledby="explain-entry"
        className="mt-8 rounded-lg border-l-8 border-brand bg-brand-light p-5 text-ink dark:bg-[#10304d] dark:text-[#e8edee]"
      >
        <h2 id="explain-entry" className="text-xl font-bold">
          {home.explain.heading}
        </h2>
        <p className="mt-2">
          <LinkedTextView text={home.explain.text} />
        </p>
      </section>

      {home.more.map((paragraph, index) => (
        <p key={index} className={index === 0 ? 'mt-8' : 'mt-3'}>
          <LinkedTextView text={paragraph} />
        </p>
      ))}

      <SignpostBox config={config} urgency={urgency} />
    </>
  );
}
