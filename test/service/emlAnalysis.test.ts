/** Bounce messages (eml): MIME parsing, RFC 3464 fields, text bounces, classification, summary. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeEml, type BounceSummary } from '../../server/src/service/eml/emlAnalyzer';
import { bounceSummaryMarkdown } from '../../server/src/service/eml/bounceSummary';
import { parseDocument } from '../../server/src/service/eml/mime';
import { doc, hoverText, service, settings } from '../helpers';
import { assertWithinBudget, measureBaseline } from '../timing';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'eml', name), 'utf8');
const summaryOf = (text: string, lang: 'en' | 'de' = 'en') => analyzeEml(text, lang).summary as BounceSummary;
/** Puts the `|` cursor marker before the n-th (0-based) occurrence of `needle` plus `offset`. */
function at(text: string, needle: string, offset = 0, nth = 0): string {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} not in text`);
  return text.slice(0, i + offset) + '|' + text.slice(i + offset);
}
const eml = (text: string, overrides = {}) => service.doValidation(doc(text, 'eml'), settings(overrides));

test('summary of a Postfix DSN: every field from the report, nothing invented', () => {
  const s = summaryOf(fixture('postfix-dsn.eml'));
  assert.equal(s.kind, 'bounce');
  assert.deepEqual(s.recipients, [
    {
      recipient: 'bob@example.net',
      action: 'failed',
      status: '5.1.1',
      replyCode: '550',
      diagnostic: '550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
      remoteMta: 'mx1.example.net',
    },
  ]);
});

test('classification and recipients of each kind of message', () => {
  const table: [string, BounceSummary['kind'], [string | null, string | null, string | null, string | null][]][] = [
    ['postfix-dsn.eml', 'bounce', [['bob@example.net', 'failed', '5.1.1', '550']]],
    ['two-recipients.eml', 'bounce', [['dave@example.net', 'failed', '5.2.2', '552'], ['erin@example.net', 'failed', '4.4.1', '451']]],
    ['exim-text.eml', 'bounce', [['grace@example.org', 'failed', '5.7.1', '550']]],
    ['qp-exchange.eml', 'bounce', [['ivan@contoso.example', 'failed', '5.1.10', '550']]],
    ['base64-notice.eml', 'bounce', [['karl@example.net', 'failed', '5.1.1', '550']]],
    ['delay.eml', 'delay', [['xena@example.net', 'delayed', '4.4.1', null]]],
    ['arf.eml', 'feedback-report', [['mallory@isp.example', null, null, null]]],
    ['vacation.eml', 'auto-reply', []],
    ['plain.eml', 'not-a-bounce', []],
  ];
  for (const [name, kind, recipients] of table) {
    const s = summaryOf(fixture(name));
    assert.equal(s.kind, kind, name);
    assert.deepEqual(s.recipients.map((r) => [r.recipient, r.action, r.status, r.replyCode]), recipients, name);
  }
});

test('text bounces of several MTAs: recipients and codes found in the prose', () => {
  const head = 'From: MAILER-DAEMON@mx.example.com\nTo: sender@example.com\nSubject: Undeliverable mail\n\n';
  const table: [string, string, string | null, string | null][] = [
    // qmail
    ['<u1@example.net>:\nRemote host said: 550 5.1.1 <u1@example.net>... User Unknown [RCPT_TO]\n', 'u1@example.net', '5.1.1', '550'],
    // qmail without an enhanced code in the reply: the (#x.y.z) is the status
    ['<u2@example.net>:\n192.0.2.7 does not like recipient.\nRemote host said: 550 No such user\nGiving up on 192.0.2.7. (#5.1.1)\n', 'u2@example.net', '5.1.1', '550'],
    // Sendmail transcript
    ['   ----- Transcript of session follows -----\n... while talking to mx.example.net.:\n>>> RCPT To:<u3@example.net>\n<<< 550 5.1.1 <u3@example.net>... User unknown\n', 'u3@example.net', '5.1.1', '550'],
    // Exchange / Office 365
    ['Delivery has failed to these recipients or groups:\n\nu4@example.net\nRemote Server returned \'550 5.4.1 Recipient address rejected: Access denied\'\n', 'u4@example.net', '5.4.1', '550'],
    // Gmail
    ["Your message wasn't delivered to u5@example.net because the address couldn't be found.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.\n", 'u5@example.net', '5.1.1', '550'],
    // No code at all: the recipient, and null codes
    ['Unable to deliver message to the following address(es).\n\n<u6@example.net>:\nThis user doesn\'t have an account here\n', 'u6@example.net', null, null],
  ];
  for (const [body, recipient, status, reply] of table) {
    const s = summaryOf(head + body);
    assert.equal(s.kind, 'bounce', body);
    assert.deepEqual(s.recipients.map((r) => [r.recipient, r.status, r.replyCode]), [[recipient, status, reply]], body);
  }
});

test('codes in the returned original message are not reported', () => {
  const s = summaryOf(fixture('exim-text.eml'));
  assert.equal(s.recipients.length, 1);
  assert.notEqual(s.recipients[0].status, '4.2.0');
  const spans = analyzeEml(fixture('exim-text.eml'), 'en').spans.filter((sp) => sp.key === '4.2.0');
  assert.equal(spans.length, 0);
});

test('Status X.0.0 gives way to the more precise code of the Diagnostic-Code', () => {
  const text = fixture('two-recipients.eml').replace('Status: 5.2.2', 'Status: 5.0.0');
  assert.equal(summaryOf(text).recipients[0].status, '5.2.2');
});

test("in a Diagnostic-Code, the enhanced code paired with the reply code is the remote server's", () => {
  const table: [string, string, string, string][] = [
    // Amazon SES: its own classification first, then the remote reply.
    ['5.0.0', "smtp; 5.1.0 - Unknown address error 550-'5.7.1 <x@example.net>... Access denied' (delivery attempts: 0)", '5.7.1', '550'],
    ['5.0.0', 'smtp; 5.1.0 - Unknown address error 550 5.1.1 no such user', '5.1.1', '550'],
    // No pair: the first enhanced code is the one there is.
    ['5.0.0', 'smtp; 554 Transaction failed: policy (#5.7.1)', '5.7.1', '554'],
    ['5.0.0', 'smtp; 550 5.4.1 Recipient address rejected', '5.4.1', '550'],
  ];
  for (const [status, diagnostic, expected, reply] of table) {
    const text = fixture('postfix-dsn.eml')
      .replace('Status: 5.1.1', `Status: ${status}`)
      .replace('Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient address\n    rejected: User unknown in virtual mailbox table', `Diagnostic-Code: ${diagnostic}`);
    const r = summaryOf(text).recipients[0];
    assert.deepEqual([r.status, r.replyCode], [expected, reply], diagnostic);
  }
});

test('hover on DSN field names cites RFC 3464, in English and German', () => {
  const text = fixture('postfix-dsn.eml');
  const status = hoverText(at(text, 'Status: 5.1.1', 2), 'eml');
  assert.match(status ?? '', /^### Status/);
  assert.match(status ?? '', /RFC 3464 §2\.3\.4/);
  assert.match(hoverText(at(text, 'Final-Recipient', 3), 'eml') ?? '', /Final-Recipient.*\n[\s\S]*RFC 3464 §2\.3\.2/);
  assert.match(hoverText(at(text, 'X-Postfix-Queue-ID', 3), 'eml') ?? '', /queue ID/i);
  assert.match(hoverText(at(text, 'Auto-Submitted', 3), 'eml') ?? '', /RFC 3834/);
  assert.match(hoverText(at(text, 'Remote-MTA', 3), 'eml', { language: 'de' }) ?? '', /Entfernter MTA/);
});

test('hover on the Action value explains it', () => {
  assert.match(hoverText(at(fixture('postfix-dsn.eml'), 'Action: failed', 10), 'eml') ?? '', /will not try again/);
});

test('hover on the codes of Status and Diagnostic-Code', () => {
  const text = fixture('postfix-dsn.eml');
  assert.match(hoverText(at(text, 'Status: 5.1.1', 10), 'eml') ?? '', /^### 5\.1\.1 /);
  assert.match(hoverText(at(text, 'smtp; 550', 7), 'eml') ?? '', /^### 550 /);
  assert.match(hoverText(at(text, 'smtp; 550 5.1.1', 12), 'eml') ?? '', /^### 5\.1\.1 /);
  // The notification text is analysed too.
  assert.match(hoverText(at(text, 'said: 550', 7), 'eml') ?? '', /^### 550 /);
});

test('provider notes when the Diagnostic-Code carries a provider mark', () => {
  const text = fixture('postfix-dsn.eml').replace(
    'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient address\n    rejected: User unknown in virtual mailbox table',
    'Diagnostic-Code: smtp; 550 5.7.26 Unauthenticated email is not accepted due to domain DMARC policy - gsmtp',
  ).replace('Status: 5.1.1', 'Status: 5.7.26');
  const hover = hoverText(at(text, 'Status: 5.7.26', 10), 'eml') ?? '';
  assert.match(hover, /Google/);
});

test('a quoted-printable part maps codes back to their place in the file', () => {
  const text = fixture('qp-exchange.eml');
  const hover = hoverText(at(text, "'550 5.1.10", 6), 'eml');
  assert.match(hover ?? '', /^### 5\.1\.10 /);
  const span = analyzeEml(text, 'en').spans.find((s) => s.key === '5.1.10')!;
  const lines = text.split('\n');
  assert.equal(lines[span.range.start.line].slice(span.range.start.character, span.range.end.character), '5.1.10');
});

test('a base64 part is decoded for analysis and its codes are reported inside the part', () => {
  const text = fixture('base64-notice.eml');
  const a = analyzeEml(text, 'en');
  const bodyStart = text.split('\n').findIndex((l) => l.startsWith('PGthcmxA'));
  // The decoded text has no place in the document: the code is reported on the encoded line that holds it.
  assert.deepEqual(
    a.spans.filter((s) => s.key === '5.1.1').map((s) => s.range),
    [{ start: { line: bodyStart, character: 56 }, end: { line: bodyStart, character: 62 } }],
  );
  assert.deepEqual(a.findings.map((f) => [f.rule, f.range.start.line]), [['eml.recipient-status', bodyStart]]);
});

test('an information diagnostic on each Status line tells the outcome', () => {
  const d = eml(fixture('two-recipients.eml')).filter((x) => x.code === 'eml.recipient-status');
  const lines = fixture('two-recipients.eml').split('\n');
  assert.deepEqual(d.map((x) => lines[x.range.start.line]), ['Status: 5.2.2', 'Status: 4.4.1']);
  assert.match(String(d[0].message), /^dave@example\.net: failed — 5\.2\.2 .*\(reply 552\)$/);
  const de = eml(fixture('two-recipients.eml'), { language: 'de' }).find((x) => x.code === 'eml.recipient-status')!;
  assert.match(String(de.message), /fehlgeschlagen/);
});

test('Action that contradicts the Status class: warning with quick fixes', () => {
  // two-recipients.eml has Action: failed with Status 4.4.1, which the IANA registry allows: no warning there.
  assert.equal(eml(fixture('two-recipients.eml')).filter((x) => x.code === 'eml.action-status-mismatch').length, 0);
  const text = fixture('two-recipients.eml').replace('Action: failed\nStatus: 4.4.1', 'Action: delivered\nStatus: 4.4.1');
  const d = eml(text).filter((x) => x.code === 'eml.action-status-mismatch');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 2);
  const line = text.split('\n')[d[0].range.start.line];
  assert.equal(line, 'Action: delivered');
  const document = doc(text, 'eml');
  const actions = service.doCodeActions(document, d[0].range, service.doValidation(document, settings()).filter((x) => x.code === 'eml.action-status-mismatch'));
  assert.deepEqual(actions.map((a) => a.title), ['Change Action to delayed', 'Change enhanced code 4.4.1 to 2.4.1']);
  const edit = actions[0].edit!.changes![document.uri][0];
  assert.equal(edit.newText, 'delayed');
  assert.deepEqual(edit.range, d[0].range);
  for (const [action, status, expected] of [['delayed', '5.1.1', 'failed'], ['delivered', '4.2.0', 'delayed'], ['relayed', '5.0.0', 'failed'], ['failed', '2.0.0', 'delivered']]) {
    const t = fixture('postfix-dsn.eml').replace('Action: failed', `Action: ${action}`).replace('Status: 5.1.1', `Status: ${status}`).replace('smtp; 550 5.1.1', 'smtp; 550');
    const m = eml(t).find((x) => x.code === 'eml.action-status-mismatch');
    assert.ok(m, `${action} with ${status}`);
    assert.match(String(m.message), new RegExp(`Action: ${expected}`));
  }
  assert.equal(eml(fixture('postfix-dsn.eml')).filter((x) => x.code === 'eml.action-status-mismatch').length, 0);
});

test('a Diagnostic-Code that contradicts Status is a warning; a malformed Status an error', () => {
  const contradict = fixture('postfix-dsn.eml').replace('Action: failed', 'Action: delayed').replace('Status: 5.1.1', 'Status: 4.4.1');
  const d = eml(contradict).find((x) => x.code === 'eml.diagnostic-status-mismatch');
  assert.ok(d);
  assert.equal(d.severity, 2);
  assert.match(String(d.message), /550.*4\.4\.1/);
  for (const bad of ['5.1', '6.1.1', '5.1.1000', 'unknown']) {
    const t = fixture('postfix-dsn.eml').replace('Status: 5.1.1', `Status: ${bad}`);
    const m = eml(t).find((x) => x.code === 'eml.malformed-status');
    assert.ok(m, bad);
    assert.equal(m.severity, 1);
  }
  assert.deepEqual(eml(fixture('postfix-dsn.eml')).filter((x) => x.severity !== 3).map((x) => x.code), []);
});

test('CodeLens at the top summarizes and runs the summary command', () => {
  const lenses = analyzeEml(fixture('postfix-dsn.eml'), 'en').codeLenses;
  assert.equal(lenses.length, 1);
  assert.equal(lenses[0].title, 'Bounce: 1 failed (5.1.1 bob@example.net)');
  assert.equal(lenses[0].command?.command, 'smtpCodes.summarizeBounce');
  assert.deepEqual(lenses[0].range.start, { line: 0, character: 0 });
  assert.equal(analyzeEml(fixture('two-recipients.eml'), 'de').codeLenses[0].title, 'Bounce: 2 fehlgeschlagen (5.2.2 dave@example.net, …)');
  assert.equal(analyzeEml(fixture('plain.eml'), 'en').codeLenses.length, 0);
});

test('summary markdown: a localized table, escaped', () => {
  const s = summaryOf(fixture('postfix-dsn.eml'));
  const md = bounceSummaryMarkdown(s, 'en');
  assert.match(md, /\| Recipient \| Action \| Status \| Reply \| Remote MTA \| Diagnostic \|/);
  assert.match(md, /bob\\@example\.net/);
  assert.match(md, /`5\.1\.1` recipient mailbox does not exist/);
  assert.doesNotMatch(md, /<bob@/);
  assert.match(bounceSummaryMarkdown(s, 'de'), /\| Empfänger \| Action \| Status \| Antwort \|/);
});

test('outline: headers, MIME parts and per-recipient DSN groups; folding of parts and header blocks', () => {
  const a = analyzeEml(fixture('postfix-dsn.eml'), 'en');
  assert.deepEqual(a.symbols.map((s) => s.name), ['Headers', 'text/plain', 'message/delivery-status', 'text/rfc822-headers']);
  const dsn = a.symbols[2];
  assert.deepEqual(dsn.children!.map((c) => c.name), ['Headers', 'Per-message fields', 'Recipient bob@example.net']);
  assert.equal(dsn.children![2].detail, 'failed 5.1.1');
  // The top header block, then each part and its header block (0-based lines).
  assert.deepEqual(
    a.folds.map((f) => [f.startLine, f.endLine]),
    [[0, 11], [16, 17], [15, 27], [29, 30], [28, 44], [46, 47], [45, 55]],
  );
});

test('MIME parsing: folded headers, encoded words, nested messages, multipart boundaries', () => {
  const text = [
    'From: =?utf-8?B?TWFpbCBEZWxpdmVyeQ==?= <postmaster@example.com>',
    'Subject: =?iso-8859-1?Q?Unzustellbar:_Gr=FC=DFe?=',
    'Content-Type: multipart/mixed;',
    ' boundary="outer"',
    '',
    '--outer',
    'Content-Type: message/rfc822',
    '',
    'Subject: inner',
    'Content-Type: multipart/alternative; boundary="inner"',
    '',
    '--inner',
    'Content-Type: text/plain',
    '',
    'hello',
    '--inner--',
    '--outer--',
  ].join('\n');
  const parsed = parseDocument(text);
  const root = parsed.messages[0];
  assert.equal(root.contentType.params.boundary, 'outer');
  assert.equal(root.children.length, 1);
  const inner = root.children[0].message!;
  assert.equal(inner.headers[0].value, 'inner');
  assert.equal(inner.children[0].contentType.mime, 'text/plain');
  assert.equal(inner.children[0].bodyStart, 14);
  assert.equal(summaryOf(text).messages[0].subject, 'Unzustellbar: Grüße');
});

test('an mbox file holds several messages, each summarized', () => {
  const one = fixture('postfix-dsn.eml');
  const mbox = `From MAILER-DAEMON  Mon May 12 10:15:02 2025\n${one}\nFrom MAILER-DAEMON  Mon May 12 10:16:02 2025\n${fixture('exim-text.eml')}`;
  const s = summaryOf(mbox);
  assert.deepEqual(s.recipients.map((r) => r.recipient), ['bob@example.net', 'grace@example.org']);
  assert.equal(s.messages.length, 2);
  assert.deepEqual(analyzeEml(mbox, 'en').symbols.map((x) => x.name), ['Message 1', 'Message 2']);
});

test('hostile input: deep nesting, huge lines and broken boundaries stay fast and never throw', () => {
  const depth = 3000;
  let nested = '';
  for (let i = 0; i < depth; i++) nested += `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n`;
  nested += 'Content-Type: text/plain\n\nStatus: 5.1.1\n';
  const cases = [
    nested,
    `Subject: x\n\n${'a'.repeat(5_000_000)}@${'b'.repeat(1000)}\n`,
    `Subject: x\n\n${'said: '.repeat(300_000)}\n`,
    `Content-Type: multipart/report; boundary="x"\n\n--x\nContent-Type: message/delivery-status\n\n${'Final-Recipient: rfc822; a@b.c\nAction: failed\nStatus: 5.1.1\n\n'.repeat(20_000)}`,
    'Content-Type: multipart/mixed; boundary=\n\n--\n--\n',
    'Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!!====\n',
    'Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n=\n=4\n=ZZ\n',
    '',
  ];
  const ordinaryBounce = `From: MAILER-DAEMON@mx.example.com\nContent-Type: text/plain\n\n${'The original message follows, with nothing unusual in it.\n'.repeat(17_000)}`;
  const ordinary = () => measureBaseline(ordinaryBounce, (text) => analyzeEml(text, 'en'));
  const counts = cases.map((text) => {
    const a = assertWithinBudget(() => analyzeEml(text, 'en'), text.length, ordinary);
    return [a.findings.length, (a.summary as BounceSummary).recipients.length];
  });
  // Only the well-formed report names recipients (a bare `Status:` line outside a DSN part names none).
  assert.deepEqual(counts, [[0, 0], [0, 0], [0, 0], [20_000, 20_000], [0, 0], [0, 0], [0, 0], [0, 0]]);
});

test('codes nested deeper than the MIME depth cap are still found', () => {
  let text = 'From: MAILER-DAEMON@mx.example.com\nSubject: Undeliverable\n';
  for (let i = 0; i < 20; i++) text += `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n`;
  text += 'Content-Type: text/plain\n\n<u@example.net>: host mx.example.net said: 550 5.1.1 unknown\n';
  assert.deepEqual(summaryOf(text).recipients.map((r) => [r.recipient, r.status, r.replyCode, r.remoteMta]), [['u@example.net', '5.1.1', '550', 'mx.example.net']]);
});

test('Amazon SES notifications sent by mail: the JSON event gives the recipients and codes', () => {
  const head = 'From: Example Notifications <no-reply@sns.example.com>\nTo: ops@example.com\nSubject: AWS Notification Message\nContent-Type: text/plain; charset=UTF-8\n\n';
  const footer = '\n\n--\nIf you wish to stop receiving notifications from this topic, visit the link below.\n';
  const table: [string, object, BounceSummary['kind'], [string | null, string | null, string | null, string | null, string | null][]][] = [
    [
      'bounce with status and diagnostic',
      { notificationType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'amy@example.net', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }], remoteMtaIp: '192.0.2.9' }, mail: { source: 'ops@example.com' } },
      'bounce',
      [['amy@example.net', 'failed', '5.1.1', '550', '192.0.2.9']],
    ],
    [
      'bounce that gives only the address: nothing invented',
      { eventType: 'Bounce', bounce: { bounceType: 'Transient', bouncedRecipients: [{ emailAddress: 'ben@example.net' }] } },
      'bounce',
      [['ben@example.net', null, null, null, null]],
    ],
    [
      'delivery',
      { notificationType: 'Delivery', delivery: { recipients: ['cy@example.net'], smtpResponse: '250 2.6.0 Message received' } },
      'not-a-bounce',
      [['cy@example.net', 'delivered', '2.6.0', '250', null]],
    ],
    [
      'complaint',
      { notificationType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: 'dee@example.net' }], complaintFeedbackType: 'abuse' } },
      'feedback-report',
      [['dee@example.net', null, null, null, null]],
    ],
  ];
  for (const [name, event, kind, recipients] of table) {
    const text = head + JSON.stringify(event) + footer;
    const s = summaryOf(text);
    assert.equal(s.kind, kind, name);
    assert.deepEqual(s.recipients.map((r) => [r.recipient, r.action, r.status, r.replyCode, r.remoteMta]), recipients, name);
  }
  // The summary's anchor is the address in the JSON.
  const text = head + JSON.stringify(table[0][1]) + footer;
  const finding = analyzeEml(text, 'en').findings.find((f) => f.rule === 'eml.recipient-status')!;
  const line = text.split('\n')[finding.range.start.line];
  assert.equal(line.slice(finding.range.start.character, finding.range.end.character), 'amy@example.net');
  // Broken or foreign JSON is read as ordinary text.
  assert.equal(summaryOf(`${head}{"notificationType": "Bounce", "bounce": {${footer}`).kind, 'not-a-bounce');
  assert.equal(summaryOf(`${head}{"notificationType":"Received","mail":{}}${footer}`).kind, 'not-a-bounce');
});

test('a first line "From sender date" is an mbox separator even with an odd time; OpenSMTPD delay wording', () => {
  const qmail =
    'From MAILER-DAEMON Sat Jan 3 07:5:00 2015\nReturn-Path: <>\nFrom: MAILER-DAEMON@mx.example.org\nTo: ann@example.org\nSubject: failure notice\n\n' +
    "Hi. This is the qmail-send program at mx.example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n\n<ola@example.net>:\nConnection refused. (#4.4.1)\nI'm not going to try again; this message has been in the queue too long.\n";
  const s = summaryOf(qmail);
  assert.equal(s.messages[0].subject, 'failure notice');
  assert.deepEqual(s.recipients.map((r) => [r.recipient, r.action, r.status, r.replyCode]), [['ola@example.net', 'failed', '4.4.1', null]]);
  const opensmtpd =
    'From: Mailer Daemon <MAILER-DAEMON@mx.example.org>\nTo: ann@example.org\nSubject: Delivery status notification: warning\n\n' +
    '    A message is delayed for more than 10 minutes for the following\n    list of recipients:\n\npia@example.net: Network error on destination MXs\n\n' +
    '    Please note that this is only a temporary failure report.\n';
  const d = summaryOf(opensmtpd);
  assert.equal(d.kind, 'delay');
  assert.deepEqual(d.recipients.map((r) => [r.recipient, r.action, r.status, r.replyCode]), [['pia@example.net', 'delayed', null, null]]);
});
