/**
 * Lines that carry no speaker's mark of their own, in a document whose speakers carry marks:
 * continuations of a reply, a command where the client's turn begins, a reply a tool logged twice,
 * and replies quoted in tool output (explained where they stand, outside the session).
 */
import type { SourceLine } from '../lines';
import type { TranscriptUnit } from './reader';
import type { Direction } from './transcriptLines';
import { hasDirection, isCommandText, replyAt } from './readerMarks';

/**
 * Lines without a mark in a document whose speakers carry marks. A reply-shaped one right after a
 * server line that said "more follows" continues that reply (a tool that prints a multi-line reply
 * as one message); a command where the client's turn begins is the client's (a paste that lost
 * the first marker). Anything else stays text of no side: never a reply of its own.
 */
export function continueUnmarkedLines(units: TranscriptUnit[], marked: boolean): void {
  if (!marked) return;
  let previous: TranscriptUnit | undefined;
  units.forEach((u, i) => {
    const adjacent = units[i - 1];
    if (u.kind !== 'other' || u.quoted) {
      if (u.kind === 'protocol') previous = u;
      return;
    }
    const text = u.text.replace(/[`\s]+$/, '');
    const rightAfterServer = adjacent === previous && previous?.direction === 'server';
    if (previous?.direction === 'server' && /^\d{3}-/.test(previous.text) && replyAt.test(text)) {
      Object.assign(u, { kind: 'protocol', direction: 'server', dialect: previous.dialect, mark: previous.mark });
    } else if ((rightAfterServer ? !/^354\b/.test(previous!.text) : !previous && answeredNext(units, i)) && isCommandText(text)) {
      Object.assign(u, { kind: 'protocol', direction: 'client', dialect: previous?.dialect ?? 'inferred', text });
    } else return;
    previous = u;
  });
}

/**
 * A marked transcript that goes on raw (Cyrus smtptest marks the lines up to the login, then the user
 * types): a run of unmarked lines that holds several replies and several commands is that session's
 * raw part, each line the side its content says; a word typed after a reply ("exit") is the client's.
 */
export function readRawRuns(units: TranscriptUnit[]): void {
  const raw = (u: TranscriptUnit) => u.kind === 'other' && !u.quoted && !u.echo;
  for (let i = 0; i < units.length; ) {
    if (!raw(units[i])) {
      i++;
      continue;
    }
    let end = i;
    let replies = 0;
    let commands = 0;
    for (; end < units.length && (raw(units[end]) || units[end].kind === 'info'); end++) {
      const text = units[end].text.trimEnd();
      if (replyAt.test(text)) replies++;
      else if (isCommandText(text) && /^[A-Z]{4}\b/.test(text)) commands++;
    }
    if (replies >= 2 && commands >= 2) {
      let afterReply = false;
      for (let j = i; j < end; j++) {
        const u = units[j];
        if (!raw(u)) continue;
        const text = u.text.trimEnd();
        const direction: Direction | undefined = replyAt.test(text) ? 'server' : isCommandText(text) || (afterReply && /^[a-z]{2,12}$/.test(text)) ? 'client' : undefined;
        afterReply = direction === 'server';
        if (direction) Object.assign(u, { kind: 'protocol', direction, dialect: 'raw' });
      }
    }
    i = end;
  }
}

/** The next protocol line after unit `at` is a server's reply that is no greeting: that unit was answered. */
function answeredNext(units: TranscriptUnit[], at: number): boolean {
  for (let i = at + 1; i < units.length; i++) {
    const next = units[i];
    if (next.kind !== 'protocol') continue;
    return next.direction === 'server' && !/^220\b/.test(next.text);
  }
  return false;
}

/**
 * Tool output that quotes a reply the server gave ("Invalid greeting. response=250 2.1.0 Ok",
 * "* Command failed: 502", Python's "SMTPDataError: (550, b'5.7.1 …\n5.7.1 …')"): the quoted code
 * and its enhanced codes are explained where they stand, as text of no side. Only codes the
 * server really gave count, and only on lines that hold no protocol text.
 */
export function addQuotedReplies(units: TranscriptUnit[], lines: SourceLine[]): TranscriptUnit[] {
  // Bare lines of a raw session are replies where they start with a code.
  const isReply = (u: TranscriptUnit) => (u.kind === 'protocol' ? u.direction !== 'client' : u.kind === 'other' && !u.quoted) && replyAt.test(u.text);
  // One pass, no list per kind.
  const codes = new Set<string>();
  const verbs = new Set<string>();
  for (const u of units) {
    if (isReply(u)) codes.add(u.text.slice(0, 3));
    if (u.kind === 'protocol' && u.direction !== 'server' && isCommandText(u.text)) verbs.add(u.text.split(/[\s:]/)[0].toUpperCase());
  }
  // Per line: 0 no unit yet, 1 it may quote, 2 it holds protocol text (an array, not a map: one look-up per unit).
  const quotingLines = new Uint8Array(lines.length);
  for (const u of units) {
    // A line that is itself a reply or a command (a bare one, or a repeat the reader set aside) quotes nothing.
    // (A tool's note is no protocol text even where it holds a reply: "smtp: '354 Start mail input'".)
    // (A sentence that starts with a verb's word, "Help please! When I send …", is prose that may quote.)
    const commandText = isCommandText(u.text) && (/^\s*[A-Z]{4}\b/.test(u.text) || u.text.trim().split(/\s+/).length <= 4);
    // (A line under a mark of both sides that is neither is the tool's sentence: "Send error for <…>: … 550 5.1.1 …".)
    const toolSentence = u.kind === 'protocol' && u.direction === 'either' && !replyAt.test(u.text) && !isCommandText(u.text);
    const protocolText = (u.kind === 'protocol' && !toolSentence) || (u.kind !== 'info' && (replyAt.test(u.text) || commandText));
    quotingLines[u.line] = !protocolText && quotingLines[u.line] !== 2 ? 1 : 2;
  }
  const out: TranscriptUnit[] = [];
  for (let i = 0; i < units.length; i++) {
    const line = units[i].line;
    // A tool's summary in front of the string it quotes ("Server response: 250 \"250-mx …\r\n\"").
    const opener = lines[line].text[units[i].start - 1];
    if ((units[i].kind === 'protocol' || units[i].echo) && units[i - 1]?.line !== line && (opener === '"' || opener === "'")) {
      out.push(...quotedReplies(lines[line].text.slice(0, units[i].start - 1), line, codes, false));
    }
    out.push(units[i]);
    if (units[i + 1]?.line === line || quotingLines[line] !== 1) continue;
    // A hex dump's text column repeats bytes already shown: nothing there is quoted.
    if (hexDumpInLine.test(lines[line].text)) continue;
    // smtplib's own summary ("reply: retcode (250); Msg: b'2.1.0 …'") has its code explained by the analyzer.
    const smtplibSummary = units[i].dialect === 'smtplib';
    out.push(...quotedReplies(lines[line].text, line, codes, smtplibSummary), ...quotedCommands(lines[line].text, line, verbs));
  }
  return out;
}

// (tcpreen's rows put a bar after the offset: "0x0000 | 32 35 30 20 … | 250 2.1.0 Sender".)
const hexDumpInLine = /(?:^|[|:] |\s)(?:0x)?[0-9a-f]{4,8}:?(?: \|)?(?: {1,2}[0-9a-f]{2}){4}/i;

const namedReply = /(?:(?:\bSMTP\b[^:]{0,30}|\bsaid|\breply(?: (?:was|is))?|\bresponse(?: (?:was|is))?|\banswered|\blogin|\bauth\w*|\bfailed|\brefused to talk to me|[a-z](?:Error|Exception|Refused)):\s*\\?['"(`]?|[a-z](?:Error|Exception|Refused)\(|\b(?:error|server|response)\s*\(|\bsaid\s*`|\berror code\.?\s*\[|\b(?:with )?(?:message|response|reply)\s+\\?["']|\b(?:banner|greeting|reply to \w+|from (?:the )?server|connect(?:ion|ed)?(?: \([^)]{1,20}\))?)\s*:\s*|[a-z](?:Error|Exception)\)\s)$/i;
// A log field that holds the reply ("stat=550 …", "reply=250 …", Sendmail's "reject=553 …"), or the reply to a quoted command ("\"RCPT TO:<…>\" => 550").
const replyField = /(?:(?:\b|_)(?:stat|status|reply|response|result|reject|smtp_?response|smtp_?status|code)=\\?['"]?|\bcode:\s*|\w*code["']\s*:\s*\\?["']?|\b(?:resp|response|reply)[,:]\s*|\bfailed:|\bsmtp;\s*|["']\s*=> |\bgot (?:response |reply |status )?code \\?['"]?|\b(?:returned|error) code \\?['"]?)$/i;
// "SMTP" also as the start of a name ("Net::SMTPServerBusy").
const mailWords = /\b(?:e-?mail\b|smtp|mail server\b|sending\b)/i;
// Words of a failure report: after them a reply's text may start in lower case ("Could not send email: 354 go ahead").
const failureWords = /\b(?:error|fail(?:ed|ure)?|could not|cannot|unable|refused|rejected|denied)\b/i;
// The replies RFC 5321 §4.2.3 and the extensions define: only these are taken from a quoted string in prose.
/** What follows a code in a regular expression: ".*", "\\d", "[0-9]". */
const replyPattern = /^[ -]?(?:\.[*+?]|\\[dsSw]|\[\^?\d)/;
const definedCodes = new Set('211 214 220 221 235 250 251 252 334 354 421 432 450 451 452 454 455 500 501 502 503 504 521 530 534 535 538 550 551 552 553 554 555 556'.split(' '));
// A quoted string or code span that starts with a reply and its text ("{:permanent_failure, \"501 Invalid command…", "`501 Error: Bad sender`").
const quotedReplyText = /^\d{3}[ -][A-Za-z]{2}/;
// "535 5.7.8": a reply code followed by an enhanced code of the same class (in a Tcl list: "550 {5.1.1 …}").
// PHPMailer joins an error's parts with commas: "failed,Authentication required,530,5.7.0"; Python's
// exceptions hold a tuple: "(550, b'5.1.1 …')"; some tools put a colon between them ("got 502: 5.5.1 …").
const withItsEnhancedCode = /^([245])\d\d(?:, ?b?['"]|[ ,-][{(]?|:\s*)\1\.\d{1,3}\.\d{1,3}(?![\d.])/;
// After "=", ": ", "(", " - " ("Invalid login - 535 …"), "with" ("Server responded with 554 …"),
// "code" ("got response code 550"), "=>" (OpenSMTPD's `"RCPT TO:<…>" => 550`), an XML element
// ("<message>454 Throttling failure"), an arrow a trace left in a dump (">>> 500 Pipelining not
// supported"), a tuple's field before the reply's text ("(b'bob@example.net', 250, b'2.1.5 Recipient ok')"),
// a field without a space ("SMTP code:550 msg:550 5.1.1 …"), or only a space
// where the code carries its enhanced code ("response (192.0.2.1) 451 4.3.0 …"); "550-5.7.1" is the
// first line of a multi-line reply.
const quotedCode = /(=> |=|: |:(?=\\?["'])|(?<=\b(?:code|msg|message|reply|response)):|\bfailed:|\(|\[|\] | - |\bwith |\bcode |<\w{1,20}>|[<>]{1,3} |, ?|;|[\s\u2022\u3000-\u9fff\uff00-\uffef])(\\?['"`\u201c]?)([2-5]\d\d)(?=[ )'",;\\\]`\u201d]|-[245]\.|-[A-Za-z]|:\s*[245]\.\d|$)/g;
// What stands between a quoted code and the enhanced code that starts its text: "250 2.1.0",
// "(550, b'5.1.1", "retcode (250); Msg: b'2.1.0".
const enhancedAfterCode = /^\d{3}(?:\)?[,;]?\s*(?:Msg:\s*)?b?(['"])|:?\s+\{?|-|,)([245]\.\d{1,3}\.\d{1,3})(?![\d.])/;
// An enhanced code a tool names on its own ("SMTP code: 530 Additional SMTP info: 5.7.0", "DSN: 5.1.1").
const namedEnhanced = /\b(?:SMTP info|enhanced(?: status)? code|extended (?:status )?code|status code|DSN|dsn code):\s*([245]\.\d{1,3}\.\d{1,3})(?![\d.])/gi;

// A command a tool names: an AUTH mechanism (tools that hide the exchange still name it), a MAIL or
// RCPT it quotes whole ("Failed command: \"RCPT TO:<…>\""), or a verb the client sent in this
// session, in capitals ("Connection upgraded with STARTTLS").
const namedCommand =
  /(?<![\w-])(?:(AUTH) (?:PLAIN|LOGIN|CRAM-MD5|DIGEST-MD5|XOAUTH2|OAUTHBEARER|NTLM|GSSAPI|EXTERNAL|SCRAM-SHA-\d+(?:-PLUS)?)|(?<=["'])(MAIL|RCPT)(?= (?:FROM|TO):)|(STARTTLS|EHLO|HELO|MAIL|RCPT|DATA|QUIT|RSET|NOOP|VRFY|BDAT))(?![\w-])/g;

// After an article, a code or a list of codes that the next word names as replies ("a 550 error", "the 535 reply", "a 550, 553, or …").
const proseCodes = /(?<=\b(?:a|an|the|with)\s)[2-5]\d\d(?:,\s*(?:or\s+|and\s+)?[2-5]\d\d)*(?=\s+(?:repl(?:y|ies)|responses?|errors?|codes?|status|bounces?|rejections?|means)\b|,\s*(?:or\s+|and\s+)?\S)/gi;
// A code that opens a line of a list of codes and their meanings ("432: A password transition is needed").
const listedCode = /^\s*([2-5]\d\d):\s+(?=[A-Z][a-z ])/g;

const offered = /\b(?:supports?|offers?|advertis\w*|available|allows?|capabilit\w*)\s*:?\s*$/i;

function quotedCommands(text: string, line: number, verbs: Set<string>): TranscriptUnit[] {
  const found: TranscriptUnit[] = [];
  for (const m of text.matchAll(namedCommand)) {
    const verb = m[1] ?? m[2] ?? m[3];
    if (m[3] && !verbs.has(verb)) continue;
    // "Server supports AUTH PLAIN": what the server offers, not what the client sent.
    if (offered.test(text.slice(Math.max(0, m.index! - 40), m.index))) continue;
    found.push({ kind: 'other', line, start: m.index!, text: verb, quoted: true, quotedCommand: true });
  }
  return found;
}

function quotedReplies(text: string, line: number, codes: Set<string>, codeExplained: boolean): TranscriptUnit[] {
  const found: TranscriptUnit[] = [];
  // An MTA's own verdict in its log line ("dsn=5.1.1, status=bounced").
  for (const m of text.matchAll(/\bdsn=([245]\.\d{1,3}\.\d{1,3})(?![\d.])/g)) {
    const col = m.index! + 4;
    found.push({ kind: 'other', line, start: col, text: '', quotedEnhanced: { code: m[1], col }, quoted: true });
  }
  for (const m of text.matchAll(namedEnhanced)) {
    const col = m.index! + m[0].length - m[1].length;
    found.push({ kind: 'other', line, start: col, text: '', quotedEnhanced: { code: m[1], col }, quoted: true });
  }
  // A list's entry that opens with a reply and its enhanced code in quotes ("550, \"5.7.1\", the reason").
  const entry = /^\s*([2-5])\d\d, ?(['"])([245]\.\d{1,3}\.\d{1,3})\2/.exec(text);
  if (entry && entry[3][0] === entry[1]) {
    const at = text.length - text.trimStart().length;
    const col = entry[0].length - 1 - entry[3].length;
    found.push({ kind: 'other', line, start: at, text: text.slice(at, at + 3), quotedEnhanced: { code: entry[3], col }, quoted: true });
  }
  // Codes prose names as replies: "a 550, 553, or Relay Prohibited error", "with a 535 reply", "432: A password transition is needed".
  const prose = new Set<number>();
  for (const m of text.matchAll(proseCodes)) {
    for (const c of m[0].matchAll(/[2-5]\d\d/g)) if (definedCodes.has(c[0])) prose.add(m.index! + c.index!);
  }
  for (const m of text.matchAll(listedCode)) if (definedCodes.has(m[1])) prose.add(m.index! + m[0].indexOf(m[1]));
  for (const at of prose) found.push({ kind: 'other', line, start: at, text: text.slice(at, at + 3), quoted: true });
  for (const m of text.matchAll(quotedCode)) {
    const at = m.index! + m[0].length - 3;
    const code = m[3];
    if (prose.has(at)) continue;
    // A tool's pattern for the reply it waits for ("Regular expression: \"250 .*\"") is no reply.
    if (replyPattern.test(text.slice(at + 3, at + 8))) continue;
    const withEnhanced = withItsEnhancedCode.test(text.slice(at, at + 16));
    const before = text.slice(Math.max(0, at - 40), at);
    // A code a list names as SMTP's, alone or before a dash ("SMTP 421", "SMTP 421 – Service not available").
    const namedSmtpCode = /\bSMTP $/.test(before) && definedCodes.has(code) && /^\d{3}(?:\s*$|\s+[-–:])/.test(text.slice(at));
    // "550-xx.xx is listed": the first line of a multi-line reply, only where it is quoted or named as one.
    if (/^-[A-Za-z]/.test(text.slice(at + 3, at + 5)) && m[2] === '' && !namedReply.test(before)) continue;
    // In quotes after a label that names a reply ("with message \"550 …"), or a quoted reply with its text.
    // (A code span may hold a reply line with no text: "→ `334 ` →"; "`250`" alone names a code in prose.)
    const codeSpan = m[2].endsWith('`') && definedCodes.has(code) && /^\d{3} \\?`/.test(text.slice(at, at + 6));
    const inQuotes = m[2] !== '' && definedCodes.has(code) && (quotedReplyText.test(text.slice(at, at + 6)) || namedReply.test(before) || codeSpan);
    // A bullet, a CJK character, a tag's closing bracket or a ";" stands for a space here.
    const spaceLike = /^[\s\u2022\u3000-\u9fff\uff00-\uffef;]$/.test(m[1]) || m[1] === '] ';
    if ((spaceLike || m[1] === ',') && !withEnhanced && !inQuotes && !namedSmtpCode && !namedReply.test(before) && !replyField.test(before) && !(m[1] === '] ' && failureWords.test(before))) continue;
    // In brackets only a code alone ("error code. [550]"), never a count ("[250 bytes data]").
    // (A Markdown link's text may quote a reply: "[`535 Authentication Failed`](…)", "[535: 5.7.3 Authentication unsuccessful](…)".)
    if (m[1] === '[' && text[at + 3] !== ']' && m[2] !== '`' && !withEnhanced) continue;
    // In a tuple the code's own text follows as the next field, with its enhanced code.
    // (Or a failure of the mail server's, ending in the reply: "Failed to close connection to SMTP server, 553 Relaying disallowed".)
    const failureReply = failureWords.test(text.slice(0, at)) && mailWords.test(text.slice(0, at)) && /^\d{3} [A-Z][a-z]/.test(text.slice(at, at + 6));
    // (A reply with its enhanced code after a comma is a summary's last field: "SMTP OK - 0.002 sec. response time, 221 2.0.0 Bye".)
    const fieldReply = withEnhanced && /^\d{3} [245]\./.test(text.slice(at, at + 6));
    if (m[1] === ', ' && !inQuotes && !failureReply && !fieldReply && !replyField.test(before) && !new RegExp(`^${code[0]}\\d\\d, b?['"]${code[0]}\\.\\d`).test(text.slice(at, at + 12))) continue;
    // A code the server gave, one the tool says is a server's answer ("SMTP: 535 …", "said: 550 …",
    // "SMTPFatalError: 550 …", "stat=550"), or one that carries its enhanced code ("… not available: 535 5.7.8 …").
    const arrowed = /^[<>]{1,3} $/.test(m[1]) && /^\d{3}[ -][A-Za-z]/.test(text.slice(at, at + 6));
    // A reply alone in parentheses on its line ("(535 Incorrect authentication data)").
    const aloneInParentheses = m[1] === '(' && text.slice(0, at - 1).trim() === '' && definedCodes.has(code) && quotedReplyText.test(text.slice(at, at + 6)) && /\)\W*$/.test(text);
    // Python's SMTP exceptions hold the server's reply as a tuple, its text in bytes: "(535, b'Error: …')".
    const pythonTuple = m[1] === '(' && (/^\d{3}, b['"]/.test(text.slice(at, at + 7)) || (definedCodes.has(code) && /^\d{3}, ['"][A-Za-z]/.test(text.slice(at, at + 8))));
    const said = codes.has(code) || namedReply.test(before) || replyField.test(before) || arrowed || aloneInParentheses || namedSmtpCode || pythonTuple;
    // An error about sending mail that ends in a code and its text ("…to email addresses: 535 Authentication failed").
    const lead = text.slice(0, at);
    const replyText = failureWords.test(lead) ? /^\d{3} [A-Za-z]{2}/ : /^\d{3} (?:[A-Z][a-z]|[A-Z]{2})/;
    const mailError = mailWords.test(lead) && replyText.test(text.slice(at, at + 6));
    if (!said && !mailError && !withEnhanced && !inQuotes) continue;
    const after = enhancedAfterCode.exec(text.slice(at, at + 64));
    const enhanced = after ? { code: after[2], col: at + after[0].length - after[2].length } : undefined;
    if (!codeExplained) found.push({ kind: 'other', line, start: at, text: code, quotedEnhanced: enhanced, quoted: true });
    else if (enhanced) found.push({ kind: 'other', line, start: enhanced.col, text: '', quotedEnhanced: enhanced, quoted: true });
    // The first line of a multi-line reply whose other lines the tool joined with ", ": each of them is a line of that reply.
    if (!codeExplained && text[at + 3] === '-') {
      for (const next of text.slice(at + 4).matchAll(new RegExp(`, (${code})(?=[ -])`, 'g'))) {
        found.push({ kind: 'other', line, start: at + 4 + next.index! + 2, text: code, quoted: true });
      }
    }
    if (!after?.[1] || !enhanced) continue;
    // A multi-line reply in one string: each of its lines may start with the enhanced code again.
    const end = text.indexOf(after[1], enhanced.col);
    const inside = text.slice(enhanced.col, end < 0 ? text.length : end);
    for (const next of inside.matchAll(/(?:\\r)?\\n(?:\d{3}[ -])?([245]\.\d{1,3}\.\d{1,3})(?![\d.])/g)) {
      const col = enhanced.col + next.index! + next[0].length - next[1].length;
      found.push({ kind: 'other', line, start: col, text: '', quotedEnhanced: { code: next[1], col }, quoted: true });
    }
  }
  return found;
}

/**
 * Some tools log a line twice under two marks (PHPMailer's `SMTP INBOUND: "250 ok"` before its
 * `SERVER -> CLIENT: 250 ok`, aiosmtpd's `readline: b'ehlo c\r\n'` before `>> b'ehlo c'`): the
 * repeat is shown, not counted as a reply or command of its own.
 */
export function demoteEchoes(units: TranscriptUnit[]): void {
  // Where each side speaks under one mark no line can repeat another under a second one: nothing to read.
  if (oneMarkPerSide(units)) return;
  let turn = new Map<string, TranscriptUnit>();
  let side: string | undefined;
  let lastOfTurn: TranscriptUnit | undefined;
  // Spaces count once: a raw read ("MAIL  From:") and its parsed copy ("MAIL From:") are one line.
  const core = (text: string) => text.replace(/["'`\\].*$/, '').replace(/\s+/g, ' ').trim().toUpperCase();
  const markOf = (u: TranscriptUnit) => u.mark ?? u.dialect ?? '';
  for (const u of units) {
    if (u.kind !== 'protocol' || u.direction === 'either') continue;
    // A turn lasts while one side speaks; the same line under another mark within it is a repeat.
    if (u.direction !== side) {
      turn = new Map();
      side = u.direction;
    }
    const text = core(u.text);
    // A dissector's field that names the verb alone under the full command ("Command Line: ehlo c" then
    // "Command: ehlo") repeats it: compared as the verb of the line before.
    const previous = side === 'client' && u.line > 0 ? lastOfTurn : undefined;
    const verbOnly = previous?.direction === 'client' && previous.line === u.line - 1 && markOf(previous) !== markOf(u) && !/\s/.test(text) && core(previous.text).startsWith(`${text} `);
    lastOfTurn = u;
    const earlier = verbOnly ? previous : turn.get(text);
    if (!earlier || markOf(earlier) === markOf(u)) {
      turn.set(text, u);
      continue;
    }
    // The copy under a speaker's mark ("<<", ">>") stays; a tool's internal note of it goes.
    const keepLater = !verbOnly && !hasDirection(markOf(earlier)) && hasDirection(markOf(u));
    Object.assign(keepLater ? earlier : u, { kind: 'other', echo: true });
    if (keepLater) turn.set(text, u);
  }
}

function oneMarkPerSide(units: TranscriptUnit[]): boolean {
  const marks = new Map<string | undefined, string>();
  for (const u of units) {
    if (u.kind !== 'protocol' || u.direction === 'either') continue;
    const mark = u.mark ?? u.dialect ?? '';
    const first = marks.get(u.direction);
    if (first === undefined) marks.set(u.direction, mark);
    else if (first !== mark) return false;
  }
  return true;
}

/**
 * A server's activity log that writes a command and its reply on one line, behind a column with the
 * command's verb ("MAIL MAIL FROM: <a@b> 250 Requested mail action okay 43 35", "AUTH {blank} 334 UGFz…"
 * where the client's line was SASL data): the command is the client's, the reply the server's.
 */
export function splitCommandAndReply(u: TranscriptUnit): TranscriptUnit[] {
  const raw = u.kind === 'other' && !u.quoted;
  if (!raw && (u.kind !== 'protocol' || u.direction !== 'either')) return [u];
  // A page that lost the line breaks of a telnet session: "ehlo c 250-mx 250-PIPELINING 250 DSN", a whole reply after the command.
  const flat = commandThenJoinedReply.exec(u.text);
  if (flat && isCommandText(flat[1]) && joinedLineStarts(flat[2])) {
    const at = u.text.length - flat[2].length;
    if (raw) return [{ ...u, text: flat[1] }, { ...u, start: u.start + at, text: flat[2] }];
    return [{ ...u, direction: 'client', text: flat[1] }, { ...u, direction: 'server', start: u.start + at, text: flat[2] }];
  }
  if (raw) return [u];
  const m = commandThenReply.exec(u.text);
  if (!m || !(m[2] === '{blank}' || (isCommandText(m[2]) && m[2].split(/[\s:]/)[0].toUpperCase() === m[1].toUpperCase()))) return [u];
  const replyFrom = m[0].length - m[3].length;
  const reply: TranscriptUnit = { ...u, direction: 'server', start: u.start + replyFrom, text: m[3] };
  if (m[2] === '{blank}') return [{ ...u, kind: 'other', text: m[1] + ' ' + m[2] }, reply];
  return [{ ...u, direction: 'client', start: u.start + m[1].length + 1, text: m[2] }, reply];
}

const commandThenJoinedReply = /^(\S.*?) +([2-5]\d\d-\S.*)$/;
const commandThenReply = /^([A-Za-z]{4}) +(\{blank\}|[A-Za-z]{4}\b.*?) +([2-5]\d\d[ -]\S.*)$/;

/**
 * A multi-line reply a tool printed on one line, its lines joined by ", " (sendEmail:
 * "250-mx Hello, 250-PIPELINING, 250 HELP"), by "|" (a server's log: "250-mx|250-SIZE 52428800|250 8BITMIME")
 * or by nothing at all ("250-mx Hello250-SIZE 52428800250 OK"): one unit per reply line, each at its code.
 */
export function splitJoinedReplies(units: TranscriptUnit[]): TranscriptUnit[] {
  const out: TranscriptUnit[] = [];
  for (const u of units) {
    const starts = (u.kind === 'protocol' && u.direction !== 'client') || (u.kind === 'other' && !u.quoted) ? joinedLineStarts(u.text) : undefined;
    if (!starts) {
      out.push(u);
      continue;
    }
    starts.forEach((from, k) => {
      const to = k + 1 < starts.length ? starts[k + 1] : u.text.length;
      // (What joined the lines goes: ", ", " | ", or a string's escaped line break.)
      const text = u.text.slice(from, to).replace(/(?:,|\s*\||(?:\\r)?\\n)?\s*$/, '');
      out.push({ ...u, start: u.start + from, text });
    });
  }
  return out;
}

/** Where each line of a joined reply starts, if the text is one ("250-a, 250 b"). */
function joinedLineStarts(text: string): number[] | undefined {
  if (text.charCodeAt(3) !== 45 || !/^[2-5]\d\d/.test(text)) return undefined;
  const code = text.slice(0, 3);
  // (Most lines of a reply hold their code once: no pattern is built for them.)
  if (text.indexOf(code, 4) < 0) return undefined;
  const commas = [...text.matchAll(new RegExp(`, (?=${code}(?:[ -]|$))`, 'g'))].map((m) => m.index! + 2);
  if (commas.length) return [0, ...commas];
  // Joined by a string's escaped line breaks ("250-mx\\r\\n250-PIPELINING\\r\\n"): each break is a line's end, the reply's last or not.
  const breaks = [...text.matchAll(new RegExp(`(?:\\\\r)?\\\\n(?=${code}(?:[ -]|\\\\r|\\\\n|$))`, 'g'))].map((m) => m.index! + m[0].length);
  if (breaks.length) return [0, ...breaks];
  // Joined by "|", a space or nothing: only where it reads as a whole reply, its last line the final one.
  const codes = [...text.matchAll(new RegExp(`${code}(?=[ -]|$)`, 'g'))].map((m) => m.index!).filter((i) => i > 3);
  const barred = codes.length > 0 && codes.every((i) => /\|\s*$/.test(text.slice(0, i)));
  // (Or two lines, the second with the first one's enhanced code: "535-5.7.1 … Learn more at535 5.7.1 https://…".)
  const enhanced = /^\d{3}-([245]\.\d{1,3}\.\d{1,3}) /.exec(text)?.[1];
  const sameEnhanced = enhanced !== undefined && codes.length === 1 && text.startsWith(` ${enhanced} `, codes[0] + 3);
  if (!codes.length || (!barred && !sameEnhanced && codes.length < 2) || text.charCodeAt(codes[codes.length - 1] + 3) === 45) return undefined;
  return [0, ...codes];
}
