/**
 * The outcome of a document at a glance, for a status bar: did the transcript's message get
 * through, whom did the bounce fail for, how many deliveries in the log failed. Computed from the
 * analysis the document already has (its summary), in English or German.
 */
import type { Lang, LogOutcome } from '../knowledge/types';
import type { Analysis } from './analysis';
import type { BounceSummary } from './eml/emlAnalyzer';
import type { BounceKind } from './eml/emlMessages';
import type { LogSummary } from './log/logAnalyzer';
import { logSummaryOf } from './log/logSummary';
import type { Reply, TranscriptModel, Transaction } from './transcript/sessionModel';

/** One transaction of a transcript, by how far its message got. */
export type TransactionOutcome =
  | { kind: 'delivered'; recipients: number; rejectedRecipients: number }
  | { kind: 'rejected-at-mail'; reply: string }
  | { kind: 'rejected-at-rcpt'; reply: string }
  | { kind: 'failed-after-data'; reply: string }
  | { kind: 'incomplete' };

/** A transcript's outcome, language-neutral: what transcriptAnalyzer.ts keeps as its summary. */
export interface TranscriptOutcome {
  kind: 'transcript-outcome';
  transactions: TransactionOutcome[];
  /** The greeting refused the connection (RFC 5321 §3.1: 554 instead of 220). */
  refusedGreeting?: string;
}

export type OutcomeSeverity = 'success' | 'warning' | 'error' | 'info';

/** What a client shows: a short text, a sentence for its tooltip, and how good the news is. */
export interface DocumentOutcome {
  source: 'transcript' | 'bounce' | 'log';
  severity: OutcomeSeverity;
  text: string;
  tooltip: string;
}

const isPositive = (reply?: Reply) => reply?.code.startsWith('2') ?? false;
const isFailure = (reply?: Reply) => !!reply && (reply.code.startsWith('4') || reply.code.startsWith('5'));
/** "550 5.1.1": the code and the enhanced code of a reply's first line. */
const replyLabel = (reply: Reply) => [reply.code, reply.lines[0]?.enhanced?.code].filter(Boolean).join(' ');

export function transcriptOutcome(model: TranscriptModel): TranscriptOutcome {
  const transactions = model.sessions.flatMap((session) => session.transactions.map(transactionOutcome));
  const refused = model.sessions.find((session) => isFailure(session.greeting))?.greeting;
  return { kind: 'transcript-outcome', transactions, ...(refused ? { refusedGreeting: replyLabel(refused) } : {}) };
}

function transactionOutcome(t: Transaction): TransactionOutcome {
  const mailReply = t.mail.reply;
  if (isFailure(mailReply)) return { kind: 'rejected-at-mail', reply: replyLabel(mailReply!) };
  const accepted = t.rcpts.filter((rcpt) => isPositive(rcpt.reply));
  const lastRefusal = [...t.rcpts].reverse().find((rcpt) => isFailure(rcpt.reply))?.reply;
  if (t.rcpts.length && !accepted.length && lastRefusal) return { kind: 'rejected-at-rcpt', reply: replyLabel(lastRefusal) };
  // DATA refused (no 354), or the end of the message (the dot, or BDAT LAST) answered with a failure.
  const dataReply = t.data?.reply;
  if (isFailure(dataReply)) return { kind: 'failed-after-data', reply: replyLabel(dataReply!) };
  const endReply = t.end?.reply;
  if (isFailure(endReply)) return { kind: 'failed-after-data', reply: replyLabel(endReply!) };
  if (isPositive(endReply)) return { kind: 'delivered', recipients: t.rcpts.length, rejectedRecipients: t.rcpts.filter((rcpt) => isFailure(rcpt.reply)).length };
  return { kind: 'incomplete' };
}

const failedLogOutcomes: LogOutcome[] = ['deferred', 'bounced', 'expired', 'rejected'];

const en = {
  delivered: 'Delivered',
  deliveredTo: (accepted: number, all: number) => `Delivered to ${accepted} of ${all} recipients`,
  rejectedAtMail: (reply: string) => `Rejected at MAIL FROM (${reply})`,
  rejectedAtRcpt: (reply: string) => `Rejected at RCPT (${reply})`,
  failedAfterData: (reply: string) => `Failed after DATA (${reply})`,
  incomplete: 'No final reply',
  refusedAtConnect: (reply: string) => `Refused at connect (${reply})`,
  noMessage: 'No message sent',
  messagesDelivered: (delivered: number, all: number) => `${delivered} of ${all} messages delivered`,
  transcriptTooltip: 'Outcome of the SMTP session in this transcript',
  transcriptTooltipMany: (all: number) => `Outcome of the ${all} messages sent in this transcript`,
  bounce: (kind: BounceKind, recipients: number, statuses: string) => {
    const who = `${recipients} recipient${recipients === 1 ? '' : 's'}`;
    const status = statuses ? ` (${statuses})` : '';
    switch (kind) {
      case 'bounce':
        return `Bounce: ${who} failed${status}`;
      case 'delay':
        return `Delayed: ${who}${status}`;
      case 'feedback-report':
        return 'Feedback report';
      case 'auto-reply':
        return 'Auto-reply';
      case 'not-a-bounce':
        return 'Not a bounce';
    }
  },
  bounceTooltip: 'Recipients and status of this bounce message',
  logFailures: (n: number) => (n === 0 ? 'Log: no failed deliveries' : `Log: ${n} failed deliver${n === 1 ? 'y' : 'ies'}`),
  logTooltip: (events: number) => `Failed deliveries (deferred, bounced, expired, rejected) among ${events} delivery events of this log`,
};

const de: typeof en = {
  delivered: 'Zugestellt',
  deliveredTo: (accepted, all) => `Zugestellt an ${accepted} von ${all} Empfängern`,
  rejectedAtMail: (reply) => `Bei MAIL FROM abgelehnt (${reply})`,
  rejectedAtRcpt: (reply) => `Bei RCPT abgelehnt (${reply})`,
  failedAfterData: (reply) => `Nach DATA gescheitert (${reply})`,
  incomplete: 'Keine abschließende Antwort',
  refusedAtConnect: (reply) => `Beim Verbindungsaufbau abgewiesen (${reply})`,
  noMessage: 'Keine Nachricht gesendet',
  messagesDelivered: (delivered, all) => `${delivered} von ${all} Nachrichten zugestellt`,
  transcriptTooltip: 'Ergebnis der SMTP-Sitzung in diesem Transkript',
  transcriptTooltipMany: (all) => `Ergebnis der ${all} in diesem Transkript gesendeten Nachrichten`,
  bounce: (kind, recipients, statuses) => {
    const who = `${recipients} Empfänger`;
    const status = statuses ? ` (${statuses})` : '';
    switch (kind) {
      case 'bounce':
        return `Bounce: ${who} gescheitert${status}`;
      case 'delay':
        return `Verzögert: ${who}${status}`;
      case 'feedback-report':
        return 'Beschwerdebericht';
      case 'auto-reply':
        return 'Automatische Antwort';
      case 'not-a-bounce':
        return 'Keine Bounce-Nachricht';
    }
  },
  bounceTooltip: 'Empfänger und Status dieser Bounce-Nachricht',
  logFailures: (n) => (n === 0 ? 'Log: keine gescheiterten Zustellungen' : `Log: ${n} gescheiterte Zustellung${n === 1 ? '' : 'en'}`),
  logTooltip: (events) => `Gescheiterte Zustellungen (verschoben, unzustellbar, abgelaufen, abgelehnt) unter ${events} Zustellereignissen dieses Logs`,
};

export function outcomeMessages(lang: Lang): typeof en {
  return lang === 'de' ? de : en;
}

/** The outcome of an analysed document, or undefined for a document kind without one (Postfix files). */
export function documentOutcome(analysis: Analysis, languageId: string, lang: Lang): DocumentOutcome | undefined {
  const summary = analysis.summary as { kind?: string } | undefined;
  const m = outcomeMessages(lang);
  // A log without delivery events has no summary yet: its outcome is still "no failures".
  if (languageId === 'mail-log') return logView(logSummaryOf(analysis), m);
  switch (summary?.kind) {
    case 'transcript-outcome':
      return transcriptView(summary as TranscriptOutcome, m);
    case 'log-summary':
      return logView(summary as LogSummary, m);
    case 'bounce':
    case 'delay':
    case 'feedback-report':
    case 'auto-reply':
    case 'not-a-bounce':
      return bounceView(summary as BounceSummary, m);
    default:
      return undefined;
  }
}

function transcriptView(outcome: TranscriptOutcome, m: typeof en): DocumentOutcome {
  const { transactions } = outcome;
  const view = (severity: OutcomeSeverity, text: string): DocumentOutcome => ({
    source: 'transcript',
    severity,
    text,
    tooltip: transactions.length > 1 ? m.transcriptTooltipMany(transactions.length) : m.transcriptTooltip,
  });
  if (!transactions.length) return outcome.refusedGreeting ? view('error', m.refusedAtConnect(outcome.refusedGreeting)) : view('info', m.noMessage);
  if (transactions.length > 1) {
    const delivered = transactions.filter((t) => t.kind === 'delivered').length;
    return view(delivered === transactions.length ? 'success' : delivered ? 'warning' : 'error', m.messagesDelivered(delivered, transactions.length));
  }
  const t = transactions[0];
  switch (t.kind) {
    case 'delivered':
      return t.rejectedRecipients ? view('warning', m.deliveredTo(t.recipients - t.rejectedRecipients, t.recipients)) : view('success', m.delivered);
    case 'rejected-at-mail':
      return view('error', m.rejectedAtMail(t.reply));
    case 'rejected-at-rcpt':
      return view('error', m.rejectedAtRcpt(t.reply));
    case 'failed-after-data':
      return view('error', m.failedAfterData(t.reply));
    case 'incomplete':
      return view('info', m.incomplete);
  }
}

function bounceView(summary: BounceSummary, m: typeof en): DocumentOutcome {
  const statuses = [...new Set(summary.recipients.map((r) => r.status).filter((s): s is string => !!s))];
  // Two statuses read at a glance; more are in the summary the item opens.
  const shown = statuses.length > 2 ? `${statuses.slice(0, 2).join(', ')}, …` : statuses.join(', ');
  const severity: OutcomeSeverity = summary.kind === 'bounce' ? 'error' : summary.kind === 'delay' ? 'warning' : 'info';
  return { source: 'bounce', severity, text: m.bounce(summary.kind, summary.recipients.length, shown), tooltip: m.bounceTooltip };
}

function logView(summary: LogSummary, m: typeof en): DocumentOutcome {
  const byOutcome = new Map<LogOutcome, number>();
  for (const row of summary.rows) byOutcome.set(row.outcome, (byOutcome.get(row.outcome) ?? 0) + row.count);
  const failures = failedLogOutcomes.reduce((sum, outcome) => sum + (summary.byOutcome?.[outcome] ?? byOutcome.get(outcome) ?? 0), 0);
  return { source: 'log', severity: failures ? 'warning' : 'success', text: m.logFailures(failures), tooltip: m.logTooltip(summary.events) };
}
