// Before the browser tests: find Chromium, or install Debian's when we may, or say how in one line.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path';

function hasCommand(command: string): boolean {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

const found = chromiumPath();
if (found && existsSync(found)) {
  console.log(`browser tests: using Chromium at ${found}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(
    `CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`,
  );
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && hasCommand('apt-get')) {
  console.log(
    'browser tests: no Chromium found; installing Debian’s chromium package with apt-get …',
  );
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
    shell: '/bin/sh',
  });
  if (chromiumPath()) process.exit(0);
}
console.error(
  'No Chromium found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.',
);
process.exit(1);
