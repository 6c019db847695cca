import type { Metadata } from 'next';
import { ContentHtml } from '@/components/article/ContentHtml';
import { Prose } from '@/components/article/Prose';
import { SignpostBox } from '@/components/layout/SignpostBox';
import { pageMetadata } from '@/lib/metadata';
import { getPage, getSiteConfig, getUrgency } from '@/lib/site';

export function generateMetadata(): Metadata {
  const page = getPage('about');
  return pageMetadata({ title: page.title, description: page.description, path: page.url });
}

export default function AboutPage() {
  const page = getPage('about');
  return (
    <article className="max-w-prose">
      <h1 className="text-3xl font-bold">{page.title}</h1>
      <p className="mt-3 text-xl">{page.description}</p>
      <Prose className="mt-6">
        <ContentHtml html={page.html} />
      </Prose>
      <SignpostBox config={getSiteConfig()} urgency={getUrgency()} />
    </article>
  );
}
