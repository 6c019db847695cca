import type { ContentIssue } from './issues';
import { readerText, type ProseSentence } from './prose';
import type { CareLevel, UrgencyFile, UrgencySymptom, UrgencyTier } from './schema';
import { didYouMean } from './suggest';

/**
 * The one urgency model (content/urgency.yaml), checked and resolved. Every urgent instruction on the
 * site is drawn from it, and prose that disagrees with it fails the content check.
 */

/** A group of symptoms under one call to action, with what to do if there is no 24-hour number. */
export interface CareAction {
  tierId: string;
  level: CareLevel;
  /** "Call your 24-hour acute oncology line now". */
  action: string;
  symptoms: string[];
  fallback?: string;
}

/** A care card as pages show it: one tier's symptoms, then faster tiers' symptoms, then a note. */
export interface ResolvedCareCard extends CareAction {
  id: string;
  heading: string;
  also: CareAction[];
  note?: string;
}

export interface ResolvedTier {
  id: string;
  level: CareLevel;
  name: string;
  action: string;
  when: string;
  /** "If you have no 24-hour number, or no one answers". */
  fallbackLead?: string;
  /** What to do instead, for which symptoms. */
  fallbacks: { for: string; action: string }[];
}

/** A phrase from `signs` or `signalWords` as a case-insensitive, whole-word pattern; "…" = anything between. */
export function phrasePattern(phrase: string): RegExp {
  const escape = (part: string) =>
    part
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '[\\s-]+');
  const body = phrase
    .split('…')
    .map(escape)
    .filter(Boolean)
    .join('[^.!?]*?');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

interface Phrase {
  phrase: string;
  pattern: RegExp;
}

interface CompiledModel {
  redFlags: (Phrase & { symptom: UrgencySymptom; tier: number })[];
  signals: (Phrase & { tier: number })[];
  /** Per tier, the signal words of each fallback kind, fastest kind first. */
  fallbackSignals: Map<number, { kind: string; words: Phrase[] }[]>;
}

const compiled = new WeakMap<UrgencyFile, CompiledModel>();
const phrase = (text: string): Phrase => ({ phrase: text, pattern: phrasePattern(text) });

function compile(model: UrgencyFile): CompiledModel {
  const cached = compiled.get(model);
  if (cached) return cached;
  const tierIndex = new Map(model.tiers.map((tier, index) => [tier.id, index]));
  // Red flags: the signs of every tier but the slowest (a slow tier has nothing slower to be confused with).
  const redFlags = model.symptoms.flatMap((symptom) => {
    const tier = tierIndex.get(symptom.tier);
    if (tier === undefined || tier >= model.tiers.length - 1) return [];
    return (symptom.signs ?? []).map((sign) => ({ symptom, tier, ...phrase(sign) }));
  });
  const signals = model.tiers.flatMap((tier, index) => tier.signalWords.map((word) => ({ tier: index, ...phrase(word) })));
  const fallbackSignals = new Map(
    model.tiers.map((tier, index) => [
      index,
      Object.entries(tier.fallbacks ?? {}).map(([kind, fallback]) => ({ kind, words: fallback.signalWords.map(phrase) })),
    ]),
  );
  const result = { redFlags, signals, fallbackSignals };
  compiled.set(model, result);
  return result;
}

/**
 * Words that say the opposite of waiting: "do not wait for your next appointment", "even if you saw
 * your team today", "if you have no 24-hour number". A slower tier's words right after one of these
 * are not advice to wait.
 */
const NOT_WAITING =
  /\b(?:not|never|no|none|don't|do not wait (?:for|until)|without waiting (?:for|until)|rather than|instead of|even if|no need to wait (?:for|until)|cannot (?:reach|get through to))\b[^.;:!?]{0,30}$/i;

/** Each place a phrase occurs in text, unless it is negated. */
function saysToWait(text: string, words: Phrase): string | undefined {
  const global = new RegExp(words.pattern.source, 'giu');
  for (const match of text.matchAll(global)) {
    if (!NOT_WAITING.test(text.slice(0, match.index))) return match[0];
  }
  return undefined;
}

export interface UrgencyConflict {
  sign: string;
  symptomTier: UrgencyTier;
  words: string;
  /** The slower tier whose words these are, or the slower fallback they name. */
  wordsName: string;
}

/** The first red-flag symptom in a sentence that sits beside the words of a slower tier or fallback. */
export function urgencyConflict(model: UrgencyFile, sentence: string): UrgencyConflict | undefined {
  const { redFlags, signals, fallbackSignals } = compile(model);
  const text = readerText(sentence);
  for (const flag of redFlags) {
    const sign = text.match(flag.pattern)?.[0];
    const symptomTier = model.tiers[flag.tier];
    if (!sign || !symptomTier) continue;
    for (const signal of signals) {
      const words = signal.tier > flag.tier ? saysToWait(text, signal) : undefined;
      if (words) return { sign, symptomTier, words, wordsName: model.tiers[signal.tier]?.name ?? '' };
    }
    // A symptom whose fallback is 999 must not be sent to the GP or NHS 111 instead.
    const kinds = fallbackSignals.get(flag.tier) ?? [];
    const own = Math.max(0, kinds.findIndex((kind) => kind.kind === flag.symptom.fallback));
    for (const slower of kinds.slice(own + 1)) {
      for (const word of slower.words) {
        const words = saysToWait(text, word);
        if (words) return { sign, symptomTier, words, wordsName: `the "${slower.kind}" fallback, slower than this symptom needs` };
      }
    }
  }
  return undefined;
}

/**
 * Checks prose sentences against the model: a red flag never shares a sentence with a slower tier's
 * words — the sentence itself, or a list item or table cell read with what introduces it.
 */
export function checkUrgencyProse(
  model: UrgencyFile,
  sentences: ProseSentence[],
  file: string,
  field: (sentence: ProseSentence) => string,
): ContentIssue[] {
  const reported = new Set<string>();
  return sentences.flatMap((sentence) => {
    // One problem a place: a table row or a list with several matching cells is reported once.
    if (reported.has(field(sentence))) return [];
    const own = urgencyConflict(model, sentence.text);
    // A lead-in that conflicts on its own is reported where it is written, once.
    const conflict =
      own ??
      (sentence.leadIn && !urgencyConflict(model, sentence.leadIn)
        ? urgencyConflict(model, `${sentence.leadIn} ${sentence.text}`)
        : undefined);
    if (!conflict) return [];
    reported.add(field(sentence));
    return [
      {
        file,
        field: field(sentence),
        message:
          `"${conflict.sign}" is a sign for "${conflict.symptomTier.name}", but ${own ? 'the sentence says' : 'it is read with'} ` +
          `"${conflict.words}" (${conflict.wordsName.startsWith('the "') ? conflict.wordsName : `the words of "${conflict.wordsName}"`}): ` +
          "a red-flag symptom always gets its own tier's action (content/urgency.yaml). Say that action, and put slower advice in a sentence of its own.",
      },
    ];
  });
}

/** The model's own consistency: ids, tiers, fallbacks, cards, and no symptom in two tiers. */
export function checkUrgencyModel(model: UrgencyFile, file: string, topicSlugs: Set<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const add = (field: string, message: string) => issues.push({ file, field, message });
  const { redFlags } = compile(model);
  const tierIndex = new Map(model.tiers.map((tier, index) => [tier.id, index]));
  const tierIds = model.tiers.map((tier) => tier.id);

  if (!topicSlugs.has(model.urgentPage)) {
    add('urgentPage', `unknown topic "${model.urgentPage}"${didYouMean(model.urgentPage, topicSlugs)}`);
  }
  const seenTiers = new Set<string>();
  model.tiers.forEach((tier, index) => {
    if (seenTiers.has(tier.id)) add(`tiers[${index}].id`, `duplicate tier "${tier.id}"`);
    seenTiers.add(tier.id);
    if (index > 0 && (!tier.fallbacks || !tier.fallbackLead)) {
      add(
        `tiers[${index}].${tier.fallbacks ? 'fallbackLead' : 'fallbacks'}`,
        'is missing: every tier after the first says what to do with no 24-hour number',
      );
    }
  });

  const symptomById = new Map<string, UrgencySymptom>();
  model.symptoms.forEach((symptom, index) => {
    if (symptomById.has(symptom.id)) add(`symptoms[${index}].id`, `duplicate symptom "${symptom.id}": a symptom belongs to one tier`);
    symptomById.set(symptom.id, symptom);
    const tier = tierIndex.get(symptom.tier);
    if (tier === undefined) {
      add(`symptoms[${index}].tier`, `unknown tier "${symptom.tier}"${didYouMean(symptom.tier, tierIds)}`);
      return;
    }
    if (tier < model.tiers.length - 1 && symptom.signs === undefined) {
      add(
        `symptoms[${index}].signs`,
        'is missing: list the phrases that find this symptom in prose (or [] when another symptom\'s signs already find it)',
      );
    }
    const fallbacks = Object.keys(model.tiers[tier]?.fallbacks ?? {});
    if (symptom.fallback && !fallbacks.includes(symptom.fallback)) {
      add(
        `symptoms[${index}].fallback`,
        `tier "${symptom.tier}" has no fallback "${symptom.fallback}" (it has: ${fallbacks.join(', ') || 'none'})`,
      );
    }
    // The same symptom, under other words, in a slower tier: a faster tier's sign names it.
    const faster = redFlags.find((flag) => flag.tier < tier && flag.pattern.test(symptom.text));
    if (faster) {
      add(
        `symptoms[${index}].text`,
        `names "${faster.phrase}", a sign of "${faster.symptom.id}" in the faster tier "${faster.symptom.tier}": a symptom belongs to one tier`,
      );
    }
  });

  for (const [index, tier] of model.tiers.entries()) {
    const texts: [string, string][] = [
      [`tiers[${index}].when`, tier.when],
      ...Object.entries(tier.fallbacks ?? {}).flatMap(([kind, fallback]): [string, string][] => [
        [`tiers[${index}].fallbacks.${kind}.for`, fallback.for],
        [`tiers[${index}].fallbacks.${kind}.action`, fallback.action],
      ]),
    ];
    for (const [field, text] of texts) {
      const faster = redFlags.find((flag) => flag.tier < index && flag.pattern.test(text));
      if (faster) add(field, `names "${faster.phrase}", a sign of the faster tier "${faster.symptom.tier}"`);
    }
  }

  const seenCards = new Set<string>();
  model.cards.forEach((card, index) => {
    const at = `cards[${index}]`;
    if (seenCards.has(card.id)) add(`${at}.id`, `duplicate card "${card.id}"`);
    seenCards.add(card.id);
    const tier = tierIndex.get(card.tier);
    if (tier === undefined) {
      add(`${at}.tier`, `unknown tier "${card.tier}"${didYouMean(card.tier, tierIds)}`);
      return;
    }
    card.symptoms.forEach((id, symptomIndex) => {
      const symptom = symptomById.get(id);
      if (!symptom) add(`${at}.symptoms[${symptomIndex}]`, `unknown symptom "${id}"${didYouMean(id, symptomById.keys())}`);
      else if (symptom.tier !== card.tier) {
        add(`${at}.symptoms[${symptomIndex}]`, `"${id}" is in tier "${symptom.tier}": a card shows the symptoms of its own tier ("${card.tier}"); put it in \`also\` if it is faster`);
      }
    });
    card.also.forEach((id, alsoIndex) => {
      const symptom = symptomById.get(id);
      const symptomTier = symptom ? tierIndex.get(symptom.tier) : undefined;
      if (!symptom) add(`${at}.also[${alsoIndex}]`, `unknown symptom "${id}"${didYouMean(id, symptomById.keys())}`);
      else if (symptomTier === undefined || symptomTier >= tier) {
        add(`${at}.also[${alsoIndex}]`, `"${id}" is not in a faster tier than "${card.tier}": \`also\` is for faster symptoms`);
      }
    });
    if (card.heading) {
      const own = model.tiers[tier];
      const ownWords = own?.signalWords.some((word) => phrasePattern(word).test(card.heading ?? ''));
      const slower = model.tiers.slice(tier + 1).flatMap((slowerTier) => slowerTier.signalWords)
        .find((word) => phrasePattern(word).test(card.heading ?? ''));
      if (!ownWords || slower) add(`${at}.heading`, `must name its own tier's action ("${own?.action}")${slower ? `, not "${slower}"` : ''}`);
    }
    if (card.heading && card.subject) add(`${at}.subject`, 'a card has a heading or a subject, not both');
    for (const [field, text] of [['note', card.note]] as const) {
      const conflict = text ? urgencyConflict(model, text) : undefined;
      if (conflict) add(`${at}.${field}`, `"${conflict.sign}" beside "${conflict.words}": a red flag keeps its own tier`);
    }
  });
  return issues;
}

function actionFor(model: UrgencyFile, tierId: string, symptomIds: string[]): CareAction {
  const tier = model.tiers.find((candidate) => candidate.id === tierId);
  if (!tier) throw new Error(`urgency tier "${tierId}" vanished after validation`);
  const symptoms = symptomIds.map((id) => {
    const symptom = model.symptoms.find((candidate) => candidate.id === id);
    if (!symptom) throw new Error(`urgency symptom "${id}" vanished after validation`);
    return symptom;
  });
  // The fastest fallback any of the symptoms needs: fallbacks are listed fastest first.
  const kinds = Object.keys(tier.fallbacks ?? {});
  const needed = symptoms.map((symptom) => (symptom.fallback ? kinds.indexOf(symptom.fallback) : 0));
  const kind = kinds[Math.min(...needed)];
  const fallback = kind ? tier.fallbacks?.[kind] : undefined;
  return {
    tierId: tier.id,
    level: tier.level,
    action: tier.action,
    symptoms: symptoms.map((symptom) => symptom.text),
    ...(fallback && tier.fallbackLead ? { fallback: `${tier.fallbackLead}, ${fallback.action}.` } : {}),
  };
}

/** A card by id, as pages show it. Call only after checkUrgencyModel found no issues. */
export function resolveCareCard(model: UrgencyFile, id: string): ResolvedCareCard | undefined {
  const card = model.cards.find((candidate) => candidate.id === id);
  if (!card) return undefined;
  const main = actionFor(model, card.tier, card.symptoms);
  const alsoByTier = new Map<string, string[]>();
  for (const symptomId of card.also) {
    const tier = model.symptoms.find((symptom) => symptom.id === symptomId)?.tier ?? '';
    alsoByTier.set(tier, [...(alsoByTier.get(tier) ?? []), symptomId]);
  }
  const tierOrder = model.tiers.map((tier) => tier.id);
  const also = [...alsoByTier]
    .sort(([a], [b]) => tierOrder.indexOf(a) - tierOrder.indexOf(b))
    .map(([tierId, symptomIds]) => actionFor(model, tierId, symptomIds));
  return {
    ...main,
    id: card.id,
    heading: card.heading
      ? `${card.heading}:`
      : `${main.action} if you have${card.subject ? ` ${card.subject}` : ''}:`,
    also,
    ...(card.note ? { note: card.note } : {}),
  };
}

export function resolveTiers(model: UrgencyFile): ResolvedTier[] {
  return model.tiers.map((tier) => ({
    id: tier.id,
    level: tier.level,
    name: tier.name,
    action: tier.action,
    when: tier.when,
    ...(tier.fallbackLead ? { fallbackLead: tier.fallbackLead } : {}),
    fallbacks: Object.values(tier.fallbacks ?? {}),
  }));
}

/** Checks a page's `careCards` ids: each must name a card in content/urgency.yaml. */
export function checkCardIds(model: UrgencyFile, ids: string[], file: string): ContentIssue[] {
  const known = model.cards.map((card) => card.id);
  return ids.flatMap((id, index) => {
    const field = `careCards[${index}]`;
    if (!known.includes(id)) {
      return [{ file, field, message: `unknown care card "${id}"${didYouMean(id, known)} (cards live in content/urgency.yaml)` }];
    }
    return ids.indexOf(id) < index ? [{ file, field, message: `"${id}" is already listed: each card once` }] : [];
  });
}
