/**
 * Data quality of the knowledge base: complete against the reference lists, in both languages,
 * with well-formed references and no sentence shared between entries.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knowledge } from '../../server/src/knowledge';
import type { Text } from '../../server/src/knowledge/types';
import reference from './referenceCodes.json';
import { explain, resolveExplainable } from '../../server/src/service/explain';

const langs = ['en', 'de'] as const;

function assertText(text: Text | undefined, where: string): void {
  assert.ok(text, `${where} is missing`);
  for (const lang of langs) {
    assert.equal(typeof text[lang], 'string', `${where}.${lang} is not a string`);
    assert.ok(text[lang].trim().length > 0, `${where}.${lang} is empty`);
    assert.equal((text[lang].match(/`/g) ?? []).length % 2, 0, `${where}.${lang} has unbalanced backticks`);
    const outsideCode = text[lang].replace(/`[^`]*`/g, '');
    assert.doesNotMatch(outsideCode, /\*\*|\]\(|<\/?[a-z]+>|\n/, `${where}.${lang} has markup or a line break`);
  }
}

test('every basic code of the reference is explained in both languages', () => {
  assert.deepEqual(knowledge.basicCodes.map((e) => e.code), reference.basicCodes);
  for (const e of knowledge.basicCodes) {
    for (const field of ['title', 'summary', 'description', 'whenYouSeeIt', 'fixSender', 'fixAdmin'] as const) assertText(e[field], `${e.code}.${field}`);
    assert.ok(e.references.length > 0, `${e.code} has no reference`);
    for (const related of e.relatedEnhanced) assert.equal(related[0], e.code[0], `${e.code} lists ${related} of another class`);
  }
});

test('every registered enhanced code is explained in classes 4 and 5, in both languages', () => {
  assert.deepEqual(knowledge.enhancedCodes.map((e) => e.code), reference.enhancedCodes.map((e) => e.code));
  for (const e of knowledge.enhancedCodes) {
    for (const field of ['title', 'summary', 'description'] as const) assertText(e[field], `${e.code}.${field}`);
    const ref = reference.enhancedCodes.find((r) => r.code === e.code)!;
    const refClasses = new Set((ref.basicCodes ?? []).filter((b) => /^[245]/.test(b)).map((b) => b[0]));
    for (const cls of ['4', '5', ...refClasses] as const) {
      const t = e.classes[cls as '2' | '4' | '5'];
      assert.ok(t, `${e.code} has no class ${cls} text`);
      for (const field of ['meaning', 'whenYouSeeIt', 'fixSender', 'fixAdmin'] as const) assertText(t[field], `${e.code}[${cls}].${field}`);
    }
    assert.ok(e.references.some((r) => r.url.includes('iana.org') || r.url.includes('rfc-editor.org')), `${e.code} cites neither the registry nor an RFC`);
  }
});

test('every command and keyword is explained', () => {
  for (const name of ['HELO', 'EHLO', 'MAIL', 'RCPT', 'DATA', 'BDAT', 'RSET', 'VRFY', 'EXPN', 'HELP', 'NOOP', 'QUIT', 'STARTTLS', 'AUTH', 'ETRN', 'ATRN', 'TURN', 'SEND', 'SOML', 'SAML']) {
    const e = knowledge.command(name);
    assert.ok(e, `command ${name} missing`);
    for (const field of ['title', 'description', 'usage'] as const) assertText(e[field], `${name}.${field}`);
  }
  for (const name of ['SIZE', 'PIPELINING', '8BITMIME', 'BINARYMIME', 'CHUNKING', 'DSN', 'RET', 'ENVID', 'NOTIFY', 'ORCPT', 'ENHANCEDSTATUSCODES', 'STARTTLS', 'AUTH', 'SMTPUTF8', 'REQUIRETLS', 'DELIVERBY', 'MT-PRIORITY', 'FUTURERELEASE', 'LIMITS', 'ETRN', 'ATRN', 'BURL', 'PRDR', 'VRFY', 'EXPN', 'HELP']) {
    const e = knowledge.extension(name);
    assert.ok(e, `keyword ${name} missing`);
    for (const field of ['title', 'description', 'usage'] as const) assertText(e[field], `${name}.${field}`);
  }
});

test('every provider entry of the reference has a note', () => {
  const providerIds: Record<string, string> = { 'Google Gmail / Google Workspace': 'gmail', 'Microsoft 365 / Exchange Online': 'microsoft', 'Yahoo (incl. AOL)': 'yahoo', 'Apple iCloud Mail': 'apple' };
  const notes = new Set(knowledge.vendorNotes.map((n) => `${n.provider} ${n.basic} ${n.enhanced}`));
  // Providers have more notes than the reference lists (issue 15); every listed one must be there.
  for (const n of reference.vendorNotes) assert.ok(notes.has(`${providerIds[n.provider]} ${n.basic} ${n.enhanced}`), `${n.provider} ${n.basic} ${n.enhanced} has no note`);
  for (const n of knowledge.vendorNotes) {
    assertText(n.meaning, `${n.provider} ${n.enhanced}.meaning`);
    assertText(n.action, `${n.provider} ${n.enhanced}.action`);
    assert.ok(knowledge.provider(n.provider), `unknown provider ${n.provider}`);
  }
});

test('every reference link is well-formed', () => {
  const refs = [
    ...knowledge.basicCodes.flatMap((e) => e.references),
    ...knowledge.enhancedCodes.flatMap((e) => e.references),
    ...knowledge.commands.flatMap((e) => e.references),
    ...knowledge.extensions.flatMap((e) => e.references),
    ...knowledge.providers.flatMap((p) => p.references),
    ...knowledge.vendorNotes.map((n) => n.source),
  ];
  assert.ok(refs.length > 100);
  for (const r of refs) {
    assert.ok(r.label?.trim(), `reference without label: ${JSON.stringify(r)}`);
    const url = new URL(r.url);
    assert.equal(url.protocol, 'https:', r.url);
    assert.doesNotMatch(r.url, /\s/, r.url);
    if (url.hostname === 'www.rfc-editor.org') assert.match(url.pathname, /^\/(rfc\/rfc\d+|errata\/eid\d+)(\.html|\.txt)?$/, r.url);
  }
});

test('no two entries share a sentence', () => {
  const owners = new Map<string, string>();
  const add = (owner: string, text?: Text) => {
    if (!text) return;
    for (const lang of langs) {
      for (const sentence of text[lang].split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ`])/)) {
        const key = sentence.trim().toLowerCase();
        if (key.length < 30) continue;
        const previous = owners.get(key);
        assert.ok(!previous || previous === owner, `"${sentence}" appears in ${previous} and ${owner}`);
        owners.set(key, owner);
      }
    }
  };
  for (const e of knowledge.basicCodes) for (const f of [e.description, e.whenYouSeeIt, e.fixSender, e.fixAdmin]) add(e.code, f);
  for (const e of knowledge.enhancedCodes) {
    add(e.code, e.description);
    for (const [cls, t] of Object.entries(e.classes)) for (const f of [t.meaning, t.whenYouSeeIt, t.fixSender, t.fixAdmin]) add(`${e.code}[${cls}]`, f);
  }
  for (const e of knowledge.commands) for (const f of [e.description, e.usage, e.security]) add(e.command, f);
  for (const e of knowledge.extensions) for (const f of [e.description, e.usage]) add(`ext ${e.name}`, f);
  for (const n of knowledge.vendorNotes) for (const f of [n.meaning, n.action, n.differsFromIana]) add(`${n.provider} ${n.basic} ${n.enhanced} ${n.match.join('|')}`, f);
  assert.ok(owners.size > 1000);
});

test('no two codes share a paragraph of their explanation, in either language', () => {
  const codes = [
    ...knowledge.basicCodes.map((e) => e.code),
    ...knowledge.enhancedCodes.flatMap((e) => (['2', '4', '5'] as const).filter((cls) => e.classes[cls]).map((cls) => e.code.replace('X', cls))),
  ];
  for (const lang of langs) {
    const owners = new Map<string, string>();
    for (const code of codes) {
      const item = resolveExplainable(code)!;
      const view = explain(item, lang);
      const paragraphs = [...view.description, view.whenYouSeeIt, view.howToFix?.sender, view.howToFix?.admin, ...view.sections.flatMap((s) => s.paragraphs)];
      for (const paragraph of paragraphs) {
        if (!paragraph || paragraph.length < 30) continue;
        const previous = owners.get(paragraph);
        assert.ok(!previous || previous === code, `${lang}: "${paragraph}" appears in ${previous} and ${code}`);
        owners.set(paragraph, code);
      }
    }
    assert.ok(owners.size > 500);
  }
});
