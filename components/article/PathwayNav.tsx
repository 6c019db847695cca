import type { TopicLink } from '@/lib/graph/types';

interface PathwayNavProps {
  pathwayTitle: string;
  previous?: TopicLink;
  next?: TopicLink;
}

export function PathwayNav({ pathwayTitle, previous, next }: PathwayNavProps) {
  if (!previous && !next) return null;
  return (
    <nav
      aria-label={`${pathwayTitle}: previous and next`}
      className="no-print my-8 grid gap-4 sm:grid-cols-2"
    >
      {previous && (
        <a
          href={previous.url}
          rel="prev"
          className="block rounded border-2 border-brand p-4 underline"
        >
          <span className="block text-sm">Previous</span>
          <span className="font-bold">{previous.title}</span>
        </a>
      )}
      {next && (
        <a
          href={next.url}
          rel="next"
          className="block rounded border-2 border-brand p-4 underline sm:col-start-2 sm:text-right"
        >
          <span className="block text-sm">Next</span>
          <span className="font-bold">{next.title}</span>
        </a>
      )}
    </nav>
  );
}
