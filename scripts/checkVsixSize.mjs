#!/usr/bin/env node
// After `npm run package`: fails when smtp-codes.vsix is larger than the README says ("… under N MB"),
// so that the size a newcomer reads stays true. `.ci/run` runs it right after packaging.
//   node scripts/checkVsixSize.mjs [path/to.vsix]
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** MB as vsce prints it ("Packaged: smtp-codes.vsix (29 files, 2.4 MB)"): 2^20 bytes. */
const bytesPerMB = 1024 * 1024;

/** The limit the README states for the vsix, in bytes, from its sentence "`smtp-codes.vsix` is … under N MB". */
export function statedVsixLimit(readme) {
  const match = /`smtp-codes\.vsix` is [^`]{0,60}?\bunder (\d+(?:\.\d+)?) MB\b/.exec(readme);
  if (!match) throw new Error('README.md does not state the size of `smtp-codes.vsix` as "under N MB"');
  return Number(match[1]) * bytesPerMB;
}

function main() {
  const repoRoot = fileURLToPath(new URL('..', import.meta.url));
  const vsix = process.argv[2] ?? `${repoRoot}smtp-codes.vsix`;
  const limit = statedVsixLimit(readFileSync(`${repoRoot}README.md`, 'utf8'));
  const size = statSync(vsix).size;
  const mb = (bytes) => `${(bytes / bytesPerMB).toFixed(2)} MB`;
  if (size >= limit) {
    console.error(`vsix size: ${vsix} is ${mb(size)} (${size} bytes), not under the ${mb(limit)} README.md states; shrink it or update the README`);
    process.exit(1);
  }
  console.log(`vsix size: ${mb(size)} (${size} bytes), under the ${mb(limit)} README.md states`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
