import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnosticsAt, doc, hoverText, service, settings } from '../helpers';

const lookup = 'postfix-lookup';

test('diagnostics on access-map actions', () => {
  const table: [string, string[]][] = [
    ['user@example.com  550 5.1.6 Moved\n', []],
    ['user@example.com  550 4.1.6 Moved\n', ['1:23 lookup.enhanced-class-mismatch']],
    ['user@example.com  450 5.7.1 Later\n', ['1:23 lookup.enhanced-class-mismatch']],
    ['example.com  REJECT 4.7.1 Closed\n', ['1:21 lookup.enhanced-class-mismatch']],
    ['example.com  DEFER 5.7.1 Busy\n', ['1:20 lookup.enhanced-class-mismatch']],
    ['example.com  DEFER_IF_PERMIT 4.7.1 Busy\n', []],
    ['example.com  REJECT 450 Go away\n', ['1:14 lookup.code-out-of-range']],
    ['example.com  DEFER 550 Broken\n', ['1:14 lookup.code-out-of-range']],
    // The number after REJECT is text: Postfix sends $access_map_reject_code, whatever it says.
    ['example.com  REJECT 554 5.7.1 Not here\n', ['1:14 lookup.reply-code-in-text']],
    ['example.com  DEFER_IF_PERMIT 450 Busy\n', []],
    ['example.com  250 Accepted\n', ['1:14 lookup.code-out-of-range']],
    ['example.com  650 Odd\n', ['1:14 lookup.code-out-of-range']],
    ['example.com  550\n', ['1:14 lookup.malformed-code']],
    ['example.com  55 Gone\n', ['1:14 lookup.malformed-code']],
    ['example.com  5500 Gone\n', ['1:14 lookup.malformed-code']],
    ['example.com  550 5.7.1000 Gone\n', ['1:18 lookup.malformed-code']],
    ['example.com  550 6.1.1 Gone\n', ['1:18 lookup.malformed-code']],
    ['1.2.3.4  1700000000\n', []],
    ['192.0.2.0/24  OK\n', []],
    ['example.com  REJECT 192.168.1.1 is blocked\n', []],
    ['From:spam@example.com  ERROR:"550 5.7.1 Go away"\n', []],
    ['From:spam@example.com  ERROR:"550 4.7.1 Go away"\n', ['1:35 lookup.enhanced-class-mismatch']],
    ['Connect:203.0.113.9  ERROR:4.7.1:550 Try later\n', ['1:28 lookup.enhanced-class-mismatch']],
    ['Connect:203.0.113.9  ERROR:5.7.1:550 Go away\n', []],
    ['Connect:203.0.113.9  ERROR:250 Fine\n', ['1:28 lookup.code-out-of-range']],
  ];
  for (const [text, expected] of table) assert.deepEqual(diagnosticsAt(text, lookup), expected, text);
});

test('no codes inside regular expressions: quantifiers, \\d{3}, codes in the pattern', () => {
  const text = readFileSync('test/fixtures/postfix/header_checks.pcre', 'utf8');
  assert.deepEqual(diagnosticsAt(text, lookup), ['5:52 lookup.enhanced-class-mismatch']);
  assert.equal(hoverText('/^Subject:.*\\d{|3} free/   REJECT 5.7.1 Spam\n', lookup), undefined);
  assert.equal(hoverText('/^Subject: 5|50 5.1.1/   HOLD\n', lookup), undefined);
  assert.equal(hoverText('/^Received: from \\[(\\d{1,3}\\.){|3}\\d{1,3}\\]/ WARN bare IP\n', lookup), undefined);
  assert.deepEqual(diagnosticsAt('if /^Subject:/\n/550 {3}/ REJECT 5.7.1 x\nendif\n', lookup), []);
});

test('hovers on actions and their codes', () => {
  assert.match(hoverText('example.com  REJ|ECT 5.7.1 Closed\n', lookup) ?? '', /^### Lookup-table action REJECT/);
  assert.match(hoverText('example.com  REJ|ECT 5.7.1 Closed\n', lookup) ?? '', /access\\?_map\\?_reject\\?_code.*554/);
  assert.match(hoverText('example.com  REJECT 5.7.|1 Closed\n', lookup) ?? '', /^### 5\.7\.1 /);
  const numeric = hoverText('user@example.com  5|50 5.1.6 Moved\n', lookup) ?? '';
  assert.match(numeric, /^### 550 /);
  assert.match(numeric, /A numeric action: replies with exactly this 5xx code/);
  assert.match(hoverText('example.com  REJECT 5|54 5.7.1 Not here\n', lookup) ?? '', /this number is sent as part of the text/);
  assert.match(hoverText('example.com  DISC|ARD\n', lookup) ?? '', /silently throws it away/);
  assert.match(hoverText('example.com  reject_unverified_sen|der\n', lookup) ?? '', /Postfix restriction reject\\?_unverified\\?_sender/);
  assert.match(hoverText('From:x@example.com  ERROR:"5|50 5.7.1 Go away"\n', lookup) ?? '', /^### 550 /);
});

test('quick fixes rewrite the class digit, the action, or add a text', () => {
  const fix = (text: string, index = 0) => {
    const document = doc(text, lookup);
    const diagnostics = service.doValidation(document, settings());
    const actions = service.doCodeActions(document, diagnostics[0].range, diagnostics);
    const edit = actions[index].edit!.changes![document.uri][0];
    const offsets = [document.offsetAt(edit.range.start), document.offsetAt(edit.range.end)];
    return text.slice(0, offsets[0]) + edit.newText + text.slice(offsets[1]);
  };
  assert.equal(fix('a@example.com  550 4.1.6 Moved\n'), 'a@example.com  550 5.1.6 Moved\n');
  assert.equal(fix('example.com  REJECT 450 Go away\n'), 'example.com  450 Go away\n');
  assert.equal(fix('example.com  REJECT 450 Go away\n', 1), 'example.com  DEFER 450 Go away\n');
  assert.equal(fix('example.com  550\n'), 'example.com  550 Rejected by policy\n');
  assert.equal(fix('Connect:203.0.113.9  ERROR:4.7.1:550 Try later\n'), 'Connect:203.0.113.9  ERROR:5.7.1:550 Try later\n');
});

test('the access fixture: every finding', () => {
  const text = readFileSync('test/fixtures/postfix/access', 'utf8');
  assert.deepEqual(diagnosticsAt(text, lookup), [
    '3:36 lookup.enhanced-class-mismatch',
    '4:29 lookup.code-out-of-range',
    '5:29 lookup.code-out-of-range',
    '7:33 lookup.enhanced-class-mismatch',
    '8:29 lookup.code-out-of-range',
    '9:29 lookup.malformed-code',
    '10:29 lookup.malformed-code',
    '12:29 lookup.reply-code-in-text',
    '14:35 lookup.enhanced-class-mismatch',
  ]);
});

test('pcre entries whose action starts on the continuation line, and an enhanced code used as the action', () => {
  const text = readFileSync('test/fixtures/postfix/body_checks.pcre', 'utf8');
  assert.deepEqual(diagnosticsAt(text, lookup), ['5:43 lookup.reply-code-in-text', '8:43 lookup.malformed-code']);
  assert.match(hoverText('/^Content-Type:.*\\.exe/\n    REJECT 5.7.|1 No executables\n', lookup) ?? '', /^### 5\.7\.1 /);
  assert.match(hoverText('/payment\\s+due/i\n    4|50 4.7.1 Held for review\n', lookup) ?? '', /^### 450 /);
  // The quantifiers of the patterns are no codes.
  assert.equal(hoverText('/\\$[0-9]{|3,}(,[0-9]{3}){1,3} USD/  DISCARD\n', lookup), undefined);
  const document = doc('/password\\s+expires/i   5.7.1 Phishing\n', lookup);
  const diagnostics = service.doValidation(document, settings());
  const [action] = service.doCodeActions(document, diagnostics[0].range, diagnostics);
  assert.equal(action.edit!.changes![document.uri][0].newText, 'REJECT ');
});

test('in a table named *_access only an upper-case word is taken for an unknown action', () => {
  const findings = (text: string, name: string) =>
    service.doValidation(doc(text, lookup, name), settings()).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`);
  // docker-mailserver's esmtp_access (smtpd_discard_ehlo_keyword_address_maps) answers EHLO keywords, and
  // restriction lists and classes are lower case: none is an unknown action.
  assert.deepEqual(findings('0.0.0.0/0   silent-discard, dsn\n', 'esmtp_access'), []);
  assert.deepEqual(findings('example.com  permit_mynetworks, reject\nexample.org  my-class\n', 'client_access'), []);
  // Restriction names are read case-insensitively by Postfix, as in tmclnk/ses-postfix-relay's helo_access.
  assert.deepEqual(findings('myapp PERMIT\n', 'helo_access'), []);
  assert.deepEqual(findings('spammer.example  DROP\n', 'sender_access'), ['1:18 lookup.unknown-action']);
});

/** The hover at `|` in a table named `name` (the name gives the table's kind). */
function namedHover(textWithCursor: string, name: string, lang: 'en' | 'de' = 'en'): string {
  const offset = textWithCursor.indexOf('|');
  const document = doc(textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1), lookup, name);
  const hover = service.doHover(document, document.positionAt(offset), settings({ language: lang }));
  return hover ? (hover.contents as { value: string }).value : '';
}

test('every restriction postconf(5) lists is hovered, in a list separated by commas too', () => {
  const names = [
    'permit_mx_backup', 'permit_dnswl_client', 'permit_rhswl_client', 'reject_rhsbl_reverse_client', 'permit_tls_all_clientcerts', 'permit_inet_interfaces',
    'reject_unverified_sender', 'reject_unverified_recipient', 'check_etrn_access',
    ...['client', 'reverse_client_hostname', 'helo', 'sender', 'recipient'].flatMap((s) => ['a', 'mx', 'ns'].map((k) => `check_${s}_${k}_access`)),
  ];
  for (const name of names) assert.match(namedHover(`x.example  ${name.slice(0, 3)}|${name.slice(3)}\n`, 'client_access'), new RegExp(`^### Postfix restriction ${name.replace(/_/g, '\\\\?_')}\\n`), name);
  const list = 'example.com  permit_mynetworks, reject_rhsbl_reverse_client dbl.example, check_client_a_access hash:/etc/postfix/a, reject\n';
  const at = (word: string) => namedHover(list.replace(word, `${word.slice(0, 4)}|${word.slice(4)}`), 'client_access');
  assert.match(at('permit_mynetworks'), /^### Postfix restriction permit\\?_mynetworks\n/);
  assert.match(at('reject_rhsbl_reverse_client'), /^### Postfix restriction reject\\?_rhsbl\\?_reverse\\?_client\n/);
  assert.match(at('check_client_a_access'), /Postfix 3\.0/);
  assert.match(at('reject\n'), /^### Postfix restriction reject\n/);
  // Arguments between the names (a table, a DNS list) are no restrictions.
  assert.equal(namedHover(list.replace('hash:', 'ha|sh:'), 'client_access'), '');
  assert.deepEqual(diagnosticsAt(list, lookup), []);
});

test('a legacy restriction name says it is the old name of the current one', () => {
  const table: [string, string][] = [
    ['reject_unknown_client', 'reject_unknown_client_hostname'],
    ['reject_invalid_hostname', 'reject_invalid_helo_hostname'],
    ['reject_non_fqdn_hostname', 'reject_non_fqdn_helo_hostname'],
    ['reject_unknown_hostname', 'reject_unknown_helo_hostname'],
    ['check_recipient_maps', 'reject_unlisted_recipient'],
    ['reject_maps_rbl', 'reject_rbl_client'],
  ];
  for (const [old, current] of table) {
    const hover = namedHover(`x.example  ${old.slice(0, 3)}|${old.slice(3)}\n`, 'client_access');
    assert.ok(hover.includes(`This is the old name of \`${current}\``), old);
    assert.ok(hover.includes(`https://www.postfix.org/postconf.5.html#${current}`), old);
  }
  assert.ok(namedHover('x.example  reject_unknown_cl|ient\n', 'client_access', 'de').includes('Dies ist der alte Name von `reject_unknown_client_hostname`'));
  // main.cf says the same.
  const cf = doc('smtpd_helo_restrictions = permit_mynetworks, reject_invalid_hostname\n', 'postfix-main');
  const hover = service.doHover(cf, { line: 0, character: 50 }, settings());
  assert.match((hover?.contents as { value: string }).value, /This is the old name of `reject_invalid_helo_hostname`/);
});

test('REJECT 550 text: the diagnostic, its fix and the hover agree on the code sent, per table kind', () => {
  const check = (text: string, name: string) => {
    const document = doc(text, lookup, name);
    const diagnostics = service.doValidation(document, settings());
    const actions = service.doCodeActions(document, diagnostics[0].range, diagnostics);
    return { message: String(diagnostics[0].message), fix: actions.map((a) => [a.title, a.edit!.changes![document.uri][0]]) };
  };
  const header = check('/^Subject: spam/   REJECT 550 spam\n', 'header_checks');
  assert.equal(header.message, 'REJECT 550: 550 is sent as text, not as the reply code; Postfix replies with 550 5.7.1 (header_checks(5) cannot choose the code). Remove the number: `REJECT text`.');
  assert.deepEqual(header.fix, [['Remove "550" from the text', { range: { start: { line: 0, character: 26 }, end: { line: 0, character: 30 } }, newText: '' }]]);
  const headerHover = namedHover('/^Subject: spam/   REJECT 5|50 spam\n', 'header_checks');
  assert.match(headerHover, /REJECT always replies 550, with the enhanced code 5\.7\.1/);
  assert.doesNotMatch(headerHover, /access\\?_map\\?_reject\\?_code|554/);
  const actionHover = namedHover('/^Subject: spam/   REJ|ECT 550 spam\n', 'header_checks');
  assert.match(actionHover, /with reply code 550/);
  assert.doesNotMatch(actionHover, /554/);

  const access = check('example.com  REJECT 550 No thanks\n', 'sender_access');
  assert.equal(access.message, 'REJECT 550: 550 is sent as text, not as the reply code; Postfix replies with $access_map_reject_code (554). To send 550, make it the action: `550 text`.');
  assert.deepEqual(access.fix, [['Replace "REJECT 550" with "550"', { range: { start: { line: 0, character: 13 }, end: { line: 0, character: 23 } }, newText: '550' }]]);
  assert.match(namedHover("example.com  REJECT 5|50 No thanks\n", "sender_access"), /\$access\\_map\\_reject\\_code \(default 554\)/);

  const unknown = service.doValidation(doc('example.com  REJECT 550 No thanks\n', lookup), settings());
  assert.match(String(unknown[0].message), /replies with \$access_map_reject_code \(554\)\. To send 550 from an access\(5\) table/);
});
