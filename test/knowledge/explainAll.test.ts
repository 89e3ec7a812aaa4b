/**
 * What `smtp-codes explain` returns for every registered code, in every class the knowledge base
 * explains, in both languages: a full entry, never a stub.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knowledge } from '../../server/src/knowledge';
import { explainQuery } from '../../server/src/service/catalog';
import type { ExplanationView } from '../../server/src/service/explain';

const queries = [
  ...knowledge.basicCodes.map((e) => e.code),
  ...knowledge.enhancedCodes.flatMap((e) => (['2', '4', '5'] as const).filter((c) => e.classes[c]).map((c) => e.code.replace('X', c))),
];

for (const lang of ['en', 'de'] as const) {
  test(`every registered code explains fully in ${lang}`, () => {
    assert.ok(queries.length > 45 + 81 * 2);
    for (const query of queries) {
      const view = JSON.parse(explainQuery(query, lang, 'json')) as ExplanationView;
      assert.equal(view.registered, true, query);
      assert.ok(view.title.startsWith(query), `${query}: ${view.title}`);
      assert.ok(view.description.every((p) => p.length > 20), query);
      assert.ok(view.whenYouSeeIt && view.whenYouSeeIt.length > 20, query);
      assert.ok(view.howToFix && view.howToFix.sender.length > 20 && view.howToFix.admin.length > 20, query);
      assert.ok(view.references.length > 0, query);
      const text = explainQuery(query, lang, 'text');
      for (const heading of lang === 'en' ? ['Description', 'When you see it', 'How to fix it'] : ['Beschreibung', 'Wann Sie es sehen', 'Wie man es behebt']) {
        assert.ok(text.includes(`\n${heading}\n`), `${query} lacks ${heading}`);
      }
    }
  });
}

test('4.2.2 and 5.2.2 are explained in their own class', () => {
  const transient = JSON.parse(explainQuery('4.2.2', 'en', 'json')) as ExplanationView;
  const permanent = JSON.parse(explainQuery('5.2.2', 'en', 'json')) as ExplanationView;
  assert.notEqual(transient.whenYouSeeIt, permanent.whenYouSeeIt);
  assert.notDeepEqual(transient.howToFix, permanent.howToFix);
  assert.match(transient.classLine, /Persistent Transient Failure/);
  assert.match(permanent.classLine, /Permanent Failure/);
});

test('an X.s.d query explains every class of the code', () => {
  const text = explainQuery('X.2.2', 'de', 'text');
  assert.match(text, /4\.2\.2:/);
  assert.match(text, /5\.2\.2:/);
});
