import type { SiteConfig } from '@/lib/content/schema';

const FOOTER_LINKS = [
  { href: '/about', label: 'About this site' },
  { href: '/about#privacy', label: 'Privacy: no cookies, no tracking' },
  { href: '/help', label: 'Talk to someone' },
  { href: '/glossary', label: 'Glossary' },
  { href: '/reading-list', label: 'For nurses: make a reading list' },
];

export function SiteFooter({ config }: { config: SiteConfig }) {
  return (
    <footer className="mt-16 border-t-4 border-brand bg-surface text-ink dark:bg-[#1b2a35] dark:text-[#e8edee]">
      <div className="page-gutter mx-auto max-w-5xl py-8">
        <p className="font-bold">Important</p>
        <p className="mt-1 max-w-prose">{config.disclaimer}</p>
        <nav aria-label="Footer" className="no-print mt-4">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {FOOTER_LINKS.map(({ href, label }) => (
              <li key={href}>
                <a href={href} className="underline">
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
