import { RichTextView } from '@/components/content/RichTextView';
import { HeadedSection } from '@/components/ui/HeadedSection';
import type { RichText } from '@/lib/content/rich-text';
import { plainText } from '@/lib/content/rich-text';

export function KeyPoints({ points }: { points: RichText[] }) {
  return (
    <HeadedSection
      headingId="in-short"
      heading="In short"
      data-listen=""
      className="my-6 rounded-lg border-l-8 border-brand bg-brand-light p-5 text-ink dark:bg-[#10304d] dark:text-[#e8edee]"
    >
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {points.map((point) => (
          <li key={plainText(point)}>
            <RichTextView text={point} />
          </li>
        ))}
      </ul>
    </HeadedSection>
  );
}
