/**
 * Every dialect of transcript: which reply lines get which code, which command each reply answers
 * (by line), which enhanced codes are found, and which diagnostics a realistic session raises.
 * The fixtures are our own; the expectations were reviewed line by line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { doc, service, settings } from '../helpers';

// [fixture, "line:code<answered command line" for every reply line, enhanced codes, diagnostics]
const expectations: [string, string[], string[], string[]][] = [
  ['curl.smtp', ["3:220<connect","5:250<4","6:250<4","7:250<4","8:250<4","10:250<9","12:250<11","14:354<13","17:250<16","19:221<18"], ["10:2.1.0","12:2.1.5","17:2.0.0","19:2.0.0"], []],
  ['exim-bh.smtp', ["5:220<connect","9:250<6","10:250<6","11:250<6","12:250<6","16:250<13","20:550<17","23:221<22"], [], ["20:smtp.failure-reply"]],
  ['exim-debug.smtp', ["1:220<connect","3:250<2","4:250<2","5:250<2","6:250<2","7:250<2","11:250<8","12:250<9","13:354<10","15:250<14","17:221<16"], [], []],
  // Exim as the server (smtp_in debug): SMTP>> is its replies, continuation lines carry no marker.
  ['exim-server-debug.smtp', ["3:220<connect","7:250<5","8:250<5","9:250<5","10:250<5","11:250<5","13:250<12","18:250<14","24:550<19","28:354<27","30:250<29","32:221<31"], [], ["24:smtp.failure-reply"]],
  ['openssl.smtp', ["22:250","24:250<23","25:250<23","26:250<23","27:250<23","28:250<23","30:235<29","32:250<31","34:250<33","39:250<35"], ["30:2.7.0","32:2.1.0","34:2.1.5","39:2.0.0"], ["29:smtp.credentials-in-transcript"]],
  ['postfix-verbose.smtp', ["1:220<connect","3:250<2","4:250<2","5:250<2","6:250<2","10:250<7","11:452<8","12:554<9","14:250<13"], ["10:2.1.0","11:4.2.2","12:5.5.1","14:2.0.0"], ["11:smtp.failure-reply","12:smtp.failure-reply"]],
  // Postfix smtpd's side: no "." line after DATA, and masked AUTH LOGIN lines are no leak.
  ['postfix-smtpd-verbose.smtp', ["3:220<connect","5:250<4","6:250<4","7:250<4","8:250<4","9:250<4","10:250<4","12:220<11","15:250<14","16:250<14","17:250<14","18:250<14","19:250<14","20:250<14","22:334<21","24:334<23","26:235<25","29:250<27","33:250<30","35:354<34","37:250<36","39:221<38"], ["12:2.0.0","26:2.7.0","29:2.1.0","33:2.1.5","37:2.0.0","39:2.0.0"], []],
  // Chunk octets are no commands; a chunk after LAST is one fault.
  ['raw-bdat.smtp', ["1:220<connect","3:250<2","4:250<2","5:250<2","6:250<2","8:250<7","10:250<9","14:250<11","17:250<15","19:503<18","21:221<20"], ["8:2.1.0","10:2.1.5","14:2.0.0","17:2.0.0","19:5.5.1","21:2.0.0"], ["18:smtp.bdat-after-last","19:smtp.failure-reply"]],
  ['rfc-style.smtp', ["1:220<connect","3:250<2","4:250<2","5:250<2","6:250<2","7:250<2","9:250<8","11:250<10","13:550<12","15:250<14","17:354<16","21:250<20","23:221<22"], [], ["13:smtp.failure-reply"]],
  ['sendmail.smtp', ["4:250<3","6:550<5","9:554<8"], ["4:2.1.0","6:5.1.1","7:5.1.1","9:5.5.1"], ["6:smtp.failure-reply","9:smtp.failure-reply"]],
  // Sendmail shows only ">>> DATA" of a pipelined group: the first reply answers a RCPT not shown.
  // The reason quoted in the bounce's prose ("(reason: 550 5.1.1 …)") is explained too, outside the session.
  ['sendmail-pipelined.smtp', ["7:421<connect","10:550","12:554<9"], ["3:5.1.1","7:4.3.2","10:5.1.1","11:5.1.1","12:5.5.1"], ["7:smtp.failure-reply","10:smtp.failure-reply","12:smtp.failure-reply"]],
  ['smtplib.smtp', ["3:220<connect","7:250<6","8:250<6","9:250<6","10:250<6","11:250<6","14:250<13","17:250<16","20:354<19","24:250<23","28:221<27"], ["14:2.1.0","15:2.1.0","17:2.1.5","18:2.1.5","24:2.0.0","25:2.0.0","26:2.0.0","28:2.0.0","29:2.0.0"], []],
  // Python 2 prints replies as plain strings, not bytes.
  // The exception at the end quotes the reply: its enhanced code is explained there too.
  ['smtplib-py2.smtp', ["5:250<4","6:250<4","7:250<4","8:250<4","14:535<13"], ["14:5.7.8","18:5.7.8"], ["13:smtp.credentials-in-transcript","14:smtp.failure-reply"]],
  ['swaks.smtp', ["3:220<connect","5:250<4","6:250<4","7:250<4","8:250<4","9:250<4","10:250<4","12:220<11","17:250<16","18:250<16","19:250<16","20:250<16","21:250<16","22:250<16","24:250<23","26:554<25","28:221<27"], ["12:2.0.0","24:2.1.0","26:5.7.1","28:2.0.0"], ["26:smtp.failure-reply"]],
  // XCLIENT is answered with a fresh greeting, which belongs to it, not to a new connection.
  ['swaks-xclient.smtp', ["3:220<connect","5:250<4","6:250<4","7:250<4","8:250<4","10:220<9","12:250<11","13:250<11","14:250<11","16:250<15","18:221<17"], ["16:2.1.0","18:2.0.0"], []],
];

for (const [fixture, replies, enhanced, diagnostics] of expectations) {
  test(`dialect ${fixture}`, () => {
    const document = doc(readFileSync(`test/fixtures/transcripts/${fixture}`, 'utf8'));
    const analysis = service.analyze(document, settings());
    const replySpans = analysis.spans
      .filter((s) => s.key && /^\d{3}$/.test(s.key) && s.sections)
      .map((s) => {
        const context = s.sections![0].paragraphs[0];
        const answered = /line (\d+)/.exec(context);
        return `${s.range.start.line + 1}:${s.key}${answered ? `<${answered[1]}` : context.includes('greeting') ? '<connect' : ''}`;
      });
    assert.deepEqual(replySpans, replies);
    assert.deepEqual(analysis.spans.filter((s) => s.key && /^\d\./.test(s.key)).map((s) => `${s.range.start.line + 1}:${s.key}`), enhanced);
    assert.deepEqual(service.doValidation(document, settings()).map((d) => `${d.range.start.line + 1}:${d.code}`), diagnostics);
  });
}

test('client lines get no reply hover: commands explain the command, DATA lines nothing', () => {
  const document = doc(readFileSync('test/fixtures/transcripts/rfc-style.smtp', 'utf8'));
  const headings = [1, 7, 9, 17, 18, 19].map((line) => {
    const hover = service.doHover(document, { line, character: 4 }, settings());
    return `${line + 1}: ${hover ? (hover.contents as { value: string }).value.split('\n')[0] : null}`;
  });
  assert.deepEqual(headings, ['2: ### EHLO: Extended Hello', '8: ### MAIL: Mail From', '10: ### RCPT: Recipient', '18: null', '19: null', '20: null']);
});

test('outline: session, EHLO with extensions, transactions with outcomes', () => {
  const symbols = service.findDocumentSymbols(doc(readFileSync('test/fixtures/transcripts/rfc-style.smtp', 'utf8')), settings());
  assert.equal(symbols.length, 1);
  const names = symbols[0].children!.map((s) => `${s.name} [${s.detail}]`);
  assert.deepEqual(names, ['220 Greeting [foo.com Simple Mail Transfer Service Ready]', 'EHLO bar.com [250]', 'Transaction 1: MAIL FROM:<Smith@bar.com> [delivered to some recipients]', 'QUIT [221]']);
  const ehlo = symbols[0].children![1];
  assert.deepEqual(ehlo.children!.map((s) => s.name), ['8BITMIME', 'SIZE', 'DSN', 'HELP']);
});

test('outline in German', () => {
  const symbols = service.findDocumentSymbols(doc(readFileSync('test/fixtures/transcripts/postfix-verbose.smtp', 'utf8')), settings({ language: 'de' }));
  assert.deepEqual(
    symbols.map((s) => [`${s.name} [${s.detail}]`, s.children?.map((c) => `${c.name} [${c.detail}]`)]),
    [
      [
        'Sitzung 1 · Postfix verbose log [mx.example.com]',
        ['220 Begrüßung [mx.example.com ESMTP]', 'EHLO relay.example.org [250]', 'Transaktion 1: MAIL FROM:<alice@example.org> SIZE=1532 [bei RCPT abgelehnt]', 'RSET [250]', 'QUIT []'],
      ],
    ],
  );
});

test('folding: DATA bodies and multi-line replies', () => {
  const folds = service.getFoldingRanges(doc(readFileSync('test/fixtures/transcripts/rfc-style.smtp', 'utf8')), settings());
  assert.deepEqual(folds.map((f) => [f.startLine + 1, f.endLine + 1]).sort((a, b) => a[0] - b[0]), [[3, 7], [16, 20]]);
});

test('inlay hints: the short meaning after failure codes by default, after every code with "all", none with "off"', () => {
  const document = doc('220 mx ESMTP\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n250 2.0.0 ok\nRCPT TO:<x@y>\n550 5.1.1 no\n');
  const everything = { start: { line: 0, character: 0 }, end: { line: 7, character: 0 } };
  const shown = (mode: 'failures' | 'all' | 'off') =>
    service.doInlayHints(document, everything, settings({ inlayHints: mode })).map((h) => `${h.position.line + 1}:${h.position.character} ${h.label}${h.tooltip ? ` (${h.tooltip})` : ''}`);
  assert.deepEqual(shown('failures'), ['7:9 recipient mailbox does not exist (550: mailbox unavailable or rejected by policy)']);
  assert.deepEqual(settings().inlayHints, 'failures');
  // "2.0.0" says no more than its 250: the hint is the reply's meaning, after the enhanced code.
  assert.deepEqual(shown('all'), [
    '1:3 service ready (greeting or STARTTLS go-ahead)',
    '3:3 requested action okay, completed',
    '5:9 requested action okay, completed',
    '7:9 recipient mailbox does not exist (550: mailbox unavailable or rejected by policy)',
  ]);
  assert.deepEqual(shown('off'), []);
});
