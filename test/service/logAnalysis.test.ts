import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnosticCodes, diagnosticsAt, doc, hoverText, service, settings } from '../helpers';
import { analyzeMailLog } from '../../server/src/service/log/logAnalyzer';
import { logSummaryMarkdown, logSummaryOf } from '../../server/src/service/log/logSummary';
import { executeCommand } from '../../server/src/commands';
import { assertWithinBudget, growthRatio, measureBaseline } from '../timing';

const log = 'mail-log';
const bounced =
  'Mar  3 09:21:37 mx1 postfix/smtp[21994]: B0C873C0F7: to=<no.such.user@gmail.com>, relay=gmail-smtp-in.l.google.com[142.250.27.26]:25, delay=0.91, delays=0.04/0/0.35/0.52, dsn=5.1.1, status=bounced (host gmail-smtp-in.l.google.com[142.250.27.26] said: 550 5.1.1 The email account that you tried to reach does not exist - gsmtp (in reply to RCPT TO command))';

/** Puts the cursor marker before the n-th occurrence (0-based) of `needle`, plus `offset`. */
function at(line: string, needle: string, offset = 0, nth = 0): string {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = line.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} not in line`);
  return line.slice(0, i + offset) + '|' + line.slice(i + offset);
}

test('a Postfix delivery line: status word, dsn= and the remote reply each get their own hover', () => {
  const status = hoverText(at(bounced, 'bounced', 2), log);
  assert.match(status ?? '', /^### status=bounced: permanently failed/);
  assert.match(status ?? '', /\*\*What happens next\*\*/);
  const dsn = hoverText(at(bounced, 'dsn=5.1.1', 6), log);
  assert.match(dsn ?? '', /^### 5\.1\.1 /);
  assert.match(dsn ?? '', /The `dsn=` field/);
  const reply = hoverText(at(bounced, 'said: 550', 7), log);
  assert.match(reply ?? '', /^### 550 /);
  assert.match(reply ?? '', /gmail-smtp-in\.l\.google\.com/);
  const enhanced = hoverText(at(bounced, '5.1.1 The', 2), log);
  assert.match(enhanced ?? '', /^### 5\.1\.1 /);
});

test('hovers on the status words of every MTA', () => {
  const cases: [string, string, RegExp][] = [
    ['2024-03-05 11:07:02 1rhV0A-000H5c-1x ** nobody@yahoo.com R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO:<nobody@yahoo.com>: 554 5.7.9 Message not accepted', '**', /^### \\\*\\\* delivery failed/],
    ['2024-03-05 11:09:12 1rhV2C-000H7d-0q == info@g.example R=dnslookup T=remote_smtp defer (-44) H=mx.g.example [203.0.113.61]: SMTP error from remote mail server after RCPT TO:<info@g.example>: 451 4.7.1 Greylisted', '==', /^### \\?== delivery deferred/],
    ['2024-03-05 11:02:18 1rhUvV-000Gx1-2f => lena@example.org R=virtual_user T=dovecot_lmtp H=localhost [127.0.0.1] C="250 2.0.0 Saved"', '=>', /^### \\?=&gt; normal delivery/],
    ['Apr  2 08:11:06 relay sm-mta[4413]: 432BB4xL004411: to=<ap@s.example>, mailer=esmtp, relay=mx01.s.example. [192.0.2.150], dsn=2.0.0, stat=Sent (OK id=1rrT6y)', 'Sent', /^### stat=Sent: delivered/],
    ['@4000000066a1b2c60d4e5f60 delivery 120: failure: 203.0.113.5_does_not_like_recipient./Remote_host_said:_550_5.1.1_<gone@example.net>:_User_unknown/', 'failure', /^### qmail failure/],
    ['May 14 16:21:40 mail courieresmtp: id=0001A2B4.6643A21A.00003F30,from=<a@example.de>,addr=<nobody@example.org>,status: failure', 'failure', /^### Courier status: failure/],
    ['2024-06-10T07:41:12.331Z,10.1.2.3,EXCH01,j.doe@contoso.example,FAIL,550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found', 'RESOLVER', /^### RESOLVER\.ADR\.RecipientNotFound/],
    ['Mar  3 09:30:02 mx1 postfix/smtpd[22050]: NOQUEUE: reject: RCPT from unknown[185.220.101.47]: 554 5.7.1 <r@example.de>: Relay access denied; from=<s@b.example> to=<r@example.de> proto=ESMTP helo=<x>', 'reject:', /^### reject: refused during the SMTP dialogue/],
  ];
  for (const [line, word, expected] of cases) assert.match(hoverText(at(line, word, 1), log) ?? '', expected, line);
});

test('codes in Exim, Sendmail, qmail and Courier lines are found where they are', () => {
  const cases: [string, string, RegExp][] = [
    ['2024-03-05 11:07:02 1rhV0A-000H5c-1x ** nobody@yahoo.com R=dnslookup T=remote_smtp H=mta5.am0.yahoodns.net [67.195.204.72]: SMTP error from remote mail server after RCPT TO:<nobody@yahoo.com>: 554 5.7.9 Message not accepted', '554', /^### 554 /],
    ['2024-03-05 11:02:18 1rhUvV-000Gx1-2f => lena@example.org R=virtual_user T=dovecot_lmtp H=localhost [127.0.0.1] C="250 2.0.0 Saved"', '250', /^### 250 /],
    ['2024-03-05 11:12:30 H=(WIN-QKD83) [185.234.219.12]:52114 F=<spam@bulk.example> rejected RCPT <lena@example.org>: 550 5.7.1 Client host rejected', '550', /^### 550 /],
    ['Apr  2 08:15:10 relay sm-mta[4431]: 432BFAo9004431: to=<team@slow.example>, relay=mx.slow.example. [203.0.113.8], dsn=4.0.0, stat=Deferred: 421 4.7.0 Try again later', '421', /^### 421 /],
    ['Apr  2 08:16:22 relay sm-mta[4440]: 432BGMk1004440: ruleset=check_rcpt, arg1=<a@e.example>, relay=dyn.example.net [198.51.100.77], reject=550 5.7.1 <a@e.example>... Relaying denied', '550', /^### 550 /],
    ['@4000000066a1b2c60d4e5f60 delivery 120: failure: 203.0.113.5_does_not_like_recipient./Remote_host_said:_550_5.1.1_<gone@example.net>:_User_unknown/', '5.1.1', /^### 5\.1\.1 /],
    ['May 14 16:21:40 mail courieresmtp: id=0001A2B4.6643A21A.00003F30,from=<a@example.de>,addr=<nobody@example.org>: 550 5.1.1 <nobody@example.org>: User unknown', '550', /^### 550 /],
  ];
  for (const [line, code, expected] of cases) assert.match(hoverText(at(line, code, 1), log) ?? '', expected, line);
});

test('no hovers on IP addresses, ports, delays, queue ids, pids, Exim defer numbers or times', () => {
  const line =
    'Mar  3 09:26:14 mx1 postfix/smtp[22013]: E19A03C0FC: to=<k@gone.example>, relay=none, delay=30, delays=0.02/0/30/0, dsn=4.4.1, status=deferred (connect to mx.gone.example[198.51.100.9]:25: Connection timed out)';
  for (const needle of ['09:26', '22013', 'E19A03C0FC', '30,', '0.02', '198.51', '.100.9', ':25']) {
    assert.equal(hoverText(at(line, needle, 1), log), undefined, needle);
  }
  const exim = '2024-03-05 11:09:12 1rhV2C-000H7d-0q == info@g.example R=dnslookup T=remote_smtp defer (-44): retry time not reached; 5.1.2.3 is an address, 250 is a size';
  for (const needle of ['-44', '5.1.2', '250', '2024', '000H7d']) assert.equal(hoverText(at(exim, needle, 1), log), undefined, needle);
});

test('quiet by default: only real contradictions are diagnosed', () => {
  const text = readFileSync('test/fixtures/log/postfix.log', 'utf8');
  assert.deepEqual(diagnosticsAt(text, log), ['17:153 log.dsn-status-mismatch']);
  assert.deepEqual(diagnosticCodes(readFileSync('test/fixtures/log/sendmail.log', 'utf8'), log), ['log.dsn-status-mismatch']);
  for (const file of ['exim-mainlog', 'qmail-current', 'courier.log', 'exchange-tracking.log']) {
    assert.deepEqual(diagnosticCodes(readFileSync(`test/fixtures/log/${file}`, 'utf8'), log), [], file);
  }
});

test('dsn-status mismatch: each contradiction, none for consistent lines', () => {
  const line = (dsn: string, status: string) => `Mar  4 10:02:33 mx1 postfix/smtp[1]: 1A2B3C4D5E: to=<o@example.net>, relay=mx.example.net[198.51.100.20]:25, dsn=${dsn}, status=${status} (x)`;
  const table: [string, string, string[]][] = [
    ['5.0.0', 'sent', ['log.dsn-status-mismatch']],
    ['2.0.0', 'bounced', ['log.dsn-status-mismatch']],
    ['5.7.1', 'deferred', ['log.dsn-status-mismatch']],
    ['2.0.0', 'sent', []],
    ['4.4.1', 'deferred', []],
    ['5.1.1', 'bounced', []],
    ['4.4.7', 'expired', []],
  ];
  for (const [dsn, status, expected] of table) assert.deepEqual(diagnosticCodes(line(dsn, status), log), expected, `${dsn} ${status}`);
  const message = service.doValidation(doc(line('5.0.0', 'sent'), log), settings())[0].message as string;
  assert.match(message, /dsn=5\.0\.0 contradicts status=sent/);
  const german = service.doValidation(doc(line('5.0.0', 'sent'), log), settings({ language: 'de' }))[0].message as string;
  assert.match(german, /widerspricht/);
});

test('the per-line setting turns on information diagnostics for failed deliveries', () => {
  const text = readFileSync('test/fixtures/log/postfix.log', 'utf8');
  const diagnostics = service.doValidation(doc(text, log), settings({ logPerLineDiagnostics: true }));
  const failures = diagnostics.filter((d) => d.code === 'log.delivery-failure');
  assert.deepEqual(failures.map((d) => [d.range.start.line + 1, d.severity]), [[8, 3], [10, 3], [11, 3], [12, 3], [13, 3], [14, 3], [15, 3], [16, 3]]);
  assert.match(failures[0].message as string, /^550 5\.1\.1: /);
});

test('the summary counts outcomes by status, reply code and host, with links to the lines', () => {
  const text = readFileSync('test/fixtures/log/postfix.log', 'utf8') + readFileSync('test/fixtures/log/postfix.log', 'utf8');
  const summary = logSummaryOf(analyzeMailLog(text, 'en'));
  const bouncedRow = summary.rows.find((r) => r.outcome === 'bounced')!;
  assert.deepEqual({ ...bouncedRow }, { outcome: 'bounced', mta: 'postfix', status: '5.1.1', replyCode: '550', remoteHost: 'gmail-smtp-in.l.google.com', count: 2, lines: [7, 24] });
  const md = logSummaryMarkdown(summary, 'file:///var/log/mail.log', 'en').replace(/\\/g, '');
  assert.match(md, /\| bounced \(postfix\) \| `5\.1\.1` \| `550` \| gmail-smtp-in\.l\.google\.com \| 2 \| \[8\]\(file:\/\/\/var\/log\/mail\.log#L8\), \[25\]\(file:\/\/\/var\/log\/mail\.log#L25\) \|/);
  assert.match(logSummaryMarkdown(summary, 'file:///x', 'de'), /\| Ergebnis \| Status \| Antwort \|/);
});

test('the server command summarizeLog answers with markdown for the document', async () => {
  const document = doc(readFileSync('test/fixtures/log/exim-mainlog', 'utf8'), log);
  const result = (await executeCommand('smtpCodes.server.summarizeLog', [{ uri: document.uri }], {
    language: 'en',
    document,
    service,
    settingsFor: async () => settings(),
  })) as { markdown: string };
  assert.match(result.markdown, /^# Mail log summary/);
  assert.match(result.markdown.replace(/\\/g, ''), /\| bounced \(exim\) \| `5\.7\.9` \| `554` \| mta5\.am0\.yahoodns\.net \| 1 \|/);
  assert.match(result.markdown, /\| deferred \(exim\) \| `4\.7\.1` \| `451` \|/);
  const none = await executeCommand('smtpCodes.server.summarizeLog', [{}], { language: 'en', service, settingsFor: async () => settings() });
  assert.deepEqual(none, { error: 'SMTP Codes: open a mail log first.' });
});

/** 18 lines of a real Postfix log with 11 delivery events. */
const postfixChunk = readFileSync('test/fixtures/log/postfix.log', 'utf8').trimEnd() + '\n';

test('hostile input: a huge line, binary-looking text and a truncated line do not hang', () => {
  const ordinaryLog = postfixChunk.repeat(300);
  const ordinary = () => measureBaseline(ordinaryLog, (text) => analyzeMailLog(text, 'en'));
  const rows = (text: string) =>
    assertWithinBudget(() => logSummaryOf(analyzeMailLog(text, 'en')), text.length, ordinary).rows.map((r) => [r.outcome, r.mta, r.status, r.replyCode, r.count]);
  assert.deepEqual(rows('status=bounced ' + 'said: 5'.repeat(200000) + ' dsn=5.1.1'), [['bounced', 'postfix', '5.1.1', null, 1]]);
  assert.deepEqual(rows('\u0001\u0002 status=sent (2'), [['delivered', 'postfix', null, null, 1]]);
  assert.deepEqual(rows('x'.repeat(1_000_000)), []);
});

test('performance: linear time on a generated 10 MB log', () => {
  const copies = Math.ceil(10_000_000 / postfixChunk.length);
  assert.equal(logSummaryOf(analyzeMailLog(postfixChunk.repeat(copies), 'en')).events, 11 * copies);
  // Four times the log (2.5 MB against 10 MB) must take about four times as long, not sixteen.
  const ratio = growthRatio((n) => logSummaryOf(analyzeMailLog(postfixChunk.repeat(n), 'en')), copies / 4, copies);
  assert.ok(ratio < 8, `4x the log took ${ratio.toFixed(1)}x the time`);
});

test('codes of real lines seen in the field: Exim auth failures, Courier msg=, qmail (#x.y.z), Postfix refusals, Exim debug', () => {
  const cases: [string, string, RegExp][] = [
    ['2025-02-04 08:13:01 [4410] login authenticator failed for (WIN-7QK2) [203.0.113.45]:55123 I=[192.0.2.5]:587: 535 Incorrect authentication data', '535', /^### 535 /],
    ['2025-02-04 08:13:02 plain authenticator failed for ([10.9.8.7]) [198.51.100.99]: 535 Incorrect authentication data: 1 Time(s)', '535', /^### 535 /],
    ['Feb  4 08:14:01 mailhost courieresmtpd: error,relay=::ffff:192.0.2.33,msg="535 Authentication failed.",cmd: QUxB', '535', /^### 535 /],
    ['2025-02-04 08:15:02.004211 delivery 2519: deferral: Sorry,_I_wasn\'t_able_to_establish_an_SMTP_connection._(#4.4.1)/', '4.4.1', /^### 4\.4\.1 /],
    ['Feb  4 08:12:01 gw postfix/smtp[3121]: 5D2E11A0F3: host mx1.mail.example[198.51.100.31] refused to talk to me: 554 IP=203.0.113.77 - refused', '554 IP', /^### 554 /],
    ['Feb  4 08:12:02 gw postfix/smtp[3121]: 5D2E11A0F3: to=<p@m.example>, relay=mx2.m.example[198.51.100.32]:25, dsn=4.0.0, status=deferred (host mx2.m.example[198.51.100.32] refused to talk to me: 421 Too many connections)', '421', /^### 421 /],
    ['  308   SMTP<< 451 Resource temporarily unavailable', '451', /^### 451 /],
  ];
  for (const [line, code, expected] of cases) assert.match(hoverText(at(line, code, 1), log) ?? '', expected, line);
  // The Exim authentication failure names the client, not the HELO literal, as the host.
  const summary = analyzeMailLog('2014-01-12 02:07:48 login authenticator failed for h1.example (User) ([192.168.2.33]) [85.214.85.40]: 535 Incorrect authentication data\n', 'en').summary as { rows: { remoteHost: string | null; replyCode: string | null }[] };
  assert.deepEqual(summary.rows.map((r) => [r.remoteHost, r.replyCode]), [['85.214.85.40', '535']]);
});

test('no codes in the numbers of real lines: errno, ports, delays, URL fragments, qmail ids', () => {
  const lines: [string, string][] = [
    ['2025-02-04 08:13:07 1tXyZb-0001Ac-De == kim@far.example R=dnslookup T=remote_smtp defer (113): No route to host H=mx.far.example [198.51.100.80]', '113'],
    ['2025-02-04 08:13:06 1tXyZa-0001Ab-Cd == s@p.example R=dnslookup T=remote_smtp defer (-44): SMTP error from remote mail server after RCPT TO:<s@p.example>: host mx.p.example [198.51.100.70]: 451 Busy - see https://help.p.example/errors#451', '451\n'],
    ['Feb  4 08:12:15 gw postfix/smtp[3151]: C26D8200AD5: to=<y@s.example>, relay=mx.s.example[198.51.100.60]:25, delay=912, delays=312/0.02/600/0, dsn=4.4.2, status=deferred (conversation timed out)', '600'],
    ['2025-02-04 08:15:03.119822 delivery 2520: success: 198.51.100.90_accepted_message./Remote_host_said:_250_ok_1738656903_qp_4242/', '4242'],
    ['Aug 12 22:38:25 5de1a1801612 mail.info postfix/smtp[2861]: connect to ASPMX.L.GOOGLE.COM[64.233.188.27]:25: Operation timed out', '25:'],
  ];
  for (const [line, needle] of lines) {
    const i = needle.endsWith('\n') ? line.lastIndexOf(needle.trimEnd()) : line.indexOf(needle);
    assert.equal(hoverText(`${line.slice(0, i + 1)}|${line.slice(i + 1)}`, log), undefined, `${needle.trim()} in ${line}`);
  }
});

/**
 * Invented lines in the shapes the MTAs' own sources write (Haraka outbound/hmail.js and connection.js, Exim's
 * lmtp.c, Sendmail's stat=, courieresmtp, Exchange message tracking with its default #Fields: order).
 */
const otherMtaLines = [
  /* 1 */ '[NOTICE] [0D0E0F10-1111-4222-8333-444455556666.1.1] [outbound]  delivered file=1700000001000_1700000001000_0_4242_aBcDeF_1_mail domain=example.org host=mx.example.org ip=192.0.2.10 port=25 mode=SMTP tls=Y auth=N response="250 2.0.0 Ok: queued as 4TxyZ" delay=1.2 fails=0 rcpts=1/0/0',
  /* 2 */ '[NOTICE] [0D0E0F10-1111-4222-8333-444455556667.1.1] [outbound]  delivered file=1700000001001_1700000001001_0_4242_aBcDeG_1_mail domain=example.org host=127.0.0.1 ip=/run/dovecot/lmtp port=24 mode=LMTP tls=N auth=N response="<ann@example.org> qk3AAnQn Saved" delay=0.05 fails=0 rcpts=1/0/0',
  /* 3 */ '[INFO] [0D0E0F10-1111-4222-8333-444455556668.1.1] [outbound] bouncing mail: 550 5.7.1 Message rejected as spam',
  /* 4 */ '[INFO] [0D0E0F10-1111-4222-8333-444455556669.1.1] [outbound] Temp failing 1700000001002_1700000001002_1_4242_aBcDeH_1_mail for 64 seconds: Upstream error: 451 4.7.1 Greylisted, try later',
  /* 5 */ '[INFO] [0D0E0F10-1111-4222-8333-44445555666A.1.1] [outbound] bouncing mail: Some recipients failed: <gone@example.net>',
  /* 6 */ '[NOTICE] [0D0E0F10-1111-4222-8333-44445555666B.1] [core] disconnect ip=203.0.113.7 rdns=bad.example helo="x" relay=N early=N esmtp=N tls=N pipe=N errors=1 txns=0 rcpts=0/0/0 msgs=0/0/0 bytes=0 lr="554 5.7.1 Your host is listed at dnsbl.example" time=0.4',
  /* 7 */ '[INFO] [0D0E0F10-1111-4222-8333-44445555666C.1] [core]  hook=rcpt plugin=rcpt_to.in_host_list function=hook_rcpt params=<y@local.example> retval=DENY msg="550 I cannot deliver mail for <y@local.example>"',
  /* 8 */ '[NOTICE] [0D0E0F10-1111-4222-8333-44445555666C.1] [core] recipient <y@local.example> code=DENY msg="550 I cannot deliver mail for <y@local.example>" sender="a@example.com"',
  /* 9 */ '[NOTICE] [0D0E0F10-1111-4222-8333-44445555666C.1] [core] disconnect ip=198.51.100.4 rdns=c.example helo="c" relay=N early=N esmtp=Y tls=N pipe=N errors=1 txns=1 rcpts=0/0/1 msgs=0/0/0 bytes=0 lr="550 I cannot deliver mail for <y@local.example>" time=0.2',
  /* 10 */ '2024-03-01 10:00:04 1rfXyZ-0001Ab-Cf ** erin@example.com R=lmtp_user T=dovecot_lmtp: LMTP error after DATA: 552 5.2.2 Mailbox full',
  /* 11 */ 'Mar  1 10:00:01 mail sm-mta[1234]: 41AA01234567: to=<x@example.org>, delay=00:00:02, xdelay=00:00:02, mailer=esmtp, pri=120000, relay=mx.example.org. [192.0.2.10], dsn=5.1.1, stat=User unknown',
  /* 12 */ 'Mar  1 10:00:03 mail courieresmtp: id=00012345.65432100.00001235,from=<a@local.example>,addr=<d@example.net>: 421 4.7.0 Try again later',
  /* 13 */ '2024-03-01T10:00:02.000Z,,,192.0.2.11,mx.example.net,,Outbound,SMTP,DEFER,124,<m2@local.example>,abd,carol@example.net,"451 4.4.0 Primary target IP address responded with: ""421 4.4.2 Connection dropped."" Attempted failover to alternate host, but that did not succeed.",1234,1,,,Hi,a@local.example,a@local.example,,Originating,,,,',
  /* 14 */ '2024-03-01T10:00:03.000Z,,,192.0.2.12,mx.example.com,,Outbound,SMTP,FAIL,125,<m3@local.example>,abe,dan@example.com,550 5.7.708 Service unavailable. Access denied; traffic not accepted from this IP,1234,1,,,Hi,a@local.example,a@local.example,,Originating,,,,',
  /* 15 */ 'Reason: [{LED=450 4.4.317 Cannot connect to remote server [Message=SocketError: TimedOut]};{MSG=};{FQDN=mx.fabrikam.example};{IP=192.0.2.20};{LRT=}]',
].join('\n');

test('other MTAs: each event counted once, with its status, reply code, host and reason', () => {
  const summary = logSummaryOf(analyzeMailLog(otherMtaLines, 'en'));
  assert.deepEqual(
    summary.rows.map((r) => `${r.lines.map((l) => l + 1).join()} ${r.outcome} ${r.mta} ${r.status} ${r.replyCode} ${r.remoteHost} ${r.count}`),
    [
      '1 delivered haraka 2.0.0 250 mx.example.org 1',
      '2 delivered haraka null null 127.0.0.1 1',
      '3 bounced haraka 5.7.1 550 null 1',
      '4 deferred haraka 4.7.1 451 null 1',
      '6 rejected haraka 5.7.1 554 203.0.113.7 1',
      '8 rejected haraka null 550 null 1',
      '10 bounced exim 5.2.2 552 null 1',
      '11 bounced sendmail 5.1.1 null mx.example.org 1',
      '12 deferred courier 4.7.0 421 null 1',
      '13 deferred microsoft 4.4.0 451 mx.example.net 1',
      '14 bounced microsoft 5.7.708 550 mx.example.com 1',
      '15 deferred microsoft 4.4.317 450 mx.fabrikam.example 1',
    ],
  );
  assert.deepEqual(
    summary.reasons?.map((r) => `${r.line + 1} ${r.outcome} ${r.replyCode}: ${r.reason}`),
    [
      '3 bounced 550: Message rejected as spam',
      '4 deferred 451: Greylisted, try later',
      '6 rejected 554: Your host is listed at dnsbl.example',
      '8 rejected 550: I cannot deliver mail for <…>',
      '10 bounced 552: Mailbox full',
      '11 bounced null: User unknown',
      '12 deferred 421: Try again later',
      '13 deferred 451: Primary target IP address responded with: "421 4.4.2 Connection dropped." Attempted failover to alt…',
      '14 bounced 550: Service unavailable. Access denied; traffic not accepted from this IP',
      '15 deferred 450: Cannot connect to remote server [Message=SocketError: TimedOut]',
    ],
  );
});

test('other MTAs: every reply code in these lines is hovered, also where the event is counted on another line', () => {
  const lines = otherMtaLines.split('\n');
  const cases: [number, string, RegExp][] = [
    [1, '250 2.0.0', /^### 250 /],
    [1, '2.0.0', /^### 2\.0\.0 /],
    [3, '550', /^### 550 /],
    [4, '451', /^### 451 /],
    [4, '4.7.1', /^### 4\.7\.1 /],
    [6, '554', /^### 554 /],
    [7, '550', /^### 550 /],
    [8, '550', /^### 550 /],
    [9, '550', /^### 550 /],
    [10, '552', /^### 552 /],
    [10, '5.2.2', /^### 5\.2\.2 /],
    [13, '451', /^### 451 /],
    [14, '5.7.708', /^### 5\.7\.708: Unregistered code/],
    [15, '450', /^### 450 /],
  ];
  for (const [n, code, expected] of cases) assert.match(hoverText(at(lines[n - 1], code, 1), log) ?? '', expected, `${n}: ${code}`);
});

/**
 * Replies without an enhanced code in protocol traces and callouts (issue 16), invented in the shapes OpenSMTPD's
 * smtp_session.c / mta_session.c traces, Exchange's protocol log, OpenSMTPD 5.x's relay lines and Exim's verify.c write.
 */
const replyOnlyLines = [
  /* 1 */ 'smtp: 0x7f00aa001000: >>> 250-mx.example.org Hello client [192.0.2.44], pleased to meet you',
  /* 2 */ 'smtp: 0x7f00aa001000: >>> 250-SIZE 36700160',
  /* 3 */ 'smtp: 0x7f00aa001000: >>> 354 Enter mail, end with "." on a line by itself',
  /* 4 */ 'Jan  4 10:00:01 mx smtpd[4711]: mta: 0x7f00aa002000: <<< 421 mx.example.net busy, try later',
  /* 5 */ 'smtp: 0x7f00aa001000: <<< MAIL FROM:<a@example.com> SIZE=250',
  /* 6 */ '2024-05-02T08:00:00.100Z,MX01\\Default Frontend MX01,08DC0000AAAA0001,1,192.0.2.10:25,198.51.100.20:50123,>,"220 mx01.example.org Microsoft ESMTP MAIL Service ready at Thu, 2 May 2024 10:00:00 +0200",',
  /* 7 */ '2024-05-02T08:00:00.200Z,MX01\\Default Frontend MX01,08DC0000AAAA0001,3,192.0.2.10:25,198.51.100.20:50123,>,250 mx01.example.org Hello [198.51.100.20] SIZE 37748736 PIPELINING,',
  /* 8 */ '2024-05-02T08:00:00.300Z,Outbound To Internet,08DC0000AAAA0002,2,192.0.2.10:50124,203.0.113.30:25,<,451 Greylisted for 300 seconds,',
  /* 9 */ '2024-05-02T08:00:00.400Z,Outbound To Internet,08DC0000AAAA0002,3,192.0.2.10:50124,203.0.113.30:25,>,EHLO mx01.example.org,',
  /* 10 */ 'relay: PermFail for 1a2b3c4d5e6f7a8b: session=1a2b3c4d00000001, from=<a@example.com>, to=<b@example.net>, rcpt=<->, source=192.0.2.5, relay=203.0.113.9 (mx.example.net), delay=2s, stat=550 No such user',
  /* 11 */ '2024-05-02 10:00:00 H=client.example.com [198.51.100.7] sender verify fail for <x@example.info>: response to "RCPT TO:<x@example.info>" from mx.example.info [203.0.113.77] was: 550 Unknown user',
  /* 12 */ '4/2/01 11:44:31 AM : >>> 250 OK - mail from <a@example.com>',
  /* 13 */ '4/2/01 11:44:31 AM : <<< RCPT To:<b@example.net>',
].join('\n');

test('replies without an enhanced code in OpenSMTPD traces, Exchange protocol logs, old relay lines and Exim callouts are hovered', () => {
  const lines = replyOnlyLines.split('\n');
  const cases: [number, string, number, RegExp][] = [
    [1, '250', 0, /^### 250 /],
    [2, '250', 0, /^### 250 /],
    [3, '354', 0, /^### 354 /],
    [4, '421', 0, /^### 421 /],
    [6, '220', 0, /^### 220 /],
    [7, '250', 0, /^### 250 /],
    [8, '451', 0, /^### 451 /],
    [10, '550', 0, /^### 550 /],
    [11, '550', 0, /^### 550 /],
    [12, '250', 0, /^### 250 /],
  ];
  for (const [n, code, nth, expected] of cases) assert.match(hoverText(at(lines[n - 1], code, 1, nth), log) ?? '', expected, `${n}: ${code}`);
  assert.match(hoverText(at(lines[10], '550', 1), log) ?? '', /mx\.example\.info/);
  const quiet: [number, string][] = [
    [2, '36700160'],
    [5, '250'],
    [6, '0001,1'],
    [6, ':25'],
    [6, '50123'],
    [6, '2024'],
    [7, '37748736'],
    [8, '300'],
    [8, '50124'],
    [10, '192.0.2'],
    [10, '2s'],
    [11, '203.0'],
    [12, '11:44'],
    [13, '<b@'],
  ];
  for (const [n, needle] of quiet) assert.equal(hoverText(at(lines[n - 1], needle, 1), log), undefined, `${n}: ${needle}`);
});

test("Haraka's outbound lines with the transaction's id after the plugin give their reply code", () => {
  const text = [
    ' [NOTICE] [4609-C02F.1.1] [outbound] [FAEF-E8EF] recipient domain <example.net> rejected: 521 Service not available',
    '[INFO] [4609-C02F.1.1] [outbound] [FAEF-E8EF] bouncing mail: 521 Service not available',
  ].join('\n');
  const summary = logSummaryOf(analyzeMailLog(text, 'en'));
  assert.deepEqual(
    summary.rows.map((r) => `${r.lines.map((l) => l + 1).join()} ${r.outcome} ${r.mta} ${r.replyCode}`),
    ['1,2 bounced haraka 521'],
  );
});

test('protocol replies and callout answers are not counted; the old relay line is', () => {
  const summary = logSummaryOf(analyzeMailLog(replyOnlyLines, 'en'));
  assert.deepEqual(
    summary.rows.map((r) => `${r.lines.map((l) => l + 1).join()} ${r.outcome} ${r.mta} ${r.status} ${r.replyCode} ${r.remoteHost} ${r.count}`),
    ['10 bounced opensmtpd null 550 mx.example.net 1'],
  );
  assert.deepEqual(
    summary.reasons?.map((r) => `${r.line + 1} ${r.outcome} ${r.replyCode}: ${r.reason}`),
    ['10 bounced 550: No such user'],
  );
});
