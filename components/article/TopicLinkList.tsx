import type { TopicLink } from '@/lib/graph/types';

/** Topics with their one-line summaries: related topics, and "read more" on a glossary page. */
export function TopicLinkList({ topics }: { topics: TopicLink[] }) {
  return (
    <ul className="space-y-3">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <a href={topic.url} className="font-bold underline">
            {topic.title}
          </a>
          <p className="text-base">{topic.summary}</p>
        </li>
      ))}
    </ul>
  );
}
