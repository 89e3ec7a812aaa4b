/**
 * Reads one message as a bounce: its RFC 3464 report if it has one, otherwise the human-readable
 * text that Postfix, Sendmail, Exim, qmail, Exchange, Gmail and others write, or the JSON of an
 * Amazon SES notification. The result names each recipient with the codes the message gives for
 * it, and where in the document each value came from; a value the message does not give stays null.
 */
import type { Range } from 'vscode-languageserver-types';
import { parseEnhancedCode } from '../../knowledge/codes';
import { findAddresses, findCodes, findRemoteHost, inlineRecipients, leadingAddress, type CodeHit } from './bounceText';
import {
  addressOf,
  diagnosticOf,
  field,
  hostOf,
  looksLikeEmbeddedDsn,
  readDsn,
  statusOf,
  valueRange,
  type DiagnosticValue,
  type DsnField,
  type DsnReport,
} from './dsn';
import type { BounceKind, DsnAction } from './emlMessages';
import { decodeEncodedWords, header, type MimeEntity, type ParsedDocument } from './mime';
import { readSesNotification, type SesNotification } from './sesNotification';
import { bodyView, type TextView } from './textView';

export interface RecipientSummary {
  recipient: string | null;
  action: string | null;
  status: string | null;
  replyCode: string | null;
  diagnostic: string | null;
  remoteMta: string | null;
  /** The provider that answered (issue 15), present only where the reply or a host identifies one. */
  provider?: string;
}

/** A recipient with the places its values came from, for hovers and diagnostics. */
export interface RecipientResult extends RecipientSummary {
  /** Where the recipient-status information belongs (the Status value, or the code in the text). */
  anchor?: Range;
  dsn?: DsnRecipient;
}

export interface DsnRecipient {
  fields: DsnField[];
  action?: DsnField;
  status?: DsnField;
  statusCode: string | null;
  diagnostic?: DsnField;
  diagnosticValue?: DiagnosticValue;
  remoteMta?: DsnField;
}

export interface CodeInText {
  hit: CodeHit;
  range: Range;
  /** The text from the code to the end of its logical line: the reply text. */
  context: string;
  host?: string;
}

export interface DsnPart {
  entity: MimeEntity;
  view: TextView;
  report: DsnReport;
  embedded: boolean;
}

export interface MessageResult {
  entity: MimeEntity;
  kind: BounceKind;
  subject: string;
  recipients: RecipientResult[];
  dsnParts: DsnPart[];
  feedbackParts: DsnPart[];
  /** Codes found in the notification text, each with its document range (exact views only). */
  textCodes: CodeInText[];
  /** Top-level header fields worth a hover (X-Failed-Recipients, Auto-Submitted). */
  headerFields: MimeEntity['headers'];
}

interface PartInfo {
  entity: MimeEntity;
  /** How many message/rfc822 parts enclose it. */
  level: number;
  attachment: boolean;
}

function collectParts(root: MimeEntity): PartInfo[] {
  const out: PartInfo[] = [];
  const stack: PartInfo[] = [{ entity: root, level: 0, attachment: false }];
  while (stack.length) {
    const info = stack.pop()!;
    out.push(info);
    const e = info.entity;
    const next: PartInfo[] = e.children.map((child) => ({
      entity: child,
      level: info.level,
      attachment: /^\s*attachment/i.test(header(child, 'content-disposition')?.value ?? ''),
    }));
    if (e.message) next.push({ entity: e.message, level: info.level + 1, attachment: false });
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
  }
  return out;
}

/** A line where the notification ends and the returned message begins. */
const originalMessageMarker =
  /^[\s-]*(?:original message(?:\s+(?:follows|headers))?\s*[.:]?\s*-*\s*$|below this line is a copy of the message|(?:this is a )?copy of the message|unsent message follows|returned message|the header of the original message|included is a copy of the message header|message headers follow|below is a copy of the original message)/i;
const headerBlockStart = /^(?:Received|Return-Path|DKIM-Signature|X-Received|ARC-Seal):\s/i;

const subjectBounce =
  /undeliver|returned mail|returning message|delivery (?:status notification|failure|failed|has failed|problem|notification|report)|failure notice|mail delivery failed|non-?delivery|could not be delivered|not delivered|returned to sender|mail system error|error sending your mail|nondeliverable|delivery status|delivery failure|mail failure/i;
const subjectDelay = /\(delay\)|\bdelayed\b|delivery delay|\bwarning\b.*\b(?:delay|could not send)|not yet been delivered/i;
const bodyBounce =
  /could not be delivered|undeliverable|delivery (?:has )?failed|failed permanently|was not delivered|wasn't delivered|permanent (?:fatal )?errors?|not be delivered|unable to deliver|did not reach the following|could not deliver|delivery failure|returned permanent errors|delivery problems|could not be sent/i;
const bodyDelay =
  /this is a warning message only|has not yet been delivered|not been delivered yet|will (?:continue|keep) trying|delivery (?:is|has been) delayed|temporarily (?:deferred|delayed)|message is delayed|only a temporary failure|you do not need to re-?send/i;
const daemonSender = /^(?:mailer[-_.]?daemon|postmaster|post_master|mail[-_.]?delivery(?:[-_.]system)?|mdaemon|double-bounce)$/i;
const autoReplySubject = /^(?:auto(?:matic)?[- ]?(?:reply|response|antwort)|out of (?:the )?office|abwesenheit|away from|vacation|auto:|automatische antwort)/i;

export function extractMessage(doc: ParsedDocument, root: MimeEntity): MessageResult {
  const parts = collectParts(root);
  const headerText = (name: string): string => decodeEncodedWords(header(root, name)?.value ?? '');
  const subject = headerText('subject');
  const from = headerText('from');
  const to = headerText('to');
  const ownAddresses = new Set([...findAddresses(from), ...findAddresses(to)].map((a) => a.address.toLowerCase()));
  const fromAddress = findAddresses(from)[0]?.address ?? '';
  const fromDaemon = daemonSender.test(fromAddress.split('@')[0] ?? '') || /mail delivery|mailer-daemon/i.test(from);
  const returnPath = header(root, 'return-path')?.value.trim() ?? '';
  const xFailed = header(root, 'x-failed-recipients');
  const reportType = root.contentType.mime === 'multipart/report' ? (root.contentType.params['report-type'] ?? '').toLowerCase() : '';

  // Delivery-status parts: those closest to the top (the report itself, not a returned bounce).
  const statusParts = parts.filter((p) => p.entity.contentType.mime === 'message/delivery-status' || p.entity.contentType.mime === 'message/global-delivery-status');
  const reportLevel = statusParts.length ? Math.min(...statusParts.map((p) => p.level)) : 0;
  const dsnParts: DsnPart[] = statusParts
    .filter((p) => p.level === reportLevel)
    .map((p) => {
      const view = bodyView(doc, p.entity);
      return { entity: p.entity, view, report: readDsn(view), embedded: false };
    });
  const feedbackParts: DsnPart[] = parts
    .filter((p) => p.level === 0 && (p.entity.contentType.mime === 'message/feedback-report' || p.entity.contentType.mime === 'message/global-feedback-report'))
    .map((p) => {
      const view = bodyView(doc, p.entity);
      return { entity: p.entity, view, report: readDsn(view), embedded: false };
    });

  // The notification: the text parts of the report, up to where the returned message starts.
  // A multipart left unsplit at the nesting cap is read as text, so that its codes are not lost.
  const textParts = parts.filter(
    (p) =>
      p.level === reportLevel &&
      ((p.entity.contentType.type === 'text' && p.entity.contentType.subtype !== 'rfc822-headers') || (p.entity.capped && p.entity.contentType.type === 'multipart')) &&
      (!p.attachment || p.entity === root),
  );
  const plain = textParts.filter((p) => p.entity.contentType.subtype === 'plain');
  const notificationParts = (plain.length ? plain : textParts).map((p) => p.entity);
  const notes = notificationParts.map((entity) => notification(doc, entity));

  if (!dsnParts.some((p) => p.report.recipients.length)) {
    for (const note of notes) {
      if (looksLikeEmbeddedDsn(note.view.lines.slice(0, note.end))) {
        const view: TextView = { ...note.view, lines: note.view.lines.slice(0, note.end) };
        const report = readDsn(view, true);
        if (report.recipients.length) dsnParts.push({ entity: note.entity, view, report, embedded: true });
      }
    }
  }

  const text = readNotificationText(notes, ownAddresses);
  const isFeedback = reportType === 'feedback-report' || feedbackParts.length > 0;
  const dsnRecipients = dsnParts.flatMap((p) => p.report.recipients.map((r) => dsnRecipient(r.fields)));
  const noteText = notes.map((n) => n.view.lines.slice(0, n.end).join('\n')).join('\n');

  let kind: BounceKind;
  let recipients: RecipientResult[];
  let ses: SesNotification | undefined;
  if (isFeedback) {
    kind = 'feedback-report';
    recipients = feedbackParts.flatMap((p) =>
      p.report.fields.filter((f) => f.lower === 'original-rcpt-to').map((f) => ({ ...emptySummary(), recipient: addressOf(f.value), anchor: f.nameRange })),
    );
  } else if (dsnRecipients.length) {
    recipients = dsnRecipients.map((r) => fromDsn(r));
    fillFromText(recipients, text);
    const actions = recipients.map((r) => r.action ?? (r.status?.[0] === '5' ? 'failed' : r.status?.[0] === '4' ? 'delayed' : r.status?.[0] === '2' ? 'delivered' : null));
    kind = actions.includes('failed') ? 'bounce' : actions.includes('delayed') ? 'delay' : actions.some((a) => a) ? 'not-a-bounce' : 'bounce';
  } else if ((ses = notes.map((n) => readSesNotification(n.view, n.end)).find((n) => n))) {
    kind = ses.kind;
    recipients = ses.recipients;
  } else {
    const xFailedAddresses = xFailed ? findAddresses(xFailed.value).map((a) => a.address) : [];
    const autoReply =
      (/auto-replied/i.test(header(root, 'auto-submitted')?.value ?? '') ||
        !!header(root, 'x-autoreply') ||
        !!header(root, 'x-autorespond') ||
        /auto_reply/i.test(header(root, 'precedence')?.value ?? '') ||
        autoReplySubject.test(subject.trim())) &&
      !fromDaemon &&
      !subjectBounce.test(subject) &&
      !xFailedAddresses.length &&
      reportType !== 'delivery-status';
    const bounceSignal = reportType === 'delivery-status' || xFailedAddresses.length > 0 || subjectBounce.test(subject) || ((fromDaemon || returnPath === '<>') && (text.codes.length > 0 || bodyBounce.test(noteText))) || (text.mentions.length > 0 && bodyBounce.test(noteText));
    if (autoReply) kind = 'auto-reply';
    else if (bounceSignal) kind = subjectDelay.test(subject) || (bodyDelay.test(noteText) && !bodyBounce.test(noteText)) ? 'delay' : 'bounce';
    else kind = 'not-a-bounce';
    recipients = kind === 'bounce' || kind === 'delay' ? textRecipients(text, xFailedAddresses, kind, notes, parts, reportLevel, ownAddresses) : [];
  }
  return {
    entity: root,
    kind,
    subject,
    recipients,
    dsnParts,
    feedbackParts,
    textCodes: text.codes.filter((c) => c.exact).map((c) => ({ hit: c.hit, range: c.range, context: c.context, host: c.host })),
    headerFields: root.headers,
  };
}

function emptySummary(): RecipientSummary {
  return { recipient: null, action: null, status: null, replyCode: null, diagnostic: null, remoteMta: null };
}

// RFC 3464 recipients -----------------------------------------------------------------------

function dsnRecipient(fields: DsnField[]): DsnRecipient {
  const status = field(fields, 'status');
  const diagnostic = field(fields, 'diagnostic-code');
  return {
    fields,
    action: field(fields, 'action'),
    status,
    statusCode: status ? statusOf(status.value).code : null,
    diagnostic,
    diagnosticValue: diagnostic ? diagnosticOf(diagnostic.value) : undefined,
    remoteMta: field(fields, 'remote-mta'),
  };
}

const actions = new Set<DsnAction>(['failed', 'delayed', 'delivered', 'relayed', 'expanded']);

function fromDsn(r: DsnRecipient): RecipientResult {
  const addressField = field(r.fields, 'final-recipient') ?? field(r.fields, 'original-recipient') ?? field(r.fields, 'x-actual-recipient');
  const actionWord = r.action?.value.trim().split(/[\s(;]/)[0]?.toLowerCase() ?? '';
  const diag = r.diagnosticValue;
  let status = r.statusCode;
  // A report that says only X.0.0 while its diagnostic is more precise: the diagnostic's code is the
  // one the remote server gave (Sisimai and most bounce processors prefer it the same way).
  const diagEnhanced = diag?.enhancedCode?.code;
  if (diagEnhanced && (!status || (/\.0\.0$/.test(status) && diagEnhanced[0] === status[0] && !/\.0\.0$/.test(diagEnhanced)))) status = diagEnhanced;
  const statusAt = r.status ? valueRange(r.status, statusOf(r.status.value).index, (r.statusCode ?? statusOf(r.status.value).malformed ?? '').length || 1) : undefined;
  return {
    recipient: addressField ? addressOf(addressField.value) : null,
    action: actions.has(actionWord as DsnAction) ? actionWord : actionWord || null,
    status,
    replyCode: diag?.replyCode?.code ?? null,
    diagnostic: diag ? cleanDiagnostic(diag.text) : null,
    remoteMta: r.remoteMta ? hostOf(r.remoteMta.value) : null,
    anchor: statusAt ?? r.action?.nameRange ?? addressField?.nameRange ?? r.fields[0]?.nameRange,
    dsn: r,
  };
}

function cleanDiagnostic(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 1000) : null;
}

/** Fills a DSN recipient's missing codes from the notification text, when the text names the same address. */
function fillFromText(recipients: RecipientResult[], text: NotificationText): void {
  const wanting = recipients.filter((r) => !(r.status && r.replyCode) && r.recipient);
  if (!wanting.length || !text.codes.length) return;
  const assigned = assignCodes(text, wanting.map((r) => r.recipient!.toLowerCase()));
  for (const r of wanting) {
    const found = assigned.get(r.recipient!.toLowerCase());
    if (!found || !found.owned) continue;
    r.status ??= found.status;
    r.replyCode ??= found.replyCode;
  }
}

// Human-readable bounces --------------------------------------------------------------------

interface Notification {
  entity: MimeEntity;
  view: TextView;
  /** Index of the first view line of the returned message (or the line count). */
  end: number;
}

function notification(doc: ParsedDocument, entity: MimeEntity): Notification {
  const view = bodyView(doc, entity);
  let end = view.lines.length;
  for (let i = 0; i < view.lines.length; i++) {
    const line = view.lines[i].length > 300 ? view.lines[i].slice(0, 300) : view.lines[i];
    if (originalMessageMarker.test(line) || (i > 0 && headerBlockStart.test(line))) {
      end = i;
      break;
    }
  }
  return { entity, view, end };
}

interface LogicalLine {
  text: string;
  /** Segments: where each physical line starts in `text`. */
  segments: { start: number; line: number; col: number }[];
  view: TextView;
}

interface Mention {
  address: string;
  order: number;
  index: number;
  range: Range;
}

interface TextCode extends CodeInText {
  order: number;
  exact: boolean;
}

interface NotificationText {
  lines: LogicalLine[];
  mentions: Mention[];
  codes: TextCode[];
}

function logicalLines(note: Notification): LogicalLine[] {
  const out: LogicalLine[] = [];
  let current: LogicalLine | undefined;
  for (let i = 0; i < note.end; i++) {
    const raw = note.view.lines[i];
    const line = raw.length > 4000 ? raw.slice(0, 4000) : raw;
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    const alone = /^[ \t]/.test(line) && isAddressAlone(line);
    if (current && /^[ \t]/.test(line) && !alone && current.text.length < 4000) {
      const col = line.length - line.trimStart().length;
      current.segments.push({ start: current.text.length + 1, line: i, col });
      current.text += ` ${line.trimStart()}`;
      continue;
    }
    current = { text: line, segments: [{ start: 0, line: i, col: 0 }], view: note.view };
    out.push(current);
  }
  return out;
}

/** An indented line that holds only an address names a recipient; it does not continue the line above. */
function isAddressAlone(line: string): boolean {
  const lead = leadingAddress(line);
  if (!lead) return false;
  const rest = line.slice(lead.index + lead.address.length);
  return /^[>"'\s:;,.)\]]*$/.test(rest);
}

function rangeIn(l: LogicalLine, index: number, length: number): Range {
  const at = (i: number) => {
    let seg = l.segments[0];
    for (const s of l.segments) if (s.start <= i) seg = s;
    return l.view.position(seg.line, seg.col + (i - seg.start));
  };
  return { start: at(index), end: at(index + length) };
}

function readNotificationText(notes: Notification[], ownAddresses: Set<string>): NotificationText {
  const lines = notes.flatMap((n) => logicalLines(n));
  const mentions: Mention[] = [];
  const codes: TextCode[] = [];
  lines.forEach((l, order) => {
    const found = [leadingAddress(l.text), ...inlineRecipients(l.text)].filter((a): a is NonNullable<typeof a> => !!a);
    const seen = new Set<string>();
    for (const a of found) {
      const key = a.address.toLowerCase();
      if (ownAddresses.has(key) || seen.has(key)) continue;
      seen.add(key);
      mentions.push({ address: a.address, order, index: a.index, range: rangeIn(l, a.index, a.address.length) });
    }
    const host = findRemoteHost(l.text);
    for (const hit of findCodes(l.text)) {
      codes.push({ hit, order, range: rangeIn(l, hit.index, hit.code.length), context: l.text.slice(hit.index).trim(), host, exact: l.view.exact });
    }
  });
  return { lines, mentions, codes };
}

interface AssignedCodes {
  status: string | null;
  replyCode: string | null;
  diagnostic: string | null;
  remoteMta: string | null;
  anchor?: Range;
  mention?: Mention;
  /** The codes came from the recipient's own block (not the shared preamble). */
  owned: boolean;
}

/** Gives each recipient the codes of its block: from its mention to the next recipient's mention. */
function assignCodes(text: NotificationText, recipients: string[]): Map<string, AssignedCodes> {
  // Every named address ends the block of the one before it, whether or not it is asked for.
  // Mentions and codes are both in text order, so one merged walk finds each owner (linear).
  const before = (a: { order: number; index: number }, b: { order: number; index: number }) => a.order - b.order || a.index - b.index;
  const mentions = [...text.mentions].sort(before);
  const byRecipient = new Map<string, TextCode[]>();
  const hosts = new Map<string, string>();
  const preamble: TextCode[] = [];
  let next = 0;
  let owner: Mention | undefined;
  const ownerAt = (order: number, index: number): Mention | undefined => {
    while (next < mentions.length && before(mentions[next], { order, index }) <= 0) owner = mentions[next++];
    return owner;
  };
  for (const c of [...text.codes].sort((a, b) => a.order - b.order || a.hit.index - b.hit.index)) {
    const found = ownerAt(c.order, c.hit.index);
    if (!found) preamble.push(c);
    else {
      const key = found.address.toLowerCase();
      const list = byRecipient.get(key);
      if (list) list.push(c);
      else byRecipient.set(key, [c]);
    }
  }
  next = 0;
  owner = undefined;
  text.lines.forEach((l, order) => {
    const host = findRemoteHost(l.text);
    const found = ownerAt(order, l.text.length);
    if (!host) return;
    const key = found ? found.address.toLowerCase() : '';
    if (!hosts.has(key)) hosts.set(key, host);
  });
  const firstMention = new Map<string, Mention>();
  for (const m of text.mentions) if (!firstMention.has(m.address.toLowerCase())) firstMention.set(m.address.toLowerCase(), m);
  const preambleChoice = chooseCodes(preamble);
  const result = new Map<string, AssignedCodes>();
  for (const r of recipients) {
    const own = byRecipient.get(r) ?? [];
    const chosen = own.length ? chooseCodes(own) : preambleChoice;
    result.set(r, { ...chosen, remoteMta: hosts.get(r) ?? hosts.get('') ?? null, mention: firstMention.get(r), owned: own.length > 0 });
  }
  return result;
}

function chooseCodes(codes: TextCode[]): Omit<AssignedCodes, 'remoteMta' | 'owned'> {
  const pairAt = codes.findIndex((c) => c.hit.kind === 'reply' && c.hit.tier === 'pair');
  if (pairAt >= 0) {
    const reply = codes[pairAt];
    const enhanced = codes.slice(pairAt + 1).find((c) => c.hit.kind === 'enhanced' && c.hit.tier === 'pair' && c.order === reply.order);
    return { replyCode: reply.hit.code, status: enhanced?.hit.code ?? null, diagnostic: cleanDiagnostic(reply.context), anchor: (enhanced ?? reply).range };
  }
  const reply = codes.find((c) => c.hit.kind === 'reply');
  const enhanced = codes.find((c) => c.hit.kind === 'enhanced');
  const first = reply && enhanced ? (reply.order < enhanced.order || (reply.order === enhanced.order && reply.hit.index < enhanced.hit.index) ? reply : enhanced) : reply ?? enhanced;
  return { replyCode: reply?.hit.code ?? null, status: enhanced?.hit.code ?? null, diagnostic: first ? cleanDiagnostic(first.context) : null, anchor: (enhanced ?? reply)?.range };
}

function textRecipients(
  text: NotificationText,
  xFailed: string[],
  kind: BounceKind,
  notes: Notification[],
  parts: PartInfo[],
  reportLevel: number,
  ownAddresses: Set<string>,
): RecipientResult[] {
  const seen = new Set<string>();
  const named: string[] = [];
  const add = (address: string) => {
    const key = address.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    named.push(address);
  };
  if (xFailed.length) xFailed.forEach(add);
  else text.mentions.forEach((m) => add(m.address));
  if (!named.length) originalRecipients(notes, parts, reportLevel, ownAddresses).forEach(add);
  if (!named.length && text.codes.length) named.push('');
  const assigned = assignCodes(text, named.map((a) => a.toLowerCase()));
  const action = kind === 'delay' ? 'delayed' : 'failed';
  return named.map((address) => {
    const a = assigned.get(address.toLowerCase())!;
    const diagnostic = a.diagnostic ?? (a.mention ? restOfLine(text, a.mention) : null);
    return {
      recipient: address || null,
      action,
      status: a.status && parseEnhancedCode(a.status) ? a.status : null,
      replyCode: a.replyCode,
      diagnostic,
      remoteMta: a.remoteMta,
      anchor: a.anchor ?? a.mention?.range,
    };
  });
}

/** What a bounce says after the address on the recipient's own line: "[User unknown]", "(reason: …)". */
function restOfLine(text: NotificationText, mention: Mention): string | null {
  const line = text.lines[mention.order].text;
  const rest = line
    .slice(mention.index + mention.address.length)
    .replace(/^[>"'\s:;,.)\]]+/, '')
    .replace(/^(?:on\s+\w{3},.*)$/i, '')
    .trim();
  return /[A-Za-z\u00C0-\uFFFF]{3}/.test(rest) && !/^<?mailto:/i.test(rest) ? cleanDiagnostic(rest.replace(/^[([]|[)\]]$/g, '')) : null;
}

/** The To/Cc addresses of the returned message, when the bounce names no recipient itself. */
function originalRecipients(notes: Notification[], parts: PartInfo[], reportLevel: number, ownAddresses: Set<string>): string[] {
  const addresses: string[] = [];
  const fromHeaders = (headers: MimeEntity['headers']) => {
    for (const h of headers) if (h.lower === 'to' || h.lower === 'cc') addresses.push(...findAddresses(h.value).map((a) => a.address));
  };
  for (const p of parts) {
    if (addresses.length) break;
    if (p.level !== reportLevel) continue;
    if (p.entity.message) fromHeaders(p.entity.message.headers);
    else if (p.entity.headerBlock) fromHeaders(p.entity.headerBlock.headers);
  }
  if (!addresses.length) {
    for (const note of notes) {
      for (let i = note.end; i < Math.min(note.view.lines.length, note.end + 80); i++) {
        const m = /^\s*To:\s*(.*)$/i.exec(note.view.lines[i]);
        if (m) addresses.push(...findAddresses(m[1]).map((a) => a.address));
      }
      if (addresses.length) break;
    }
  }
  return addresses.filter((a) => !ownAddresses.has(a.toLowerCase()));
}
