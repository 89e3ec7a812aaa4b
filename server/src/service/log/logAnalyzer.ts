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
import { firstAtLine, forEachLine } from '../lines';
import { forEachDirtyLine, updateOf, withUpdate, type DirtyLines } from '../incremental';
import { LineRecords } from './lineRecords';
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
  return lazyLogAnalysis(text, lang, new LogAnalyzer(lang, false).findings(text));
}

/** analyzeMailLog without per-line diagnostics, its full pass reporting how far it has read. */
export function analyzeMailLogWithProgress(text: string, lang: Lang, onProgress: LogProgress): Analysis {
  return lazyLogAnalysis(text, lang, new LogAnalyzer(lang, false).findings(text), undefined, onProgress);
}

/**
 * Without per-line diagnostics a log's findings are rare contradictions that only a few lines can
 * hold: they come from a guarded scan (the lines that may hold one are parsed, no others), and the
 * hovers, hints and summary from one full pass run on the first request that needs them. So
 * opening a 50 MB log costs a scan, not a model of every line.
 */
function lazyLogAnalysis(text: string, lang: Lang, findings: Finding[], full?: Analysis, onProgress?: LogProgress): Analysis {
  const complete = () => (full ??= new LogAnalyzer(lang, false).run(text, onProgress));
  const analysis: Analysis = {
    findings,
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
  // An edit re-scans its lines; a full pass already made is updated too, one not made yet stays lazy.
  return withUpdate(analysis, (newText, dirty) => {
    const newFindings = spliceFindings(findings, dirty, new LogAnalyzer(lang, false).findings(newText, dirty));
    return lazyLogAnalysis(newText, lang, newFindings, full && updateOf(full)!(newText, dirty));
  });
}

/** The findings of an edited version: those before and after the edited lines (shifted), and the edited lines' own. */
function spliceFindings(previous: Finding[], dirty: DirtyLines, edited: Finding[]): Finding[] {
  const lineOf = (i: number) => previous[i].range.start.line;
  const shift = dirty.to - dirty.oldTo;
  const after = previous.slice(firstAtLine(previous.length, lineOf, dirty.oldTo));
  return [...previous.slice(0, firstAtLine(previous.length, lineOf, dirty.from)), ...edited, ...(shift ? after.map((f) => shiftFinding(f, shift)) : after)];
}

function shiftFinding(finding: Finding, shift: number): Finding {
  const { start, end } = finding.range;
  return { ...finding, range: { start: { line: start.line + shift, character: start.character }, end: { line: end.line + shift, character: end.character } } };
}

/** The next index of a string at or after a position, remembered until passed: one scan of the text in all. */
class NextOccurrence {
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  from(position: number): number {
    if (this.at < position) {
      this.at = this.text.indexOf(this.needle, position);
      if (this.at < 0) this.at = Infinity;
    }
    return this.at;
  }
}

/**
 * Where a line may hold a finding: a reply outside the grammar, as it looks wherever parseLogLine
 * reads one (its markers never end in a digit), or a dsn= value of a class a status word may
 * contradict. The dsn= alternative consumes no digit, so it hides no reply after it.
 */
const findingCandidate = /(?<!\d)[2-5][6-9]\d(?=[ \-_\r\n]|$)|dsn=(?=[245])/;
const dsnClassBits: Record<string, number> = { '2': 1, '4': 2, '5': 4 };

/** Per version of a log: the counts of its summary events by row, reason and provider id. */
interface SummaryCounts {
  rows: number[];
  reasons: number[];
  providers: number[];
}

/** Columns of the per-line summary records. */
const rowColumn = 0;
const reasonColumn = 1;
const providerColumn = 2;

class LogAnalyzer {
  private out = emptyAnalysis();
  private table = new SpanTable();
  /** The detail of each status word's span, one per status (its title, sections and sources). */
  private readonly statusDetails = new Map<string, number>();
  private readonly m;
  private readonly statusSections = new Map<string, ViewSection[]>();
  private readonly contextSections = new Map<string, ViewSection[]>();
  private readonly meanings = new Map<string, string | undefined>();
  /** What each summary row, reason and provider is, by id, shared by every version of the log. */
  private readonly rowIds = new Map<string, number>();
  private readonly rowKinds: Omit<LogSummaryRow, 'count' | 'lines'>[] = [];
  private readonly reasonIds = new Map<string, number>();
  private readonly reasonKinds: Omit<LogReason, 'count' | 'line'>[] = [];
  private readonly providerIds = new Map<string, number>();
  private readonly providerKinds: Omit<ProviderFailures, 'failures'>[] = [];
  /** This version's summary event per line that has one (row, reason and provider ids, -1 for none), and their counts. */
  private events = new LineRecords(3);
  private counts: SummaryCounts = { rows: [], reasons: [], providers: [] };
  /** The analysis of the latest version, the only one an edit may update from. */
  private current?: Analysis;

  constructor(private readonly lang: Lang, private readonly perLine: boolean) {
    this.m = logMessages(lang);
  }

  /**
   * The findings of a full pass without per-line diagnostics, reading only the lines that may hold
   * one: a reply outside the grammar, or a dsn= class that some status word on the line contradicts.
   */
  findings(text: string, dirty?: DirtyLines): Finding[] {
    // An edit's lines are scanned in a slice of their own, so that no search runs on into the rest of the log.
    const scanned = dirty ? text.slice(dirty.fromOffset, dirty.toOffset) : text;
    const firstLine = dirty?.from ?? 0;
    const lineCount = dirty ? dirty.to - dirty.from : Infinity;
    // One pass of one expression finds both kinds of candidate, in order; most lines hold neither and cost a comparison.
    // test() builds no match object: where a candidate ended tells which it was (a reply ends in a digit, dsn= in '=').
    const candidates = new RegExp(findingCandidate.source, 'g');
    const nextCandidateEnd = () => (candidates.test(scanned) ? candidates.lastIndex : Infinity);
    let next = nextCandidateEnd();
    const stat = new NextOccurrence(scanned, 'stat');
    forEachLine(scanned, (start, end, _breakLength, i) => {
      if (i >= lineCount) return false;
      if (next > end) return;
      let outside = false;
      let classes = 0;
      for (; next <= end; next = nextCandidateEnd()) {
        if (scanned.charCodeAt(next - 1) === 61) classes |= dsnClassBits[scanned[next]];
        else outside = true;
      }
      if (!outside && !this.statusContradicts(scanned, start, end, classes, stat)) return;
      const event = parseLogLine(scanned.slice(start, end));
      if (event) this.checkEvent(event, firstLine + i);
    });
    return this.out.findings;
  }

  /** Whether a status word on the line (status= or stat=, found by their common start) expects a class other than the line's dsn= classes. */
  private statusContradicts(text: string, start: number, end: number, classes: number, stat: NextOccurrence): boolean {
    for (let p = stat.from(start); p < end; p = stat.from(p + 1)) {
      let expected = 0;
      if (text.startsWith('us=', p + 4)) expected = text.startsWith('sent', p + 7) ? 1 : text.startsWith('deferred', p + 7) ? 2 : text.startsWith('bounced', p + 7) ? 4 : 0;
      else if (text.charCodeAt(p + 4) === 61 /* = */) expected = text.startsWith('Sent', p + 5) ? 1 : text.startsWith('Deferred', p + 5) ? 2 : 0;
      if (expected && classes & ~expected) return true;
    }
    return false;
  }

  run(text: string, onProgress?: LogProgress): Analysis {
    const lineCount = forEachLine(text, (start, end, _breakLength, line) => {
      if (onProgress && line % progressLines === 0) onProgress(start, line);
      this.visit(text.slice(start, end), line);
    });
    return this.version(lineCount);
  }

  /** The analysis of what has been read; an edit turns this analyzer into the next version's (see update). */
  private version(lineCount: number): Analysis {
    const { events, counts } = this;
    const analysis = withSpanTable(this.out.findings, this.table, (key) => this.meaning(key), () => this.summaryOf(lineCount, events, counts));
    this.current = analysis;
    return withUpdate(analysis, (text, dirty) => (this.current === analysis ? this.update(text, dirty) : new LogAnalyzer(this.lang, this.perLine).run(text)));
  }

  /**
   * The next version after an edit: the spans, summary events and findings of the lines before and
   * after the edited ones are copied (those after shifted by the lines the edit added or removed),
   * the edited lines are read again, and the summary counts lose the removed lines' events and gain
   * the new ones'. The previous version's analysis keeps its own tables.
   */
  private update(text: string, dirty: DirtyLines): Analysis {
    const { table, events, out } = this;
    const shift = dirty.to - dirty.oldTo;
    const tableLine = (i: number) => table.line(i);
    const eventLine = (i: number) => events.line(i);
    const [tableCut, tableResume] = [firstAtLine(table.length, tableLine, dirty.from), firstAtLine(table.length, tableLine, dirty.oldTo)];
    const [eventCut, eventResume] = [firstAtLine(events.length, eventLine, dirty.from), firstAtLine(events.length, eventLine, dirty.oldTo)];
    this.table = table.emptySharingDetails();
    this.events = new LineRecords(3);
    this.counts = { rows: [...this.counts.rows], reasons: [...this.counts.reasons], providers: [...this.counts.providers] };
    this.out = emptyAnalysis();
    this.table.copyRows(table, 0, tableCut, 0);
    this.events.copyRows(events, 0, eventCut, 0);
    for (let i = eventCut; i < eventResume; i++) this.count(events.value(i, rowColumn), events.value(i, reasonColumn), events.value(i, providerColumn), -1);
    forEachDirtyLine(text, dirty, (start, end, n) => this.visit(text.slice(start, end), n));
    this.table.copyRows(table, tableResume, table.length, shift);
    this.events.copyRows(events, eventResume, events.length, shift);
    this.out.findings = spliceFindings(out.findings, dirty, this.out.findings);
    return this.version(dirty.lineCount);
  }

  private count(row: number, reason: number, provider: number, delta: number): void {
    const { counts } = this;
    counts.rows[row] = (counts.rows[row] ?? 0) + delta;
    if (reason >= 0) counts.reasons[reason] = (counts.reasons[reason] ?? 0) + delta;
    if (provider >= 0) counts.providers[provider] = (counts.providers[provider] ?? 0) + delta;
  }

  /** The summary of one version: counts as kept, the first lines of each row and reason from its per-line records. */
  private summaryOf(lineCount: number, events: LineRecords, counts: SummaryCounts): LogSummary {
    const rows: LogSummaryRow[] = [];
    const rowOf: LogSummaryRow[] = [];
    counts.rows.forEach((count, id) => count > 0 && rows.push((rowOf[id] = { ...this.rowKinds[id], count, lines: [] })));
    const reasons: LogReason[] = [];
    const reasonOf: LogReason[] = [];
    counts.reasons.forEach((count, id) => count > 0 && reasons.push((reasonOf[id] = { ...this.reasonKinds[id], count, line: -1 })));
    for (let i = 0; i < events.length; i++) {
      const row = rowOf[events.value(i, rowColumn)];
      if (row.lines.length < summaryLineLimit) row.lines.push(events.line(i));
      const reason = reasonOf[events.value(i, reasonColumn)];
      if (reason && reason.line < 0) reason.line = events.line(i);
    }
    const outcomes = new Map<LogOutcome, number>();
    for (const row of rows) outcomes.set(row.outcome, (outcomes.get(row.outcome) ?? 0) + row.count);
    const providers: ProviderFailures[] = [];
    counts.providers.forEach((failures, id) => failures > 0 && providers.push({ ...this.providerKinds[id], failures }));
    return {
      kind: 'log-summary',
      lineCount,
      events: rows.reduce((sum, row) => sum + row.count, 0),
      rows: rows.sort((a, b) => b.count - a.count || a.lines[0] - b.lines[0]),
      providers: providers.sort((a, b) => b.failures - a.failures || a.name.localeCompare(b.name)),
      byOutcome: Object.fromEntries(outcomeOrder.filter((o) => outcomes.has(o)).map((o) => [o, outcomes.get(o)!])),
      reasons: reasons.sort((a, b) => b.count - a.count || a.line - b.line).slice(0, reasonLimit),
    };
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

  /** The failed delivery's provider (-1 for none identified). */
  private providerId(event: LogEvent, line: string): number {
    const replyText = event.reply ? line.slice(event.reply.col, event.reply.col + 400) : '';
    const provider = identifyProvider({ replyText, hosts: event.host })?.provider;
    return provider ? idOf(this.providerIds, this.providerKinds, provider.id, () => ({ provider: provider.id, name: provider.name })) : -1;
  }

  /** Records the line's summary event (its row, reason and provider) and counts it. */
  private summarize(event: LogEvent, n: number, line: string): void {
    if (!isSummaryEvent(event)) return;
    const status = eventStatus(event);
    const replyCode = event.reply?.text ?? null;
    const remoteHost = event.host ?? null;
    const failed = failureOutcomes.has(event.outcome);
    const key = `${event.outcome}|${event.mta}|${status}|${replyCode}|${remoteHost}`;
    const row = idOf(this.rowIds, this.rowKinds, key, () => ({ outcome: event.outcome, mta: event.mta, status, replyCode, remoteHost }));
    const reason = failed ? this.reasonId(event, line) : -1;
    const provider = failed && event.reply?.from !== 'local' ? this.providerId(event, line) : -1;
    this.events.add(n, row, reason, provider);
    this.count(row, reason, provider, 1);
  }

  /** The failed event's reason (-1 for none). */
  private reasonId(event: LogEvent, line: string): number {
    const reason = reasonText(event, line);
    if (!reason) return -1;
    const replyCode = event.reply?.text ?? null;
    return idOf(this.reasonIds, this.reasonKinds, `${event.outcome}|${replyCode}|${reason}`, () => ({ reason, outcome: event.outcome, replyCode }));
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
  let text = line.slice(start, Math.min(start + 300, event.reasonEnd ?? Infinity));
  if (event.mta === 'qmail') text = text.replace(/_/g, ' ').replace(/\/.*$/, '');
  // A quoted CSV field of Exchange doubles its quotes.
  else if (event.mta === 'microsoft') text = text.replace(/""/g, '"');
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

/** The id of a summary key, registering what it stands for the first time. */
function idOf<T>(ids: Map<string, number>, kinds: T[], key: string, kind: () => T): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = kinds.push(kind()) - 1;
    ids.set(key, id);
  }
  return id;
}

/**
 * The analysis with its spans in the table: `spans` and `inlayHints` (each keyed span's meaning at
 * its end) are materialised only for callers that ask for them, the summary on first request; the
 * service reads the table.
 */
function withSpanTable(findings: Finding[], table: SpanTable, hintLabel: (key: string) => string | undefined, summary: () => LogSummary): Analysis {
  table.hintLabel = hintLabel;
  let built: LogSummary | undefined;
  return {
    findings,
    symbols: [],
    folds: [],
    codeLenses: [],
    spanTable: table,
    get summary() {
      return (built ??= summary());
    },
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
