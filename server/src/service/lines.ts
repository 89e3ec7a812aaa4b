/** Splits text into lines while remembering each line's ending, for checks that need CRLF vs LF. */

export interface SourceLine {
  text: string;
  /** The line ended with CRLF. */
  crlf: boolean;
  /** The line ended with a newline at all (false only for the last line). */
  hasNewline: boolean;
}

export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      lines.push({ text: text.slice(start), crlf: false, hasNewline: false });
      return lines;
    }
    const crlf = nl > start && text.charCodeAt(nl - 1) === 13;
    lines.push({ text: text.slice(start, crlf ? nl - 1 : nl), crlf, hasNewline: true });
    start = nl + 1;
  }
}
