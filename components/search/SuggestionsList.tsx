import type { SearchResult } from '@/lib/search/types';
import { Highlighted } from './Highlighted';
import { resultTitle } from './result-title';

/** The header search's instant results: the listbox its combobox controls. */
export function SuggestionsList({
  id,
  results,
  active,
  expanded,
  onChoose,
}: {
  id: string;
  results: SearchResult[];
  active: number;
  expanded: boolean;
  onChoose: (result: SearchResult) => void;
}) {
  return (
    <ul
      id={id}
      role="listbox"
      aria-label="Search suggestions"
      hidden={!expanded}
      className="absolute right-0 left-0 z-40 mt-1 max-h-[70vh] overflow-y-auto rounded border-2 border-ink bg-white text-ink shadow-lg"
    >
      {results.map((result, index) => (
        <li
          key={result.url}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === active}
          // Keeps focus in the box, so the list is not closed by its blur before the click lands.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(result)}
          className={`cursor-pointer border-b border-surface px-3 py-2 ${index === active ? 'bg-brand-light outline-2 outline-ink' : ''}`}
        >
          <span className="block font-bold text-brand-dark underline">{resultTitle(result)}</span>
          <span className="block text-sm">
            <Highlighted segments={result.snippet} />
          </span>
        </li>
      ))}
    </ul>
  );
}
