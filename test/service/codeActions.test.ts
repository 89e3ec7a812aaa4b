import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix } from '../helpers';

const fixes: [string, string, string, string][] = [
  ['rewrites the enhanced class', '220 mx\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n550 4.1.8 bad\n', 'smtp.enhanced-class-mismatch', '220 mx\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n550 5.1.8 bad\n'],
  ['ends a multi-line reply', '220 mx\nEHLO c\n250-mx\n250-SIZE\nQUIT\n221 bye\n', 'smtp.multiline-last-hyphen', '220 mx\nEHLO c\n250-mx\n250 SIZE\nQUIT\n221 bye\n'],
  ['unifies codes of a multi-line reply', '220 mx\nEHLO c\n250-mx\n252 SIZE\n', 'smtp.multiline-code-mismatch', '220 mx\nEHLO c\n250-mx\n250 SIZE\n'],
  ['wraps a bare address', '220 mx\nEHLO c\n250 mx\nRCPT TO:bob@example.com NOTIFY=NEVER\n', 'smtp.address-without-brackets', '220 mx\nEHLO c\n250 mx\nRCPT TO:<bob@example.com> NOTIFY=NEVER\n'],
  ['corrects a misspelled command', '220 mx\nHELLO client\n', 'smtp.unknown-command', '220 mx\nHELO client\n'],
  ['replaces 250 after QUIT by 221', '220 mx\nQUIT\n250 bye\n', 'smtp.reply-not-allowed', '220 mx\nQUIT\n221 bye\n'],
  ['redacts credentials', '220 mx\nEHLO c\n250-mx\n250 AUTH PLAIN\nAUTH PLAIN AGFsaWNlAHNlY3JldA==\n', 'smtp.credentials-in-transcript', '220 mx\nEHLO c\n250-mx\n250 AUTH PLAIN\nAUTH PLAIN <redacted>\n'],
];

for (const [name, before, code, after] of fixes) {
  test(`quick fix ${name}`, () => assert.equal(applyFix(before, code), after));
}
