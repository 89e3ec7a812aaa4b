/**
 * Tells whether a text pasted into a plain-text or `log` editor is an SMTP transcript, so that the
 * client can offer the `smtp` language. Pure and cheap: it reads the first lines only, and it is
 * conservative, because a wrong offer on an ordinary log or on prose is worse than a missed one.
 */

/** Lines looked at: enough for a greeting, EHLO and its reply in any producer's output. */
import { splitLines } from './lines';
import { readTranscript } from './transcript/reader';

const maxLines = 200;
/** Characters of one line looked at: protocol lines are short, a minified blob is not a transcript. */
const maxLineLength = 1000;

/**
 * Noise in front of the protocol text, peeled one piece at a time: timestamps, log levels,
 * bracketed ids, syslog `host prog[pid]:` and Python's `b'` string start.
 */
const noise = [
  /^\[[^\]\n]{1,60}\]\s*/, // [2024-05-01 10:00:00], [Ml0Ucqh4Y], [pid 42]
  /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?\s*/,
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6},? {1,2}\d{1,2}(?: \w{3,9})?(?: \d{4})? \d\d:\d\d:\d\d(?:[.,]\d{1,9})?\s*/,
  /^\d\d:\d\d:\d\d(?:[.,]\d{1,9})?\s*/,
  /^(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR)\b:?\s*/,
  /^[\w.-]{1,253} (?:[\w/.-]{1,100}\[\d{1,10}\]|\w+\/[\w/.-]{1,100}):\s+/, // syslog "host prog[pid]: ", "host postfix/smtp: "
  /^\d{1,10}\s+(?=SMTP(?:<<|>>))/, // Exim -d process id
];

/** Speaker marks; which side they name does not matter here, the text after them does. */
const marks =
  /^(?:SERVER -> CLIENT:|CLIENT -> SERVER:|SMTP -> FROM SERVER:|SMTP -> ERROR:|\[[SC]\]|[SC]:|[SC]>|Server:|Client:|<<<|>>>|<\*\*|\*\*>|<~\*?|~>|-->|<--|<-|->|SMTP<<|SMTP>>|SMTP\|>|SMTP\+>|[<>]\s+[\w.-]{1,253}\[[0-9A-Fa-f.:]{2,45}\](?::\d{1,5})?:|Sent:|Got:|send:|recv:|reply:|Send:|Recv:|<|>)\s*/i;

const stringStart = /^b?['"]/;
const replyLine = /^[2-5][0-5]\d(?:[- ]|$|\\r)/;
const greeting = /^220[- ].{0,200}?(?:E?SMTP|ready|service|Postfix|Exim|Sendmail|Microsoft|mail|\.\w)/i;
const commandLine =
  /^(?:EHLO|HELO|LHLO) [\w.:[\]-]{1,255}(?:\s|$|\\r)|^(?:MAIL FROM|RCPT TO):\s?<|^(?:DATA|QUIT|RSET|NOOP|STARTTLS)(?:\s*$|\\r)|^AUTH (?:PLAIN|LOGIN|CRAM-MD5|XOAUTH2|OAUTHBEARER|SCRAM-SHA-1|SCRAM-SHA-256)\b|^BDAT \d{1,12}(?: LAST)?(?:\s*$|\\r)/i;

/** The protocol text of a line: what remains after the noise and one speaker mark. */
function protocolText(line: string): string {
  let rest = line.trimStart();
  for (let round = 0; round < 4; round++) {
    const before = rest;
    for (const re of noise) {
      const m = re.exec(rest);
      if (m) rest = rest.slice(m[0].length);
    }
    if (rest === before) break;
  }
  const mark = marks.exec(rest);
  if (mark) rest = rest.slice(mark[0].length);
  const quote = stringStart.exec(rest);
  if (quote) rest = rest.slice(quote[0].length);
  return rest;
}

export interface TranscriptEvidence {
  greetings: number;
  replies: number;
  commands: number;
  /** Distinct command verbs seen (EHLO, MAIL, RCPT…): one repeated word is not a session. */
  verbs: number;
}

/** Counts what the first lines show. Exposed for tests and for a future "why" message. */
export function transcriptEvidence(text: string): TranscriptEvidence {
  const evidence: TranscriptEvidence = { greetings: 0, replies: 0, commands: 0, verbs: 0 };
  const verbs = new Set<string>();
  let start = 0;
  for (let n = 0; n < maxLines && start < text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, Math.min(end, start + maxLineLength)).replace(/\r$/, '');
    start = end + 1;
    const rest = protocolText(line);
    if (replyLine.test(rest)) {
      evidence.replies++;
      if (greeting.test(rest)) evidence.greetings++;
    } else if (commandLine.test(rest)) {
      evidence.commands++;
      verbs.add(rest.slice(0, 4).toUpperCase());
    }
  }
  evidence.verbs = verbs.size;
  return evidence;
}

/**
 * True when the text starts like an SMTP session: replies and commands of at least two kinds,
 * and either a 220 greeting or several replies. A log that mentions "550" or one "QUIT" is not enough.
 */
export function looksLikeTranscript(text: string): boolean {
  if (text.indexOf('\0') >= 0 && text.indexOf('\0') < 8192) return false;
  const convincing = (e: TranscriptEvidence) => e.commands >= 2 && e.verbs >= 2 && ((e.greetings >= 1 && e.replies >= 2) || e.replies >= 3);
  // The quick look knows the common prefixes; the reader infers the rest (any producer's marks).
  return convincing(transcriptEvidence(text)) || convincing(readerEvidence(text));
}

/** What the transcript reader finds on the first lines: the replies and commands of either side. */
function readerEvidence(text: string): TranscriptEvidence {
  let end = 0;
  for (let n = 0; n < maxLines && end >= 0 && end < text.length; n++) end = text.indexOf('\n', end + 1);
  const head = end < 0 ? text : text.slice(0, end);
  const evidence: TranscriptEvidence = { greetings: 0, replies: 0, commands: 0, verbs: 0 };
  const verbs = new Set<string>();
  for (const u of readTranscript(splitLines(head)).units) {
    const spoken = u.kind === 'protocol' || (u.kind === 'other' && u.dialect === 'raw');
    if (!spoken) continue;
    const rest = u.text.slice(0, maxLineLength);
    if (u.direction !== 'client' && replyLine.test(rest)) {
      evidence.replies++;
      if (greeting.test(rest)) evidence.greetings++;
    } else if (u.direction !== 'server' && commandLine.test(rest)) {
      evidence.commands++;
      verbs.add(rest.slice(0, 4).toUpperCase());
    }
  }
  evidence.verbs = verbs.size;
  return evidence;
}
