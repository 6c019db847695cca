import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Signpost } from '@/components/layout/Signpost';
import { SignpostBox } from '@/components/layout/SignpostBox';
import { fixtureSite } from '../fixtures/ui';

const { config } = fixtureSite();
const [mainHelpline] = config.helplines;

describe('Signpost', () => {
  it('sends readers to their care team and gives the helpline as a phone link', () => {
    if (!mainHelpline) throw new Error('fixture helpline missing');
    render(<Signpost heading={config.signpost.heading} helpline={mainHelpline} />);
    const signpost = screen.getByRole('complementary', { name: 'Talk to someone' });
    expect(signpost).toHaveTextContent('Questions or worried? Talk to your care team');
    const call = within(signpost).getByRole('link', { name: '0808 800 6000' });
    expect(call).toHaveAttribute('href', 'tel:08088006000');
  });
});

describe('SignpostBox', () => {
  it('lists every helpline with its number, hours and cost', () => {
    render(<SignpostBox config={config} />);
    const box = screen.getByRole('region', { name: /Talk to someone/ });
    for (const helpline of config.helplines) {
      const link = within(box).getByRole('link', { name: helpline.number });
      expect(link).toHaveAttribute('href', `tel:${helpline.number.replace(/\s/g, '')}`);
      expect(box).toHaveTextContent(helpline.hours);
    }
    expect(box).toHaveTextContent('call 999 or go to A&E');
    expect(within(box).getByRole('link', { name: /More ways to get help/ })).toHaveAttribute(
      'href',
      '/help',
    );
  });

  it('shows a changed helpline from the site config, with no code change', () => {
    const changed = {
      ...config,
      helplines: [
        {
          name: 'Hospital breast care nurses',
          number: '01632 960 123',
          hours: 'Weekdays 9am to 5pm',
          cost: 'Local rate',
        },
      ],
    };
    render(<SignpostBox config={changed} />);
    expect(screen.getByRole('link', { name: '01632 960 123' })).toHaveAttribute(
      'href',
      'tel:01632960123',
    );
    expect(screen.queryByText(/0808 800 6000/)).not.toBeInTheDocument();
  });
});
