/**
 * npm run serve — serves out/ as a static host would: clean URLs (/topics/bone-scan →
 * topics/bone-scan.html), out/404.html for unknown addresses, and the security headers from
 * serve.json (written after each build by scripts/security-headers.ts). It uses serve-handler, the
 * library behind the `serve` command, directly: `serve` itself refuses configs with over 50 header
 * rules, and we have one Content-Security-Policy per page.
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import handler from 'serve-handler';

const port = Number(process.env.PORT ?? 3000);

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

const server = http.createServer((request, response) => {
  handler(request, response, { public: 'out', cleanUrls: true, headers }).catch(() => {
    response.statusCode = 500;
    response.end('Server error');
  });
});

server.listen(port, () => console.log(`Serving out/ at http://localhost:${port}`));
