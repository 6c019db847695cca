import type { ExplainSegment } from '@/lib/explain/types';

export const explanationId = (key: string) => `explained-${key}`;

/**
 * The reader's own text, exactly as pasted, with each word we explain marked and linked to its
 * explanation below. A long paste scrolls inside its box, so the explanations stay close.
 */
export function ExplainedText({ segments }: { segments: ExplainSegment[] }) {
  return (
    <section aria-labelledby="your-text-heading" className="mt-6">
      <h2 id="your-text-heading" className="text-xl font-bold">
        Your words, with the ones we explain marked
      </h2>
      <p className="mt-1">
        <a href="#explanations-heading" className="underline">
          Skip to what the words mean
        </a>
      </p>
      <div
        // Focusable so keyboard users can scroll a long paste.
        tabIndex={0}
        role="region"
        aria-labelledby="your-text-heading"
        className="mt-2 max-h-96 overflow-y-auto rounded border-2 border-muted p-3 leading-8 break-words whitespace-pre-wrap"
      >
        {segments.map((segment, index) =>
          segment.kind === 'text' ? (
            segment.text
          ) : (
            <mark key={index} className="explained-word">
              <a href={`#${explanationId(segment.key)}`}>{segment.text}</a>
            </mark>
          ),
        )}
      </div>
    </section>
  );
}
