/**
 * Every quick fix, applied through the one `applyFix` helper and compared as the WHOLE resulting
 * document (a fix with a wrong range shows up as a wrong text). A last test fails when a rule
 * that has a fix (diagnosticRules.ts, docs/diagnostics.md) has no case here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyFix, quickFixesFor } from '../helpers';
import { diagnosticRules } from '../../server/src/service/diagnosticRules';

interface FixCase {
  name: string;
  rule: string;
  languageId: string;
  before: string;
  after: string;
  /** Which diagnostic of the rule (0-based), where several fire. */
  nth?: number;
  /** A fix other than the preferred one, by title. */
  title?: string;
  /** The document's file name, where it decides the document's kind (`sender_access`). */
  file?: string;
}

const fixture = (path: string) => readFileSync(`test/fixtures/${path}`, 'utf8');

/** `text` with the one occurrence of `from` replaced: the expected document of a one-place fix. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0 && text.indexOf(from, at + 1) < 0, `'${from}' must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const authLogin = '220 mx ESMTP\nEHLO c\n250-mx\n250 AUTH LOGIN PLAIN\nAUTH LOGIN\n334 VXNlcm5hbWU6\ndXNlckBleGFtcGxlLmNvbQ==\n334 UGFzc3dvcmQ6\nc2VjcmV0\n235 2.7.0 ok\nQUIT\n221 bye\n';
const authLoginInitial = '220 mx ESMTP\nEHLO c\n250-mx\n250 AUTH LOGIN\nAUTH LOGIN dXNlckBleGFtcGxlLmNvbQ==\n334 UGFzc3dvcmQ6\nc2VjcmV0\n235 2.7.0 ok\n';
const mainCf = 'unknown_local_recipient_reject_code = 450\nrelay_domains_reject_code = 650\nsoft_bounce = yes\nunverified_sender_defer_code = 550\n';
const masterCf = 'submission inet n - y - - smtpd\n  -o reject_code=450\n  -o smtpd_tls_security_level=encrypt\nsmtp inet n - y - - smtpd -o soft_bounce=yes\n';
const access = 'a@example.com  550 4.1.6 Moved\nexample.com  REJECT 450 Go away\nexample.com  550\nb.example  5.7.1 Go\nc.example DEFER 550 x\n';
const twoRecipients = fixture('eml/two-recipients.eml');
const postfixDsn = fixture('eml/postfix-dsn.eml');
const delay = fixture('eml/delay.eml');

const cases: FixCase[] = [
  // Transcripts.
  { name: 'rewrites the enhanced class', rule: 'smtp.enhanced-class-mismatch', languageId: 'smtp', before: '220 mx\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n550 4.1.8 bad\n', after: '220 mx\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n550 5.1.8 bad\n' },
  { name: 'replaces 250 after QUIT by 221', rule: 'smtp.reply-not-allowed', languageId: 'smtp', before: '220 mx\nQUIT\n250 bye\n', after: '220 mx\nQUIT\n221 bye\n' },
  { name: 'unifies the codes of a multi-line reply', rule: 'smtp.multiline-code-mismatch', languageId: 'smtp', before: '220 mx\nEHLO c\n250-mx\n252 SIZE\n', after: '220 mx\nEHLO c\n250-mx\n250 SIZE\n' },
  { name: 'ends a multi-line reply before the next command', rule: 'smtp.multiline-last-hyphen', languageId: 'smtp', before: '220 mx\nEHLO c\n250-mx\n250-SIZE\nQUIT\n221 bye\n', after: '220 mx\nEHLO c\n250-mx\n250 SIZE\nQUIT\n221 bye\n' },
  { name: 'ends a multi-line reply left open at the end', rule: 'smtp.multiline-unfinished', languageId: 'smtp', before: '220 mx\nEHLO c\n250-mx\n250-SIZE 1000\n', after: '220 mx\nEHLO c\n250-mx\n250 SIZE 1000\n' },
  { name: 'ends a multi-line reply left open without a final newline', rule: 'smtp.multiline-unfinished', languageId: 'smtp', before: '220 mx\nEHLO c\n250-mx\n250-8BITMIME', after: '220 mx\nEHLO c\n250-mx\n250 8BITMIME' },
  { name: 'corrects a misspelled command', rule: 'smtp.unknown-command', languageId: 'smtp', before: '220 mx\nHELLO client\n', after: '220 mx\nHELO client\n' },
  { name: 'wraps a bare address', rule: 'smtp.address-without-brackets', languageId: 'smtp', before: '220 mx\nEHLO c\n250 mx\nRCPT TO:bob@example.com NOTIFY=NEVER\n', after: '220 mx\nEHLO c\n250 mx\nRCPT TO:<bob@example.com> NOTIFY=NEVER\n' },
  { name: 'redacts AUTH PLAIN credentials on the command line', rule: 'smtp.credentials-in-transcript', languageId: 'smtp', before: '220 mx\nEHLO c\n250-mx\n250 AUTH PLAIN\nAUTH PLAIN AGFsaWNlAHNlY3JldA==\n', after: '220 mx\nEHLO c\n250-mx\n250 AUTH PLAIN\nAUTH PLAIN <redacted>\n' },
  { name: 'redacts the AUTH LOGIN user name line', rule: 'smtp.credentials-in-transcript', languageId: 'smtp', before: authLogin, after: replaceOnce(authLogin, 'dXNlckBleGFtcGxlLmNvbQ==', '<redacted>') },
  { name: 'redacts the AUTH LOGIN password line', rule: 'smtp.credentials-in-transcript', languageId: 'smtp', nth: 1, before: authLogin, after: replaceOnce(authLogin, 'c2VjcmV0', '<redacted>') },
  { name: 'redacts the AUTH LOGIN initial response', rule: 'smtp.credentials-in-transcript', languageId: 'smtp', before: authLoginInitial, after: replaceOnce(authLoginInitial, 'AUTH LOGIN dXNlckBleGFtcGxlLmNvbQ==', 'AUTH LOGIN <redacted>') },
  { name: 'redacts the password after an AUTH LOGIN initial response', rule: 'smtp.credentials-in-transcript', languageId: 'smtp', nth: 1, before: authLoginInitial, after: replaceOnce(authLoginInitial, '\nc2VjcmV0\n', '\n<redacted>\n') },
  // Postfix main.cf and master.cf.
  { name: 'sets the conventional 5xx in main.cf', rule: 'postfix.temporary-reject-code', languageId: 'postfix-main', before: mainCf, after: replaceOnce(mainCf, 'reject_code = 450', 'reject_code = 550') },
  { name: 'sets the conventional 5xx on a continuation line', rule: 'postfix.temporary-reject-code', languageId: 'postfix-main', before: 'relay_domains_reject_code =\n    450\n', after: 'relay_domains_reject_code =\n    554\n' },
  { name: 'sets the Postfix default for an out-of-range code', rule: 'postfix.code-out-of-range', languageId: 'postfix-main', before: mainCf, after: replaceOnce(mainCf, '= 650', '= 554') },
  { name: 'sets the Postfix default of a defer code', rule: 'postfix.code-out-of-range', languageId: 'postfix-main', nth: 1, before: mainCf, after: replaceOnce(mainCf, 'defer_code = 550', 'defer_code = 450') },
  { name: 'turns soft_bounce off in main.cf', rule: 'postfix.soft-bounce', languageId: 'postfix-main', before: mainCf, after: replaceOnce(mainCf, 'soft_bounce = yes', 'soft_bounce = no') },
  { name: 'fixes a master.cf -o override on its own line', rule: 'postfix.temporary-reject-code', languageId: 'postfix-master', before: masterCf, after: replaceOnce(masterCf, '-o reject_code=450', '-o reject_code=554') },
  { name: 'fixes a master.cf -o override on the service line', rule: 'postfix.soft-bounce', languageId: 'postfix-master', before: masterCf, after: replaceOnce(masterCf, '-o soft_bounce=yes', '-o soft_bounce=no') },
  { name: 'fixes an out-of-range master.cf -o override', rule: 'postfix.code-out-of-range', languageId: 'postfix-master', before: 'smtp inet n - y - - smtpd\n  -o relay_domains_reject_code=650\n', after: 'smtp inet n - y - - smtpd\n  -o relay_domains_reject_code=554\n' },
  // Lookup tables.
  { name: 'rewrites the enhanced class in an access table', rule: 'lookup.enhanced-class-mismatch', languageId: 'postfix-lookup', before: access, after: replaceOnce(access, '550 4.1.6', '550 5.1.6') },
  { name: 'rewrites the enhanced class in a Sendmail access map', rule: 'lookup.enhanced-class-mismatch', languageId: 'postfix-lookup', before: 'Connect:203.0.113.9  ERROR:4.7.1:550 Try later\n', after: 'Connect:203.0.113.9  ERROR:5.7.1:550 Try later\n' },
  { name: 'makes REJECT 450 the numeric action', rule: 'lookup.code-out-of-range', languageId: 'postfix-lookup', before: access, after: replaceOnce(access, 'REJECT 450', '450') },
  { name: 'makes REJECT 450 a DEFER', rule: 'lookup.code-out-of-range', languageId: 'postfix-lookup', title: 'Replace "REJECT" with "DEFER"', before: access, after: replaceOnce(access, 'REJECT 450', 'DEFER 450') },
  { name: 'makes DEFER 550 the numeric action', rule: 'lookup.code-out-of-range', languageId: 'postfix-lookup', nth: 1, before: access, after: replaceOnce(access, 'DEFER 550', '550') },
  { name: 'makes DEFER 550 a REJECT', rule: 'lookup.code-out-of-range', languageId: 'postfix-lookup', nth: 1, title: 'Replace "DEFER" with "REJECT"', before: access, after: replaceOnce(access, 'DEFER 550', 'REJECT 550') },
  { name: 'makes the number after REJECT the action in an access table', rule: 'lookup.reply-code-in-text', languageId: 'postfix-lookup', file: 'sender_access', before: 'spam.example  REJECT 550 No thanks\n', after: 'spam.example  550 No thanks\n' },
  { name: 'adds a text to a bare numeric action', rule: 'lookup.malformed-code', languageId: 'postfix-lookup', before: access, after: replaceOnce(access, 'example.com  550\n', 'example.com  550 Rejected by policy\n') },
  { name: 'puts REJECT before an enhanced code used as the action', rule: 'lookup.malformed-code', languageId: 'postfix-lookup', nth: 1, before: access, after: replaceOnce(access, '5.7.1 Go', 'REJECT 5.7.1 Go') },
  // Bounces.
  { name: 'sets the Action a 4.x.x Status calls for', rule: 'eml.action-status-mismatch', languageId: 'eml', before: replaceOnce(twoRecipients, 'Action: failed\nStatus: 4.4.1', 'Action: delivered\nStatus: 4.4.1'), after: replaceOnce(twoRecipients, 'Action: failed\nStatus: 4.4.1', 'Action: delayed\nStatus: 4.4.1') },
  { name: 'sets the Status class the Action calls for', rule: 'eml.action-status-mismatch', languageId: 'eml', title: 'Change enhanced code 4.4.1 to 2.4.1', before: replaceOnce(twoRecipients, 'Action: failed\nStatus: 4.4.1', 'Action: delivered\nStatus: 4.4.1'), after: replaceOnce(twoRecipients, 'Action: failed\nStatus: 4.4.1', 'Action: delivered\nStatus: 2.4.1') },
  { name: 'sets the Action a 5.x.x Status calls for', rule: 'eml.action-status-mismatch', languageId: 'eml', before: replaceOnce(delay, 'Status: 4.4.1', 'Status: 5.4.1'), after: replaceOnce(delay, 'Action: delayed\nStatus: 4.4.1', 'Action: failed\nStatus: 5.4.1') },
  { name: 'sets the Status class of a delayed Action', rule: 'eml.action-status-mismatch', languageId: 'eml', title: 'Change enhanced code 5.4.1 to 4.4.1', before: replaceOnce(delay, 'Status: 4.4.1', 'Status: 5.4.1'), after: delay },
  { name: 'sets failed for a delivered Action with a 5.x.x Status', rule: 'eml.action-status-mismatch', languageId: 'eml', before: replaceOnce(postfixDsn, 'Action: failed', 'Action: delivered'), after: postfixDsn },
  { name: 'sets the success class for a relayed Action', rule: 'eml.action-status-mismatch', languageId: 'eml', title: 'Change enhanced code 5.1.1 to 2.1.1', before: replaceOnce(postfixDsn, 'Action: failed', 'Action: relayed'), after: replaceOnce(postfixDsn, 'Action: failed\nStatus: 5.1.1', 'Action: relayed\nStatus: 2.1.1') },
];

for (const c of cases) {
  test(`quick fix (${c.rule}) ${c.name}`, () => {
    assert.equal(applyFix(c.before, c.rule, c.languageId, { nth: c.nth, title: c.title, name: c.file }), c.after);
  });
}

test('the Postfix fixes edit exactly the value, with the titles they announce', () => {
  const edits = (text: string, rule: string, languageId: string, nth = 0) => {
    const { document, actions } = quickFixesFor(text, rule, languageId, nth);
    return actions.map((a) => ({ title: a.title, preferred: a.isPreferred, edits: a.edit?.changes?.[document.uri] }));
  };
  const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
  assert.deepEqual(edits(mainCf, 'postfix.temporary-reject-code', 'postfix-main'), [{ title: 'Change to 550', preferred: true, edits: [{ range: range(0, 38, 41), newText: '550' }] }]);
  assert.deepEqual(edits(mainCf, 'postfix.code-out-of-range', 'postfix-main'), [{ title: 'Change to 554', preferred: true, edits: [{ range: range(1, 28, 31), newText: '554' }] }]);
  assert.deepEqual(edits(mainCf, 'postfix.soft-bounce', 'postfix-main'), [{ title: 'Change to no', preferred: true, edits: [{ range: range(2, 14, 17), newText: 'no' }] }]);
  assert.deepEqual(edits(masterCf, 'postfix.temporary-reject-code', 'postfix-master'), [{ title: 'Change to 554', preferred: true, edits: [{ range: range(1, 17, 20), newText: '554' }] }]);
  assert.deepEqual(edits(masterCf, 'postfix.soft-bounce', 'postfix-master'), [{ title: 'Change to no', preferred: true, edits: [{ range: range(3, 41, 44), newText: 'no' }] }]);
});

test('a bounce whose report is base64-encoded gets the finding but no fix (an edit would corrupt the encoding)', () => {
  const [head, report] = delay.replace('Status: 4.4.1', 'Status: 5.4.1').split('Content-Type: message/delivery-status\n\n');
  const [body, tail] = [report.slice(0, report.indexOf('\n--d1--')), report.slice(report.indexOf('\n--d1--'))];
  const encoded = `${head}Content-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n${Buffer.from(body).toString('base64').replace(/.{76}/g, '$&\n')}${tail}`;
  const { actions } = quickFixesFor(encoded, 'eml.action-status-mismatch', 'eml');
  assert.deepEqual(actions, []);
});

test('every rule with a quick fix has a whole-document case above, and docs/diagnostics.md agrees', () => {
  const fixable = Object.entries(diagnosticRules)
    .filter(([, rule]) => rule.hasFix)
    .map(([id]) => id)
    .sort();
  assert.deepEqual([...new Set(cases.map((c) => c.rule))].sort(), fixable);
  const documented = readFileSync('docs/diagnostics.md', 'utf8')
    .split('\n')
    .map((line) => /^\| `([a-z.-]+)` \| \w+ \| (.+?) \|/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && m[2] !== 'no')
    .map((m) => m[1])
    .sort();
  assert.deepEqual(documented, fixable);
});
