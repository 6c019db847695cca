export interface LinkItem {
  key: string;
  href: string;
  label: string;
}

/** A plain list of links: topics in a pathway, or everything on the site A to Z. */
export function LinkList({
  items,
  className = 'mt-2 list-disc space-y-1 pl-6',
}: {
  items: LinkItem[];
  className?: string;
}) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.key}>
          <a href={item.href} className="underline">
            {item.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

export const topicItems = (topics: { slug: string; url: string; title: string }[]): LinkItem[] =>
  topics.map((topic) => ({ key: topic.slug, href: topic.url, label: topic.title }));
