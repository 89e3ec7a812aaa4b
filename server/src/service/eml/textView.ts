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

type Decoder = InstanceType<typeof TextDecoder>;

/** The decoder each charset label resolves to, made once per label. */
const decoders = new Map<string, Decoder | null>();
const maxDecoders = 64;

function decoderFor(charset: string): Decoder | null {
  let decoder = decoders.get(charset);
  if (decoder !== undefined) return decoder;
  let name = 'utf-8';
  try {
    name = libmime.normalizeCharset(charset || 'utf-8');
  } catch {
    /* keep utf-8 */
  }
  decoder = null;
  for (const candidate of [name, charset, 'utf-8']) {
    try {
      decoder = new TextDecoder(candidate || 'utf-8');
      break;
    } catch {
      /* try the next name */
    }
  }
  // Charset labels come from the document: bound what hostile input can make us keep.
  if (decoders.size >= maxDecoders) decoders.clear();
  decoders.set(charset, decoder);
  return decoder;
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
  const decoder = decoderFor(charset);
  return decoder ? decoder.decode(bytes) : Buffer.from(bytes).toString('latin1');
}

/**
 * Builds decoded text from bytes that each know their document offset: ASCII bytes become one
 * character at their own position; a run of non-ASCII bytes is decoded with the charset and all
 * its characters take the run's first position. Characters and offsets grow in typed arrays and the
 * text is made once at the end (a string grown by one character at a time costs an object per character).
 */
class MappedText {
  units = new Uint16Array(1024);
  offsets = new Int32Array(1024);
  private runBytes = new Uint8Array(64);
  private runLength = 0;
  private runOffset = 0;
  length = 0;

  constructor(private readonly charset: string) {}

  byte(b: number, offset: number): void {
    if (b < 0x80) {
      if (this.runLength) this.flush();
      this.push(b, offset);
      return;
    }
    if (!this.runLength) this.runOffset = offset;
    if (this.runLength === this.runBytes.length) {
      const grown = new Uint8Array(this.runLength * 2);
      grown.set(this.runBytes);
      this.runBytes = grown;
    }
    this.runBytes[this.runLength++] = b;
  }

  flush(): void {
    if (!this.runLength) return;
    const text = decodeBytes(this.runBytes.subarray(0, this.runLength), this.charset);
    this.runLength = 0;
    // One entry per UTF-16 unit, so that columns count as the editor counts them.
    for (let i = 0; i < text.length; i++) this.push(text.charCodeAt(i), this.runOffset);
  }

  /** The decoded text; call after the last byte and flush(). */
  text(): string {
    let text = '';
    // In chunks: fromCharCode takes its units as arguments, and arguments are limited.
    for (let i = 0; i < this.length; i += 8192) text += String.fromCharCode.apply(null, this.units.subarray(i, Math.min(this.length, i + 8192)) as unknown as number[]);
    return text;
  }

  private push(unit: number, offset: number): void {
    if (this.length >= maxDecodedChars) return;
    if (this.length === this.offsets.length) {
      this.offsets = doubled(this.offsets);
      const units = new Uint16Array(this.units.length * 2);
      units.set(this.units);
      this.units = units;
    }
    this.units[this.length] = unit;
    this.offsets[this.length++] = offset;
  }
}

function mappedView(doc: ParsedDocument, mapped: MappedText, fallbackLine: number): TextView {
  mapped.flush();
  const { units, offsets } = mapped;
  const text = mapped.text();
  const lines: string[] = [];
  /** Per line: where its characters start in `offsets`, and the document offset just after its last one. */
  const lineStarts: number[] = [];
  const lineEndOffsets: number[] = [];
  let start = 0;
  for (let i = 0; i < mapped.length; i++) {
    const ch = units[i];
    // The decoded text follows the editor's line model too: CRLF, LF and a lone CR end a line.
    if (ch === 10 || (ch === 13 && (i + 1 >= mapped.length || units[i + 1] !== 10))) {
      const end = ch === 10 && i > start && units[i - 1] === 13 ? i - 1 : i;
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
    const line = doc.lines[l];
    // Trailing white space is transport padding (RFC 2045 6.7 rule 3).
    let length = line.length;
    while (length > 0 && (line.charCodeAt(length - 1) === 32 || line.charCodeAt(length - 1) === 9)) length--;
    const base = doc.lineStarts[l];
    let soft = false;
    for (let c = 0; c < length; c++) {
      const ch = line.charCodeAt(c);
      if (ch === 61 /* = */) {
        if (c === length - 1) {
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
  let values = new Uint8Array(1024);
  let offsets = new Int32Array(1024);
  let n = 0;
  for (let l = from; l < to && n < maxDecodedChars * 2; l++) {
    const line = doc.lines[l];
    const base = doc.lineStarts[l];
    if (n + line.length > values.length) {
      let size = values.length * 2;
      while (size < n + line.length) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(values.subarray(0, n));
      values = grown;
      const grownOffsets = new Int32Array(size);
      grownOffsets.set(offsets.subarray(0, n));
      offsets = grownOffsets;
    }
    for (let c = 0; c < line.length; c++) {
      const v = base64Value(line.charCodeAt(c));
      if (v >= 0) {
        values[n] = v;
        offsets[n++] = base + c;
      }
    }
  }
  // Each decoded byte with the offset of the first base64 character it takes bits from.
  const ascii = asciiCompatible(charset);
  const text = new MappedText(charset);
  const bytes = ascii ? undefined : new Uint8Array(Math.ceil((n * 3) / 4));
  let byteCount = 0;
  const emit = (byte: number, offset: number): void => {
    if (bytes) bytes[byteCount++] = byte;
    else text.byte(byte, offset);
  };
  for (let i = 0; i + 1 < n; i += 4) {
    const a = values[i];
    const b = values[i + 1];
    emit(((a << 2) | (b >> 4)) & 0xff, offsets[i]);
    if (i + 2 < n) {
      const c = values[i + 2];
      emit(((b << 4) | (c >> 2)) & 0xff, offsets[i + 1]);
      if (i + 3 < n) emit(((c << 6) | values[i + 3]) & 0xff, offsets[i + 2]);
    }
  }
  if (bytes) return opaqueView(doc, from, to, bytes.subarray(0, byteCount), charset);
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
