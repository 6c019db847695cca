import type { TopicLink } from '@/lib/graph/types';

interface TopicLinkListProps {
  topics: TopicLink[];
  /** Show each topic's one-line summary under its title. */
  withSummaries?: boolean;
}

export function TopicLinkList({ topics, withSummaries = true }: TopicLinkListProps) {
  return (
    <ul className="space-y-3">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <a href={topic.url} className="font-bold underline">
            {topic.title}
          </a>
          {withSummaries && <p className="text-base">{topic.summary}</p>}
        </li>
      ))}
    </ul>
  );
}
