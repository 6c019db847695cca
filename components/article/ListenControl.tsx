'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Reading } from '@/lib/listen/reader';

/** The article element Listen reads from. */
export const ARTICLE_ID = 'article';

type Playback = 'stopped' | 'playing' | 'paused';

const noSubscription = () => () => {};
const hasSpeech = () =>
  typeof window.speechSynthesis === 'object' &&
  typeof window.SpeechSynthesisUtterance === 'function';

interface ListenControlProps {
  rootId: string;
  title: string;
  summary: string;
}

/**
 * "Listen": reads the article aloud with the browser's own speech synthesis, and shows which section
 * it is reading. Where the browser cannot speak, the control is not shown at all.
 */
export function ListenControl({ rootId, title, summary }: ListenControlProps) {
  // In the static page the control is drawn (most browsers can speak), so nothing below it moves
  // when the scripts arrive; CSS hides it when scripts are off, and it goes if the browser is silent.
  const supported = useSyncExternalStore(noSubscription, hasSpeech, () => true);
  const [playback, setPlayback] = useState<Playback>('stopped');
  const [label, setLabel] = useState('');
  const [unavailable, setUnavailable] = useState(false);
  const reading = useRef<Reading | undefined>(undefined);
  const mainButton = useRef<HTMLButtonElement>(null);

  async function play() {
    const root = document.getElementById(rootId);
    if (!root) return;
    const { collectParts, readAloud } = await import('@/lib/listen/reader');
    reading.current?.stop();
    setPlayback('playing');
    reading.current = await readAloud(collectParts(root, title, summary), {
      onPart: setLabel,
      onEnd: () => {
        setPlayback('stopped');
        setLabel('');
      },
      onUnavailable: () => {
        setPlayback('stopped');
        setUnavailable(true);
      },
    });
  }

  function toggle() {
    if (playback === 'stopped') {
      void play();
    } else if (playback === 'playing') {
      reading.current?.pause();
      setPlayback('paused');
    } else {
      setPlayback('playing');
      reading.current?.resume();
    }
  }

  function stop() {
    reading.current?.stop();
    // Stop goes away once stopped: keep keyboard focus on the control.
    mainButton.current?.focus();
  }

  // Leaving the page stops the voice, even where the browser would keep talking.
  useEffect(() => {
    const silence = () => reading.current?.stop();
    window.addEventListener('pagehide', silence);
    return () => {
      window.removeEventListener('pagehide', silence);
      silence();
    };
  }, []);

  if (!supported) return null;
  return (
    <div
      role="group"
      aria-label="Listen to this page"
      className="listen-control no-print mt-4 flex flex-wrap items-center gap-3"
    >
      {/* One button for listen, pause and resume, so keyboard focus stays put as it changes. */}
      <button ref={mainButton} type="button" className="button-secondary" onClick={toggle}>
        {playback === 'stopped' ? (
          <>
            <span aria-hidden="true">▶ </span>Listen to this page
          </>
        ) : playback === 'playing' ? (
          'Pause'
        ) : (
          'Resume'
        )}
      </button>
      {playback !== 'stopped' && (
        <button type="button" className="button-secondary" onClick={stop}>
          Stop
        </button>
      )}
      {/* Not a live region: a screen reader would talk over the voice at every section. */}
      <p className="text-sm">
        {unavailable
          ? 'This device has no English voice to read aloud with.'
          : label && `${playback === 'paused' ? 'Paused' : 'Reading'}: ${label}`}
      </p>
    </div>
  );
}
