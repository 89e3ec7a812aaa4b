/**
 * RFC 3464 delivery-status fields: groups of header-like fields, one per-message group and one
 * group per recipient, read from a TextView so that every field and code keeps its position.
 * Real reports bend the format (no blank line between the groups, continuation lines without
 * indentation, a missing per-message group); the reader accepts those and keeps going.
 */
import type { Range } from 'vscode-languageserver-types';
import { parseEnhancedCode } from '../../knowledge/codes';
import { findCodes, type CodeHit } from './bounceText';
import type { TextView } from './textView';

export interface DsnField {
  name: string;
  lower: string;
  nameRange: Range;
  /** Decoded value lines: the text after the colon, then each continuation line. */
  pieces: { line: number; col: number; text: string }[];
  /** Unfolded value: pieces joined by one space. */
  value: string;
  group: number;
  view: TextView;
}

export interface DsnRecipientFields {
  fields: DsnField[];
}

export interface DsnReport {
  message: DsnField[];
  recipients: DsnRecipientFields[];
  fields: DsnField[];
}

const recipientFieldNames = new Set([
  'original-recipient',
  'final-recipient',
  'action',
  'status',
  'remote-mta',
  'diagnostic-code',
  'last-attempt-date',
  'final-log-id',
  'will-retry-until',
  'x-actual-recipient',
  'x-display-name',
]);
const messageFieldNames = new Set(['original-envelope-id', 'reporting-mta', 'dsn-gateway', 'received-from-mta', 'arrival-date']);
/** Fields that start a new recipient when they appear a second time in the same group. */
const identifyingFields = new Set(['final-recipient', 'original-recipient', 'action', 'status']);

const fieldRe = /^([A-Za-z][A-Za-z0-9-]*)[ \t]*:/;

/**
 * Reads the fields of a view. `strict` (for DSN fields embedded in a text part) keeps only the
 * field names RFC 3464 defines and the X- fields inside a recipient group.
 */
export function readDsn(view: TextView, strict = false): DsnReport {
  const fields: DsnField[] = [];
  let current: DsnField | undefined;
  let group = 0;
  view.lines.forEach((raw, i) => {
    const line = raw.length > 8000 ? raw.slice(0, 8000) : raw;
    if (line.trim() === '') {
      current = undefined;
      group++;
      return;
    }
    if ((line[0] === ' ' || line[0] === '\t') && current) {
      const col = line.length - line.trimStart().length;
      current.pieces.push({ line: i, col, text: line.slice(col).trimEnd() });
      return;
    }
    const m = fieldRe.exec(line);
    const known = m && (recipientFieldNames.has(m[1].toLowerCase()) || messageFieldNames.has(m[1].toLowerCase()) || /^x-/i.test(m[1]));
    if (m && (!strict || known)) {
      const after = m[0].length;
      const col = after + (line.length - after - line.slice(after).trimStart().length);
      current = {
        name: m[1],
        lower: m[1].toLowerCase(),
        nameRange: { start: view.position(i, 0), end: view.position(i, m[1].length) },
        pieces: [{ line: i, col, text: line.slice(col).trimEnd() }],
        value: '',
        group,
        view,
      };
      fields.push(current);
      return;
    }
    // A line that is no field continues the previous one (some MTAs do not indent continuations).
    if (current && !strict) current.pieces.push({ line: i, col: 0, text: line.trimEnd() });
    else current = undefined;
  });
  for (const f of fields) f.value = f.pieces.filter((p) => p.text).map((p) => p.text).join(' ');

  const message: DsnField[] = [];
  const recipients: DsnRecipientFields[] = [];
  let recipient: DsnRecipientFields | undefined;
  let recipientGroup = -1;
  for (const f of fields) {
    const isRecipientField = recipientFieldNames.has(f.lower);
    const isMessageField = messageFieldNames.has(f.lower) || (!isRecipientField && (f.lower.startsWith('x-') && /queue-id|sender|virtualmta|postfix/.test(f.lower)));
    if (isMessageField && (!recipient || recipientGroup !== f.group)) {
      message.push(f);
      continue;
    }
    if (isRecipientField) {
      const repeated = recipient && identifyingFields.has(f.lower) && recipient.fields.some((x) => x.lower === f.lower);
      if (!recipient || recipientGroup !== f.group || repeated) {
        recipient = { fields: [] };
        recipients.push(recipient);
        recipientGroup = f.group;
      }
      recipient.fields.push(f);
      continue;
    }
    if (recipient && recipientGroup === f.group) recipient.fields.push(f);
    else if (!strict) message.push(f);
  }
  return { message, recipients: recipients.filter((r) => r.fields.some((f) => identifyingFields.has(f.lower))), fields };
}

/** Whether a text part carries DSN fields (some MTAs put the report into the notification text). */
export function looksLikeEmbeddedDsn(lines: string[]): boolean {
  let recipient = false;
  let outcome = false;
  for (const line of lines) {
    if (/^(?:final|original)-recipient\s*:/i.test(line)) recipient = true;
    else if (/^(?:action|status)\s*:/i.test(line)) outcome = true;
    if (recipient && outcome) return true;
  }
  return false;
}

/** Position (view line/column) of an index into a field's unfolded value. */
export function valuePosition(field: DsnField, index: number): { line: number; col: number } {
  let remaining = index;
  for (const piece of field.pieces.filter((p) => p.text)) {
    if (remaining <= piece.text.length) return { line: piece.line, col: piece.col + remaining };
    remaining -= piece.text.length + 1;
  }
  const last = field.pieces[field.pieces.length - 1];
  return { line: last.line, col: last.col + last.text.length };
}

export function valueRange(field: DsnField, index: number, length: number): Range {
  const s = valuePosition(field, index);
  const e = valuePosition(field, index + length);
  return { start: field.view.position(s.line, s.col), end: field.view.position(e.line, e.col) };
}

export function field(fields: DsnField[], name: string): DsnField | undefined {
  return fields.find((f) => f.lower === name);
}

/** "rfc822; <bob@example.com>" → "bob@example.com"; "dns; mx.example.com (192.0.2.1)" → "mx.example.com". */
export function typedValue(value: string): { type: string | null; text: string; offset: number } {
  const semi = value.indexOf(';');
  if (semi < 0 || semi > 40 || /\s/.test(value.slice(0, semi).trim())) return { type: null, text: value.trim(), offset: value.length - value.trimStart().length };
  const rest = value.slice(semi + 1);
  return { type: value.slice(0, semi).trim().toLowerCase(), text: rest.trim(), offset: semi + 1 + (rest.length - rest.trimStart().length) };
}

/** "/RFC-822=bob(a)example.org/O=…/" in an X.400 address: the RFC 822 address it carries, `(a)` standing for `@` (RFC 1327). */
const x400Rfc822 = /\/RFC-822=([^/\s]+)/i;

export function addressOf(value: string): string | null {
  const { type, text } = typedValue(value);
  const x400 = x400Rfc822.exec(text);
  if (x400) return x400[1].replace(/\(a\)/gi, '@').replace(/\(p\)/gi, '%').replace(/\(u\)/gi, '_');
  // A non-RFC 822 address (an X.400 one without RFC-822, a UTF-8 one left as is) is no mail address for our summary.
  if (type && type !== 'rfc822' && type !== 'utf-8' && !text.includes('@')) return null;
  const m = /<([^<>\s]+)>/.exec(text);
  const address = (m ? m[1] : text.split(/\s+/)[0] ?? '').replace(/^["']|["']$/g, '');
  return address ? address : null;
}

export function hostOf(value: string): string | null {
  const { text } = typedValue(value);
  const first = text.split(/\s+/)[0] ?? '';
  const host = first.replace(/^[[<(]+|[\]>),]+$/g, '').replace(/\.$/, '');
  return host ? host : null;
}

export interface StatusValue {
  /** The enhanced code, when the value is well-formed. */
  code: string | null;
  /** The first token when it is malformed (for the diagnostic). */
  malformed: string | null;
  index: number;
}

export function statusOf(value: string): StatusValue {
  const lead = value.length - value.trimStart().length;
  const token = value.trim().split(/[\s(;]/)[0] ?? '';
  if (!token) return { code: null, malformed: null, index: lead };
  return parseEnhancedCode(token) ? { code: token, malformed: null, index: lead } : { code: null, malformed: token, index: lead };
}

export interface DiagnosticValue {
  type: string | null;
  /** The diagnostic text after the type. */
  text: string;
  textOffset: number;
  replyCode: CodeHit | null;
  enhancedCode: CodeHit | null;
  hits: CodeHit[];
}

/** The reply code and enhanced code of a Diagnostic-Code value (offsets relative to the value). */
export function diagnosticOf(value: string): DiagnosticValue {
  const { type, text, offset } = typedValue(value);
  const hits = findCodes(text).map((h) => ({ ...h, index: h.index + offset }));
  // Only an SMTP diagnostic starts with a reply code; "X-Unix; 255" is a program's exit status, and
  // other types give a reply code only where the text pairs one with an enhanced code or says whose it is.
  const smtpType = type === null || type === 'smtp' || type === 'x-smtp';
  // (Its second digit may lie outside RFC 5321's grammar, "460 too many messages": still the server's reply, as in a transcript.)
  const lead = smtpType ? /^\s*([245]\d\d)(?=[ \t-]|$)/.exec(text) : null;
  const leadingReply = lead ? { kind: 'reply' as const, code: lead[1], index: offset + lead[0].length - 3, tier: 'context' as const } : null;
  const pairReply = hits.find((h) => h.kind === 'reply' && h.tier === 'pair') ?? null;
  // "554 4.4.7 Message expired: … <421 4.4.2 Connection timed out>" (Amazon WorkMail/SES): the
  // reporting MTA's own code wraps the last reply of the remote server, which is the one it sent.
  const wrapped = leadingReply ? /<([245][0-5]\d) [245]\.\d{1,3}\.\d{1,3}\b[^<>]*>\s*$/.exec(text) : null;
  const wrappedReply = wrapped ? hits.find((h) => h.kind === 'reply' && h.index === offset + wrapped.index + 1) : undefined;
  // Otherwise a reply code in a strong context inside the text ("X-Postfix; host mx.example.org[192.0.2.1]
  // said: 551 …", "X-HERMES; … said: 552 …"): only a code at the very start of a non-SMTP type is no reply.
  const contextReply = hits.find((h) => h.kind === 'reply' && (smtpType || h.index > offset)) ?? null;
  const replyCode = wrappedReply ?? leadingReply ?? pairReply ?? contextReply;
  if (replyCode && !hits.some((h) => h.index === replyCode.index)) hits.push(replyCode);
  hits.sort((a, b) => a.index - b.index);
  // "5.1.0 - Unknown address error 550-'5.7.1 …": the code paired with the reply code is the
  // remote server's; a leading one before it is only the reporting MTA's classification.
  const afterReply = replyCode ? hits[hits.findIndex((h) => h.index === replyCode.index) + 1] : undefined;
  const pairedEnhanced = afterReply?.kind === 'enhanced' && afterReply.tier === 'pair' ? afterReply : undefined;
  const enhancedCode = pairedEnhanced ?? hits.find((h) => h.kind === 'enhanced') ?? null;
  return { type, text, textOffset: offset, replyCode, enhancedCode, hits };
}
