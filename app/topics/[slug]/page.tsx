import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/article/Breadcrumbs';
import { ARTICLE_BODY_ID, ArticleBody } from '@/components/article/ArticleBody';
import { GlossaryPopovers } from '@/components/article/GlossaryPopovers';
import { KeyPoints } from '@/components/article/KeyPoints';
import { ARTICLE_ID, ListenControl } from '@/components/article/ListenControl';
import { PathwayNav } from '@/components/article/PathwayNav';
import { QuestionsToAsk } from '@/components/article/QuestionsToAsk';
import { ReviewBox } from '@/components/article/ReviewBox';
import { TableOfContents } from '@/components/article/TableOfContents';
import { TopicLinkList } from '@/components/article/TopicLinkList';
import { CareCard } from '@/components/content/CareCard';
import { WhatToDoNow } from '@/components/content/UrgencyLadder';
import { Diagram } from '@/components/diagrams/Diagram';
import { Feedback } from '@/components/layout/Feedback';
import { SignpostBox } from '@/components/layout/SignpostBox';
import { formatDate } from '@/lib/format';
import { pageMetadata } from '@/lib/metadata';
import { getAllTopics, getCopy, getSiteConfig, getTopicBySlug, getUrgency } from '@/lib/site';

interface TopicPageProps {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTopics().map((topic) => ({ slug: topic.slug }));
}

export async function generateMetadata({ params }: TopicPageProps): Promise<Metadata> {
  const topic = getTopicBySlug((await params).slug);
  if (!topic) return {};
  return pageMetadata({ title: topic.title, description: topic.summary, path: topic.url });
}

export default async function TopicPage({ params }: TopicPageProps) {
  const topic = getTopicBySlug((await params).slug);
  if (!topic) notFound();
  const relatedTopics = [...topic.related, ...topic.backlinks];
  const config = getSiteConfig();
  const urgency = getUrgency();
  // The urgent page opens with what to do now, before any explanation.
  const isUrgentPage = urgency.urgentPage.slug === topic.slug;
  return (
    <article id={ARTICLE_ID} className="max-w-prose">
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: topic.pathway.title, href: `/#pathway-${topic.pathway.slug}` },
          { label: topic.title },
        ]}
      />
      <h1 className="mt-4 text-3xl font-bold sm:text-4xl">{topic.title}</h1>
      {isUrgentPage && (
        <WhatToDoNow
          tiers={urgency.tiers}
          acuteLine={config.acuteOncologyLine}
          heading="What to do now"
          headingId="what-to-do-now"
        />
      )}
      <p className="mt-3 text-xl">{topic.summary}</p>
      <p className="mt-2 text-sm text-muted dark:text-[#aebdc7]">
        {topic.review.status === 'clinically reviewed' ? 'Updated' : 'Written or updated'}{' '}
        <time dateTime={topic.review.updated}>{formatDate(topic.review.updated)}</time> ·{' '}
        {topic.review.status === 'clinically reviewed'
          ? 'clinically reviewed'
          : 'awaiting clinical review'}{' '}
        ·{' '}
        <a href="#sources-and-review" className="underline">
          sources and review
        </a>
      </p>
      <ListenControl rootId={ARTICLE_ID} title={topic.title} summary={topic.summary} />

      <KeyPoints points={topic.keyPoints} />
      {topic.careCards.map((card) => (
        <CareCard key={card.id} card={card} acuteLine={config.acuteOncologyLine} />
      ))}
      <TableOfContents headings={topic.tableOfContents} />
      <ArticleBody
        body={topic.body}
        after={
          topic.diagram
            ? {
                [topic.diagram.after]: (
                  <Diagram name={topic.diagram.name} words={getCopy().diagrams} />
                ),
              }
            : {}
        }
      />
      <GlossaryPopovers containerId={ARTICLE_BODY_ID} />
      <QuestionsToAsk questions={topic.questions} />
      <ReviewBox review={topic.review} sources={topic.sources} />
      <Feedback
        email={config.feedbackEmail}
        baseUrl={config.baseUrl}
        path={topic.url}
        title={topic.title}
      />

      {relatedTopics.length > 0 && (
        <section aria-labelledby="related-topics" className="no-print my-8">
          <h2 id="related-topics" className="text-xl font-bold">
            Related topics
          </h2>
          <div className="mt-3">
            <TopicLinkList topics={relatedTopics} />
          </div>
        </section>
      )}
      <PathwayNav pathwayTitle={topic.pathway.title} previous={topic.previous} next={topic.next} />
      <SignpostBox config={config} urgency={urgency} />
    </article>
  );
}
