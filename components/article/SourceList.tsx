import type { CitedSource } from '@/lib/graph/types';
import { formatDate } from '@/lib/format';

/**
 * A page's sources, numbered as the footnotes in its text. Each links out to the source and back to
 * every place in the text that cites it.
 */
export function SourceList({ sources }: { sources: CitedSource[] }) {
  return (
    <ol className="source-list mt-2 list-decimal space-y-2 pl-6">
      {sources.map((source) => (
        <li key={source.id} id={`source-${source.number}`}>
          <a href={source.url} className="underline">
            {source.title}
          </a>
          , {source.publisher}. Checked{' '}
          <time dateTime={source.checked}>{formatDate(source.checked)}</time>.
          {source.citedAt.map((place, index) => (
            <a
              key={place}
              href={`#${place}`}
              className="no-print ml-2 inline-block min-h-6 min-w-6 text-center underline"
              aria-label={`Back to where source ${source.number} is cited${source.citedAt.length > 1 ? `, place ${index + 1}` : ''}`}
            >
              ↩{source.citedAt.length > 1 ? index + 1 : ''}
            </a>
          ))}
        </li>
      ))}
    </ol>
  );
}
