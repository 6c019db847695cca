export interface LinkItem {
  key: string;
  href: string;
  label: string;
  /** A line saying what is there, under the link (which is then bold). */
  description?: string;
}

/**
 * A list of links: topics in a pathway, everything on the site A to Z, or — with descriptions —
 * related topics, "read more" and the A to Z indexes.
 */
export function LinkList({
  items,
  className = 'mt-2 list-disc space-y-1 pl-6',
  descriptionClassName,
}: {
  items: LinkItem[];
  className?: string;
  descriptionClassName?: string;
}) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.key}>
          <a
            href={item.href}
            className={item.description === undefined ? 'underline' : 'font-bold underline'}
          >
            {item.label}
          </a>
          {item.description !== undefined && (
            <p className={descriptionClassName}>{item.description}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

type TopicLike = { slug: string; url: string; title: string };

const topicItem = (topic: TopicLike): LinkItem => ({
  key: topic.slug,
  href: topic.url,
  label: topic.title,
});

export const topicItems = (topics: TopicLike[]): LinkItem[] => topics.map(topicItem);

export type DescribedLinkItem = LinkItem & { description: string };

/** Topics as links with their one-line summaries. */
export const describedTopicItems = (
  topics: (TopicLike & { summary: string })[],
): DescribedLinkItem[] =>
  topics.map((topic) => ({ ...topicItem(topic), description: topic.summary }));
