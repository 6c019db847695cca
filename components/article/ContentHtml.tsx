/**
 * The only place the site renders HTML it did not build with React. The HTML comes from our own
 * Markdown, sanitised by lib/markdown (hast-util-sanitize), and only ever from the build.
 */
export function ContentHtml({ html, className = '' }: { html: string; className?: string }) {
  return (
    <div
      className={`prose prose-lg max-w-prose text-ink dark:prose-invert dark:text-[#e8edee] prose-a:text-brand dark:prose-a:text-[#9fc4ee] prose-headings:scroll-mt-4 ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
