/**
 * The reader's inference of who speaks: the noise in front of a line is peeled, the mark between
 * the noise and the first reply or command is its speaker's mark, and marks are grouped by shape.
 * A group mostly followed by replies is the server's, one followed by commands the client's.
 */
import { leadingEnhancedCode, type ClassifiedLine, type Direction } from './transcriptLines';
import type { TranscriptUnit } from './reader';
import type { Piece } from './readerWrappers';

export interface Candidate {
  piece: Piece;
  /** The mark between the noise and the protocol text. */
  prefix: string;
  kind: 'reply' | 'command';
  /** A reply code with nothing after it ("Port: 587" looks like one), or a verb alone ("BANNER -> EHLO": a state change). */
  bare?: boolean;
  /** A code a tool wraps in brackets ("[250] 'ok'"): the protocol text starts inside them. */
  bracketed?: boolean;
  /** Where the mark starts in the piece, where it is the tail of a longer prefix. */
  markAt?: number;
}

export interface Group {
  key: string;
  /** How many of its replies are a bare code. */
  bare: number;
  /** How many of its commands are a verb alone. */
  bareCommands: number;
  prefixes: string[];
  replies: number;
  commands: number;
  /** How many of its commands no EHLO reply could hold as a keyword line ("EHLO c", "MAIL FROM:<a>", "QUIT"). */
  clientOnly?: number;
  side?: Direction;
  /** Matches the mark at the start of a piece's text (for lines without reply or command). */
  matcher?: RegExp;
  /** Never seen itself: the mirror image of another group's mark. */
  mirrored?: boolean;
}

// What may stand in front of the protocol text without saying who spoke.
const noisePart = new RegExp(
  '^(?:' +
    [
      '[`"\']+',
      '\\[?\\d{4}[-/.]\\d\\d[-/.]\\d\\d(?:[T _]\\d\\d:\\d\\d(?::\\d\\d(?:[.,:]\\d{1,9})?)?(?: ?(?:Z|[+-]\\d\\d:?\\d\\d|UTC|GMT))?)?\\]?',
      '\\[?\\d\\d?[./-]\\d\\d?[./-]\\d{2,4}(?:,? \\d\\d?:\\d\\d(?::\\d\\d(?:[.,:]\\d{1,9})?)?(?: ?[AP]M)?)?\\]?',
      // A syslog line's head: date, host and program ("Dec 06 05:18:12 client sendemail[20841]:").
      '[A-Z][a-z]{2} (?: ?\\d|\\d\\d) \\d\\d:\\d\\d:\\d\\d [\\w.-]{1,64} [\\w./-]{1,80}(?:\\[\\d{1,10}\\])?:',
      '\\[?(?:[A-Z][a-z]{2},? )?[A-Z][a-z]{2} [ \\d]\\d,?(?: \\d{4})? \\d\\d:\\d\\d:\\d\\d(?:[.,]\\d{1,9})?(?: \\d{4})?\\]?',
      '\\[?(?:\\d\\d-\\d\\d )?\\d\\d?:\\d\\d:\\d\\d(?:[.,:]\\d{1,9})?(?: ?[AP]M)?\\]?',
      '\\[?\\d{9,10}(?:\\.\\d{1,9})?\\]?',
      '[\\[<(]?(?:TRACE|DEBUG|DBG|INFO|INF|NOTICE|WARN|WARNING|ERROR|ERR|FINE|FINER|FINEST|VERBOSE|trace|debug|info|warn|warning|error|notice|Debug|Info|Trace)(?!\\w)[\\]>)]?:?',
      // A logger's name ("[com.sun.mail.smtp.protocol]") and a thread's ("(executor-thread-25)").
      '\\[[a-z][\\w$]*(?:\\.[\\w$]+)+\\]:?',
      '\\((?=[^)]{0,60}\\d)[\\w.:#/-]{1,60}\\):?',
      // Where in the source the line was logged ("SmtpMailer.hx:222:", "smtplib.py:1057").
      '[\\w-]{1,60}\\.[a-z]{1,6}:\\d{1,6}(?:-\\d{1,6})?:?',
      // Tree glyphs of an indented dump ("└──").
      '[\\u2500-\\u257f]+',
      // A packet's head in tcpdump's output ("IP a.b.c.d.25 > e.f.g.h.5678: Flags [P.], seq 1:25, …, length 24:").
      'IP6? [\\w.:-]{1,80} > [\\w.:-]{1,80}: Flags \\[[^\\]]{1,8}\\],.{0,200}? length \\d{1,6}:',
      '[\\w./-]{1,80}\\[[\\w.:%-]{1,64}\\](?::\\d{1,5})?:',
      // An id in brackets, but not a tool's bracketed reply code ("[250] 'ok'").
      // (Nor a logger's field holding a command: "[MAIL FROM:<a@example.org>]".)
      '\\[(?![2-5]\\d\\d(?:\\] \\S|[ -](?!bytes\\b)\\S))(?!(?:MAIL +FROM|RCPT +TO|AUTH|EHLO|HELO) ?:?)(?=[^\\]]{0,60}[\\d:])[^\\]]{1,60}\\]:?',
      '\\[[0-9a-zA-Z_-]{6,40}\\]:?',
      '[(<#]\\d{1,10}[)>]:?',
      '\\d{1,6}[:|]',
      // A numbered list's mark ("  2. Aug 31 …"), never a reply code.
      '(?![2-5]\\d\\d\\.)\\d{1,5}\\.(?=[ \\t])',
      // Process and thread ids (logcat's "1234  1234 D"): four digits or more, never a reply code.
      '\\d{4,20}(?=[ \\t])',
      '[|]',
      '-(?=[ \\t])',
      // A shell's prompt, alone or with the user, host and directory ("$ ", "alice@mx:~$ ", "root@mx:/etc# ").
      '(?:[\\w.-]{1,32}@[\\w.-]{1,64}:[^\\s$#]{0,80}[$#]|\\$)(?=[ \\t])',
    ].join('|') +
    // A colon may close any of them ("2025-08-04 13:15:30: SMTP …").
    ')(?::(?=[ \\t]))?[ \\t]*',
);

/** `250-text`, `250 text`, a bare `250`; the first digit of a reply code is 2–5 (RFC 5321 §4.2). */
export const replyAt = /^[2-5]\d\d(?:[ -]|$)/;
/** The commands of RFC 5321 and its extensions, in the shapes a client sends them ("EHLO -> STARTTLS" is a state change). */
const commandShape =
  /^(?:(?:EHLO|HELO|LHLO)(?: +(?![-=]+>|[>|→])\S.*)?$|(?:MAIL +FROM|RCPT +TO) ?:|(?:DATA|QUIT|RSET|NOOP|STARTTLS|TURN)\s*$|AUTH +[A-Za-z0-9_-]+(?: +\S+)?\s*$|(?:VRFY|EXPN|HELP|NOOP|ETRN|XCLIENT|XFORWARD) +\S|BDAT +\d+(?: +LAST)?\s*$)/i;
/**
 * A word that is an SMTP verb, RFC 821's included. (A word list, not the knowledge base: the reader is
 * bundled into the client for transcript detection.)
 */
export const isSmtpVerb = (word: string): boolean =>
  /^(?:EHLO|HELO|LHLO|MAIL|RCPT|DATA|BDAT|QUIT|RSET|NOOP|VRFY|EXPN|HELP|ETRN|TURN|ATRN|AUTH|STARTTLS|SEND|SOML|SAML|XCLIENT|XFORWARD)$/i.test(word);
/** A command as a client writes it; "AUTH requested" (an upper-case verb with a lower-case word) is prose. */
export function isCommandText(text: string): boolean {
  return commandShape.test(text) && !/^AUTH +[a-z]/.test(text);
}
/** Words, arrows and system calls (strace's `recvfrom(4, "…`) that say a direction, whichever: their meaning still comes from the content. */
const directionWord =
  /(?:^|[^\w])(?:<+|>+|-+>|<-+|[SC]|server|client|sent|send|sending|recv|received?|got|reply|response|request|command|in|out|read|write|wrote|rcvd|snd|recvfrom|sendto|recvmsg|sendmsg)(?:$|[^\w])/i;
/**
 * A mark that is a direction word or arrow with at most two other tokens beside it ("[core] S:",
 * "I/SMTP SMTP Send:", "async_smtp::client::inner] >>"); "Server Temp Key: X25519," is tool output.
 */
export function namesDirection(mark: string, maxOthers = 2): boolean {
  const tokens = mark.trim().split(/\s+/);
  if (!tokens.some(directionToken)) return false;
  return new Set(tokens.filter((token) => token.length > 1 && !directionToken(token))).size <= maxOthers;
}

/** A mark with a direction word or arrow among its tokens, whatever else it holds. */
export function hasDirection(mark: string): boolean {
  return mark.trim().split(/\s+/).some(directionToken);
}

/** A token says a direction when the word is most of it ("mailer:send" yes, "async_smtp::client::inner]" no). */
function directionToken(token: string): boolean {
  // "4<": a connection's number glued to its arrow.
  token = token.replace(/\d+/g, '');
  const word = directionWord.exec(token)?.[0].replace(/[^A-Za-z]/g, '');
  return word !== undefined && token.replace(/[^A-Za-z]/g, '').length - word.length <= 6;
}

/** Characters after which a reply or command may start within a line. */
const boundary = /[\s:<>\]|'"`*)#]/;


/**
 * Bare replies and commands that speak for a raw session: those right after a marked "NNN-" line
 * (and their own successors) only continue that reply, so they do not count.
 */
export function bareCount(pieces: Piece[], candidates: (Candidate | undefined)[], known: (ClassifiedLine | undefined)[]): number {
  let bare = 0;
  let continuing = false;
  let lastLine = -1;
  pieces.forEach((piece, i) => {
    // Known marked lines between two pieces leave the state their own text sets.
    for (let line = lastLine + 1; line < piece.line; line++) {
      const k = known[line];
      if (k?.kind === 'protocol') continuing = /^\d{3}-/.test(k.text);
    }
    lastLine = piece.line;
    const c = candidates[i];
    if (!c) return;
    const isBare = c.prefix.trim() === '';
    if (isBare && !continuing) bare++;
    if (!isBare || continuing) continuing = c.kind === 'reply' && /^\d{3}-/.test(piece.text.slice(candidateOffset(piece, c)));
  });
  return bare;
}

/** Where the protocol text of a candidate starts in its piece. */
function candidateOffset(piece: Piece, candidate: Candidate): number {
  const mark = candidate.prefix.slice(piece.outer.length);
  return (candidate.markAt ?? piece.text.indexOf(mark, peelNoise(piece.text))) + mark.length + (candidate.bracketed ? 1 : 0);
}

const hostBeforePort = /(?:\d\.\d{1,3}|\]|[A-Za-z\d-]\.[A-Za-z]{2,}|\blocalhost):$/;

const sourceListing = /^\d{3} {2,}[\w.]+\(/;

/** A reply code in brackets, its text after it ("[250] 'ok'"). */
const bracketedCode = /^\[[2-5]\d\d\](?= \S)/;
/** A whole reply in brackets ("[250 2.1.0 Sender OK]", a tutorial's console): the bracket is the server's mark. */
// (Not curl's "[264 bytes data]".)
const bracketedReply = /^\[[2-5]\d\d[ -](?!bytes\b)\S.*\]\s*$/;

export function peelNoise(text: string): number {
  let offset = text.length - text.trimStart().length;
  // A Markdown quote of a log ("> 2018-04-22 17:14:57,529 …"): the quote and the noise go together.
  const quote = /^(?:>[ \t]?)+/.exec(text.slice(offset));
  if (quote && noisePart.exec(text.slice(offset + quote[0].length))?.[0]) offset += quote[0].length;
  for (let i = 0; i < 10; i++) {
    const m = noisePart.exec(text.slice(offset));
    if (!m || !m[0]) break;
    offset += m[0].length;
  }
  return offset;
}

/** The first reply or command in a piece behind a short mark, if any. */
export function findCandidate(piece: Piece): Candidate | undefined {
  if (piece.info) return undefined;
  const text = piece.text;
  const from = peelNoise(text);
  // Backticks and quotes wrap a line; a timestamp, a level or an id makes it a log entry.
  piece.noisy ||= from > 0 && /[^\s`'"]/.test(text.slice(0, from));
  // (A mark may be the tail of a longer prefix: the protocol text is looked for further in.)
  const limit = Math.min(text.length, from + 200);
  // The mark is looked at only where protocol text follows.
  const marked = (p: number, extra: Partial<Candidate>): Candidate | undefined => {
    const markAt = markStart(text, from, p);
    if (markAt < 0) return undefined;
    return { piece, prefix: piece.outer + text.slice(markAt, p), kind: 'reply', ...(markAt > from ? { markAt } : {}), ...extra };
  };
  for (let p = from; p < limit; p++) {
    // (A run of opening brackets also ends a mark: node-mail's "TLS: READ (((220 …)))".)
    if (p > from && !boundary.test(text[p - 1]) && !(text[p - 1] === '(' && text[p - 2] === '(')) continue;
    // "<250" is a mark only where the "<" stands alone ("<250 OK"), not inside text ("<250-x@host>").
    // A run of them is a mark of its own ("<<<220").
    if (text[p - 1] === '<' && p - 1 > from && !/[\s<]/.test(text[p - 2])) continue;
    // "<316 bytes encoded mime message>": a note in angle brackets, not a mark and a reply.
    if (text[p - 1] === '<' && /^[^<>]*>\s*$/.test(text.slice(p))) continue;
    // "bsmtp.c:312-0 Debug level": a line number after a source file's name, not a reply.
    if (text[p - 1] === ':' && /[\w-]\.[a-z]{1,6}:$/.test(text.slice(Math.max(from, p - 64), p))) continue;
    // "listen on :: port 587": a port, not a reply.
    if (/\bport\s$/i.test(text.slice(Math.max(from, p - 6), p))) continue;
    // "127.0.0.1:587 | 220 …", "[::1]:25 > …", "127.0.0.1:587 -> …": a port before a separator or an arrow, not a reply.
    if (text[p - 1] === ':' && /^\d{3}\s*(?:[|>\]),]|<?-{1,2}>|<-)/.test(text.slice(p, p + 8)) && hostBeforePort.test(text.slice(Math.max(from, p - 64), p))) continue;
    // "conn 127.0.0.1:587 [1]: Destroy": a port after an address, never a reply; a mark may follow it.
    if (text[p - 1] === ':' && /\d\.\d{1,3}:$/.test(text.slice(Math.max(from, p - 8), p))) continue;
    if (bracketedCode.test(text.slice(p, p + 7))) return marked(p, { bracketed: true });
    if (text[p] === '[' && bracketedReply.test(text.slice(p, p + 512))) {
      const c = marked(p, {});
      return c && { ...c, prefix: c.prefix + '[' };
    }
    // A logger's field holding the client's command ("…][debug][9][EHLO c.example][{…}]").
    if (text[p] === '[' && text[p - 1] === ']') {
      const field = /^\[([^\]]*(?:\[[^\]]*\][^\]]*)*)\](?:\[|\s*$)/.exec(text.slice(p, p + 512))?.[1];
      if (field && isCommandText(field)) {
        const c = marked(p, { kind: 'command', bare: !/\s/.test(field.trim()) });
        return c && { ...c, prefix: c.prefix + '[' };
      }
    }
    // A bounded look: a reply or a command shows itself in its first few hundred characters.
    // What closes a wrapper ("\"\")", "']") is not part of the command.
    const rest = text.slice(p, p + 512).replace(/[`'"\s]+$/, '').replace(/\\?["'][)\]]*[;,]?$/, '');
    // "144  self.login()": a numbered line of source code (a traceback's listing), not a reply.
    const kind = replyAt.test(rest) && !sourceListing.test(rest) ? 'reply' : isCommandText(rest) ? 'command' : undefined;
    if (!kind) continue;
    return marked(p, { kind, bare: kind === 'reply' ? rest.length === 3 : !/\s/.test(rest.trim()) });
  }
  return undefined;
}

/** A field's label before the protocol text: the text after a ": " that holds no other colon until its own. */
const labelField = /:[ \t]+(?=\S[^:]*\S:[ \t]*$)/g;
/** The label is a few plain words ("Got reply (1/1):"), never a clause of the tool's sentence. */
const fieldLabel = /^[A-Za-z][\w()/#-]*(?: [\w()/#-]+){0,3}:[ \t]*$/;

/**
 * Where the speaker's mark before the protocol text at `end` starts: the whole prefix if it reads as a mark,
 * else its last field, a label ("… conn 127.0.0.1:587 [1]: command EHLO: Sent: EHLO …" is marked "Sent:",
 * what comes before it is the tool's context); -1 if neither reads as one.
 */
function markStart(text: string, from: number, end: number): number {
  const prefix = text.slice(from, end);
  if (prefix.length <= 80 && markLike(prefix)) return from;
  const field = [...prefix.matchAll(labelField)].pop();
  const last = field ? field.index! + field[0].length : -1;
  return last > 0 && fieldLabel.test(prefix.slice(last)) && markLike(prefix.slice(last)) ? from + last : -1;
}

/** A speaker's mark is short: a few words, never a sentence of tool output. */
function markLike(prefix: string): boolean {
  const trimmed = prefix.trim();
  // "send smtp command, HELO": a clause of prose ends with a comma, a speaker's mark does not.
  if (trimmed.endsWith(',')) return false;
  // "send attr diag_text = 550-5.7.1 …": a field's value quotes a reply; it is no one's turn.
  if (/\w\s*=\s*["']?$/.test(trimmed)) return false;
  // "Server supports AUTH PLAIN": a note of what the server offers, not the client's turn.
  if (/\b(?:supports?|offers?|advertis\w*|allows?)$/i.test(trimmed)) return false;
  // "SMTP code: 530 Additional SMTP info: 5.7.0": a label of a tool's error report names the code it quotes.
  if (/\b(?:code|status)\s*:$/i.test(trimmed)) return false;
  // "SMTP protocol error in \"RCPT TO:<…>\"": a sentence that quotes a command ends in a preposition.
  if (/(?:\S+\s+){2,}(?:in|for|from|to|of|with|on|at|by)\s*["']?$/.test(trimmed)) return false;
  // (An id in the mark, "[92dae7e4-8e5d-11e7-b49e-71a67e0dab63]", counts as one character.)
  return shapeOf(trimmed).length <= 60 && trimmed.split(/\s+/).filter((token) => /[A-Za-z]/.test(token)).length <= 4;
}

/** The shape of a mark: digits and ids normalised, so that "[#12] S:" and "[#13] S:" are one group. */
function shapeOf(prefix: string): string {
  return prefix
    .replace(/\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{5,}\b/g, '#')
    .replace(/\d+/g, '0')
    .replace(/"/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

// Words a tool's label uses for one side's text alone (a "Response" is the server's, a "Request" the client's).
const serverLabel = /\b(?:responses?|repl(?:y|ies))\b/i;
const clientLabel = /\b(?:requests?|commands?)\b/i;

/** The end of a state machine's trace line before the new state: "EHLO ->", "AUTH_PLAIN =>". */
const stateChange = /\b[A-Z][A-Z_]{2,} *(?:->|=>|→)$/;
export function groupCandidates(candidates: (Candidate | undefined)[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const c of candidates) {
    if (!c) continue;
    const key = shapeOf(c.prefix);
    const g = groups.get(key) ?? { key, prefixes: [], replies: 0, commands: 0, bare: 0, bareCommands: 0 };
    if (c.bare && c.kind === 'reply') g.bare++;
    if (c.bare && c.kind === 'command') g.bareCommands++;
    if (g.prefixes.length < 8) g.prefixes.push(c.prefix);
    if (c.kind === 'reply') g.replies++;
    else g.commands++;
    if (c.kind === 'command' && clientOnlyVerb.test(c.piece.text.slice(candidateOffset(c.piece, c)))) g.clientOnly = (g.clientOnly ?? 0) + 1;
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    const total = g.replies + g.commands;
    // A mark seen once may be a number in tool output ("Port: 587"): it stands for a side only
    // where it names a direction and its reply has text ("Server: … Port: 587" does not).
    if (g.key !== '' && total < 2 && (!namesDirection(g.key, 1) || g.bare > 0)) continue;
    // A state machine's trace ("EHLO -> STARTTLS", "RCPT -> DATA"): a state's name, an arrow and a verb alone.
    if (!g.replies && g.bareCommands === g.commands && stateChange.test(g.key)) continue;
    // Numbers at the end of tool output ("flush 250", "got 354") are bare codes: a server's replies carry text.
    if (g.key !== '' && !g.commands && g.bare * 2 >= g.replies) continue;
    if (g.key === '' || (g.replies && g.commands && Math.max(g.replies, g.commands) < 0.8 * total)) g.side = 'either';
    else g.side = g.replies > g.commands ? 'server' : 'client';
    // A label that names what follows as the other side's ("Response parameter: STARTTLS", a dissector's
    // field under the reply it parsed) quotes that text: it is nobody's turn.
    if (g.side === (serverLabel.test(g.key) ? 'client' : clientLabel.test(g.key) ? 'server' : undefined)) {
      g.side = undefined;
      continue;
    }
    if (g.key !== '') g.matcher = markMatcher(g.prefixes[0]);
  }
  // One mark for both sides (a sniffer's "load = '…'"): where it is the document's only mark, the text decides
  // each of its lines if it carries replies and commands no server line could be (an EHLO keyword could).
  const marks = [...groups.values()].filter((g) => g.side && g.key !== '');
  const only = marks.length === 1 ? marks[0] : undefined;
  if (only?.side === 'server' && only.replies >= 2 && (only.clientOnly ?? 0) >= 1) only.side = 'either';
  // (Also beside other marks, where many of its lines are commands no server line could be: a logger's one field
  // for both sides, "…][debug][9][EHLO c]" beside "…][debug][9][250-mx …]".)
  for (const g of marks) if (g.side === 'server' && g.replies >= 2 && (g.clientOnly ?? 0) >= 3 && g.clientOnly! * 4 >= g.replies) g.side = 'either';
  // A reply labelled with what it answers ("connect: 220 …", "ehlo: 250 …", "rcpt: 550 …") is the server's.
  for (const g of groups.values()) {
    if (g.side || g.commands || g.bare || !answerLabel.test(g.key)) continue;
    g.side = 'server';
    g.matcher = markMatcher(g.prefixes[0]);
  }
  // A mark and its mirror image ("- < " and "- > ", "<-- b'" and "--> b'") speak for each other:
  // seen once each, they are still two speakers when one carries replies and the other commands.
  for (const g of groups.values()) {
    if (g.side || g.key === '' || (!g.commands && g.bare * 2 >= g.replies)) continue;
    const mirror = mirrorMark(g.key);
    const h = mirror === undefined ? undefined : groups.get(mirror);
    if (!h || h.bare * 2 >= h.replies + h.commands * 3) continue;
    const own = g.replies > g.commands ? 'server' : 'client';
    const other = h.side ?? (h.replies > h.commands ? 'server' : 'client');
    if (own === other || (g.replies && g.commands) || (h.replies && h.commands)) continue;
    g.side = own;
    g.matcher = markMatcher(g.prefixes[0]);
    h.side = other;
    h.matcher ??= markMatcher(h.prefixes[0]);
  }
  // A mark seen once that says the same direction as a decided one, in as many tokens
  // ("mutt_socket_buffer_readln_d() 0<" beside "mutt_socket_readln_d() 0<"), is that side's
  // where its line agrees: a reply for the server, a command for the client.
  const likeness = (side: Direction, key: string) => {
    const tokens = key.split(' ');
    const direction = tokens.filter(directionToken).pop();
    return direction === undefined ? undefined : `${side}|${tokens.length}|${direction}`;
  };
  const decidedLikes = new Set<string>();
  for (const h of groups.values()) if ((h.side === 'server' || h.side === 'client') && h.key !== '') decidedLikes.add(likeness(h.side, h.key) ?? '');
  for (const g of groups.values()) {
    if (g.side || g.key === '' || g.bare || (g.replies && g.commands)) continue;
    const own = g.replies ? 'server' : 'client';
    const like = likeness(own, g.key);
    if (like === undefined || !decidedLikes.has(like)) continue;
    g.side = own;
    g.matcher = markMatcher(g.prefixes[0]);
  }
  // A mark seen once whose last bracketed tag names the state or the command (a server log's "[SMTP]
  // [STARTTLS]" and "[SMTP] [tls]" beside "[SMTP] [EHLO]" and "[SMTP] [___]"): where marks of the same
  // frame already speak for a side, the tag says nothing of who spoke and the line's text does.
  const spokenFrames = new Set<string>();
  for (const h of groups.values()) {
    const frame = tagFrame(h.key);
    if ((h.side === 'server' || h.side === 'client') && frame) spokenFrames.add(frame);
  }
  for (const g of groups.values()) {
    if (g.side || g.bare || (g.replies && g.commands) || !spokenFrames.has(tagFrame(g.key) ?? '')) continue;
    g.side = g.replies ? 'server' : 'client';
    g.matcher = markMatcher(g.prefixes[0]);
  }
  // A longer "mark" that begins with a decided one is that speaker's text ("--> <base64> (wait
  // upto 300 seconds)" is the client's AUTH data after "-->"), not a speaker of its own.
  // (Looked up by each shorter key that ends before a space: linear in the marks.)
  for (const g of [...groups.values()].filter((g) => g.side && g.key !== '')) {
    for (let space = g.key.indexOf(' '); space > 0; space = g.key.indexOf(' ', space + 1)) {
      const h = groups.get(g.key.slice(0, space));
      if (h && h !== g && h.side && h.key !== '' && count(h) >= count(g)) {
        g.side = g.matcher = undefined;
        break;
      }
    }
  }
  return groups;
}

const count = (g: Group) => g.replies + g.commands;

/** A command's verb that no line of an EHLO reply holds as a keyword. */
const clientOnlyVerb = /^\s*(?:EHLO|HELO|LHLO|MAIL|RCPT|DATA|QUIT|RSET|NOOP)\b/i;

/** A mark with its last bracketed tag emptied ("smtpd: [SMTP] []"), if it ends with one. */
function tagFrame(key: string): string | undefined {
  const m = /\[[^\]\s]{1,20}\]\s*$/.exec(key);
  return m && m.index > 0 ? key.slice(0, m.index) + '[]' : undefined;
}

/** A label naming the command a reply answers, or the connection its greeting answers. */
const answerLabel = /^(?:connect|greeting|banner|helo|ehlo|lhlo|starttls|auth|login|mail|rcpt|data|quit|rset|noop|vrfy|bdat):$/i;

// Words that name one side of a conversation, each with its opposite.
const oppositeWords = new Map(
  [
    ['s', 'c'],
    ['server', 'client'],
    ['send', 'recv'],
    ['sent', 'received'],
    ['in', 'out'],
    ['request', 'response'],
    ['read', 'write'],
    ['input', 'output'],
    ['tx', 'rx'],
    ['incoming', 'outgoing'],
  ].flatMap(([a, b]) => [
    [a, b],
    [b, a],
  ]),
);

/** The same mark pointing the other way ("<--" for "-->", "C:" for "S:"); undefined if it names no direction. */
export function mirrorMark(mark: string): string | undefined {
  let swapped = false;
  const out = mark.replace(/[<>=-]*[<>][<>=-]*|\w+/g, (token) => {
    if (/[<>]/.test(token)) {
      swapped = true;
      return [...token]
        .reverse()
        .map((ch) => (ch === '<' ? '>' : ch === '>' ? '<' : ch))
        .join('');
    }
    const other = oppositeWords.get(token.toLowerCase());
    if (!other) return token;
    swapped = true;
    return token === token.toUpperCase() ? other.toUpperCase() : token[0] === token[0].toUpperCase() ? other[0].toUpperCase() + other.slice(1) : other;
  });
  return swapped ? out : undefined;
}

/**
 * A mark seen once before a reply or a command but in front of many lines of other text is a
 * wrapper, not a speaker: a Markdown quote ("> ") of a stack trace that quotes one reply. So is a
 * mark seen a few times in front of many more lines of the tool's own notes where another mark
 * speaks for the same side ("bsmtp: bsmtp.c:573-0 rcpt to: …" beside "vm --> RCPT TO:<…>").
 */
export function dropQuoteMarks(pieces: Piece[], candidates: (Candidate | undefined)[], groups: Map<string, Group>): void {
  const count = (g: Group) => g.replies + g.commands;
  const strongest = new Map<Direction, number>();
  for (const g of groups.values()) if (g.side && g.key !== '') strongest.set(g.side, Math.max(strongest.get(g.side) ?? 0, count(g)));
  const few = new Map<string, Group[]>();
  for (const g of groups.values()) {
    const lead = markLead(g);
    if (!g.side || !g.matcher || g.key === '' || lead === undefined) continue;
    if (count(g) !== 1 && (count(g) > 3 || (strongest.get(g.side) ?? 0) <= count(g))) continue;
    few.set(lead, [...(few.get(lead) ?? []), g]);
  }
  if (!few.size) return;
  const others = new Map<Group, number>();
  pieces.forEach((piece, i) => {
    if (candidates[i] || piece.info) return;
    const rest = piece.text.slice(peelNoise(piece.text));
    for (const g of few.get(leadToken(rest) ?? '') ?? []) if (g.matcher!.test(rest)) others.set(g, (others.get(g) ?? 0) + 1);
  });
  for (const [g, n] of others) if (n >= 3 * count(g)) g.side = g.matcher = undefined;
}

/** The first token of a text as marks are cut into tokens (a word, a run of spaces, a character). */
function leadToken(text: string | undefined): string | undefined {
  return text?.trim().split(/(\s+|\w+)/).find((t) => t !== '');
}

/** The token a group's mark starts with, or undefined when that token is free (digits, ids). */
function markLead(g: Group): string | undefined {
  const first = leadToken(g.mirrored ? g.key : g.prefixes[0]);
  return first === undefined || /^\w*\d\w*$/.test(first) ? undefined : first;
}

/** A pattern for a mark with its digits and ids free, anchored at the start of the text after the noise. */
function markMatcher(prefix: string): RegExp {
  const pattern = prefix
    .trim()
    .split(/(\s+|\w+)/)
    .map((token) => (/^\s+$/.test(token) ? '\\s+' : /^\w*\d\w*$/.test(token) ? '\\w+' : escapeRegExp(token)))
    .join('');
  return new RegExp(`^${pattern}\\s?`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A line a growing buffer repeats: a reply there is explained where it stands, outside the session. */
function repeatedLine(base: { line: number; escaped?: boolean }, piece: Piece, candidate: Candidate | undefined): TranscriptUnit {
  if (candidate?.kind === 'command') {
    // A command the buffer repeats: its verb is explained where the copy stands.
    const start = piece.start + candidateOffset(piece, candidate);
    const verb = /^[A-Za-z]+/.exec(piece.text.slice(start - piece.start))![0].toUpperCase();
    return { ...base, kind: 'other', start, text: verb, quoted: true, quotedCommand: true };
  }
  if (candidate?.kind !== 'reply') return { ...base, kind: 'info', dialect: 'inferred', start: piece.start, text: piece.text };
  const offset = candidateOffset(piece, candidate);
  const text = piece.text.slice(offset);
  const enhanced = leadingEnhancedCode(text.slice(4));
  const start = piece.start + offset;
  return { ...base, kind: 'other', start, text: text.slice(0, 3), quoted: true, quotedEnhanced: enhanced ? { code: enhanced, col: start + 4 } : undefined };
}

export function classifyPieces(pieces: Piece[], candidates: (Candidate | undefined)[], groups: Map<string, Group>): TranscriptUnit[] {
  const decided = [...groups.values()].filter((g) => g.side && g.matcher);
  // A side's mark seen only on lines without a reply or a command ("--> b'a1 login …", where
  // "<-- b'" carries the replies) is the mirror image of the other side's. It speaks only for
  // the wire data a tool quotes: its other lines are the tool's narration ("> C: connecting").
  for (const g of [...decided]) {
    const mirror = mirrorMark(g.key);
    if (g.side === 'either' || mirror === undefined || mirror.length < 2 || groups.has(mirror)) continue;
    const side = g.side === 'server' ? 'client' : 'server';
    decided.push({ key: mirror, side, matcher: markMatcher(mirrorMark(g.prefixes[0])!), prefixes: [], replies: 0, commands: 0, bare: 0, bareCommands: 0, mirrored: true });
  }
  decided.sort((a, b) => b.key.length - a.key.length);
  // Each line tries only the marks that start with its first token (or with a free one), longest
  // first: linear in the lines however many marks the document has.
  const byLead = new Map<string, Group[]>();
  const anyLead: Group[] = [];
  for (const g of decided) {
    const lead = markLead(g);
    if (lead === undefined) anyLead.push(g);
    else byLead.set(lead, [...(byLead.get(lead) ?? []), g]);
  }
  const candidatesFor = (first: string | undefined, second: string | undefined) => {
    const lists = [anyLead, byLead.get(first ?? '') ?? [], second !== first ? byLead.get(second ?? '') ?? [] : []].filter((l) => l.length);
    return lists.length === 1 ? lists[0] : lists.flat().sort((a, b) => b.key.length - a.key.length);
  };
  return pieces.map((piece, i) => {
    const base = { line: piece.line, escaped: piece.escaped || undefined };
    if (piece.info) return { ...base, kind: 'info', dialect: 'inferred', start: piece.start, text: piece.text };
    const candidate = candidates[i];
    if (piece.repeat) return repeatedLine(base, piece, candidate);
    const group = candidate && groups.get(shapeOf(candidate.prefix));
    if (candidate && group?.side) {
      const offset = candidateOffset(piece, candidate);
      const marked = unit(base, piece, offset, group.key === '' ? 'raw' : 'inferred', group.side, group.key === '');
      return { ...withoutGluedArrow(marked, piece.text.slice(peelNoise(piece.text), offset)), mark: group.key };
    }
    // A line without reply or command (AUTH data, message text, a wrapped reply): its mark decides.
    const from = peelNoise(piece.text);
    const rest = piece.text.slice(from);
    // A string a tool logged ("--> b'a1 login\r\n'") has its mark outside: the whole of it.
    const outerMark = piece.outer ? piece.outer.slice(peelNoise(piece.outer)) : undefined;
    for (const g of candidatesFor(leadToken(rest), leadToken(outerMark))) {
      if (outerMark && g.matcher!.exec(outerMark)?.[0].length === outerMark.length) return { ...unit(base, piece, 0, 'inferred', g.side!, false), mark: g.key };
      if (g.mirrored) continue;
      const m = g.matcher!.exec(rest);
      if (m) return { ...withoutGluedArrow(unit(base, piece, from + m[0].length, 'inferred', g.side!, false), m[0]), mark: g.key };
    }
    // The run of brackets that closes a string the line before opened ("TLS: SEND (((EHLO c" + CRLF, then ")))").
    if (piece.outer || piece.noisy || /^\){2,}\s*$/.test(rest)) return { ...base, kind: 'info', dialect: 'inferred', start: piece.start + from, text: rest };
    return { ...base, kind: 'other', start: piece.start + from, text: rest };
  }) as TranscriptUnit[];
}

/**
 * A relay that writes each chunk after its arrow glues the next chunk's arrow to the line when a typed
 * line's CRLF is sent apart ("<<< RSET<<< "): that arrow is no part of the protocol text.
 */
function withoutGluedArrow(u: TranscriptUnit, mark: string): TranscriptUnit {
  const arrow = mark.trim();
  const text = u.text.trimEnd();
  if (/^[<>=-]{2,}$/.test(arrow) && text.endsWith(arrow) && text.length > arrow.length) u.text = text.slice(0, -arrow.length);
  return u;
}

function unit(
  base: { line: number; escaped?: boolean },
  piece: Piece,
  offset: number,
  dialect: 'raw' | 'inferred',
  side: Direction,
  unmarked: boolean,
): TranscriptUnit {
  let text = piece.text.slice(offset).replace(/[`\s]+$/, (tail) => (tail.trim() ? tail.replace(/`+\s*$/, '') : tail));
  // A mark that opens a string ("<< b'", 'msg="') closes it at the end: the quote is not protocol text.
  const opening = piece.text[offset - 1];
  if (opening === "'" || opening === '"') {
    // …with what closes the layers around it ('\"")' in a logged list of strings).
    const close = new RegExp(`(?:\\\\?${opening})+[)\\]}]*[;,]?$`).exec(text);
    if (close) text = text.slice(0, close.index);
    // …or where the string ends before the call's other arguments (strace: `recvfrom(4, "550-…"..., 8192, 0) = 261`).
    else {
      const end = new RegExp(`(?<!\\\\)${opening}(?:\\.\\.\\.)?, `).exec(text);
      if (end) text = text.slice(0, end.index);
    }
  }
  // A mark that opens a run of brackets ("(((") closes it at the end ("…)))").
  const brackets = /\({2,}$/.exec(piece.text.slice(0, offset))?.[0].length;
  if (brackets && text.endsWith(')'.repeat(brackets))) text = text.slice(0, -brackets);
  // A mark that opens a bracketed field ("…][debug][9][EHLO c][{\"tnx\":\"client\"}]") ends the text where that field closes.
  if (piece.text[offset - 1] === '[' && !/^\d{3}\]/.test(text)) {
    const close = text.indexOf('][');
    if (close > 0) text = text.slice(0, close);
    else if (text.endsWith(']') && !text.slice(0, -1).includes('[')) text = text.slice(0, -1);
  }
  // "[250] 'ok'": the brackets and the quotes around the text are blanked, so that every column stays.
  if (piece.text[offset - 1] === '[' && /^\d{3}\] /.test(text)) {
    text = `${text.slice(0, 3)}  ${text.slice(5)}`.replace(/^(\d{3}  )(['"])(.*)\2$/, '$1 $3');
  }
  // Bare text has no side of its own: in a raw session the analyzer tells replies from commands
  // as it follows the session; between marked lines it may continue a reply.
  if (unmarked) return { ...base, kind: 'other', start: piece.start + offset, text };
  return { ...base, kind: 'protocol', dialect, direction: side, start: piece.start + offset, text };
}
