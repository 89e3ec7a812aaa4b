/**
 * npm run bench: speed of the analyzers (and of the grammars, via bench/grammarBench.ts) as ratios
 * against a bare baseline measured in the same run on the same text, so the figures mean the same
 * on a slow or a busy machine. The baseline splits the text into lines and runs one cheap regular
 * expression per line: the least any line-based analysis must do.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzerFor, languageForFileName } from '../server/src/service/documentKinds';
import { defaultSettings } from '../server/src/service/settings';

const targetBytes: Record<string, number> = { 'mail-log': 50 * 1024 * 1024, smtp: 10 * 1024 * 1024, default: 5 * 1024 * 1024 };

function examplesByLanguage(): Map<string, string[]> {
  const files = new Map<string, string[]>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const language = languageForFileName(path);
        if (language) files.set(language, [...(files.get(language) ?? []), readFileSync(path, 'utf8')]);
      }
    }
  };
  walk('examples');
  return files;
}

function baseline(text: string): number {
  let hits = 0;
  for (const line of text.split('\n')) if (/\d{3}/.test(line)) hits++;
  return hits;
}

function best(runs: number, work: () => unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

async function main(): Promise<void> {
  console.log('Analyzer speed (best of 3), against a bare line split + regex over the same text\n');
  console.log('language        size      analysis    baseline    ratio   throughput');
  for (const [language, samples] of examplesByLanguage()) {
    // Bounces repeat as an mbox (each message behind a "From " line); other formats as lines.
    const unit = language === 'eml' ? samples.map((m) => `From bench@example.org Sat Nov 28 00:00:00 2026\n${m.replace(/^From /gm, '>From ')}\n`).join('') : samples.join('\n');
    const target = targetBytes[language] ?? targetBytes.default;
    const text = unit.repeat(Math.max(1, Math.ceil(target / unit.length)));
    const document = TextDocument.create(`file:///bench.${language}`, language, 1, text);
    const analyze = analyzerFor(language);
    const analysis = best(3, () => analyze(document.getText(), 'en', defaultSettings));
    const bare = best(3, () => baseline(text));
    const mb = text.length / 1024 / 1024;
    console.log(
      `${language.padEnd(14)} ${`${mb.toFixed(1)} MB`.padStart(8)} ${`${analysis.toFixed(0)} ms`.padStart(11)} ${`${bare.toFixed(0)} ms`.padStart(11)} ${`${(analysis / bare).toFixed(1)}x`.padStart(8)} ${`${(mb / (analysis / 1000)).toFixed(1)} MB/s`.padStart(12)}`,
    );
  }
  if (existsSync('bench/grammarBench.ts')) {
    const { runGrammarBench } = (await import('../bench/grammarBench')) as { runGrammarBench: () => Promise<string> };
    console.log('\n' + (await runGrammarBench()));
  }
}

void main();
