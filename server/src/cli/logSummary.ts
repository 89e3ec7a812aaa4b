/**
 * `smtp-codes log-summary <file>... [--format text|json]`: the outcome table of "SMTP: Summarize
 * Log" for mail logs on the command line. Exit 0, or 2 when a file cannot be read.
 */
import { UsageError, type CliCommand } from './cliCommand';
import { forEachTextFile } from './files';
import { analyzeMailLog } from '../service/log/logAnalyzer';
import { logSummaryJson, logSummaryOf, logSummaryText } from '../service/log/logSummary';

export const logSummaryCommand: CliCommand = {
  name: 'log-summary',
  usage: 'smtp-codes log-summary <file>... [--format text|json] [--lang en|de]',
  run(args, options, io) {
    if (!args.length) throw new UsageError('log-summary needs at least one mail log file');
    const format = options.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be one of text, json (got '${format}')`);
    const results: ReturnType<typeof logSummaryJson>[] = [];
    const failed = forEachTextFile(args, io, (file, text) => {
      const summary = logSummaryOf(analyzeMailLog(text, options.lang));
      if (format === 'json') results.push(logSummaryJson(summary, file));
      else io.out(logSummaryText(summary, file, options.lang));
    });
    if (format === 'json') io.out(JSON.stringify(results, null, 2) + '\n');
    return failed ? 2 : 0;
  },
};
