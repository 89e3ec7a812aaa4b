// Compares, line by line, where the analyzer finds reply and enhanced codes with where the
// grammar scopes them `reply-code.<class>` / `enhanced-code.<class>`. Shared by the agreement
// test and by ad-hoc runs over real material.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/service/languageService';
import { defaultSettings } from '../../server/src/service/settings';
import { loadGrammar, tokenize } from './grammarHarness';

/** The grammar that highlights each language id (`log` is VS Code's log grammar with our injection). */
export const grammarScopeFor: Record<string, string> = {
  smtp: 'source.smtp',
  eml: 'text.eml',
  'mail-log': 'text.mail-log',
  'postfix-main': 'source.postfix-main',
  'postfix-master': 'source.postfix-master',
  'postfix-lookup': 'source.postfix-lookup',
  log: 'text.log',
};

export interface CodeAt {
  line: number;
  start: number;
  end: number;
  kind: 'reply' | 'enhanced';
  /** The class digit: 2, 3, 4 or 5. */
  cls: string;
  text: string;
}

export interface Agreement {
  analyzer: CodeAt[];
  grammar: CodeAt[];
  /** Found by the analyzer, not scoped by the grammar. */
  analyzerOnly: CodeAt[];
  /** Scoped by the grammar, not found by the analyzer. */
  grammarOnly: CodeAt[];
}

const service = getLanguageService();
const classDigit: Record<string, string> = { success: '2', intermediate: '3', transient: '4', permanent: '5' };
const codeScope = /\b(reply-code|enhanced-code)\.(success|intermediate|transient|permanent)\b/;
const replyKey = /^[2-5]\d\d$/;
const enhancedKey = /^[245]\.\d{1,3}\.\d{1,3}$/;

let counter = 0;

/** The codes the analyzer makes hoverable, where the text under the span is the code itself. */
export function analyzerCodes(text: string, languageId: string): CodeAt[] {
  const document = TextDocument.create(`file:///agreement/${++counter}`, languageId, 1, text);
  const lines = text.split(/\r?\n/);
  const out: CodeAt[] = [];
  for (const span of service.analyze(document, defaultSettings).spans) {
    const key = span.key;
    if (!key || span.range.start.line !== span.range.end.line) continue;
    const kind = replyKey.test(key) ? 'reply' : enhancedKey.test(key) ? 'enhanced' : undefined;
    if (!kind) continue;
    const { line, character: start } = span.range.start;
    const end = span.range.end.character;
    // Codes found in decoded base64 point at their part, not at the code: nothing to compare.
    if (lines[line]?.slice(start, end) !== key) continue;
    out.push({ line, start, end, kind, cls: key[0], text: key });
  }
  return dedupe(out);
}

/** The tokens the grammar scopes as a reply or enhanced code of a class. */
export async function grammarCodes(text: string, languageId: string): Promise<CodeAt[]> {
  const grammar = await loadGrammar(grammarScopeFor[languageId]);
  const out: CodeAt[] = [];
  for (const tokens of tokenize(grammar, text)) {
    for (const token of tokens) {
      const m = token.scopes.map((s) => codeScope.exec(s)).find(Boolean);
      if (!m || !token.text) continue;
      const previous = out[out.length - 1];
      const kind = m[1] === 'reply-code' ? 'reply' : 'enhanced';
      // One code split over adjacent tokens of the same scope is one code.
      if (previous && previous.line === token.line && previous.end === token.start && previous.kind === kind && previous.cls === classDigit[m[2]]) {
        previous.end = token.end;
        previous.text += token.text;
        continue;
      }
      out.push({ line: token.line, start: token.start, end: token.end, kind, cls: classDigit[m[2]], text: token.text });
    }
  }
  return out;
}

function dedupe(codes: CodeAt[]): CodeAt[] {
  const seen = new Set<string>();
  return codes
    .filter((c) => {
      const k = keyOf(c);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.start - b.start);
}

function keyOf(c: CodeAt): string {
  return `${c.line}:${c.start}:${c.end}:${c.kind}:${c.cls}`;
}

export async function compareCodes(text: string, languageId: string): Promise<Agreement> {
  const analyzer = analyzerCodes(text, languageId);
  const grammar = await grammarCodes(text, languageId);
  const inGrammar = new Set(grammar.map(keyOf));
  const inAnalyzer = new Set(analyzer.map(keyOf));
  return {
    analyzer,
    grammar,
    analyzerOnly: analyzer.filter((c) => !inGrammar.has(keyOf(c))),
    grammarOnly: grammar.filter((c) => !inAnalyzer.has(keyOf(c))),
  };
}

/** One disagreement as a readable line: where, what, and the line with the code marked. */
export function describe(c: CodeAt, text: string, side: string): string {
  const line = text.split(/\r?\n/)[c.line] ?? '';
  const context = `${line.slice(Math.max(0, c.start - 40), c.start)}[${line.slice(c.start, c.end)}]${line.slice(c.end, c.end + 40)}`;
  return `${side} ${c.line + 1}:${c.start + 1} ${c.kind} ${c.text}: ${context}`;
}
