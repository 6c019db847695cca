import type { Metadata } from 'next';
import { WhatToDoNow } from '@/components/content/UrgencyLadder';
import { SignpostBox } from '@/components/layout/SignpostBox';
import { LinkList, topicItems } from '@/components/ui/LinkList';
import { pageMetadata } from '@/lib/metadata';
import { getPathways, getSiteConfig, getUrgency } from '@/lib/site';

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
  return (
    <>
      <h1 className="text-3xl font-bold sm:text-4xl">What do you want to know?</h1>
      <p className="mt-3 max-w-prose text-lg">
        {config.tagline}. Each page explains one thing in a few minutes, and tells you who to talk
        to.
      </p>

      <WhatToDoNow
        tiers={urgency.tiers}
        acuteLine={config.acuteOncologyLine}
        heading="Worried about a new symptom?"
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
          Got a letter or scan report full of medical words?
        </h2>
        <p className="mt-2">
          <a href="/explain" className="font-bold underline">
            Paste the words and see what they mean
          </a>
          . Your words stay on your device.
        </p>
      </section>

      <p className="mt-8">
        Looking for one word? Try the{' '}
        <a href="/glossary" className="underline">
          glossary
        </a>{' '}
        or the{' '}
        <a href="/topics" className="underline">
          A to Z of topics
        </a>
        .
      </p>
      <p className="mt-3">
        A breast care nurse? You can{' '}
        <a href="/reading-list" className="underline">
          make a reading list to give or send to a patient
        </a>
        , with a link, a QR code and a printable sheet.
      </p>

      <SignpostBox config={config} urgency={urgency} />
    </>
  );
}
