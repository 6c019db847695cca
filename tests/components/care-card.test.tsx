import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CareCard } from '@/components/content/CareCard';
import { fixtureSite } from '../fixtures/ui';

const { config } = fixtureSite();

function card(id: string) {
  const site = fixtureSite();
  const topic = site.topics.find((candidate) =>
    candidate.careCards.some((resolved) => resolved.id === id),
  );
  const found = topic?.careCards.find((resolved) => resolved.id === id);
  if (!found) throw new Error(`no fixture card "${id}"`);
  return found;
}

describe('CareCard (from the urgency model)', () => {
  it.each([
    ['spinal-cord-compression', 'Immediate action required:'],
    ['jaw-problems', 'Urgent advice:'],
  ] as const)('the %s card starts its heading with a hidden urgency prefix', (id, prefix) => {
    const resolved = card(id);
    render(<CareCard card={resolved} />);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent(`${prefix} ${resolved.heading}`);
    expect(within(heading).getByText(prefix)).toHaveClass('visually-hidden');
  });

  it('lists its symptoms, the fallback for readers with no 24-hour number, and faster symptoms with their own action', () => {
    render(<CareCard card={card('spinal-cord-compression')} />);
    const section = screen.getByRole('region');
    expect(section).toHaveTextContent(
      'Call your 24-hour acute oncology line now if you have signs of pressure on your spinal cord:',
    );
    expect(screen.getByText('new or worse pain in your back or neck')).toBeInTheDocument();
    expect(
      screen.getByText('If you have no 24-hour number, or no one answers, call 999 or go to A&E.'),
    ).toBeInTheDocument();
    expect(section).toHaveTextContent(
      'Call 999 now, or go to A&E if you have:legs that suddenly give way',
    );
    expect(screen.getByText('Do not wait to see if it gets better.')).toBeInTheDocument();
  });

  it("shows the hospital's own 24-hour number as a phone link where the site names one", () => {
    render(
      <CareCard card={card('spinal-cord-compression')} acuteLine={config.acuteOncologyLine} />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Call your 24-hour acute oncology line (0123 456 7890) now',
    );
    expect(screen.getByRole('link', { name: '0123 456 7890' })).toHaveAttribute(
      'href',
      'tel:01234567890',
    );
  });

  it("gives a slower card its own tier's fallback and nothing faster it did not ask for", () => {
    render(<CareCard card={card('jaw-problems')} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Contact your care team today if you have',
    );
    expect(
      screen.getByText('If you cannot reach your team today, call your GP surgery or NHS 111.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/999/)).not.toBeInTheDocument();
  });
});
