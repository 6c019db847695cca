/**
 * npm run serve — serves out/ as a static host would: clean URLs (/topics/bone-scan →
 * topics/bone-scan.html), out/404.html for unknown addresses, and the security headers from
 * serve.json (written after each build by scripts/security-headers.ts). It uses serve-handler, the
 * library behind the `serve` command, directly: `serve` itself refuses configs with over 50 header
 * rules, and we have one Content-Security-Policy per page.
 *
 * Compression: serve-handler sends files as they are, so this server sends the copies that
 * scripts/precompress.ts wrote at build time — `file.br` when the browser accepts brotli, else
 * `file.gz` when it accepts gzip, else the file itself — through serve-handler's own file-system
 * hooks (`lstat`, `createReadStream`), so its clean URLs, 404 page, headers, HEAD and ranges all
 * keep working. serve.json has no setting for this (serve-handler has none), so the `serve` command
 * with serve.json alone sends everything uncompressed. `SERVE_COMPRESSION=off` makes this server do
 * the same (for `npm run bench:slow`).
 */
import { createReadStream, existsSync, promises as fs, readFileSync, type Stats } from 'node:fs';
import http from 'node:http';
import handler from 'serve-handler';
import { acceptedCodings, CODINGS, type Coding } from './accept-encoding';

const port = Number(process.env.PORT ?? 3000);
const compression = process.env.SERVE_COMPRESSION !== 'off';

if (!existsSync('out/index.html') || !existsSync('serve.json')) {
  console.error(
    'Nothing to serve yet: run `npm run build` first (or `npm start`, which builds and serves).',
  );
  process.exit(1);
}

const parsed: unknown = JSON.parse(readFileSync('serve.json', 'utf8'));
if (
  typeof parsed !== 'object' ||
  parsed === null ||
  !('headers' in parsed) ||
  !Array.isArray(parsed.headers)
) {
  console.error('serve.json is not in the expected form: run `npm run build` again.');
  process.exit(1);
}
const headers: { source: string; headers: { key: string; value: string }[] }[] = parsed.headers;

async function statIfFile(file: string): Promise<Stats | undefined> {
  try {
    const stats = await fs.lstat(file);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

/**
 * serve-handler's file-system hooks for one request. It always stats a file (`lstat`) before it
 * reads it (`createReadStream`), for the page asked for and for 404.html alike, so `lstat` picks the
 * copy to send and reports that copy's size (Content-Length), and `createReadStream` reads it and
 * labels the response. Content-Type still comes from the original name.
 */
function compressedFileHooks(request: http.IncomingMessage, response: http.ServerResponse) {
  // A byte range of a compressed copy is a range of other bytes than the file's: ranges get the file.
  const accepted =
    compression && !request.headers.range
      ? acceptedCodings(request.headers['accept-encoding'])
      : [];
  const chosen = new Map<string, { path: string; coding?: Coding['coding']; hasCopies: boolean }>();

  return {
    lstat: async (file: string): Promise<Stats> => {
      const stats = await fs.lstat(file);
      // The copies scripts/precompress.ts left on disk decide what can be sent compressed.
      if (!compression || !stats.isFile()) return stats;
      const copies = await Promise.all(
        CODINGS.map(async (coding) => ({
          ...coding,
          stats: await statIfFile(file + coding.suffix),
        })),
      );
      const pick = accepted
        .map(({ coding }) => copies.find((copy) => copy.coding === coding && copy.stats))
        .find((copy) => copy !== undefined);
      chosen.set(file, {
        path: pick ? file + pick.suffix : file,
        coding: pick?.coding,
        // The answer for this address depends on Accept-Encoding whenever a copy exists.
        hasCopies: copies.some((copy) => copy.stats),
      });
      return pick?.stats ?? stats;
    },
    createReadStream: (file: string, options?: { start?: number; end?: number }) => {
      const choice = chosen.get(file);
      if (choice?.hasCopies) response.setHeader('Vary', 'Accept-Encoding');
      if (choice?.coding) response.setHeader('Content-Encoding', choice.coding);
      return createReadStream(choice?.path ?? file, options);
    },
  };
}

const server = http.createServer((request, response) => {
  handler(
    request,
    response,
    { public: 'out', cleanUrls: true, headers },
    // @types/serve-handler types these hooks as Node's callback functions; the library awaits
    // them and documents that they may return a Promise.
    compressedFileHooks(request, response) as unknown as Parameters<typeof handler>[3],
  ).catch(() => {
    response.statusCode = 500;
    response.end('Server error');
  });
});

server.listen(port, () =>
  console.log(
    `Serving out/ at http://localhost:${port}${compression ? '' : ' (uncompressed: SERVE_COMPRESSION=off)'}`,
  ),
);
