/**
 * The only place the site renders HTML it did not build with React. The HTML comes from our own
 * Markdown, sanitised by lib/markdown (hast-util-sanitize), and only ever from the build.
 */
export function ContentHtml({ html, className }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
