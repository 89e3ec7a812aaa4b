/**
 * `smtp-codes bounce <file.eml>... [--format text|json]`: the bounce summary of each file, from
 * the same extraction the editor's analysis uses (without its hovers, findings and symbols). Exit 2 (after every readable file is reported) when a file
 * cannot be read or is binary, 0 otherwise.
 */
import { UsageError, type CliRun } from './cliCommand';
import { forEachTextFile } from './files';
import { bounceSummaryOf, type BounceSummary } from '../service/eml/emlAnalyzer';
import { bounceSummaryText } from '../service/eml/bounceSummary';

export const runBounce: CliRun = (args, options, io) => {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be one of text, json (got '${format}')`);
  if (!args.length) throw new UsageError('bounce needs at least one file');
  const results: { file: string; kind: string; recipients: BounceSummary['recipients'] }[] = [];
  const failed = forEachTextFile(args, io, (file, text) => {
    const summary = bounceSummaryOf(text);
    const recipients = summary.recipients.map((r) => ({
      recipient: r.recipient,
      action: r.action,
      status: r.status,
      ...(r.statusSource ? { statusSource: r.statusSource } : {}),
      replyCode: r.replyCode,
      diagnostic: r.diagnostic,
      remoteMta: r.remoteMta,
      ...(r.provider ? { provider: r.provider } : {}),
    }));
    results.push({ file, kind: summary.kind, recipients });
    if (format === 'text') io.out(bounceSummaryText(file, summary, options.lang));
  }, options.progress);
  if (format === 'json') io.out(JSON.stringify(results, null, 2) + '\n');
  return failed ? 2 : 0;
};
