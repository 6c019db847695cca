import type { LinkedText } from '@/lib/content/linked-text';

/** A sentence from a content file with its links (`[words](/address)`, bold with `**`). */
export function LinkedTextView({ text }: { text: LinkedText }) {
  return (
    <>
      {text.map((segment, index) =>
        segment.kind === 'text' ? (
          segment.text
        ) : (
          <a
            key={index}
            href={segment.href}
            className={segment.bold ? 'font-bold underline' : 'underline'}
          >
            {segment.text}
          </a>
        ),
      )}
    </>
  );
}
