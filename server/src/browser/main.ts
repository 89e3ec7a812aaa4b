/** Web worker entry point: the connection is the worker's own message port, and calls startServer. */
import './nodeGlobals';
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from '../server';

// The worker's global scope is its message port (the client posts to the Worker object).
const port = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
startServer(createConnection(ProposedFeatures.all, new BrowserMessageReader(port), new BrowserMessageWriter(port)));
