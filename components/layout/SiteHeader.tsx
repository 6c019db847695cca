import type { SiteConfig } from '@/lib/content/schema';
import { SearchBox } from '@/components/search/SearchBox';
import { Signpost } from './Signpost';

const NAV_LINKS = [
  { href: '/topics', label: 'Topics A to Z' },
  { href: '/glossary', label: 'Glossary' },
  { href: '/explain', label: 'Explain my letter' },
  { href: '/help', label: 'Talk to someone' },
] as const;

export function SiteHeader({ config, urgentUrl }: { config: SiteConfig; urgentUrl: string }) {
  const [mainHelpline] = config.helplines;
  return (
    <header className="site-header bg-brand text-white">
      <div className="page-gutter mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-1 py-2">
        <a href="/" className="text-lg font-bold text-white no-underline hover:underline">
          {config.siteName}
        </a>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-[0.75em] gap-y-1 text-sm leading-snug sm:text-base">
            {NAV_LINKS.map((link) => (
              <li key={link.href}>
                {/* At least 24 px tall, so wrapped links on a phone stay easy to tap (WCAG 2.5.8). */}
                <a
                  href={link.href}
                  className="inline-flex min-h-6 items-center text-white underline"
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="page-gutter mx-auto max-w-5xl pb-2">
        <SearchBox />
      </div>
      {mainHelpline && (
        <Signpost heading={config.signpost.heading} helpline={mainHelpline} urgentUrl={urgentUrl} />
      )}
    </header>
  );
}
