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
    <div id={id} className={`prose article-prose max-w-prose ${className}`}>
      {children}
    </div>
  );
}
