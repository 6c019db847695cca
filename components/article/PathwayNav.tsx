import type { TopicLink } from '@/lib/graph/types';

interface PathwayNavProps {
  pathwayTitle: string;
  previous?: TopicLink;
  next?: TopicLink;
}

/** One step along the pathway: which way it goes, and the topic's title. */
function StepLink({
  topic,
  rel,
  label,
  className,
}: {
  topic: TopicLink;
  rel: 'prev' | 'next';
  label: string;
  className: string;
}) {
  return (
    <a href={topic.url} rel={rel} className={className}>
      <span className="block text-sm">{label}</span>
      <span className="font-bold">{topic.title}</span>
    </a>
  );
}

const STEP = 'block rounded border-2 border-brand p-4 underline';

export function PathwayNav({ pathwayTitle, previous, next }: PathwayNavProps) {
  if (!previous && !next) return null;
  return (
    <nav
      aria-label={`${pathwayTitle}: previous and next`}
      className="no-print my-8 grid gap-4 sm:grid-cols-2"
    >
      {previous && <StepLink topic={previous} rel="prev" label="Previous" className={STEP} />}
      {next && (
        <StepLink
          topic={next}
          rel="next"
          label="Next"
          className={`${STEP} sm:col-start-2 sm:text-right`}
        />
      )}
    </nav>
  );
}
