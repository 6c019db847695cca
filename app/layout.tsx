import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { OfflineSupport } from '@/components/layout/OfflineSupport';
import { PrintStamp } from '@/components/layout/PrintStamp';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SkipLink } from '@/components/layout/SkipLink';
import { OG_IMAGE } from '@/lib/metadata';
import { getSiteConfig, getUrgency } from '@/lib/site';
import './globals.css';

export function generateMetadata(): Metadata {
  const config = getSiteConfig();
  return {
    metadataBase: new URL(config.baseUrl),
    title: {
      default: `${config.siteName}: ${config.tagline}`,
      template: `%s | ${config.siteName}`,
    },
    description: config.tagline,
    applicationName: config.siteName,
    formatDetection: { telephone: false },
    openGraph: {
      siteName: config.siteName,
      locale: config.language.replace('-', '_'),
      type: 'website',
      images: [OG_IMAGE],
    },
    twitter: { card: 'summary_large_image', images: [OG_IMAGE] },
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#005eb8',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const config = getSiteConfig();
  return (
    <html lang={config.language}>
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteHeader config={config} urgentUrl={getUrgency().urgentPage.url} />
        <main
          id="main-content"
          tabIndex={-1}
          className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 focus:outline-none"
        >
          {children}
        </main>
        <SiteFooter config={config} />
        <div className="mx-auto w-full max-w-5xl px-4">
          <PrintStamp />
        </div>
        <OfflineSupport />
      </body>
    </html>
  );
}
