/**
 * The part of a transcript's previous version after an edit that added or removed lines, moved to
 * its new place: its model objects in place, and copies of its findings, hints, folds and symbols,
 * with every line number after the edit shifted by the lines it added, and every unit index by the
 * units it added.
 */
import type { DocumentSymbol, FoldingRange, Range } from 'vscode-languageserver-types';
import type { Finding, InlayHintInfo } from '../analysis';
import { movedMessages } from './rules/ruleContext';

/** The model's fields that hold a document line, and those that hold an index into the units. */
const lineFields = new Set(['line', 'startLine', 'endLine', 'dataStart']);
const unitFields = new Set(['unit', 'nextUnit']);
/** Fields whose values name no line (a command's words and arguments, a code): not walked. */
const lineFree = new Set(['sent', 'enhanced', 'ehloFirstWord']);

/** Thrown where an object after the edit refers to one the edit re-built: only a full analysis can tell. */
export class StaleReference extends Error {}

export class LineShift {
  private readonly moved = new Set<object>();
  /** Nothing moves (an edit that kept the lines and units): every value is the new version's as it is. */
  private readonly still: boolean;

  /**
   * @param oldTo the first old line after the edit; lines from it on move by `lineShift`
   * @param unitFrom the first old unit after the edit; units from it on move by `unitShift`
   * @param keepBefore objects on old lines before it are the new version's too (shared, not copied);
   *   an object on a line from it to `reuseFrom` was re-built, and one that refers to it is stale
   */
  constructor(
    readonly oldTo: number,
    readonly lineShift: number,
    private readonly unitFrom: number,
    private readonly unitShift: number,
    private readonly keepBefore: number,
    private readonly reuseFrom: number,
  ) {
    this.still = lineShift === 0 && unitShift === 0;
  }

  line(line: number): number {
    return line >= this.oldTo ? line + this.lineShift : line;
  }

  unit(unit: number): number {
    return unit >= this.unitFrom ? unit + this.unitShift : unit;
  }

  /**
   * Moves a model value (session, event, checkpoint…) of the previous version in place, with every
   * object it reaches after the edit once: the previous version is spent (the cache keeps the new one).
   */
  move(value: unknown): void {
    if (this.still || typeof value !== 'object' || value === null || this.moved.has(value)) return;
    this.moved.add(value);
    if (Array.isArray(value)) {
      for (const item of value) this.move(item);
      return;
    }
    if (value instanceof Map) {
      for (const item of value.values()) this.move(item);
      return;
    }
    const target = value as Record<string, unknown>;
    const at = typeof target.line === 'number' ? target.line : typeof target.startLine === 'number' ? target.startLine : undefined;
    if (at !== undefined && at < this.reuseFrom) {
      if (at >= this.keepBefore) throw new StaleReference();
      return;
    }
    for (const key in target) {
      const item = target[key];
      if (typeof item === 'number') {
        if (lineFields.has(key)) target[key] = this.line(item);
        else if (unitFields.has(key)) target[key] = this.unit(item);
      } else if (typeof item === 'object' && !lineFree.has(key)) this.move(item);
    }
  }

  range(range: Range): Range {
    return { start: { line: this.line(range.start.line), character: range.start.character }, end: { line: this.line(range.end.line), character: range.end.character } };
  }

  finding(finding: Finding): Finding {
    if (!this.lineShift) return finding;
    const out: Finding = { ...finding, range: this.range(finding.range) };
    // Its model objects were moved first (`move`): the line it names is where it now stands.
    const remake = movedMessages.get(finding);
    if (remake) {
      out.message = remake();
      movedMessages.set(out, remake);
    }
    if (finding.fixes) out.fixes = finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, range: this.range(edit.range) })) }));
    return out;
  }

  hint(hint: InlayHintInfo): InlayHintInfo {
    if (!this.lineShift) return hint;
    return { ...hint, line: this.line(hint.line) };
  }

  fold(fold: FoldingRange): FoldingRange {
    if (!this.lineShift) return fold;
    return { ...fold, startLine: this.line(fold.startLine), endLine: this.line(fold.endLine) };
  }

  symbol(symbol: DocumentSymbol): DocumentSymbol {
    if (!this.lineShift) return symbol;
    const out: DocumentSymbol = { ...symbol, range: this.range(symbol.range), selectionRange: this.range(symbol.selectionRange) };
    if (symbol.children) out.children = symbol.children.map((child) => this.symbol(child));
    return out;
  }
}
