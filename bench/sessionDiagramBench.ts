/**
 * `node --import tsx bench/sessionDiagramBench.ts [lines]`: what opening the session diagram costs on
 * a transcript the editor has already analysed (the command runs after the document's validation):
 * the `smtpCodes.server.sessionDiagram` command's first window on a fresh version, next to the full
 * analysis of the same text and to a read of the text into a session model, measured in one run.
 * A benchmark, not a test.
 */
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { splitLines } from '../server/src/service/lines';
import { getLanguageService } from '../server/src/service/languageService';
import { defaultSettings } from '../server/src/service/settings';
import { readTranscript } from '../server/src/service/transcript/reader';
import { buildSessionModel } from '../server/src/service/transcript/sessionBuilder';
import { sessionDiagramCommand } from '../server/src/sessionDiagramCommand';
import { generateTranscript } from './inputs';

const lineCount = Number(process.argv[2] ?? 200_000);
const runs = 5;
const text = generateTranscript(lineCount);
const service = getLanguageService();
const settings = { ...defaultSettings, language: 'en' as const };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
const analysis: number[] = [];
const command: number[] = [];
const reread: number[] = [];
for (let version = 1; version <= runs; version++) {
  // A new version each run, so that neither the analysis nor the diagram is a cache hit.
  const document = TextDocument.create('file:///bench.smtp', 'smtp', version, text);
  let t = performance.now();
  service.doValidation(document, settings);
  analysis.push(performance.now() - t);
  const ctx = { language: 'en' as const, document, service, settingsFor: async () => settings };
  t = performance.now();
  const answer = await sessionDiagramCommand({ uri: document.uri, from: 0, to: 200, sessions: true }, 'en', ctx);
  command.push(performance.now() - t);
  if ('error' in answer || answer.total === 0) throw new Error('no diagram');
  t = performance.now();
  const lines = splitLines(text);
  buildSessionModel(lines, readTranscript(lines));
  reread.push(performance.now() - t);
}
const ms = (n: number) => `${n.toFixed(0)} ms`;
console.log(`transcript of ${lineCount.toLocaleString('en-US')} lines, median of ${runs} runs`);
console.log(`  analysis (validation)             ${ms(median(analysis))}`);
console.log(`  read into a session model          ${ms(median(reread))}`);
console.log(`  diagram command after validation   ${ms(median(command))}`);
}

void main();
