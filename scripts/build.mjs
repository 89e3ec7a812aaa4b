// Bundles the client, the language server and the CLI with esbuild (one file each in dist/), and the
// web build: the client for the web extension host and the server for a web worker (dist/browser/).
import { build, context } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';

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
/**
 * The knowledge data as `JSON.parse('…')` instead of object literals: V8 scans a string literal far
 * faster than it parses the same data as code, and JSON.parse builds the objects faster than the
 * literals' code does. Used for the CLI, a short-lived process that pays its start-up on every run.
 */
const knowledgeAsJsonParse = {
  name: 'knowledge-as-json-parse',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]server[\\/]src[\\/]knowledge[\\/]data[\\/].*\.json$/ }, (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};
/** The web build may use no Node module: a Node built-in left in it is a build error, not a runtime one. */
const browser = { platform: 'browser', target: 'es2022' };
const entries = [
  { entryPoints: ['client/src/node/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/node/cliMain.ts'], outfile: 'dist/cli.js', plugins: [knowledgeAsJsonParse] },
  // The web extension host loads a CommonJS module (`vscode` is its own), the worker a plain script.
  { ...browser, entryPoints: ['client/src/browser/extension.ts'], outfile: 'dist/browser/extension.js', external: ['vscode'] },
  {
    ...browser,
    entryPoints: ['server/src/browser/main.ts'],
    outfile: 'dist/browser/server.js',
    format: 'iife',
    // libmime and its helpers import these; server/src/browser/nodeStubs.ts says why the stand-ins suffice.
    alias: { 'node:buffer': 'buffer', 'node:stream': './server/src/browser/nodeStubs.ts', 'node:string_decoder': './server/src/browser/nodeStubs.ts' },
  },
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
