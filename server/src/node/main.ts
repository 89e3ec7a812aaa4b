#!/usr/bin/env node
/** Node entry point: a connection over --stdio, --node-ipc or --socket, as the client asks. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';

if (process.argv.includes('--version')) {
  process.stdout.write('smtp-codes-language-server\n');
  process.exit(0);
}
// Without a transport argument an editor expects stdio; vscode-languageserver needs it named.
if (!process.argv.some((a) => a === '--stdio' || a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
startServer(createConnection(ProposedFeatures.all));
