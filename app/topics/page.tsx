import type { Metadata } from 'next';
import { AlphabeticalIndex } from '@/components/ui/AlphabeticalIndex';
import { describedTopicItems } from '@/components/ui/LinkList';
import { SignpostBox } from '@/components/layout/SignpostBox';
import { pageMetadata } from '@/lib/metadata';
import { getAllTopics, getSiteConfig, getUrgency } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Topics A to Z',
  description:
    'Every explainer on this site, from bone scans to living with secondary breast cancer in the bone.',
  path: '/topics',
});

export default function TopicsPage() {
  const topics = getAllTopics();
  return (
    <>
      <h1 className="text-3xl font-bold">Topics A to Z</h1>
      <p className="mt-3 max-w-prose">
        Every explainer on this site. Each one takes a few minutes to read.
      </p>
      <AlphabeticalIndex label="Topics" entries={describedTopicItems(topics)} />
      <SignpostBox config={getSiteConfig()} urgency={getUrgency()} />
    </>
  );
}
