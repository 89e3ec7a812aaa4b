/**
 * The result of analysing one document version in one language: everything hovers, diagnostics,
 * code actions, inlay hints, symbols and folding need, so each request is a look-up.
 */
import type { DocumentSymbol, FoldingRange, Range, TextEdit } from 'vscode-languageserver-types';
import type { RuleId } from './diagnosticRules';
import type { ViewSection } from './explain';
import type { Reference } from '../knowledge/types';

/** Something hoverable: a code, command or keyword to explain, and/or context sections. */
export interface Span {
  range: Range;
  /** A key resolveExplainable understands ("550", "5.1.1", "MAIL", "SIZE"), if any. */
  key?: string;
  /** Reply text to look for provider marks in (gsmtp, protection.outlook.com…). */
  providerText?: string;
  /** Host names seen with this code (relay=, Remote-MTA) that may identify a provider. */
  providerHost?: string;
  /** Title used when there is no key (fields, parameters of configs). */
  title?: string;
  sections?: ViewSection[];
  /** Sources of a title-only hover (a DSN field, a Postfix parameter), rendered as links. */
  references?: Reference[];
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix to apply by default (VS Code's isPreferred). */
  preferred?: boolean;
}

export interface Finding {
  rule: RuleId;
  range: Range;
  message: string;
  fixes?: Fix[];
}

export interface InlayHintInfo {
  line: number;
  character: number;
  label: string;
  tooltip?: string;
}

export interface CodeLensInfo {
  range: Range;
  title: string;
  command?: { command: string; arguments?: unknown[] };
}

export interface Analysis {
  spans: Span[];
  findings: Finding[];
  inlayHints: InlayHintInfo[];
  symbols: DocumentSymbol[];
  folds: FoldingRange[];
  codeLenses: CodeLensInfo[];
  /** Machine-readable summaries (bounce summary, log summary) for commands and the CLI. */
  summary?: unknown;
}

export function emptyAnalysis(): Analysis {
  return { spans: [], findings: [], inlayHints: [], symbols: [], folds: [], codeLenses: [] };
}

export function range(line: number, start: number, end: number, endLine = line): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

/** Spans indexed by line for O(1) hover look-ups. */
export class SpanIndex {
  private readonly byLine = new Map<number, Span[]>();
  /** Every key explained somewhere in the document, so a hover can name related codes at no cost. */
  private readonly keys = new Set<string>();

  constructor(spans: Span[]) {
    for (const span of spans) {
      if (span.key) this.keys.add(span.key);
      for (let line = span.range.start.line; line <= span.range.end.line; line++) {
        const list = this.byLine.get(line);
        if (list) list.push(span);
        else this.byLine.set(line, [span]);
      }
    }
  }

  hasKey(key: string): boolean {
    return this.keys.has(key);
  }

  /** The innermost span containing the position (end-inclusive, as editors place the cursor). */
  at(line: number, character: number): Span | undefined {
    let best: Span | undefined;
    for (const span of this.byLine.get(line) ?? []) {
      const { start, end } = span.range;
      const afterStart = line > start.line || character >= start.character;
      const beforeEnd = line < end.line || character <= end.character;
      if (afterStart && beforeEnd && (!best || spanLength(span) < spanLength(best))) best = span;
    }
    return best;
  }
}

function spanLength(span: Span): number {
  return (span.range.end.line - span.range.start.line) * 100000 + span.range.end.character - span.range.start.character;
}
