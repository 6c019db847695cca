import type { SiteConfig } from '@/lib/content/schema';

export function SiteFooter({ config }: { config: SiteConfig }) {
  return (
    <footer className="mt-16 border-t-4 border-brand bg-surface text-ink dark:bg-[#1b2a35] dark:text-[#e8edee]">
      <div className="page-gutter mx-auto max-w-5xl py-8">
        <p className="font-bold">Important</p>
        <p className="mt-1 max-w-prose">{config.disclaimer}</p>
        <nav aria-label="Footer" className="no-print mt-4">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <a href="/about" className="underline">
                About this site
              </a>
            </li>
            <li>
              <a href="/about#privacy" className="underline">
                Privacy: no cookies, no tracking
              </a>
            </li>
            <li>
              <a href="/help" className="underline">
                Talk to someone
              </a>
            </li>
            <li>
              <a href="/glossary" className="underline">
                Glossary
              </a>
            </li>
            <li>
              <a href="/reading-list" className="underline">
                For nurses: make a reading list
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
