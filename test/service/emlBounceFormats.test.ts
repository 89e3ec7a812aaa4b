/**
 * Bounce formats of issue 16, each as a small invented fixture in a real sender's format: reply
 * codes in the prose of each sender family, an X.0.0 Status made precise by the Diagnostic-Code,
 * diagnostic types that carry no reply code, X.400 recipients, recipients read from the notice and
 * never from the returned message's headers, and feedback reports in a provider's variant.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeEml, type BounceSummary } from '../../server/src/service/eml/emlAnalyzer';
import { bounceSummaryMarkdown } from '../../server/src/service/eml/bounceSummary';
import { findCodes } from '../../server/src/service/eml/bounceText';
import { doc, hoverText, service, settings } from '../helpers';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'eml', name), 'utf8');
const summaryOf = (text: string) => analyzeEml(text, 'en').summary as BounceSummary;
type Row = [recipient: string | null, action: string | null, status: string | null, replyCode: string | null];
const rows = (s: BounceSummary): Row[] => s.recipients.map((r) => [r.recipient, r.action, r.status, r.replyCode]);

test('each sender family: kind, recipients and the codes the message gives', () => {
  const table: [string, BounceSummary['kind'], Row[]][] = [
    // Exim: "LMTP error after DATA: 552 …" and "SMTP error … after end of data:" with the reply on the next line.
    ['exim-lmtp.eml', 'bounce', [['judy@example.org', 'failed', null, '552'], ['kate@example.org', 'failed', null, '554']]],
    // Sendmail V5: one line per recipient; the remote's code is inside the line or the last "<<< NNN" of its block.
    ['sendmail-v5.eml', 'bounce', [['mia@example.edu', 'failed', null, '550'], ['noah@example.net', 'failed', null, '550'], ['olga@example.jp', 'failed', null, '550']]],
    ['zoho-delay.eml', 'delay', [['quinn@example.org', 'delayed', null, '421']]],
    // Amazon WorkMail wraps the remote's last reply: 421 is what the remote server said.
    ['workmail-expired.eml', 'bounce', [['yuri@example.org', 'failed', '4.4.7', '421']]],
    // Old Exchange: the recipient is named in the notice, not taken from the returned message's To (a list).
    ['exchange-legacy.eml', 'bounce', [['amy@example.org', 'failed', '5.1.1', null]]],
    // The notice names no recipient: null, never the list address of the returned message.
    ['headers-only-notice.eml', 'bounce', []],
    // X.400: the RFC 822 address inside; without one, Original-Recipient. X-Unix; 255 is an exit status, no reply code.
    ['x400-recipient.eml', 'bounce', [['uma@example.org', 'failed', '5.0.0', null], ['vera@example.org', 'failed', '5.1.1', null]]],
    ['arf-text-part.eml', 'feedback-report', [['cleo@example.net', null, null, null]]],
  ];
  for (const [file, kind, expected] of table) {
    const s = summaryOf(fixture(file));
    assert.equal(s.kind, kind, file);
    assert.deepEqual(rows(s), expected, file);
  }
});

test('an X.0.0 Status with a specific code in the Diagnostic-Code: the specific one, and where it came from', () => {
  const text = fixture('opensmtpd-refined.eml');
  const s = summaryOf(text);
  assert.deepEqual(s.recipients, [
    {
      recipient: 'sam@example.org',
      action: 'failed',
      status: '5.7.26',
      statusSource: 'diagnostic-code',
      replyCode: '550',
      diagnostic: '550 5.7.26 This mail has been blocked because the sender is unauthenticated.',
      remoteMta: null,
    },
  ]);
  assert.match(bounceSummaryMarkdown(s, 'en'), /\| `5\.7\.26` [^|]* \(from the Diagnostic-Code\) \|/);
  // The DSN field keeps its own hover, which says what the summary reports instead.
  const hover = hoverText(text.replace('Status: 5.0.0', 'Status: 5.|0.0'), 'eml') ?? '';
  assert.match(hover, /^### 5\.0\.0/m);
  assert.match(hover, /This Status says only 5\.0\.0; the Diagnostic-Code carries the remote server's specific 5\.7\.26/);
  // A class that differs is no refinement: the Status stays.
  const other = summaryOf(text.replace('550 5.7.26', '450 4.7.26'));
  assert.equal(other.recipients[0].status, '5.0.0');
  assert.equal(other.recipients[0].statusSource, undefined);
});

test('Action: failed with a class 4 Status is no mismatch; delayed with 5.x.x and delivered with 4.x.x are', () => {
  const mismatches = (text: string) => service.doValidation(doc(text, 'eml'), settings()).filter((d) => d.code === 'eml.action-status-mismatch').length;
  const text = fixture('workmail-expired.eml');
  assert.equal(mismatches(text), 0);
  assert.equal(mismatches(text.replace('Action: failed', 'Action: delayed').replace('Status: 4.4.7', 'Status: 5.4.7')), 1);
  assert.equal(mismatches(text.replace('Action: failed', 'Action: delivered')), 1);
  assert.equal(mismatches(text.replace('Action: failed', 'Action: relayed').replace('Status: 4.4.7', 'Status: 5.4.7')), 1);
});

test('reply codes in the prose of each family are hovered where they stand', () => {
  const text = fixture('exim-lmtp.eml');
  assert.match(hoverText(text.replace('DATA: 552', 'DATA: 5|52'), 'eml') ?? '', /^### 552/m);
  const sendmail = fixture('sendmail-v5.eml');
  assert.match(hoverText(sendmail.replace('<<< 550 No such', '<<< 5|50 No such'), 'eml') ?? '', /^### 550/m);
});

test('formats learned from other bounce parsers and from the MTA sources: kind, recipients and codes', () => {
  const table: [string, BounceSummary['kind'], Row[]][] = [
    // Exim puts the remote's reply on its own indented line under the recipient, with no "host …:" before it.
    ['exim-indented-reply.eml', 'bounce', [['tess@example.org', 'failed', null, '550']]],
    // Postfix's "refused to talk to me: 421"; a remote reply that says "temporarily deferred" does not make a bounce a delay.
    ['postfix-refused.eml', 'bounce', [['wanda@example.org', 'failed', null, '421'], ['xena@example.net', 'failed', null, '451']]],
    // Smail: the failed address is indented under a "|---- Failed addresses follow: ----|" rule, not a continuation of it.
    ['smail-failed-addresses.eml', 'bounce', [['zora@example.de', 'failed', null, null]]],
    // IMail (SMTP32): "Delivery failed 3 attempts: bob@…".
    ['imail-delivery-failed.eml', 'bounce', [['bert@example.org', 'failed', null, null]]],
    // Sun ONE/iPlanet: a Final-Recipient that is an internal route gives way to the Original-Recipient.
    ['sun-one-route.eml', 'bounce', [['dora@example.net', 'failed', '5.2.0', '522']]],
    // A non-SMTP diagnostic type with "said: 551" gives the reply code; "X-Unix; 255" is still an exit status.
    ['hermes-said.eml', 'bounce', [['fred@example.cn', 'failed', '5.0.0', '551'], ['gina@example.cn', 'failed', '5.3.0', null]]],
    // A Sieve reject (RFC 5429) is a refusal, though it comes as a disposition notification marked auto-replied.
    ['sieve-reject.eml', 'bounce', [['iris@example.net', 'failed', null, null]]],
    // OpenSMTPD writes no Diagnostic-Code: the recipient's line in the notice makes Status 5.0.0 precise.
    ['opensmtpd-notice.eml', 'bounce', [['kate@example.org', 'failed', '5.1.1', '550']]],
    // CommuniGate Pro: "Failed to deliver to '<bob@…>'" names the recipient; the remote's reply under "host … says:" makes Status 5.0.0 precise.
    ['communigate-notice.eml', 'bounce', [['lars@example.net', 'failed', '5.1.1', '550']]],
    // "I wasn't able to deliver your mail to:bob@…" from a postmaster, with no code and no bounce subject: still a bounce.
    ['daemon-not-able.eml', 'bounce', [['xavi@example.in', 'failed', null, null]]],
    // qmail with a blank line between the address and the reason; the code ends the line.
    ['qmail-blank-line.eml', 'bounce', [['news@lists.example.org', 'failed', '5.7.0', null]]],
    // Exchange 5.5's Internet Mail Service names the recipient by an X.400 O/R address with the RFC 822 one inside.
    ['exchange55-x400.eml', 'bounce', [['abel@corp.example.com', 'failed', null, null]]],
    // SinaMail says it in Chinese only: a notice from a mailer daemon in another language is a bounce.
    ['sina-localized.eml', 'bounce', [['bing@example.cn', 'failed', null, null], ['chen@example.cn', 'failed', null, null]]],
    // Exim's delay warning without a remote reply: a delay notice, though no code and no bounce phrase.
    ['exim-delay-warning.eml', 'delay', [['ivan@example.za', 'delayed', null, null]]],
    // Yahoo writes a colon after the reply code ("550: 5.1.1 <bob@…>: …"): still a reply code and its enhanced code.
    ['yahoo-colon-reply.eml', 'bounce', [['pia@example.net', 'failed', '5.1.1', '550']]],
    // Yahoo's classic notice: "554: delivery error: dd This user doesn't have a yahoo.com account": a reply code, and no status to report.
    ['yahoo-classic-notice.eml', 'bounce', [['bob@yahoo.com', 'failed', null, '554']]],
    // Coremail (163.com) names the recipient after "收件人" in a base64 GBK part; the run-together Delivered-To header is never read.
    ['coremail-localized.eml', 'bounce', [['ruth@example.org', 'failed', null, '550']]],
  ];
  for (const [file, kind, expected] of table) {
    const s = summaryOf(fixture(file));
    assert.equal(s.kind, kind, file);
    assert.deepEqual(rows(s), expected, file);
  }
});

test('notices in other languages are bounces when a mailer daemon sends them, not otherwise', () => {
  const bodies = [
    'Ihre Nachricht war unzustellbar.\n\n<dirk@example.de>: Postfach voll',
    "Votre message n'a pas pu être remis.\n\n<elise@example.fr>: Utilisateur inconnu",
    '邮件无法送达。\n\n<fang@example.cn>:',
  ];
  for (const body of bodies) {
    const daemon = summaryOf(`From: MAILER-DAEMON@mx.example.net\nTo: lena@example.com\nSubject: =?utf-8?Q?Fehler?=\n\n${body}\n`);
    assert.equal(daemon.kind, 'bounce', body);
    assert.equal(daemon.recipients.length, 1, body);
    const person = summaryOf(`From: Lena <lena@example.com>\nTo: team@example.net\nSubject: Notes\n\n${body}\n`);
    assert.equal(person.kind, 'not-a-bounce', body);
  }
});

test('a neutral subject: the body or a "FAILED MAIL" subject still says bounce', () => {
  const returned = summaryOf(
    'From: MAILER-DAEMON@mx.example.net\nTo: list-admin@example.com\nSubject: Processing Error\n\nIntended recipient: gail@example.net\n\nThe following mail has been returned because it encountered an error\nwhile being processed.\n',
  );
  assert.equal(returned.kind, 'bounce');
  assert.deepEqual(rows(returned), [['gail@example.net', 'failed', null, null]]);
  const failed = summaryOf('From: postmaster@example.gov\nTo: list-admin@example.com\nSubject: FAILED MAIL to "hugo"\n\nThe address did not match any mailbox here.\n');
  assert.equal(failed.kind, 'bounce');
  // The same words from a person are no bounce.
  const person = summaryOf('From: Lena <lena@example.com>\nTo: team@example.net\nSubject: Processing Error\n\nThe parcel has been returned, see gail@example.net.\n');
  assert.equal(person.kind, 'not-a-bounce');
});

test('a code that ends its line takes the reason before it as the diagnostic', () => {
  const s = summaryOf(fixture('qmail-blank-line.eml'));
  assert.equal(s.recipients[0].diagnostic, "ezmlm-reject: fatal: Sorry, I don't accept message with empty Subject (#5.7.0)");
});

test('a status made precise by the notification text says where it came from; a class that differs stays', () => {
  const text = fixture('opensmtpd-notice.eml');
  const s = summaryOf(text);
  assert.equal(s.recipients[0].statusSource, 'notification-text');
  assert.match(bounceSummaryMarkdown(s, 'en'), /\| `5\.1\.1` [^|]* \(from the notification text\) \|/);
  assert.match(bounceSummaryMarkdown(s, 'de'), /\(aus dem Benachrichtigungstext\) \|/);
  const other = summaryOf(text.replace(': 550 5.1.1 <', ': 450 4.1.1 <'));
  assert.deepEqual(rows(other), [['kate@example.org', 'failed', '5.0.0', '450']]);
  assert.equal(other.recipients[0].statusSource, undefined);
});

test('older gateways name the failed recipient after a label of their own', () => {
  const notice = (body: string) => `From: MAILER-DAEMON@gw.example.net\nTo: lena@example.com\nSubject: Returned mail\n\n${body}\n`;
  const labels: [string, string][] = [
    ['Intended recipient: mona@example.org\nReason: user unknown', 'mona@example.org'],
    ['Undeliverable Address: nina@example.org\nReason: mailbox does not exist', 'nina@example.org'],
    ['--> Error description:\nError-For:  otto@example.org\nError-Text: No such user\nError-End: One error reported.', 'otto@example.org'],
    ['Invalid final delivery userid: paul@example.org', 'paul@example.org'],
    ["User's mailbox is full: <rosa@example.org>\nUnable to deliver mail.", 'rosa@example.org'],
    ['User mailbox exceeds allowed size: saul@example.org', 'saul@example.org'],
    // Forms of older gateways read in Sympa's bounce analysis: a misspelt label, IBM VM's arrow,
    // address types before the address (VINES, cc:Mail), and the address named before what is wrong with it.
    ["Your message adressed to pia@example.org couldn't be delivered, for the following reason :\nuser unknown", 'pia@example.org'],
    ['Your mail item could not be delivered to the following users:\n\nUser unknown ----> quin@example.org', 'quin@example.org'],
    ['Message not delivered to recipients below.\n\n    SMTP:  ruth@example.org', 'ruth@example.org'],
    ['The following destination addresses were unknown:\n\nSMTP <sean@example.org>', 'sean@example.org'],
    ['The following message could not be delivered because the address tina@example.org does not exist.', 'tina@example.org'],
    ['The destination mailbox ugo@example.org is unavailable.', 'ugo@example.org'],
    ['This Message was undeliverable due to the following reason:\n\n     Recipient: <vito@example.org>\n     Reason:    <vito@example.org>... User unknown', 'vito@example.org'],
    // Haraka's older outbound notice.
    ['Intended Recipients: <xena@example.org>\nFailure Reason: Error: Some recipients failed: <xena@example.org>', 'xena@example.org'],
    // Coremail's Chinese label, with a full-width colon as often as without one.
    ['退信原因：对方拒绝接收您的邮件\n收件人：ylva@example.org', 'ylva@example.org'],
  ];
  for (const [body, recipient] of labels) {
    const s = summaryOf(notice(body));
    assert.equal(s.kind, 'bounce', body);
    assert.deepEqual(s.recipients.map((r) => r.recipient), [recipient], body);
  }
  // The reason after the address: a wrapping parenthesis goes, one that closes inside the reason stays.
  const reason = (body: string) => summaryOf(notice(body)).recipients[0].diagnostic;
  assert.equal(reason('<yves@example.org>: Too many failures (Tried all MXs)'), 'Too many failures (Tried all MXs)');
  assert.equal(reason('Delivery to the following recipient failed:\n\n  zack@example.org (user not found)'), 'user not found');
  // An address named in a sentence that says nothing is wrong with it is no recipient.
  const help = summaryOf(notice('The destination mailbox walt@example.org is unavailable.\nWrite to the address help@gw.example.net for assistance.'));
  assert.deepEqual(help.recipients.map((r) => r.recipient), ['walt@example.org']);
});

test('a reply code that starts an indented line is hovered where it stands', () => {
  const text = fixture('exim-indented-reply.eml');
  assert.match(hoverText(text.replace('    550 Message', '    5|50 Message'), 'eml') ?? '', /^### 550/m);
  // The returned message's text is not the report: no hover there.
  assert.doesNotMatch(hoverText(text.replace('A 450 4.2.0', 'A 4|50 4.2.0'), 'eml') ?? '', /^### 450/m);
});

test('the provider is the one of the server that answered; the reporting relay stands in only when none is named', () => {
  const dsn = (remote: string) =>
    [
      'From: MAILER-DAEMON@mxout.rambler.ru (Mail Delivery System)',
      'To: gleb@rambler.ru',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mxout.rambler.ru',
      '',
      'Final-Recipient: rfc822; hana@example.net',
      'Action: failed',
      'Status: 5.0.0',
      remote,
      'Diagnostic-Code: smtp; 550 No such user here',
      '',
      '--b1--',
      '',
    ].join('\n');
  const answered = summaryOf(dsn('Remote-MTA: dns; mx.example.net')).recipients[0];
  assert.equal(answered.remoteMta, 'mx.example.net');
  assert.equal(answered.provider, undefined);
  assert.equal(summaryOf(dsn('X-Comment: no Remote-MTA')).recipients[0].provider, 'rambler');
});

test('a reply code with a colon at a line start counts before a refusal, not as a count', () => {
  assert.deepEqual(findCodes("554: delivery error: dd This user doesn't have a yahoo.com account"), [{ kind: 'reply', code: '554', index: 0, tier: 'context' }]);
  assert.deepEqual(findCodes('<bob@yahoo.com>: 554: delivery error: dd This user doesn\'t have an account', [17]).map((h) => [h.code, h.index]), [['554', 17]]);
  assert.deepEqual(findCodes('450: messages counted in the queue today'), []);
  assert.deepEqual(findCodes('Total 550: 12 deliveries'), []);
});

test('the Status hover says when the notification text made the status precise', () => {
  const text = fixture('opensmtpd-notice.eml');
  const line = text.split('\n').findIndex((l) => l.startsWith('Status: 5.0.0'));
  const lines = text.split('\n');
  lines[line] = 'Status: 5.0.|0';
  const hover = hoverText(lines.join('\n'), 'eml') ?? '';
  assert.match(hover, /This Status says only 5\.0\.0; the notification text for this recipient carries the remote server's specific 5\.1\.1 of the same class/);
  const plain = hoverText(fixture('postfix-dsn.eml').replace('Status: 5.1.1', 'Status: 5.1.|1'), 'eml') ?? '';
  assert.doesNotMatch(plain, /notification text for this recipient/);
});
