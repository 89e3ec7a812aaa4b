/**
 * Renders the bounce summary: a localized markdown table for the "SMTP: Summarize Bounce"
 * preview and plain text for the CLI. Values taken from the message are escaped.
 */
import { knowledge } from '../../knowledge';
import type { Lang } from '../../knowledge/types';
import { shortMeaning } from '../explain';
import { escapeMarkdown, inlineCode } from '../markdown';
import type { BounceSummary } from './emlAnalyzer';
import type { RecipientSummary } from './bounceTypes';
import { emlMessages } from './emlMessages';

export function bounceSummaryMarkdown(summary: BounceSummary, lang: Lang): string {
  const m = emlMessages(lang);
  const out: string[] = [`# ${escapeMarkdown(m.summaryTitle)}`, ''];
  out.push(`**${m.kindLine}:** ${escapeMarkdown(m.kind[summary.kind])}`, '');
  const several = summary.messages.length > 1;
  summary.messages.forEach((message, i) => {
    if (several) out.push(`## ${escapeMarkdown(m.messageHeading(i + 1, message.subject))}`, '', `**${m.kindLine}:** ${escapeMarkdown(m.kind[message.kind])}`, '');
    if (!message.recipients.length) {
      out.push(escapeMarkdown(m.noneInMessage), '');
      return;
    }
    const c = m.columns;
    out.push(`| ${[c.recipient, c.action, c.status, c.reply, c.remoteMta, c.diagnostic].join(' | ')} |`, '|---|---|---|---|---|---|');
    for (const r of message.recipients) out.push(`| ${row(r, lang).join(' | ')} |`);
    out.push('');
  });
  out.push(`*${escapeMarkdown(m.nullNote)}*`);
  return out.join('\n') + '\n';
}

function row(r: RecipientSummary, lang: Lang): string[] {
  const m = emlMessages(lang);
  const dash = m.notGiven;
  const cell = (value: string | null) => (value ? escapeMarkdown(value.replace(/\s+/g, ' ')) : dash);
  const withMeaning = (code: string | null) => {
    if (!code) return dash;
    const meaning = shortMeaning(code, lang);
    return `${inlineCode(code)}${meaning ? ` ${escapeMarkdown(meaning)}` : ''}`;
  };
  const action = r.action ? (m.action as Record<string, string>)[r.action] ?? r.action : null;
  const source = statusSourceText(r, lang);
  const status = source ? `${withMeaning(r.status)} (${escapeMarkdown(source)})` : withMeaning(r.status);
  return [cell(r.recipient), cell(action), status, withMeaning(r.replyCode), cell(withProvider(r.remoteMta, r)), cell(r.diagnostic && r.diagnostic.length > 300 ? `${r.diagnostic.slice(0, 300)}…` : r.diagnostic)];
}

/** Where the status came from when it is not the DSN's Status field, in words; null where it is. */
function statusSourceText(r: RecipientSummary, lang: Lang): string | null {
  const m = emlMessages(lang);
  return r.statusSource === 'diagnostic-code' ? m.statusFromDiagnostic : r.statusSource === 'notification-text' ? m.statusFromText : null;
}

/** The host with the provider it belongs to, where one is identified: "mx.example.net (Yahoo Mail)". */
function withProvider(host: string | null, r: RecipientSummary): string | null {
  const name = r.provider ? knowledge.provider(r.provider)?.name : undefined;
  if (!name) return host;
  return host ? `${host} (${name})` : name;
}

/** Plain text for `smtp-codes bounce --format text`. */
export function bounceSummaryText(file: string, summary: BounceSummary, lang: Lang): string {
  const m = emlMessages(lang);
  const out = [`${file}: ${m.kind[summary.kind]}`];
  for (const r of summary.recipients) {
    const source = statusSourceText(r, lang);
    const status = r.status ? (source ? `${r.status} (${source})` : r.status) : m.notGiven;
    const fields = [r.recipient ?? m.notGiven, r.action ?? m.notGiven, status, r.replyCode ?? m.notGiven, withProvider(r.remoteMta, r) ?? m.notGiven];
    out.push(`  ${fields.join('  ')}`);
    if (r.diagnostic) out.push(`    ${r.diagnostic}`);
  }
  return out.join('\n') + '\n';
}
