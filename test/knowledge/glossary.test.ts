/**
 * One German vocabulary (issue 18): every German text of the knowledge, the server messages, the
 * diagnostics and the UI bundles uses the glossary's preferred term, never a forbidden variant, and
 * keeps command placeholders (`VRFY <name>`) as the English text has them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import glossary from '../../server/src/knowledge/data/glossary.json';
import { messagesFor } from '../../server/src/service/messages';
import { diagnosticRules } from '../../server/src/service/diagnosticRules';

const dataDir = join(__dirname, '../../server/src/knowledge/data');

interface GermanText {
  where: string;
  text: string;
  /** The English side of the same Text, where there is one. */
  en?: string;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []));
}

/** Every `{ en, de }` pair in a knowledge file, providers included. */
function knowledgeTexts(): GermanText[] {
  const out: GermanText[] = [];
  const walk = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.de === 'string') out.push({ where, text: o.de, en: typeof o.en === 'string' ? o.en : undefined });
      for (const [k, v] of Object.entries(o)) if (k !== 'de' && k !== 'en') walk(v, `${where}.${k}`);
    }
  };
  for (const file of jsonFiles(dataDir)) walk(JSON.parse(readFileSync(file, 'utf8')), file.slice(dataDir.length + 1));
  return out;
}

/** The literal text of a message function, every branch included: its string and template parts without the `${…}` holes. */
function functionText(fn: (...args: never[]) => unknown): string {
  const source = fn.toString();
  const literals = source.match(/`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g) ?? [];
  return literals.map((l) => l.slice(1, -1).replace(/\$\{[^}]*\}/g, ' X ')).join(' | ');
}

function messageTexts(): GermanText[] {
  const out: GermanText[] = [];
  const walk = (value: unknown, where: string) => {
    if (typeof value === 'string') out.push({ where, text: value });
    else if (typeof value === 'function') out.push({ where, text: functionText(value as () => unknown) });
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
  };
  walk(messagesFor('de'), 'messages.de');
  for (const [id, rule] of Object.entries(diagnosticRules)) walk(rule.message.de, `diagnosticRules.${id}.de`);
  return out;
}

function bundleTexts(): GermanText[] {
  return ['package.nls.de.json', 'l10n/bundle.l10n.de.json'].flatMap((file) =>
    Object.entries(JSON.parse(readFileSync(join(__dirname, '../..', file), 'utf8')) as Record<string, string>).map(([key, text]) => ({ where: `${file}:${key}`, text })),
  );
}

const allTexts = [...knowledgeTexts(), ...messageTexts(), ...bundleTexts()];

/** A whole word: no letter or digit directly before or after (a hyphen is a boundary, so `Policy-Dienst` contains `Policy`). */
function wordPattern(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
}

test('the glossary is well-formed: one preferred term per concept, never itself forbidden', () => {
  assert.ok(glossary.concepts.length >= 10);
  const preferred = new Set<string>();
  for (const c of glossary.concepts) {
    assert.ok(c.preferred.trim() && c.forbidden.length, `${c.concept} needs a preferred term and forbidden variants`);
    assert.ok(!preferred.has(c.preferred), `${c.preferred} is preferred for two concepts`);
    preferred.add(c.preferred);
    for (const f of c.forbidden) assert.ok(!wordPattern(f).test(c.preferred), `${c.concept}: the preferred term contains the forbidden ${f}`);
  }
});

test('the texts under test are all there', () => {
  const count = (prefix: string) => allTexts.filter((t) => t.where.startsWith(prefix)).length;
  assert.ok(count('basicCodes.json') > 300, 'basic codes missing');
  assert.ok(count('enhancedCodes/') > 900, 'enhanced codes missing');
  assert.ok(count('providers/') > 100, 'provider notes missing');
  assert.ok(count('codeFacts.json') > 100, 'comparison facts missing');
  assert.ok(count('messages.de') > 100 && count('diagnosticRules.') > 30, 'messages or diagnostics missing');
  assert.ok(count('package.nls.de.json') > 10 && count('l10n/') > 5, 'UI bundles missing');
  // A function's text covers every branch: the diagnostic for a malformed enhanced code has two.
  assert.match(allTexts.find((t) => t.where === 'diagnosticRules.smtp.malformed-enhanced-code.de')!.text, /Kategorie und Detail/);
});

test('every German text uses the preferred term of each concept, never a forbidden variant', () => {
  const allowed = glossary.concepts.flatMap((c) => ('allowed' in c ? (c.allowed as string[]) : []));
  const findings: string[] = [];
  for (const { where, text } of allTexts) {
    // Inline code is protocol text (`Set-Mailbox`, reply texts quoted verbatim), not German prose.
    let prose = where.includes('.json') ? text.replace(/`[^`]*`/g, ' ') : text;
    for (const phrase of allowed) prose = prose.split(phrase).join(' ');
    for (const c of glossary.concepts) {
      for (const variant of c.forbidden) if (wordPattern(variant).test(prose)) findings.push(`${where}: "${variant}" instead of "${c.preferred}"`);
    }
  }
  assert.deepEqual(findings, []);
});

test('German texts keep the command placeholders of the English text (`VRFY <name>`, `BDAT <size>`)', () => {
  const placeholders = (s: string) => new Set((s.match(/`[^`]*<[a-zA-ZäöüÄÖÜß-]+>[^`]*`/g) ?? []).filter((span) => !span.includes('@')));
  const findings: string[] = [];
  for (const { where, text, en } of allTexts) {
    if (en === undefined) continue;
    const english = placeholders(en);
    for (const span of placeholders(text)) if (!english.has(span)) findings.push(`${where}: ${span} is not in the English text`);
  }
  assert.deepEqual(findings, []);
});
