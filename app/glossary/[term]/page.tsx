import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/article/Breadcrumbs';
import { ContentHtml } from '@/components/article/ContentHtml';
import { ARTICLE_ID, ListenControl } from '@/components/article/ListenControl';
import { Prose } from '@/components/article/Prose';
import { SourceList } from '@/components/article/SourceList';
import { CareCard } from '@/components/content/CareCard';
import { TopicLinkList } from '@/components/article/TopicLinkList';
import { Feedback } from '@/components/layout/Feedback';
import { SignpostBox } from '@/components/layout/SignpostBox';
import { pageMetadata } from '@/lib/metadata';
import { getAllTerms, getSiteConfig, getTermBySlug, getUrgency } from '@/lib/site';

interface TermPageProps {
  params: Promise<{ term: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTerms().map((term) => ({ term: term.slug }));
}

export async function generateMetadata({ params }: TermPageProps): Promise<Metadata> {
  const term = getTermBySlug((await params).term);
  if (!term) return {};
  return pageMetadata({
    title: `${term.term}: what it means`,
    description: term.definition,
    path: term.url,
  });
}

export default async function TermPage({ params }: TermPageProps) {
  const term = getTermBySlug((await params).term);
  if (!term) notFound();
  const topics = [
    ...term.related,
    ...term.usedIn.filter((used) => !term.related.some((r) => r.slug === used.slug)),
  ];
  return (
    <article id={ARTICLE_ID} className="max-w-prose">
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: 'Glossary', href: '/glossary' },
          { label: term.term },
        ]}
      />
      <h1 className="mt-4 text-3xl font-bold">{term.term}</h1>
      {term.aliases.length > 0 && (
        <p className="mt-2 text-muted dark:text-[#aebdc7]">
          Also called: {term.aliases.join(', ')}
        </p>
      )}
      <p className="mt-4 rounded-lg border-l-8 border-brand bg-brand-light p-4 text-xl text-ink dark:bg-[#10304d] dark:text-[#e8edee]">
        {term.definition}
      </p>
      <ListenControl rootId={ARTICLE_ID} title={term.term} summary={term.definition} />
      {term.careCards.map((card) => (
        <CareCard key={card.id} card={card} acuteLine={getSiteConfig().acuteOncologyLine} />
      ))}
      <Prose className="mt-6">
        <div data-listen="">
          <ContentHtml html={term.html} />
        </div>
      </Prose>
      <section aria-labelledby="sources-and-review" className="my-8 border-t-2 border-muted pt-6">
        <h2 id="sources-and-review" className="text-xl font-bold">
          Sources and review
        </h2>
        <p className="mt-1">Awaiting clinical review: no clinician has checked this page yet.</p>
        {term.sources.length > 0 && (
          <>
            <p className="mt-1">
              The small numbers in the text link to these sources. Each was checked on the date
              shown.
            </p>
            <SourceList sources={term.sources} />
          </>
        )}
      </section>
      <Feedback
        email={getSiteConfig().feedbackEmail}
        baseUrl={getSiteConfig().baseUrl}
        path={term.url}
        title={term.term}
      />
      {topics.length > 0 && (
        <section aria-labelledby="read-more" className="my-8">
          <h2 id="read-more" className="text-xl font-bold">
            Read more about this
          </h2>
          <div className="mt-3">
            <TopicLinkList topics={topics} />
          </div>
        </section>
      )}
      <SignpostBox config={getSiteConfig()} urgency={getUrgency()} />
    </article>
  );
}
