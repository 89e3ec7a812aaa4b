/**
 * Comparisons that compare (issue 18): the key differences of two codes come from what each code means
 * (codeFacts.json), so every pair of same-class codes states something true of one code and not the other.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knowledge } from '../../server/src/knowledge';
import { codeFacts } from '../../server/src/knowledge/codeFacts';
import { compare } from '../../server/src/service/compare';
import { resolveExplainable } from '../../server/src/service/explain';

const langs = ['en', 'de'] as const;

function comparison(a: string, b: string, lang: 'en' | 'de') {
  const x = resolveExplainable(a);
  const y = resolveExplainable(b);
  assert.ok(x && y, `${a} or ${b} does not resolve`);
  return compare(x, y, lang);
}

/** The code as a whole token: 5.2.2 is not inside 55.2.2 or 5.2.20, 552 not inside 5520. */
const codePatterns = new Map<string, RegExp>();
function codePattern(code: string, flags = ''): RegExp {
  const key = `${code}/${flags}`;
  let pattern = codePatterns.get(key);
  if (!pattern) codePatterns.set(key, (pattern = new RegExp(`(?<![\\d.])${code.replace(/\./g, '\\.')}(?!\\.?\\d)`, flags)));
  return pattern;
}

function mentions(sentence: string, code: string): boolean {
  return codePattern(code).test(sentence);
}

// The cause sentence of compare.ts, spelled out here so that a change of wording is a deliberate one.
const causeSentence = {
  en: (code: string, cause: string) => `Cause of ${code}: ${cause}.`,
  de: (code: string, cause: string) => `Ursache von ${code}: ${cause}.`,
};

// Every code a user can compare: each registered basic code, and each registered enhanced code in every
// class its entry describes (X.1.5 as 2.1.5, 4.1.5 and 5.1.5).
const basic = knowledge.basicCodes.map((e) => e.code);
const enhanced = knowledge.enhancedCodes.flatMap((e) => Object.keys(e.classes).map((cls) => e.code.replace('X', cls)));
const registered = [...basic, ...enhanced];

test('every registered code has facts, so no comparison falls back to its class sentence', () => {
  assert.deepEqual(registered.filter((c) => !codeFacts.codes[c]), []);
  assert.equal(registered.length, 218);
});

test('every pair of same-class codes states a difference that is true of one code only, in both languages', () => {
  let pairs = 0;
  for (const cls of ['2', '3', '4', '5']) {
    const codes = registered.filter((c) => c[0] === cls);
    for (let i = 0; i < codes.length; i++) {
      for (let j = i + 1; j < codes.length; j++) {
        const [a, b] = [codes[i], codes[j]];
        for (const lang of langs) {
          const { keyDifferences } = comparison(a, b, lang);
          // Each cause comes from the code's own facts, not from its description or class.
          for (const code of [a, b]) {
            const cause = causeSentence[lang](code, codeFacts.codes[code].cause[lang]);
            if (!keyDifferences.includes(cause)) assert.fail(`${a} vs ${b} (${lang}) lacks "${cause}":\n${keyDifferences.join('\n')}`);
          }
          // A sentence about one code whose counterpart about the other code is not in the list: "535 is
          // permanent." next to "534 is permanent." says nothing that tells them apart.
          const distinguishing = keyDifferences.some((s) => {
            const [own, other] = mentions(s, a) && !mentions(s, b) ? [a, b] : mentions(s, b) && !mentions(s, a) ? [b, a] : [];
            if (!own) return false;
            return !keyDifferences.includes(s.replace(codePattern(own, 'g'), other!));
          });
          if (!distinguishing) assert.fail(`${a} vs ${b} (${lang}) states no difference:\n${keyDifferences.join('\n')}`);
        }
        pairs++;
      }
    }
  }
  // 20 codes of class 2, 3 of class 3, 93 of class 4 and 102 of class 5.
  assert.equal(pairs, 190 + 3 + 4278 + 5151);
});

test('a 4.x.y and its 5.x.y twin differ in cause and retry outlook', () => {
  for (const code of enhanced.filter((c) => c[0] === '4')) {
    const twin = `5${code.slice(1)}`;
    assert.ok(codeFacts.codes[twin], `${twin} is not registered`);
    const [temporary, permanent] = [codeFacts.codes[code], codeFacts.codes[twin]];
    for (const lang of langs) assert.notEqual(temporary.cause[lang], permanent.cause[lang], `${code} and ${twin} (${lang}) share their cause`);
    // Even a temporary form that waiting cannot clear (4.1.3) differs: the message stays queued instead of bouncing.
    assert.notEqual(temporary.retry, permanent.retry, `${code} and ${twin} share their retry outlook`);
  }
});

test('an unregistered code says so instead of borrowing its class or subject description as a cause', () => {
  assert.ok(
    comparison('5.1.20', '5.1.1', 'en').keyDifferences.includes(
      'Cause of 5.1.20: it is not in the IANA registry, so only its subject (Addressing Status) and the reply text tell what it means.',
    ),
  );
  assert.ok(
    comparison('5.9.9', '5.1.1', 'de').keyDifferences.includes(
      'Ursache von 5.9.9: er steht nicht in der IANA-Registry, und seine Kategorie ist nicht festgelegt, daher sagt nur der Antworttext, was er bedeutet.',
    ),
  );
  assert.ok(
    comparison('299', '250', 'en').keyDifferences.includes(
      'Cause of 299: it is not a registered reply code, so only its first digit and the reply text tell what it means.',
    ),
  );
});

test('4.2.2 vs 5.2.2: the recipient acts, the retry outlook differs, and the two appear in sequence', () => {
  const en = comparison('4.2.2', '5.2.2', 'en').keyDifferences;
  assert.ok(en.includes('Who can act on 4.2.2 and on 5.2.2 alike: the recipient (the mailbox owner).'), en.join('\n'));
  assert.ok(en.includes('Retry after 4.2.2: the same message can succeed on a later attempt; a sending MTA retries on its own schedule.'));
  assert.ok(en.includes('Retry after 5.2.2: resending fails until the recipient has acted; after that a new attempt can succeed.'));
  assert.ok(en.some((s) => s.startsWith('They appear together when the quota stays full')));
  assert.ok(!en.some((s) => /sender must change/i.test(s)), 'the sender cannot free the recipient\'s quota');
  const de = comparison('5.2.2', '4.2.2', 'de').keyDifferences;
  assert.ok(de.includes('Wer bei 5.2.2 wie bei 4.2.2 handeln kann: der Empfänger (Inhaber des Postfachs).'), de.join('\n'));
  assert.ok(de.some((s) => s.startsWith('Beide erscheinen zusammen, wenn die Quota voll bleibt')));
});

test('535 vs 534: credentials against mechanism', () => {
  const en = comparison('535', '534', 'en').keyDifferences;
  assert.ok(en.includes('What to change for 535: the credentials: user name format, password or app password, not the mechanism.'), en.join('\n'));
  assert.ok(en.includes('What to change for 534: the mechanism (a stronger one, or an app password the provider permits), not the password.'));
  assert.ok(en.includes('535 and 534 both answer `AUTH`.'));
  const de = comparison('535', '534', 'de').keyDifferences;
  assert.ok(de.includes('Ursache von 534: der `AUTH`-Mechanismus ist schwächer, als die Richtlinie dieses Kontos zulässt.'), de.join('\n'));
});

test('the commands a basic code answers come from the per-command reply table', () => {
  const en = comparison('521', '556', 'en').keyDifferences;
  assert.ok(en.includes('521 answers the connection greeting.'), en.join('\n'));
  assert.ok(en.includes('556 answers `RCPT`.'));
  assert.ok(comparison('421', '450', 'en').keyDifferences.includes('421 answers any command, the connection greeting.'));
  assert.ok(comparison('4.4.1', '4.2.2', 'en').keyDifferences.includes('4.4.1 answers no command: the sending MTA reports it itself, in its log or in a bounce.'));
});

test('"when to use which" keeps the Sender and Server admin labels of the explanations', () => {
  for (const [lang, sender, admin] of [['en', 'Sender', 'Server admin'], ['de', 'Absender', 'Server-Administrator']] as const) {
    const view = comparison('550', '5.1.1', lang);
    for (const [i, w] of view.whenToUseWhich.entries()) {
      const fix = view.items[i].howToFix!;
      assert.equal(w.text, `${sender}: ${fix.sender} ${admin}: ${fix.admin}`);
    }
  }
});

test('every fact is complete, cited, and uses the vocabulary', () => {
  const actors = new Set(Object.keys(codeFacts.vocabulary.actors));
  const outlooks = new Set(Object.keys(codeFacts.vocabulary.retry));
  for (const [code, f] of Object.entries(codeFacts.codes)) {
    const resolved = resolveExplainable(code);
    assert.ok(resolved && 'entry' in resolved && resolved.entry, `${code} is not a registered code`);
    for (const lang of langs) {
      assert.ok(f.cause[lang].trim() && !/[.]$/.test(f.cause[lang]), `${code}.cause.${lang} must be a clause without a final period`);
      assert.ok(f.change[lang].trim() && !/[.]$/.test(f.change[lang]), `${code}.change.${lang} must be a phrase without a final period`);
    }
    assert.ok(f.actors.length && f.actors.every((a) => actors.has(a)), `${code} has an unknown actor`);
    assert.ok(outlooks.has(f.retry), `${code} has an unknown retry outlook`);
    assert.equal(f.commands !== undefined, code.includes('.'), `${code}: commands are given for enhanced codes only`);
    assert.ok(f.references.length > 0, `${code} is not cited`);
    for (const r of f.references) assert.match(r.url, /^https:\/\/www\.(rfc-editor\.org\/rfc\/rfc\d+(#section-[\d.]+)?|iana\.org\/assignments\/smtp-enhanced-status-codes\/)/, `${code}: ${r.url}`);
  }
  for (const s of codeFacts.sequences) {
    assert.ok(codeFacts.codes[s.first] && codeFacts.codes[s.then], `sequence ${s.first} → ${s.then} names a code without facts`);
    for (const lang of langs) assert.ok(mentions(s.text[lang], s.first) && mentions(s.text[lang], s.then), `sequence ${s.first} → ${s.then} (${lang}) must name both codes`);
  }
});
