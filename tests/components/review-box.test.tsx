import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReviewBox } from '@/components/article/ReviewBox';
import { fixtureTopic } from '../fixtures/ui';

describe('ReviewBox', () => {
  it('shows both review dates and the honest review status', () => {
    const topic = fixtureTopic('bone-scan');
    render(<ReviewBox review={topic.review} sources={topic.sources} />);
    expect(screen.getByText('22 November 2026')).toHaveAttribute('datetime', '2026-11-22');
    expect(screen.getByText('22 November 2027')).toHaveAttribute('datetime', '2027-11-22');
    expect(screen.getByText(/Awaiting clinical review/)).toBeInTheDocument();
    expect(screen.queryByText(/overdue/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bone scan' })).toHaveAttribute(
      'href',
      'https://medlineplus.gov/ency/article/003833.htm',
    );
    expect(
      screen.getByText(/What Is a Bone Scan for Cancer\?, Verywell Health/),
    ).toBeInTheDocument();
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
          reviewer: { name: 'Dr A Example', role: 'Clinical oncologist' },
        }}
        sources={topic.sources}
      />,
    );
    expect(screen.getByText('Reviewed by Dr A Example, Clinical oncologist.')).toBeInTheDocument();
  });
});
