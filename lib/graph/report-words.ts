import type { ContentIssue } from '@/lib/content/issues';
import type { LoadedContent } from '@/lib/content/load';
import { statedNumbers } from '@/lib/content/numbers';
import { textSentences } from '@/lib/content/prose';
import { didYouMean } from '@/lib/content/suggest';
import { checkUrgencyProse } from '@/lib/content/urgency';

/** How two ways of writing a word are compared: case, hyphens and spacing do not make a new word. */
export const formKey = (form: string) =>
  form
    .toLowerCase()
    .replace(/[-‐‑\s]+/g, ' ')
    .trim();

/**
 * The report vocabulary's own checks: every form explained once across the site (glossary names,
 * aliases and misspellings, explaining synonym groups, other report words), links that exist, and
 * meanings without numbers (they are shown without sources).
 */
export function checkReportWords(
  loaded: LoadedContent,
  topicSlugs: Set<string>,
  termSlugs: Set<string>,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const owner = new Map<string, string>();
  for (const term of loaded.terms) {
    for (const name of [term.data.term, ...term.data.aliases, ...term.data.misspellings]) {
      owner.set(formKey(name), term.file);
    }
  }
  // A synonym group explains a word in /explain only when it names a glossary term (lib/explain/build.ts).
  const glossaryNames = new Set(owner.keys());
  for (const group of loaded.synonyms) {
    if (group.searchOnly || !group.words.some((word) => glossaryNames.has(formKey(word)))) continue;
    for (const word of group.words)
      if (!owner.has(formKey(word))) owner.set(formKey(word), 'content/synonyms.yaml');
  }
  for (const { file, data } of loaded.reportWords) {
    data.words.forEach((word, index) => {
      const at = `words[${index}]`;
      word.forms.forEach((form, formIndex) => {
        const key = formKey(form);
        const earlier = owner.get(key);
        if (earlier) {
          issues.push({
            file,
            field: `${at}.forms[${formIndex}]`,
            message: `"${form}" is already explained by ${earlier}: a word is explained in one place`,
          });
        } else {
          owner.set(key, file);
        }
      });
      if (word.glossary && !termSlugs.has(word.glossary)) {
        issues.push({
          file,
          field: `${at}.glossary`,
          message: `unknown glossary term "${word.glossary}"${didYouMean(word.glossary, termSlugs)}`,
        });
      }
      if (word.topic && !topicSlugs.has(word.topic)) {
        issues.push({
          file,
          field: `${at}.topic`,
          message: `unknown topic "${word.topic}"${didYouMean(word.topic, topicSlugs)}`,
        });
      }
      const numbers = statedNumbers(word.meaning);
      if (numbers.length > 0) {
        issues.push({
          file,
          field: `${at}.meaning`,
          message: `states a number (${numbers.map((number) => `"${number}"`).join(', ')}): a meaning is shown without sources`,
        });
      }
      if (loaded.urgency) {
        issues.push(
          ...checkUrgencyProse(
            loaded.urgency,
            textSentences(word.meaning),
            file,
            () => `${at}.meaning`,
          ),
        );
      }
    });
  }
  return issues;
}
