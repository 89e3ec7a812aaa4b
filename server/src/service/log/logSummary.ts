/**
 * Renders the log summary (outcomes by status code, reply code and remote host, with counts and
 * links back to the lines) as markdown for the editor and as text or JSON for the CLI.
 */
import type { Lang } from '../../knowledge/types';
import type { Analysis } from '../analysis';
import { escapeMarkdown } from '../markdown';
import { analyzeMailLog, type LogSummary, type LogSummaryRow } from './logAnalyzer';
import { logMessages } from './logMessages';

export function logSummaryOf(analysis: Analysis): LogSummary {
  const summary = analysis.summary as LogSummary | undefined;
  return summary?.kind === 'log-summary' ? summary : { kind: 'log-summary', lineCount: 0, events: 0, rows: [] };
}

/** Markdown table; line numbers link to `uri#L<line>` (1-based), as VS Code opens them. */
export function logSummaryMarkdown(summary: LogSummary, uri: string, lang: Lang, title?: string): string {
  const m = logMessages(lang);
  const out = [`# ${escapeMarkdown(title ?? m.summaryTitle)}`, '', m.summaryIntro(summary.lineCount, summary.events), ''];
  if (!summary.rows.length) return [...out, m.summaryEmpty, ''].join('\n');
  out.push(`| ${m.columns.join(' | ')} |`, `|${m.columns.map((_, i) => (i === 4 ? '---:' : '---')).join('|')}|`);
  for (const row of summary.rows) {
    const links = row.lines.map((line) => `[${line + 1}](${uri}#L${line + 1})`);
    if (row.count > row.lines.length) links.push(m.more(row.count - row.lines.length));
    out.push(
      `| ${m.outcomes[row.outcome]} (${row.mta}) | ${code(row.status)} | ${code(row.replyCode)} | ${row.remoteHost ? escapeMarkdown(row.remoteHost) : '–'} | ${row.count} | ${links.join(', ')} |`,
    );
  }
  if (summary.providers?.length) out.push('', `**${m.failuresByProvider}:** ${providerCounts(summary)}`);
  if (summary.byOutcome) out.push('', `**${m.byOutcome}:** ${outcomeCounts(summary, m)}`);
  if (summary.reasons?.length) {
    out.push('', `**${m.topReasons}:**`, '');
    for (const r of summary.reasons) out.push(`- ${r.count} × ${m.outcomes[r.outcome]} ${code(r.replyCode)}: ${escapeMarkdown(r.reason)} ([${r.line + 1}](${uri}#L${r.line + 1}))`);
  }
  return out.join('\n') + '\n';
}

function outcomeCounts(summary: LogSummary, m: ReturnType<typeof logMessages>): string {
  return Object.entries(summary.byOutcome ?? {})
    .map(([outcome, n]) => `${m.outcomes[outcome as keyof typeof m.outcomes]} ${n}`)
    .join(', ');
}

function providerCounts(summary: LogSummary): string {
  return (summary.providers ?? []).map((p) => `${escapeMarkdown(p.name)} ${p.failures}`).join(', ');
}

function code(value: string | null): string {
  return value ? `\`${value}\`` : '–';
}

export function logSummaryText(summary: LogSummary, file: string, lang: Lang): string {
  const m = logMessages(lang);
  const out = [`${file}: ${m.summaryIntro(summary.lineCount, summary.events)}`];
  if (!summary.rows.length) return `${out[0]}\n  ${m.summaryEmpty}\n`;
  const table = [m.columns, ...summary.rows.map((row) => textRow(row, m.outcomes[row.outcome]))];
  const widths = m.columns.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  for (const r of table) out.push(`  ${r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')}`.trimEnd());
  if (summary.providers?.length) out.push(`  ${m.failuresByProvider}: ${(summary.providers ?? []).map((p) => `${p.name} ${p.failures}`).join(', ')}`);
  if (summary.byOutcome) out.push(`  ${m.byOutcome}: ${outcomeCounts(summary, m)}`);
  if (summary.reasons?.length) {
    out.push(`  ${m.topReasons}:`);
    for (const r of summary.reasons) out.push(`    ${String(r.count).padStart(4)}  ${m.outcomes[r.outcome]} ${r.replyCode ?? '-'}  ${r.reason}  (${r.line + 1})`);
  }
  return out.join('\n') + '\n';
}

function textRow(row: LogSummaryRow, outcome: string): string[] {
  const lines = row.lines.map((l) => String(l + 1)).join(',') + (row.count > row.lines.length ? ',…' : '');
  return [`${outcome} (${row.mta})`, row.status ?? '-', row.replyCode ?? '-', row.remoteHost ?? '-', String(row.count), lines];
}

/** The JSON shape of `smtp-codes log-summary --format json`, lines 1-based. */
export function logSummaryJson(summary: LogSummary, file: string) {
  return {
    file,
    lines: summary.lineCount,
    events: summary.events,
    outcomes: summary.rows.map((row) => ({
      outcome: row.outcome,
      mta: row.mta,
      status: row.status,
      replyCode: row.replyCode,
      remoteHost: row.remoteHost,
      count: row.count,
      lines: row.lines.map((l) => l + 1),
    })),
    providers: (summary.providers ?? []).map(({ provider, name, failures }) => ({ provider, name, failures })),
    byOutcome: summary.byOutcome ?? {},
    reasons: (summary.reasons ?? []).map(({ reason, outcome, replyCode, count, line }) => ({ reason, outcome, replyCode, count, line: line + 1 })),
  };
}

/** The summary of any document read as a mail log: a mail-log's cached analysis, else a fresh read. */
export function summarizeLogDocument(text: string, languageId: string, lang: Lang, cached?: Analysis): LogSummary {
  if (languageId === 'mail-log' && cached) return logSummaryOf(cached);
  return logSummaryOf(analyzeMailLog(text, lang));
}
