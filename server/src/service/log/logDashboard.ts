/**
 * The model behind the log dashboard (the webview and `smtp-codes log-summary --format html`):
 * outcomes over time, the top reply codes, enhanced codes, remote hosts, recipient domains,
 * providers and reasons, each bar and row with the lines it counts (the first few, and the total).
 * One linear pass with the same line reader and event filter as the summary, so the counts agree,
 * keeps per event a few numbers (`DashboardRecords`: its line, outcome, stamp and the ids of its
 * code, host, domain, reason and provider, in typed arrays) and the counts per id; the dashboard is
 * made from them. Once made for a log's cached analysis, the records follow its edits: the edited
 * lines are read again and spliced in, the counts lose the removed events and gain the new ones.
 * A bar's or row's further lines are paged from the same records by its key (`logDashboardLines`).
 */
import type { Lang, LogOutcome } from '../../knowledge/types';
import type { Analysis } from '../analysis';
import { shortMeaning } from '../explain';
import { forEachDirtyLine, updateOf, withUpdate, type DirtyLines } from '../incremental';
import { firstAtLine, forEachLine } from '../lines';
import { identifyProvider } from '../providers';
import { eventStatus, failureOutcomes, isSummaryEvent, reasonText, type LogProgress } from './logAnalyzer';
import { LineRecords } from './lineRecords';
import { parseLogLine } from './logLine';

export type DashboardOutcome = Exclude<LogOutcome, 'received'>;
/** The series of the charts, in stacking order. */
export const dashboardOutcomes: readonly DashboardOutcome[] = ['delivered', 'deferred', 'bounced', 'expired', 'rejected', 'other'];

export interface DashboardRow {
  /** What the row counts: a code, a host, a domain, a provider id, or a reason's text. */
  key: string;
  label: string;
  /** The short meaning of a code, in the display language. */
  meaning?: string;
  count: number;
  byOutcome: Partial<Record<DashboardOutcome, number>>;
  /** 0-based numbers of the first lines counted (at most `rowLineLimit`); `count` is the total. */
  lines: number[];
  /** A reason's reply code. */
  replyCode?: string | null;
}

export interface TimeBucket {
  /** The bucket's start as the log writes its clock ("Mar  3 09:00", "2025-02-04 08:00"). */
  label: string;
  count: number;
  byOutcome: Partial<Record<DashboardOutcome, number>>;
  /** 0-based numbers of the first lines in the bucket (at most `bucketLineLimit`). */
  lines: number[];
}

export interface LogDashboard {
  kind: 'log-dashboard';
  lineCount: number;
  events: number;
  byOutcome: Partial<Record<DashboardOutcome, number>>;
  timeline: {
    unit: 'minute' | 'hour' | 'day';
    /** Every bucket from the first event's to the last's, empty ones included, so the axis is even. */
    buckets: TimeBucket[];
    /** Events on lines without a timestamp the dashboard reads. */
    untimed: number;
  };
  replyCodes: DashboardRow[];
  enhancedCodes: DashboardRow[];
  hosts: DashboardRow[];
  /** Recipient domains. */
  domains: DashboardRow[];
  /** Failures (deferred, bounced, expired, rejected by the remote side) per identified provider. */
  providers: DashboardRow[];
  /** The most frequent reasons of failures, grouped as the summary groups them. */
  reasons: DashboardRow[];
  /** The text of every line a bar or row lists, by 0-based line number (long lines cut). */
  lineTexts: Record<number, string>;
}

/** Rows per table. */
export const dashboardTopLimit = 10;
/** Lines a row keeps for its list. */
export const rowLineLimit = 50;
/** Lines a time bar keeps for its list (there may be hundreds of bars). */
export const bucketLineLimit = 20;
/** How much of a listed line the model carries. */
export const lineTextLimit = 400;
/** Lines a further page of a bar's or row's list holds ("Show more"). */
export const linePageLimit = 100;

/** A further page of the lines of a bar or row, named by its list key (`t:<bucket label>`, `<table>:<row key>`). */
export interface DashboardLinePage {
  key: string;
  /** How many of its lines come before this page. */
  offset: number;
  /** All lines of the bar or row. */
  total: number;
  /** 0-based line numbers, at most `linePageLimit`. */
  lines: number[];
  lineTexts: Record<number, string>;
}

const outcomeIndex = new Map<LogOutcome, number>(dashboardOutcomes.map((o, i) => [o, i]));

/** What one id of a table (a code, host, domain, provider or reason) stands for; shared by every version of a log. */
interface KeyKind {
  key: string;
  label: string;
  replyCode?: string | null;
}

class KeyTable {
  private readonly ids = new Map<string, number>();
  readonly kinds: KeyKind[] = [];

  /** The id of a key seen before, else -1. */
  find(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  id(key: string, label = key, replyCode?: string | null): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      const kind: KeyKind = { key, label };
      if (replyCode !== undefined) kind.replyCode = replyCode;
      id = this.kinds.push(kind) - 1;
      this.ids.set(key, id);
    }
    return id;
  }
}

/** The tables of the dashboard, in the order of the records' id columns. */
const tableNames = ['replyCodes', 'enhancedCodes', 'hosts', 'domains', 'providers', 'reasons'] as const;
const [replyTable, statusTable, hostTable, domainTable, providerTable, reasonTable] = [0, 1, 2, 3, 4, 5];
const outcomeCount = dashboardOutcomes.length;
/** Columns of a record: its outcome, its stamp (kind and two numbers, see stampOf), then an id per table (-1 for none). */
const outcomeColumn = 0;
const stampColumn = 1;
const firstIdColumn = 4;
const recordWidth = firstIdColumn + tableNames.length;

/** The top rows of a table: most counted first, then by first line (each line holds one event, so no two tie). */
function topRows(kinds: KeyKind[], counts: number[], lines: number[][], meaning?: (key: string) => string | undefined): DashboardRow[] {
  const totals: { id: number; count: number }[] = [];
  for (let id = 0; id < kinds.length; id++) {
    let count = 0;
    for (let o = 0; o < outcomeCount; o++) count += counts[id * outcomeCount + o] ?? 0;
    if (count) totals.push({ id, count });
  }
  return totals
    .sort((a, b) => b.count - a.count || lines[a.id][0] - lines[b.id][0])
    .slice(0, dashboardTopLimit)
    .map(({ id, count }) => {
      const { key, label, replyCode } = kinds[id];
      const row: DashboardRow = { key, label, count, byOutcome: outcomesOf(counts.slice(id * outcomeCount, (id + 1) * outcomeCount)), lines: lines[id] };
      const m = meaning?.(key);
      if (m) row.meaning = m;
      if (replyCode !== undefined) row.replyCode = replyCode;
      return row;
    });
}

function outcomesOf(counts: ArrayLike<number>): Partial<Record<DashboardOutcome, number>> {
  const out: Partial<Record<DashboardOutcome, number>> = {};
  dashboardOutcomes.forEach((o, i) => {
    if (counts[i]) out[o] = counts[i];
  });
  return out;
}

/** Per event: its line, the minute of its timestamp (NaN without one) and its outcome; grown by doubling. */
class EventTable {
  length = 0;
  lines = new Int32Array(1024);
  minutes = new Float64Array(1024);
  outcomes = new Uint8Array(1024);

  push(line: number, minute: number, outcome: number): void {
    if (this.length === this.lines.length) {
      const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.lines = grow(this.lines);
      this.minutes = grow(this.minutes);
      this.outcomes = grow(this.outcomes);
    }
    this.lines[this.length] = line;
    this.minutes[this.length] = minute;
    this.outcomes[this.length++] = outcome;
  }
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthIndex = new Map(monthNames.map((m, i) => [m, i]));
// An optional RFC 5424 priority, then a BSD syslog stamp (no year), an ISO 8601 one, or qmail's TAI64N label.
const syslogStamp = /^(?:<\d{1,3}>\d? ?)?([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d\d):(\d\d)/;
const isoStamp = /^(?:<\d{1,3}>\d? ?)?(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)/;
const tai64nStamp = /^@40000000([0-9a-f]{8})[0-9a-f]{8}/;
/** A year-less log is placed in a leap year, so that "Feb 29" is a day. */
const yearlessBase = 2000;

/** What the year of a year-less syslog stamp starts from: the year of the first ISO (or TAI64N) stamp in the log's head, else a stand-in year. */
interface ClockStart {
  hasYear: boolean;
  year: number;
}

/** How much of a log's head is searched for a stamp with a year. */
const clockHeadLength = 1 << 20;

function clockStartOf(text: string): ClockStart {
  const head = text.slice(0, clockHeadLength);
  const iso = /(?:^|\n)(?:<\d{1,3}>\d? ?)?(\d{4})-\d\d-\d\d[T ]\d\d:\d\d/.exec(head);
  const tai = iso ? null : /(?:^|\n)@40000000([0-9a-f]{8})/.exec(head);
  return { hasYear: !!(iso || tai), year: iso ? Number(iso[1]) : tai ? new Date((parseInt(tai[1], 16) - 10) * 1000).getUTCFullYear() : yearlessBase };
}

/** Kinds of stamp a record keeps: none, a minute (as days and the minute of the day), or a year-less syslog stamp (month * 100 + day, hour * 100 + minute). */
const noStamp = 0;
const minuteStamp = 1;
const yearlessStamp = 2;
const minutesPerDay = 1440;

/**
 * The stamp of a line as the log wrote it, offsets not applied (a log is read in its own clock);
 * the year of a year-less stamp depends on the stamps before it, so it is found when the records are read in order (Clock).
 */
function stampOf(line: string): [kind: number, a: number, b: number] {
  const c = line.charCodeAt(0);
  if (c === 64 /* @ */) {
    const t = tai64nStamp.exec(line);
    // TAI is 10 seconds ahead of UTC (since 1972, before leap seconds: what qmail's tai64nlocal assumes).
    return t ? asMinuteStamp(Math.floor((parseInt(t[1], 16) - 10) / 60)) : [noStamp, 0, 0];
  }
  const iso = (c >= 48 && c <= 57) || c === 60 ? isoStamp.exec(line) : null;
  if (iso) return asMinuteStamp(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4]), Number(iso[5])) / 60000);
  const bsd = syslogStamp.exec(line);
  const month = bsd ? monthIndex.get(bsd[1]) : undefined;
  if (!bsd || month === undefined) return [noStamp, 0, 0];
  return [yearlessStamp, month * 100 + Number(bsd[2]), Number(bsd[3]) * 100 + Number(bsd[4])];
}

/** A minute in two numbers that each fit a record's 32 bits, whatever the year. */
function asMinuteStamp(minute: number): [number, number, number] {
  const day = Math.floor(minute / minutesPerDay);
  return [minuteStamp, day, minute - day * minutesPerDay];
}

/**
 * The wall-clock minute of each stamp, read in line order: a year-less syslog stamp takes the
 * starting year, and the next year when the month falls back by half a year or more (December to January).
 */
class Clock {
  private year: number;
  private lastMonth = -1;
  /** The first minute of the last day asked for (most stamps share the day of the one before). */
  private day = { year: NaN, monthDay: NaN, minute: NaN };

  constructor(start: ClockStart) {
    this.year = start.year;
  }

  minuteOf(kind: number, a: number, b: number): number {
    if (kind === minuteStamp) return a * minutesPerDay + b;
    if (kind !== yearlessStamp) return NaN;
    const month = Math.floor(a / 100);
    if (this.lastMonth - month >= 6) this.year++;
    this.lastMonth = month;
    const { day } = this;
    if (day.year !== this.year || day.monthDay !== a) this.day = { year: this.year, monthDay: a, minute: Date.UTC(this.year, month, a % 100) / 60000 };
    // As Date.UTC counts them: hours and minutes past their range run on into the next ones.
    return this.day.minute + Math.floor(b / 100) * 60 + (b % 100);
  }
}

/** A pass reports its progress once per this many lines (as the summary's full pass does). */
const progressLines = 8192;

/** The dashboard of a log; `onProgress` hears how far the pass has read (the CLI's progress bar). */
export function logDashboard(text: string, lang: Lang, onProgress?: LogProgress): LogDashboard {
  return DashboardRecords.read(text, onProgress).dashboard(text, lang);
}

const recordsOf = new WeakMap<Analysis, DashboardRecords>();

/**
 * The dashboard of a log's cached analysis: its records are read on the first request and then
 * kept with the analysis, each update of the analysis (an edit) updating them too, so that a
 * refresh after an edit reads only the edited lines. `lineText` gives a listed line's text (from
 * the editor's document, which knows where its lines start) instead of a scan for it.
 */
export function logDashboardOf(analysis: Analysis, text: string, lang: Lang, lineText?: (line: number) => string): LogDashboard {
  let records = recordsOf.get(analysis);
  if (!records) keepRecords(analysis, (records = DashboardRecords.read(text)));
  return records.dashboard(text, lang, lineText);
}

function keepRecords(analysis: Analysis, records: DashboardRecords): Analysis {
  recordsOf.set(analysis, records);
  const update = updateOf(analysis);
  if (update) withUpdate(analysis, (text, dirty) => keepRecords(update(text, dirty), records.update(text, dirty)));
  return analysis;
}

/**
 * One version of a log's dashboard data: a record per summary event, in line order, and the counts
 * per outcome and per id of each table. The ids' meanings are shared by every version.
 */
export class DashboardRecords {
  private records = new LineRecords(recordWidth);
  /** Per table, per id and outcome (id * outcomeCount + outcome): its events. */
  private counts: number[][] = tableNames.map(() => []);
  private outcomeCounts = new Array<number>(outcomeCount).fill(0);
  private lineCount = 0;

  private constructor(
    private readonly tables: KeyTable[],
    private clockStart: ClockStart,
  ) {}

  /** Reads every line of a log. */
  static read(text: string, onProgress?: LogProgress): DashboardRecords {
    const read = new DashboardRecords(tableNames.map(() => new KeyTable()), clockStartOf(text));
    read.lineCount = forEachLine(text, (start, end, _breakLength, n) => {
      if (onProgress && n % progressLines === 0) onProgress(start, n);
      read.readLine(text, start, end, n);
    });
    return read;
  }

  /**
   * The next version after an edit: the records before and after the edited lines are copied (those
   * after shifted by the lines the edit added or removed), the edited lines are read again, and the
   * counts lose the removed lines' events and gain the new ones'. This version keeps its own records.
   */
  update(text: string, dirty: DirtyLines): DashboardRecords {
    const { records } = this;
    // The year of year-less stamps comes from the log's head: read again only when the edit reached it.
    const next = new DashboardRecords(this.tables, dirty.fromOffset < clockHeadLength ? clockStartOf(text) : this.clockStart);
    next.counts = this.counts.map((counts) => counts.slice());
    next.outcomeCounts = this.outcomeCounts.slice();
    next.lineCount = dirty.lineCount;
    const lineOf = (i: number) => records.line(i);
    const cut = firstAtLine(records.length, lineOf, dirty.from);
    const resume = firstAtLine(records.length, lineOf, dirty.oldTo);
    next.records.copyRows(records, 0, cut, 0);
    for (let i = cut; i < resume; i++) next.count(records, i, -1);
    forEachDirtyLine(text, dirty, (start, end, n) => next.readLine(text, start, end, n));
    next.records.copyRows(records, resume, records.length, dirty.to - dirty.oldTo);
    return next;
  }

  private readLine(text: string, start: number, end: number, n: number): void {
    if (end - start < 8) return;
    const line = text.slice(start, end);
    const event = parseLogLine(line);
    if (!event || !isSummaryEvent(event)) return;
    const { tables } = this;
    const status = eventStatus(event);
    const at = event.recipient?.lastIndexOf('@') ?? -1;
    let reason = -1;
    let provider = -1;
    if (failureOutcomes.has(event.outcome)) {
      const reasonWords = reasonText(event, line);
      if (reasonWords) {
        const replyCode = event.reply?.text ?? null;
        reason = tables[reasonTable].id(`${event.outcome}|${replyCode}|${reasonWords}`, reasonWords, replyCode);
      }
      // As the summary counts them: only a remote reply names the provider that failed the delivery.
      if (event.reply?.from !== 'local') {
        const replyText = event.reply ? line.slice(event.reply.col, event.reply.col + 400) : '';
        const found = identifyProvider({ replyText, hosts: event.host })?.provider;
        if (found) provider = tables[providerTable].id(found.id, found.name);
      }
    }
    const [kind, a, b] = stampOf(line);
    this.records.add(
      n,
      outcomeIndex.get(event.outcome)!,
      kind,
      a,
      b,
      event.reply ? tables[replyTable].id(event.reply.text) : -1,
      status ? tables[statusTable].id(status) : -1,
      event.host ? tables[hostTable].id(event.host) : -1,
      at >= 0 ? tables[domainTable].id(event.recipient!.slice(at + 1).toLowerCase()) : -1,
      provider,
      reason,
    );
    this.count(this.records, this.records.length - 1, 1);
  }

  /** Counts a record of this or the previous version in (+1) or out (-1). */
  private count(records: LineRecords, i: number, delta: number): void {
    const outcome = records.value(i, outcomeColumn);
    this.outcomeCounts[outcome] += delta;
    for (let t = 0; t < tableNames.length; t++) {
      const id = records.value(i, firstIdColumn + t);
      if (id >= 0) this.counts[t][id * outcomeCount + outcome] = (this.counts[t][id * outcomeCount + outcome] ?? 0) + delta;
    }
  }

  /** The dashboard of this version, from the records alone (and the texts of the lines it lists). */
  dashboard(text: string, lang: Lang, lineText?: (line: number) => string): LogDashboard {
    const { records, tables, counts } = this;
    const events = this.events();
    // The first lines of every id, as the rows list them.
    const lines: number[][][] = tables.map((table) => table.kinds.map(() => []));
    for (let i = 0; i < records.length; i++) {
      const n = records.line(i);
      for (let t = 0; t < tableNames.length; t++) {
        const id = records.value(i, firstIdColumn + t);
        if (id >= 0 && lines[t][id].length < rowLineLimit) lines[t][id].push(n);
      }
    }
    const meanings = new Map<string, string | undefined>();
    const meaning = (code: string) => {
      if (!meanings.has(code)) meanings.set(code, shortMeaning(code, lang));
      return meanings.get(code);
    };
    const top = (t: number, withMeaning?: boolean) => topRows(tables[t].kinds, counts[t], lines[t], withMeaning ? meaning : undefined);
    const dashboard: LogDashboard = {
      kind: 'log-dashboard',
      lineCount: this.lineCount,
      events: events.length,
      byOutcome: outcomesOf(this.outcomeCounts),
      timeline: timeline(events, this.clockStart.hasYear),
      replyCodes: top(replyTable, true),
      enhancedCodes: top(statusTable, true),
      hosts: top(hostTable),
      domains: top(domainTable),
      providers: top(providerTable),
      reasons: top(reasonTable),
      lineTexts: {},
    };
    dashboard.lineTexts = textsOf(text, dashboard, lineText);
    return dashboard;
  }

  /** Every record's line, wall-clock minute and outcome, in line order. */
  private events(): EventTable {
    const { records } = this;
    const clock = new Clock(this.clockStart);
    const events = new EventTable();
    for (let i = 0; i < records.length; i++) {
      events.push(records.line(i), clock.minuteOf(records.value(i, stampColumn), records.value(i, stampColumn + 1), records.value(i, stampColumn + 2)), records.value(i, outcomeColumn));
    }
    return events;
  }

  /**
   * The lines of a bar or row after the first `offset`, as its list counts them (in line order),
   * or null for a key this version has no list for. Reads only the records (and the texts of the page's lines).
   */
  linePage(text: string, key: string, offset: number, lineText?: (line: number) => string): DashboardLinePage | null {
    const colon = key.indexOf(':');
    if (colon < 0) return null;
    const name = key.slice(0, colon);
    const matches = name === 't' ? this.bucketMatcher(key.slice(colon + 1)) : this.rowMatcher(name, key.slice(colon + 1));
    if (!matches) return null;
    const { records } = this;
    const lines: number[] = [];
    let total = 0;
    for (let i = 0; i < records.length; i++) {
      if (!matches(i)) continue;
      if (total >= offset && lines.length < linePageLimit) lines.push(records.line(i));
      total++;
    }
    if (!total) return null;
    return { key, offset, total, lines, lineTexts: textsOfLines(text, lines, lineText) };
  }

  /** Which records a row of a table counts. */
  private rowMatcher(name: string, rowKey: string): ((i: number) => boolean) | null {
    const t = (tableNames as readonly string[]).indexOf(name);
    const id = t >= 0 ? this.tables[t].find(rowKey) : -1;
    if (id < 0) return null;
    const { records } = this;
    return (i) => records.value(i, firstIdColumn + t) === id;
  }

  /** Which records a time bar counts, the bar named by its label (the first bar of that label). */
  private bucketMatcher(label: string): ((i: number) => boolean) | null {
    const events = this.events();
    const axis = timeAxis(events);
    if (!axis.unit) return null;
    const { unit, origin, size, count } = axis;
    const hasYear = this.clockStart.hasYear;
    let bucket = -1;
    for (let b = 0; b < count && bucket < 0; b++) if (clockLabel(origin + b * size, unit, hasYear) === label) bucket = b;
    if (bucket < 0) return null;
    // Records and events share their order.
    return (i) => Math.floor((events.minutes[i] - origin) / size) === bucket;
  }
}

/** A further page of a log's bar or row (the CLI's, or a document the server does not analyse as a log). */
export function logDashboardLines(text: string, key: string, offset: number): DashboardLinePage | null {
  return DashboardRecords.read(text).linePage(text, key, offset);
}

/** A further page of a bar or row from the records kept with a log's cached analysis (see logDashboardOf). */
export function logDashboardLinesOf(analysis: Analysis, text: string, key: string, offset: number, lineText?: (line: number) => string): DashboardLinePage | null {
  let records = recordsOf.get(analysis);
  if (!records) keepRecords(analysis, (records = DashboardRecords.read(text)));
  return records.linePage(text, key, offset, lineText);
}

const unitMinutes = { minute: 1, hour: 60, day: 1440 } as const;

interface TimeAxis {
  unit: LogDashboard['timeline']['unit'];
  /** The first bucket's minute, the minutes per bucket, and the number of buckets. */
  origin: number;
  size: number;
  count: number;
  untimed: number;
}

/** Per minute up to three hours, per hour up to two weeks, per day beyond; no unit when no event has a stamp. */
function timeAxis(table: EventTable): TimeAxis | { untimed: number; unit?: undefined } {
  let first = Infinity;
  let last = -Infinity;
  let untimed = 0;
  for (let i = 0; i < table.length; i++) {
    const m = table.minutes[i];
    if (Number.isNaN(m)) untimed++;
    else {
      if (m < first) first = m;
      if (m > last) last = m;
    }
  }
  if (first > last) return { untimed };
  const span = last - first;
  const unit = span <= 180 ? 'minute' : span <= 14 * 1440 ? 'hour' : 'day';
  const size = unitMinutes[unit];
  const origin = Math.floor(first / size) * size;
  return { unit, origin, size, count: Math.floor((last - origin) / size) + 1, untimed };
}

function timeline(table: EventTable, hasYear: boolean): LogDashboard['timeline'] {
  const axis = timeAxis(table);
  if (!axis.unit) return { unit: 'minute', buckets: [], untimed: axis.untimed };
  const { unit, origin, size, count, untimed } = axis;
  const outcomes = new Int32Array(count * dashboardOutcomes.length);
  const lines: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < table.length; i++) {
    const m = table.minutes[i];
    if (Number.isNaN(m)) continue;
    const b = Math.floor((m - origin) / size);
    outcomes[b * dashboardOutcomes.length + table.outcomes[i]]++;
    if (lines[b].length < bucketLineLimit) lines[b].push(table.lines[i]);
  }
  const buckets: TimeBucket[] = lines.map((bucketLines, b) => {
    const counts = outcomes.subarray(b * dashboardOutcomes.length, (b + 1) * dashboardOutcomes.length);
    let total = 0;
    for (const n of counts) total += n;
    return { label: clockLabel(origin + b * size, unit, hasYear), count: total, byOutcome: outcomesOf(counts), lines: bucketLines };
  });
  return { unit, buckets, untimed };
}

function clockLabel(minute: number, unit: LogDashboard['timeline']['unit'], hasYear: boolean): string {
  const d = new Date(minute * 60000);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = hasYear ? `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}` : `${monthNames[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)}`;
  return unit === 'day' ? day : `${day} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** The texts of the listed lines. */
function textsOf(text: string, dashboard: LogDashboard, lineText?: (line: number) => string): Record<number, string> {
  const wanted = new Set<number>();
  for (const bucket of dashboard.timeline.buckets) for (const n of bucket.lines) wanted.add(n);
  for (const rows of [dashboard.replyCodes, dashboard.enhancedCodes, dashboard.hosts, dashboard.domains, dashboard.providers, dashboard.reasons]) {
    for (const row of rows) for (const n of row.lines) wanted.add(n);
  }
  return textsOfLines(text, wanted, lineText);
}

/** The texts of some lines: each from `lineText` where given, else in one more scan of the log. */
function textsOfLines(text: string, lines: Iterable<number>, lineText?: (line: number) => string): Record<number, string> {
  const wanted = new Set(lines);
  const texts: Record<number, string> = {};
  if (!wanted.size) return texts;
  if (lineText) {
    for (const n of wanted) texts[n] = lineText(n).slice(0, lineTextLimit);
    return texts;
  }
  let last = 0;
  for (const n of wanted) if (n > last) last = n;
  forEachLine(text, (start, end, _breakLength, n) => {
    if (wanted.has(n)) texts[n] = text.slice(start, Math.min(end, start + lineTextLimit));
    return n < last;
  });
  return texts;
}
