import type { ReactNode } from 'react';
import type { SectionedHtml } from '@/lib/markdown/render';
import { ContentHtml } from './ContentHtml';
import { Prose } from './Prose';
import { SectionLink } from './SectionLink';

export const ARTICLE_BODY_ID = 'article-body';

interface ArticleBodyProps {
  body: SectionedHtml;
  /** Extra content to show after a section, by section id (a diagram). */
  after?: Record<string, ReactNode>;
}

/** An article's sections, each heading a link to itself with a copy-link control beside it. */
export function ArticleBody({ body, after = {} }: ArticleBodyProps) {
  return (
    <Prose id={ARTICLE_BODY_ID}>
      {body.intro && (
        <div data-listen="">
          <ContentHtml html={body.intro} />
        </div>
      )}
      {body.sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} data-listen="">
          <h2 id={section.id}>
            <a href={`#${section.id}`}>{section.heading}</a>
          </h2>
          <SectionLink id={section.id} heading={section.heading} />
          <ContentHtml html={section.html} />
          {after[section.id]}
        </section>
      ))}
    </Prose>
  );
}
