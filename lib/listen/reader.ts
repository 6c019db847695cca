/**
 * Reads part of a page aloud with the browser's own speech synthesis: no audio files, no network.
 * Loaded only when a reader presses Listen, so pages do not carry it.
 */

/**
 * Marks a part of the page that Listen reads. Its first heading names it while it is read (so the
 * heading text is not repeated in the page); a part with no heading goes by the page's title.
 */
export const LISTEN_SECTION = 'data-listen';

/** Read one at a time: short utterances, so pause and stop answer at once. */
const READABLE = 'h2, h3, h4, p, li, th, td, figcaption, dt, dd';

export const READING_CLASS = 'listen-current';

export interface ReadingPart {
  label: string;
  text: string;
  element?: Element;
}

export interface ReadingEvents {
  /** A new part has started: its section's name, to show the reader where we are. */
  onPart(label: string): void;
  /** The end of the page, or speech failed: the control goes back to "Listen". */
  onEnd(): void;
  /** There is no English voice on this device: nothing is read. */
  onUnavailable(): void;
}

export interface Reading {
  pause(): void;
  resume(): void;
  stop(): void;
}

/** A block's words as they should be heard: footnote numbers are for the eye, not the ear. */
function spokenText(block: Element): string {
  const copy = block.cloneNode(true) as Element;
  for (const footnote of copy.querySelectorAll('[data-footnote-ref]')) footnote.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The page's parts in reading order: title and summary first, then each marked section, block by block. */
export function collectParts(root: Element, title: string, summary: string): ReadingPart[] {
  const parts: ReadingPart[] = [{ label: title, text: `${title}. ${summary}` }];
  for (const section of root.querySelectorAll(`[${LISTEN_SECTION}]`)) {
    const label = section.querySelector('h2, h3')?.textContent?.trim() || title;
    for (const block of section.querySelectorAll(READABLE)) {
      // A list item's paragraphs are read with the item; buttons and controls are skipped.
      if (block.parentElement?.closest(READABLE) || block.closest('button, .no-print, [hidden]')) {
        continue;
      }
      const text = spokenText(block);
      if (text) parts.push({ label, text, element: block });
    }
  }
  return parts;
}

/**
 * A British English voice on the device, else another English one. Only voices that run on the
 * device: some browsers also offer online voices, which would send the page's text to a speech
 * service, so when there is no English voice on the device we do not speak at all.
 */
export function englishVoice(voices: SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const onDevice = voices.filter((voice) => voice.localService);
  const language = (voice: SpeechSynthesisVoice) => voice.lang.replace('_', '-').toLowerCase();
  return (
    onDevice.find((voice) => language(voice) === 'en-gb') ??
    onDevice.find((voice) => language(voice).startsWith('en'))
  );
}

/** Chrome lists its voices a moment after the page loads: wait for them, briefly. */
function voicesReady(speech: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = speech.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      speech.removeEventListener('voiceschanged', done);
      resolve(speech.getVoices());
    };
    speech.addEventListener('voiceschanged', done);
    window.setTimeout(done, 1000);
  });
}

/**
 * Reads the parts aloud one at a time. Pause stops the voice and remembers the part, and resume reads
 * that part again from its start: the browsers' own pause is unreliable on some phones.
 */
export async function readAloud(parts: ReadingPart[], events: ReadingEvents): Promise<Reading> {
  const speech = window.speechSynthesis;
  const voice = englishVoice(await voicesReady(speech));
  let stopped = false;
  let paused = false;
  let index = 0;
  let highlighted: Element | undefined;
  // Held here as well as by the browser: some browsers lose an utterance nothing else refers to,
  // and then its "end" never comes.
  let current: SpeechSynthesisUtterance | undefined;

  const highlight = (element?: Element) => {
    highlighted?.classList.remove(READING_CLASS);
    element?.classList.add(READING_CLASS);
    element?.scrollIntoView?.({ block: 'nearest' });
    highlighted = element;
  };

  const finish = () => {
    if (stopped) return;
    stopped = true;
    speech.cancel();
    highlight(undefined);
    events.onEnd();
  };

  const speak = () => {
    if (stopped || paused) return;
    const part = parts[index];
    if (!part || !voice) return finish();
    const utterance = new SpeechSynthesisUtterance(part.text);
    utterance.lang = voice.lang;
    utterance.voice = voice;
    utterance.onend = () => {
      if (current !== utterance || paused) return;
      index += 1;
      speak();
    };
    utterance.onerror = (event) => {
      // "interrupted" and "canceled" are our own pause and stop; anything else ends the reading.
      if (current === utterance && event.error !== 'interrupted' && event.error !== 'canceled') {
        finish();
      }
    };
    current = utterance;
    highlight(part.element);
    events.onPart(part.label);
    speech.speak(utterance);
  };

  if (!voice) {
    stopped = true;
    events.onUnavailable();
    return { pause() {}, resume() {}, stop() {} };
  }
  speech.cancel();
  speak();
  return {
    pause: () => {
      paused = true;
      current = undefined;
      speech.cancel();
    },
    resume: () => {
      paused = false;
      speak();
    },
    stop: finish,
  };
}
