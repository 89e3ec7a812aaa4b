import { doubled } from '../analysis';

/**
 * Small integer records in line order (one per line that holds an event), in typed arrays: what an
 * edited log's summary needs from each line, so the lines of an edit can be taken out and put back.
 */
export class LineRecords {
  private lines = new Int32Array(256);
  private readonly columns: Int32Array[];
  length = 0;

  constructor(width: number) {
    this.columns = Array.from({ length: width }, () => new Int32Array(256));
  }

  add(line: number, ...values: number[]): void {
    if (this.length === this.lines.length) this.grow();
    const i = this.length++;
    this.lines[i] = line;
    for (let c = 0; c < this.columns.length; c++) this.columns[c][i] = values[c];
  }

  line(i: number): number {
    return this.lines[i];
  }

  value(i: number, column: number): number {
    return this.columns[column][i];
  }

  /** Appends records `from` to `to` of another table of the same width, their lines shifted by `lineShift`. */
  copyRows(source: LineRecords, from: number, to: number, lineShift: number): void {
    const count = Math.max(0, to - from);
    while (this.length + count > this.lines.length) this.grow();
    for (let i = 0; i < count; i++) this.lines[this.length + i] = source.lines[from + i] + lineShift;
    for (let c = 0; c < this.columns.length; c++) this.columns[c].set(source.columns[c].subarray(from, to), this.length);
    this.length += count;
  }

  private grow(): void {
    this.lines = doubled(this.lines);
    for (let c = 0; c < this.columns.length; c++) this.columns[c] = doubled(this.columns[c]);
  }
}
