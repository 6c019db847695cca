import type { RefObject } from 'react';
import { HeadedSection } from '@/components/ui/HeadedSection';
import type { TopicLink } from '@/lib/graph/types';
import { absoluteUrl } from '@/lib/routes';
import { ShareList } from './ShareList';

interface ReadingListViewProps {
  topics: TopicLink[];
  unknown: string[];
  note: string;
  /** The full, canonical link to this list. */
  link: string;
  baseUrl: string;
  siteName: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChange: () => void;
  onStartAgain: () => void;
}

const quoted = (values: string[]) => values.map((value) => `“${value}”`).join(', ');

function UnknownMessage({ unknown, found }: { unknown: string[]; found: number }) {
  if (unknown.length === 0) return null;
  const count = unknown.length;
  const message =
    found > 0
      ? `We could not find ${count} of the topics in this link: ${quoted(unknown)}. The others are below.`
      : `We could not find ${count === 1 ? 'the topic' : `any of the ${count} topics`} in this link: ${quoted(unknown)}.`;
  return (
    <p className="no-print mt-4 max-w-prose rounded border-l-8 border-brand bg-brand-light p-4 text-ink dark:bg-[#10304d] dark:text-[#e8edee]">
      {message}
    </p>
  );
}

/** Blank lines for the nurse to fill in by hand: on paper only. */
function NurseDetails() {
  return (
    <div className="nurse-details mt-8 hidden break-inside-avoid space-y-6 print:block">
      {["Your nurse's name:", 'Their phone number:'].map((label) => (
        <p key={label} className="flex items-end gap-2">
          <span className="shrink-0 font-bold">{label}</span>
          <span className="block h-6 flex-1 border-b-2 border-ink" />
        </p>
      ))}
    </div>
  );
}

/** /reading-list?t=…: the chosen topics in order, the note, the link, its QR code, ready to print. */
export function ReadingListView({
  topics,
  unknown,
  note,
  link,
  baseUrl,
  siteName,
  headingRef,
  onChange,
  onStartAgain,
}: ReadingListViewProps) {
  return (
    // .reading-list-sheet: print CSS fits the list on one sheet of A4 (app/globals.css).
    <div className="reading-list-sheet">
      <p className="print-address hidden text-sm print:block">
        {siteName}: {baseUrl}
      </p>
      <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-bold focus:outline-none">
        Your reading list
      </h1>
      <UnknownMessage unknown={unknown} found={topics.length} />

      {topics.length === 0 ? (
        <>
          <p className="mt-4 max-w-prose">
            {unknown.length === 0 ? 'This link has no topics in it. ' : ''}You can choose topics for
            a new list, or look through the{' '}
            <a href="/topics" className="underline">
              A to Z of topics
            </a>
            .
          </p>
          <button
            type="button"
            onClick={onStartAgain}
            className="mt-4 min-h-11 rounded border-2 border-brand-dark bg-brand-dark px-5 font-bold text-white hover:underline"
          >
            Choose topics
          </button>
        </>
      ) : (
        <>
          {note && (
            <HeadedSection
              headingId="reading-list-note-heading"
              heading="A note from your care team"
              className="mt-6 max-w-prose break-inside-avoid rounded-lg border-2 border-brand p-4"
            >
              <p className="mt-2 break-words whitespace-pre-line">{note}</p>
            </HeadedSection>
          )}

          <p className="mt-6 max-w-prose">
            {topics.length === 1
              ? 'This explainer takes a few minutes to read.'
              : `Read these ${topics.length} explainers in the order shown. Each one takes a few minutes.`}
          </p>
          <ol aria-label="Topics in this list" className="mt-4 list-decimal space-y-5 pl-8">
            {topics.map((topic) => (
              <li key={topic.slug} className="break-inside-avoid marker:font-bold">
                <a
                  href={topic.url}
                  className="text-lg font-bold text-brand-dark underline dark:text-[#9fc4ee] print:text-ink"
                >
                  {topic.title}
                </a>
                <p>{topic.summary}</p>
                <p className="text-sm break-all text-muted dark:text-[#aebdc7] print:text-ink">
                  <span className="sr-only">Web address: </span>
                  <span>{absoluteUrl(baseUrl, topic.url)}</span>
                </p>
              </li>
            ))}
          </ol>

          <ShareList link={link} />
          <NurseDetails />

          <p className="no-print mt-6">
            <button
              type="button"
              onClick={onChange}
              className="min-h-11 rounded border-2 border-brand px-4 font-bold text-brand-dark hover:underline dark:text-[#9fc4ee]"
            >
              Change this list
            </button>
          </p>
        </>
      )}
    </div>
  );
}
