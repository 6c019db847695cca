import type { ReactNode } from 'react';

/** Reading typography for Markdown bodies: one measure, one size, links that look like links. */
export function Prose({
  children,
  className = '',
  id,
}: {
  children: ReactNode;
  className?: string;
  id?: string;
}) {
  return (
    <div
      id={id}
      className={`prose prose-lg max-w-prose text-ink dark:prose-invert dark:text-[#e8edee] prose-a:text-brand dark:prose-a:text-[#9fc4ee] prose-headings:scroll-mt-4 ${className}`}
    >
      {children}
    </div>
  );
}
