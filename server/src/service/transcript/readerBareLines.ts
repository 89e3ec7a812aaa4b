/**
 * Lines that carry no speaker's mark of their own, in a document whose speakers carry marks:
 * continuations of a reply, a command where the client's turn begins, a reply a tool logged twice,
 * and replies quoted in tool output (explained where they stand, outside the session).
 */
import type { SourceLine } from '../lines';
import type { TranscriptUnit } from './reader';
import { commandAt, replyAt } from './readerMarks';

/**
 * Lines without a mark in a document whose speakers carry marks. A reply-shaped one right after a
 * server line that said "more follows" continues that reply (a tool that prints a multi-line reply
 * as one message); a command where the client's turn begins is the client's (a paste that lost
 * the first marker). Anything else stays text of no side: never a reply of its own.
 */
export function continueUnmarkedLines(units: TranscriptUnit[], marked: boolean): void {
  if (!marked) return;
  let previous: TranscriptUnit | undefined;
  let before: TranscriptUnit | undefined;
  for (const u of units) {
    const adjacent = before;
    before = u;
    if (u.kind !== 'other') {
      if (u.kind === 'protocol') previous = u;
      continue;
    }
    const text = u.text.replace(/[`\s]+$/, '');
    const rightAfterServer = adjacent === previous && previous?.direction === 'server';
    if (previous?.direction === 'server' && /^\d{3}-/.test(previous.text) && replyAt.test(text)) {
      Object.assign(u, { kind: 'protocol', direction: 'server', dialect: previous.dialect, mark: previous.mark });
    } else if ((!previous || (rightAfterServer && !/^354\b/.test(previous!.text))) && commandAt.test(text)) {
      Object.assign(u, { kind: 'protocol', direction: 'client', dialect: previous?.dialect ?? 'inferred', text });
    } else continue;
    previous = u;
  }
}

/**
 * Tool output that quotes a reply the server gave ("Invalid greeting. response=250 2.1.0 Ok",
 * "* Command failed: 502", Python's "SMTPDataError: (550, b'5.7.1 …\n5.7.1 …')"): the quoted code
 * and its enhanced codes are explained where they stand, as text of no side. Only codes the
 * server really gave count, and only on lines that hold no protocol text.
 */
export function addQuotedReplies(units: TranscriptUnit[], lines: SourceLine[]): TranscriptUnit[] {
  const isReply = (u: TranscriptUnit) => (u.kind === 'protocol' ? u.direction !== 'client' : u.dialect === 'raw') && replyAt.test(u.text);
  const codes = new Set(units.filter(isReply).map((u) => u.text.slice(0, 3)));
  if (!codes.size) return units;
  const quotingLines = new Map<number, boolean>();
  for (const u of units) {
    // A line that is itself a reply or a command (a bare one, or a repeat the reader set aside) quotes nothing.
    const protocolText = u.kind === 'protocol' || replyAt.test(u.text) || commandAt.test(u.text);
    quotingLines.set(u.line, !protocolText && (quotingLines.get(u.line) ?? true));
  }
  const out: TranscriptUnit[] = [];
  for (let i = 0; i < units.length; i++) {
    out.push(units[i]);
    const line = units[i].line;
    if (units[i + 1]?.line === line || !quotingLines.get(line)) continue;
    // smtplib's own summary ("reply: retcode (250); Msg: b'2.1.0 …'") has its code explained by the analyzer.
    const smtplibSummary = units[i].dialect === 'smtplib';
    out.push(...quotedReplies(lines[line].text, line, codes, smtplibSummary));
  }
  return out;
}

const quotedCode = /(?:=|: |\()(['"]?)([2-5]\d\d)(?=[ )'",;]|$)/g;
// What stands between a quoted code and the enhanced code that starts its text: "250 2.1.0",
// "(550, b'5.1.1", "retcode (250); Msg: b'2.1.0".
const enhancedAfterCode = /^\d{3}(?:\)?[,;]?\s*(?:Msg:\s*)?b?(['"])|:?\s+)([245]\.\d{1,3}\.\d{1,3})(?![\d.])/;

function quotedReplies(text: string, line: number, codes: Set<string>, codeExplained: boolean): TranscriptUnit[] {
  const found: TranscriptUnit[] = [];
  // An MTA's own verdict in its log line ("dsn=5.1.1, status=bounced").
  for (const m of text.matchAll(/\bdsn=([245]\.\d{1,3}\.\d{1,3})(?![\d.])/g)) {
    const col = m.index! + 4;
    found.push({ kind: 'other', line, start: col, text: '', quotedEnhanced: { code: m[1], col }, quoted: true });
  }
  for (const m of text.matchAll(quotedCode)) {
    if (!codes.has(m[2])) continue;
    const at = m.index! + m[0].length - 3;
    const after = enhancedAfterCode.exec(text.slice(at, at + 64));
    const enhanced = after ? { code: after[2], col: at + after[0].length - after[2].length } : undefined;
    if (!codeExplained) found.push({ kind: 'other', line, start: at, text: m[2], quotedEnhanced: enhanced, quoted: true });
    else if (enhanced) found.push({ kind: 'other', line, start: enhanced.col, text: '', quotedEnhanced: enhanced, quoted: true });
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
 * Some tools log a reply twice under two marks (PHPMailer's `SMTP INBOUND: "250 ok"` before its
 * `SERVER -> CLIENT: 250 ok`): the repeat is shown, not counted as a reply of its own.
 */
export function demoteEchoes(units: TranscriptUnit[]): void {
  let turn = new Map<string, string>();
  const core = (text: string) => text.replace(/["'`\\].*$/, '').trim();
  for (const u of units) {
    if (u.kind !== 'protocol' || u.direction === 'either') continue;
    if (u.direction === 'client') {
      turn = new Map();
      continue;
    }
    const text = core(u.text);
    const earlier = turn.get(text);
    if (earlier !== undefined && earlier !== (u.mark ?? u.dialect)) u.kind = 'other';
    else turn.set(text, u.mark ?? u.dialect ?? '');
  }
}
