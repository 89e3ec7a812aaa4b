/**
 * The model behind the log dashboard (the webview and `smtp-codes log-summary --format html`):
 * outcomes over time, the top reply codes, enhanced codes, remote hosts, recipient domains,
 * providers and reasons, each bar and row with the lines it counts (the first few, and the total).
 * One linear pass with the same line reader and event filter as the summary, so the counts agree;
 * per event only three numbers are kept (in typed arrays, for the time axis), never a line object.
 */
import type { Lang, LogOutcome } from '../../knowledge/types';
import { shortMeaning } from '../explain';
import { forEachLine } from '../lines';
import { identifyProvider } from '../providers';
import { eventStatus, failureOutcomes, isSummaryEvent, reasonText, type LogProgress } from './logAnalyzer';
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

const outcomeIndex = new Map<LogOutcome, number>(dashboardOutcomes.map((o, i) => [o, i]));

interface Tally {
  key: string;
  label: string;
  count: number;
  outcomes: number[];
  lines: number[];
  replyCode?: string | null;
}

class Tallies {
  readonly map = new Map<string, Tally>();

  add(key: string, outcome: number, line: number, label = key, replyCode?: string | null): void {
    let tally = this.map.get(key);
    if (!tally) {
      tally = { key, label, count: 0, outcomes: [0, 0, 0, 0, 0, 0], lines: [] };
      if (replyCode !== undefined) tally.replyCode = replyCode;
      this.map.set(key, tally);
    }
    tally.count++;
    tally.outcomes[outcome]++;
    if (tally.lines.length < rowLineLimit) tally.lines.push(line);
  }

  top(meaning?: (key: string) => string | undefined): DashboardRow[] {
    return [...this.map.values()]
      .sort((a, b) => b.count - a.count || a.lines[0] - b.lines[0])
      .slice(0, dashboardTopLimit)
      .map((t) => {
        const row: DashboardRow = { key: t.key, label: t.label, count: t.count, byOutcome: outcomesOf(t.outcomes), lines: t.lines };
        const m = meaning?.(t.key);
        if (m) row.meaning = m;
        if (t.replyCode !== undefined) row.replyCode = t.replyCode;
        return row;
      });
  }
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

/**
 * Reads the wall-clock minute of a line's timestamp, as the log wrote it: offsets are not applied
 * (a log is read in its own clock). A year-less syslog stamp takes the year of the first ISO (or TAI64N) stamp
 * in the log, else a stand-in year, and the next year when the month falls back by half a year or more
 * (December to January).
 */
class Clock {
  hasYear: boolean;
  private year: number;
  private lastMonth = -1;

  constructor(head: string) {
    const iso = /(?:^|\n)(?:<\d{1,3}>\d? ?)?(\d{4})-\d\d-\d\d[T ]\d\d:\d\d/.exec(head);
    const tai = iso ? null : /(?:^|\n)@40000000([0-9a-f]{8})/.exec(head);
    this.hasYear = !!(iso || tai);
    this.year = iso ? Number(iso[1]) : tai ? new Date((parseInt(tai[1], 16) - 10) * 1000).getUTCFullYear() : yearlessBase;
  }

  minuteOf(line: string): number {
    const c = line.charCodeAt(0);
    if (c === 64 /* @ */) {
      const t = tai64nStamp.exec(line);
      // TAI is 10 seconds ahead of UTC (since 1972, before leap seconds: what qmail's tai64nlocal assumes).
      return t ? Math.floor((parseInt(t[1], 16) - 10) / 60) : NaN;
    }
    const iso = c >= 48 && c <= 57 || c === 60 ? isoStamp.exec(line) : null;
    if (iso) return Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4]), Number(iso[5])) / 60000;
    const bsd = syslogStamp.exec(line);
    const month = bsd ? monthIndex.get(bsd[1]) : undefined;
    if (!bsd || month === undefined) return NaN;
    if (this.lastMonth - month >= 6) this.year++;
    this.lastMonth = month;
    return Date.UTC(this.year, month, Number(bsd[2]), Number(bsd[3]), Number(bsd[4])) / 60000;
  }
}

/** A pass reports its progress once per this many lines (as the summary's full pass does). */
const progressLines = 8192;

/** The dashboard of a log; `onProgress` hears how far the pass has read (the CLI's progress bar). */
export function logDashboard(text: string, lang: Lang, onProgress?: LogProgress): LogDashboard {
  const clock = new Clock(text.slice(0, 1 << 20));
  const table = new EventTable();
  const outcomeCounts = [0, 0, 0, 0, 0, 0];
  const replyCodes = new Tallies();
  const enhancedCodes = new Tallies();
  const hosts = new Tallies();
  const domains = new Tallies();
  const providers = new Tallies();
  const reasons = new Tallies();
  const lineCount = forEachLine(text, (start, end, _breakLength, n) => {
    if (onProgress && n % progressLines === 0) onProgress(start, n);
    if (end - start < 8) return;
    const line = text.slice(start, end);
    const event = parseLogLine(line);
    if (!event || !isSummaryEvent(event)) return;
    const outcome = outcomeIndex.get(event.outcome)!;
    outcomeCounts[outcome]++;
    table.push(n, clock.minuteOf(line), outcome);
    if (event.reply) replyCodes.add(event.reply.text, outcome, n);
    const status = eventStatus(event);
    if (status) enhancedCodes.add(status, outcome, n);
    if (event.host) hosts.add(event.host, outcome, n);
    const at = event.recipient?.lastIndexOf('@') ?? -1;
    if (at >= 0) domains.add(event.recipient!.slice(at + 1).toLowerCase(), outcome, n);
    if (!failureOutcomes.has(event.outcome)) return;
    const reason = reasonText(event, line);
    if (reason) {
      const replyCode = event.reply?.text ?? null;
      reasons.add(`${event.outcome}|${replyCode}|${reason}`, outcome, n, reason, replyCode);
    }
    // As the summary counts them: only a remote reply names the provider that failed the delivery.
    if (event.reply?.from === 'local') return;
    const replyText = event.reply ? line.slice(event.reply.col, event.reply.col + 400) : '';
    const provider = identifyProvider({ replyText, hosts: event.host })?.provider;
    if (provider) providers.add(provider.id, outcome, n, provider.name);
  });
  const meanings = new Map<string, string | undefined>();
  const meaning = (code: string) => {
    if (!meanings.has(code)) meanings.set(code, shortMeaning(code, lang));
    return meanings.get(code);
  };
  const dashboard: LogDashboard = {
    kind: 'log-dashboard',
    lineCount,
    events: table.length,
    byOutcome: outcomesOf(outcomeCounts),
    timeline: timeline(table, clock.hasYear),
    replyCodes: replyCodes.top(meaning),
    enhancedCodes: enhancedCodes.top(meaning),
    hosts: hosts.top(),
    domains: domains.top(),
    providers: providers.top(),
    reasons: reasons.top(),
    lineTexts: {},
  };
  dashboard.lineTexts = textsOf(text, dashboard);
  return dashboard;
}

const unitMinutes = { minute: 1, hour: 60, day: 1440 } as const;

/** Per minute up to three hours, per hour up to two weeks, per day beyond. */
function timeline(table: EventTable, hasYear: boolean): LogDashboard['timeline'] {
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
  if (first > last) return { unit: 'minute', buckets: [], untimed };
  const span = last - first;
  const unit = span <= 180 ? 'minute' : span <= 14 * 1440 ? 'hour' : 'day';
  const size = unitMinutes[unit];
  const origin = Math.floor(first / size) * size;
  const count = Math.floor((last - origin) / size) + 1;
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

/** The texts of the listed lines, in one more scan of the log. */
function textsOf(text: string, dashboard: LogDashboard): Record<number, string> {
  const wanted = new Set<number>();
  for (const bucket of dashboard.timeline.buckets) for (const n of bucket.lines) wanted.add(n);
  for (const rows of [dashboard.replyCodes, dashboard.enhancedCodes, dashboard.hosts, dashboard.domains, dashboard.providers, dashboard.reasons]) {
    for (const row of rows) for (const n of row.lines) wanted.add(n);
  }
  const texts: Record<number, string> = {};
  if (!wanted.size) return texts;
  let last = 0;
  for (const n of wanted) if (n > last) last = n;
  forEachLine(text, (start, end, _breakLength, n) => {
    if (wanted.has(n)) texts[n] = text.slice(start, Math.min(end, start + lineTextLimit));
    return n < last;
  });
  return texts;
}
