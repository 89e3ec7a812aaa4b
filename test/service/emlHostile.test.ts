/**
 * Hostile bounces: truncated messages, broken boundaries, deep nesting, huge parts and lines,
 * binary garbage. Each must be analysed in bounded time, never throw, and keep the finding that
 * the intact part of the message gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeEml, type BounceSummary } from '../../server/src/service/eml/emlAnalyzer';
import { assertWithinBudget, measureBaseline } from '../timing';

/** A Postfix-style report with one failed recipient, given both in the text and in the DSN part. */
const report = [
  'From: MAILER-DAEMON@mx.example.com',
  'To: sender@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
  '',
  '--B1',
  'Content-Type: text/plain',
  '',
  '<bob@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <bob@example.net>: User unknown (in reply to RCPT TO command)',
  '',
  '--B1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.com',
  '',
  'Final-Recipient: rfc822; bob@example.net',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: User unknown',
  '',
  '--B1--',
  '',
].join('\n');
const bob: [string, string, string][] = [['bob@example.net', '5.1.1', '550']];

/** Replaces without `$` patterns: the inserted text may hold any bytes. */
const put = (text: string, target: string, insert: string) => {
  const i = text.indexOf(target);
  assert.ok(i >= 0, target);
  return text.slice(0, i) + insert + text.slice(i + target.length);
};

/** Deterministic binary garbage, every byte value included. */
function garbage(size: number): string {
  let seed = 7;
  let out = '';
  for (let i = 0; i < size; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += String.fromCharCode(i < 256 ? i : seed % 256);
  }
  return out;
}

function nestedMultiparts(depth: number): string {
  const out = ['From: MAILER-DAEMON@mx.example.com', 'Subject: Undeliverable'];
  for (let i = 0; i < depth; i++) out.push(`Content-Type: multipart/mixed; boundary="b${i}"`, '', `--b${i}`);
  out.push('Content-Type: text/plain', '', '<u@example.net>: host mx.example.net said: 550 5.1.1 unknown', '');
  return out.join('\n');
}

function manyRecipients(count: number): string {
  const out = ['From: MAILER-DAEMON@mx.example.com', 'Subject: Undelivered Mail', ''];
  for (let i = 0; i < count; i++) out.push(`<u${i}@example.net>:`);
  for (let i = 0; i < count; i++) out.push('said: 550 5.1.1 unknown');
  return out.join('\n');
}

const base64Lines = (bytes: Buffer) => bytes.toString('base64').replace(/.{76}/g, '$&\n');

const cases: [string, () => string, [string | null, string | null, string | null][] | number][] = [
  ['the intact report', () => report, bob],
  ['truncated inside the DSN part', () => report.slice(0, report.indexOf('Diagnostic-Code')), bob],
  ['truncated inside the notification text', () => report.slice(0, report.indexOf('(in reply to')), bob],
  ['truncated inside a header', () => report.slice(0, report.indexOf('report-type')), 0],
  ['no closing boundary', () => put(report, '--B1--\n', ''), bob],
  ['a boundary parameter that never appears', () => put(report, 'boundary="B1"', 'boundary="other"'), bob],
  ['no boundary parameter', () => put(report, '; boundary="B1"', ''), bob],
  ['delimiters with trailing white space', () => report.replace(/^--B1$/gm, '--B1 \t'), bob],
  ['a boundary full of regex characters', () => report.split('B1').join('(.*)+$[x]'), bob],
  ['a child reusing its parent boundary', () => put(report, '--B1\nContent-Type: message/delivery-status', '--B1\nContent-Type: multipart/mixed; boundary="B1"\n\n--B1\nContent-Type: message/delivery-status'), bob],
  ['10,000 nested multiparts', () => nestedMultiparts(10_000), [['u@example.net', '5.1.1', '550']]],
  ['10,000 sibling parts before the report', () => put(report, '--B1\nContent-Type: text/plain', Array.from({ length: 10_000 }, (_, i) => `--B1\nContent-Type: application/octet-stream\n\nx${i}\n`).join('') + '--B1\nContent-Type: text/plain'), bob],
  ['a 30 MB base64 part', () => put(report, '--B1--', `--B1\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n${base64Lines(Buffer.alloc(22_500_000, 0x41))}\n--B1--`), bob],
  ['a 30 MB base64 text part before the report', () => put(report, '--B1\nContent-Type: text/plain', `--B1\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n${base64Lines(Buffer.from('filler line\n'.repeat(1_900_000)))}\n--B1\nContent-Type: text/plain`), bob],
  ['binary garbage in a part', () => put(report, '--B1--', `--B1\nContent-Type: application/octet-stream\n\n${garbage(300_000)}\n--B1--`), bob],
  ['binary garbage in the notification', () => put(report, '<bob@', `${garbage(100_000).replace(/\n/g, ' ')}\n\n<bob@`), bob],
  ['a 1 MB Subject line', () => put(report, 'Subject: Undelivered Mail Returned to Sender', `Subject: Undelivered Mail Returned to Sender ${'x'.repeat(1_000_000)}`), bob],
  ['a 1 MB folded To header', () => put(report, 'To: sender@example.com', `To: sender@example.com,\n ${'a@b.example, '.repeat(80_000)}`), bob],
  ['a 1 MB line with no colon in the header', () => put(report, 'To: sender@example.com', `To: sender@example.com\n${'y'.repeat(1_000_000)}`), bob],
  ['1 MB of Content-Type parameters', () => put(report, 'boundary="B1"', `boundary="B1"; ${'p=v; '.repeat(200_000)}`), bob],
  ['a 1 MB DSN field', () => put(report, 'Reporting-MTA: dns; mx.example.com', `Reporting-MTA: dns; ${'m'.repeat(1_000_000)}`), bob],
  ['1 MB of encoded words', () => put(report, 'Subject: Undelivered Mail Returned to Sender', `Subject: Undelivered Mail ${'=?utf-8?B?QUJD?= '.repeat(60_000)}`), bob],
  ['20,000 recipients named before 20,000 codes', () => manyRecipients(20_000), 20_000],
];

/** The time limit's unit: the same report with a 1 MB text part of ordinary prose, measured in this run. */
const ordinaryBounce = put(report, '--B1--', `--B1\nContent-Type: text/plain\n\n${'The original message follows, with nothing unusual in it.\n'.repeat(17_000)}\n--B1--`);
const ordinary = () => measureBaseline(ordinaryBounce, (text) => analyzeEml(text, 'en'));

for (const [name, make, expected] of cases) {
  test(`hostile bounce: ${name}`, () => {
    const text = make();
    const summary = assertWithinBudget(() => analyzeEml(text, 'en').summary as BounceSummary, text.length, ordinary);
    if (typeof expected === 'number') assert.equal(summary.recipients.length, expected);
    else assert.deepEqual(summary.recipients.map((r) => [r.recipient, r.status, r.replyCode]), expected);
  });
}
