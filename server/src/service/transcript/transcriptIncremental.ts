/**
 * An edited transcript re-read only around the edit. A transcript is a sequence of sessions: after
 * an edit that leaves every document-wide reading as it was, the sessions around it are built again
 * from the builder's state where an unprompted greeting opened the first of them, until a later
 * greeting leaves the builder as the previous version did there; the rest of the previous version
 * (its sessions, events, spans, findings, hints, folds and symbols) is reused. Anything else is
 * analysed in full. The result equals a full analysis (test/service/transcriptIncremental.test.ts).
 */
import { SymbolKind, type FoldingRange } from 'vscode-languageserver-types';
import type { Lang } from '../../knowledge/types';
import { SpanTable, type Finding, type InlayHintInfo } from '../analysis';
import type { DirtyLines } from '../incremental';
import { splitLines, type SourceLine } from '../lines';
import type { messagesFor } from '../messages';
import { sessionSymbols, type Outline } from './outline';
import { hexDumpRow, markdownLine, packetHead, type TranscriptReading, type TranscriptUnit } from './reader';
import { splitJoinedReplies } from './readerBareLines';
import { isCommandText, replyAt } from './readerMarks';
import { buildResults, type TranscriptResults } from './results';
import { runTranscriptRules } from './rules';
import { lineEndingStateBefore } from './rules/data';
import { resumeSessionModel, sameCheckpoint, showsReply, type SessionCheckpoint } from './sessionBuilder';
import type { ModelEvent, TranscriptModel } from './sessionModel';
import { strayRepliesAfterEhlo } from './strayReply';
import { classifyLine, parseReplyLine, type ClassifiedLine } from './transcriptLines';

/** One analysed version of a transcript: its model and every result, kept per session. */
export interface TranscriptVersion {
  lang: Lang;
  m: ReturnType<typeof messagesFor>;
  model: TranscriptModel;
  /** Hovers, hints and folds, made when first asked for (diagnostics need none of them), then kept for the next version. */
  results?: TranscriptResults;
  findings: Finding[];
  /** The outline, made when first asked for (an editor may never show it), then kept for the next version. */
  outline?: Outline;
  /** The protocol units of each side carry one mark, so no line can be read as another's repeat (found on the first edit). */
  oneMarkPerSide?: boolean;
}

/** The reader reads the first lines for a producer's signature. */
const signatureLines = 200;

/** The next version after an edit, or undefined where only a full analysis can tell. */
export function updateTranscript(previous: TranscriptVersion, text: string, dirty: DirtyLines): TranscriptVersion | undefined {
  const { model: old } = previous;
  const record = old.build!;
  if (dirty.to !== dirty.oldTo || dirty.from < signatureLines || record.hadStrays || !record.facts.repliesShown || old.reading.undecided || !(previous.oneMarkPerSide ??= oneMarkPerSide(old.units))) return undefined;
  const lines = editedLines(old.lines, text, dirty);
  const units = lines && editedUnits(old, lines, dirty);
  if (!units) return undefined;
  const reading: TranscriptReading = { ...old.reading, units };

  // The window starts at the last session before the edit that a greeting opened with nothing left open.
  const firstDirtyUnit = firstUnitOnLine(units, dirty.from);
  let k = old.sessions.length - 1;
  for (; k > 0; k--) {
    const checkpoint = record.checkpoints[k];
    if (checkpoint && checkpoint.nextUnit <= firstDirtyUnit && startsItsLine(units, checkpoint)) break;
  }
  const from = k > 0 ? record.checkpoints[k] : undefined;
  let j = old.sessions.length;
  const stopAt = (checkpoint: SessionCheckpoint) => {
    const line = checkpoint.greeting.lines[0].line;
    if (line < dirty.to || !startsItsLine(units, checkpoint)) return false;
    for (let s = firstSessionAt(old, line); s < old.sessions.length && old.sessions[s].startLine === line; s++) {
      const before = record.checkpoints[s];
      if (before && sameCheckpoint(before, checkpoint)) {
        j = s;
        return true;
      }
    }
    return false;
  };
  const { model: window } = resumeSessionModel(lines, reading, record.facts, from, stopAt);
  if (strayRepliesAfterEhlo(window).size) return undefined;

  const eventsBefore = record.sessionEvents[k] ?? old.events.length;
  const eventsAfter = j < old.sessions.length ? record.sessionEvents[j] : old.events.length;
  window.surroundings = {
    ...lineEndingStateBefore(old, eventsBefore),
    anyReply: window.events.some(isReply) || someEvent(old.events, 0, eventsBefore, isReply) || someEvent(old.events, eventsAfter, old.events.length, isReply),
    followed: someEvent(old.events, eventsAfter, old.events.length, (e) => e.kind === 'close-evidence' || e.kind === 'command' || e.kind === 'reply'),
  };
  const fromLine = k > 0 ? old.sessions[k].startLine : 0;
  const toLine = j < old.sessions.length ? old.sessions[j].startLine : Infinity;
  const findings = runTranscriptRules(window, previous.lang, previous.m);
  if (findings.some((f) => f.range.start.line < fromLine || f.range.start.line >= toLine)) return undefined;

  const model: TranscriptModel = {
    lines,
    reading,
    units,
    sessions: splice(old.sessions, k, j, window.sessions),
    events: old.events.slice(0, eventsBefore).concat(window.events, old.events.slice(eventsAfter)),
    hasCrlf: old.hasCrlf,
    implicitTls: old.implicitTls,
    build: {
      sessionEvents: spliceStarts(record.sessionEvents, k, j, window.build!.sessionEvents, window.events.length, old.events.length),
      checkpoints: splice(record.checkpoints, k, j, window.build!.checkpoints),
      facts: record.facts,
      hadStrays: false,
    },
  };
  return {
    ...previous,
    model,
    results: previous.results && splicedResults(previous.results, window, previous, k, j),
    findings: [...previous.findings.slice(0, firstFindingAt(previous.findings, fromLine)), ...findings, ...previous.findings.slice(firstFindingAt(previous.findings, toLine))],
    outline: previous.outline && splicedOutline(previous.outline, window, previous.m, k, j),
  };
}

/** The previous version's results with the window's in place of those of sessions `k` to `j`. */
function splicedResults(before: TranscriptResults, window: TranscriptModel, previous: TranscriptVersion, k: number, j: number): TranscriptResults {
  const results = buildResults(window, previous.lang, previous.m, before.eventSpans.emptySharingDetails());
  const starts = before.sessionStarts;
  return {
    eventSpans: spliceTable(before.eventSpans, starts.eventSpans, k, j, results.eventSpans),
    commandSpans: spliceTable(before.commandSpans, starts.commandSpans, k, j, results.commandSpans),
    inlayHints: spliceItems(before.inlayHints, starts.inlayHints, k, j, results.inlayHints),
    folds: spliceItems<FoldingRange>(before.folds, starts.folds, k, j, results.folds),
    sessionStarts: {
      eventSpans: spliceStarts(starts.eventSpans, k, j, results.sessionStarts.eventSpans, results.eventSpans.length, before.eventSpans.length),
      commandSpans: spliceStarts(starts.commandSpans, k, j, results.sessionStarts.commandSpans, results.commandSpans.length, before.commandSpans.length),
      inlayHints: spliceStarts(starts.inlayHints, k, j, results.sessionStarts.inlayHints, results.inlayHints.length, before.inlayHints.length),
      folds: spliceStarts(starts.folds, k, j, results.sessionStarts.folds, results.folds.length, before.folds.length),
    },
  };
}

/**
 * The previous outline with the window's sessions in place of sessions `k` to `j`, where the
 * sessions after keep their numbers and names; else undefined (made again when asked for).
 */
function splicedOutline(previous: Outline, window: TranscriptModel, m: TranscriptVersion['m'], k: number, j: number): Outline | undefined {
  // A document without a session is named by one symbol for the whole of it; the sessions after are numbered from their place.
  if (previous.symbols[0]?.kind === SymbolKind.File || window.sessions.length !== j - k) return undefined;
  const symbolsBefore = previous.starts[k] ?? previous.symbols.length;
  const symbolsAfter = j < previous.starts.length ? previous.starts[j] : previous.symbols.length;
  const outline = sessionSymbols(window, m, previous.producer, k, symbolsBefore > 0);
  // The first symbol of the document names the producer: the symbols after keep their names only if it stays where it was.
  if (!symbolsBefore && outline.symbols.length > 0 !== symbolsAfter > 0) return undefined;
  if (symbolsBefore + outline.symbols.length + previous.symbols.length - symbolsAfter === 0) return undefined;
  return {
    symbols: [...previous.symbols.slice(0, symbolsBefore), ...outline.symbols, ...previous.symbols.slice(symbolsAfter)],
    starts: spliceStarts(previous.starts, k, j, outline.starts, outline.symbols.length, previous.symbols.length),
    producer: previous.producer,
  };
}

const isReply = (e: ModelEvent) => e.kind === 'reply';

function someEvent(events: ModelEvent[], from: number, to: number, test: (e: ModelEvent) => boolean): boolean {
  for (let i = from; i < to; i++) if (test(events[i])) return true;
  return false;
}

/** Each side's protocol units carry one mark, and no unit was set aside as another's repeat (readerBareLines.ts, demoteEchoes). */
function oneMarkPerSide(units: TranscriptUnit[]): boolean {
  const marks = new Map<string | undefined, string | undefined>();
  for (const u of units) {
    if (u.echo) return false;
    if (u.kind !== 'protocol') continue;
    const mark = u.mark ?? u.dialect;
    if (!marks.has(u.direction)) marks.set(u.direction, mark);
    else if (marks.get(u.direction) !== mark) return false;
  }
  return true;
}

/** The lines of the new text: the previous ones, the dirty ones read again (same count, same breaks), else undefined. */
function editedLines(previous: SourceLine[], text: string, dirty: DirtyLines): SourceLine[] | undefined {
  const edited = splitLines(text.slice(dirty.fromOffset, dirty.toOffset));
  const lines = previous.slice();
  for (let line = dirty.from; line < dirty.to; line++) {
    const now = edited[line - dirty.from];
    if (!now || now.ending !== previous[line].ending) return undefined;
    lines[line] = now;
  }
  return lines;
}

/**
 * The units of the new text, where each edited line was and stays a line of a known marker that the
 * reader took as it stands, with everything the reader reads across the document unchanged: the
 * marker's side, what the line is (a reply, its code, a command, its verb), what it says to the
 * lines around it ("250-", "354", "220"), and none of the shapes the reader treats apart.
 */
function editedUnits(old: TranscriptModel, lines: SourceLine[], dirty: DirtyLines): TranscriptUnit[] | undefined {
  const units = old.units.slice();
  let u = firstUnitOnLine(old.units, dirty.from);
  for (let line = dirty.from; line < dirty.to; line++) {
    const before = old.lines[line].text;
    const now = lines[line].text;
    const unit = old.units[u]?.line === line ? old.units[u] : undefined;
    if (!unit) {
      if (before.trim() || now.trim()) return undefined;
      continue;
    }
    if (old.units[u + 1]?.line === line) return undefined;
    const classified = classifyLine(now);
    const next: TranscriptUnit = { ...classified, line };
    const shape = lineShape(unit, before);
    if (shape === undefined || !readAsItStands(unit, classifyLine(before)) || shape !== lineShape(next, now)) return undefined;
    units[u++] = next;
  }
  return units;
}

/** The reader kept the classified line as it was: nothing it reads across the document changed it. */
function readAsItStands(unit: TranscriptUnit, classified: ClassifiedLine): boolean {
  const keys = Object.keys(unit);
  if (keys.length !== Object.keys(classified).length + 1) return false;
  return keys.every((key) => key === 'line' || (classified as unknown as Record<string, unknown>)[key] === (unit as unknown as Record<string, unknown>)[key]);
}

/** What a known marker's line says to the reader's document-wide passes; undefined where it says more than its own line. */
function lineShape(unit: TranscriptUnit, lineText: string): string | undefined {
  if (unit.kind !== 'protocol' || unit.direction === 'either') return undefined;
  if (markdownLine.test(lineText) || hexDumpRow.test(unit.text) || packetHead.test(lineText.slice(0, unit.start))) return undefined;
  // Before a quoted line (smtplib's "send: '…'") the reader looks for replies a tool quotes: the text there must stay as it was.
  const opener = lineText[unit.start - 1];
  const quotedAfter = opener === '"' || opener === "'" ? lineText.slice(0, unit.start) : '';
  if (splitJoinedReplies([unit]).length !== 1) return undefined;
  const text = unit.text;
  const reply = replyAt.test(text);
  const command = !reply && isCommandText(text);
  return JSON.stringify([
    unit.dialect,
    unit.direction,
    unit.escaped,
    unit.unexpected,
    unit.tls,
    reply ? text.slice(0, 3) : command ? `command ${text.split(/[\s:]/)[0].toUpperCase()}` : text.trim() ? 'text' : 'empty',
    /^\d{3}-/.test(text),
    // What the builder's look-aheads from earlier lines stop at.
    parseReplyLine(text) !== undefined,
    /^(?:354|220)\b/.test(text) && text.slice(0, 3),
    showsReply(unit),
    quotedAfter,
  ]);
}

function firstUnitOnLine(units: TranscriptUnit[], line: number): number {
  let low = 0;
  let high = units.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (units[mid].line < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The greeting's first unit is the first of its line: findings split by line split the sessions there. */
function startsItsLine(units: TranscriptUnit[], checkpoint: SessionCheckpoint): boolean {
  const first = checkpoint.greeting.lines[0];
  return first.unit === 0 || units[first.unit - 1].line < first.line;
}

function firstSessionAt(model: TranscriptModel, line: number): number {
  let low = 0;
  let high = model.sessions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (model.sessions[mid].startLine < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

function firstFindingAt(findings: Finding[], line: number): number {
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (findings[mid].range.start.line < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Sessions `k` to `j` (exclusive) of a per-session list replaced by the window's. */
function splice<T>(items: T[], k: number, j: number, window: T[]): T[] {
  return [...items.slice(0, k), ...window, ...items.slice(j)];
}

/**
 * Per-session start indices into a list of `oldLength` items whose sessions `k` to `j` were replaced
 * by a window of `windowLength` items with its own starts.
 */
function spliceStarts(starts: number[], k: number, j: number, windowStarts: number[], windowLength: number, oldLength: number): number[] {
  const at = starts[k] ?? oldLength;
  const after = j < starts.length ? starts[j] : oldLength;
  const shift = at + windowLength - after;
  const out = starts.slice(0, k);
  for (const start of windowStarts) out.push(at + start);
  for (let s = j; s < starts.length; s++) out.push(starts[s] + shift);
  return out;
}

function spliceItems<T extends InlayHintInfo | FoldingRange>(items: T[], starts: number[], k: number, j: number, window: T[]): T[] {
  const at = starts[k] ?? items.length;
  const after = j < starts.length ? starts[j] : items.length;
  return [...items.slice(0, at), ...window, ...items.slice(after)];
}

function spliceTable(table: SpanTable, starts: number[], k: number, j: number, window: SpanTable): SpanTable {
  const at = starts[k] ?? table.length;
  const after = j < starts.length ? starts[j] : table.length;
  const out = table.emptySharingDetails();
  out.copyRows(table, 0, at, 0);
  out.copyRows(window, 0, window.length, 0);
  out.copyRows(table, after, table.length, 0);
  return out;
}
