/**
 * An edited transcript re-read only around the edit. A transcript is a sequence of sessions: after
 * an edit that leaves every document-wide reading as it was, the sessions around it are built again
 * from the builder's state where an unprompted greeting opened the first of them, until a later
 * greeting leaves the builder as the previous version did there; the rest of the previous version
 * (its sessions, events, spans, findings, hints, folds and symbols) is reused, moved in place where
 * the edit added or removed lines (transcriptShift.ts). The edited lines are read again alone: a
 * known marker's line, a line whose mark inference grouped (by the document's groups), or blank
 * lines added or removed. Anything else is analysed in full. The result equals a full analysis
 * (test/service/transcriptIncremental.test.ts).
 */
import { SymbolKind, type FoldingRange } from 'vscode-languageserver-types';
import type { Lang } from '../../knowledge/types';
import { SpanTable, type Finding, type InlayHintInfo } from '../analysis';
import type { DirtyLines } from '../incremental';
import { firstAtLine, type SourceLine } from '../lines';
import type { messagesFor } from '../messages';
import { sessionSymbols, type Outline } from './outline';
import { hexDumpRow, markdownLine, splitFlattened, type TranscriptReading, type TranscriptUnit } from './reader';
import { excerptPacketHead, packetHeadLike } from './readerPacketDumps';
import { splitJoinedReplies } from './readerBareLines';
import { classifyPieces, findCandidate, isCommandText, replyAt } from './readerMarks';
import { unwrap } from './readerWrappers';
import { buildResults, type TranscriptResults } from './results';
import { runTranscriptRules } from './rules';
import { lineEndingStateBefore } from './rules/data';
import { documentFacts, resumeSessionModel, sameCheckpoint, showsReply, type DocumentFacts, type SessionCheckpoint } from './sessionBuilder';
import { documentLines, type ModelEvent, type TranscriptModel } from './sessionModel';
import { strayRepliesAfterEhlo } from './strayReply';
import { classifyLine, parseReplyLine, type ClassifiedLine } from './transcriptLines';
import { LineShift, StaleReference } from './transcriptShift';

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
  /** For a transcript of known markers' lines only, what the reader counts (found on the first edit that adds or removes lines); false for any other. */
  knownLines?: KnownLineCounts | false;
  /** No unit is a string a tool logged with its escapes (found on the first edit of an inferred line). */
  noEscapes?: boolean;
  /** No line is a packet's head (found on the first edit that adds or removes blank lines). */
  noPacketHeads?: boolean;
}

/** The reader reads the first lines for a producer's signature. */
const signatureLines = 200;

/** The next version after an edit, or undefined where only a full analysis can tell. */
export function updateTranscript(previous: TranscriptVersion, text: string, dirty: DirtyLines): TranscriptVersion | undefined {
  const { model: old } = previous;
  const record = old.build!;
  if (dirty.from < signatureLines || record.hadStrays || !record.facts.repliesShown || old.reading.undecided) return undefined;
  const oneMark = (previous.oneMarkPerSide ??= oneMarkPerSide(old.units));
  const lines = editedLines(old.lines, text, dirty);
  if (!lines) return undefined;
  const lineShift = dirty.to - dirty.oldTo;
  let knownLines = previous.knownLines;
  let edit: EditedUnits | undefined;
  const noEscapes = () => (previous.noEscapes ??= !old.units.some((u) => u.escaped));
  if (!lineShift) edit = editedUnits(old, lines, dirty, oneMark, noEscapes);
  else {
    if (oneMark && (knownLines = previous.knownLines ??= knownLineCounts(old))) {
      const moved = movedUnits(old, lines, dirty, knownLines);
      edit = moved;
      knownLines = moved?.counts;
    }
    edit ??= blankLinesMoved(old, lines, dirty, noEscapes, () => (previous.noPacketHeads ??= !old.lines.some((l) => packetHeadLike.test(l.text))));
  }
  if (!edit) return undefined;
  const { units, firstOld, endOld } = edit;
  const unitShift = edit.added - (endOld - firstOld);
  const reading: TranscriptReading = { ...old.reading, units };
  if (lineShift && !sameFacts(documentFacts(lines, units), record.facts)) return undefined;

  // The window starts at the last session before the edit that a greeting opened with nothing left open.
  const firstDirtyUnit = firstUnitOnLine(units, dirty.from);
  let k = old.sessions.length - 1;
  for (; k > 0; k--) {
    const checkpoint = record.checkpoints[k];
    if (checkpoint && checkpoint.nextUnit <= firstDirtyUnit && startsItsLine(units, checkpoint)) break;
  }
  const from = k > 0 ? record.checkpoints[k] : undefined;
  let j = old.sessions.length;
  // The previous version's checkpoint of a session after the edit, where that session now begins.
  const moveUnit = (unit: number) => (unit >= endOld ? unit + unitShift : unit);
  const moved = (c: SessionCheckpoint): SessionCheckpoint =>
    lineShift || unitShift
      ? {
          greeting: { ...c.greeting, lines: [{ ...c.greeting.lines[0], unit: moveUnit(c.greeting.lines[0].unit) }] },
          nextUnit: moveUnit(c.nextUnit),
          state: { ...c.state, dataStart: c.state.dataStart >= dirty.oldTo ? c.state.dataStart + lineShift : c.state.dataStart },
        }
      : c;
  const stopAt = (checkpoint: SessionCheckpoint) => {
    const line = checkpoint.greeting.lines[0].line;
    if (line < dirty.to || !startsItsLine(units, checkpoint)) return false;
    const oldLine = line - lineShift;
    for (let s = firstSessionAt(old, oldLine); s < old.sessions.length && old.sessions[s].startLine === oldLine; s++) {
      const before = record.checkpoints[s];
      if (before && sameCheckpoint(moved(before), checkpoint)) {
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
  // Where the reused sessions begin, in the previous version's lines.
  const reuseFrom = j < old.sessions.length ? old.sessions[j].startLine : Infinity;
  const findings = runTranscriptRules(window, previous.lang, previous.m);
  if (findings.some((f) => f.range.start.line < fromLine || f.range.start.line >= reuseFrom + lineShift)) return undefined;

  // The sessions after the window, moved to where they now stand.
  const shift = new LineShift(dirty.oldTo, lineShift, endOld, unitShift, fromLine, reuseFrom);
  const after = { sessions: old.sessions.slice(j), events: old.events.slice(eventsAfter), checkpoints: record.checkpoints.slice(j) };
  try {
    shift.move(after);
  } catch (error) {
    if (error instanceof StaleReference) return undefined;
    throw error;
  }

  const model: TranscriptModel = {
    lines,
    reading,
    units,
    sessions: [...old.sessions.slice(0, k), ...window.sessions, ...after.sessions],
    events: old.events.slice(0, eventsBefore).concat(window.events, after.events),
    hasCrlf: old.hasCrlf,
    implicitTls: old.implicitTls,
    build: {
      sessionEvents: spliceStarts(record.sessionEvents, k, j, window.build!.sessionEvents, window.events.length, old.events.length),
      checkpoints: [...record.checkpoints.slice(0, k), ...window.build!.checkpoints, ...after.checkpoints],
      facts: record.facts,
      hadStrays: false,
    },
  };
  const findingsAfter = previous.findings.slice(firstFindingAt(previous.findings, reuseFrom));
  return {
    ...previous,
    model,
    knownLines,
    results: previous.results && splicedResults(previous.results, window, previous, k, j, shift),
    findings: [...previous.findings.slice(0, firstFindingAt(previous.findings, fromLine)), ...findings, ...findingsAfter.map((f) => shift.finding(f))],
    outline: previous.outline && splicedOutline(previous.outline, window, previous.m, k, j, shift),
  };
}

const sameFacts = (a: DocumentFacts, b: DocumentFacts) =>
  a.prefixed === b.prefixed && a.clientMarksOnly === b.clientMarksOnly && a.repliesShown === b.repliesShown && a.implicitTls === b.implicitTls && a.hasCrlf === b.hasCrlf;

/** The previous version's results with the window's in place of those of sessions `k` to `j`. */
function splicedResults(before: TranscriptResults, window: TranscriptModel, previous: TranscriptVersion, k: number, j: number, shift: LineShift): TranscriptResults {
  const results = buildResults(window, previous.lang, previous.m, before.eventSpans.emptySharingDetails());
  const starts = before.sessionStarts;
  return {
    eventSpans: spliceTable(before.eventSpans, starts.eventSpans, k, j, results.eventSpans, shift.lineShift),
    commandSpans: spliceTable(before.commandSpans, starts.commandSpans, k, j, results.commandSpans, shift.lineShift),
    inlayHints: spliceItems(before.inlayHints, starts.inlayHints, k, j, results.inlayHints, (hint) => shift.hint(hint)),
    folds: spliceItems<FoldingRange>(before.folds, starts.folds, k, j, results.folds, (fold) => shift.fold(fold)),
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
function splicedOutline(previous: Outline, window: TranscriptModel, m: TranscriptVersion['m'], k: number, j: number, shift: LineShift): Outline | undefined {
  // A document without a session is named by one symbol for the whole of it; the sessions after are numbered from their place.
  if (previous.symbols[0]?.kind === SymbolKind.File || window.sessions.length !== j - k) return undefined;
  const symbolsBefore = previous.starts[k] ?? previous.symbols.length;
  const symbolsAfter = j < previous.starts.length ? previous.starts[j] : previous.symbols.length;
  const outline = sessionSymbols(window, m, previous.producer, k, symbolsBefore > 0);
  // The first symbol of the document names the producer: the symbols after keep their names only if it stays where it was.
  if (!symbolsBefore && outline.symbols.length > 0 !== symbolsAfter > 0) return undefined;
  if (symbolsBefore + outline.symbols.length + previous.symbols.length - symbolsAfter === 0) return undefined;
  return {
    symbols: [...previous.symbols.slice(0, symbolsBefore), ...outline.symbols, ...previous.symbols.slice(symbolsAfter).map((symbol) => shift.symbol(symbol))],
    starts: spliceStarts(previous.starts, k, j, outline.starts, outline.symbols.length, previous.symbols.length),
    producer: previous.producer,
  };
}

const isReply = (e: ModelEvent) => e.kind === 'reply';

function someEvent(events: ModelEvent[], from: number, to: number, test: (e: ModelEvent) => boolean): boolean {
  for (let i = from; i < to; i++) if (test(events[i])) return true;
  return false;
}

/**
 * Another line of the turn of unit `at` (the lines one side says in a row) reads as `text` does
 * (readerBareLines.ts, demoteEchoes): the reader may have set one of them aside as the other's repeat.
 */
function repeatedInTurn(units: TranscriptUnit[], at: number, text: string): boolean {
  const core = (t: string) => t.replace(/["'`\\].*$/, '').replace(/\s+/g, ' ').trim().toUpperCase();
  const inTurn = (u: TranscriptUnit) => (u.kind === 'protocol' || u.echo) && u.direction !== 'either';
  const side = units[at].direction;
  const own = core(text);
  for (const step of [-1, 1]) {
    for (let i = at + step; i >= 0 && i < units.length; i += step) {
      const u = units[i];
      if (!inTurn(u)) continue;
      if (u.direction !== side) break;
      if (core(u.text) === own) return true;
    }
  }
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

/**
 * The lines of the new text: the previous ones, the dirty ones read again, else undefined. Where
 * the count stays, so must every line's break (the document's facts are then not read again).
 */
function editedLines(previous: SourceLine[], text: string, dirty: DirtyLines): SourceLine[] | undefined {
  const edited = documentLines(text.slice(dirty.fromOffset, dirty.toOffset));
  const count = dirty.to - dirty.from;
  if (edited.length < count) return undefined;
  if (dirty.to === dirty.oldTo) {
    for (let i = 0; i < count; i++) if (edited[i].ending !== previous[dirty.from + i].ending) return undefined;
  }
  return previous.slice(0, dirty.from).concat(edited.slice(0, count), previous.slice(dirty.oldTo));
}

/** The units of the new text, and where the edited lines' units were among the previous ones (`firstOld` to `endOld`) and how many took their place. */
interface EditedUnits {
  units: TranscriptUnit[];
  firstOld: number;
  endOld: number;
  added: number;
}

/**
 * The units of the new text, where each edited line was and stays a line of a known marker that the
 * reader took as it stands, with everything the reader reads across the document unchanged: the
 * marker's side, what the line is (a reply, its code, a command, its verb), what it says to the
 * lines around it ("250-", "354", "220"), and none of the shapes the reader treats apart.
 */
function editedUnits(old: TranscriptModel, lines: SourceLine[], dirty: DirtyLines, oneMark: boolean, noEscapes: () => boolean): EditedUnits | undefined {
  const units = old.units.slice();
  const firstOld = firstUnitOnLine(old.units, dirty.from);
  let u = firstOld;
  for (let line = dirty.from; line < dirty.to; line++) {
    const before = old.lines[line].text;
    const now = lines[line].text;
    const unit = old.units[u]?.line === line ? old.units[u] : undefined;
    if (!unit) {
      if (before.trim() || now.trim()) return undefined;
      continue;
    }
    if (old.units[u + 1]?.line === line) return undefined;
    const shape = lineShape(unit, before);
    if (shape === undefined) return undefined;
    let next: TranscriptUnit | undefined;
    if (unit.dialect === 'inferred') next = inferredAgain(old.reading, unit, before, now, line, noEscapes);
    else if (readAsItStands(unit, classifyLine(before))) next = { ...classifyLine(now), line };
    if (!next || shape !== lineShape(next, now)) return undefined;
    // Where a side speaks under several marks, the reader sets aside a line another mark repeats in the same turn.
    if (!oneMark && (repeatedInTurn(old.units, u, unit.text) || repeatedInTurn(old.units, u, next.text))) return undefined;
    units[u++] = next;
  }
  return { units, firstOld, endOld: u, added: u - firstOld };
}

/**
 * The unit of an edited line whose mark inference grouped, read again alone, where the document's
 * lines are read apart from each other (no blocks, no packet dumps, no string a tool logged that
 * could repeat another line): read alone, the line before the edit gives the unit the reader gave,
 * and the line after it counts the same for the groups of marks (the same mark, kind, and shape of
 * code). Undefined otherwise.
 */
function inferredAgain(reading: TranscriptReading, unit: TranscriptUnit, before: string, now: string, line: number, noEscapes: () => boolean): TranscriptUnit | undefined {
  const inference = reading.inference;
  if (!inference?.separate || packetHeadLike.test(now) || !noEscapes()) return undefined;
  const then = readAlone(before, line, inference);
  const next = then && sameUnit(then.unit, unit) ? readAlone(now, line, inference) : undefined;
  return next && next.counts === then!.counts && next.unit.mark === unit.mark ? next.unit : undefined;
}


/** A line that is one piece with a reply or a command behind a mark, classified by the document's groups; and what it adds to them. */
function readAlone(text: string, line: number, inference: NonNullable<TranscriptReading['inference']>): { unit: TranscriptUnit; counts: string } | undefined {
  const known = classifyLine(text).kind;
  if (known === 'protocol' || known === 'info') return undefined;
  const pieces = unwrap(text, line, inference.markdown);
  const piece = pieces.length === 1 ? pieces[0] : undefined;
  if (!piece || piece.info || piece.escaped || piece.outer) return undefined;
  const candidate = findCandidate(piece);
  if (!candidate) return undefined;
  return {
    unit: classifyPieces([piece], [candidate], inference.groups)[0],
    counts: JSON.stringify([candidate.prefix, candidate.kind, !!candidate.bare, !!candidate.bracketed]),
  };
}

function sameUnit(a: TranscriptUnit, b: TranscriptUnit): boolean {
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  return Object.keys(x).every((key) => x[key] === y[key]) && Object.keys(y).every((key) => x[key] === y[key]);
}

/**
 * What the reader's document-wide passes count, in a transcript whose every line is blank or one
 * known marker's line that the reader took as it stands (no line left to inference, no line read
 * twice): the replies, commands and other text under each marker (reader.ts drops a marker its lines
 * contradict), the protocol lines of each dialect (the producer's name), and the reply codes and
 * command verbs shown (readerBareLines.ts looks for them quoted in tool output).
 */
export interface KnownLineCounts {
  tallies: Map<string, { replies: number; commands: number; texts: number }>;
  dialects: Map<string, number>;
  codes: Map<string, number>;
  verbs: Map<string, number>;
  /** Each side's one mark. */
  marks: Map<string | undefined, string | undefined>;
  /** Lines where the reader looks for replies quoted in tool output (those of tool output, and those with a string a tool logged): only there do the codes and verbs shown count. */
  quoting: number;
}

/** The counts of a transcript of known markers' lines only, or false where a line was read otherwise. */
function knownLineCounts(model: TranscriptModel): KnownLineCounts | false {
  const counts: KnownLineCounts = { tallies: new Map(), dialects: new Map(), codes: new Map(), verbs: new Map(), marks: new Map(), quoting: 0 };
  let u = 0;
  for (let line = 0; line < model.lines.length; line++) {
    const text = model.lines[line].text;
    const unit = model.units[u]?.line === line ? model.units[u++] : undefined;
    if (!unit) {
      if (text.trim()) return false;
      continue;
    }
    if (model.units[u]?.line === line) return false;
    const classified = classifyLine(text);
    if ((classified.kind !== 'protocol' && classified.kind !== 'info') || !readAsItStands(unit, classified)) return false;
    count(counts, unit, 1);
    if (unit.kind !== 'protocol' || quotedBefore(unit, text)) counts.quoting++;
    if (unit.kind === 'protocol' && !counts.marks.has(unit.direction)) counts.marks.set(unit.direction, unit.mark ?? unit.dialect);
  }
  return counts;
}

function count(counts: KnownLineCounts, unit: TranscriptUnit, by: number): void {
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + by);
  if (unit.kind !== 'protocol') return;
  const text = unit.text;
  const reply = replyAt.test(text);
  const command = !reply && isCommandText(text);
  if (unit.direction !== 'either') {
    const key = `${unit.dialect}:${unit.direction}`;
    const tally = { ...(counts.tallies.get(key) ?? { replies: 0, commands: 0, texts: 0 }) };
    if (reply) tally.replies += by;
    else if (command) tally.commands += by;
    else if (text.trim()) tally.texts += by;
    counts.tallies.set(key, tally);
  }
  add(counts.dialects, unit.dialect!);
  if (reply && unit.direction !== 'client') add(counts.codes, text.slice(0, 3));
  if (isCommandText(text) && unit.direction !== 'server') add(counts.verbs, text.split(/[\s:]/)[0].toUpperCase());
}

/**
 * The units of the new text after an edit that added or removed lines of a transcript of known
 * markers' lines only, where every edited line, before and after, is blank or such a line that says
 * nothing beyond itself, on a side whose one mark it carries, and the counts the reader decides by
 * still lead to the same decisions; else undefined.
 */
function movedUnits(old: TranscriptModel, lines: SourceLine[], dirty: DirtyLines, before: KnownLineCounts): (EditedUnits & { counts: KnownLineCounts }) | undefined {
  const counts: KnownLineCounts = { ...before, tallies: new Map(before.tallies), dialects: new Map(before.dialects), codes: new Map(before.codes), verbs: new Map(before.verbs) };
  const firstOld = firstUnitOnLine(old.units, dirty.from);
  const endOld = firstUnitOnLine(old.units, dirty.oldTo);
  for (let u = firstOld; u < endOld; u++) {
    if (!saysNothingMore(old.units[u], old.lines[old.units[u].line].text, before)) return undefined;
    count(counts, old.units[u], -1);
  }
  const added: TranscriptUnit[] = [];
  for (let line = dirty.from; line < dirty.to; line++) {
    const text = lines[line].text;
    if (!text.trim()) continue;
    const unit: TranscriptUnit = { ...classifyLine(text), line };
    if (!saysNothingMore(unit, text, before)) return undefined;
    count(counts, unit, 1);
    added.push(unit);
  }
  if (!sameDecisions(before, counts)) return undefined;
  return { units: unitsAround(old.units, firstOld, endOld, added, dirty.to - dirty.oldTo), firstOld, endOld, added: added.length, counts };
}

/** The previous units before an edit, the edited lines' own, then the previous ones after it, moved by `shift` lines in place (the previous version is spent). */
function unitsAround(previous: TranscriptUnit[], firstOld: number, endOld: number, edited: TranscriptUnit[], shift: number): TranscriptUnit[] {
  const units = previous.slice(0, firstOld).concat(edited);
  for (let u = endOld; u < previous.length; u++) {
    previous[u].line += shift;
    units.push(previous[u]);
  }
  return units;
}

/**
 * The units of the new text after an edit that only added or removed blank lines (Enter at the end
 * of a line, a blank line deleted), in a document whose lines the reader reads apart from each
 * other and whose reading no distance between lines decides (no logged strings that repeat a line
 * shown shortly before, no packet dumps): the same units, on their new lines; else undefined.
 */
function blankLinesMoved(old: TranscriptModel, lines: SourceLine[], dirty: DirtyLines, noEscapes: () => boolean, noPacketHeads: () => boolean): EditedUnits | undefined {
  if (!old.reading.inference?.separate) return undefined;
  const before = nonBlankLines(old.lines, dirty.from, dirty.oldTo);
  const after = nonBlankLines(lines, dirty.from, dirty.to);
  if (before.length !== after.length || before.some((line, i) => old.lines[line].text !== lines[after[i]].text) || !noEscapes() || !noPacketHeads()) return undefined;
  const firstOld = firstUnitOnLine(old.units, dirty.from);
  const endOld = firstUnitOnLine(old.units, dirty.oldTo);
  const edited: TranscriptUnit[] = [];
  for (let u = firstOld, i = 0; u < endOld; u++) {
    while (before[i] < old.units[u].line) i++;
    edited.push({ ...old.units[u], line: after[i] });
  }
  return { units: unitsAround(old.units, firstOld, endOld, edited, dirty.to - dirty.oldTo), firstOld, endOld, added: edited.length };
}

function nonBlankLines(lines: SourceLine[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let line = from; line < to; line++) if (lines[line].text.trim()) out.push(line);
  return out;
}

/** A known marker's protocol line whose reading depends on no other line, under its side's one mark. */
function saysNothingMore(unit: TranscriptUnit, lineText: string, counts: KnownLineCounts): boolean {
  if (unit.kind !== 'protocol' || !counts.marks.has(unit.direction) || counts.marks.get(unit.direction) !== (unit.mark ?? unit.dialect)) return false;
  const shape = lineShape(unit, lineText);
  return shape !== undefined && !quotedBefore(unit, lineText);
}

/**
 * The reader decides as before: each marker still carries more of its own side's lines than of the
 * other's (so none is contradicted), the same dialect leads, and the same codes and verbs are shown
 * where a line may quote them.
 */
function sameDecisions(before: KnownLineCounts, after: KnownLineCounts): boolean {
  for (const [key, tally] of after.tallies) {
    if (tally === before.tallies.get(key)) continue;
    const own = key.endsWith(':client') ? tally.commands : tally.replies;
    const other = key.endsWith(':client') ? tally.replies : tally.commands;
    if (own < 1 || own <= other) return false;
  }
  const shown = (a: Map<string, number>, b: Map<string, number>) => [...b].every(([key, n]) => n > 0 === (a.get(key) ?? 0) > 0);
  if (before.quoting && (!shown(before.codes, after.codes) || !shown(before.verbs, after.verbs))) return false;
  const leader = leadingDialect(before.dialects);
  return leader !== undefined && leader === leadingDialect(after.dialects);
}

/** The dialect with the most protocol lines, where one has more than any other. */
function leadingDialect(dialects: Map<string, number>): string | undefined {
  let leader: string | undefined;
  let most = -1;
  let tie = false;
  for (const [dialect, n] of dialects) {
    if (n > most) [leader, most, tie] = [dialect, n, false];
    else if (n === most) tie = true;
  }
  return tie ? undefined : leader;
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
  if (markdownLine.test(lineText) || hexDumpRow.test(unit.text) || excerptPacketHead.test(lineText.slice(0, unit.start))) return undefined;
  if (splitJoinedReplies([unit]).length !== 1 || splitFlattened(unit).length !== 1) return undefined;
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
    quotedBefore(unit, lineText),
  ]);
}

/** Before a quoted line (smtplib's "send: '…'") the reader looks for replies a tool quotes: the text there. */
function quotedBefore(unit: TranscriptUnit, lineText: string): string {
  const opener = lineText[unit.start - 1];
  return opener === '"' || opener === "'" ? lineText.slice(0, unit.start) : '';
}

function firstUnitOnLine(units: TranscriptUnit[], line: number): number {
  return firstAtLine(units.length, (i) => units[i].line, line);
}

/** The greeting's first unit is the first of its line: findings split by line split the sessions there. */
function startsItsLine(units: TranscriptUnit[], checkpoint: SessionCheckpoint): boolean {
  const first = checkpoint.greeting.lines[0];
  return first.unit === 0 || units[first.unit - 1].line < first.line;
}

function firstSessionAt(model: TranscriptModel, line: number): number {
  return firstAtLine(model.sessions.length, (i) => model.sessions[i].startLine, line);
}

function firstFindingAt(findings: Finding[], line: number): number {
  return firstAtLine(findings.length, (i) => findings[i].range.start.line, line);
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

function spliceItems<T extends InlayHintInfo | FoldingRange>(items: T[], starts: number[], k: number, j: number, window: T[], moved: (item: T) => T): T[] {
  const at = starts[k] ?? items.length;
  const after = j < starts.length ? starts[j] : items.length;
  return [...items.slice(0, at), ...window, ...items.slice(after).map(moved)];
}

function spliceTable(table: SpanTable, starts: number[], k: number, j: number, window: SpanTable, lineShift: number): SpanTable {
  const at = starts[k] ?? table.length;
  const after = j < starts.length ? starts[j] : table.length;
  const out = table.emptySharingDetails();
  out.copyRows(table, 0, at, 0);
  out.copyRows(window, 0, window.length, 0);
  out.copyRows(table, after, table.length, lineShift);
  return out;
}
