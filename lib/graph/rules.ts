import type { ContentIssue } from '@/lib/content/issues';
import type { ContentDocument, LoadedContent } from '@/lib/content/load';
import { statedNumbers } from '@/lib/content/numbers';
import {
  hasFootnote,
  proseSentences,
  textSentences,
  type ProseSentence,
} from '@/lib/content/prose';
import type { UrgencyFile } from '@/lib/content/schema';
import { checkCardIds, checkUrgencyModel, checkUrgencyProse } from '@/lib/content/urgency';

/**
 * The writing rules a machine can hold every page to (content-style.md): every number cites a source,
 * and no red-flag symptom is put beside a slower tier's words. Each problem names file and field.
 */

function uncitedNumbers(
  sentences: ProseSentence[],
  file: string,
  field: (sentence: ProseSentence) => string,
): ContentIssue[] {
  return sentences.flatMap((sentence) => {
    const numbers = statedNumbers(sentence.text);
    if (numbers.length === 0 || hasFootnote(sentence.text)) return [];
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

/** Text shown without its page's sources (a summary, a definition) may not state a number that needs one. */
function numbersShownAlone(text: string, file: string, field: string, why: string): ContentIssue[] {
  const numbers = statedNumbers(text);
  if (numbers.length === 0) return [];
  const listed = numbers.map((number) => `"${number}"`).join(', ');
  return [
    {
      file,
      field,
      message: `states a number (${listed}): ${why}, without sources, so keep numbers in the body with a footnote`,
    },
  ];
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
    issues.push(
      ...numbersShownAlone(
        topic.data.summary,
        topic.file,
        'summary',
        'a summary is shown on its own in lists and link previews',
      ),
    );
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
    issues.push(
      ...numbersShownAlone(
        term.data.definition,
        term.file,
        'definition',
        'a definition is shown on its own',
      ),
    );
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
