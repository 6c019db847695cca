import type { Metadata } from 'next';
import { SignpostBox } from '@/components/layout/SignpostBox';
import { ReadingList, type ReadingListPathway } from '@/components/reading-list/ReadingList';
import { OPENING_LIST_CLASS } from '@/lib/reading-list';
import { pageMetadata } from '@/lib/metadata';
import { getPathways, getSiteConfig, getUrgency } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Reading list',
  description:
    'Choose explainers for someone to read and get a link, a QR code and a sheet to print. Nothing is stored.',
  path: '/reading-list',
});

/**
 * The "information prescription": a nurse picks explainers and gets a link, a QR code and a
 * printable sheet. A static page: the list is read from the address in the browser. The signpost
 * box closes the page on screen and on paper.
 */
export default function ReadingListPage() {
  const config = getSiteConfig();
  const pathways: ReadingListPathway[] = getPathways().map((pathway) => ({
    slug: pathway.slug,
    title: pathway.title,
    description: pathway.description,
    topics: pathway.topics.map(({ slug, url, title, summary }) => ({ slug, url, title, summary })),
  }));
  return (
    <>
      {/* Before the first paint: a list link shows "Opening…" rather than the picker (CSP-hashed). */}
      <script
        dangerouslySetInnerHTML={{
          __html: `if(/[?&]t=/.test(location.search))document.documentElement.classList.add('${OPENING_LIST_CLASS}')`,
        }}
      />
      {/* Said, not only shown: on a slow connection the list can take many seconds to be drawn. */}
      <p role="status" className="reading-list-opening text-lg">
        Opening your reading list… This can take a moment on a slow connection.
      </p>
      <div className="reading-list-page">
        <ReadingList pathways={pathways} baseUrl={config.baseUrl} siteName={config.siteName} />
      </div>
      <SignpostBox config={config} urgency={getUrgency()} />
    </>
  );
}
