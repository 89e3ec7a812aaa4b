/**
 * Data quality of the provider knowledge files (issue 15): every file in
 * server/src/knowledge/data/providers follows the shared schema, every note explains itself in English
 * and German with a cited source, no two notes share a sentence, and the German texts keep to the
 * glossary (issue 18).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { providerFiles } from '../../server/src/knowledge/data/providers';

const providersDir = join(__dirname, '../../server/src/knowledge/data/providers');
const langs = ['en', 'de'] as const;

// Read from disk as well as through the index, so a file that is missing from the index is noticed.
const filesOnDisk = readdirSync(providersDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name, data: JSON.parse(readFileSync(join(providersDir, name), 'utf8')) as Record<string, unknown> }));

const providerKeys = ['id', 'name', 'hosts', 'replyMarks', 'references', 'notes'];
const noteKeys = ['basic', 'enhanced', 'match', 'meaning', 'action', 'differsFromIana', 'source'];
const requiredNoteKeys = ['basic', 'enhanced', 'match', 'meaning', 'action', 'source'];
const enhancedPattern = /^[245]\.\d{1,3}\.\d{1,3}$/;
const enhancedRangePattern = /^[245]\.\d{1,3}\.\d{1,3}-\d{1,3}$/;

type Text = { en: string; de: string };
type Note = { basic: string | null; enhanced: string | null; match: string[]; meaning: Text; action: Text; differsFromIana?: Text; source: { label: string; url: string } };
type Provider = { id: string; name: string; hosts: string[]; replyMarks: string[]; references: Array<{ label: string; url: string }>; notes: Note[] };

function assertText(text: unknown, where: string): void {
  assert.ok(text && typeof text === 'object', `${where} is missing`);
  assert.deepEqual(Object.keys(text).sort(), ['de', 'en'], `${where} must have exactly en and de`);
  for (const lang of langs) {
    const value: unknown = (text as Record<string, unknown>)[lang];
    assert.equal(typeof value, 'string', `${where}.${lang} is not a string`);
    assert.ok((value as string).trim().length > 0, `${where}.${lang} is empty`);
    assert.equal(((value as string).match(/`/g) ?? []).length % 2, 0, `${where}.${lang} has unbalanced backticks`);
    assert.doesNotMatch((value as string).replace(/`[^`]*`/g, ''), /\*\*|\]\(|<\/?[a-z]+>|\n/, `${where}.${lang} has markup or a line break`);
  }
}

function assertReference(ref: unknown, where: string): void {
  assert.ok(ref && typeof ref === 'object', `${where} is missing`);
  const { label, url } = ref as { label?: unknown; url?: unknown };
  assert.equal(typeof label, 'string', `${where}.label is not a string`);
  assert.ok((label as string).trim().length > 0, `${where}.label is empty`);
  assert.match(String(url), /^https?:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/, `${where}.url is not a web address`);
}

function assertEnhanced(enhanced: string, basic: string | null, where: string): void {
  for (const alternative of enhanced.split(' / ')) {
    assert.ok(enhancedPattern.test(alternative) || enhancedRangePattern.test(alternative), `${where}: "${alternative}" is not an enhanced code or range`);
    const range = /\.(\d{1,3})-(\d{1,3})$/.exec(alternative);
    if (range) assert.ok(Number(range[1]) < Number(range[2]), `${where}: range ${alternative} is empty`);
    // The class of the enhanced code must agree with the first digit of the reply code (RFC 3463).
    if (basic) assert.equal(alternative[0], basic[0], `${where}: ${basic} with ${alternative} mixes classes`);
  }
}

// Abbreviations whose full stop does not end a sentence ("z. B.", "e.g.", "usw.").
const abbreviation = /(?:\b[a-zA-Z]|e\.g|i\.e|etc|usw|bzw|vgl|ca|Nr)\.$/;

function sentences(text: string): string[] {
  const parts = text.split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ`"(])/);
  const merged: string[] = [];
  for (const part of parts) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && abbreviation.test(previous)) merged[merged.length - 1] = `${previous} ${part}`;
    else merged.push(part);
  }
  return merged.map((s) => s.trim()).filter(Boolean);
}

function allTexts(note: Note): Text[] {
  return [note.meaning, note.action, ...(note.differsFromIana ? [note.differsFromIana] : [])];
}

test('every provider file on disk is listed in providers/index.ts, once', () => {
  const listed = (providerFiles as Provider[]).map((p) => p.id);
  assert.deepEqual([...listed].sort(), filesOnDisk.map((f) => f.name.replace(/\.json$/, '')).sort());
  assert.equal(new Set(listed).size, listed.length, 'a provider is listed twice');
});

test('every provider file follows the shared schema', () => {
  for (const { name, data } of filesOnDisk) {
    const where = name;
    assert.deepEqual(Object.keys(data), providerKeys, `${where}: keys or their order differ from the schema`);
    const p = data as unknown as Provider;
    assert.equal(`${p.id}.json`, name, `${where}: id does not match the file name`);
    assert.match(p.id, /^[a-z][a-z0-9-]*$/, `${where}: id is not lower-case`);
    assert.ok(p.name.trim().length > 0, `${where}: name is empty`);
    assert.ok(Array.isArray(p.hosts) && p.hosts.length > 0, `${where}: no host patterns`);
    for (const host of p.hosts) {
      assert.match(host, /^(\*\.)?[a-z0-9*-]+(\.[a-z0-9*-]+)+$/, `${where}: host pattern "${host}" is not a lower-case domain pattern`);
    }
    assert.ok(Array.isArray(p.replyMarks), `${where}: replyMarks is not a list`);
    for (const mark of p.replyMarks) assert.ok(typeof mark === 'string' && mark.trim().length >= 3, `${where}: reply mark "${mark}" is too short to name a provider`);
    assert.ok(p.references.length > 0, `${where}: no reference`);
    p.references.forEach((ref, i) => assertReference(ref, `${where}.references[${i}]`));
    assert.ok(Array.isArray(p.notes), `${where}: notes is not a list`);
    p.notes.forEach((note, i) => {
      const at = `${where}.notes[${i}]`;
      const keys = Object.keys(note);
      for (const key of requiredNoteKeys) assert.ok(keys.includes(key), `${at} lacks ${key}`);
      for (const key of keys) assert.ok(noteKeys.includes(key), `${at} has the unknown field ${key}`);
      assert.ok(note.basic === null || /^[2-5][0-5]\d$/.test(note.basic), `${at}: basic "${note.basic}" is not a reply code`);
      if (note.enhanced !== null) assertEnhanced(note.enhanced, note.basic, at);
      assert.ok(Array.isArray(note.match), `${at}: match is not a list`);
      for (const m of note.match) assert.ok(typeof m === 'string' && m.trim().length >= 3, `${at}: match "${m}" is too short to be distinctive`);
      // A note without marks is decided by the codes alone, so it needs at least one of them.
      if (note.match.length === 0) assert.ok(note.basic !== null || note.enhanced !== null, `${at}: a note without match needs a code`);
      assertText(note.meaning, `${at}.meaning`);
      assertText(note.action, `${at}.action`);
      if (note.differsFromIana !== undefined) assertText(note.differsFromIana, `${at}.differsFromIana`);
      assertReference(note.source, `${at}.source`);
    });
  }
});

test('no two notes of one provider apply to the same reply unless their marks differ', () => {
  for (const { name, data } of filesOnDisk) {
    const seen = new Map<string, number>();
    (data as unknown as Provider).notes.forEach((note, i) => {
      const key = `${note.basic}|${note.enhanced}|${[...note.match].map((m) => m.toLowerCase()).sort().join('|')}`;
      assert.ok(!seen.has(key), `${name}.notes[${i}] repeats the codes and marks of notes[${seen.get(key)}]`);
      seen.set(key, i);
    });
  }
});

test('no two provider notes share a sentence, in either language', () => {
  for (const lang of langs) {
    const owner = new Map<string, string>();
    for (const { name, data } of filesOnDisk) {
      (data as unknown as Provider).notes.forEach((note, i) => {
        const where = `${name}.notes[${i}]`;
        for (const text of allTexts(note)) {
          for (const sentence of sentences(text[lang])) {
            const other = owner.get(sentence);
            assert.ok(other === undefined || other === where, `${lang}: "${sentence}" appears in ${other} and ${where}`);
            owner.set(sentence, where);
          }
        }
      });
    }
  }
});

// The German texts of the provider files are held to the glossary by test/knowledge/glossary.test.ts.

test('the migrated notes keep the corrections of issue 18', () => {
  const byId = new Map(filesOnDisk.map(({ data }) => [(data as unknown as Provider).id, data as unknown as Provider]));
  // Yahoo's and Apple's own pages list no codes: the 553 5.7.x and 554 5.7.1 notes cite where the replies were recorded.
  const yahoo = byId.get('yahoo')!;
  const yahoo553 = yahoo.notes.filter((n) => n.basic === '553' && n.enhanced?.startsWith('5.7.'));
  assert.equal(yahoo553.length, 2);
  for (const note of yahoo553) assert.notEqual(note.source.url, 'https://senders.yahooinc.com/smtp-error-codes/');
  const apple554 = byId.get('apple')!.notes.filter((n) => n.basic === '554' && n.enhanced === '5.7.1');
  // [CS01] comes with 554 as well as 550 (issue 15): its 554 note cites where that reply was seen.
  assert.equal(apple554.length, 3);
  for (const note of apple554) assert.notEqual(note.source.url, 'https://support.apple.com/en-us/102322');
  // Microsoft's 5.2.2 has two meanings, told apart by their wording; neither repeats the other.
  const ms522 = byId.get('microsoft')!.notes.filter((n) => n.enhanced === '5.2.2');
  assert.equal(ms522.length, 2);
  assert.ok(ms522.every((n) => n.match.length > 0), 'each Microsoft 5.2.2 note needs its own wording to match');
  assert.notEqual(ms522[0].meaning.en, ms522[1].meaning.en);
});
