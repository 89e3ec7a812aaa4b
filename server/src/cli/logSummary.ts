/**
 * `smtp-codes log-summary <file>... [--format text|json|html] [--out FILE]`: the outcome table of
 * "SMTP: Summarize Log" for mail logs on the command line, or the dashboard as one self-contained
 * HTML page (one log; to stdout or `--out`). Exit 0, or 2 when a file cannot be read or written.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { UsageError, type CliRun } from './cliCommand';
import { forEachTextFile, ioReason } from './files';
import { textProgress } from './progress';
import { analyzeMailLogWithProgress } from '../service/log/logAnalyzer';
import { logDashboard } from '../service/log/logDashboard';
import { logSummaryJson, logSummaryOf, logSummaryText } from '../service/log/logSummary';
import { logDashboardHtml } from '../service/reportHtml';

export const runLogSummary: CliRun = (args, options, io) => {
  if (!args.length) throw new UsageError('log-summary needs at least one mail log file');
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'html') throw new UsageError(`--format must be one of text, json, html (got '${format}')`);
  const out = options.values.out;
  if (typeof out === 'string' && format !== 'html') throw new UsageError('--out needs --format html');
  if (format === 'html' && args.length > 1) throw new UsageError('--format html takes one mail log file');
  const results: ReturnType<typeof logSummaryJson>[] = [];
  const failed = forEachTextFile(args, io, (file, text) => {
    if (format === 'html') return writeHtml(logDashboardHtml(logDashboard(text, options.lang, textProgress(options.progress, text)), { lang: options.lang, nonce: randomBytes(16).toString('base64'), source: basename(file) }));
    const summary = logSummaryOf(analyzeMailLogWithProgress(text, options.lang, textProgress(options.progress, text)));
    if (format === 'json') results.push(logSummaryJson(summary, file));
    else io.out(logSummaryText(summary, file, options.lang));
  });
  if (format === 'json') io.out(JSON.stringify(results, null, 2) + '\n');
  return failed ? 2 : 0;

  function writeHtml(html: string): boolean {
    if (typeof out !== 'string') {
      io.out(html);
      return true;
    }
    try {
      writeFileSync(out, html);
      return true;
    } catch (e) {
      io.err(`smtp-codes: ${out}: ${ioReason(e)}\n`);
      return false;
    }
  }
};
