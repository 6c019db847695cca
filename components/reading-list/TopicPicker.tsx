import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import type { TopicLink } from '@/lib/graph/types';
import { NOTE_MAX_LENGTH, READING_LIST_PATH } from '@/lib/reading-list';
import type { ReadingListPathway } from './ReadingList';

/** What the picker needs once JavaScript runs: the chosen order, the note, and what to do. */
export interface PickerControls {
  picked: string[];
  note: string;
  error: string;
  announcement: string;
  onToggle: (slug: string, checked: boolean) => void;
  onMove: (slug: string, delta: -1 | 1) => void;
  onRemove: (slug: string) => void;
  onNoteChange: (note: string) => void;
  onSubmit: () => void;
}

const BUTTON =
  'min-h-11 rounded border-2 border-brand px-3 text-sm font-bold text-brand-dark hover:underline aria-disabled:cursor-not-allowed aria-disabled:opacity-50 aria-disabled:hover:no-underline dark:text-[#9fc4ee]';

const MOVES = [
  { direction: 'up', delta: -1, label: 'Move up' },
  { direction: 'down', delta: 1, label: 'Move down' },
] as const;

function ChosenOrder({
  picked,
  topics,
  onMove,
  onRemove,
}: Pick<PickerControls, 'picked' | 'onMove' | 'onRemove'> & { topics: Map<string, TopicLink> }) {
  return (
    <section
      aria-labelledby="chosen-heading"
      className="mt-8 rounded-lg border-2 border-brand p-4 text-ink dark:text-[#e8edee]"
    >
      <h2 id="chosen-heading" className="text-xl font-bold">
        Your list, in order
      </h2>
      {picked.length === 0 ? (
        <p className="mt-1">
          You have not chosen any topics yet. They go in the list in the order you tick them.
        </p>
      ) : (
        <>
          <p className="mt-1">
            Topics go in the order you tick them. You can change the order with the buttons.
          </p>
          <ol aria-labelledby="chosen-heading" className="mt-3 space-y-3">
            {picked.map((slug, index) => {
              const title = topics.get(slug)?.title ?? slug;
              const first = index === 0;
              const last = index === picked.length - 1;
              return (
                <li key={slug} className="rounded bg-surface p-3 dark:bg-[#1b2a35]">
                  <p className="font-bold">
                    {index + 1}. {title}
                  </p>
                  <div className="mt-2 flex flex-wrap gap-2">
                    {MOVES.map(({ direction, delta, label }) => {
                      const stuck = delta < 0 ? first : last;
                      return (
                        <button
                          key={direction}
                          type="button"
                          id={`move-${direction}-${slug}`}
                          aria-disabled={stuck}
                          onClick={() => !stuck && onMove(slug, delta)}
                          aria-label={`${label}: ${title}`}
                          className={BUTTON}
                        >
                          {label}
                        </button>
                      );
                    })}
                    <button
                      type="button"
                      id={`remove-${slug}`}
                      onClick={() => onRemove(slug)}
                      aria-label={`Remove: ${title}`}
                      className={BUTTON}
                    >
                      Remove
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

/** "You have 268 characters left", said aloud only once typing pauses, as GOV.UK does. */
function CharacterCount({ length }: { length: number }) {
  const left = NOTE_MAX_LENGTH - length;
  const message = `You have ${left} character${left === 1 ? '' : 's'} left`;
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSpoken(message), 1000);
    return () => window.clearTimeout(timer);
  }, [message]);
  return (
    <>
      <p id="reading-list-note-count" className="mt-1 text-sm">
        {message}
      </p>
      <p role="status" className="sr-only">
        {spoken}
      </p>
    </>
  );
}

/** One topic to tick, with its place in the list once ticked (JavaScript running). */
function TopicCheckbox({ topic, controls }: { topic: TopicLink; controls?: PickerControls }) {
  const position = controls ? controls.picked.indexOf(topic.slug) : -1;
  return (
    <li>
      <label className="flex min-h-11 cursor-pointer items-start gap-3 rounded p-2 hover:bg-brand-light dark:hover:bg-[#10304d]">
        <input
          type="checkbox"
          id={`pick-${topic.slug}`}
          name="t"
          value={topic.slug}
          aria-labelledby={`pick-${topic.slug}-title`}
          aria-describedby={`pick-${topic.slug}-summary`}
          className="mt-1 size-6 shrink-0 accent-brand-dark"
          {...(controls && {
            checked: position >= 0,
            onChange: (event: ChangeEvent<HTMLInputElement>) =>
              controls.onToggle(topic.slug, event.currentTarget.checked),
          })}
        />
        {/* min-w-0: at 200 % text a long word may wrap here instead of widening the row. */}
        <span className="min-w-0">
          <span id={`pick-${topic.slug}-title`} className="font-bold">
            {topic.title}
          </span>
          {position >= 0 && (
            <span
              aria-hidden="true"
              className="ml-2 inline-block rounded bg-brand-dark px-2 text-sm font-bold text-white"
            >
              {position + 1}
            </span>
          )}
          <span id={`pick-${topic.slug}-summary`} className="block">
            {topic.summary}
          </span>
        </span>
      </label>
    </li>
  );
}

/** The optional note; with JavaScript running it is controlled and counts what is left. */
function NoteField({ controls }: { controls?: PickerControls }) {
  return (
    <div className="mt-8">
      <label htmlFor="reading-list-note" className="block text-xl font-bold">
        A short note for the reader (optional)
      </label>
      <p id="reading-list-note-hint" className="mt-1 max-w-prose">
        For example, “Please read these before your appointment.” The note goes in the link, so do
        not write names or other personal details. At most {NOTE_MAX_LENGTH} characters.
      </p>
      <textarea
        id="reading-list-note"
        name="note"
        rows={3}
        maxLength={NOTE_MAX_LENGTH}
        aria-describedby={`reading-list-note-hint${controls ? ' reading-list-note-count' : ''}`}
        className="mt-2 block w-full max-w-prose rounded border-2 border-ink bg-white p-2 text-ink"
        {...(controls && {
          value: controls.note,
          onChange: (event: ChangeEvent<HTMLTextAreaElement>) =>
            controls.onNoteChange(event.currentTarget.value),
        })}
      />
      {controls && <CharacterCount length={controls.note.length} />}
    </div>
  );
}

/**
 * The picker: a plain GET form to /reading-list with a checkbox named `t` per topic, so it works
 * without JavaScript (`?t=a&t=b`). With `controls` (JavaScript running) the ticks are kept in the
 * order they were made, and submitting builds the comma-separated link instead.
 */
export function TopicPicker({
  pathways,
  controls,
}: {
  pathways: ReadingListPathway[];
  controls?: PickerControls;
}) {
  const topics = new Map(pathways.flatMap((pathway) => pathway.topics.map((t) => [t.slug, t])));

  function submit(event: FormEvent<HTMLFormElement>) {
    if (!controls) return;
    event.preventDefault();
    controls.onSubmit();
  }

  return (
    <form action={READING_LIST_PATH} method="get" onSubmit={submit} className="mt-6">
      {pathways.map((pathway) => (
        <fieldset
          key={pathway.slug}
          aria-describedby={`pick-pathway-${pathway.slug}`}
          className="mt-6 rounded-lg border-2 border-brand/30 p-4"
        >
          <legend className="px-1 text-xl font-bold">{pathway.title}</legend>
          <p id={`pick-pathway-${pathway.slug}`} className="text-muted dark:text-[#aebdc7]">
            {pathway.description}
          </p>
          <ul className="mt-2 space-y-1">
            {pathway.topics.map((topic) => (
              <TopicCheckbox key={topic.slug} topic={topic} controls={controls} />
            ))}
          </ul>
        </fieldset>
      ))}

      {controls && (
        <ChosenOrder
          picked={controls.picked}
          topics={topics}
          onMove={controls.onMove}
          onRemove={controls.onRemove}
        />
      )}

      <NoteField controls={controls} />

      {controls?.error && (
        <p role="alert" className="mt-6 font-bold text-urgent">
          {controls.error}
        </p>
      )}
      <button
        type="submit"
        className="mt-6 min-h-11 rounded border-2 border-brand-dark bg-brand-dark px-5 text-lg font-bold text-white hover:underline"
      >
        Make the link
      </button>
      {controls && (
        <p role="status" className="sr-only">
          {controls.announcement}
        </p>
      )}
    </form>
  );
}
