/**
 * The one line model of the service, the editor's: CRLF, LF and a lone CR each end a line, as in
 * VS Code and LSP (vscode-languageserver-textdocument), so line numbers and columns computed here
 * are the positions the editor shows. Every analyzer splits its text through this file.
 */

export type LineEnding = '\r\n' | '\n' | '\r' | '';

export interface SourceLine {
  text: string;
  /** The characters that ended the line ('' for the last line). */
  ending: LineEnding;
  /** The line ended with CRLF. */
  crlf: boolean;
  /** The line ended with a line break at all (false only for the last line). */
  hasNewline: boolean;
}

/** The ending by break length; a one-character break is LF unless the text says CR. */
const endings: LineEnding[] = ['', '\n', '\r\n'];

/**
 * Calls `visit` for every line with the offsets of its text (`end` excludes the line break) and
 * the length of its break (0 for the last line, 1 for LF or a lone CR, 2 for CRLF). There is always
 * at least one line, possibly empty; `visit` returns false to stop early. Builds nothing, so a 50 MB
 * log costs only the scan: the next LF and the next CR are each found with indexOf (fast in V8) and
 * reused until passed. Returns the number of lines visited.
 */
export function forEachLine(text: string, visit: (start: number, end: number, breakLength: number, line: number) => boolean | void): number {
  let start = 0;
  let line = 0;
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  for (;;) {
    if (nextLf >= 0 && nextLf < start) nextLf = text.indexOf('\n', start);
    if (nextCr >= 0 && nextCr < start) nextCr = text.indexOf('\r', start);
    const end = nextCr >= 0 && (nextLf < 0 || nextCr < nextLf) ? nextCr : nextLf;
    if (end < 0) {
      visit(start, text.length, 0, line);
      return line + 1;
    }
    const breakLength = end === nextCr && nextLf === end + 1 ? 2 : 1;
    if (visit(start, end, breakLength, line++) === false) return line;
    start = end + breakLength;
  }
}

/** The editor's lines with their endings, for checks that tell CRLF from a bare LF or CR. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  forEachLine(text, (start, end, breakLength) => {
    const ending = breakLength === 1 && text.charCodeAt(end) === 13 ? '\r' : endings[breakLength];
    lines.push({ text: text.slice(start, end), ending, crlf: breakLength === 2, hasNewline: breakLength > 0 });
  });
  return lines;
}

/** The text of each line, without its break. */
export function lineTexts(text: string): string[] {
  const lines: string[] = [];
  forEachLine(text, (start, end) => {
    lines.push(text.slice(start, end));
  });
  return lines;
}

/** The first line of a text, without its break: what an editor shows as line 1. */
export function firstLine(text: string): string {
  let end = text.length;
  forEachLine(text, (_start, lineEnd) => {
    end = lineEnd;
    return false;
  });
  return text.slice(0, end);
}

/** The first index at or after `line` among `length` items in line order, by binary search. */
export function firstAtLine(length: number, lineOf: (i: number) => number, line: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (lineOf(mid) < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Whether a document is binary by VS Code's own rule: a NUL among its first 512 bytes (encoding.ts,
 * ZERO_BYTE_DETECTION_BUFFER_MAX_LEN). A NUL later on (TLS bytes a tool printed after STARTTLS) is
 * text the editor opens, so it is analysed like any other.
 */
export function isBinaryText(text: string): boolean {
  const nul = text.indexOf('\u0000');
  if (nul < 0 || nul >= binaryDetectionBytes) return false;
  return new TextEncoder().encode(text.slice(0, nul)).length < binaryDetectionBytes;
}

const binaryDetectionBytes = 512;
