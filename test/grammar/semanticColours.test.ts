// Semantic tokens and the grammar colour alike. Each token type and modifier the server emits is
// resolved through package.json's semanticTokenScopes, as VS Code does, to one of the grammar's
// own scopes; vscode-textmate then colours that scope with a default theme and must give exactly
// the colour (and font style) the grammar token at the same position gets in a known dialect.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { createRequire } from 'node:module';
import * as onig from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { createRegistry, grammarJson, loadTheme, projectGrammars, repoRoot } from './grammarHarness';
import { doc, service, settings } from '../helpers';
import { semanticTokenModifiers, semanticTokenTypes, semanticTokensLegend, type SemanticToken } from '../../server/src/service/semanticTokens';

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const scopeMaps: { language?: string; scopes: Record<string, string[]> }[] = manifest.contributes.semanticTokenScopes;

/** The scope VS Code falls back to for a token: the most specific matching selector, type.modifier before type. */
function scopeOf(t: SemanticToken, language = 'smtp'): string | undefined {
  const type = semanticTokensLegend.tokenTypes[t.tokenType];
  const modifiers = semanticTokensLegend.tokenModifiers.filter((_, bit) => t.tokenModifiers & (1 << bit));
  const scopes = Object.assign({}, ...scopeMaps.filter((m) => !m.language || m.language === language).map((m) => m.scopes)) as Record<string, string[]>;
  const selector = [...modifiers.map((m) => `${type}.${m}`), type].find((s) => scopes[s]);
  return selector ? scopes[selector][0] : undefined;
}

interface Style {
  foreground: string;
  fontStyle: number;
}

function styleOf(metadata: number, colorMap: string[]): Style {
  return { foreground: colorMap[(metadata >>> 15) & 0x1ff].toUpperCase(), fontStyle: (metadata >>> 11) & 0xf };
}

/** Per line, the style of every character as the grammar colours it, with the rule stack carried across lines. */
async function grammarStyles(theme: vsctm.IRawTheme, text: string): Promise<Style[][]> {
  const registry = createRegistry(true, theme);
  const grammar = (await registry.loadGrammar('source.smtp'))!;
  const colorMap = registry.getColorMap();
  let stack = vsctm.INITIAL;
  return text.split(/\r\n|\r|\n/).map((line) => {
    const r = grammar.tokenizeLine2(line, stack);
    stack = r.ruleStack;
    const styles: Style[] = [];
    for (let i = 0; i < r.tokens.length; i += 2) {
      const end = i + 2 < r.tokens.length ? r.tokens[i + 2] : line.length;
      for (let c = r.tokens[i]; c < end; c++) styles[c] = styleOf(r.tokens[i + 1], colorMap);
    }
    return styles;
  });
}

/** The style a theme gives one scope on its own, as VS Code looks up a semantic token's scope. */
async function scopeStyle(theme: vsctm.IRawTheme, scope: string): Promise<Style> {
  const registry = new vsctm.Registry({
    onigLib: onigLib(),
    loadGrammar: async (scopeName) => (scopeName === 'probe' ? { scopeName, patterns: [{ match: '^.+$', name: scope }] } as unknown as vsctm.IRawGrammar : null),
  });
  registry.setTheme(theme);
  const grammar = (await registry.loadGrammar('probe'))!;
  return styleOf(grammar.tokenizeLine2('x', vsctm.INITIAL).tokens[1], registry.getColorMap());
}

let oniguruma: Promise<vsctm.IOnigLib> | undefined;
function onigLib(): Promise<vsctm.IOnigLib> {
  oniguruma ??= (async () => {
    const wasm = readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('vscode-oniguruma')), 'onig.wasm'));
    // loadWASM returns the first load's promise when the harness has loaded it already.
    await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return { createOnigScanner: (p: string[]) => new onig.OnigScanner(p), createOnigString: (s: string) => new onig.OnigString(s) };
  })();
  return oniguruma;
}

test('package.json declares every semantic token type and modifier of the legend', () => {
  assert.deepEqual(manifest.contributes.semanticTokenTypes.map((t: { id: string }) => t.id), [...semanticTokenTypes]);
  assert.deepEqual(manifest.contributes.semanticTokenModifiers.map((m: { id: string }) => m.id), [...semanticTokenModifiers]);
  for (const entry of [...manifest.contributes.semanticTokenTypes, ...manifest.contributes.semanticTokenModifiers]) assert.ok(entry.description, `${entry.id} is described`);
});

test('every selector of semanticTokenScopes names a legend type and maps to a scope the smtp grammar gives', () => {
  const smtpGrammar = JSON.stringify(grammarJson(projectGrammars.find((g) => g.id === 'smtp')!));
  const selectors = scopeMaps.flatMap((m) => Object.entries(m.scopes));
  assert.ok(selectors.length > 0);
  for (const [selector, scopes] of selectors) {
    const [type, ...modifiers] = selector.split('.');
    assert.ok((semanticTokenTypes as readonly string[]).includes(type), `${selector}: known type`);
    for (const m of modifiers) assert.ok((semanticTokenModifiers as readonly string[]).includes(m), `${selector}: known modifier ${m}`);
    assert.equal(scopes.length, 1, `${selector}: one scope`);
    assert.ok(smtpGrammar.includes(`"name":"${scopes[0]}"`), `${selector}: ${scopes[0]} is a scope of the smtp grammar`);
  }
});

// Known dialects, where the grammar colours every code and command the reader finds; the inline
// session adds the classes and commands the fixtures lack (4xx, 599, obsolete commands).
const knownDialects: [string, string][] = [
  ...['curl.smtp', 'swaks.smtp', 'rfc-style.smtp', 'smtplib.smtp', 'sendmail-pipelined.smtp', 'postfix-verbose.smtp', 'exim-debug.smtp'].map(
    (name): [string, string] => [name, readFileSync(path.join(repoRoot, 'test/fixtures/transcripts', name), 'utf8')],
  ),
  [
    'inline S:/C: session',
    [
      'S: 220 mx.example.com ESMTP',
      'C: EHLO client.example',
      'S: 250-mx.example.com',
      'S: 250-STARTTLS',
      'S: 250 AUTH PLAIN',
      'C: SEND FROM:<a@example.org>',
      'S: 502 5.5.1 no',
      'C: TURN',
      'S: 451 4.3.0 try later',
      'C: RCPT TO:<b@example.com>',
      'S: 503 5.5.1 need MAIL',
      'C: DATA',
      'S: 354 go ahead',
      'C: .',
      'S: 250 2.0.0 Ok',
    ].join('\n'),
  ],
];

/**
 * Codes only the semantic tokens colour, each with its reason (the grammar/analyzer agreement test
 * lists the same): there the semantic colour must be the class colour, and the grammar's is plain.
 */
const semanticOnly = new Map<string, string>([
  ['sendmail-pipelined.smtp 3:14', "a reply quoted in the bounce's prose ('(reason: 550 5.1.1 …)')"],
  ['sendmail-pipelined.smtp 3:18', "the enhanced code of that quoted reply"],
]);

for (const themeFile of ['dark_plus.json', 'light_plus.json', 'dark_modern.json', 'light_modern.json', 'hc_black.json']) {
  test(`theme ${themeFile}: every semantic token has the colour of the grammar token beneath it`, async () => {
    const theme = loadTheme(themeFile);
    const byScope = new Map<string, Style>();
    const seen = new Set<string>();
    const plain = (await scopeStyle(theme, 'text.plain.probe')).foreground;
    for (const [name, text] of knownDialects) {
      const document = doc(text);
      const grammar = await grammarStyles(theme, text);
      const tokens = service.getSemanticTokens(document, settings());
      assert.ok(tokens.length > 0, `${name} has tokens`);
      for (const t of tokens) {
        const scope = scopeOf(t);
        const where = `${name} ${t.line + 1}:${t.character + 1} ${JSON.stringify(text.split(/\r\n|\r|\n/)[t.line].slice(t.character, t.character + t.length))}`;
        assert.ok(scope, `${where} maps to a scope`);
        seen.add(scope);
        if (!byScope.has(scope)) byScope.set(scope, await scopeStyle(theme, scope));
        const semantic = byScope.get(scope)!;
        assert.notEqual(semantic.foreground, plain, `${where} (${scope}) does not look like plain text in ${themeFile}`);
        if (semanticOnly.has(`${name} ${t.line + 1}:${t.character + 1}`)) {
          assert.equal(grammar[t.line][t.character].foreground, plain, `${where} is coloured by the semantic token alone`);
          continue;
        }
        for (let c = t.character; c < t.character + t.length; c++) {
          assert.deepEqual(semantic, grammar[t.line][c], `${where} (${scope}) looks as the grammar colours it in ${themeFile}`);
        }
      }
    }
    // Every class of reply and enhanced code, commands (obsolete too) and keywords were compared.
    assert.deepEqual([...seen].sort(), Object.values(Object.assign({}, ...scopeMaps.map((m) => m.scopes))).flat().sort());
  });
}
