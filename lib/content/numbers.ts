/**
 * What counts as "a number" for the sourcing rule (README › Footnotes): a rate, a dose, an interval, a
 * duration or a count. A sentence that states one must cite a source.
 *
 * Counted: every numeral in digits ("1 in 100", "3 to 5", "24 hours", "4 mg", "30%"); and number words
 * where they state an amount: "two in three", "one out of five", "six weeks", "twice a day", "half of",
 * "about a third", "a quarter of people". A number word that only names how many kinds there are ("the
 * two main tests") or a place ("the top half of the bone") is not counted.
 * Not counted: digits glued to letters (HER2, NG234, technetium-99m, 9am), spine levels (L4, T12/L1),
 * phone numbers (999, NHS 111, 0808 800 6000), "24-hour" naming a line or service, years and dates,
 * "stage 4" and the like, and footnote markers themselves.
 */
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';

const NOT_COUNTED: RegExp[] = [
  /\[\^[^\]\s]+\]/g, // footnote markers
  /\b0\d{2,4}(?:[ -]?\d{3,6}){1,3}\b/g, // UK phone numbers
  /\b(?:NHS|call|ring|dial|phone|or)\s+(?:999|111)\b/gi, // emergency and NHS numbers: "call 999", "NHS 111"
  /\b(?:999|111)(?=\s+(?:or|now|straight|at once|and ask|online))/gi,
  /\b24[- ]hour(?=\s+(?:acute|oncology|line|number|phone|helpline|service|telephone|advice|team|support|nurse))/gi,
  /\b[CTLSD]\d{1,2}(?:\s*[-–/]\s*[CTLSD]?\d{1,2})?(?![\p{L}\p{N}])/gu, // spine levels and ranges
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b`, 'g'), // dates
  /\b(?:19|20)\d{2}\b(?!\s*(?:mg|ml|units|people|women|men|patients|%))/g, // years
  /\b(?:stage|grade|type|phase|level|step|part|section|chapter|page|version)\s+(?:\d+|[IV]+)\b/gi,
  /\bCA\s?\d{2}[-.]\d{1,2}\b/g, // tumour markers: CA 15-3, CA 27.29
  /\b(?:top|bottom|upper|lower|other|left|right|front|back|inner|outer)\s+half\b/gi, // a place, not an amount
  /\breceptor 2\b/gi, // HER2's full name
  /\p{L}-\d+\b/gu, // names with a number: Ki-67, CA-125
  // Digits touching letters: HER2, 99m, 9am, CDK4/6 — but not a unit ("4mg", "120mg", "2x", "your 50s").
  /[\p{L}]\d+(?:\.\d+)?(?:\/\d+)?|\d+(?!(?:mg|mcg|ml|g|kg|mmol|x|s)\b)[\p{L}]+/gu,
];

const NUMBER_WORDS_BUT_ONE =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand';
const WORD_BUT_ONE = `(?:${NUMBER_WORDS_BUT_ONE})`;
const WORD = `(?:one|${NUMBER_WORDS_BUT_ONE})`;
const UNIT =
  '(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|times|doses?|tablets?|injections?|sessions?|treatments?|people|women|men|patients|per ?cent)';
const AMOUNT_WORDS = [
  new RegExp(`\\b${WORD}\\s+(?:in|out of)\\s+(?:\\d+|${WORD}|a\\s+${WORD})\\b`, 'gi'), // two in three
  // "six weeks", "two or three months" (not "one day you may…")
  new RegExp(`\\b${WORD_BUT_ONE}(?:\\s+(?:or|to)\\s+${WORD})?\\s+(?:more\\s+|extra\\s+|further\\s+)?${UNIT}\\b`, 'gi'),
  /\b(?:half the|a dozen|dozens of)\b/gi,
  /\b(?:half|a third|two thirds|a quarter|three quarters)\s+(?:of|an?)\b/gi, // half of, half an hour
  /\b(?:about|around|nearly|almost|over|under|more than|less than|fewer than|up to|roughly)\s+(?:a\s+)?(?:half|third|quarter)\b/gi,
  /\b(?:twice|once|three times|four times)\s+(?:a|an|every|each)\s+(?:day|week|fortnight|month|year|night)\b/gi, // twice a day
  /\btwice\s+as\b/gi, // twice as likely
];

const DIGITS = /\d+(?:[.,]\d+)*/g;

/** The numbers a sentence states that need a source, as written ("3 to 5", "half of"). */
export function statedNumbers(sentence: string): string[] {
  let text = sentence;
  for (const pattern of NOT_COUNTED) text = text.replace(pattern, ' ');
  return [...(text.match(DIGITS) ?? []), ...AMOUNT_WORDS.flatMap((pattern) => text.match(pattern) ?? [])];
}
