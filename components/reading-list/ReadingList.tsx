'use client';

import { LinkList, topicItems } from '@/components/ui/LinkList';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { PathwayNode, TopicLink } from '@/lib/graph/types';
import {
  OPENING_LIST_CLASS,
  READING_LIST_PATH,
  parseReadingList,
  readingListUrl,
} from '@/lib/reading-list';
import { ReadingListView } from './ReadingListView';
import { TopicPicker, type PickerControls } from './TopicPicker';

export type ReadingListPathway = Pick<PathwayNode, 'slug' | 'title' | 'description'> & {
  topics: TopicLink[];
};

interface ReadingListProps {
  pathways: ReadingListPathway[];
  /** The site's published address, without a trailing slash: links and QR codes use it. */
  baseUrl: string;
  siteName: string;
}

const NAVIGATE_EVENT = 'reading-list:navigate';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** Moves between the picker and a list without a page load, so Back returns to the picker. */
function navigate(url: string) {
  window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/**
 * Every topic as a plain link, at the end of the picker page: to open one before adding it, and for a
 * reader sent a list whose browser has JavaScript switched off (the list is read from the link).
 */
function AllTopics({ pathways }: { pathways: ReadingListPathway[] }) {
  return (
    <section aria-labelledby="all-topics-heading" className="mt-12">
      <h2 id="all-topics-heading" className="text-2xl font-bold">
        All topics
      </h2>
      <p className="mt-2 max-w-prose">
        Open any topic to read it first. Sent a reading list that does not show? Your browser may
        have JavaScript switched off: every topic is listed here.
      </p>
      <div className="mt-2 grid gap-8 md:grid-cols-3">
        {pathways.map((pathway) => (
          <section key={pathway.slug} aria-labelledby={`all-topics-${pathway.slug}`}>
            <h3 id={`all-topics-${pathway.slug}`} className="mt-4 text-xl font-bold">
              {pathway.title}
            </h3>
            <LinkList items={topicItems(pathway.topics)} />
          </section>
        ))}
      </div>
    </section>
  );
}

/**
 * Without JavaScript a reading list link (`?t=…`) shows this page, the picker: the list is read from
 * the link by the scripts. So the first thing under the heading says so, and what to do instead.
 */
export function NoScriptMessage() {
  return (
    <noscript>
      <div className="mt-4 max-w-prose rounded-lg border-l-8 border-brand bg-brand-light p-4 text-ink dark:bg-[#10304d] dark:text-[#e8edee]">
        <p className="font-bold">Sent a link to a reading list?</p>
        <p className="mt-1">
          Reading lists need JavaScript, which is switched off in this browser, so the list cannot
          show here. You can open each topic from the{' '}
          <a href="#all-topics-heading" className="underline">
            list of all topics
          </a>{' '}
          at the end of this page or the{' '}
          <a href="/topics" className="underline">
            A to Z of topics
          </a>
          , or open the link in a browser with JavaScript switched on.
        </p>
        <p className="mt-2">
          Making a list still works: tick the topics and choose “Make the link”. The address in your
          browser’s address bar is then the link to send.
        </p>
      </div>
    </noscript>
  );
}

/**
 * The picker's state once JavaScript runs: the ticks in the order made, the note, what went wrong and
 * what to tell a screen reader, with keyboard focus kept on the item that moved or near the one removed.
 */
function usePicker(titleOf: (slug: string) => string, go: (url: string) => void) {
  const [picked, setPicked] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef<string | null>(null);

  // Keep keyboard focus with the item that moved, or near the one removed.
  useEffect(() => {
    const id = pendingFocus.current;
    pendingFocus.current = null;
    if (id) document.getElementById(id)?.focus();
  }, [picked]);

  // Ticks made before the scripts arrived (they start after the first paint) are kept, in page order.
  function keepEarlyTicks() {
    const early = [...document.querySelectorAll<HTMLInputElement>('input[name="t"]:checked')].map(
      (box) => box.value,
    );
    if (early.length > 0) setPicked(early);
  }

  useEffect(() => {
    document.documentElement.classList.remove(OPENING_LIST_CLASS);
    const frame = window.requestAnimationFrame(keepEarlyTicks);
    return () => window.cancelAnimationFrame(frame);
  }, []);

  const controls: PickerControls = {
    picked,
    note,
    error,
    announcement,
    onToggle(slug, checked) {
      const next = checked
        ? [...picked.filter((s) => s !== slug), slug]
        : picked.filter((s) => s !== slug);
      setPicked(next);
      setError('');
      setAnnouncement(
        checked
          ? `${titleOf(slug)} added as number ${next.length} in your list.`
          : `${titleOf(slug)} taken out of your list.`,
      );
    },
    onMove(slug, delta) {
      const from = picked.indexOf(slug);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= picked.length) return;
      const next = picked.filter((s) => s !== slug);
      next.splice(to, 0, slug);
      pendingFocus.current = `move-${delta < 0 ? 'up' : 'down'}-${slug}`;
      setPicked(next);
      setAnnouncement(`${titleOf(slug)} is now number ${to + 1} of ${next.length}.`);
    },
    onRemove(slug) {
      const index = picked.indexOf(slug);
      const next = picked.filter((s) => s !== slug);
      const neighbour = next[index] ?? next[index - 1];
      pendingFocus.current = neighbour ? `remove-${neighbour}` : `pick-${slug}`;
      setPicked(next);
      setAnnouncement(
        `${titleOf(slug)} removed. ${next.length} topic${next.length === 1 ? '' : 's'} left.`,
      );
    },
    onNoteChange: setNote,
    onSubmit() {
      if (picked.length === 0) {
        setError('Choose at least one topic for the list.');
        return;
      }
      go(readingListUrl('', picked, note));
    },
  };

  /** Back to the picker from a list: to change it (its topics and note ticked) or to start again. */
  function reopen(slugs: string[], listNote?: string) {
    setPicked(slugs);
    if (listNote !== undefined) {
      setNote(listNote);
      setAnnouncement('');
    }
    setError('');
  }
  return { controls, reopen };
}

/**
 * /reading-list: the picker without a `t` parameter, the list itself with one. The page is static,
 * so the query string is read in the browser; nothing is stored anywhere but in the link.
 */
export function ReadingList({ pathways, baseUrl, siteName }: ReadingListProps) {
  // The static page is the picker (no query): it paints at once, and a list link switches to the
  // list as soon as the scripts run (app/reading-list/page.tsx hides the picker until then).
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const topics = new Map(pathways.flatMap((pathway) => pathway.topics.map((t) => [t.slug, t])));
  const titleOf = (slug: string) => topics.get(slug)?.title ?? slug;
  const site = baseUrl.replace(/\/+$/, '');

  function go(url: string) {
    moved.current = true;
    navigate(url);
  }
  const { controls, reopen } = usePicker(titleOf, go);

  // After moving between the picker and a list, start at the top with the new heading focused.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    window.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, [search]);

  const params = new URLSearchParams(search);
  if (params.has('t')) {
    const list = parseReadingList(params, [...topics.keys()]);
    const chosen = list.slugs.flatMap((slug) => topics.get(slug) ?? []);
    return (
      <ReadingListView
        topics={chosen}
        unknown={list.unknown}
        note={list.note}
        link={readingListUrl(site, list.slugs, list.note)}
        baseUrl={site}
        siteName={siteName}
        headingRef={headingRef}
        onChange={() => {
          reopen(list.slugs, list.note);
          go(READING_LIST_PATH);
        }}
        onStartAgain={() => {
          reopen([]);
          go(READING_LIST_PATH);
        }}
      />
    );
  }

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-bold focus:outline-none">
        Make a reading list
      </h1>
      <NoScriptMessage />
      <p className="mt-3 max-w-prose">
        Choose the explainers you want someone to read. You get a link to send, a QR code and a
        sheet to print.
      </p>
      <p className="mt-2 max-w-prose">
        Nothing is saved, on this device or anywhere else: the list lives only in its link.
      </p>
      <TopicPicker pathways={pathways} controls={controls} />
      <AllTopics pathways={pathways} />
    </>
  );
}
