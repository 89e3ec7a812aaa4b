/**
 * Classifies one transcript line: which tool wrote it (dialect), who spoke (client or server),
 * and where the protocol text starts. Pure per line, so a line can be re-classified alone.
 */

/** 'inferred': speaker marks the reader learned from the document itself. */
export type Dialect = 'rfc' | 'raw' | 'swaks' | 'sendmail' | 'exim' | 'postfix' | 'smtplib' | 'curl' | 'inferred';
export type Direction = 'client' | 'server' | 'either';

export interface ClassifiedLine {
  /** 'protocol': SMTP text from a known side; 'info': tool output; 'blank'; 'other': unprefixed text. */
  kind: 'protocol' | 'info' | 'blank' | 'other';
  dialect?: Dialect;
  direction?: Direction;
  /** Offset of the SMTP text within the line. */
  start: number;
  /** The SMTP text (escapes of smtplib already removed from the end). */
  text: string;
  /** smtplib shows the raw line endings of what it sent or received. */
  escaped?: boolean;
  /** The swaks marker says the reply was unexpected (<** or <~*). */
  unexpected?: boolean;
  /** Sent or received over TLS (swaks ~> and <~). */
  tls?: boolean;
}

// Timestamps and log prefixes that tools put in front of protocol lines. A logger may stack two
// ("19:37:31:628\t19:37:31.506611 send: ..."), and milliseconds may follow a colon.
const timestampPrefix =
  /^(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?\s+(?:[\w.-]{1,255} [\w./-]{1,80}\[\d{1,10}\]: )?|\[\d\d:\d\d:\d\d(?:[.,:]\d{1,9})?\]\s+|\d\d:\d\d:\d\d(?:[.,:]\d{1,9})?\s+|[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d (?:[\w.-]{1,255} )?[\w./-]{1,80}(?:\[\d{1,10}\])?: )/;

// A program's tag in front of RFC-style S:/C: lines ("flutter: S: 220 ...").
const tagBeforeRfcMarker = /^[A-Za-z][\w.-]{0,39}(?:\[\d{1,10}\])?: (?=(?:S|C|Server|Client)\s?[:>])/;

interface Marker {
  re: RegExp;
  dialect: Dialect;
  direction: Direction;
  info?: boolean;
  unexpected?: boolean;
  tls?: boolean;
}

// Order matters: the more specific markers come first.
const markers: Marker[] = [
  // Documentation indents RFC-style sessions (code blocks, list items, source comments).
  { re: /^[ \t]{0,24}(?:S|Server)\s?[:>] ?/, dialect: 'rfc', direction: 'server' },
  { re: /^[ \t]{0,24}(?:C|Client)\s?[:>] ?/, dialect: 'rfc', direction: 'client' },
  { re: /^ -> /, dialect: 'swaks', direction: 'client' },
  { re: /^ ~> /, dialect: 'swaks', direction: 'client', tls: true },
  { re: /^<- {1,2}/, dialect: 'swaks', direction: 'server' },
  { re: /^<~ {1,2}/, dialect: 'swaks', direction: 'server', tls: true },
  { re: /^<\*\* /, dialect: 'swaks', direction: 'server', unexpected: true },
  { re: /^<~\* /, dialect: 'swaks', direction: 'server', unexpected: true, tls: true },
  { re: /^\*\*> /, dialect: 'swaks', direction: 'client', unexpected: true },
  { re: /^(?:===|\*\*\*) /, dialect: 'swaks', direction: 'either', info: true },
  { re: /^>>> /, dialect: 'sendmail', direction: 'client' },
  { re: /^<<< /, dialect: 'sendmail', direction: 'server' },
  // Exim marks what it sent (SMTP>>) and received (SMTP<<): as a client (transport debug) that is
  // commands and replies, as a server (smtp_in debug, -bh with -d) the other way round. The text decides.
  { re: /^\s{0,8}(?:\d{1,10} )?SMTP(?:>>|<<) /, dialect: 'exim', direction: 'either' },
  // Postfix verbose logging: "> host[addr]: TEXT" or "< host[addr]: TEXT"; the side depends on
  // whether smtp or smtpd logged it, so the text decides.
  { re: /^[<>] [\w.-]{1,255}\[[\w.:%-]{1,64}\](?::\d{1,5})?: /, dialect: 'postfix', direction: 'either' },
  { re: /^> /, dialect: 'curl', direction: 'client' },
  { re: /^< /, dialect: 'curl', direction: 'server' },
  { re: /^\* /, dialect: 'curl', direction: 'either', info: true },
];

const sendmailClientText = /^(?:(?:HELO|EHLO|MAIL|RCPT|DATA|BDAT|RSET|VRFY|EXPN|HELP|NOOP|QUIT|STARTTLS|AUTH|ETRN|ATRN|TURN|SEND|SOML|SAML|XCLIENT|XFORWARD)(?:\s|$)|\.$)/i;

const smtplibSend = /^send: b?(['"])(.*)\1$/;
// Python 3 shows bytes (reply: b'250 ok\\r\\n'), Python 2 plain strings (reply: '250 ok\\r\\n').
const smtplibReply = /^reply: b?(['"])(.*)\1$/;
const smtplibInfo = /^(?:reply: retcode|data: |connect: )/;

export function classifyLine(line: string): ClassifiedLine {
  if (!line.trim()) return { kind: 'blank', start: 0, text: '' };
  let offset = 0;
  for (let i = 0; i < 2; i++) {
    const stamp = timestampPrefix.exec(line.slice(offset));
    if (!stamp) break;
    offset += stamp[0].length;
  }
  const tag = tagBeforeRfcMarker.exec(line.slice(offset));
  if (tag) offset += tag[0].length;
  const rest = line.slice(offset);

  const smtplib = smtplibSend.exec(rest) ?? smtplibReply.exec(rest);
  if (smtplib) {
    const quoteAt = rest.indexOf(smtplib[1]) + 1;
    const body = smtplib[2].replace(/(?:\\r)?\\n$/, '');
    return {
      kind: 'protocol',
      dialect: 'smtplib',
      direction: rest.startsWith('send') ? 'client' : 'server',
      start: offset + quoteAt,
      text: body,
      escaped: true,
    };
  }
  if (smtplibInfo.test(rest)) return { kind: 'info', dialect: 'smtplib', start: offset, text: rest };

  for (const marker of markers) {
    const m = marker.re.exec(rest);
    if (!m) continue;
    const start = offset + m[0].length;
    // Exim's -bh sessions print ACL tracing behind ">>> "; only a command or "." is Sendmail's client.
    // "Server:" alone on its line heads the lines below it (a table, a quoted session): no empty reply.
    if (marker.dialect === 'rfc' && /^\s*(?:Server|Client)\s?:\s*$/.test(rest)) return { kind: 'other', start: offset, text: rest };
    if (marker.dialect === 'sendmail' && marker.direction === 'client' && !sendmailClientText.test(line.slice(start))) {
      return { kind: 'info', dialect: 'exim', start, text: line.slice(start) };
    }
    return {
      kind: marker.info ? 'info' : 'protocol',
      dialect: marker.dialect,
      direction: marker.direction,
      start,
      text: line.slice(start),
      unexpected: marker.unexpected,
      tls: marker.tls,
    };
  }
  return { kind: 'other', start: offset, text: rest };
}

/** `250-text`, `250 text` or a bare `250`: the reply-line shape of RFC 5321 §4.2. */
const replyShape = /^(\d{3})(?:([ -])(.*))?$/;

export interface ReplyLineParts {
  code: string;
  /** '-' continues the reply, ' ' or '' ends it. */
  separator: '-' | ' ' | '';
  textOffset: number;
  text: string;
}

export function parseReplyLine(text: string): ReplyLineParts | undefined {
  const m = replyShape.exec(text);
  if (!m) return undefined;
  // Spaces before the text ("250  ok", a tool's "[250] 'ok'" with its brackets blanked) are not part of it.
  const after = m[3] ?? '';
  const indent = after.length - after.trimStart().length;
  return { code: m[1], separator: (m[2] ?? '') as ReplyLineParts['separator'], textOffset: m[2] ? 4 + indent : 3, text: after.slice(indent) };
}

/** An enhanced-code-shaped token at the start of a reply text: "5.1.1" or a malformed "6.1.1". */
const enhancedShape = /^(\d{1,3})\.(\d{1,4})\.(\d{1,4})(?=[\s,;:]|$)/;

export function leadingEnhancedCode(text: string): string | undefined {
  const m = enhancedShape.exec(text);
  return m ? m[0] : undefined;
}
