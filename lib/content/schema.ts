import { z } from 'zod';

/** kebab-case: what every slug and section id must look like, so URLs stay clean and printable. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
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

const reviewSchema = z
  .strictObject({
    lastReviewed: isoDate,
    nextReview: isoDate,
    status: z.enum(['awaiting clinical review', 'clinically reviewed']),
    reviewer: z.strictObject({ name: text, role: text }).optional(),
  })
  .superRefine((review, context) => {
    if (review.nextReview <= review.lastReviewed) {
      context.addIssue({ code: 'custom', path: ['nextReview'], message: 'must be after lastReviewed' });
    }
    const limit = new Date(`${review.lastReviewed}T00:00:00Z`);
    limit.setUTCFullYear(limit.getUTCFullYear() + MAX_REVIEW_INTERVAL_YEARS);
    if (review.nextReview > limit.toISOString().slice(0, 10)) {
      context.addIssue({
        code: 'custom',
        path: ['nextReview'],
        message: `must be at most ${MAX_REVIEW_INTERVAL_YEARS} years after lastReviewed`,
      });
    }
    if (review.status === 'clinically reviewed' && !review.reviewer) {
      context.addIssue({
        code: 'custom',
        path: ['reviewer'],
        message: 'a page marked "clinically reviewed" must name its reviewer (name and role)',
      });
    }
    if (review.status === 'awaiting clinical review' && review.reviewer) {
      context.addIssue({
        code: 'custom',
        path: ['reviewer'],
        message: 'a reviewer is only named once the status is "clinically reviewed"',
      });
    }
  });

export const DIAGRAM_NAMES = ['skeleton', 'bone-scan-day'] as const;
export type DiagramName = (typeof DIAGRAM_NAMES)[number];

export const CARE_LEVELS = ['non-urgent', 'urgent', 'emergency'] as const;

const careCardSchema = z.strictObject({
  level: z.enum(CARE_LEVELS),
  heading: shortText(120),
  symptoms: z.array(shortText(160)).min(1).max(5),
  action: shortText(300).optional(),
});

const sourceSchema = z.strictObject({
  title: text,
  publisher: text,
  url: z.url({ protocol: /^https$/, error: 'must be a full https:// address' }).optional(),
});

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
  careCards: z.array(careCardSchema).max(3).default([]),
  sources: z.array(sourceSchema).min(2),
  review: reviewSchema,
  /** A diagram drawn for this site, shown after the section with this id. */
  diagram: z.strictObject({ name: z.enum(DIAGRAM_NAMES), after: slug }).optional(),
});

export const MAX_DEFINITION_WORDS = 30;

export const glossarySchema = z.strictObject({
  term: shortText(60),
  aliases: z.array(shortText(60)).default([]),
  definition: text.refine(
    (value) => value.split(/\s+/).length <= MAX_DEFINITION_WORDS,
    `must be at most ${MAX_DEFINITION_WORDS} words (the longer explanation goes in the body)`,
  ),
  related: z.array(slug).max(6).default([]),
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

const helplineSchema = z.strictObject({
  name: text,
  number: z
    .string()
    .regex(/^\+?[0-9 ]{6,20}$/, 'must be a phone number made of digits and spaces, like "0808 800 6000"'),
  hours: text,
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
  urgentCare: z.strictObject({
    heading: text,
    emergency: text,
    urgent: text,
    nonUrgent: text,
  }),
  disclaimer: text,
});

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
export type CareCard = z.output<typeof careCardSchema>;
export type CareLevel = (typeof CARE_LEVELS)[number];
export type Source = z.output<typeof sourceSchema>;
export type Review = z.output<typeof reviewSchema>;
