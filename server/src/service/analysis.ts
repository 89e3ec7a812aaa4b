/**
 * The result of analysing one document version in one language: everything hovers, diagnostics,
 * code actions, inlay hints, symbols and folding need, so each request is a look-up.
 */
import type { DocumentSymbol, FoldingRange, Range, TextEdit } from 'vscode-languageserver-types';
import type { RuleId } from './diagnosticRules';
import type { ViewSection } from './explain';
import type { Reference } from '../knowledge/types';
import { firstAtLine } from './lines';

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
  /** The code the hint explains: the inlayHints setting shows failures (4xx, 5xx, 4.x.x, 5.x.x) by default. */
  code?: string;
}

/** A reply code or enhanced code of a failure class. */
export const isFailureCode = (code: string | undefined): boolean => code !== undefined && (code[0] === '4' || code[0] === '5');

export interface CodeLensInfo {
  range: Range;
  title: string;
  command?: { command: string; arguments?: unknown[] };
}

export interface Analysis {
  spans: Span[];
  /** The same spans stored compactly, where the analyzer keeps them so (`spans` then materialises them). */
  spanTable?: SpanTable;
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

/** What a span says besides its place and key: shared by every span that says the same. */
export type SpanDetail = Omit<Span, 'range' | 'key'>;

/** A detail that names another line: made each time it is asked for, as an edit above may have moved that line since (incremental transcripts). */
export interface LiveDetail {
  live: () => SpanDetail;
}

/** A copy of `a` with twice its room: how the compact models grow. */
export function doubled(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Single-line spans stored compactly: line, start, end, key and detail as numbers in typed arrays,
 * keys and details in small tables shared by every span that uses them, so a 50 MB log's hovers
 * cost a few integers per span instead of four objects. Spans are materialised one at a time
 * (the hover's), or all at once only for callers that ask for `Analysis.spans`.
 */
export class SpanTable {
  private lines = new Int32Array(256);
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  private keyIds = new Int32Array(256);
  private detailIds = new Int32Array(256);
  private readonly keyNames: string[] = [];
  private readonly keyIndex = new Map<string, number>();
  /** A detail, or how to make it when a span is materialised (most are never hovered). */
  private details: (SpanDetail | (() => SpanDetail) | LiveDetail)[] = [];
  length = 0;
  /** The inlay hint each key gets at the end of its spans (mail logs), if any. */
  hintLabel?: (key: string) => string | undefined;

  /** Registers a detail to share between spans, or a function that makes it on first use; returns its id for `add`. */
  addDetail(detail: SpanDetail | (() => SpanDetail) | LiveDetail): number {
    this.details.push(detail);
    return this.details.length - 1;
  }

  add(line: number, start: number, end: number, key: string | undefined, detailId = -1): void {
    if (this.length === this.lines.length) this.grow();
    const i = this.length++;
    this.lines[i] = line;
    this.starts[i] = start;
    this.ends[i] = end;
    this.detailIds[i] = detailId;
    this.keyIds[i] = key === undefined ? -1 : this.keyId(key);
  }

  private keyId(key: string): number {
    let id = this.keyIndex.get(key);
    if (id === undefined) {
      id = this.keyNames.push(key) - 1;
      this.keyIndex.set(key, id);
    }
    return id;
  }

  private grow(): void {
    this.lines = doubled(this.lines);
    this.starts = doubled(this.starts);
    this.ends = doubled(this.ends);
    this.keyIds = doubled(this.keyIds);
    this.detailIds = doubled(this.detailIds);
  }

  line(i: number): number {
    return this.lines[i];
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  key(i: number): string | undefined {
    const id = this.keyIds[i];
    return id < 0 ? undefined : this.keyNames[id];
  }

  keys(): readonly string[] {
    return this.keyNames;
  }

  /** The span as an object, with only the fields it has. */
  span(i: number): Span {
    const span: Span = { range: range(this.lines[i], this.starts[i], this.ends[i]) };
    const key = this.key(i);
    if (key !== undefined) span.key = key;
    const id = this.detailIds[i];
    let detail = id < 0 ? undefined : this.details[id];
    if (typeof detail === 'function') detail = this.details[id] = detail();
    else if (detail && 'live' in detail) detail = detail.live();
    if (detail) for (const [name, value] of Object.entries(detail)) if (value !== undefined) (span as unknown as Record<string, unknown>)[name] = value;
    return span;
  }

  toSpans(): Span[] {
    return Array.from({ length: this.length }, (_, i) => this.span(i));
  }

  /** An empty table that shares this one's details and hint labels: the start of an edited version (incremental logs). */
  emptySharingDetails(): SpanTable {
    const table = new SpanTable();
    table.details = this.details;
    table.hintLabel = this.hintLabel;
    return table;
  }

  /** Appends rows `from` to `to` of a table that shares this one's details, their lines shifted by `lineShift`. */
  copyRows(source: SpanTable, from: number, to: number, lineShift: number): void {
    const keyMap = new Int32Array(source.keyNames.length).fill(-2);
    for (let i = from; i < to; i++) {
      let key = -1;
      const sourceKey = source.keyIds[i];
      if (sourceKey >= 0) {
        if (keyMap[sourceKey] === -2) keyMap[sourceKey] = this.keyId(source.keyNames[sourceKey]);
        key = keyMap[sourceKey];
      }
      if (this.length === this.lines.length) this.grow();
      const j = this.length++;
      this.lines[j] = source.lines[i] + lineShift;
      this.starts[j] = source.starts[i];
      this.ends[j] = source.ends[i];
      this.keyIds[j] = key;
      this.detailIds[j] = source.detailIds[i];
    }
  }
}

/** Spans indexed by line: a binary search over spans ordered by line, for hovers in O(log n). */
export class SpanIndex {
  private readonly table: SpanTable;
  /** Span numbers ordered by line, in the order they were added within a line. */
  private readonly order: Int32Array;
  /** Every key explained somewhere in the document, so a hover can name related codes at no cost. */
  private readonly keys: Set<string>;
  /** Object spans (multi-line ones too), per line, for analyzers that build Span objects. */
  private readonly byLine?: Map<number, Span[]>;

  constructor(spans: Span[] | SpanTable) {
    if (spans instanceof SpanTable) {
      this.table = spans;
      this.keys = new Set(spans.keys());
      this.order = lineOrder(spans);
      return;
    }
    this.table = new SpanTable();
    this.order = new Int32Array(0);
    this.keys = new Set();
    this.byLine = new Map();
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
    if (this.byLine) return innermost(this.byLine.get(line) ?? [], line, character);
    const { table, order } = this;
    let best = -1;
    for (let k = this.firstOnLine(line); k < order.length && table.line(order[k]) === line; k++) {
      const i = order[k];
      if (character < table.start(i) || character > table.end(i)) continue;
      if (best < 0 || table.end(i) - table.start(i) < table.end(best) - table.start(best)) best = i;
    }
    return best < 0 ? undefined : table.span(best);
  }

  /** The span numbers on lines `from` to `to`, in line order. */
  *between(from: number, to: number): Generator<number> {
    const { table, order } = this;
    for (let k = this.firstOnLine(from); k < order.length && table.line(order[k]) <= to; k++) yield order[k];
  }

  private firstOnLine(line: number): number {
    return firstAtLine(this.order.length, (k) => this.table.line(this.order[k]), line);
  }
}

/** A stable counting sort of the table's spans by line (already ordered for a log: one pass). */
function lineOrder(table: SpanTable): Int32Array {
  const order = new Int32Array(table.length);
  let sorted = true;
  let maxLine = 0;
  for (let i = 0; i < table.length; i++) {
    order[i] = i;
    if (i && table.line(i) < table.line(i - 1)) sorted = false;
    maxLine = Math.max(maxLine, table.line(i));
  }
  if (sorted) return order;
  const firsts = new Int32Array(maxLine + 2);
  for (let i = 0; i < table.length; i++) firsts[table.line(i) + 1]++;
  for (let line = 1; line < firsts.length; line++) firsts[line] += firsts[line - 1];
  for (let i = 0; i < table.length; i++) order[firsts[table.line(i)]++] = i;
  return order;
}

function innermost(spans: Span[], line: number, character: number): Span | undefined {
  let best: Span | undefined;
  for (const span of spans) {
    const { start, end } = span.range;
    const afterStart = line > start.line || character >= start.character;
    const beforeEnd = line < end.line || character <= end.character;
    if (afterStart && beforeEnd && (!best || spanLength(span) < spanLength(best))) best = span;
  }
  return best;
}

function spanLength(span: Span): number {
  return (span.range.end.line - span.range.start.line) * 100000 + span.range.end.character - span.range.start.character;
}
