/**
 * Incremental re-analysis: which lines changed since the cached analysis, from the edits the client
 * sent (LSP incremental sync), so that an analyzer of independent lines (a mail log) re-reads only
 * those and splices them into its previous model. Pure: positions and offsets only.
 */
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Analysis } from './analysis';
import { forEachLine } from './lines';

/**
 * The lines of the new text that differ from the analysed text: new lines `from` to `to` (exclusive)
 * replace old lines `from` to `oldTo`; lines before `from` are unchanged, lines from `to` on are the
 * old lines from `oldTo` on, shifted by `to - oldTo`. `fromOffset`/`toOffset` delimit the new lines
 * in the text (`toOffset` is the start of line `to`, or the end of the text).
 */
export interface DirtyLines {
  from: number;
  to: number;
  oldTo: number;
  fromOffset: number;
  toOffset: number;
  /** Lines of the new text. */
  lineCount: number;
}

/**
 * Re-analyses the dirty lines of a new version and returns its analysis. The previous one is spent:
 * it may share objects with the new one, moved to their new lines (transcripts).
 */
export type AnalysisUpdate = (text: string, dirty: DirtyLines) => Analysis;

const updaters = new WeakMap<Analysis, AnalysisUpdate>();

/** Marks an analysis as updatable by re-reading only the changed lines. */
export function withUpdate(analysis: Analysis, update: AnalysisUpdate): Analysis {
  updaters.set(analysis, update);
  return analysis;
}

export function updateOf(analysis: Analysis): AnalysisUpdate | undefined {
  return updaters.get(analysis);
}

/**
 * The edits since one version of a document, kept as the characters at its start and at its end
 * that no edit touched (so any number of edits compose in O(1) each).
 */
export interface EditSpan {
  /** The version the edits were made on. */
  baseVersion: number;
  /** Lines of that version. */
  baseLineCount: number;
  /** Characters at the start and at the end still as they were in that version. */
  prefix: number;
  suffix: number;
  /** Length of the text after the edits (a check that no edit was missed). */
  length: number;
}

/** Notes one change before it is applied to the document (whose version and text are still the ones it was made on). */
export function noteChange(span: EditSpan | undefined, document: TextDocument, change: TextDocumentContentChangeEvent): EditSpan {
  const length = document.getText().length;
  const current = span ?? { baseVersion: document.version, baseLineCount: document.lineCount, prefix: length, suffix: length, length };
  if (!('range' in change) || !change.range) return { ...current, prefix: 0, suffix: 0, length: change.text.length };
  let start = document.offsetAt(change.range.start);
  let end = document.offsetAt(change.range.end);
  if (start > end) [start, end] = [end, start];
  return {
    ...current,
    prefix: Math.min(current.prefix, start),
    suffix: Math.min(current.suffix, length - end),
    length: length - (end - start) + change.text.length,
  };
}

/**
 * The changed lines of the edited document. A line counts as unchanged only when its break is
 * unchanged too: an edit right after a CR may join it with an LF (or split a CRLF), which changes
 * the line before. Undefined when the noted edits do not lead to this text (one was missed). A full
 * replacement leaves nothing untouched: every line is dirty.
 */
export function dirtyLines(span: EditSpan, document: TextDocument): DirtyLines | undefined {
  const text = document.getText();
  if (span.length !== text.length || span.prefix + span.suffix > text.length) return undefined;
  const lineCount = document.lineCount;
  // The line the first edit is on; the one before too where it ends in a CR that an LF edited in after it may join.
  const from = document.positionAt(text.charCodeAt(span.prefix - 1) === 13 ? span.prefix - 1 : span.prefix).line;
  // The first line that starts, after its break, in the untouched end: it and the lines after it are as they were.
  const cleanFrom = text.length - span.suffix + 1;
  let to = lineCount;
  if (cleanFrom <= text.length) {
    to = document.positionAt(cleanFrom).line;
    if (document.offsetAt({ line: to, character: 0 }) < cleanFrom) to++;
  }
  to = Math.max(to, from);
  const oldTo = to - lineCount + span.baseLineCount;
  if (oldTo < from) return undefined;
  return {
    from,
    to,
    oldTo,
    fromOffset: document.offsetAt({ line: from, character: 0 }),
    toOffset: to < lineCount ? document.offsetAt({ line: to, character: 0 }) : text.length,
    lineCount,
  };
}

/** Visits the dirty lines of the new text with their offsets in it (`end` excludes the line break). */
export function forEachDirtyLine(text: string, dirty: DirtyLines, visit: (start: number, end: number, line: number) => void): void {
  // The slice ends after the break of the last dirty line, where forEachLine would see one more (empty) line.
  forEachLine(text.slice(dirty.fromOffset, dirty.toOffset), (start, end, _breakLength, i) => {
    if (dirty.from + i >= dirty.to) return false;
    visit(dirty.fromOffset + start, dirty.fromOffset + end, dirty.from + i);
  });
}
