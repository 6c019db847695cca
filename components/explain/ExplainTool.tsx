'use client';

import {
  type RefObject,
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

/** Shown from the first paint until the word list has arrived. */
export const WORD_LIST_LOADING = 'Getting the word list ready… your explanation will appear here.';

/** Written for this site: no real person's report. Shows the kinds of words the tool explains. */
export const EXAMPLE_REPORT =
  'Whole body bone scan (Tc-99m MDP). There is increased tracer uptake in the L3 vertebral body and in the right 6th rib. ' +
  'CT shows a lytic lesion at L3 and a small sclerotic area in the left pelvis. ' +
  'Degenerative changes are seen in both knees. No evidence of a pathological fracture or cord compression. ' +
  'The rib finding is equivocal. Appearances are in keeping with bone mets.';

/** The word list, fetched as soon as the page is interactive, and a way to try again. */
function useExplainer() {
  const [loadState, setLoadState] = useState<LoadState>('loading');
  const [explainer, setExplainer] = useState<Explainer | null>(null);

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
  return { loadState, explainer, retry };
}

/** What was found, said once typing or pasting settles, so a screen reader is not interrupted at every key. */
function useSettledSummary(result: ExplainResult | null): string {
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnouncement(result ? summary(result) : ''), 500);
    return () => window.clearTimeout(timer);
  }, [result]);
  return announcement;
}

/**
 * The reader's text box, with its label and hint. Uncontrolled: it works in the static HTML before
 * the scripts arrive, and React never writes over what the reader typed.
 */
function ReportTextBox({
  id,
  textBox,
  onChange,
}: {
  id: string;
  textBox: RefObject<HTMLTextAreaElement | null>;
  onChange: (value: string) => void;
}) {
  const textId = `${id}-text`;
  const hintId = `${id}-hint`;
  return (
    <>
      <label htmlFor={textId} className="block text-lg font-bold">
        Words from your letter or report
      </label>
      <p id={hintId} className="mt-1 text-muted dark:text-[#aebdc7]">
        Paste or type a sentence or a paragraph. You do not need to include your name or any details
        about you.
      </p>
      <noscript>
        <p className="mt-2 rounded border-l-4 border-brand bg-surface p-3">
          This tool needs JavaScript, which is switched off in your browser, so the words in this
          box cannot be explained here. You can still look up each word in the{' '}
          <a href="/glossary">glossary A to Z</a>.
        </p>
      </noscript>
      <textarea
        ref={textBox}
        id={textId}
        aria-describedby={hintId}
        // Usable before the scripts arrive (never disabled): what is typed is read when they do.
        onChange={(event) => onChange(event.target.value)}
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
        className="mt-2 block w-full rounded border-2 border-ink bg-white p-3 text-base text-ink dark:bg-[#10202b] dark:text-[#e8edee]"
      />
    </>
  );
}

/** The explained text and the list of explanations, once there is something to explain. */
function ExplainOutcome({ result }: { result: ExplainResult }) {
  return (
    <>
      {result.truncated && (
        <p className="mt-2">
          That is a lot of text: we explained the first 50,000 characters. Paste the rest separately
          to see it explained.
        </p>
      )}
      <ExplainedText segments={result.segments} />
      <ExplanationList
        explanations={result.explanations}
        unknownWords={result.unknownWords}
        explainsANegatedWord={result.explainsANegatedWord}
      />
    </>
  );
}

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
  const { loadState, explainer, retry } = useExplainer();
  // Typing stays responsive with a long paste: React explains the latest text when it has time.
  const deferredText = useDeferredValue(text);
  const textBox = useRef<HTMLTextAreaElement>(null);

  /** Text put in by the page goes into the (uncontrolled) box and the state together. */
  function replaceText(value: string) {
    if (textBox.current) textBox.current.value = value;
    setText(value);
  }

  useEffect(() => {
    // Words typed or pasted before the scripts arrived are kept and explained (the box was usable).
    const early = textBox.current?.value ?? '';
    if (early !== '') setText(early);
    // A search result for a report word links here with the word in the fragment (/explain#word=…).
    // It fills the box only if the reader has not started typing: their own words come first.
    function fillFromAddress() {
      const word = wordFromFragment(window.location.hash);
      if (word) replaceText(word);
    }
    if (early === '') fillFromAddress();
    window.addEventListener('hashchange', fillFromAddress);
    return () => window.removeEventListener('hashchange', fillFromAddress);
  }, []);

  const result = useMemo<ExplainResult | null>(
    () => (explainer && deferredText.trim() ? explainer.explain(deferredText) : null),
    [explainer, deferredText],
  );
  const announcement = useSettledSummary(result);

  // From the first paint (in the static HTML too) until the word list is here, the reader is told
  // that their explanation is coming; then the same line says what was found.
  const status =
    loadState === 'loading' ? WORD_LIST_LOADING : loadState === 'ready' ? announcement : '';
  return (
    // The service worker keeps this file with the page, so it works offline after one visit.
    <div className="mt-6" data-keep-offline={EXPLAIN_LEXICON_URL}>
      <ReportTextBox id={id} textBox={textBox} onChange={setText} />
      {/*
       * These buttons only work with the scripts: hidden in the static HTML and shown once they run.
       * The row keeps its height meanwhile, so nothing below moves when they appear; without
       * JavaScript it folds away (app/globals.css, .needs-scripts).
       */}
      <div className="needs-scripts no-print mt-3 flex min-h-11 flex-wrap gap-3">
        <button
          type="button"
          className="button-secondary"
          hidden={!hydrated}
          onClick={() => replaceText(EXAMPLE_REPORT)}
        >
          Try an example
        </button>
        <button
          type="button"
          className="button-secondary"
          hidden={!hydrated}
          disabled={text === ''}
          onClick={() => {
            replaceText('');
            // The button switches itself off when the box is empty: keep focus where typing starts.
            textBox.current?.focus();
          }}
        >
          Clear
        </button>
      </div>

      {loadState === 'failed' && (
        <p role="alert" className="mt-4">
          We could not load the word list. Check your connection, then{' '}
          <button type="button" className="font-bold underline" onClick={retry}>
            try again
          </button>
          .
        </p>
      )}
      <p role="status" className="needs-scripts mt-4 min-h-6">
        {status}
      </p>

      {result && <ExplainOutcome result={result} />}
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
