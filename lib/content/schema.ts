import { z } from 'zod';
import { SLUG_PATTERN } from '@/lib/routes';

const slug = z.string().regex(SLUG_PATTERN, 'must be kebab-case, like "hot-and-cold-spots"');

const text = z.string().trim().min(1, 'must not be empty');
const shortText = (max: number) => text.max(max, `must be at most ${max} characters`);

/** A calendar date. YAML turns `2026-11-22` into a Date; we keep plain `YYYY-MM-DD` strings. */
const isoDate = z
  .union([z.date(), z.string()])
  .transform((value, context) => {
    const date = value instanceof Date ? value : new Date(`${value}T00:00:00Z`);
    const isRealDate =
      !Number.isNaN(date.getTime()) &&
      (typeof value !== 'string' || date.toISOString().slice(0, 10) === value);
    if (!isRealDate) {
      context.addIssue({ code: 'custom', message: `must be a date written as YYYY-MM-DD, not "${String(value)}"` });
      return z.NEVER;
    }
    return date.toISOString().slice(0, 10);
  });

const oneSentence = shortText(220).refine(
  (value) => !/[.!?]\s+\S/.test(value),
  'must be one sentence (it is shown on its own in lists and link previews)',
);

const MAX_REVIEW_INTERVAL_YEARS = 3;

/**
 * Honest dates: `updated` is when the page was written or last changed. Only a page a named clinician
 * has reviewed carries `reviewed` (the date of that review) and `reviewer`.
 */
const reviewSchema = z
  .strictObject({
    updated: isoDate,
    nextReview: isoDate,
    status: z.enum(['awaiting clinical review', 'clinically reviewed']),
    reviewed: isoDate.optional(),
    reviewer: z.strictObject({ name: text, role: text }).optional(),
  })
  .superRefine((review, context) => {
    const start = review.reviewed ?? review.updated;
    if (review.nextReview <= start) {
      context.addIssue({
        code: 'custom',
        path: ['nextReview'],
        message: `must be after ${review.reviewed ? 'reviewed' : 'updated'}`,
      });
    }
    const limit = new Date(`${start}T00:00:00Z`);
    limit.setUTCFullYear(limit.getUTCFullYear() + MAX_REVIEW_INTERVAL_YEARS);
    if (review.nextReview > limit.toISOString().slice(0, 10)) {
      context.addIssue({
        code: 'custom',
        path: ['nextReview'],
        message: `must be at most ${MAX_REVIEW_INTERVAL_YEARS} years after ${review.reviewed ? 'reviewed' : 'updated'}`,
      });
    }
    if (review.status === 'clinically reviewed') {
      if (!review.reviewer) {
        context.addIssue({
          code: 'custom',
          path: ['reviewer'],
          message: 'a page marked "clinically reviewed" must name its reviewer (name and role)',
        });
      }
      if (!review.reviewed) {
        context.addIssue({
          code: 'custom',
          path: ['reviewed'],
          message: 'a page marked "clinically reviewed" must give the date of that review',
        });
      }
    } else {
      for (const field of ['reviewer', 'reviewed'] as const) {
        if (review[field]) {
          context.addIssue({
            code: 'custom',
            path: [field],
            message: `only a page whose status is "clinically reviewed" has a ${field}`,
          });
        }
      }
    }
  });

export const DIAGRAM_NAMES = ['skeleton', 'bone-scan-day'] as const;
export type DiagramName = (typeof DIAGRAM_NAMES)[number];

export const CARE_LEVELS = ['non-urgent', 'urgent', 'emergency'] as const;

/**
 * A source behind the numbers on a page. The body cites it as `[^id]`, which renders as a numbered
 * link to the page's own source list.
 */
const sourceSchema = z.strictObject({
  id: slug,
  title: text,
  publisher: text,
  url: z.url({ protocol: /^https$/, error: 'must be a full https:// address' }),
  /** When someone last checked the page's claims against this source. */
  checked: isoDate,
});

/** A page's sources: at least `min`, each id used once. */
const sourcesSchema = (min: number) =>
  z
    .array(sourceSchema)
    .min(min)
    .superRefine((sources, context) => {
      const seen = new Set<string>();
      sources.forEach((source, index) => {
        if (seen.has(source.id)) {
          context.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `"${source.id}" is used by another source on this page`,
          });
        }
        seen.add(source.id);
      });
    });

/** Care cards are written once, in content/urgency.yaml; pages name them by id. */
const careCardIds = (max: number) => z.array(slug).max(max).default([]);

export const topicSchema = z.strictObject({
  title: shortText(80),
  summary: oneSentence,
  pathway: z.string({
    error: (issue) =>
      issue.input === undefined
        ? 'topic is in no pathway: add `pathway:` with a slug from content/pathways.yaml'
        : 'must be a pathway slug from content/pathways.yaml',
  }),
  order: z.int().positive(),
  keyPoints: z.array(shortText(200)).min(3).max(5),
  related: z.array(slug).max(6).default([]),
  keywords: z.array(shortText(60)).default([]),
  questions: z.array(shortText(200)).min(3).max(6),
  careCards: careCardIds(4),
  sources: sourcesSchema(2),
  review: reviewSchema,
  /** A diagram drawn for this site, shown after the section with this id. */
  diagram: z.strictObject({ name: z.enum(DIAGRAM_NAMES), after: slug }).optional(),
});

export const MAX_DEFINITION_WORDS = 30;

export const glossarySchema = z.strictObject({
  term: shortText(60),
  /** Other names, shown as "Also called". */
  aliases: z.array(shortText(60)).default([]),
  /** Spellings people type or paste that search and /explain should match, never shown ("osteoperosis"). */
  misspellings: z.array(shortText(60)).default([]),
  definition: text.refine(
    (value) => value.split(/\s+/).length <= MAX_DEFINITION_WORDS,
    `must be at most ${MAX_DEFINITION_WORDS} words (the longer explanation goes in the body)`,
  ),
  related: z.array(slug).max(6).default([]),
  careCards: careCardIds(2),
  sources: sourcesSchema(0).default([]),
});

export const pageSchema = z.strictObject({
  title: shortText(80),
  description: oneSentence,
  keywords: z.array(shortText(60)).default([]),
});

export const pathwaySchema = z.strictObject({
  slug,
  title: shortText(80),
  order: z.int().positive(),
  description: oneSentence,
});

export const pathwaysFileSchema = z.array(pathwaySchema).min(1);

const phoneNumber = z
  .string()
  .regex(/^\+?[0-9 ]{3,20}$/, 'must be a phone number made of digits and spaces, like "0808 800 6000"');

const helplineSchema = z.strictObject({
  name: text,
  number: phoneNumber,
  hours: text,
  /** The hours in a few words, for the signpost at the top of every page. */
  shortHours: shortText(60).optional(),
  cost: text,
  description: text.optional(),
});

export const siteConfigSchema = z.strictObject({
  siteName: shortText(60),
  tagline: shortText(120),
  baseUrl: z.url({ protocol: /^https?$/ }).refine((value) => !value.endsWith('/'), 'must not end with "/"'),
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language tag like "en-GB"'),
  signpost: z.strictObject({
    heading: text,
    text: text,
  }),
  helplines: z.array(helplineSchema).min(1),
  /**
   * The hospital's own 24-hour acute oncology line, when one hospital deploys the site. Every
   * instruction to call "your 24-hour acute oncology line" then shows this number as a phone link.
   */
  acuteOncologyLine: z.strictObject({ number: phoneNumber }).optional(),
  /**
   * Where "Was this page helpful?" sends readers: a mailto: link that opens their own email app.
   * Leave it out and the link is not shown.
   */
  feedbackEmail: z
    .email('must be an email address, like "feedback@example.org"')
    .max(254, 'must be an email address of at most 254 characters')
    .optional(),
  disclaimer: text,
});

/**
 * content/urgency.yaml: the one urgency model. Tiers fastest first; each symptom in exactly one tier;
 * cards are views of one tier's symptoms. Cross-references are checked in lib/content/urgency.ts.
 */

const urgencyTierSchema = z.strictObject({
  id: slug,
  level: z.enum(CARE_LEVELS),
  /** A short name for the tier, used on /help and in messages to editors. */
  name: shortText(60),
  /** The one call to action, without a full stop: "Call your 24-hour acute oncology line now". */
  action: shortText(100).refine((value) => !/[.!?]$/.test(value), 'must not end with a full stop'),
  /** When this tier applies, in a few words, completing "… if …". */
  when: shortText(220),
  /** "If you have no 24-hour number, or no one answers": what the fallbacks complete. */
  fallbackLead: shortText(100).optional(),
  /**
   * What to do instead, by kind, fastest kind first. The fastest tier has none. A kind's
   * `signalWords` ("GP", "NHS 111") must not be put beside the signs of a symptom that needs a faster kind.
   */
  fallbacks: z
    .record(
      slug,
      z.strictObject({
        for: shortText(100),
        action: shortText(100),
        signalWords: z.array(shortText(40)).default([]),
      }),
    )
    .optional(),
  /** Words that put a sentence in this tier, for the check that keeps red flags out of slower tiers. */
  signalWords: z.array(shortText(40)).min(1),
});

const urgencySymptomSchema = z.strictObject({
  id: slug,
  tier: slug,
  /** Which of the tier's fallbacks applies (999 for spinal cord and broken-bone signs). */
  fallback: slug.optional(),
  /** What a card shows, completing "… if you have:". */
  text: shortText(200),
  /**
   * Phrases that find this symptom in prose ("…" = anything between, in one sentence). Required in
   * every tier but the slowest (write `[]` when another symptom's signs already find it).
   */
  signs: z.array(shortText(80)).optional(),
});

const urgencyCardSchema = z.strictObject({
  id: slug,
  tier: slug,
  /** Completes the heading "<tier action> if you have <subject>:". */
  subject: shortText(100).optional(),
  /** A heading written out, instead of the tier action + subject. */
  heading: shortText(120).optional(),
  symptoms: z.array(slug).min(1).max(5),
  /** Symptoms of faster tiers shown under the card with their own call to action. */
  also: z.array(slug).max(4).default([]),
  note: shortText(200).optional(),
});

export const urgencyFileSchema = z.strictObject({
  /** The topic every "urgent? what to do now" link opens. */
  urgentPage: slug,
  tiers: z.array(urgencyTierSchema).min(2),
  symptoms: z.array(urgencySymptomSchema).min(1),
  cards: z.array(urgencyCardSchema).min(1),
});

export type UrgencyFile = z.output<typeof urgencyFileSchema>;
export type UrgencyTier = z.output<typeof urgencyTierSchema>;
export type UrgencySymptom = z.output<typeof urgencySymptomSchema>;

/**
 * content/report-words/*.yaml: the words radiologists write, each with a plain meaning, for /explain.
 * They have no page of their own; `glossary` and `topic` say where to read more.
 */
export const reportWordsFileSchema = z.strictObject({
  sources: sourcesSchema(1),
  words: z
    .array(
      z.strictObject({
        /** How reports write it; the first is the label the reader sees. */
        forms: z.array(shortText(60)).min(1),
        meaning: text
          .refine(
            (value) => value.split(/\s+/).length <= MAX_DEFINITION_WORDS,
            `must be at most ${MAX_DEFINITION_WORDS} words`,
          )
          // A meaning cut short (in YAML an unquoted " #" starts a comment) must not reach a reader.
          .refine(
            (value) => /[.!?)’”"]$/.test(value.trim()),
            'must end with a full stop: is it cut short? (quote a meaning that contains " #" or ": ")',
          ),
        glossary: slug.optional(),
        topic: slug.optional(),
      }),
    )
    .min(1),
});

export type ReportWordsFile = z.output<typeof reportWordsFileSchema>;

const tScoreBand = z.union([
  z.strictObject({ atLeast: z.number(), label: shortText(120) }),
  z.strictObject({ above: z.number(), label: shortText(120) }),
  z.strictObject({ label: shortText(120) }),
]);

/** content/bone-density.yaml: how /explain places the numbers of a bone density report in their bands. */
export const boneDensityFileSchema = z.strictObject({
  always: shortText(160),
  topic: slug,
  tScore: z.strictObject({
    about: shortText(200),
    bands: z
      .array(tScoreBand)
      .min(2)
      .refine((bands) => bands.slice(0, -1).every((band) => 'atLeast' in band || 'above' in band), {
        message: 'every band but the last needs `atLeast` or `above`; the last has neither',
      })
      .refine((bands) => { const last = bands.at(-1); return last !== undefined && !('atLeast' in last) && !('above' in last); }, {
        message: 'the last band catches every lower score: it has no `atLeast` or `above`',
      }),
  }),
  zScore: z.strictObject({
    about: shortText(200),
    below: z.number(),
    belowLabel: shortText(120),
    withinLabel: shortText(120),
  }),
  bmd: shortText(300),
  /** A percentage change in bone density since an earlier scan. */
  change: shortText(300),
  frax: shortText(300),
  sources: sourcesSchema(1),
});

export type BoneDensityFile = z.output<typeof boneDensityFileSchema>;

const synonymWords = z.array(shortText(60)).min(2, 'a group needs at least 2 words');

/**
 * Groups of words that mean the same to a reader (content/synonyms.yaml). A group written as
 * `searchOnly: [...]` helps search but is never used to explain a word in a letter.
 */
export const synonymsFileSchema = z
  .array(
    z.union([
      synonymWords.transform((words) => ({ words, searchOnly: false })),
      z.strictObject({ searchOnly: synonymWords }).transform(({ searchOnly }) => ({ words: searchOnly, searchOnly: true })),
    ]),
  )
  .min(1);

export type SynonymGroup = z.output<typeof synonymsFileSchema>[number];

export type TopicFrontmatter = z.output<typeof topicSchema>;
export type GlossaryFrontmatter = z.output<typeof glossarySchema>;
export type PageFrontmatter = z.output<typeof pageSchema>;
export type Pathway = z.output<typeof pathwaySchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
export type Helpline = z.output<typeof helplineSchema>;
export type CareLevel = (typeof CARE_LEVELS)[number];
export type Source = z.output<typeof sourceSchema>;
export type Review = z.output<typeof reviewSchema>;
