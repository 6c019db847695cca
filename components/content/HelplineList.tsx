import type { Helpline } from '@/lib/content/schema';
import { telHref } from '@/lib/format';

export function HelplineList({ helplines }: { helplines: Helpline[] }) {
  return (
    <ul className="mt-3 space-y-4">
      {helplines.map((helpline) => (
        <li key={helpline.number} className="rounded-lg bg-surface p-4 text-ink dark:bg-[#1b2a35] dark:text-[#e8edee]">
          <p className="text-lg font-bold">{helpline.name}</p>
          <p className="mt-1">
            Call{' '}
            <a href={telHref(helpline.number)} className="text-xl font-bold underline">
              {helpline.number}
            </a>
          </p>
          <p className="mt-1">{helpline.hours}</p>
          <p>{helpline.cost}</p>
          {helpline.description && <p className="mt-1">{helpline.description}</p>}
        </li>
      ))}
    </ul>
  );
}
