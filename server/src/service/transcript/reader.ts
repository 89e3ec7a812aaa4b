/**
 * The transcript reader: turns the document's lines into classified protocol units (who spoke,
 * where the SMTP text starts) and says which producer it recognised.
 *
 * Known markers (transcriptLines.ts) are the fast path, but their direction is checked against
 * what follows them. Everything else is inferred from the whole document: wrapping layers are
 * peeled (Markdown, string reprs with escaped CRLFs, JSON and logfmt messages, Exchange's CSV
 * protocol log), then the noise in front of each line (timestamps, levels, ids), and the lines
 * are grouped by the shape of what remains before the protocol text. A group mostly followed by
 * replies is the server's, one followed by commands the client's; the content decides, never a
 * fixed meaning of an arrow or a word.
 */
import type { SourceLine } from '../lines';
import { readBlocks } from './readerBlocks';
import { excerptPacketHead, packetDumps } from './readerPacketDumps';
import { addQuotedReplies, continueUnmarkedLines, demoteEchoes, readRawRuns, splitCommandAndReply, splitJoinedReplies } from './readerBareLines';
import { bareCount, classifyPieces, dropQuoteMarks, findCandidate, isCommandText, isSmtpVerb, groupCandidates, namesDirection, replyAt, type Group } from './readerMarks';
import { markRepeatedBuffers, unwrap, type Piece } from './readerWrappers';
import { classifyLine, type ClassifiedLine, type Direction } from './transcriptLines';

export interface TranscriptUnit extends ClassifiedLine {
  /** The document line the unit lies on; several units may share a line (escaped CRLFs). */
  line: number;
  /** The shape of the speaker's mark the reader grouped the unit by. */
  mark?: string;
  /** A line the tool logged twice; this copy is explained but not counted (the other one is). */
  echo?: boolean;
  /** The tool shows only the first line of what was sent (tcpdump's one line per packet): the rest is unseen. */
  firstLineOnly?: boolean;
  /** A reply code (text) or an enhanced code alone (text '') quoted in tool output: explained, not part of the session. */
  quoted?: boolean;
  /** For a quoted reply: its enhanced code where it stands ("(550, b'5.1.1 …')"). */
  quotedEnhanced?: { code: string; col: number };
  /** A command a tool names in its own words ("Connection upgraded with STARTTLS"): text is its verb. */
  quotedCommand?: boolean;
}

export interface TranscriptReading {
  /** In document order; blank lines are left out. */
  units: TranscriptUnit[];
  /** What the reader recognised, for the outline ("swaks", "inferred: [S]/[C]"). */
  producer?: string;
  /** The document looks like SMTP, but no side could be told. */
  undecided?: boolean;
  /**
   * What inference decided for the whole document, for reading an edited line again alone
   * (transcriptIncremental.ts): the groups of marks, whether it is Markdown, and whether each line
   * is read apart from the others (no blocks, no packet dumps).
   */
  inference?: { groups: Map<string, Group>; markdown: boolean; separate: boolean };
}

const dialectNames: Record<string, string> = {
  rfc: 'RFC 5321 style (S:/C:)',
  raw: 'raw session',
  swaks: 'swaks',
  sendmail: 'Sendmail transcript',
  exim: 'Exim debug output',
  postfix: 'Postfix verbose log',
  smtplib: 'Python smtplib debug output',
  curl: 'curl -v',
};

// Producers whose own words name them, checked on the first lines of an inferred document.
const producerSignatures: [RegExp, string][] = [
  [/(?:SERVER -> CLIENT|CLIENT -> SERVER): /, 'PHPMailer SMTPDebug'],
  [/^DEBUG SMTP: /m, 'JavaMail mail.debug'],
  [/#Software: Microsoft Exchange|^#Log-type: SMTP (?:Send|Receive) Protocol Log|^\d{4}-\d\d-\d\dT[^,\n]*,[^,\n]*,[^,\n]*,\d*,[^,\n]*,[^,\n]*,[<>*+-],/m, 'Exchange protocol log'],
  [/\] (?:DEBUG|INFO) \[[\w#-]+\] [SC]: /, 'Nodemailer logger'],
  [/\blettre::/, 'lettre (Rust)'],
  [/I\/SMTP SMTP (?:Response|Send): /, 'Thunderbird SMTP log'],
  [/^smtp: 0x[0-9a-f]+: (?:>>>|<<<) /m, 'OpenSMTPD trace'],
  [/^Net::SMTP(?:=GLOB\(0x[0-9a-f]+\))?(?:<<<|>>>) /m, 'Perl Net::SMTP debug output'],
];

/**
 * A session whose lines lost their breaks (a web page, a PDF): "S: 220 mx ready C: EHLO c S: 250 mx".
 * Each "S: " or "C: " after the first starts the next line of its side, at its place on the line.
 */
export function splitFlattened(u: TranscriptUnit): TranscriptUnit[] {
  if (u.dialect !== 'rfc' || u.kind !== 'protocol' || !flattenedMark.test(u.text)) return [u];
  const out: TranscriptUnit[] = [];
  let from = 0;
  let direction = u.direction;
  for (const m of u.text.matchAll(flattenedMarks)) {
    out.push({ ...u, direction, start: u.start + from, text: u.text.slice(from, m.index).trimEnd() });
    direction = m[1] === 'S' ? 'server' : 'client';
    from = m.index! + m[0].length;
  }
  out.push({ ...u, direction, start: u.start + from, text: u.text.slice(from) });
  return out;
}

const flattenedMark = /\s+([SC]): (?=\S)/;
const flattenedMarks = new RegExp(flattenedMark.source, 'g');

/** A sentence or a bracketed note under the client's mark, which no command looks like. */
function clientNote(text: string): boolean {
  const t = text.trim();
  if (/^<[^<>@]*\s[^<>@]*>$/.test(t)) return true;
  const words = t.split(/\s+/);
  const lower = words.filter((w) => /^[a-z]{3,}[,.!?]*$/.test(w)).length;
  return words.length >= 3 && (/[.!?]$/.test(t) || words.length >= 5) && !isSmtpVerb(words[0]) && lower >= 2;
}

/** A log level that opens a line's text: what follows is the tool's note. */
const toolNote = /^(?:info|warn(?:ing)?|error|debug|note|notice)\s*:\s/i;
// (With its offset, "0010: 45 48 4c 4f …", or without, a relay's row of bytes it could not print: TLS after STARTTLS.)
export const hexDumpRow = /^(?:(?:0x)?[0-9a-f]{4,8}:?(?: {1,2}[0-9a-f]{2}){4}|[0-9a-f]{2}(?: [0-9a-f]{2}){7,}\s*$)/i;
/** A relay's note that one side closed its stream ("1796581939.62>EOF"): no line either side sent. */
const endOfStream = /^\s*[[(<]?EOF[\])>]?\s*$/;

/** A line that makes the document Markdown (a fence, an escape). */
export const markdownLine = /^\s{0,3}(?:```|~~~)|\\[_*<>]/;

/**
 * A tool that marks only what the client sent ("dispatching ehlo …" in qpsmtpd's log, the
 * server's replies bare): one mark carries commands alone and the bare lines replies alone.
 */
function clientMarkOnly(groups: Map<string, Group>): boolean {
  const bare = groups.get('');
  if (!bare || bare.replies < 2 || bare.commands > 0) return false;
  const marks = [...groups.values()].filter((g) => g.key !== '' && g.side === 'client' && g.commands >= 2 && !g.replies);
  return marks.length === 1 && [...groups.values()].every((g) => g.key === '' || g === marks[0] || !g.side);
}

export function readTranscript(lines: SourceLine[]): TranscriptReading {
  const known: (ClassifiedLine | undefined)[] = lines.map((l) => {
    const c = classifyLine(l.text);
    return c.kind === 'protocol' || c.kind === 'info' ? c : undefined;
  });
  rejectContradictedMarkers(known);
  decideEitherMarkers(known, lines);
  const blockProducer = readBlocks(lines, known);

  const pieces: Piece[] = [];
  const markdown = lines.some((l) => markdownLine.test(l.text));
  const dumps = packetDumps(lines);
  lines.forEach((l, line) => {
    if (known[line] || !l.text.trim() || dumps.headers.has(line)) return;
    const column = dumps.payloadColumn.get(line) ?? 0;
    pieces.push(...unwrap(l.text.slice(column), line, markdown).map((p) => (column ? { ...p, start: p.start + column } : p)));
  });
  markRepeatedBuffers(pieces);
  const candidates = pieces.map(findCandidate);
  const groups = groupCandidates(candidates);
  dropQuoteMarks(pieces, candidates, groups);
  // Marks speak for the document when they carry more of its protocol text than bare lines do.
  const count = (g: Group) => g.replies + g.commands;
  const knownCount = known.filter((c) => c?.kind === 'protocol').length;
  const markedCount = knownCount + [...groups.values()].filter((g) => g.key !== '' && g.side).reduce((n, g) => n + count(g), 0);
  const marked = (markedCount > 0 && markedCount >= bareCount(pieces, candidates, known)) || clientMarkOnly(groups);
  // In a raw session a short tag in front of a few lines is the tool's ("DEBUG SMTP: AUTH LOGIN
  // succeeded"), not a speaker's mark, unless it names a direction.
  if (!marked) for (const g of groups.values()) if (g.key !== '' && !namesDirection(g.key)) g.side = undefined;
  const inferred = classifyPieces(pieces, candidates, groups);

  // Merge the known and the inferred units in document order.
  const units: TranscriptUnit[] = [];
  let p = 0;
  for (let line = 0; line < lines.length; line++) {
    const c = known[line];
    // The classified line itself becomes the unit (no copy per line): nothing reads `known` after this.
    if (c) {
      const u = Object.assign(c, { line });
      if (u.dialect === 'rfc' && u.kind === 'protocol' && flattenedMark.test(u.text)) units.push(...splitFlattened(u));
      else units.push(u);
    }
    while (p < inferred.length && inferred[p].line === line) units.push(inferred[p++]);
  }
  continueUnmarkedLines(units, marked);
  if (marked) readRawRuns(units);
  let inData = false;
  for (const u of units) {
    if (u.kind !== 'protocol') continue;
    if (u.direction === 'server') inData = /^354\b/.test(u.text);
    else if (inData && u.text.trim() === '.') inData = false;
    // A hex dump of the bytes (nmap, tcpdump -X) under a speaker's mark is no line of the protocol.
    if (hexDumpRow.test(u.text)) u.kind = 'other';
    // The tool's own note under a speaker's mark ("c: Info: STARTTLS is available …", "c: <Start TLS
    // negotiation>", "c: TLS session ready!") is no protocol text; in a message it would be the message's.
    else if (u.dialect === 'inferred' && (toolNote.test(u.text) || endOfStream.test(u.text) || (u.direction === 'client' && !inData && clientNote(u.text)))) u.kind = 'info';
    // (A packet head is at least 20 characters long.)
    else if (u.start >= 20 && excerptPacketHead.test(lines[u.line].text.slice(0, u.start))) u.firstLineOnly = true;
  }
  demoteEchoes(units);
  // (One array for the whole document, not one per unit: most units split into nothing.)
  const split: TranscriptUnit[] = [];
  for (const u of units) {
    const parts = splitCommandAndReply(u);
    if (parts.length === 1) split.push(parts[0]);
    else split.push(...parts);
  }
  const withQuotes = addQuotedReplies(splitJoinedReplies(split), lines);

  const raw = !marked && groups.has('');
  const protocol = units.filter((u) => u.kind === 'protocol');
  const producer = signedProducer(lines) ?? blockProducer ?? (raw ? dialectNames.raw : nameProducer(protocol, groups));
  const replyLike = candidates.filter((c) => c?.kind === 'reply').length;
  const undecided = !protocol.length && !raw && replyLike >= 2 ? true : undefined;
  const separate = !blockProducer && !dumps.headers.size && !dumps.payloadColumn.size;
  return { units: withQuotes, producer, undecided, inference: { groups, markdown, separate } };
}

/**
 * A known marker whose lines say the opposite of its fixed meaning (`> 250 ok` in a Markdown
 * quote, `<<< EHLO` in a tool that reverses Sendmail's arrows) is not that marker: its lines are
 * left to inference.
 */
function rejectContradictedMarkers(known: (ClassifiedLine | undefined)[]): void {
  const tally = new Map<string, { replies: number; commands: number; texts: number }>();
  const keyOf = (c: ClassifiedLine) => `${c.dialect}:${c.direction}`;
  for (const c of known) {
    if (!c || c.kind !== 'protocol' || c.direction === 'either') continue;
    const key = keyOf(c);
    let t = tally.get(key);
    if (!t) tally.set(key, (t = { replies: 0, commands: 0, texts: 0 }));
    if (replyAt.test(c.text)) t.replies++;
    else if (isCommandText(c.text)) t.commands++;
    else if (/\S/.test(c.text)) t.texts++;
  }
  const contradicted = new Set<string>();
  for (const [key, t] of tally) {
    const client = key.endsWith(':client');
    const against = client ? t.replies : t.commands;
    const for_ = client ? t.commands : t.replies;
    // A marker that never precedes a reply or a command ("Server: 127.0.0.1 Port: 587") is tool output.
    // Nor is one that never precedes its own side's text but other lines (a Markdown quote of a stack trace).
    // A marker whose only protocol line is the other side's ("> 421 4.7.0 …" quoted in prose) is a quote, not that tool's marker.
    if ((against >= 2 && against > for_) || (t.replies + t.commands === 0 && t.texts > 0) || (for_ === 0 && against >= 1)) contradicted.add(key);
  }
  // A tool's note that holds a whole reply ("connect: 220 mx ESMTP" where smtplib's own "connect:" holds an address) is left to inference.
  known.forEach((c, i) => {
    if (c?.kind === 'info' && /^(?:\w+:\s*)?[2-5]\d\d[ -]\S/.test(c.text)) known[i] = undefined;
  });
  if (!contradicted.size) return;
  // Lines that a marker took for tool output may be the other side's protocol text.
  known.forEach((c, i) => {
    if (c && (contradicted.has(keyOf(c)) || (c.kind === 'info' && (replyAt.test(c.text) || isCommandText(c.text))))) known[i] = undefined;
  });
}

/**
 * A known marker whose side depends on the tool's role (Exim's `SMTP<<` is what a server received
 * and what a client was answered; Postfix's `<` likewise) says nothing by itself; where one mark
 * carries only commands and another only replies, the document's own lines tell who speaks.
 */
function decideEitherMarkers(known: (ClassifiedLine | undefined)[], lines: SourceLine[]): void {
  const tally = new Map<string, { replies: number; commands: number; texts: number }>();
  const keyOf = (c: ClassifiedLine, line: number) => `${c.dialect}:${lines[line].text.slice(0, c.start).replace(/[\d\s]+/g, ' ').trim().replace(/^.*?(\S+)$/, '$1')}`;
  known.forEach((c, line) => {
    if (c?.kind !== 'protocol' || c.direction !== 'either') return;
    const t = tally.get(keyOf(c, line)) ?? { replies: 0, commands: 0, texts: 0 };
    if (replyAt.test(c.text)) t.replies++;
    else if (isCommandText(c.text)) t.commands++;
    else t.texts++;
    tally.set(keyOf(c, line), t);
  });
  const sides = new Map<string, Direction>();
  for (const [key, t] of tally) {
    const n = t.replies + t.commands;
    if (n < 3) continue;
    if (t.commands >= 0.9 * n) sides.set(key, 'client');
    else if (t.replies >= 0.9 * n) sides.set(key, 'server');
  }
  // Both sides must be told apart, or the content keeps deciding line by line.
  const told = new Set([...sides.values()]);
  if (told.size < 2) return;
  known.forEach((c, line) => {
    const side = c?.kind === 'protocol' && c.direction === 'either' ? sides.get(keyOf(c, line)) : undefined;
    if (side) known[line] = { ...c!, direction: side };
  });
}

/** A producer whose own words name it in the first lines. */
function signedProducer(lines: SourceLine[]): string | undefined {
  const head = lines
    .slice(0, 200)
    .map((l) => l.text)
    .join('\n');
  return producerSignatures.find(([re]) => re.test(head))?.[1];
}

function nameProducer(protocol: TranscriptUnit[], groups: Map<string, Group>): string | undefined {
  if (!protocol.length) return undefined;
  const inferred = protocol.some((u) => u.dialect === 'inferred');
  if (inferred) {
    const marks = (side: Direction) =>
      [...groups.values()]
        .filter((g) => g.side === side && g.key)
        // Without the U+FEFF that stands for an escape's extra columns ("\_", "&lt;").
        .map((g) => g.prefixes[0].replace(/\uFEFF/g, '').trim())
        .slice(0, 2);
    const server = marks('server');
    const client = marks('client');
    const either = marks('either');
    const shown = server.length || client.length ? `${server.join(', ') || '?'} / ${client.join(', ') || '?'}` : either.join(', ');
    return `inferred: ${shown}`;
  }
  const counts = new Map<string, number>();
  for (const u of protocol) counts.set(u.dialect!, (counts.get(u.dialect!) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  return dialectNames[main] ?? main;
}
