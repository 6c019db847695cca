import type { Metadata } from 'next';
import Link from 'next/link';
import { SignpostBox } from '@/components/layout/SignpostBox';
import { getPathways, getSiteConfig } from '@/lib/site';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold">We cannot find that page</h1>
      <p className="mt-3 max-w-prose text-lg">
        The link may be mistyped, or the page may have moved. These will help you find what you
        need.
      </p>
      <ul className="mt-4 list-disc space-y-2 pl-6 text-lg">
        <li>
          <Link href="/topics" className="underline">
            All topics from A to Z
          </Link>
        </li>
        <li>
          <Link href="/glossary" className="underline">
            The glossary of medical words
          </Link>
        </li>
        {getPathways().map((pathway) => (
          <li key={pathway.slug}>
            <Link href={`/#pathway-${pathway.slug}`} className="underline">
              {pathway.title}
            </Link>
          </li>
        ))}
        <li>
          <Link href="/" className="underline">
            The home page
          </Link>
        </li>
      </ul>
      <SignpostBox config={getSiteConfig()} />
    </>
  );
}
