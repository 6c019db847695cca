import type { Metadata } from 'next';

/** Title, description and canonical URL for one page (the base URL comes from the root layout). */
export function pageMetadata(page: { title: string; description: string; path: string }): Metadata {
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: page.path },
  };
}
