// Loads the project's grammars (and VS Code's built-in log grammar) into
// vscode-textmate with the Oniguruma WASM engine, and tokenizes text.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const require = createRequire(import.meta.url);
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const vendorDir = path.join(repoRoot, 'test', 'grammar', 'vendor');

export interface GrammarInfo {
  /** Short name used in tests and reports. */
  id: string;
  scopeName: string;
  file: string;
}

/** The grammars this project ships, in the order of the manifest. */
export const projectGrammars: GrammarInfo[] = [
  { id: 'smtp', scopeName: 'source.smtp', file: 'syntaxes/smtp.tmLanguage.json' },
  { id: 'eml', scopeName: 'text.eml', file: 'syntaxes/eml.tmLanguage.json' },
  { id: 'mail-log', scopeName: 'text.mail-log', file: 'syntaxes/mail-log.tmLanguage.json' },
  { id: 'postfix-main', scopeName: 'source.postfix-main', file: 'syntaxes/postfix-main.tmLanguage.json' },
  { id: 'postfix-master', scopeName: 'source.postfix-master', file: 'syntaxes/postfix-master.tmLanguage.json' },
  { id: 'postfix-lookup', scopeName: 'source.postfix-lookup', file: 'syntaxes/postfix-lookup.tmLanguage.json' },
  { id: 'log-injection', scopeName: 'smtp-codes.log-injection', file: 'syntaxes/log-injection.tmLanguage.json' },
];
export const logGrammar: GrammarInfo = { id: 'log', scopeName: 'text.log', file: 'test/grammar/vendor/log.tmLanguage.json' };

export function grammarJson(info: GrammarInfo): any {
  return JSON.parse(readFileSync(path.join(repoRoot, info.file), 'utf8'));
}

let onigReady: Promise<vsctm.IOnigLib> | undefined;
function onigLib(): Promise<vsctm.IOnigLib> {
  onigReady ??= (async () => {
    const wasm = readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    };
  })();
  return onigReady;
}

/**
 * A registry with every grammar. `withInjection` decides whether the log
 * injection is applied to `text.log` (off to measure the plain log grammar).
 */
export function createRegistry(withInjection = true, theme?: vsctm.IRawTheme): vsctm.Registry {
  const all = [...projectGrammars, logGrammar];
  const registry = new vsctm.Registry({
    onigLib: onigLib(),
    loadGrammar: async (scopeName) => {
      const info = all.find((g) => g.scopeName === scopeName);
      if (!info) return null;
      return vsctm.parseRawGrammar(readFileSync(path.join(repoRoot, info.file), 'utf8'), path.join(repoRoot, info.file));
    },
    getInjections: (scopeName) => (withInjection && scopeName === 'text.log' ? ['smtp-codes.log-injection'] : []),
  });
  if (theme) registry.setTheme(theme);
  return registry;
}

const defaultRegistry = createRegistry();
const grammarCache = new Map<string, Promise<vsctm.IGrammar>>();

export function loadGrammar(scopeName: string, registry: vsctm.Registry = defaultRegistry): Promise<vsctm.IGrammar> {
  if (registry !== defaultRegistry) return registry.loadGrammar(scopeName).then((g) => g!);
  let g = grammarCache.get(scopeName);
  if (!g) {
    g = registry.loadGrammar(scopeName).then((x) => {
      if (!x) throw new Error(`grammar not found: ${scopeName}`);
      return x;
    });
    grammarCache.set(scopeName, g);
  }
  return g;
}

export interface Token {
  line: number;
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

/** Tokenizes a whole document, line by line, carrying the rule stack. */
export function tokenize(grammar: vsctm.IGrammar, text: string): Token[][] {
  const lines = text.split(/\r?\n/);
  let stack = vsctm.INITIAL;
  const out: Token[][] = [];
  lines.forEach((line, i) => {
    const r = grammar.tokenizeLine(line, stack);
    out.push(
      r.tokens.map((t) => ({ line: i, start: t.startIndex, end: Math.min(t.endIndex, line.length), text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })),
    );
    stack = r.ruleStack;
  });
  return out;
}

/** The scopes of the token covering `column` on `line`. */
export function scopesAt(tokens: Token[][], line: number, column: number): string[] {
  const t = tokens[line].find((x) => x.start <= column && column < x.end);
  return t ? t.scopes : [];
}

/** Scopes of the first token whose text is `needle` (optionally the n-th occurrence) on a line. */
export function tokenOf(tokens: Token[][], line: number, needle: string): Token | undefined {
  return tokens[line].find((t) => t.text === needle);
}

/** Included by light_vs.json, but only holds workbench colours, no token colours: not copied to vendor/. */
const notVendored = new Set(['light_defaults.json']);

/** Reads a theme and the themes it includes into one vscode-textmate raw theme. */
export function loadTheme(file: string): vsctm.IRawTheme {
  const rules: vsctm.IRawTheme['settings'] = [];
  let foreground: string | undefined;
  let background: string | undefined;
  const visit = (name: string) => {
    const full = path.join(vendorDir, name);
    if (notVendored.has(name)) {
      assert.ok(!existsSync(full), `${name} is vendored now: remove it from notVendored`);
      return;
    }
    // Any other missing or unreadable theme file fails the test: colours compared against nothing prove nothing.
    const json = JSON.parse(readFileSync(full, 'utf8'));
    if (json.include) visit(path.basename(json.include));
    for (const rule of [...(json.settings ?? []), ...(json.tokenColors ?? [])]) {
      if (!rule.scope) {
        foreground = rule.settings.foreground ?? foreground;
        background = rule.settings.background ?? background;
      } else rules.push(rule);
    }
    foreground = json.colors?.['editor.foreground'] ?? foreground;
    background = json.colors?.['editor.background'] ?? background;
  };
  visit(file);
  return { settings: [{ settings: { foreground, background } }, ...rules] };
}
