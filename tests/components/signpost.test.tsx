import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Signpost } from '@/components/layout/Signpost';
import { SignpostBox } from '@/components/layout/SignpostBox';
import { fixtureSite } from '../fixtures/ui';

const { config, urgency } = fixtureSite();
const [mainHelpline] = config.helplines;

function renderSignpost() {
  if (!mainHelpline) throw new Error('fixture helpline missing');
  render(
    <Signpost
      heading={config.signpost.heading}
      helpline={mainHelpline}
      urgentUrl="/topics/urgent-symptoms"
    />,
  );
  return screen.getByRole('complementary', { name: 'Talk to someone' });
}

describe('Signpost', () => {
  it('sends readers to their care team and gives the helpline as a phone link', () => {
    const signpost = renderSignpost();
    expect(signpost).toHaveTextContent('Questions or worried? Talk to your care team');
    const call = within(signpost).getByRole('link', { name: '0808 800 6000' });
    expect(call).toHaveAttribute('href', 'tel:08088006000');
  });

  it('shows the helpline hours and offers urgent help for when the line is closed', () => {
    const signpost = renderSignpost();
    expect(signpost).toHaveTextContent('(Mon to Fri 9am to 4pm, Sat 9am to 1pm)');
    expect(
      within(signpost).getByRole('link', { name: 'Urgent or out of hours? What to do now' }),
    ).toHaveAttribute('href', '/topics/urgent-symptoms');
  });
});

describe('SignpostBox', () => {
  it('lists every helpline with its number, hours and cost', () => {
    render(<SignpostBox config={config} urgency={urgency} />);
    const box = screen.getByRole('region', { name: /Talk to someone/ });
    for (const helpline of config.helplines) {
      const link = within(box).getByRole('link', { name: helpline.number });
      expect(link).toHaveAttribute('href', `tel:${helpline.number.replace(/\s/g, '')}`);
      expect(box).toHaveTextContent(helpline.hours);
    }
    // What to do when it is urgent comes from the urgency model: 999, then the hospital's own 24-hour line.
    const urgent = within(box).getByRole('region', { name: /If it is urgent/ });
    expect(urgent).toHaveTextContent('Call 999 now, or go to A&E if someone is very hard to wake');
    expect(urgent).toHaveTextContent('If you have no 24-hour number, or no one answers:');
    expect(within(urgent).getByRole('link', { name: '0123 456 7890' })).toHaveAttribute(
      'href',
      'tel:01234567890',
    );
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
    render(<SignpostBox config={changed} urgency={urgency} />);
    expect(screen.getByRole('link', { name: '01632 960 123' })).toHaveAttribute(
      'href',
      'tel:01632960123',
    );
    expect(screen.queryByText(/0808 800 6000/)).not.toBeInTheDocument();
  });
});
