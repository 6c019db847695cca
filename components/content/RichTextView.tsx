import type { RichText } from '@/lib/content/rich-text';

/** Text with its footnotes (numbered links to the page's sources) and the hospital's phone number. */
export function RichTextView({ text }: { text: RichText }) {
  return (
    <>
      {text.map((segment, index) => {
        if (segment.kind === 'text') return segment.text;
        if (segment.kind === 'phone') {
          return (
            <a key={index} href={segment.href} className="font-bold whitespace-nowrap underline">
              {segment.number}
            </a>
          );
        }
        return (
          <sup key={index}>
            <a href={`#source-${segment.number}`} id={segment.id} data-footnote-ref="" aria-label={`Source ${segment.number}`}>
              {segment.number}
            </a>
          </sup>
        );
      })}
    </>
  );
}
