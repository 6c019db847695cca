import { withAcuteLine, type AcuteOncologyLine } from '@/lib/content/rich-text';
import { RichTextView } from './RichTextView';

/** Urgent wording, with the hospital's own 24-hour number after "your 24-hour acute oncology line". */
export function UrgentText({ text, acuteLine }: { text: string; acuteLine?: AcuteOncologyLine }) {
  return <RichTextView text={withAcuteLine(text, acuteLine)} />;
}
