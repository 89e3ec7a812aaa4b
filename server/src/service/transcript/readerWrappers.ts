/**
 * The wrapping layers the reader peels before it looks for speakers: Markdown (fences, escapes),
 * string reprs and quoted strings with escaped CRLFs (one piece per protocol line, exact columns),
 * JSON-lines and logfmt messages, and Exchange's CSV protocol log.
 */
import { peelNoise } from './readerMarks';

/** A stretch of a line that may hold one protocol line, after the wrapping layers are peeled. */
export interface Piece {
  line: number;
  start: number;
  text: string;
  /** Shown with escaped line endings (a string repr or a JSON/logfmt value). */
  escaped?: boolean;
  /** Prefix outside the string the piece came from ("send: b'"), part of its shape. */
  outer: string;
  /** Tool output with no protocol text (a CSV `*` event, a code fence). */
  info?: boolean;
  /** A timestamp, level or id stood in front of the text. */
  noisy: boolean;
  /** A line the tool logged again: its buffer grows, and each entry repeats what came before. */
  repeat?: boolean;
}

/**
 * Some tools log a growing read buffer ("<< 250-a<CRLF>", then "<< 250-a<CRLF>250-b<CRLF>"):
 * the lines an entry repeats from the entry before are marked, so each protocol line counts once.
 */
export function markRepeatedBuffers(pieces: Piece[]): void {
  let previous: Piece[] = [];
  // Lines shown bare (a terminal's echo): a quoted string repeating one soon after is a tool's
  // copy of its buffer (expect's `does "220 …\r\n" match …?`), not a new line of the session.
  const shownBare = new Map<string, number>();
  const sentBefore = new Map<string, number>();
  const keyOf = (p: Piece) => p.text.replace(/(?:\\r)+$/, '').trim();
  for (let i = 0; i < pieces.length; ) {
    let j = i;
    while (j < pieces.length && pieces[j].line === pieces[i].line) j++;
    const entry = pieces.slice(i, j);
    // (A command quoted after its echo may be the line itself, as strace's `write(3, "EHLO x\r\n", 8)`
    // after the terminal's echo of what was typed: one line repeats only if it is a reply, or if the
    // echo was itself of a line sent before it, as expect's `sending "QUIT\r"`, then `QUIT`, then `does "QUIT\r\n"`.)
    const shownBefore = (p: Piece) => p.line - (shownBare.get(keyOf(p)) ?? -Infinity) <= 100;
    const echoOfSent = (p: Piece) => (sentBefore.get(keyOf(p)) ?? Infinity) < shownBare.get(keyOf(p))!;
    const quoted = entry.filter((p) => p.escaped);
    const copy =
      quoted.length > 0 && quoted.every(shownBefore) && (quoted.length > 1 || /^[2-5]\d\d(?:[ -]|$)/.test(keyOf(quoted[0])) || echoOfSent(quoted[0]));
    for (const p of quoted) {
      if (copy) p.repeat = true;
      else sentBefore.set(keyOf(p), p.line);
    }
    for (const p of entry) if (!p.escaped) shownBare.set(keyOf(p), p.line);
    const repeats =
      entry.length > previous.length && previous.length > 0 && previous.every((p, k) => p.outer === entry[k].outer && p.text === entry[k].text);
    if (repeats) for (let k = 0; k < previous.length; k++) entry[k].repeat = true;
    previous = entry[0]?.escaped ? entry : [];
    i = j;
  }
}

const fence = /^\s{0,3}(?:```|~~~)/;
const trailingComment = /[ \t]+(?:\/\/(?!\/).*|\/\*.*\*\/[ \t]*)$/;
const sameLineMarks = /^\s*(>{2,3}|<{2,3}) \S.*? (?!\1)(?:>{2,3}|<{2,3}) /;
const markStart = /(?:^|\s)(?=(?:>{2,3}|<{2,3}) )/g;

/** One piece per mark on a line that holds both sides, each from its mark to the next. */
function splitAtMarks(text: string, line: number): Piece[] {
  const starts = [...text.matchAll(markStart)].map((m) => m.index! + m[0].length);
  return starts.map((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : text.length;
    return { line, start, text: text.slice(start, end).trimEnd(), outer: '', noisy: false };
  });
}

// "S:"/"C:", and RFC 821's "S:"/"R:" (sender and receiver): what follows each label tells its side.
const sideLabel = /(?:[Ss]erver|[Cc]lient|(?<![\w"'])[SCR]): (?=\S)/g;

/** The text before the first label, then one piece per label, each from its label to the next. */
function splitAtLabels(text: string, line: number, labels: RegExpMatchArray[]): Piece[] {
  const starts = [0, ...labels.map((m) => m.index!)].filter((at, k, all) => k === 0 || at > all[k - 1]);
  return starts
    .map((start, k) => ({ line, start, text: text.slice(start, k + 1 < starts.length ? starts[k + 1] : text.length).trimEnd(), outer: '', noisy: false }))
    .filter((piece) => piece.text.trim());
}

const htmlEntity = /&(?:lt|gt|amp|quot|#39);/g;
const htmlCharacters: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };
const jsonMessage = /"(?:msg|message|text|line|data|log|body)"\s*:\s*"/;
// logfmt and tracing fields ("msg=\"…\"", Stalwart's `contents = "220 …\r\n"`).
const logfmtMessage = /(?:^|\s)(?:msg|message|contents?|data|payload|line)\s?=\s?"/;
// Exchange's SMTP protocol log: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context
const exchangeCsv = /^\d{4}-\d\d-\d\dT[^,]*,[^,]*,[^,]*,\d*,[^,]*,[^,]*,([<>*+-]),/;

export function unwrap(text: string, line: number, markdown: boolean): Piece[] {
  if (markdown && fence.test(text)) {
    // A fence glued to the first line of its block ("```S:220 ready") opens it and holds that line;
    // a fence with its language ("```text") or nothing is only a fence.
    const glued = /^\s{0,3}(?:```|~~~)(?=\S*[\s:])/.exec(text);
    if (!glued) return [{ line, start: 0, text, outer: '', info: true, noisy: false }];
    return [{ line, start: glued[0].length, text: text.slice(glued[0].length), outer: '', noisy: false }];
  }
  const csv = exchangeCsv.exec(text);
  if (csv) {
    let start = csv[0].length;
    let end = text.length;
    if (text[start] === '"') {
      start++;
      end = closingQuote(text, start, '"', true);
    } else {
      const comma = text.indexOf(',', start);
      if (comma >= 0) end = comma;
    }
    return [{ line, start, text: text.slice(start, end), outer: csv[1], info: csv[1] !== '<' && csv[1] !== '>', noisy: true }];
  }
  const value = jsonMessage.exec(text) ?? logfmtMessage.exec(text);
  if (value && (text.trimStart().startsWith('{') || value.index > 0)) {
    const start = value.index + value[0].length;
    const end = closingQuote(text, start, '"', false);
    return splitEscaped(text, line, start, end, '', true);
  }
  const literal = escapedString(text);
  if (literal) return splitEscaped(text, line, literal.start, literal.end, text.slice(0, literal.start), true);
  // A tutorial's console with both sides on one line (">> HELO x << 250 Hello x"): one piece per mark.
  if (sameLineMarks.test(text)) return splitAtMarks(text, line);
  // A session whose line breaks a web page lost ("Server: 220 mx Client: HELO c Server: 250 …", "S: 220 … C: HELO c S: 250 …"): one piece per label.
  const labels = [...text.matchAll(sideLabel)];
  if (labels.length >= 3 && new Set(labels.map((m) => m[0].toLowerCase())).size >= 2) return splitAtLabels(text, line, labels);
  // An author's comment after the protocol text ("rcpt to:<a@b>   // must exist", ".   /* end */").
  const comment = trailingComment.exec(text);
  if (comment && text.slice(0, comment.index).trim()) text = text.slice(0, comment.index);
  let unescaped = markdown ? text.replace(/\\(?=[_*<>#`|[\]()!+.-])/g, '\uFEFF') : text;
  // A transcript copied from a web page's source keeps its HTML escapes ("&lt;&lt;&lt; 220"): the
  // character takes the entity's last column, U+FEFF the others, so columns stay the editor's.
  if (unescaped.includes('&')) unescaped = unescaped.replace(htmlEntity, (m: string) => '\uFEFF'.repeat(m.length - 1) + htmlCharacters[m]);
  return [{ line, start: 0, text: unescaped, outer: '', noisy: false }];
}

/** Where a quoted value ends: the next unescaped quote (CSV doubles it instead), or the line's end. */
function closingQuote(text: string, from: number, quote: string, doubled: boolean): number {
  for (let i = from; i < text.length; i++) {
    if (!doubled && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (doubled && text[i + 1] === quote) i++;
      else return i;
    }
  }
  return text.length;
}

/**
 * Line endings shown as text: escaped ("\\r\\n", "\\n", "\\x0d\\x0a", a CR that ends a string: expect's
 * `sending "QUIT\\r"`), in hex (Medusa's "[0D][0A]") or
 * in hex ("<0d><0a>", stone's dump), named ("<CRLF>", Rust's async-smtp) or drawn (a web page's "↵"). (Not the "<CRLF>.<CRLF>" a 354 reply names as the end of data.)
 */
const lineBreaks = String.raw`\\r\\n|\\n|\\r(?=\\?["'])|\u21b5|\u23ce|\\x0[dD]\\x0[aA]|\\x0[aA]|\[0[dD]\]\[0[aA]\]|\[0[aA]\]|<0[dD]><0[aA]>|<0[aA]>|<CRLF>(?!\.<CRLF>)(?<!<CRLF>\.<CRLF>)`;
const lineBreakShown = new RegExp(lineBreaks);
/** The same inside a string, whose last CR has no quote after it. */
const lineBreakInString = new RegExp(`${lineBreaks}|\\\\r$`);

/** A quoted string holding escaped line endings (Python b'…\r\n', PHP and JavaScript "…\r\n"). */
function escapedString(text: string): { start: number; end: number } | undefined {
  if (!lineBreakShown.test(text)) return undefined;
  const quoted = /(?:^|[^\w\\])b?(['"])/g;
  for (let m = quoted.exec(text); m; m = quoted.exec(text)) {
    const start = m.index + m[0].length;
    const end = closingQuote(text, start, m[1], false);
    if (lineBreakInString.test(text.slice(start, end))) return { start, end };
    quoted.lastIndex = end + 1;
  }
  // An unquoted "Sent: EHLO x\r\n".
  return { start: 0, end: text.length };
}

/** One piece per protocol line in a value that holds several, split at the escaped CRLF (or LF). */
function splitEscaped(text: string, line: number, start: number, end: number, outer: string, escaped: boolean): Piece[] {
  const value = text.slice(start, end);
  const mark = outer.slice(peelNoise(outer)).trim();
  const pieces: Piece[] = [];
  // Every shown line ending splits, whichever of them a tool mixes ("response: \n250 2.1.0 OK\r\n").
  const separator = new RegExp(lineBreakInString.source, 'g');
  let from = 0;
  for (;;) {
    const found = separator.exec(value);
    const at = found ? found.index : -1;
    const part = value.slice(from, at < 0 ? value.length : at);
    if (part.trim()) pieces.push({ line, start: start + from, text: part, escaped, outer: mark, noisy: mark !== '' });
    if (!found) break;
    from = at + found[0].length;
  }
  return pieces.length ? pieces : [{ line, start, text: value, escaped, outer: mark, noisy: true }];
}
