import type { ContentIssue } from '@/lib/content/issues';
import type { ContentDocument, LoadedContent } from '@/lib/content/load';
import { statedNumbers } from '@/lib/content/numbers';
import { proseSentences, textSentences, type ProseSentence } from '@/lib/content/prose';
import type { UrgencyFile } from '@/lib/content/schema';
import { checkCardIds, checkUrgencyModel, checkUrgencyProse } from '@/lib/content/urgency';

/**
 * The writing rules a machine can hold every page to (content-style.md): every number cites a source,
 * and no red-flag symptom is put beside a slower tier's words. Each problem names file and field.
 */

const CITED = /\[\^[^\]\s]+\]/;

function uncitedNumbers(
  sentences: ProseSentence[],
  file: string,
  field: (sentence: ProseSentence) => string,
): ContentIssue[] {
  return sentences.flatMap((sentence) => {
    const numbers = statedNumbers(sentence.text);
    if (numbers.length === 0 || CITED.test(sentence.text)) return [];
    return [
      {
        file,
        field: field(sentence),
        message:
          `states a number (${numbers.map((number) => `"${number}"`).join(', ')}) without a footnote: ` +
          `cite one of the page's sources, like "…[^source-id]." (README › Footnotes): "${sentence.text}"`,
      },
    ];
  });
}

const bodyLine = (document: ContentDocument<unknown>) => (sentence: ProseSentence) =>
  `body line ${document.bodyStartLine + sentence.line - 1}`;

/** Every sentence of a frontmatter list, each located by its index. */
function listSentences(items: string[]): ProseSentence[] {
  return items.flatMap((item, index) =>
    textSentences(item).map((sentence) => ({ ...sentence, line: index })),
  );
}

export function checkWritingRules(loaded: LoadedContent, topicSlugs: Set<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const urgency: UrgencyFile | undefined = loaded.urgency;
  const urgencyProse = (
    sentences: ProseSentence[],
    file: string,
    field: (sentence: ProseSentence) => string,
  ) => {
    if (urgency) issues.push(...checkUrgencyProse(urgency, sentences, file, field));
  };
  if (urgency) issues.push(...checkUrgencyModel(urgency, loaded.urgencyFile, topicSlugs));

  for (const topic of loaded.topics) {
    const body = proseSentences(topic.body);
    const keyPoints = listSentences(topic.data.keyPoints);
    issues.push(...uncitedNumbers(body, topic.file, bodyLine(topic)));
    issues.push(
      ...uncitedNumbers(keyPoints, topic.file, (sentence) => `keyPoints[${sentence.line}]`),
    );
    urgencyProse(body, topic.file, bodyLine(topic));
    urgencyProse(keyPoints, topic.file, (sentence) => `keyPoints[${sentence.line}]`);
    urgencyProse(textSentences(topic.data.summary), topic.file, () => 'summary');
    urgencyProse(
      listSentences(topic.data.questions),
      topic.file,
      (sentence) => `questions[${sentence.line}]`,
    );
    if (urgency) issues.push(...checkCardIds(urgency, topic.data.careCards, topic.file));
  }

  for (const term of loaded.terms) {
    const body = proseSentences(term.body);
    issues.push(...uncitedNumbers(body, term.file, bodyLine(term)));
    const inDefinition = statedNumbers(term.data.definition);
    if (inDefinition.length > 0) {
      issues.push({
        file: term.file,
        field: 'definition',
        message: `states a number (${inDefinition.map((number) => `"${number}"`).join(', ')}): a definition is shown on its own, without sources, so keep numbers in the body with a footnote`,
      });
    }
    urgencyProse(body, term.file, bodyLine(term));
    urgencyProse(textSentences(term.data.definition), term.file, () => 'definition');
    if (urgency) issues.push(...checkCardIds(urgency, term.data.careCards, term.file));
  }

  for (const page of loaded.pages) {
    urgencyProse(proseSentences(page.body), page.file, bodyLine(page));
    urgencyProse(textSentences(page.data.description), page.file, () => 'description');
  }

  if (loaded.site) {
    urgencyProse(textSentences(loaded.site.signpost.text), loaded.siteFile, () => 'signpost.text');
  }
  return issues;
}
