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
  const reading = useRef<Reading | undefined>(undefined);

  function stop() {
    reading.current?.stop();
  }

  async function play() {
    const root = document.getElementById(rootId);
    if (!root) return;
    const { collectParts, readAloud } = await import('@/lib/listen/reader');
    reading.current?.stop();
    setPlayback('playing');
    reading.current = readAloud(collectParts(root, title, summary), {
      onPart: setLabel,
      onEnd: () => {
        setPlayback('stopped');
        setLabel('');
      },
    });
  }

  function pause() {
    reading.current?.pause();
    setPlayback('paused');
  }

  function resume() {
    reading.current?.resume();
    setPlayback('playing');
  }

  // Leaving the page stops the voice, even where the browser would keep talking.
  useEffect(() => {
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      stop();
    };
  }, []);

  if (!supported) return null;
  return (
    <div
      role="group"
      aria-label="Listen to this page"
      className="listen-control no-print mt-4 flex flex-wrap items-center gap-3"
    >
      {playback === 'stopped' ? (
        <button type="button" className="button-secondary" onClick={play}>
          <span aria-hidden="true">▶ </span>Listen to this page
        </button>
      ) : (
        <>
          <button
            type="button"
            className="button-secondary"
            onClick={playback === 'playing' ? pause : resume}
          >
            {playback === 'playing' ? 'Pause' : 'Resume'}
          </button>
          <button type="button" className="button-secondary" onClick={stop}>
            Stop
          </button>
        </>
      )}
      <p role="status" className="text-sm">
        {label && `${playback === 'paused' ? 'Paused' : 'Reading'}: ${label}`}
      </p>
    </div>
  );
}
