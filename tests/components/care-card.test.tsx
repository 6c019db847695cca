import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CareCard } from '@/components/content/CareCard';
import type { CareCard as CareCardData } from '@/lib/content/schema';
import { fixtureTopic } from '../fixtures/ui';

const [emergency, urgent] = fixtureTopic('urgent-symptoms').careCards;
const nonUrgent: CareCardData = {
  level: 'non-urgent',
  heading: 'Tell your care team or dentist soon if you have:',
  symptoms: ['pain, swelling or numbness in your jaw', 'a loose tooth', 'gums that do not heal'],
};

describe('CareCard', () => {
  it.each([
    ['emergency', emergency, 'Immediate action required:'],
    ['urgent', urgent, 'Urgent advice:'],
    ['non-urgent', nonUrgent, 'Non-urgent advice:'],
  ] as const)(
    'a %s card starts its heading with a hidden urgency prefix',
    (_level, card, prefix) => {
      if (!card) throw new Error('fixture card missing');
      render(<CareCard card={card} />);
      const heading = screen.getByRole('heading', { level: 2 });
      expect(heading).toHaveTextContent(`${prefix} ${card.heading}`);
      const hidden = within(heading).getByText(prefix);
      expect(hidden).toHaveClass('visually-hidden');
    },
  );

  it('lists each symptom and the action', () => {
    if (!emergency) throw new Error('fixture card missing');
    render(<CareCard card={emergency} />);
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(emergency.symptoms);
    expect(
      screen.getByText('If you cannot get through, call 999 or go to A&E.'),
    ).toBeInTheDocument();
  });

  it('leaves out the action when a card has none', () => {
    render(<CareCard card={nonUrgent} />);
    expect(screen.queryByText(/999/)).not.toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });
});
