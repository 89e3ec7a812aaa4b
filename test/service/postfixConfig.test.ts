import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnosticsAt, doc, hoverText, service, settings } from '../helpers';

const main = 'postfix-main';
const master = 'postfix-master';

test('hover on a reply-code parameter: default, accepted range, what the value means to the client', () => {
  const text = hoverText('unknown_local_recipient_reject_co|de = 450\n', main);
  assert.ok(text);
  assert.match(text, /^### Postfix parameter unknown\\?_local\\?_recipient\\?_reject\\?_code/);
  assert.match(text, /Postfix default: `550`/);
  assert.match(text, /Accepted codes: 400–599/);
  assert.match(text, /Set to `450` on line 1/);
  assert.match(text, /keep the message and try again later/);
  assert.match(text, /\]\(https:\/\/www\.postfix\.org\/postconf\.5\.html#unknown_local_recipient_reject_code\)/);
});

test('hover on the configured code renders the code entry with the parameter context', () => {
  const text = hoverText('maps_rbl_reject_code = 5|54\n', main);
  assert.ok(text);
  assert.match(text, /^### 554 /);
  assert.match(text, /The value of maps\\?_rbl\\?_reject\\?_code/);
  assert.match(text, /give up and return the message to its sender/);
  assert.match(hoverText('maps_rbl_reject_code = 5|54\n', main, { language: 'de' }) ?? '', /Postfix-Standard: `554`/);
});

test('hover on soft_bounce and on restrictions, with the code they reply with', () => {
  assert.match(hoverText('soft_bo|unce = yes\n', main) ?? '', /Set to `yes` here/);
  const restriction = hoverText('relay_domains_reject_code = 550\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_desti|nation\n', main);
  assert.ok(restriction);
  assert.match(restriction, /^### Postfix restriction reject\\?_unauth\\?_destination/);
  assert.match(restriction.replace(/\\/g, ''), /Replies with `relay_domains_reject_code` = `550` \(set on line 1\): mailbox/);
  const byDefault = hoverText('smtpd_recipient_restrictions =\n    reject_unknown_sender_dom|ain\n', main);
  assert.match((byDefault ?? '').replace(/\\/g, ''), /`unknown_address_reject_code` = `450` \(Postfix default\)/);
});

test('diagnostics on main.cf: range, temporary reject, soft_bounce; continuation lines and comments', () => {
  const table: [string, string[]][] = [
    ['unknown_local_recipient_reject_code = 450\n', ['1:39 postfix.temporary-reject-code']],
    ['unknown_local_recipient_reject_code = 550\n', []],
    ['relay_domains_reject_code = 650\n', ['1:29 postfix.code-out-of-range']],
    ['reject_code = 250\n', ['1:15 postfix.code-out-of-range']],
    ['reject_code = five\n', ['1:15 postfix.code-out-of-range']],
    ['reject_code = $other_code\n', []],
    ['unverified_recipient_reject_code = 250\n', []],
    ['unverified_recipient_reject_code = 450\n', []],
    ['unverified_sender_defer_code = 550\n', ['1:32 postfix.code-out-of-range']],
    ['unknown_address_reject_code = 450\n', []],
    ['defer_code = 450\n', []],
    ['soft_bounce = yes\n', ['1:15 postfix.soft-bounce']],
    ['soft_bounce = no\n', []],
    ['# soft_bounce = yes\n', []],
    ['mynetworks = 127.0.0.0/8\n  [::1]/128\nsmtpd_banner = $myhostname ESMTP 550 5.1.1\n', []],
    ['message_size_limit = 52428800\nsmtp_connect_timeout = 30s\nrelay_domains_reject_code =\n  554\n', []],
    ['relay_domains_reject_code =\n    450\n', ['2:5 postfix.temporary-reject-code']],
  ];
  for (const [text, expected] of table) assert.deepEqual(diagnosticsAt(text, main), expected, text);
});

test('quick fixes set the conventional value', () => {
  const cases: [string, string][] = [
    ['unknown_local_recipient_reject_code = 450\n', '550'],
    ['relay_domains_reject_code = 650\n', '554'],
    ['soft_bounce = yes\n', 'no'],
  ];
  for (const [text, fixed] of cases) {
    const document = doc(text, main);
    const diagnostics = service.doValidation(document, settings());
    const actions = service.doCodeActions(document, diagnostics[0].range, diagnostics);
    assert.equal(actions[0].edit?.changes?.[document.uri][0].newText, fixed, text);
    assert.equal(actions[0].isPreferred, true);
  }
});

test('master.cf: -o overrides are checked and hoverable, in both syntaxes', () => {
  const text = readFileSync('test/fixtures/postfix/master.cf', 'utf8');
  assert.deepEqual(diagnosticsAt(text, master), ['8:18 postfix.temporary-reject-code', '9:39 postfix.code-out-of-range']);
  assert.match(hoverText('submission inet n - y - - smtpd\n  -o reject_co|de=554\n', master) ?? '', /Postfix parameter reject\\?_code/);
  assert.match(hoverText('submission inet n - y - - smtpd\n  -o smtpd_recipient_restrictions=permit_sasl_authenticated,rej|ect\n', master) ?? '', /Postfix restriction reject/);
  assert.deepEqual(diagnosticsAt('smtp inet n - y - - smtpd -o soft_bounce=yes\n', master), ['1:42 postfix.soft-bounce']);
});

test('the fixtures: every finding in main.cf, German messages', () => {
  const text = readFileSync('test/fixtures/postfix/main.cf', 'utf8');
  assert.deepEqual(diagnosticsAt(text, main), ['16:39 postfix.temporary-reject-code', '19:29 postfix.code-out-of-range', '22:15 postfix.soft-bounce']);
  const german = service.doValidation(doc(text, main), settings({ language: 'de' })).map((d) => d.message as string);
  assert.match(german[0], /stellt zurück, statt abzulehnen/);
  assert.match(german[2], /soft_bounce = yes ist eingeschaltet/);
});
