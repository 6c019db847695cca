import { LinkList, type DescribedLinkItem } from './LinkList';

/** An entry in an A to Z: grouped by the first letter of its label, shown with its description. */
export type IndexEntry = DescribedLinkItem;

function groupByLetter(entries: IndexEntry[]): [string, IndexEntry[]][] {
  const groups = new Map<string, IndexEntry[]>();
  const sorted = [...entries].sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
  for (const entry of sorted) {
    const letter = entry.label.charAt(0).toUpperCase();
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups];
}

/** An A to Z list with a letter jump bar; the no-JavaScript way to find anything on the site. */
export function AlphabeticalIndex({ entries, label }: { entries: IndexEntry[]; label: string }) {
  const groups = groupByLetter(entries);
  return (
    <>
      <nav aria-label={`${label} by letter`} className="no-print my-4">
        <ul className="flex flex-wrap gap-2">
          {groups.map(([letter]) => (
            <li key={letter}>
              <a
                href={`#letter-${letter.toLowerCase()}`}
                className="inline-block min-w-11 rounded border-2 border-brand px-2 py-1 text-center font-bold underline"
              >
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(([letter, items]) => (
        <section key={letter} aria-labelledby={`letter-${letter.toLowerCase()}`} className="mt-6">
          <h2
            id={`letter-${letter.toLowerCase()}`}
            className="border-b-2 border-brand text-2xl font-bold"
          >
            {letter}
          </h2>
          <LinkList className="mt-3 space-y-3" items={items} />
        </section>
      ))}
    </>
  );
}
