import type { NextConfig } from 'next';

// A fully static site: every page is HTML in out/, served by any static host or CDN.
const nextConfig: NextConfig = {
  output: 'export',
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default nextConfig;
