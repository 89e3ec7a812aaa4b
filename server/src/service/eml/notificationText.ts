/**
 * The notification text of a bounce, the one view every human-readable extractor reads: the text
 * parts up to where the returned message starts, joined into logical lines (indented continuation
 * lines folded in, with their positions), the addresses each line names and the codes in it, and
 * the assignment of codes to the recipient whose block they stand in.
 */
import type { Range } from 'vscode-languageserver-types';
import { findCodes, findRemoteHost, inlineRecipients, leadingAddress } from './bounceText';
import { cleanDiagnostic, type CodeInText } from './bounceTypes';
import type { MimeEntity, ParsedDocument } from './mime';
import { bodyView, type TextView } from './textView';

/** A line where the notification ends and the returned message begins. */
export const originalMessageMarker =
  /^[\s-]*(?:original message(?:\s+(?:follows|headers))?\s*[.:]?\s*-*\s*$|below this line is a copy of the message|(?:this is a )?copy of the message|unsent message follows|returned message|the header of the original message|included is a copy of the message header|message headers follow|below is a copy of the original message)/i;
export const headerBlockStart = /^(?:Received|Return-Path|DKIM-Signature|X-Received|ARC-Seal):\s/i;

export interface Notification {
  entity: MimeEntity;
  view: TextView;
  /** Index of the first view line of the returned message (or the line count). */
  end: number;
}

/** `view`: the part's body view when the caller has decoded it already. */
export function notification(doc: ParsedDocument, entity: MimeEntity, view: TextView = bodyView(doc, entity)): Notification {
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

export interface LogicalLine {
  text: string;
  /** Segments: where each physical line starts in `text`. */
  segments: { start: number; line: number; col: number }[];
  view: TextView;
}

export interface Mention {
  address: string;
  order: number;
  index: number;
  range: Range;
}

export interface TextCode extends CodeInText {
  order: number;
  exact: boolean;
}

export interface NotificationText {
  lines: LogicalLine[];
  /** The remote host each line names (findRemoteHost), by line. */
  hosts: (string | undefined)[];
  mentions: Mention[];
  codes: TextCode[];
}

export function logicalLines(note: Notification): LogicalLine[] {
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
    if (current && /^[ \t]/.test(line) && !alone && !ruleLine.test(current.text) && current.text.length < 4000) {
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

/** A rule that opens a section ("|---- Failed addresses follow: ----|"): the indented lines under it are its content, not its continuation. */
const ruleLine = /^\s*[|=*_-]{3}/;

/** An indented line that holds only an address names a recipient; it does not continue the line above. */
function isAddressAlone(line: string): boolean {
  const lead = leadingAddress(line);
  if (!lead) return false;
  const rest = line.slice(lead.index + lead.address.length);
  return /^[>"'\s:;,.)\]]*$/.test(rest);
}

export function rangeIn(l: LogicalLine, index: number, length: number): Range {
  const at = (i: number) => {
    let seg = l.segments[0];
    for (const s of l.segments) if (s.start <= i) seg = s;
    return l.view.position(seg.line, seg.col + (i - seg.start));
  };
  return { start: at(index), end: at(index + length) };
}

export function readNotificationText(notes: Notification[], ownAddresses: Set<string>): NotificationText {
  const lines = notes.flatMap((n) => logicalLines(n));
  const mentions: Mention[] = [];
  const codes: TextCode[] = [];
  const hosts: (string | undefined)[] = [];
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
    hosts.push(host);
    for (const hit of findCodes(l.text, l.segments.map((seg) => seg.start))) {
      // A code that ends its line (qmail's "… by that name. (#5.1.1)") has its reason before it.
      const after = l.text.slice(hit.index).trim();
      const context = /[A-Za-z]{3}/.test(after) ? after : l.text.trim();
      codes.push({ hit, order, range: rangeIn(l, hit.index, hit.code.length), context, host, exact: l.view.exact });
    }
  });
  return { lines, hosts, mentions, codes };
}

export interface AssignedCodes {
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
export function assignCodes(text: NotificationText, recipients: string[]): Map<string, AssignedCodes> {
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
    const host = text.hosts[order];
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

export function chooseCodes(codes: TextCode[]): Omit<AssignedCodes, 'remoteMta' | 'owned'> {
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

/** What a bounce says after the address on the recipient's own line: "[User unknown]", "(reason: …)". */
export function restOfLine(text: NotificationText, mention: Mention): string | null {
  const line = text.lines[mention.order].text;
  const rest = line
    .slice(mention.index + mention.address.length)
    .replace(/^[>"'\s:;,.)\]]+/, '')
    .replace(/^(?:on\s+\w{3},.*)$/i, '')
    .trim();
  // "(reason: …)" and "[User unknown]" are wrapped; "Too many failures (Tried all MXs)" keeps its parenthesis.
  const unwrapped = /^[([].*[)\]]$/.test(rest) ? rest.slice(1, -1) : rest;
  return /[A-Za-z\u00C0-\uFFFF]{3}/.test(rest) && !/^<?mailto:/i.test(rest) ? cleanDiagnostic(unwrapped) : null;
}

