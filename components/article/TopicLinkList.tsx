import { LinkList, describedTopicItems } from '@/components/ui/LinkList';
import type { TopicLink } from '@/lib/graph/types';

/** Topics with their one-line summaries: related topics, and "read more" on a glossary page. */
export function TopicLinkList({ topics }: { topics: TopicLink[] }) {
  return (
    <LinkList
      className="space-y-3"
      descriptionClassName="text-base"
      items={describedTopicItems(topics)}
    />
  );
}
