import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE_ID, ListenControl } from '@/components/article/ListenControl';
import { installFakeSpeech, type SpeechLog } from '../fixtures/speech';

function Article() {
  return (
    <article id={ARTICLE_ID}>
      <h1>Bone scan</h1>
      <ListenControl
        rootId={ARTICLE_ID}
        title="Bone scan"
        summary="A scan that shows changes in your bones."
      />
      <section data-listen="">
        <h2>In short</h2>
        <ul>
          <li>It uses a small amount of tracer.</li>
          <li>
            <p>Most people feel nothing.</p>
          </li>
        </ul>
      </section>
      <nav>
        <p>Breadcrumbs are not read.</p>
      </nav>
      <section data-listen="">
        <h2>How it works</h2>
        <button type="button">Copy link</button>
        <p>
          The tracer collects where bone is being repaired
          <sup>
            <a href="#source-2" data-footnote-ref="" aria-label="Source 2">
              2
            </a>
          </sup>
          .
        </p>
      </section>
    </article>
  );
}

const speech = () => (window as unknown as { __speech: SpeechLog }).__speech;

afterEach(() => {
  Reflect.deleteProperty(window, 'speechSynthesis');
  Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
});

describe('Listen', () => {
  it('is not shown where the browser cannot speak', () => {
    render(<Article />);
    expect(screen.queryByRole('button', { name: /Listen/ })).toBeNull();
  });

  it('reads the title, then each section block by block, in a British voice, showing where it is', async () => {
    installFakeSpeech(window);
    render(<Article />);
    fireEvent.click(screen.getByRole('button', { name: 'Listen to this page' }));
    expect(await screen.findByText('Reading: Bone scan')).toBeInTheDocument();
    expect(speech().spoken[0]).toEqual({
      text: 'Bone scan. A scan that shows changes in your bones.',
      lang: 'en-GB',
      voice: 'UK English',
    });

    act(() => speech().finishCurrent());
    expect(screen.getByText('Reading: In short')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'In short' })).toHaveClass('listen-current');

    act(() => speech().finishCurrent());
    expect(screen.getByText('It uses a small amount of tracer.')).toHaveClass('listen-current');

    act(() => {
      for (let step = 0; step < 4; step++) speech().finishCurrent();
    });
    expect(speech().spoken.map((utterance) => utterance.text)).toEqual([
      'Bone scan. A scan that shows changes in your bones.',
      'In short',
      'It uses a small amount of tracer.',
      'Most people feel nothing.',
      'How it works',
      // Footnote numbers are for the eye: not read aloud.
      'The tracer collects where bone is being repaired.',
    ]);
    // The end of the page: back to the start, nothing highlighted.
    expect(screen.getByRole('button', { name: 'Listen to this page' })).toBeInTheDocument();
    expect(document.querySelector('.listen-current')).toBeNull();
  });

  it('pauses, resumes the same part from its start, and stops, keeping focus on the control', async () => {
    installFakeSpeech(window);
    render(<Article />);
    const control = screen.getByRole('button', { name: 'Listen to this page' });
    fireEvent.click(control);
    await screen.findByText('Reading: Bone scan');
    act(() => speech().finishCurrent());
    expect(speech().spoken.at(-1)?.text).toBe('In short');

    // One button: Listen becomes Pause, then Resume, so focus never jumps.
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(speech().calls.at(-1)).toBe('cancel');
    expect(screen.getByText('Paused: In short')).toBeInTheDocument();
    // The pause's own cancel does not move the reading on.
    act(() => speech().finishCurrent());
    expect(speech().spoken.at(-1)?.text).toBe('In short');

    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBe(control);
    expect(speech().spoken.at(-1)?.text).toBe('In short');
    expect(speech().spoken.filter((utterance) => utterance.text === 'In short')).toHaveLength(2);
    expect(screen.getByText('Reading: In short')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(speech().calls.at(-1)).toBe('cancel');
    expect(screen.getByRole('button', { name: 'Listen to this page' })).toHaveFocus();
    expect(screen.queryByText(/^Reading:/)).toBeNull();
    // A stopped reading does not carry on when the cancelled utterance reports its end.
    const spokenBefore = speech().spoken.length;
    act(() => speech().finishCurrent());
    expect(speech().spoken).toHaveLength(spokenBefore);
  });

  it('says so, and reads nothing, when the device has no English voice of its own', async () => {
    installFakeSpeech(window);
    Object.defineProperty(window.speechSynthesis, 'getVoices', {
      value: () => [{ name: 'Online UK English', lang: 'en-GB', localService: false }],
    });
    render(<Article />);
    fireEvent.click(screen.getByRole('button', { name: 'Listen to this page' }));
    expect(
      await screen.findByText('This device has no English voice to read aloud with.'),
    ).toBeInTheDocument();
    expect(speech().spoken).toEqual([]);
  });
});
