/**
 * An RFC 5322 + MIME (RFC 2045/2046) parser that keeps exact positions: every header field and
 * every part knows the document lines it came from. It works on the document's own lines, so a
 * nested multipart or message/rfc822 part is parsed in place; transfer-encoded bodies are decoded
 * separately for analysis (textView.ts). Nesting is capped and every level scans its lines once.
 */
import libmime from 'libmime';
import { forEachLine } from '../lines';

/** Deeper nesting is treated as an opaque leaf: no recursion proportional to the input. */
export const maxDepth = 12;
/** Parts beyond this count are not split further (their text stays in the enclosing part). */
const maxParts = 2000;

export interface ValuePiece {
  line: number;
  /** Column of the piece in the document line. */
  col: number;
  text: string;
}

export interface HeaderField {
  name: string;
  lower: string;
  line: number;
  nameCol: number;
  endLine: number;
  /** The physical pieces of the value: the part after the colon, then each continuation line. */
  pieces: ValuePiece[];
  /** The unfolded value (pieces joined by a space, trimmed). */
  value: string;
}

export interface ContentType {
  /** "text/plain", lower-case. */
  mime: string;
  type: string;
  subtype: string;
  params: Record<string, string>;
}

export interface MimeEntity {
  /** First header line (or the body start of a header-less part). */
  start: number;
  headers: HeaderField[];
  /** Line after the header block (the blank separator line), or `start` when there are no headers. */
  headerEnd: number;
  bodyStart: number;
  /** Exclusive. */
  bodyEnd: number;
  contentType: ContentType;
  /** Whether the part declared its Content-Type (multipart/digest defaults differ). */
  explicitType: boolean;
  encoding: string;
  charset: string;
  depth: number;
  children: MimeEntity[];
  /** For message/rfc822 (and message/global) parts: the enclosed message, parsed in place. */
  message?: MimeEntity;
  /** For text/rfc822-headers: the header block of the returned message. */
  headerBlock?: MimeEntity;
  /**
   * The entity was not split further: the depth or part cap, or a multipart whose boundary is
   * missing or never appears. Its text is then read as a whole, so that no finding is lost.
   */
  capped: boolean;
}

export interface ParsedDocument {
  lines: string[];
  /** Offset of each line's first character in the document text. */
  lineStarts: number[];
  /** One message, or several for an mbox file. */
  messages: MimeEntity[];
}

const fieldNameRe = /^([!-9;-~]+)[ \t]*:/;
/** An mbox "From " separator: `From sender Www Mmm dd hh:mm:ss yyyy`. */
const mboxFromRe = /^From \S*\s+\w{3} \w{3}\s+\d{1,2} \d{1,2}:\d{1,2}(?::\d{1,2})? (?:\S+ )?\d{4}\b/;

export function parseDocument(text: string): ParsedDocument {
  const lines: string[] = [];
  const lineStarts: number[] = [];
  forEachLine(text, (start, end) => {
    lineStarts.push(start);
    lines.push(text.slice(start, end));
  });
  const parser = new MimeParser(lines);
  const messages = splitMbox(lines).map(([from, to]) => parser.entity(from, to, 0, 'text/plain'));
  return { lines, lineStarts, messages };
}

/** Message line ranges: the whole file, or one range per mbox "From " line. */
function splitMbox(lines: string[]): [number, number][] {
  if (!mboxFromRe.test(lines[0] ?? '')) return [[0, lines.length]];
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i].startsWith('From ') && mboxFromRe.test(lines[i])) starts.push(i);
  return starts.map((s, i) => [s + 1, i + 1 < starts.length ? starts[i + 1] : lines.length]);
}

class MimeParser {
  private parts = 0;

  constructor(private readonly lines: string[]) {}

  entity(start: number, end: number, depth: number, defaultType: string): MimeEntity {
    this.parts++;
    const { headers, headerEnd, bodyStart } = this.headerBlock(start, end);
    const ctField = headers.find((h) => h.lower === 'content-type');
    const contentType = parseContentType(ctField?.value, defaultType);
    const cte = headers.find((h) => h.lower === 'content-transfer-encoding')?.value.trim().toLowerCase() ?? '7bit';
    const entity: MimeEntity = {
      start,
      headers,
      headerEnd,
      bodyStart,
      bodyEnd: end,
      contentType,
      explicitType: !!ctField,
      encoding: cte.split(/[\s;(]/)[0] || '7bit',
      charset: contentType.params.charset ?? 'us-ascii',
      depth,
      children: [],
      capped: false,
    };
    const capped = depth >= maxDepth || this.parts >= maxParts;
    const identity = !['base64', 'quoted-printable'].includes(entity.encoding);
    if (contentType.type === 'multipart') {
      const boundary = contentType.params.boundary;
      if (capped || !boundary) entity.capped = true;
      else this.splitMultipart(entity, boundary, contentType.subtype === 'digest' ? 'message/rfc822' : 'text/plain');
    } else if ((contentType.mime === 'message/rfc822' || contentType.mime === 'message/global') && identity && bodyStart < end) {
      if (capped) entity.capped = true;
      else entity.message = this.entity(this.skipBlank(bodyStart, end), end, depth + 1, 'text/plain');
    } else if (contentType.mime === 'text/rfc822-headers' && identity && bodyStart < end) {
      const from = this.skipBlank(bodyStart, end);
      const block = this.headerBlock(from, end);
      entity.headerBlock = {
        start: from,
        headers: block.headers,
        headerEnd: block.headerEnd,
        bodyStart: block.bodyStart,
        bodyEnd: end,
        contentType: parseContentType(undefined, 'text/plain'),
        explicitType: false,
        encoding: '7bit',
        charset: 'us-ascii',
        depth: depth + 1,
        children: [],
        capped: false,
      };
    }
    return entity;
  }

  /** Some generators put blank lines before an enclosed message's headers. */
  private skipBlank(from: number, end: number): number {
    let i = from;
    while (i < end && i < from + 5 && this.lines[i].trim() === '') i++;
    return i < end && fieldNameRe.test(this.lines[i]) ? i : from;
  }

  private headerBlock(start: number, end: number): { headers: HeaderField[]; headerEnd: number; bodyStart: number } {
    const headers: HeaderField[] = [];
    let i = start;
    let current: HeaderField | undefined;
    for (; i < end; i++) {
      const line = this.lines[i];
      if (isBlank(line)) break;
      if ((line[0] === ' ' || line[0] === '\t') && current) {
        const col = line.length - line.trimStart().length;
        current.pieces.push({ line: i, col, text: line.slice(col) });
        current.endLine = i;
        continue;
      }
      const m = fieldNameRe.exec(line);
      if (!m) {
        // A first line "From sender date" is an mbox separator, whatever its date looks like.
        if (i === start && /^From \S/.test(line)) continue;
        // Some generators do not indent the parameters after a `;` (`Content-Type: x;` + `boundary=…`).
        const last = current?.pieces[current.pieces.length - 1].text.trimEnd() ?? '';
        if (current && last.endsWith(';') && /^[A-Za-z][\w-]*\*?=/.test(line)) {
          current.pieces.push({ line: i, col: 0, text: line });
          current.endLine = i;
          continue;
        }
        break;
      }
      const afterColon = m[0].length;
      const valueCol = afterColon + (line.length - afterColon - line.slice(afterColon).trimStart().length);
      current = { name: m[1], lower: m[1].toLowerCase(), line: i, nameCol: 0, endLine: i, pieces: [{ line: i, col: valueCol, text: line.slice(valueCol) }], value: '' };
      headers.push(current);
    }
    for (const h of headers) h.value = (h.pieces.length === 1 ? h.pieces[0].text : h.pieces.map((p) => p.text).join(' ')).trim();
    // Headers end at a blank line; a non-header line also ends them (the body starts there).
    const bodyStart = i < end && isBlank(this.lines[i]) ? i + 1 : i;
    return { headers, headerEnd: i, bodyStart };
  }

  private splitMultipart(entity: MimeEntity, boundary: string, childDefault: string): void {
    const dash = `--${boundary}`;
    const delimiters: number[] = [];
    let closeLine = -1;
    for (let i = entity.bodyStart; i < entity.bodyEnd; i++) {
      const line = this.lines[i];
      if (!line.startsWith(dash)) continue;
      const rest = line.slice(dash.length).trim();
      if (rest === '') delimiters.push(i);
      else if (rest === '--') {
        closeLine = i;
        break;
      }
    }
    const end = closeLine >= 0 ? closeLine : entity.bodyEnd;
    if (!delimiters.length) entity.capped = true;
    for (let k = 0; k < delimiters.length; k++) {
      const from = delimiters[k] + 1;
      const to = k + 1 < delimiters.length ? delimiters[k + 1] : end;
      if (from > to) continue;
      if (this.parts >= maxParts) {
        entity.capped = true;
        break;
      }
      const child = this.entity(from, to, entity.depth + 1, childDefault);
      entity.children.push(child);
    }
  }
}

/** `line.trim() === ''` without making the trimmed string: most lines a parser looks at are not blank. */
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // The white space String.prototype.trim removes that mail text holds; anything rarer goes to trim itself.
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10 && c !== 12 && c !== 11) return c > 127 ? line.trim() === '' : false;
  }
  return true;
}

export function parseContentType(value: string | undefined, defaultType: string): ContentType {
  if (!value) {
    const [type, subtype] = defaultType.split('/');
    return { mime: defaultType, type, subtype, params: defaultType.startsWith('text/') ? { charset: 'us-ascii' } : {} };
  }
  let parsed: { value: string; params: Record<string, string> };
  try {
    parsed = libmime.parseHeaderValue(value) as { value: string; params: Record<string, string> };
  } catch {
    parsed = { value: value.split(';')[0], params: {} };
  }
  const mime = parsed.value.trim().toLowerCase();
  const slash = mime.indexOf('/');
  if (slash <= 0) return parseContentType(undefined, defaultType);
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed.params ?? {})) if (typeof v === 'string') params[k.toLowerCase()] = v;
  return { mime, type: mime.slice(0, slash), subtype: mime.slice(slash + 1), params };
}

/** Decodes RFC 2047 encoded words for display and analysis (never for positions). */
export function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value;
  try {
    return libmime.decodeWords(value);
  } catch {
    return value;
  }
}

export function header(entity: MimeEntity, name: string): HeaderField | undefined {
  const lower = name.toLowerCase();
  return entity.headers.find((h) => h.lower === lower);
}
