import type { MouseEvent } from 'react';
import type { ExplainSegment } from '@/lib/explain/types';

export const explanationId = (key: string) => `explained-${key}`;

/**
 * Moves to a word's explanation without putting it in the address: "#explained-metastasis" in the
 * history would record what the letter said.
 */
function showExplanation(event: MouseEvent<HTMLAnchorElement>, key: string) {
  const target = document.getElementById(explanationId(key));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

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
        aria-label="Your text"
        // The reader's own words: never sent to a translation or writing-aid service.
        translate="no"
        data-gramm="false"
        className="mt-2 max-h-[min(24rem,75svh)] overflow-y-auto rounded border-2 border-muted p-3 leading-8 break-words whitespace-pre-wrap"
      >
        {segments.map((segment, index) =>
          segment.kind === 'text' ? (
            segment.text
          ) : (
            <mark key={index} className="explained-word">
              <a
                href={`#${explanationId(segment.key)}`}
                onClick={(event) => showExplanation(event, segment.key)}
              >
                {segment.text}
              </a>
            </mark>
          ),
        )}
      </div>
    </section>
  );
}
