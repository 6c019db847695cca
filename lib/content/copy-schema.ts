import { z } from 'zod';
import { SPINE_REGIONS } from '@/lib/explain/spine';
import { SLUG_PATTERN } from '@/lib/routes';

/**
 * Words that used to live in code: the home page (content/home.yaml), the words of the drawn diagrams
 * (content/diagrams.yaml) and how /explain names the parts of the spine (content/spine.yaml). The
 * drawings' shapes and the spine's anatomy stay in code; every word a reader sees is here.
 * Links and glossary terms named here are checked against the site in lib/graph/copy.ts.
 */

const text = z.string().trim().min(1, 'must not be empty');
const shortText = (max: number) => text.max(max, `must be at most ${max} characters`);
const slug = z.string().regex(SLUG_PATTERN, 'must be kebab-case, like "hot-and-cold-spots"');

/**
 * A sentence that may carry links, written as in Markdown: `[words](/address)`, or
 * `**[words](/address)**` for a link in bold. Every address is checked like a link in an article.
 */
const linkedText = shortText(300);

export const homeFileSchema = z.strictObject({
  /** The page's h1. */
  heading: shortText(80),
  /** Follows the tagline from content/site.yaml: "<tagline>. <intro>" */
  intro: shortText(200),
  /** The heading of the box that says what to do about a new symptom (its words: content/urgency.yaml). */
  urgentHeading: shortText(80),
  /** The box that sends readers to /explain. */
  explain: z.strictObject({ heading: shortText(100), text: linkedText }),
  /** Paragraphs after the pathways and the /explain box. */
  more: z.array(linkedText).min(1),
});

export type HomeFile = z.output<typeof homeFileSchema>;

/** One line of words drawn in a picture: short, so it fits the drawing on a 360 px phone. */
const pictureLine = (max: number) =>
  text.max(max, `must be at most ${max} characters, so the line fits the drawing on a phone`);

const captionSchema = z.strictObject({
  /** Shown in bold first. */
  lead: shortText(100),
  text: shortText(200),
});

/** Words every diagram has: its accessible name and description, and its visible caption. */
const diagramWords = {
  title: shortText(100),
  /** One or more full sentences saying what the picture shows, for screen readers. */
  description: shortText(600),
  caption: captionSchema,
};

const boneSchema = z.strictObject({
  /** The label on the picture and the name in the text version. */
  name: pictureLine(16),
  /** The label's lines, when it is too long for one. */
  lines: z.array(pictureLine(12)).min(2).max(3).optional(),
  /** What the text version says after the name, from its first space or colon (so not trimmed). */
  detail: z
    .string()
    .max(200, 'must be at most 200 characters')
    .regex(/^[ :,]\s*\S/, 'must start with a space, a colon or a comma (it follows the name), then words'),
});

const stepSchema = z.strictObject({
  title: pictureLine(24),
  /** The words under the title, one line each, as the picture shows them. */
  lines: z.array(pictureLine(26)).min(1).max(4),
});

export const SHADED_BONES = ['skull', 'spine', 'ribs', 'pelvis', 'upperArm', 'thigh'] as const;
export type ShadedBone = (typeof SHADED_BONES)[number];
export const SCAN_DAY_STEPS = ['injection', 'wait', 'scan', 'results'] as const;
export type ScanDayStep = (typeof SCAN_DAY_STEPS)[number];

const oneEach = <Keys extends readonly string[], Value extends z.ZodType>(keys: Keys, value: Value) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, value])) as Record<Keys[number], Value>);

export const diagramsFileSchema = z.strictObject({
  skeleton: z.strictObject({
    ...diagramWords,
    /** The bones the picture shades and labels, from the top down. */
    bones: oneEach(SHADED_BONES, boneSchema),
    /** The text version: the line before the list of bones, and the paragraph after it. */
    textVersion: z.strictObject({ before: shortText(200), after: shortText(300) }),
    /** The key under the picture: a bold label and its words, each line drawn on its own. */
    key: z.strictObject({
      shaded: z.strictObject({ label: pictureLine(12), lines: z.array(pictureLine(24)).min(1).max(2) }),
      outline: z.strictObject({ label: pictureLine(12), lines: z.array(pictureLine(24)).min(1).max(2) }),
    }),
  }),
  'bone-scan-day': z.strictObject({
    ...diagramWords,
    /** The steps from top to bottom. */
    steps: oneEach(SCAN_DAY_STEPS, stepSchema),
  }),
});

export type DiagramsFile = z.output<typeof diagramsFileSchema>;
/** What every diagram has: its name, its description and its caption. */
export type DiagramWords = Pick<DiagramsFile['skeleton'], 'title' | 'description' | 'caption'>;
export type SkeletonWords = DiagramsFile['skeleton'];
export type ScanDayWords = DiagramsFile['bone-scan-day'];


const spineRegionSchema = z.strictObject({
  /** Where the bones are, in plain words, then the medical name: completes "The 3rd bone of your …". */
  where: shortText(100),
  /** The glossary term that explains the region: a slug from content/glossary. */
  glossary: slug,
  /** The words of the link to that term, completing "More about …". */
  linkText: shortText(60),
});

/** [what is typed, the page it should find]: the page is checked like a link in an article. */
const searchSchema = z.tuple([shortText(120), z.string().startsWith('/', 'must be a site address, like /topics/bone-scan')]);

/** content/searches.yaml: what people type, and the page each should find (kept by the tests). */
export const searchesFileSchema = z.strictObject({
  words: z.array(searchSchema).min(1),
  questions: z.array(searchSchema).min(1),
});

export type SearchesFile = z.output<typeof searchesFileSchema>;

export const spineFileSchema = oneEach(SPINE_REGIONS, spineRegionSchema);

export type SpineFile = z.output<typeof spineFileSchema>;
