import type { DocumentHeading } from '@/lib/markdown/render';

/** "On this page": a link to each `##` heading, when there are at least two. */
export function TableOfContents({ headings }: { headings: DocumentHeading[] }) {
  if (headings.length < 2) return null;
  return (
    <nav aria-labelledby="on-this-page" className="no-print my-6">
      <h2 id="on-this-page" className="text-lg font-bold">
        On this page
      </h2>
      <ul className="mt-2 space-y-1">
        {headings.map((heading) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`} className="underline">
              {heading.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
