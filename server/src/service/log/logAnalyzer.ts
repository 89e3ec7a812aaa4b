/**
 * Analyses a mail log line by line: hovers on status words, dsn= values and reply codes (each code
 * of a line gets its own hover), the rare real contradiction as a diagnostic, optional per-line
 * information diagnostics, and the outcome summary behind "SMTP: Summarize Log". One pass, linear
 * in the size of the log; hover sections are shared objects, so a 50 MB log stays cheap.
 */
import { logStatusKnowledge } from '../../knowledge';
import { isOutsideReplyGrammar } from '../../knowledge/codes';
import type { Lang, LogMta, LogOutcome, LogStatusEntry } from '../../knowledge/types';
import { SpanTable, emptyAnalysis, range, type Analysis, type Finding, type InlayHintInfo } from '../analysis';
import { ruleMessage } from '../diagnosticRules';
import { shortMeaning, type ViewSection } from '../explain';
import { identifyProvider } from '../providers';
import { forEachLine } from '../lines';
import type { Settings } from '../settings';
import { strongSpans } from '../strongContext';
import { parseLogLine, type LogEvent } from './logLine';
import { logMessages } from './logMessages';

export interface LogSummaryRow {
  outcome: LogOutcome;
  mta: LogMta;
  /** The dsn= value or the enhanced code of the reply. */
  status: string | null;
  replyCode: string | null;
  remoteHost: string | null;
  count: number;
  /** 0-based line numbers of the first occurrences. */
  lines: number[];
}

/** Failed deliveries (deferred, bounced, expired, rejected by the remote side) per provider that answered. */
export interface ProviderFailures {
  provider: string;
  name: string;
  failures: number;
}

/** A reason as pflogsumm lists it: the text of the reply (or the MTA's own words), addresses and ids blanked. */
export interface LogReason {
  reason: string;
  outcome: LogOutcome;
  replyCode: string | null;
  count: number;
  /** 0-based line number of the first occurrence. */
  line: number;
}

export interface LogSummary {
  kind: 'log-summary';
  lineCount: number;
  events: number;
  /** Events per outcome, in the order of `outcomeOrder`; outcomes without events are left out. */
  byOutcome?: Partial<Record<LogOutcome, number>>;
  /** The most frequent reasons of failed events, most frequent first (at most `reasonLimit`). */
  reasons?: LogReason[];
  /** Most failures first; only providers identified by the remote host or a mark in its reply. */
  providers?: ProviderFailures[];
  rows: LogSummaryRow[];
}

/** How many line links each summary row keeps. */
export const summaryLineLimit = 10;
/** How many of the most frequent failure reasons the summary lists. */
export const reasonLimit = 10;
const outcomeOrder: LogOutcome[] = ['delivered', 'deferred', 'bounced', 'expired', 'rejected', 'other'];

const expectedClass: Record<string, string> = {
  'postfix:sent': '2',
  'postfix:deferred': '4',
  'postfix:bounced': '5',
  'sendmail:Sent': '2',
  'sendmail:Deferred': '4',
};

export const failureOutcomes = new Set<LogOutcome>(['deferred', 'bounced', 'expired', 'rejected']);

/** How far a full pass has read: the offset in the text and the lines done (for the CLI's progress bar). */
export type LogProgress = (offset: number, lines: number) => void;
/** A full pass reports its progress once per this many lines. */
const progressLines = 8192;

export function analyzeMailLog(text: string, lang: Lang, settings?: Settings): Analysis {
  if (settings?.logPerLineDiagnostics) return new LogAnalyzer(lang, true).run(text);
  return lazyLogAnalysis(text, lang);
}

/** analyzeMailLog without per-line diagnostics, its full pass reporting how far it has read. */
export function analyzeMailLogWithProgress(text: string, lang: Lang, onProgress: LogProgress): Analysis {
  return lazyLogAnalysis(text, lang, onProgress);
}

/**
 * Without per-line diagnostics a log's findings are rare contradictions that only a few lines can
 * hold: they come from a guarded scan (the lines that may hold one are parsed, no others), and the
 * hovers, hints and summary from one full pass run on the first request that needs them. So
 * opening a 50 MB log costs a scan, not a model of every line.
 */
function lazyLogAnalysis(text: string, lang: Lang, onProgress?: LogProgress): Analysis {
  let full: Analysis | undefined;
  const complete = () => (full ??= new LogAnalyzer(lang, false).run(text, onProgress));
  return {
    findings: new LogAnalyzer(lang, false).findings(text),
    symbols: [],
    folds: [],
    codeLenses: [],
    get spans() {
      return complete().spans;
    },
    get inlayHints() {
      return complete().inlayHints;
    },
    get summary() {
      return complete().summary;
    },
    get spanTable() {
      return complete().spanTable;
    },
  };
}

/** The next index of a needle at or after a position, remembered until passed: one scan of the text in all. */
class NextOccurrence {
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string | RegExp,
  ) {}

  from(position: number): number {
    if (this.at < position) {
      if (typeof this.needle === 'string') this.at = this.text.indexOf(this.needle, position);
      else {
        this.needle.lastIndex = position;
        this.at = this.needle.exec(this.text)?.index ?? -1;
      }
      if (this.at < 0) this.at = Infinity;
    }
    return this.at;
  }
}

// What a reply outside the grammar looks like wherever parseLogLine reads one: its markers never end in a digit.
const outsideGrammarReply = /(?<!\d)[2-5][6-9]\d(?=[ \-_\r\n]|$)/g;
const dsnClassBits: Record<string, number> = { '2': 1, '4': 2, '5': 4 };

class LogAnalyzer {
  private readonly out = emptyAnalysis();
  private readonly table = new SpanTable();
  /** The detail of each status word's span, one per status (its title, sections and sources). */
  private readonly statusDetails = new Map<string, number>();
  private readonly m;
  private readonly statusSections = new Map<string, ViewSection[]>();
  private readonly contextSections = new Map<string, ViewSection[]>();
  private readonly meanings = new Map<string, string | undefined>();
  private readonly rows = new Map<string, LogSummaryRow>();
  private readonly providerFailures = new Map<string, ProviderFailures>();
  private readonly outcomes = new Map<LogOutcome, number>();
  private readonly reasons = new Map<string, LogReason>();
  private events = 0;

  constructor(private readonly lang: Lang, private readonly perLine: boolean) {
    this.m = logMessages(lang);
  }

  /**
   * The findings of a full pass without per-line diagnostics, reading only the lines that may hold
   * one: a reply outside the grammar, or a dsn= class that some status word on the line contradicts.
   */
  findings(text: string): Finding[] {
    const outside = new NextOccurrence(text, outsideGrammarReply);
    const dsn = new NextOccurrence(text, 'dsn=');
    const status = new NextOccurrence(text, 'status=');
    const stat = new NextOccurrence(text, 'stat=');
    forEachLine(text, (start, end, _breakLength, n) => {
      if (outside.from(start) >= end && !this.dsnMayContradict(text, start, end, dsn, status, stat)) return;
      const event = parseLogLine(text.slice(start, end));
      if (event) this.checkEvent(event, n);
    });
    return this.out.findings;
  }

  /** Whether a dsn= class on the line differs from the class a status word on it expects (as expectedClass). */
  private dsnMayContradict(text: string, start: number, end: number, dsn: NextOccurrence, status: NextOccurrence, stat: NextOccurrence): boolean {
    let classes = 0;
    for (let p = dsn.from(start); p < end; p = dsn.from(p + 1)) classes |= dsnClassBits[text[p + 4]] ?? 0;
    if (!classes) return false;
    let contradicted = false;
    for (let p = status.from(start); p < end; p = status.from(p + 1)) {
      const expected = text.startsWith('sent', p + 7) ? 1 : text.startsWith('deferred', p + 7) ? 2 : text.startsWith('bounced', p + 7) ? 4 : 0;
      if (expected && classes & ~expected) contradicted = true;
    }
    for (let p = stat.from(start); p < end; p = stat.from(p + 1)) {
      const expected = text.startsWith('Sent', p + 5) ? 1 : text.startsWith('Deferred', p + 5) ? 2 : 0;
      if (expected && classes & ~expected) contradicted = true;
    }
    return contradicted;
  }

  run(text: string, onProgress?: LogProgress): Analysis {
    const lineCount = forEachLine(text, (start, end, _breakLength, line) => {
      if (onProgress && line % progressLines === 0) onProgress(start, line);
      this.visit(text.slice(start, end), line);
    });
    const summary: LogSummary = {
      kind: 'log-summary',
      lineCount,
      events: this.events,
      rows: [...this.rows.values()].sort((a, b) => b.count - a.count || a.lines[0] - b.lines[0]),
      providers: [...this.providerFailures.values()].sort((a, b) => b.failures - a.failures || a.name.localeCompare(b.name)),
      byOutcome: Object.fromEntries(outcomeOrder.filter((o) => this.outcomes.has(o)).map((o) => [o, this.outcomes.get(o)!])),
      reasons: [...this.reasons.values()].sort((a, b) => b.count - a.count || a.line - b.line).slice(0, reasonLimit),
    };
    this.out.summary = summary;
    return withSpanTable(this.out, this.table, (key) => this.meaning(key));
  }

  private visit(line: string, n: number): void {
    const event = parseLogLine(line);
    const taken = new Set<number>();
    if (event) this.eventSpans(event, line, n, taken);
    // Codes in other strong contexts on the same line ("550 5.1.10", "Status: 5.7.1").
    if (!hasDigitTriple(line)) return;
    for (const span of strongSpans(line, n)) {
      if (taken.has(span.range.start.character)) continue;
      // The client named in a local rejection is not the one speaking.
      const providerHost = event?.host && event.reply?.from !== 'local' ? event.host : undefined;
      const detail = this.table.addDetail({ providerText: span.providerText, providerHost });
      this.table.add(n, span.range.start.character, span.range.end.character, span.key, detail);
    }
  }

  private eventSpans(event: LogEvent, line: string, n: number, taken: Set<number>): void {
    const entry = event.status ? this.statusEntry(event.status.key) : undefined;
    if (event.status && entry) {
      let detail = this.statusDetails.get(event.status.key);
      if (detail === undefined) {
        detail = this.table.addDetail({ title: entry.title[this.lang], sections: this.sectionsFor(entry), references: entry.references });
        this.statusDetails.set(event.status.key, detail);
      }
      this.table.add(n, event.status.col, event.status.col + event.status.length, undefined, detail);
    }
    const reply = event.reply;
    // Only a remote reply's host is the provider speaking; a local rejection names the client.
    const host = reply?.from === 'local' ? undefined : event.host;
    const remoteText = reply && reply.from !== 'local' ? line.slice(reply.col, reply.col + 400) : undefined;
    if (event.dsn) {
      taken.add(event.dsn.col);
      const detail = this.table.addDetail({ providerText: remoteText, providerHost: host, sections: this.context('dsn') });
      this.table.add(n, event.dsn.col, event.dsn.col + event.dsn.text.length, event.dsn.text, detail);
    }
    if (reply) {
      taken.add(reply.col);
      const sections = reply.from === 'local' ? this.context('local') : this.context(`remote|${event.host ?? ''}`);
      const providerText = line.slice(reply.col, reply.col + 400).replace(/_/g, event.mta === 'qmail' ? ' ' : '_');
      // One detail for every code of the reply: they share its text, host and context.
      const detail = this.table.addDetail({ providerText, providerHost: host, sections });
      this.table.add(n, reply.col, reply.col + 3, reply.text, detail);
      for (const part of [reply, ...(reply.continuations ?? [])]) {
        if (part !== reply) {
          taken.add(part.col);
          this.table.add(n, part.col, part.col + 3, part.text, detail);
        }
        if (part.enhanced) {
          taken.add(part.enhanced.col);
          this.table.add(n, part.enhanced.col, part.enhanced.col + part.enhanced.text.length, part.enhanced.text, detail);
        }
      }
    }
    if (event.enhancedOnly) {
      taken.add(event.enhancedOnly.col);
      const e = event.enhancedOnly;
      this.table.add(n, e.col, e.col + e.text.length, e.text, this.localDetail());
    }
    this.checkEvent(event, n);
    this.summarize(event, n, line);
  }

  private checkEvent(event: LogEvent, n: number): void {
    const reply = event.reply;
    if (reply && isOutsideReplyGrammar(reply.text)) {
      this.out.findings.push({
        rule: 'log.reply-code-outside-grammar',
        range: range(n, reply.col, reply.col + 3),
        message: ruleMessage('log.reply-code-outside-grammar', this.lang, reply.text),
      });
    }
    const status = event.status;
    if (status && event.dsn) {
      const expected = expectedClass[status.key];
      if (expected && event.dsn.text[0] !== expected) {
        const where = event.mta === 'sendmail' ? `stat=${status.text}` : `status=${status.text}`;
        this.out.findings.push({
          rule: 'log.dsn-status-mismatch',
          range: range(n, event.dsn.col, event.dsn.col + event.dsn.text.length),
          message: ruleMessage('log.dsn-status-mismatch', this.lang, event.dsn.text, where, expected),
        });
      }
    }
    if (!this.perLine || !failureOutcomes.has(event.outcome)) return;
    const code = event.reply ?? event.dsn ?? event.enhancedOnly;
    const anchor = code ?? (status ? { col: status.col, text: status.text } : undefined);
    if (!anchor) return;
    const codeText = event.reply ? [event.reply.text, event.reply.enhanced?.text].filter(Boolean).join(' ') : anchor.text;
    const entry = status ? this.statusEntry(status.key) : undefined;
    const meaning = (code && this.meaning(code.text)) ?? entry?.meaning[this.lang] ?? this.m.outcomes[event.outcome];
    const context = [code ? status?.text : undefined, event.recipient].filter(Boolean).join(' ');
    this.out.findings.push({
      rule: 'log.delivery-failure',
      range: range(n, anchor.col, anchor.col + anchor.text.length),
      message: ruleMessage('log.delivery-failure', this.lang, codeText, meaning, context),
    });
  }

  private countProviderFailure(event: LogEvent, line: string): void {
    const replyText = event.reply ? line.slice(event.reply.col, event.reply.col + 400) : '';
    const provider = identifyProvider({ replyText, hosts: event.host })?.provider;
    if (!provider) return;
    const entry = this.providerFailures.get(provider.id) ?? { provider: provider.id, name: provider.name, failures: 0 };
    entry.failures++;
    this.providerFailures.set(provider.id, entry);
  }

  private summarize(event: LogEvent, n: number, line: string): void {
    if (!isSummaryEvent(event)) return;
    const status = eventStatus(event);
    const replyCode = event.reply?.text ?? null;
    this.events++;
    this.outcomes.set(event.outcome, (this.outcomes.get(event.outcome) ?? 0) + 1);
    if (failureOutcomes.has(event.outcome)) this.countReason(event, line, n);
    const remoteHost = event.host ?? null;
    if (failureOutcomes.has(event.outcome) && event.reply?.from !== 'local') this.countProviderFailure(event, line);
    const key = `${event.outcome}|${event.mta}|${status}|${replyCode}|${remoteHost}`;
    const row = this.rows.get(key);
    if (row) {
      row.count++;
      if (row.lines.length < summaryLineLimit) row.lines.push(n);
    } else {
      this.rows.set(key, { outcome: event.outcome, mta: event.mta, status, replyCode, remoteHost, count: 1, lines: [n] });
    }
  }

  private countReason(event: LogEvent, line: string, n: number): void {
    const reason = reasonText(event, line);
    if (!reason) return;
    const replyCode = event.reply?.text ?? null;
    const key = `${event.outcome}|${replyCode}|${reason}`;
    const known = this.reasons.get(key);
    if (known) known.count++;
    else this.reasons.set(key, { reason, outcome: event.outcome, replyCode, count: 1, line: n });
  }

  private statusEntry(key: string): LogStatusEntry | undefined {
    const colon = key.indexOf(':');
    return logStatusKnowledge.status(key.slice(0, colon), key.slice(colon + 1));
  }

  private localDetailId?: number;

  private localDetail(): number {
    return (this.localDetailId ??= this.table.addDetail({ sections: this.context('local') }));
  }

  private meaning(code: string): string | undefined {
    if (!this.meanings.has(code)) this.meanings.set(code, shortMeaning(code, this.lang));
    return this.meanings.get(code);
  }

  private sectionsFor(entry: LogStatusEntry): ViewSection[] {
    const key = `${entry.mta}:${entry.word}`;
    let sections = this.statusSections.get(key);
    if (!sections) {
      sections = [
        { heading: this.m.meaning, paragraphs: [entry.meaning[this.lang]] },
        { heading: this.m.next, paragraphs: [entry.next[this.lang]] },
      ];
      this.statusSections.set(key, sections);
    }
    return sections;
  }

  private context(kind: string): ViewSection[] {
    let sections = this.contextSections.get(kind);
    if (!sections) {
      const text = kind === 'dsn' ? this.m.dsnField : kind === 'local' ? this.m.localReply : this.m.remoteReply(kind.slice(kind.indexOf('|') + 1));
      sections = [{ heading: this.m.inThisLog, paragraphs: [text] }];
      this.contextSections.set(kind, sections);
    }
    return sections;
  }
}

/** The enhanced status of an event: its dsn= value, else the enhanced code of its reply or one logged alone. */
export function eventStatus(event: LogEvent): string | null {
  return event.dsn?.text ?? event.reply?.enhanced?.text ?? event.enhancedOnly?.text ?? null;
}

/** Whether an event counts in the summary (and the dashboard): a delivery attempt or rejection with something to show, logged once. */
export function isSummaryEvent(event: LogEvent): boolean {
  if (event.outcome === 'received' || event.repeated) return false;
  return !!(event.status || eventStatus(event) || event.reply || event.reasonCol !== undefined);
}

/**
 * The reason of a failed event, grouped as pflogsumm groups them: the text after the codes, up to the
 * end of the reply, with addresses, ids and Exim's timing fields blanked so that one cause counts once.
 */
export function reasonText(event: LogEvent, line: string): string | undefined {
  if (event.reasonCol === undefined) return undefined;
  let start = event.reasonCol;
  const reply = event.reply;
  if (reply && reply.col === start) start = reply.enhanced ? reply.enhanced.col + reply.enhanced.text.length : reply.col + 3;
  else if (event.enhancedOnly?.col === start) start += event.enhancedOnly.text.length;
  let text = line.slice(start, start + 300);
  if (event.mta === 'qmail') text = text.replace(/_/g, ' ').replace(/\/.*$/, '');
  text = text
    .replace(/\\n[2-5]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3} )?/g, ' ')
    .replace(/ DT=\S+.*$/, '')
    .replace(/"?\)?$/, '')
    .replace(/<[^<>\s]*@[^<>\s]*>/g, '<…>')
    .replace(/\b\S+@\S+\.\w+\b/g, '…')
    .replace(/\b(?=[0-9A-Fa-f]*\d)[0-9A-Za-z]{10,}\b/g, '…')
    .replace(/^[\s:;,-]+|[\s.]+$/g, '')
    .replace(/\s+/g, ' ');
  if (!text) return undefined;
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

/**
 * The analysis with its spans in the table: `spans` and `inlayHints` (each keyed span's meaning at
 * its end) are materialised only for callers that ask for them; the service reads the table.
 */
function withSpanTable(out: Analysis, table: SpanTable, hintLabel: (key: string) => string | undefined): Analysis {
  table.hintLabel = hintLabel;
  const { spans: _spans, inlayHints: _hints, ...rest } = out;
  return {
    ...rest,
    spanTable: table,
    get spans() {
      return table.toSpans();
    },
    get inlayHints() {
      const hints: InlayHintInfo[] = [];
      for (let i = 0; i < table.length; i++) {
        const key = table.key(i);
        const label = key === undefined ? undefined : hintLabel(key);
        if (label) hints.push({ line: table.line(i), character: table.end(i), label });
      }
      return hints;
    },
  };
}

/** A cheap pre-check: strong contexts all contain three digits in a row. */
function hasDigitTriple(line: string): boolean {
  let run = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++run === 3) return true;
    } else run = 0;
  }
  return false;
}
