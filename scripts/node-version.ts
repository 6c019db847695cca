/**
 * The Node.js version this project runs on: `.nvmrc` names its major version, and the `node`
 * devDependency installs that Node for every npm script. `scripts/check-node.ts` is the command.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The major version `.nvmrc` names ("24"), read from the project root. */
export function requiredNodeMajor(root = process.cwd()): number {
  const file = path.join(root, '.nvmrc');
  const text = readFileSync(file, 'utf8').trim();
  const major = Number(/^v?(\d+)/.exec(text)?.[1]);
  if (!Number.isInteger(major)) {
    throw new Error(`${file}: expected a Node.js major version such as "24", found "${text}"`);
  }
  return major;
}

/** null when `version` (process.version, "v24.21.0") has the required major, else why not. */
export function nodeVersionProblem(version: string, required: number): string | null {
  const major = Number(/^v(\d+)\./.exec(version)?.[1]);
  if (major === required) return null;
  return (
    `This project runs on Node.js ${required}, but npm scripts got Node.js ${version}.\n` +
    `The "node" devDependency (node@${required}) should put Node.js ${required} first on the PATH of every npm script.\n` +
    'Run `npm install` again and check that it did not skip the install script of "node"\n' +
    '(package.json › allowScripts must approve it), or use Node.js ' +
    `${required} yourself (nvm use reads .nvmrc).`
  );
}
