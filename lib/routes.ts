/** Pages that exist without a content file behind them; Markdown may link to these. */
export const STATIC_ROUTES = [
  '/',
  '/topics',
  '/glossary',
  '/help',
  '/about',
  '/search',
  '/reading-list',
  '/explain',
] as const;

/** kebab-case: what every slug and section id must look like, so URLs stay clean and printable. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const topicUrl = (slug: string) => `/topics/${slug}`;
export const termUrl = (slug: string) => `/glossary/${slug}`;
export const pageUrl = (slug: string) => `/${slug}`;

/** A path on the site as a full address: the published base URL (with or without a trailing slash) + path. */
export function absoluteUrl(baseUrl: string, path: string): string {
  if (!path.startsWith('/')) throw new RangeError(`a page path starts with "/": "${path}"`);
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}
