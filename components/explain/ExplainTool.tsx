'use client';

import {
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { Explainer } from '@/lib/explain/match';
import { EXPLAIN_LEXICON_URL, loadExplainer } from '@/lib/explain/client';
import type { ExplainResult } from '@/lib/explain/types';
import { ExplainedText } from './ExplainedText';
import { ExplanationList } from './ExplanationList';

type LoadState = 'loading' | 'ready' | 'failed';

const noSubscription = () => () => {};

/** Written for this site: no real person's report. Shows the kinds of words the tool explains. */
export const EXAMPLE_REPORT =
  'Whole body bone scan (Tc-99m MDP). There is increased tracer uptake in the L3 vertebral body and in the right 6th rib. ' +
  'CT shows a lytic lesion at L3 and a small sclerotic area in the left pelvis. ' +
  'Degenerative changes are seen in both knees. No evidence of a pathological fracture or cord compression. ' +
  'The rib finding is equivocal. Appearances are in keeping with bone mets.';

/**
 * "What does my letter mean?": the reader's text is explained on this device. The words are never
 * sent, stored or put in the address bar: there is no form to submit, only a text box that is read
 * as the reader types. (A search result may link here with one of our own report words in the
 * fragment, which the browser keeps to itself.)
 */
export function ExplainTool() {
  const id = useId();
  const [text, setText] = useState('');
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [loadState, setLoadState] = useState<LoadState>('loading');
  const [explainer, setExplainer] = useState<Explainer | null>(null);
  // Typing stays responsive with a long paste: React explains the latest text when it has time.
  const deferredText = useDeferredValue(text);

  function fetchExplainer() {
    // The matcher is part of this page (not loaded later), so an offline copy of the page has it.
    loadExplainer()
      .then((loaded) => {
        setExplainer(loaded);
        setLoadState('ready');
      })
      .catch(() => setLoadState('failed'));
  }

  function retry() {
    setLoadState('loading');
    fetchExplainer();
  }

  // The word list is what this page is for: fetch it as soon as the page is interactive.
  useEffect(fetchExplainer, []);

  // A search result for a report word links here with the word in the fragment (/explain#word=…).
  useEffect(() => {
    function fillFromAddress() {
      const word = wordFromFragment(window.location.hash);
      if (word) setText(word);
    }
    fillFromAddress();
    window.addEventListener('hashchange', fillFromAddress);
    return () => window.removeEventListener('hashchange', fillFromAddress);
  }, []);

  const result = useMemo<ExplainResult | null>(
    () => (explainer && deferredText.trim() ? explainer.explain(deferredText) : null),
    [explainer, deferredText],
  );

  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    // Said once typing or pasting settles, so a screen reader is not interrupted at every key.
    const timer = window.setTimeout(() => setAnnouncement(result ? summary(result) : ''), 500);
    return () => window.clearTimeout(timer);
  }, [result]);

  const textBox = useRef<HTMLTextAreaElement>(null);
  const textId = `${id}-text`;
  const hintId = `${id}-hint`;
  return (
    // The service worker keeps this file with the page, so it works offline after one visit.
    <div className="mt-6" data-keep-offline={EXPLAIN_LEXICON_URL}>
      <label htmlFor={textId} className="block text-lg font-bold">
        Words from your letter or report
      </label>
      <p id={hintId} className="mt-1 text-muted dark:text-[#aebdc7]">
        Paste or type a sentence or a paragraph. You do not need to include your name or any details
        about you.
      </p>
      <textarea
        ref={textBox}
        id={textId}
        aria-describedby={hintId}
        value={text}
        onChange={(event) => setText(event.target.value)}
        disabled={!hydrated}
        rows={7}
        // Nothing the reader types goes to a spelling, autofill, translation or writing-aid service.
        spellCheck={false}
        translate="no"
        data-gramm="false"
        data-gramm_editor="false"
        data-enable-grammarly="false"
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        className="mt-2 block w-full rounded border-2 border-ink bg-white p-3 text-base text-ink disabled:bg-surface dark:bg-[#10202b] dark:text-[#e8edee]"
      />
      <noscript>
        <p className="mt-2 rounded border-l-4 border-brand bg-surface p-3">
          This tool needs JavaScript, which is switched off in your browser. You can still look up
          each word in the <a href="/glossary">glossary A to Z</a>.
        </p>
      </noscript>
      <div className="no-print mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          className="button-secondary"
          disabled={!hydrated}
          onClick={() => setText(EXAMPLE_REPORT)}
        >
          Try an example
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={!hydrated || text === ''}
          onClick={() => {
            setText('');
            // The button switches itself off when the box is empty: keep focus where typing starts.
            textBox.current?.focus();
          }}
        >
          Clear
        </button>
      </div>

      {loadState === 'loading' && text.trim() !== '' && (
        <p className="mt-4">Loading the list of words we explain…</p>
      )}
      {loadState === 'failed' && (
        <p role="alert" className="mt-4">
          We could not load the word list. Check your connection, then{' '}
          <button type="button" className="font-bold underline" onClick={retry}>
            try again
          </button>
          .
        </p>
      )}
      <p role="status" className="mt-4 min-h-6">
        {announcement}
      </p>

      {result && (
        <>
          {result.truncated && (
            <p className="mt-2">
              That is a lot of text: we explained the first 50,000 characters. Paste the rest
              separately to see it explained.
            </p>
          )}
          <ExplainedText segments={result.segments} />
          <ExplanationList
            explanations={result.explanations}
            unknownWords={result.unknownWords}
            explainsANegatedWord={result.explainsANegatedWord}
          />
        </>
      )}
    </div>
  );
}

/** The word in "#word=…", or '' when there is none or it cannot be read. Never longer than a phrase. */
export function wordFromFragment(hash: string): string {
  const match = /^#word=([^&]*)/.exec(hash);
  if (!match?.[1]) return '';
  try {
    return decodeURIComponent(match[1]).slice(0, 200);
  } catch {
    return '';
  }
}

function summary({ explanations, unknownWords }: ExplainResult): string {
  const explained =
    explanations.length === 0
      ? 'We found no words we explain yet.'
      : `We explain ${explanations.length} word${explanations.length === 1 ? '' : 's'} or phrase${explanations.length === 1 ? '' : 's'} below.`;
  const unknown =
    unknownWords.length === 0
      ? ''
      : ` ${unknownWords.length} word${unknownWords.length === 1 ? '' : 's'} we do not explain yet.`;
  return explained + unknown;
}
