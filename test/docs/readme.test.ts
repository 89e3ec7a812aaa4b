/**
 * README.md's tables of commands and settings say exactly what package.json contributes, its
 * pictures exist, and it states the vsix size in the form scripts/checkVsixSize.mjs reads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { statedVsixLimit } from '../../scripts/checkVsixSize.mjs';
import { readmeSnippet } from '../editors/readmeSnippet';

const readme = readFileSync('README.md', 'utf8');
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const nls: Record<string, string> = JSON.parse(readFileSync('package.nls.json', 'utf8'));

/** The rows of the first table under `## heading`, as cells without the outer pipes (header and rule left out). */
function tableRows(heading: string): string[][] {
  const lines = readme.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  assert.ok(start >= 0, `README.md has no "## ${heading}" section`);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  const section = lines.slice(start + 1, end < 0 ? undefined : end);
  const first = section.findIndex((line) => line.startsWith('|'));
  assert.ok(first >= 0, `"## ${heading}" has no table`);
  const table: string[] = [];
  for (const line of section.slice(first)) {
    if (!line.startsWith('|')) break;
    table.push(line);
  }
  return table.slice(2).map((line) => line.slice(1, -1).split(' | ').map((cell) => cell.trim()));
}

const localized = (title: string) => title.replace(/^%(.+)%$/, (_, key: string) => nls[key] ?? `missing ${key}`);

/** Whether a file of the shared client (the one both the Node and the browser entry load) registers `id`. */
function registeredInSharedClient(id: string): boolean {
  const clientDir = path.join('client', 'src');
  return readdirSync(clientDir)
    .filter((name) => name.endsWith('.ts'))
    .some((name) => readFileSync(path.join(clientDir, name), 'utf8').includes(`'${id}'`));
}

test('the README lists every command of package.json by its palette title, and where it works', () => {
  const rows = tableRows('Commands');
  const documented = new Map(rows.map(([title, what, where]) => [title.replace(/^\*\*(.+)\*\*$/, '$1'), { what, where }]));
  const commands: { command: string; title: string; category?: string }[] = manifest.contributes.commands;
  const titles = commands.map((c) => `${c.category ? `${c.category}: ` : ''}${localized(c.title)}`);
  assert.deepEqual([...documented.keys()].sort(), [...titles].sort());
  commands.forEach((command, i) => {
    const row = documented.get(titles[i])!;
    assert.ok(row.what.length > 20, `what ${titles[i]} does`);
    // The browser entry loads the same client as the Node entry: a command registered there works in both.
    const expected = registeredInSharedClient(command.command) ? 'desktop and web' : 'desktop only';
    assert.equal(row.where, expected, `where ${titles[i]} works`);
  });
});

test('the README lists every setting of package.json with its default and its values', () => {
  const properties: Record<string, { default: unknown; enum?: string[]; additionalProperties?: { enum?: string[] } }> =
    manifest.contributes.configuration.properties;
  const rows = tableRows('Settings');
  const documented = new Map(rows.map(([name, fallback, meaning]) => [name.replace(/^`(.+)`$/, '$1'), { fallback, meaning }]));
  assert.deepEqual([...documented.keys()].sort(), Object.keys(properties).sort());
  for (const [name, property] of Object.entries(properties)) {
    const row = documented.get(name)!;
    const stated = /^`(.+)`$/.exec(row.fallback)?.[1];
    assert.ok(stated !== undefined, `the default of ${name} is written as code: ${row.fallback}`);
    // Strings are written bare (`auto`), everything else as JSON (`[]`, `{}`, `true`).
    assert.deepEqual(typeof property.default === 'string' ? stated : JSON.parse(stated), property.default, `default of ${name}`);
    for (const value of property.enum ?? property.additionalProperties?.enum ?? []) {
      assert.ok(row.meaning.includes(`\`${value}\``), `the README row of ${name} names its value \`${value}\``);
    }
  }
});

test('the README links to the list of diagnostic ids', () => {
  assert.match(readme, /\[docs\/diagnostics\.md\]\(docs\/diagnostics\.md\)/);
  assert.ok(existsSync('docs/diagnostics.md'));
});

test('every picture the README shows exists, and every screenshot is shown', () => {
  const shown = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
  for (const image of shown) assert.ok(existsSync(image), `${image} exists`);
  const screenshots = readdirSync(path.join('images', 'screenshots')).filter((name) => name.endsWith('.png'));
  for (const name of screenshots) assert.ok(shown.includes(`images/screenshots/${name}`), `README.md shows images/screenshots/${name}`);
});

test('the README states the vsix size as scripts/checkVsixSize.mjs reads it', () => {
  const limit = statedVsixLimit(readme);
  assert.ok(limit >= 1024 * 1024 && limit <= 20 * 1024 * 1024, `a plausible limit: ${limit} bytes`);
  assert.throws(() => statedVsixLimit('The vsix is small.'), /does not state the size/);
});

/** The README's Helix block, read line by line: its language server and each [[language]]'s keys. */
function helixLanguages(): { server: Record<string, string>; languages: Record<string, string>[] } {
  const snippet = readmeSnippet('Helix', 'toml');
  const sections = snippet.split(/\n\s*\n/).map((block) => block.trim().split('\n'));
  const keys = (lines: string[]) => Object.fromEntries(lines.slice(1).map((line) => {
    const match = /^([\w-]+) = (.+)$/.exec(line);
    assert.ok(match, `a key = value line: ${line}`);
    return [match[1], match[2]];
  }));
  assert.equal(sections[0][0], '[language-server.smtp-codes]');
  assert.ok(sections.slice(1).every((lines) => lines[0] === '[[language]]'), 'one server, then languages');
  return { server: keys(sections[0]), languages: sections.slice(1).map(keys) };
}

test("the README's Helix block maps every file name of package.json to its language id, as Helix matches them", () => {
  const { server, languages: helix } = helixLanguages();
  assert.deepEqual(server, { command: '"smtp-codes-language-server"', args: '["--stdio"]' });
  const ownLanguages: { id: string; extensions?: string[]; filenames?: string[]; filenamePatterns?: string[] }[] = manifest.contributes.languages;
  assert.deepEqual(helix.map((language) => JSON.parse(language.name)), ownLanguages.map((language) => language.id));
  // file-types: "ext" matches the last extension; { glob = "g" } (first) the name, as */g.
  const rules = helix.map((language) => {
    assert.equal(language['language-servers'], '["smtp-codes"]', `${language.name} uses the server`);
    const entries = /^\[(.*)\]$/.exec(language['file-types'])![1].split(/, (?=["{])/);
    const globs: RegExp[] = [];
    const extensions: string[] = [];
    for (const entry of entries) {
      const glob = /^\{ glob = "([^"*]*(?:\*[^"*]*)*)" \}$/.exec(entry);
      if (glob) globs.push(new RegExp(`^${glob[1].split('*').map((part) => part.replace(/[.]/g, '\\.')).join('[^/]*')}$`));
      else extensions.push(JSON.parse(entry));
    }
    return { id: JSON.parse(language.name) as string, globs, extensions };
  });
  const helixLanguage = (name: string) =>
    rules.find((rule) => rule.globs.some((glob) => glob.test(name)))?.id ??
    (name.includes('.') ? rules.find((rule) => rule.extensions.includes(name.slice(name.lastIndexOf('.') + 1)))?.id : undefined);
  for (const language of ownLanguages) {
    const names = [
      ...(language.extensions ?? []).map((extension) => `sample${extension}`),
      ...(language.filenames ?? []),
      ...(language.filenamePatterns ?? []).map((pattern) => pattern.replace('*', 'smtpd')),
    ];
    for (const name of names) assert.equal(helixLanguage(name), language.id, name);
  }
  for (const name of ['session.txt', 'mail.log.1', 'main.cf.proto', 'accesses', 'smtp']) assert.equal(helixLanguage(name), undefined, name);
});
