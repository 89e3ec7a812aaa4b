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
function mentions(sentence: string, code: string): boolean {
  return new RegExp(`(?<![\\d.])${code.replace(/\./g, '\\.')}(?!\\.?\\d)`).test(sentence);
}

// The representative set: every registered basic 4xx and 5xx code and the common enhanced codes that have facts.
const basic = knowledge.basicCodes.map((e) => e.code).filter((c) => c[0] === '4' || c[0] === '5');
const enhanced = Object.keys(codeFacts.codes).filter((c) => c.includes('.'));
const representative = [...basic, ...enhanced];

test('the representative set is covered by facts', () => {
  assert.deepEqual(basic.filter((c) => !codeFacts.codes[c]), []);
  assert.ok(enhanced.length >= 25, `only ${enhanced.length} enhanced codes have facts`);
});

test('every pair of same-class codes states a difference that is true of one code only, in both languages', () => {
  let pairs = 0;
  for (const cls of ['4', '5']) {
    const codes = representative.filter((c) => c[0] === cls);
    for (let i = 0; i < codes.length; i++) {
      for (let j = i + 1; j < codes.length; j++) {
        const [a, b] = [codes[i], codes[j]];
        for (const lang of langs) {
          const { keyDifferences } = comparison(a, b, lang);
          // A sentence about one code whose counterpart about the other code is not in the list: "535 is
          // permanent." next to "534 is permanent." says nothing that tells them apart.
          const distinguishing = keyDifferences.filter((s) => {
            const [own, other] = mentions(s, a) && !mentions(s, b) ? [a, b] : mentions(s, b) && !mentions(s, a) ? [b, a] : [];
            if (!own) return false;
            const swapped = s.replace(new RegExp(`(?<![\\d.])${own.replace(/\./g, '\\.')}(?!\\.?\\d)`, 'g'), other!);
            return !keyDifferences.includes(swapped);
          });
          assert.ok(distinguishing.length > 0, `${a} vs ${b} (${lang}) states no difference:\n${keyDifferences.join('\n')}`);
        }
        pairs++;
      }
    }
  }
  assert.ok(pairs > 900, `only ${pairs} pairs compared`);
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
