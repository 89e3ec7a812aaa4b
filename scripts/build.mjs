// Bundles the client, the language server and the CLI with esbuild (one file each in dist/).
import { build, context } from 'esbuild';
import { chmodSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: !watch,
  keepNames: true,
  logLevel: 'warning',
  legalComments: 'none',
};
const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/node/cliMain.ts'], outfile: 'dist/cli.js' },
];

if (watch) {
  for (const entry of entries) await (await context({ ...common, ...entry })).watch();
  console.log('watching for changes…');
} else {
  await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
  // The bin entries must be executable when run straight from a checkout.
  chmodSync('dist/cli.js', 0o755);
  chmodSync('dist/server.js', 0o755);
}
