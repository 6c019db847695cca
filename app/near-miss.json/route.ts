import { getNearMissPages } from '@/lib/site';

export const dynamic = 'force-static';

/** Written to out/near-miss.json at build time; fetched only by the "page not found" page. */
export function GET() {
  return Response.json(getNearMissPages());
}
