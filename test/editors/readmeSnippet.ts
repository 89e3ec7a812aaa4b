/** The code blocks of README.md's "Other editors" section, so that the tests run what users copy. */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The first ```lang block after the paragraph that starts with `**editor**`; throws if there is none. */
export function readmeSnippet(editor: string, lang: string): string {
  const readme = readFileSync('README.md', 'utf8');
  const heading = readme.indexOf(`\n**${editor}**`);
  if (heading < 0) throw new Error(`README.md has no **${editor}** paragraph`);
  const open = readme.indexOf(`\n\`\`\`${lang}\n`, heading);
  const close = readme.indexOf('\n```\n', open + 1);
  if (open < 0 || close < 0) throw new Error(`README.md has no \`\`\`${lang} block after **${editor}**`);
  return readme.slice(open + lang.length + 5, close + 1);
}

/**
 * The README starts the server as installed from npm, `smtp-codes-language-server` on PATH: puts
 * one that runs this checkout's dist/server.js into `dir`/bin and returns that folder.
 */
export function serverOnPath(dir: string): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'smtp-codes-language-server'), `#!/bin/sh\nexec node ${JSON.stringify(resolve('dist/server.js'))} "$@"\n`);
  chmodSync(join(bin, 'smtp-codes-language-server'), 0o755);
  return bin;
}
