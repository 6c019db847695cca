import { ImageResponse } from 'next/og';
import { OG_IMAGE } from '@/lib/metadata';
import { getSiteConfig } from '@/lib/site';

export const dynamic = 'force-static';

/**
 * The link-preview image (out/og.png), drawn at build time with the font bundled in next/og: no
 * network. lib/metadata.ts points every page's Open Graph and Twitter card at it.
 */
export function GET() {
  const config = getSiteConfig();
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        padding: '80px',
        background: '#005eb8',
        color: 'white',
      }}
    >
      <div style={{ fontSize: 84, fontWeight: 700 }}>{config.siteName}</div>
      <div style={{ fontSize: 44, marginTop: 24 }}>{config.tagline}</div>
      <div style={{ fontSize: 32, marginTop: 48, color: '#e8f1f8' }}>
        {`${config.signpost.heading} Talk to your care team.`}
      </div>
    </div>,
    { width: OG_IMAGE.width, height: OG_IMAGE.height },
  );
}
