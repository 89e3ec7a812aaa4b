/**
 * Redaction (server/src/service/redact.ts): credentials found where the session model and the tools
 * put them, every other character kept, pseudonyms consistent across texts, and a redacted document
 * that analyses as the original did, over the fixtures and the dev corpus.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findRedactions, Pseudonyms, redactText } from '../../server/src/service/redact';
import { languageForFileName } from '../../server/src/service/documentKinds';
import { doc, service, settings } from '../helpers';

const all = { addresses: true, hosts: true, ips: true };

const credentialCases: { name: string; before: string; after: string }[] = [
  { name: 'AUTH PLAIN initial response', before: '250 AUTH PLAIN\nAUTH PLAIN AGFsaWNlAHNlY3JldA==\n235 ok\n', after: '250 AUTH PLAIN\nAUTH PLAIN <redacted>\n235 ok\n' },
  {
    name: 'AUTH LOGIN: both lines sent after the 334 challenges',
    before: 'C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: YWxpY2U=\nS: 334 UGFzc3dvcmQ6\nC: c2VjcmV0\nS: 235 2.7.0 ok\n',
    after: 'C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: <redacted>\nS: 334 UGFzc3dvcmQ6\nC: <redacted>\nS: 235 2.7.0 ok\n',
  },
  {
    name: 'CRAM-MD5: the response to the challenge (the name and a digest that can be attacked offline)',
    before: 'C: AUTH CRAM-MD5\nS: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UuZXhhbXBsZS5uZXQ+\nC: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\nS: 235 ok\n',
    after: 'C: AUTH CRAM-MD5\nS: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UuZXhhbXBsZS5uZXQ+\nC: <redacted>\nS: 235 ok\n',
  },
  {
    name: 'XOAUTH2 and OAUTHBEARER initial responses',
    before: 'AUTH XOAUTH2 dXNlcj1hQGIuY29tAWF1dGg9QmVhcmVyIHlhMjkuYQEB\n235 ok\nAUTH OAUTHBEARER bixhPWFAYi5jb20sAWF1dGg9QmVhcmVyIHlhMjkuYQEB\n235 ok\n',
    after: 'AUTH XOAUTH2 <redacted>\n235 ok\nAUTH OAUTHBEARER <redacted>\n235 ok\n',
  },
  { name: 'a CRLF transcript keeps its line endings', before: 'AUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n235 ok\r\n', after: 'AUTH PLAIN <redacted>\r\n235 ok\r\n' },
  { name: "smtplib's repr keeps its quotes and escaped CRLF", before: "send: 'AUTH PLAIN AGhlaWRpAHNlY3JldA==\\r\\n'\nreply: b'235 ok\\r\\n'\n", after: "send: 'AUTH PLAIN <redacted>\\r\\n'\nreply: b'235 ok\\r\\n'\n" },
  {
    name: "MAIL's AUTH= names an identity; AUTH=<> and the EHLO keyword do not",
    before: '250-AUTH=LOGIN PLAIN\n250 AUTH LOGIN PLAIN\nMAIL FROM:<a@b.example> AUTH=e+3Dmc2@example.com\n250 ok\nMAIL FROM:<a@b.example> AUTH=<>\n',
    after: '250-AUTH=LOGIN PLAIN\n250 AUTH LOGIN PLAIN\nMAIL FROM:<a@b.example> AUTH=<redacted>\n250 ok\nMAIL FROM:<a@b.example> AUTH=<>\n',
  },
  { name: 'masked and cancelled exchanges stay as they are', before: 'AUTH PLAIN ****\n535 no\nAUTH LOGIN\n334 VXNlcm5hbWU6\n*\n501 cancelled\n', after: 'AUTH PLAIN ****\n535 no\nAUTH LOGIN\n334 VXNlcm5hbWU6\n*\n501 cancelled\n' },
  {
    name: 'a PLAIN response recognised by its decoded shape outside any session (a log line)',
    before: 'Jun  3 10:00:00 app[1]: debug: sending AGFsaWNlAHNlY3JldA== to the server\n',
    after: 'Jun  3 10:00:00 app[1]: debug: sending <redacted> to the server\n',
  },
  {
    name: 'swaks --auth-password, -ap and a continued command line; the AUTH user (--auth-user, -au, --au=) as the password',
    before:
      "swaks --to b@c.example --auth-user alice --auth-password 's3cret' --server mx\nswaks -au alice -ap hunter2\nswaks --to b@c.example \\\n  --ap=pa55 --au=\"bob@c.example\"\nswaks --auth LOGIN --to b@c.example\n",
    after:
      "swaks --to b@c.example --auth-user <redacted> --auth-password '<redacted>' --server mx\nswaks -au <redacted> -ap <redacted>\nswaks --to b@c.example \\\n  --ap=<redacted> --au=\"<redacted>\"\nswaks --auth LOGIN --to b@c.example\n",
  },
  { name: 'an --auth-user of another tool is no credential', before: 'mytool --auth-user alice\n', after: 'mytool --auth-user alice\n' },
  {
    name: 'curl --user keeps the name, hides the password; --oauth2-bearer',
    before: 'curl --ssl-reqd --url smtps://smtp.example.com --user "alice@example.com:s3cret" -T mail.txt\ncurl -u bob:pw smtp://x\ncurl --oauth2-bearer ya29.token smtp://x\ncurl -u bob smtp://x\n',
    after: 'curl --ssl-reqd --url smtps://smtp.example.com --user "alice@example.com:<redacted>" -T mail.txt\ncurl -u bob:<redacted> smtp://x\ncurl --oauth2-bearer <redacted> smtp://x\ncurl -u bob smtp://x\n',
  },
  {
    name: 'openssl -pass pass:, and what is piped into base64 for AUTH',
    before: "openssl s_client -connect mx:465 -pass pass:keypw\nprintf '\\0alice\\0s3cret' | openssl base64\necho -n 'alice@example.com' | base64\nperl -MMIME::Base64 -e 'print encode_base64(\"\\000alice\\000s3cret\")'\n",
    after: "openssl s_client -connect mx:465 -pass pass:<redacted>\nprintf '<redacted>' | openssl base64\necho -n '<redacted>' | base64\nperl -MMIME::Base64 -e 'print encode_base64(\"\\000alice\\000<redacted>\")'\n",
  },
  { name: 'user:password@ in a URL', before: 'connecting to smtps://alice:s3cret@smtp.example.com:465\n', after: 'connecting to smtps://alice:<redacted>@smtp.example.com:465\n' },
  {
    name: 'passwords in the code that sends mail',
    before: "server.login('alice@example.com', 'hunter2')\n$mail->Password = 'secret';\nauth: { user: 'a', pass: \"pw\" }\n",
    after: "server.login('alice@example.com', '<redacted>')\n$mail->Password = '<redacted>';\nauth: { user: 'a', pass: \"<redacted>\" }\n",
  },
  {
    name: 'an EHLO line read as a command offers mechanisms, it sends none',
    before: '220 mx ESMTP\nEHLO c\nAUTH PLAIN LOGIN\n250 ok\n',
    after: '220 mx ESMTP\nEHLO c\nAUTH PLAIN LOGIN\n250 ok\n',
  },
];

for (const { name, before, after } of credentialCases) {
  test(`credentials: ${name}`, () => {
    assert.equal(redactText(before), after);
  });
}

test('pseudonyms: the same value gets the same name in every text of a run, different values different names', () => {
  const pseudonyms = new Pseudonyms();
  const first = redactText(
    '220 mx1.corp-mail.de ESMTP\nEHLO laptop.corp-mail.de\nMAIL FROM:<Anna@Corp-Mail.de>\nRCPT TO:<bob@partner.com>\nconnect from unknown[203.0.113.9] and [2001:DB8:40::1B]\n',
    all,
    pseudonyms,
  );
  const second = redactText('to=<anna@corp-mail.de>, relay=MX1.CORP-MAIL.DE[198.51.100.7]:25, client=[2001:db8:40::1b], from 203.0.113.9\n', all, pseudonyms);
  assert.equal(
    first,
    '220 host1.example.net ESMTP\nEHLO host2.example.net\nMAIL FROM:<user1@example.com>\nRCPT TO:<user2@example.com>\nconnect from unknown[192.0.2.1] and [2001:db8::1]\n',
  );
  assert.equal(second, 'to=<user1@example.com>, relay=host1.example.net[192.0.2.2]:25, client=[2001:db8::1], from 192.0.2.1\n');
});

test('pseudonyms: only the kinds asked for; an address is one value, its domain included', () => {
  const text = 'EHLO mx.corp.com\nMAIL FROM:<a@corp.com>\nfrom [10.1.2.3]\n';
  assert.equal(redactText(text, { hosts: true }), 'EHLO host1.example.net\nMAIL FROM:<a@corp.com>\nfrom [10.1.2.3]\n');
  assert.equal(redactText(text, { addresses: true }), 'EHLO mx.corp.com\nMAIL FROM:<user1@example.com>\nfrom [10.1.2.3]\n');
  assert.equal(redactText(text, { ips: true }), 'EHLO mx.corp.com\nMAIL FROM:<a@corp.com>\nfrom [192.0.2.1]\n');
  assert.equal(redactText(text), text);
});

test('pseudonyms: an at sign escaped in a shell or Perl one-liner is an address, the same as unescaped, and stays escaped', () => {
  assert.equal(
    redactText("perl -e 'mail(\"alice\\@corp.com\", \"x\\@y\")' && swaks --to alice@corp.com --from bob\\@corp.com -s mx.corp.com\n", all),
    "perl -e 'mail(\"user1\\@example.com\", \"x\\@y\")' && swaks --to user1@example.com --from user2\\@example.com -s host1.example.net\n",
  );
  // With addresses off, an escaped address is kept whole, its domain included, as a bare one is.
  assert.equal(redactText('echo alice\\@corp.com\n', { hosts: true }), 'echo alice\\@corp.com\n');
});

test('pseudonyms: what looks like a name but is none stays, and so do loopback and localhost', () => {
  const text = [
    'postconf -n main.cf; python3 smtplib.py; tail /var/log/mail.log',
    'System.Net.Mail.SmtpException at SmtpMailer.hx:222 (com.sun.mail.smtp.protocol)',
    'version 1.2.3.4.5, time 10:00:00.123, mac 00:1a:2b:3c:4d:5e, queue 4A1B2C3D4E: std::string',
    'connect from localhost[127.0.0.1] and [::1]',
  ].join('\n');
  assert.equal(redactText(text, all), text);
});

test('pseudonyms: reply marks, address literals and field names stay; documentation values are renamed too, so none collides', () => {
  assert.equal(
    redactText('250-mx.corp.com Hello\n250 [IPv6:2001:db8::5] ok\nto=bob@corp.com, sasl_username=eve@corp.com\nEHLO example.com\nfrom 192.0.2.1 and 10.0.0.1.\n', all),
    '250-host1.example.net Hello\n250 [IPv6:2001:db8::1] ok\nto=user1@example.com, sasl_username=user2@example.com\nEHLO host2.example.net\nfrom 192.0.2.1 and 192.0.2.2.\n',
  );
});

test('pseudonyms are not taken from the inside of a credential', () => {
  const edits = findRedactions('curl --user "alice@example.com:pw@corp.example.org" smtp://mx.corp.com\n', all);
  assert.deepEqual(
    edits.map((e) => e.kind),
    ['address', 'credential', 'host'],
  );
});

test('a selection: credentials known from the whole document, pseudonyms numbered from the selection', () => {
  const text = '220 a.corp.com ESMTP\nEHLO c\n250 a.corp.com\nAUTH LOGIN\n334 VXNlcm5hbWU6\nYWxpY2U=\n334 UGFzc3dvcmQ6\nc2VjcmV0\n235 ok from b.corp.com\n';
  const start = text.indexOf('c2VjcmV0');
  assert.equal(redactText(text, all, new Pseudonyms(), { start, end: text.length }), '<redacted>\n235 ok from host1.example.net\n');
  // A selection that ends inside a credential still hides all of it.
  const inside = text.indexOf('YWxpY2U=') + 3;
  assert.equal(redactText(text, {}, new Pseudonyms(), { start: text.indexOf('334 V'), end: inside }), '334 VXNlcm5hbWU6\n<redacted>');
});

// The fixtures and the dev corpus (never holdout): what the redacted document analyses to.
function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}
const documents = ['test/fixtures/transcripts', 'test/fixtures/eml', 'test/fixtures/log', 'test/corpus/transcripts/dev', 'test/corpus/pasted/dev', 'test/corpus/logs/dev']
  .flatMap(walk)
  .filter((path) => !/\.(?:json|md)$/.test(path))
  .map((path) => ({ path, languageId: languageForFileName(path) ?? (path.includes('/logs/') ? 'mail-log' : 'smtp') }));

const credentialsRule = 'smtp.credentials-in-transcript';
/** Where the analyzer reports credentials that are none, so they stay: tcllib's "(wait upto 300 seconds)" after AUTH LOGIN, an AUTH line pasted again as data. */
const notCredentials = new Set(['test/corpus/transcripts/dev/tcllib-smtp/ok-auth-cleartext.txt', 'test/corpus/pasted/dev/mailkit/gh-mailkit-216-fakesmtp.txt']);

function diagnostics(text: string, languageId: string) {
  return service.doValidation(doc(text, languageId), settings());
}

test('redacted credentials: every document analyses to the same diagnostics, less the credentials one', () => {
  let redacted = 0;
  for (const { path, languageId } of documents) {
    const text = readFileSync(path, 'utf8');
    const after = redactText(text);
    if (after === text) continue;
    redacted++;
    const shown = (t: string) =>
      diagnostics(t, languageId)
        .filter((d) => d.code !== credentialsRule)
        .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`);
    assert.deepEqual(shown(after), shown(text), path);
    if (!notCredentials.has(path)) assert.deepEqual(diagnostics(after, languageId).filter((d) => d.code === credentialsRule), [], path);
  }
  // Enough sessions with AUTH that the test means something.
  assert.ok(redacted >= 60, `${redacted} documents had credentials`);
});

test('with every pseudonym too: the same diagnostics on the same lines', () => {
  // Two senders' addresses at the start of lines (`nobody@…: 550`, `bob@…: 250`) become `userN@…:`, one shape: the reader then takes them for a mark.
  const reshaped = new Set(['test/corpus/transcripts/dev/esmtp/rcpt-reject.txt']);
  for (const { path, languageId } of documents) {
    if (reshaped.has(path)) continue;
    const text = readFileSync(path, 'utf8');
    const ids = (t: string) => diagnostics(t, languageId).map((d) => `${d.range.start.line + 1} ${d.code}`).filter((d) => !d.endsWith(credentialsRule));
    assert.deepEqual(ids(redactText(text, all)), ids(text), path);
  }
});

test('redaction changes only what it finds: the edits spliced into the original give the output, line breaks kept exactly', () => {
  const breaks = (t: string) => (t.match(/\r\n|\r|\n/g) ?? []).join('');
  for (const { path } of documents) {
    const text = readFileSync(path, 'utf8');
    let spliced = '';
    let at = 0;
    for (const edit of findRedactions(text, all)) {
      assert.ok(edit.start >= at && edit.end > edit.start, `${path}: edits in order, without overlaps`);
      assert.doesNotMatch(text.slice(edit.start, edit.end), /[\r\n]/, path);
      spliced += text.slice(at, edit.start) + edit.newText;
      at = edit.end;
    }
    const redacted = redactText(text, all);
    assert.equal(redacted, spliced + text.slice(at), path);
    assert.equal(breaks(redacted), breaks(text), path);
  }
});

test("a role's mailbox keeps its local part, only its domain gets a pseudonym: it tells who sent a notice, and names nobody", () => {
  const text = 'From: Postmaster@mail.example.cn\nReply-To: MAILER-DAEMON@relay.example.org\nTo: sam@mail.example.cn\n';
  assert.equal(
    redactText(text, { addresses: true }),
    'From: Postmaster@host1.example.net\nReply-To: MAILER-DAEMON@host2.example.net\nTo: user1@example.com\n',
  );
});
