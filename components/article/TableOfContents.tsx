import type { DocumentHeading } from '@/lib/markdown/render';

export function TableOfContents({ sections }: { sections: DocumentHeading[] }) {
  if (sections.length < 2) return null;
  return (
    <nav aria-labelledby="on-this-page" className="no-print my-6">
      <h2 id="on-this-page" className="text-lg font-bold">
        On this page
      </h2>
      <ul className="mt-2 space-y-1">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} className="underline">
              {section.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
