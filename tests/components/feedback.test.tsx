import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Feedback } from '@/components/layout/Feedback';

const page = {
  baseUrl: 'https://bonehealthexplained.org.uk',
  path: '/topics/bone-scan',
  title: 'Bone scans',
};

describe('Feedback ("Was this page helpful?")', () => {
  it('is a plain email link with the page’s address filled in: no form, nothing sent by the site', () => {
    const { container } = render(<Feedback email="feedback@example.org" {...page} />);
    const region = screen.getByRole('region', { name: 'Was this page helpful?' });
    const link = screen.getByRole('link', { name: 'Email us about this page' });
    const href = link.getAttribute('href') ?? '';
    expect(href.startsWith('mailto:feedback@example.org?subject=')).toBe(true);
    expect(href).toContain(`subject=${encodeURIComponent('Feedback on Bone scans')}`);
    expect(href).toContain(
      `body=${encodeURIComponent('https://bonehealthexplained.org.uk/topics/bone-scan\r\n\r\n')}`,
    );
    expect(region).toHaveTextContent('opens your email app');
    expect(container.querySelectorAll('form, input, textarea, button, img, script')).toHaveLength(
      0,
    );
  });

  it('is not there at all when no feedback address is configured', () => {
    const { container } = render(<Feedback email={undefined} {...page} />);
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByText(/helpful/)).not.toBeInTheDocument();
  });
});
