import type { Metadata } from 'next';
import { SignpostBox } from '@/components/layout/SignpostBox';
import { AlphabeticalIndex } from '@/components/ui/AlphabeticalIndex';
import { pageMetadata } from '@/lib/metadata';
import { getAllTerms, getSiteConfig, getUrgency } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Glossary: words from letters and scan reports',
  description:
    'Plain-English meanings of the medical words you may see in letters, scan reports and leaflets.',
  path: '/glossary',
});

export default function GlossaryPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Glossary</h1>
      <p className="mt-3 max-w-prose">
        Plain-English meanings of words you may see in letters, scan reports and leaflets. Each word
        has its own page you can share.
      </p>
      <AlphabeticalIndex
        label="Glossary"
        entries={getAllTerms().map((term) => ({
          key: term.slug,
          label: term.term,
          href: term.url,
          description: term.definition,
        }))}
      />
      <SignpostBox config={getSiteConfig()} urgency={getUrgency()} />
    </>
  );
}
