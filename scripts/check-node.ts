/**
 * Fails, saying what to do, unless the Node.js running this script is the major version named in
 * `.nvmrc`. `npm install` runs it (postinstall) and so does `npm test` (pretest): every npm script
 * gets Node from the `node` devDependency (node_modules/.bin/node, first on the PATH npm gives its
 * scripts), whatever Node the machine itself has. If that package's install script was skipped, the
 * machine's own Node would answer instead, and this check is what says so.
 */
import { nodeVersionProblem, requiredNodeMajor } from './node-version';

const problem = nodeVersionProblem(process.version, requiredNodeMajor());
if (problem) {
  console.error(problem);
  process.exit(1);
}
console.log(`Node.js ${process.version} (${process.execPath})`);
