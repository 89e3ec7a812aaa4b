/** The log dashboard's model: counts per time bucket and per code, host, domain, provider and reason, each with its lines. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bucketLineLimit, linePageLimit, logDashboard, logDashboardLines, rowLineLimit, type DashboardRow, type LogDashboard } from '../../server/src/service/log/logDashboard';
import { analyzeMailLog } from '../../server/src/service/log/logAnalyzer';
import { logSummaryOf } from '../../server/src/service/log/logSummary';
import { generatePostfixLog } from '../../bench/inputs';
import { growthRatio, timeOf } from '../timing';

const dashboardOf = (path: string, lang: 'en' | 'de' = 'en') => logDashboard(readFileSync(path, 'utf8'), lang);
/** A table as "label=count:lines" (lines 0-based), the way the assertions read. */
const rows = (table: DashboardRow[]) => table.map((r) => `${r.replyCode ? `${r.replyCode} ` : ''}${r.label}=${r.count}:${r.lines.join(',')}`);
const buckets = (d: LogDashboard) => d.timeline.buckets.filter((b) => b.count).map((b) => `${b.label}=${b.count}:${b.lines.join(',')}`);

test('a Postfix log without years: per hour over two days, the events of the summary, every table with its lines', () => {
  const d = dashboardOf('test/fixtures/log/postfix.log');
  assert.equal(d.lineCount, 18);
  assert.equal(d.events, 11);
  assert.deepEqual(d.byOutcome, { delivered: 3, deferred: 2, bounced: 1, expired: 1, rejected: 4 });
  assert.equal(d.timeline.unit, 'hour');
  // Mar 3 09:00 to Mar 4 10:00, the empty hours between included.
  assert.equal(d.timeline.buckets.length, 26);
  assert.equal(d.timeline.buckets[1].label, 'Mar  3 10:00');
  assert.deepEqual(buckets(d), ['Mar  3 09:00=9:4,6,7,9,10,11,12,13,14', 'Mar  4 09:00=1:15', 'Mar  4 10:00=1:16']);
  assert.deepEqual(d.timeline.buckets[0].byOutcome, { delivered: 2, deferred: 2, bounced: 1, rejected: 4 });
  assert.deepEqual(rows(d.replyCodes), ['250=3:4,6,16', '550=2:7,13', '451=1:9', '554=1:11', '450=1:12']);
  assert.equal(d.replyCodes[1].meaning, 'mailbox unavailable or rejected by policy');
  assert.deepEqual(rows(d.enhancedCodes).slice(0, 3), ['5.7.1=3:11,13,14', '2.0.0=1:4', '2.6.0=1:6']);
  assert.deepEqual(rows(d.domains), ['example.de=5:4,11,12,13,14', 'outlook.com=1:6', 'gmail.com=1:7', 'slow-example.net=1:9', 'gone-example.org=1:10', 'example.net=1:16']);
  assert.deepEqual(rows(d.hosts).slice(0, 3), ['mail.example.de=1:4', 'outlook-com.olc.protection.outlook.com=1:6', 'gmail-smtp-in.l.google.com=1:7']);
  assert.deepEqual(rows(d.providers), ['Google Gmail / Google Workspace=1:7']);
  assert.deepEqual(rows(d.reasons).slice(1, 3), ['451 Greylisted, please try again in 300 seconds (in reply to RCPT TO command)=1:9', 'connect to mx.gone-example.org[198.51.100.9]:25: Connection timed out=1:10']);
  assert.equal(d.lineTexts[15], 'Mar  4 09:25:51 mx1 postfix/qmgr[1022]: D7E913C0FA: from=<jens@example.de>, status=expired, returned to sender');
});

test('the dashboard counts the events the summary counts, per outcome, in every fixture and dev corpus log', () => {
  const files = [
    ...['postfix.log', 'exim-mainlog', 'mixed-mta.log', 'qmail-current', 'sendmail.log', 'courier.log', 'exchange-tracking.log'].map((f) => `test/fixtures/log/${f}`),
    'test/corpus/logs/dev/exim/loopback-outbound-mainlog',
    'test/corpus/logs/dev/sendmail/forum-maillogs.log',
    'test/corpus/logs/dev/opensmtpd/gh-opensmtpd-issues.log',
    'test/corpus/logs/dev/haraka/gh-haraka-issues.log',
  ];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const summary = logSummaryOf(analyzeMailLog(text, 'en'));
    const d = logDashboard(text, 'en');
    assert.equal(d.events, summary.events, file);
    assert.deepEqual(d.byOutcome, summary.byOutcome, file);
    const timed = d.timeline.buckets.reduce((n, b) => n + b.count, 0);
    assert.equal(timed + d.timeline.untimed, d.events, file);
  }
});

test('Exim with years, from the dev corpus: one minute, the repeated SMTP error line not counted twice', () => {
  const d = dashboardOf('test/corpus/logs/dev/exim/loopback-outbound-mainlog');
  assert.equal(d.events, 15);
  assert.deepEqual(d.byOutcome, { delivered: 6, deferred: 4, bounced: 5 });
  assert.equal(d.timeline.unit, 'minute');
  assert.deepEqual(buckets(d), ['2026-12-06 07:04=15:1,2,5,6,8,12,13,15,16,18,22,23,25,30,31']);
  assert.deepEqual(rows(d.replyCodes), ['250=6:1,2,5,8,15,18', '550=4:6,22,23,25', '451=2:12,13', '421=2:30,31', '599=1:16']);
  assert.deepEqual(rows(d.hosts), ['127.0.0.1=15:1,2,5,6,8,12,13,15,16,18,22,23,25,30,31']);
  assert.deepEqual(rows(d.domains), ['dest.example=12:1,2,5,6,12,13,15,16,22,23,30,31', 'test.example=3:8,18,25']);
  assert.deepEqual(rows(d.reasons).slice(1), [
    '451 <…>: Recipient address rejected: Greylisted, please try again in 300 seconds=2:12,13',
    '421 Service shutting down, closing transmission channel=2:30,31',
    '550 <…>: Recipient address rejected: User unknown in virtual mailbox table=1:6',
    '599 Recipient refused by policy=1:16',
  ]);
});

test('a log mixing syslog and ISO stamps places the year-less lines in the ISO lines\' year', () => {
  const d = dashboardOf('test/fixtures/log/mixed-mta.log');
  assert.equal(d.timeline.unit, 'minute');
  assert.deepEqual(buckets(d).map((b) => b.slice(0, b.indexOf(':', 14))), ['2025-02-04 08:12=8', '2025-02-04 08:13=5', '2025-02-04 08:14=2', '2025-02-04 08:15=3', '2025-02-04 08:16=1']);
});

const sent = (stamp: string, n: number) => `${stamp} mx postfix/smtp[1]: Q${n}: to=<u${n}@example.net>, relay=mx.example.net[192.0.2.1]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok)`;

test('time: a year-less log crosses New Year; qmail TAI64N labels; lines without a stamp are counted apart; long ranges per day', () => {
  const newYear = logDashboard([sent('Dec 31 23:59:58', 1), sent('Jan  1 00:01:02', 2)].join('\n'), 'en');
  assert.equal(newYear.timeline.unit, 'minute');
  assert.deepEqual(newYear.timeline.buckets.map((b) => `${b.label}=${b.count}`), ['Dec 31 23:59=1', 'Jan  1 00:00=0', 'Jan  1 00:01=1']);
  // @4000000063a1b2c3…: 0x63a1b2c3 - 10 seconds after 1970 is 2022-12-20 13:03:53 UTC.
  const qmail = logDashboard('@4000000063a1b2c31c2d3e4f delivery 2519: deferral: Sorry,_I_wasn\'t_able_to_establish_an_SMTP_connection._(#4.4.1)/', 'en');
  assert.deepEqual(qmail.timeline.buckets.map((b) => `${b.label}=${b.count}`), ['2022-12-20 13:03=1']);
  const untimed = logDashboard([sent('Mar  3 09:14:02', 1), 'postfix/smtp[1]: Q2: to=<a@b.example>, relay=mx.b.example[192.0.2.2]:25, dsn=5.1.1, status=bounced (host mx.b.example[192.0.2.2] said: 550 5.1.1 No such user (in reply to RCPT TO command))'].join('\n'), 'en');
  assert.equal(untimed.events, 2);
  assert.equal(untimed.timeline.untimed, 1);
  const month = logDashboard([sent('2025-03-01T10:00:00+01:00', 1), sent('2025-03-31T10:00:00+01:00', 2)].join('\n'), 'en');
  assert.equal(month.timeline.unit, 'day');
  assert.equal(month.timeline.buckets.length, 31);
  assert.deepEqual([month.timeline.buckets[0].label, month.timeline.buckets[30].label], ['2025-03-01', '2025-03-31']);
});

test('rows keep the first lines and the total; meanings follow the display language', () => {
  const lines = Array.from({ length: rowLineLimit + 7 }, (_, i) => sent(`Mar  3 09:${String(i % 60).padStart(2, '0')}:00`, i));
  const d = logDashboard(lines.join('\n'), 'de');
  assert.equal(d.replyCodes[0].count, rowLineLimit + 7);
  assert.equal(d.replyCodes[0].lines.length, rowLineLimit);
  assert.equal(d.replyCodes[0].lines[rowLineLimit - 1], rowLineLimit - 1);
  assert.equal(d.replyCodes[0].meaning, 'Angeforderte Aktion ausgeführt');
});

test('"Show more": the next pages of a row\'s or a bar\'s lines by its key, in line order, to the last one', () => {
  // 252 deliveries and 28 bounces in one minute (a bar), a bounce every tenth line.
  const log = Array.from({ length: 280 }, (_, i) =>
    i % 10 === 5
      ? `Mar  3 09:14:02 mx postfix/smtp[1]: B${i}: to=<u${i}@example.org>, relay=mx.example.org[192.0.2.7]:25, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.7] said: 550 5.1.1 <u${i}@example.org>: no such user (in reply to RCPT TO command))`
      : sent('Mar  3 09:14:02', i),
  ).join('\n');
  const d = logDashboard(log, 'en');
  const delivered = d.replyCodes.find((r) => r.key === '250')!;
  assert.equal(delivered.count, 252);
  const allDelivered = Array.from({ length: 280 }, (_, i) => i).filter((i) => i % 10 !== 5);
  assert.deepEqual(delivered.lines, allDelivered.slice(0, rowLineLimit));
  // Page by page from where the list ends, as the page asks: together they are every line of the row.
  const pages = [rowLineLimit, rowLineLimit + linePageLimit, rowLineLimit + 2 * linePageLimit].map((offset) => logDashboardLines(log, 'replyCodes:250', offset)!);
  assert.deepEqual(pages.map((p) => [p.offset, p.total, p.lines.length]), [[50, 252, 100], [150, 252, 100], [250, 252, 2]]);
  assert.deepEqual([...delivered.lines, ...pages.flatMap((p) => p.lines)], allDelivered);
  assert.deepEqual(logDashboardLines(log, 'replyCodes:250', 252)!.lines, []);
  assert.equal(pages[0].lineTexts[pages[0].lines[0]], log.split('\n')[allDelivered[rowLineLimit]]);
  assert.deepEqual(Object.keys(pages[0].lineTexts).map(Number), pages[0].lines);
  // A bar by its label (its list's key), a reason whose key holds colons, a host.
  const bar = d.timeline.buckets[0];
  assert.deepEqual([bar.label, bar.count, bar.lines.length], ['Mar  3 09:14', 280, bucketLineLimit]);
  const barPage = logDashboardLines(log, `t:${bar.label}`, bucketLineLimit)!;
  assert.deepEqual(barPage.lines, Array.from({ length: linePageLimit }, (_, i) => bucketLineLimit + i));
  assert.equal(barPage.total, 280);
  const reason = d.reasons[0];
  assert.equal(reason.count, 28);
  assert.deepEqual(logDashboardLines(log, `reasons:${reason.key}`, 25)!.lines, [255, 265, 275]);
  assert.deepEqual(logDashboardLines(log, 'hosts:mx.example.org', 26)!.lines, [265, 275]);
  // Keys the log has no list for.
  for (const key of ['replyCodes:421', 't:Mar  3 09:15', 'nonsense:250', 'replyCodes', '']) assert.equal(logDashboardLines(log, key, 0), null, key);
});

test('a generated Postfix log: linear, and 8 MB read in a small multiple of the summary\'s own pass', () => {
  const log = generatePostfixLog(8 * 1024 * 1024);
  const ratio = growthRatio((size) => logDashboard(log.slice(0, size), 'en'), log.length / 4, log.length);
  assert.ok(ratio < 8, `4 times the log took ${ratio.toFixed(1)} times as long`);
  const dashboardMs = timeOf(() => logDashboard(log, 'en'));
  const summaryMs = timeOf(() => logSummaryOf(analyzeMailLog(log, 'en')));
  assert.ok(dashboardMs < 3 * summaryMs, `dashboard ${dashboardMs.toFixed(0)} ms, summary ${summaryMs.toFixed(0)} ms`);
  const d = logDashboard(log, 'en');
  assert.equal(d.events, logSummaryOf(analyzeMailLog(log, 'en')).events);
});
