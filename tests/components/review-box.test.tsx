import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReviewBox } from '@/components/article/ReviewBox';
import { fixtureTopic } from '../fixtures/ui';

describe('ReviewBox', () => {
  it('says when the page was written or updated, never "last reviewed", and that it awaits review', () => {
    const topic = fixtureTopic('bone-scan');
    render(<ReviewBox review={topic.review} sources={topic.sources} />);
    const box = screen.getByRole('region', { name: 'Sources and review' });
    expect(box).toHaveTextContent('Written or updated22 November 2026');
    expect(box).not.toHaveTextContent(/last reviewed/i);
    expect(screen.getByText('22 November 2027')).toHaveAttribute('datetime', '2027-11-22');
    expect(screen.getByText(/Awaiting clinical review/)).toBeInTheDocument();
    expect(screen.queryByText(/overdue/)).not.toBeInTheDocument();
  });

  it('numbers the sources, with their address, publisher, checked date and links back to the text', () => {
    const topic = fixtureTopic('urgent-symptoms');
    render(<ReviewBox review={topic.review} sources={topic.sources} />);
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveAttribute('id', 'source-1');
    expect(items[0]).toHaveTextContent(
      'Spinal metastases and metastatic spinal cord compression (NG234), NICE. Checked 22 November 2026.',
    );
    expect(
      screen.getByRole('link', {
        name: 'Spinal metastases and metastatic spinal cord compression (NG234)',
      }),
    ).toHaveAttribute('href', 'https://www.nice.org.uk/guidance/ng234/chapter/recommendations');
    expect(screen.getByRole('link', { name: 'Back to where source 1 is cited' })).toHaveAttribute(
      'href',
      '#cite-1-1',
    );
    // A source nothing cites yet has no way back to the text.
    expect(items[1]?.querySelectorAll('a')).toHaveLength(1);
  });

  it('tells the reader when a review is overdue', () => {
    const topic = fixtureTopic('hot-and-cold-spots', { invalidCase: 'overdue-review' });
    render(<ReviewBox review={topic.review} sources={topic.sources} />);
    expect(screen.getByText('This review is overdue.')).toBeInTheDocument();
    expect(screen.getByText(/check with your care team/)).toBeInTheDocument();
  });

  it('names the reviewer only when a page was clinically reviewed', () => {
    const topic = fixtureTopic('bone-scan');
    render(
      <ReviewBox
        review={{
          ...topic.review,
          status: 'clinically reviewed',
          reviewed: '2026-11-30',
          reviewer: { name: 'Dr A Example', role: 'Clinical oncologist' },
        }}
        sources={topic.sources}
      />,
    );
    expect(
      screen.getByText('Reviewed on 30 November 2026 by Dr A Example, Clinical oncologist.'),
    ).toBeInTheDocument();
  });
});
