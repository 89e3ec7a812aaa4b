// The grammars and the analyzers must agree on where the codes are: every reply or enhanced code
// the analyzer finds (and hovers) is scoped `reply-code.<class>` / `enhanced-code.<class>` by the
// grammar at the same position, and the grammar scopes no code the analyzer does not find.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { compareCodes, describe, type CodeAt } from './agreement';
import { repoRoot } from './grammarHarness';

/** The language a grammar fixture is read as, by file name (as the snapshot test picks its grammar). */
function fixtureLanguage(file: string): string {
  if (file.endsWith('.smtp')) return 'smtp';
  if (file.endsWith('.eml')) return 'eml';
  if (file.endsWith('.mail.log') || file.endsWith('.mainlog')) return 'mail-log';
  if (file.endsWith('.log')) return 'log';
  return postfixLanguage(file);
}

function postfixLanguage(file: string): string {
  return file === 'main.cf' ? 'postfix-main' : file === 'master.cf' ? 'postfix-master' : 'postfix-lookup';
}

// The fixtures at the top of a folder (real-world tables in sub-folders have tests of their own).
const files = (dir: string) =>
  readdirSync(path.join(repoRoot, dir), { withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => f.name)
    .sort()
    .map((f) => [dir, f] as const);

/** Every realistic document of the areas that own both sides, with the language it is read as. */
const documents: [file: string, languageId: string][] = [
  // Mail logs are read as mail logs and, with the injection, as VS Code's plain `log` language.
  ...files('test/fixtures/log').flatMap(([d, f]) => [[`${d}/${f}`, 'mail-log'], [`${d}/${f}`, 'log']] as [string, string][]),
  ...files('test/fixtures/postfix').map(([d, f]): [string, string] => [`${d}/${f}`, postfixLanguage(f)]),
  ...files('test/grammar/fixtures').map(([d, f]): [string, string] => [`${d}/${f}`, fixtureLanguage(f)]),
  // Transcripts and bounces of the other areas, listed by name so that a new file is added on purpose.
  ...['curl', 'exim-bh', 'exim-debug', 'exim-server-debug', 'openssl', 'postfix-smtpd-verbose', 'postfix-verbose', 'raw-bdat', 'rfc-style', 'sendmail-pipelined', 'sendmail', 'smtplib-py2', 'smtplib', 'swaks-xclient', 'swaks'].map(
    (f): [string, string] => [`test/fixtures/transcripts/${f}.smtp`, 'smtp'],
  ),
  ...['arf', 'base64-notice', 'delay', 'exim-text', 'plain', 'postfix-dsn', 'qp-exchange', 'two-recipients', 'vacation'].map(
    (f): [string, string] => [`test/fixtures/eml/${f}.eml`, 'eml'],
  ),
];

/**
 * Known disagreements, each with its reason; a fixed one must be removed from here. Written as
 * "<side> <line>:<column> <code>" (1-based), side "g" for grammar-only and "a" for analyzer-only.
 */
const known: Record<string, { reason: string; items: string[] }> = {
  'test/fixtures/eml/exim-text.eml|eml': {
    reason: 'the eml grammar scopes a reply/enhanced pair in the body of the returned original message, which the analyzer rightly ignores',
    items: ['g 29:29 450', 'g 29:33 4.2.0'],
  },
  'test/fixtures/transcripts/sendmail-pipelined.smtp|smtp': {
    reason:
      "a reply quoted in the bounce's prose ('(reason: 550 5.1.1 …)') is hovered, and coloured by the server's semantic tokens; a grammar cannot tell it from other numbers in prose",
    items: ['a 3:14 550', 'a 3:18 5.1.1'],
  },
};

function short(c: CodeAt, side: 'a' | 'g'): string {
  return `${side} ${c.line + 1}:${c.start + 1} ${c.text}`;
}

test('analyzers and grammars agree on every code in the realistic fixtures', async () => {
  let codes = 0;
  const problems: string[] = [];
  for (const [file, languageId] of documents) {
    const text = readFileSync(path.join(repoRoot, file), 'utf8');
    const r = await compareCodes(text, languageId);
    codes += r.analyzer.length;
    const found = [...r.analyzerOnly.map((c) => short(c, 'a')), ...r.grammarOnly.map((c) => short(c, 'g'))];
    const expected = known[`${file}|${languageId}`]?.items ?? [];
    const unexpected = [...r.analyzerOnly.map((c) => [c, 'analyzer-only'] as const), ...r.grammarOnly.map((c) => [c, 'grammar-only'] as const)].filter(
      ([c, side]) => !expected.includes(short(c, side === 'analyzer-only' ? 'a' : 'g')),
    );
    for (const [c, side] of unexpected) problems.push(`${file} (${languageId}) ${describe(c, text, side)}`);
    for (const item of expected) if (!found.includes(item)) problems.push(`${file} (${languageId}): known disagreement "${item}" is gone; remove it from the list`);
  }
  assert.ok(codes > 500, `only ${codes} codes compared`);
  assert.deepEqual(problems, []);
});

test('the comparison finds the codes on both sides, and a disagreement when there is one', async () => {
  // A lookup value of a `*_code` parameter in main.cf is a code for both; an ordinary number is one for neither.
  const agreed = await compareCodes('unknown_local_recipient_reject_code = 550\nmessage_size_limit = 550\n', 'postfix-main');
  assert.deepEqual(agreed.analyzer.map((c) => short(c, 'a')), ['a 1:39 550']);
  assert.deepEqual([agreed.analyzerOnly, agreed.grammarOnly], [[], []]);
  // In a plain log, "said: 550" is a strong context for both sides; a version number is one for neither.
  const log = await compareCodes('host mx.example[192.0.2.1] said: 550 5.1.1 unknown\nPostfix 3.5.50 started\n', 'log');
  assert.deepEqual(log.grammar.map((c) => short(c, 'g')), ['g 1:34 550', 'g 1:38 5.1.1']);
  assert.deepEqual([log.analyzerOnly, log.grammarOnly], [[], []]);
  // A pair in the text of a returned message: the eml grammar scopes it, the analyzer rightly does not.
  const returned = 'Subject: Delivery failure\n\n------ This is a copy of the message, including all the headers. ------\n\nSubject: Lunch\n\nReply code 450 4.2.0 here is prose.\n';
  const eml = await compareCodes(returned, 'eml');
  assert.deepEqual(eml.grammarOnly.map((c) => short(c, 'g')), ['g 7:12 450', 'g 7:16 4.2.0']);
});
