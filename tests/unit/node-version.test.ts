import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem, requiredNodeMajor } from '@/scripts/node-version';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};
const majorOf = (range: string) => Number(/(\d+)/.exec(range)?.[1]);

describe('the Node.js the project runs on', () => {
  const required = requiredNodeMajor();

  it('is the one .nvmrc names, in every npm script and test', () => {
    expect(required).toBe(24);
    expect(nodeVersionProblem(process.version, required)).toBeNull();
  });

  it('is named the same in .nvmrc, engines, the node devDependency and @types/node', () => {
    expect(majorOf(pkg.engines.node)).toBe(required);
    expect(majorOf(pkg.devDependencies.node ?? '')).toBe(required);
    expect(majorOf(pkg.devDependencies['@types/node'] ?? '')).toBe(required);
  });

  it("is installed by the node package's install script, which allowScripts approves", () => {
    expect(pkg.allowScripts.node).toBe(true);
  });

  it('fails with what to do when npm scripts get another Node', () => {
    const problem = nodeVersionProblem('v20.20.2', 24);
    expect(problem).toContain('runs on Node.js 24, but npm scripts got Node.js v20.20.2');
    expect(problem).toContain('allowScripts');
    expect(nodeVersionProblem('v24.21.0', 24)).toBeNull();
    expect(nodeVersionProblem('v240.0.0', 24)).not.toBeNull();
  });
});
