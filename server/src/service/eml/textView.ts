/**
 * The text of a MIME part as analysis sees it: the body decoded from quoted-printable or base64
 * and from its charset, with a map from every decoded character back to the document. Plain
 * parts map exactly; quoted-printable maps exactly for ASCII-compatible charsets; base64 maps
 * each character to the encoded characters it came from. Where no map is possible, positions
 * fall back to the part's first body line, so a finding is never lost.
 */
import type { Position } from 'vscode-languageserver-types';
import libmime from 'libmime';
import { doubled } from '../analysis';
import { lineTexts } from '../lines';
import type { MimeEntity, ParsedDocument } from './mime';

export interface TextView {
  lines: string[];
  /** Document position of a decoded line/column (column may equal the line length). */
  position(line: number, col: number): Position;
  /** Whether positions map to the exact characters (false: approximate, within the part). */
  exact: boolean;
}

/** Decoded analysis text per part is capped; bounce notifications are small. */
const maxDecodedChars = 1_000_000;

export function identityView(doc: ParsedDocument, from: number, to: number): TextView {
  return {
    lines: doc.lines.slice(from, to),
    position: (line, col) => ({ line: from + line, character: col }),
    exact: true,
  };
}

export function bodyView(doc: ParsedDocument, entity: MimeEntity): TextView {
  const { bodyStart, bodyEnd } = entity;
  if (entity.encoding === 'quoted-printable') return quotedPrintableView(doc, bodyStart, bodyEnd, entity.charset);
  if (entity.encoding === 'base64') return base64View(doc, bodyStart, bodyEnd, entity.charset);
  return identityView(doc, bodyStart, bodyEnd);
}

/** Charsets in which every ASCII byte stands for itself, so byte positions carry over. */
function asciiCompatible(charset: string): boolean {
  const c = charset.toLowerCase();
  return !/^(?:iso-2022|utf-7|unicode-1-1-utf-7|utf-16|utf-32|ucs-2|hz-gb)/.test(c);
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
  let name = 'utf-8';
  try {
    name = libmime.normalizeCharset(charset || 'utf-8');
  } catch {
    /* keep utf-8 */
  }
  for (const candidate of [name, charset, 'utf-8']) {
    try {
      return new TextDecoder(candidate || 'utf-8').decode(bytes);
    } catch {
      /* try the next name */
    }
  }
  return Buffer.from(bytes).toString('latin1');
}

/**
 * Builds decoded text from bytes that each know their document offset: ASCII bytes become one
 * character at their own position; a run of non-ASCII bytes is decoded with the charset and all
 * its characters take the run's first position. The text grows as one string and the offsets in
 * one typed array (a large base64 part would otherwise cost an object per character).
 */
class MappedText {
  text = '';
  offsets = new Int32Array(1024);
  private runBytes: number[] = [];
  private runOffset = 0;
  length = 0;

  constructor(private readonly charset: string) {}

  byte(b: number, offset: number): void {
    if (b < 0x80) {
      this.flush();
      this.push(String.fromCharCode(b), offset);
      return;
    }
    if (!this.runBytes.length) this.runOffset = offset;
    this.runBytes.push(b);
  }

  flush(): void {
    if (!this.runBytes.length) return;
    const text = decodeBytes(Uint8Array.from(this.runBytes), this.charset);
    this.runBytes = [];
    // One entry per UTF-16 unit, so that columns count as the editor counts them.
    for (let i = 0; i < text.length; i++) this.push(text[i], this.runOffset);
  }

  private push(ch: string, offset: number): void {
    if (this.length >= maxDecodedChars) return;
    if (this.length === this.offsets.length) this.offsets = doubled(this.offsets);
    this.text += ch;
    this.offsets[this.length++] = offset;
  }
}

function mappedView(doc: ParsedDocument, mapped: MappedText, fallbackLine: number): TextView {
  mapped.flush();
  const { text, offsets } = mapped;
  const lines: string[] = [];
  /** Per line: where its characters start in `offsets`, and the document offset just after its last one. */
  const lineStarts: number[] = [];
  const lineEndOffsets: number[] = [];
  let start = 0;
  for (let i = 0; i < mapped.length; i++) {
    const ch = text[i];
    // The decoded text follows the editor's line model too: CRLF, LF and a lone CR end a line.
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      const end = ch === '\n' && i > start && text[i - 1] === '\r' ? i - 1 : i;
      lines.push(text.slice(start, end));
      lineStarts.push(start);
      lineEndOffsets.push(offsets[i]);
      start = i + 1;
    }
  }
  lines.push(text.slice(start, mapped.length));
  lineStarts.push(start);
  lineEndOffsets.push(mapped.length > start ? offsets[mapped.length - 1] + 1 : docOffset(doc, fallbackLine, 0));
  return {
    lines,
    exact: true,
    position(line, col) {
      if (line < 0 || line >= lines.length) return { line: fallbackLine, character: 0 };
      return offsetToPosition(doc, col < lines[line].length ? offsets[lineStarts[line] + col] : lineEndOffsets[line]);
    },
  };
}

function docOffset(doc: ParsedDocument, line: number, col: number): number {
  return (doc.lineStarts[line] ?? 0) + col;
}

export function offsetToPosition(doc: ParsedDocument, offset: number): Position {
  let lo = 0;
  let hi = doc.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: Math.min(offset - doc.lineStarts[lo], doc.lines[lo].length) };
}

const hexValue = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);

function quotedPrintableView(doc: ParsedDocument, from: number, to: number, charset: string): TextView {
  if (!asciiCompatible(charset)) return opaqueView(doc, from, to, quotedPrintableBytes(doc, from, to), charset);
  const text = new MappedText(charset);
  for (let l = from; l < to && text.length < maxDecodedChars; l++) {
    const line = doc.lines[l].replace(/[ \t]+$/, '');
    const base = doc.lineStarts[l];
    let soft = false;
    for (let c = 0; c < line.length; c++) {
      const ch = line.charCodeAt(c);
      if (ch === 61 /* = */) {
        if (c === line.length - 1) {
          soft = true;
          break;
        }
        const hi = hexValue(line.charCodeAt(c + 1));
        const lo = hexValue(line.charCodeAt(c + 2));
        if (hi >= 0 && lo >= 0) {
          text.byte(hi * 16 + lo, base + c);
          c += 2;
          continue;
        }
      }
      if (ch > 0xff) {
        // Already decoded text in a part that claims quoted-printable.
        text.flush();
        for (const b of Buffer.from(line[c], 'utf8')) text.byte(b, base + c);
        continue;
      }
      text.byte(ch, base + c);
    }
    if (!soft && l < to - 1) text.byte(10, base + doc.lines[l].length);
  }
  return mappedView(doc, text, from);
}

function quotedPrintableBytes(doc: ParsedDocument, from: number, to: number): Uint8Array {
  const body = doc.lines.slice(from, to).join('\n');
  return Uint8Array.from(Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1'));
}

const base64Value = (c: number): number =>
  c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 71 : c >= 48 && c <= 57 ? c + 4 : c === 43 ? 62 : c === 47 ? 63 : -1;

function base64View(doc: ParsedDocument, from: number, to: number, charset: string): TextView {
  // Collect the base64 characters with their document offsets, then decode in groups of four.
  const values: number[] = [];
  const offsets: number[] = [];
  for (let l = from; l < to && values.length < maxDecodedChars * 2; l++) {
    const line = doc.lines[l];
    const base = doc.lineStarts[l];
    for (let c = 0; c < line.length; c++) {
      const v = base64Value(line.charCodeAt(c));
      if (v >= 0) {
        values.push(v);
        offsets.push(base + c);
      }
    }
  }
  const bytes: number[] = [];
  const byteOffsets: number[] = [];
  for (let i = 0; i + 1 < values.length; i += 4) {
    const [a, b, c, d] = [values[i], values[i + 1], values[i + 2], values[i + 3]];
    bytes.push(((a << 2) | (b >> 4)) & 0xff);
    byteOffsets.push(offsets[i]);
    if (c !== undefined) {
      bytes.push(((b << 4) | (c >> 2)) & 0xff);
      byteOffsets.push(offsets[i + 1]);
    }
    if (d !== undefined) {
      bytes.push(((c << 6) | d) & 0xff);
      byteOffsets.push(offsets[i + 2]);
    }
  }
  if (!asciiCompatible(charset)) return opaqueView(doc, from, to, Uint8Array.from(bytes), charset);
  const text = new MappedText(charset);
  for (let i = 0; i < bytes.length; i++) text.byte(bytes[i], byteOffsets[i]);
  return mappedView(doc, text, from);
}

/** Decoded text whose characters cannot be mapped: every position is the part's first line. */
function opaqueView(doc: ParsedDocument, from: number, to: number, bytes: Uint8Array, charset: string): TextView {
  const text = decodeBytes(bytes.subarray(0, maxDecodedChars), charset);
  const width = doc.lines[from]?.length ?? 0;
  return {
    lines: lineTexts(text),
    exact: false,
    position: (_line, col) => ({ line: Math.min(from, doc.lines.length - 1), character: Math.min(col, width) }),
  };
}
