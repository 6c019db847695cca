/**
 * The one walker over the built site for every post-build script (and the budget and HTML check).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `folder`, sorted, as paths joined to it; folders `skip` names are left out. */
export function filesUnder(
  folder: string,
  skip: (name: string) => boolean = () => false,
): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return skip(entry.name) ? [] : filesUnder(full, skip);
      return entry.isFile() ? [full] : [];
    })
    .sort();
}

/** Every page of the built site: its .html files, outside out/_next (Next's scripts and styles). */
export function htmlPagesIn(outDir: string): string[] {
  return filesUnder(outDir, (name) => name === '_next').filter((file) => file.endsWith('.html'));
}
