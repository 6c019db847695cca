import type { Explanation } from '@/lib/explain/types';
import { explanationId } from './ExplainedText';

interface ExplanationListProps {
  explanations: Explanation[];
  unknownWords: string[];
  /** A word we explain follows "no", "not" or "nil" in the reader's text. */
  explainsANegatedWord?: boolean;
}

/** Each word we explain, once, in the order the reader meets it; then the words we do not explain. */
export function ExplanationList({
  explanations,
  unknownWords,
  explainsANegatedWord = false,
}: ExplanationListProps) {
  return (
    <>
      <section aria-labelledby="explanations-heading" className="mt-8">
        <h2 id="explanations-heading" className="text-xl font-bold">
          What these words mean
        </h2>
        {explainsANegatedWord && (
          <p className="mt-2 rounded border-l-4 border-brand bg-surface p-3 dark:bg-[#1b2a35]">
            Your text says “no” or “not” before some of these words. Reports often list things the
            radiologist looked for and did not see, such as “No bone metastases”. So a word below
            may be something that was not found. Read each one with the words around it in your
            text.
          </p>
        )}
        {explanations.length === 0 ? (
          <p className="mt-2">
            We did not find any words we explain yet. Try the{' '}
            <a href="/glossary">glossary A to Z</a>, or ask your care team.
          </p>
        ) : (
          <ul className="mt-3 space-y-4">
            {explanations.map((explanation) => (
              <li
                key={explanation.key}
                id={explanationId(explanation.key)}
                // Focused when the reader taps the word in their text.
                tabIndex={-1}
                className="rounded-lg border-l-8 border-brand bg-surface p-4 dark:bg-[#1b2a35]"
              >
                <h3 className="text-lg font-bold">{explanation.label}</h3>
                <p translate="no" className="text-sm text-muted dark:text-[#aebdc7]">
                  In your text: {explanation.asWritten.map((form) => `“${form}”`).join(', ')}
                </p>
                <p className="mt-2">{explanation.definition}</p>
                {(explanation.url || explanation.topicUrl) && (
                  <ul className="mt-2 space-y-1">
                    {explanation.url && (
                      <li>
                        <a href={explanation.url} className="inline-block min-h-6 underline">
                          More about {explanation.urlLabel}
                        </a>
                      </li>
                    )}
                    {explanation.topicUrl && (
                      <li>
                        <a href={explanation.topicUrl} className="inline-block min-h-6 underline">
                          Read: {explanation.topicLabel}
                        </a>
                      </li>
                    )}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {unknownWords.length > 0 && (
        <section aria-labelledby="unknown-words-heading" className="mt-8">
          <h2 id="unknown-words-heading" className="text-xl font-bold">
            Words we don’t explain yet
          </h2>
          <p className="mt-2">
            We don’t explain these words yet, so we will not guess. Ask your care team what they
            mean.
          </p>
          <ul
            translate="no"
            className="mt-3 flex flex-wrap gap-2"
            aria-label="Words we don’t explain yet"
          >
            {unknownWords.map((word) => (
              <li key={word} className="rounded border border-muted px-2 py-1">
                {word}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
