/**
 * The outcome at a glance over LSP (workspace/executeCommand `smtpCodes.server.outcome`), as the
 * VS Code status bar item asks for it: a transcript's session, a bounce's recipients, a log's failures,
 * in the display language, following edits, and null where there is no outcome to show.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import { startLspClient, testTimeoutMs, withTimeout, type LspClient } from './lspClient';

const timeout = testTimeoutMs;
const session = (...lines: string[]) => ['220 mx.example.net ESMTP', 'EHLO client.example.org', '250 mx.example.net', ...lines, 'QUIT', '221 2.0.0 Bye', ''].join('\n');
const message = ['354 go ahead', 'Subject: hi', '', 'hello', '.'];

const documents: Record<string, { languageId: string; text: string }> = {
  'file:///tmp/outcome/delivered.smtp': {
    languageId: 'smtp',
    text: session('MAIL FROM:<a@example.org>', '250 2.1.0 Ok', 'RCPT TO:<b@example.net>', '250 2.1.5 Ok', 'DATA', ...message, '250 2.0.0 Ok: queued as 4F2A'),
  },
  'file:///tmp/outcome/partly.smtp': {
    languageId: 'smtp',
    text: session(
      'MAIL FROM:<a@example.org>', '250 2.1.0 Ok',
      'RCPT TO:<b@example.net>', '250 2.1.5 Ok',
      'RCPT TO:<c@example.net>', '550 5.1.1 User unknown',
      'DATA', ...message, '250 2.0.0 Ok',
    ),
  },
  'file:///tmp/outcome/rcpt.smtp': {
    languageId: 'smtp',
    text: session('MAIL FROM:<a@example.org>', '250 2.1.0 Ok', 'RCPT TO:<c@example.net>', '550 5.1.1 <c@example.net>: User unknown'),
  },
  'file:///tmp/outcome/data.smtp': {
    languageId: 'smtp',
    text: session('MAIL FROM:<a@example.org>', '250 2.1.0 Ok', 'RCPT TO:<b@example.net>', '250 2.1.5 Ok', 'DATA', ...message, '554 5.7.1 Message rejected as spam'),
  },
  'untitled:Untitled-1': {
    languageId: 'smtp',
    text: session('MAIL FROM:<a@example.org>', '553 5.1.8 Sender address rejected'),
  },
  'file:///tmp/outcome/bounce.eml': {
    languageId: 'eml',
    text: [
      'From: MAILER-DAEMON@mx1.example.net',
      'Subject: Undelivered Mail Returned to Sender',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx1.example.net',
      '',
      'Final-Recipient: rfc822; nobody@example.net',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
      '',
      'Final-Recipient: rfc822; full@example.net',
      'Action: failed',
      'Status: 5.2.2',
      'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full',
      '',
      '--b--',
      '',
    ].join('\n'),
  },
  'file:///tmp/outcome/mail.log': {
    languageId: 'mail-log',
    text: [
      'Mar  4 09:12:46 mx1 postfix/smtp[21944]: 4F2A1C0123: to=<carol@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=1.9, delays=0.4/0/0.3/1.1, dsn=2.0.0, status=sent (250 2.0.0 Ok)',
      'Mar  4 09:12:47 mx1 postfix/smtp[21945]: 4F2A1C0123: to=<nobody@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=2.6, delays=0.4/0/1.4/0.7, dsn=5.1.1, status=bounced (host mx.example.net[198.51.100.7] said: 550 5.1.1 User unknown (in reply to RCPT TO command))',
      'Mar  4 09:14:02 mx1 postfix/smtp[21962]: 9B3E4C0789: to=<info@slow.example.com>, relay=none, delay=301, delays=0.1/0/300/0, dsn=4.4.1, status=deferred (connect to mx.slow.example.com[192.0.2.80]:25: Connection timed out)',
      '',
    ].join('\n'),
  },
  'file:///tmp/outcome/main.cf': { languageId: 'postfix-main', text: 'myhostname = mx.example.net\n' },
};

let client: LspClient;

before(async () => {
  client = await startLspClient();
  for (const [uri, { languageId, text }] of Object.entries(documents)) {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }
});

after(async () => {
  await client.stop();
});

function outcome(uri: string, lang?: 'en' | 'de'): Promise<unknown> {
  return withTimeout(
    client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'smtpCodes.server.outcome', arguments: [{ uri, ...(lang ? { lang } : {}) }] }),
    `the outcome of ${uri}`,
  );
}

test('the server announces the outcome command', () => {
  assert.ok(client.initializeResult.capabilities.executeCommandProvider?.commands.includes('smtpCodes.server.outcome'));
});

test('a transcript: delivered, delivered to some, rejected at RCPT, failed after DATA, rejected at MAIL FROM', { timeout }, async () => {
  const tooltip = 'Outcome of the SMTP session in this transcript';
  assert.deepEqual(await outcome('file:///tmp/outcome/delivered.smtp'), { source: 'transcript', severity: 'success', text: 'Delivered', tooltip });
  assert.deepEqual(await outcome('file:///tmp/outcome/partly.smtp'), { source: 'transcript', severity: 'warning', text: 'Delivered to 1 of 2 recipients', tooltip });
  assert.deepEqual(await outcome('file:///tmp/outcome/rcpt.smtp'), { source: 'transcript', severity: 'error', text: 'Rejected at RCPT (550 5.1.1)', tooltip });
  assert.deepEqual(await outcome('file:///tmp/outcome/data.smtp'), { source: 'transcript', severity: 'error', text: 'Failed after DATA (554 5.7.1)', tooltip });
  // A document with a non-file: URI is held and analysed like any other.
  assert.deepEqual(await outcome('untitled:Untitled-1'), { source: 'transcript', severity: 'error', text: 'Rejected at MAIL FROM (553 5.1.8)', tooltip });
});

test('in German', { timeout }, async () => {
  assert.deepEqual(await outcome('file:///tmp/outcome/rcpt.smtp', 'de'), {
    source: 'transcript',
    severity: 'error',
    text: 'Bei RCPT abgelehnt (550 5.1.1)',
    tooltip: 'Ergebnis der SMTP-Sitzung in diesem Transkript',
  });
  assert.equal((await outcome('file:///tmp/outcome/mail.log', 'de') as { text: string }).text, 'Log: 2 gescheiterte Zustellungen');
});

test('a bounce: its failed recipients and their statuses', { timeout }, async () => {
  assert.deepEqual(await outcome('file:///tmp/outcome/bounce.eml'), {
    source: 'bounce',
    severity: 'error',
    text: 'Bounce: 2 recipients failed (5.1.1, 5.2.2)',
    tooltip: 'Recipients and status of this bounce message',
  });
});

test('a mail log: the count of failed deliveries (bounced and deferred, not sent)', { timeout }, async () => {
  assert.deepEqual(await outcome('file:///tmp/outcome/mail.log'), {
    source: 'log',
    severity: 'warning',
    text: 'Log: 2 failed deliveries',
    tooltip: 'Failed deliveries (deferred, bounced, expired, rejected) among 3 delivery events of this log',
  });
});

test('the outcome follows an edit: the refused recipient is accepted', { timeout }, async () => {
  const uri = 'file:///tmp/outcome/rcpt.smtp';
  const text = documents[uri].text.replace('550 5.1.1 <c@example.net>: User unknown', ['250 2.1.5 Ok', 'DATA', ...message, '250 2.0.0 Ok'].join('\n'));
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
  assert.equal((await outcome(uri) as { text: string }).text, 'Delivered');
});

test('no outcome for a Postfix file or a document the server does not hold', { timeout }, async () => {
  assert.equal(await outcome('file:///tmp/outcome/main.cf'), null);
  assert.equal(await outcome('file:///tmp/outcome/never-opened.smtp'), null);
});
