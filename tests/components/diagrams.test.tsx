import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BoneScanDayDiagram } from '@/components/diagrams/BoneScanDayDiagram';
import { SkeletonDiagram } from '@/components/diagrams/SkeletonDiagram';
import { fixtureSite } from '../fixtures/ui';

/** The diagrams' words from the fixture content (tests/fixtures/content), as the site passes them. */
const WORDS = fixtureSite().copy.diagrams;

/** The HTML text version under a diagram: every fact in words, outside the picture. */
function textVersion(): HTMLElement {
  const details = screen.getByText('Text version of this diagram').closest('details');
  if (!details) throw new Error('text version missing');
  return details;
}

/** The words drawn in the picture, one entry per <text> element. */
function wordsInPicture(img: HTMLElement): string[] {
  return Array.from(img.querySelectorAll('text'), (text) => text.textContent ?? '');
}

/** The main column on a 360 px phone is 328 px wide (16 px padding each side). */
const PHONE_COLUMN = 328;

function smallestTextOnPhone(img: HTMLElement): number {
  const viewBoxWidth = Number(img.getAttribute('viewBox')?.split(' ')[2]);
  const sizes = Array.from(img.querySelectorAll('text'), (text) =>
    Number(text.closest('[font-size]')?.getAttribute('font-size')),
  );
  return (Math.min(...sizes) * PHONE_COLUMN) / viewBoxWidth;
}

const SHADED_BONES = ['Skull', 'Spine', 'Ribs', 'Pelvis', 'Upper arm bone', 'Thigh bone'];

describe('SkeletonDiagram', () => {
  it('is one image with a name and a description', () => {
    render(<SkeletonDiagram words={WORDS.skeleton} />);
    const img = screen.getByRole('img', {
      name: 'Where breast cancer most often spreads in the skeleton',
    });
    expect(img).toHaveAccessibleDescription(
      expect.stringContaining(
        'The skull, spine, ribs and pelvis are shaded and labelled, and so is the top half of each upper arm bone and thigh bone.',
      ),
    );
  });

  it('has a visible caption that says cancer can reach any bone', () => {
    render(<SkeletonDiagram words={WORDS.skeleton} />);
    const figure = screen.getByRole('figure');
    const caption = within(figure).getByText(/It can reach any bone/);
    expect(caption.tagName).toBe('FIGCAPTION');
    expect(caption).toHaveTextContent(/^Where breast cancer most often spreads\./);
  });

  it('labels every shaded bone on the drawing, with a key', () => {
    render(<SkeletonDiagram words={WORDS.skeleton} />);
    const words = wordsInPicture(screen.getByRole('img'));
    expect(words).toEqual(expect.arrayContaining(SHADED_BONES));
    expect(words).toContain('Shaded: where breast cancer most often spreads');
  });

  it('names every shaded bone in the text version, and the bones left unshaded', () => {
    render(<SkeletonDiagram words={WORDS.skeleton} />);
    const text = within(textVersion());
    const items = text.getAllByRole('listitem');
    expect(items).toHaveLength(SHADED_BONES.length);
    SHADED_BONES.forEach((bone, i) => {
      expect(text.getByText(bone)).toBeInTheDocument();
      expect(items[i]).toHaveTextContent(new RegExp(`^${bone}`));
    });
    expect(items[1]).toHaveTextContent('from your neck down to your lower back');
    expect(items[4]).toHaveTextContent('mostly the top half, near your shoulder');
    expect(
      text.getByText(/lower arms, lower legs, hands and feet are not shaded/),
    ).toBeInTheDocument();
  });

  it('keeps its words at least 14 px on a 360 px phone', () => {
    render(<SkeletonDiagram words={WORDS.skeleton} />);
    expect(smallestTextOnPhone(screen.getByRole('img'))).toBeGreaterThanOrEqual(14);
  });
});

const STEPS: [title: string, fact: string][] = [
  ['Injection', 'A small amount of tracer goes into a vein in your arm.'],
  ['Wait 2 to 4 hours', 'Drink plenty of water. You can leave and go about your day.'],
  ['The scan', 'Lie still on your back while a camera passes close over you.'],
  ['Results', 'Your team gets a report and tells you the results, often within 2 weeks.'],
];

describe('BoneScanDayDiagram', () => {
  it('is one image with a name and a description', () => {
    render(<BoneScanDayDiagram words={WORDS['bone-scan-day']} />);
    const img = screen.getByRole('img', { name: 'Your bone scan day, in 4 steps' });
    expect(img).toHaveAccessibleDescription(
      expect.stringMatching(/^Four numbered steps from top to bottom/),
    );
    expect(img).toHaveAccessibleDescription(expect.stringContaining('about 30 to 60 minutes'));
  });

  it('has a visible caption that sends readers to their hospital letter', () => {
    render(<BoneScanDayDiagram words={WORDS['bone-scan-day']} />);
    const caption = within(screen.getByRole('figure')).getByText(/follow the letter/);
    expect(caption.tagName).toBe('FIGCAPTION');
    expect(caption).toHaveTextContent(/^Your bone scan day\./);
  });

  it('draws every step in order, with its number and title', () => {
    render(<BoneScanDayDiagram words={WORDS['bone-scan-day']} />);
    const words = wordsInPicture(screen.getByRole('img'));
    const titles = STEPS.map(([title]) => title);
    expect(words.filter((word) => titles.includes(word))).toEqual(titles);
    expect(words.filter((word) => /^\d$/.test(word))).toEqual(['1', '2', '3', '4']);
    expect(words).toContain(
      'Lie still on your back while a camera passes close over you. It takes about 30 to 60 minutes.',
    );
  });

  it('names every step, in order, in the text version', () => {
    render(<BoneScanDayDiagram words={WORDS['bone-scan-day']} />);
    const text = within(textVersion());
    const items = text.getAllByRole('listitem');
    expect(items).toHaveLength(STEPS.length);
    STEPS.forEach(([title, fact], i) => {
      expect(text.getByText(`${title}.`)).toBeInTheDocument();
      expect(items[i]).toHaveTextContent(`${title}.`);
      expect(items[i]).toHaveTextContent(fact);
    });
  });

  it('keeps its words at least 14 px on a 360 px phone', () => {
    render(<BoneScanDayDiagram words={WORDS['bone-scan-day']} />);
    expect(smallestTextOnPhone(screen.getByRole('img'))).toBeGreaterThanOrEqual(14);
  });
});

describe('both diagrams on one page', () => {
  it('use ids that do not clash', () => {
    const { container } = render(
      <>
        <SkeletonDiagram words={WORDS.skeleton} />
        <BoneScanDayDiagram words={WORDS['bone-scan-day']} />
      </>,
    );
    const ids = Array.from(container.querySelectorAll('[id]'), (element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(screen.getAllByRole('img')).toHaveLength(2);
    expect(screen.getAllByRole('figure')).toHaveLength(2);
  });
});
