import { describe, expect, it } from 'vitest';
import { nearestPage, type NearMissPage } from '@/lib/near-miss';

const pages: NearMissPage[] = [
  { url: '/topics/bone-scan', title: 'Bone scans', names: ['bone-scan', 'bone-scans'] },
  { url: '/topics/hot-and-cold-spots', title: 'Hot and cold spots', names: ['hot-and-cold-spots'] },
  {
    url: '/glossary/hot-spot',
    title: 'Hot spot (glossary)',
    names: ['hot-spot', 'hotspot', 'hotspots'],
  },
  {
    url: '/glossary/zoledronic-acid',
    title: 'Zoledronic acid (glossary)',
    names: ['zoledronic-acid', 'zometa'],
  },
];

describe('the page an address almost names', () => {
  it.each([
    ['/topics/bone-scans', '/topics/bone-scan'],
    ['/topics/bonescan', '/topics/bone-scan'],
    ['/topics/bone-scna', '/topics/bone-scan'],
    ['/glossary/hotspot', '/glossary/hot-spot'],
    ['/glossary/Hot-Spots/', '/glossary/hot-spot'],
    ['/glossary/zometa', '/glossary/zoledronic-acid'],
    ['/topics/hot-and-cold-spot.html', '/topics/hot-and-cold-spots'],
  ])('%s → %s', (pathname, url) => {
    expect(nearestPage(pathname, pages)?.url).toBe(url);
  });

  it('offers nothing when nothing is close, and survives a broken address', () => {
    expect(nearestPage('/topics/chemotherapy-diet', pages)).toBeUndefined();
    expect(nearestPage('/x', pages)).toBeUndefined();
    expect(nearestPage('/topics/%E0%A4%A', pages)).toBeUndefined();
  });
});
