/**
 * Redaction of a transcript, bounce or mail log before it is shared: credentials always, and on
 * request addresses, host names and IP addresses replaced by consistent pseudonyms
 * (redactPseudonyms.ts). Every other character is kept, line breaks included, so the redacted
 * text reads and analyses as the original did. Pure: the CLI and the server do the I/O.
 *
 * Credentials are found where the session model puts them (the AUTH exchange as the credentials
 * diagnostic sees it, and MAIL's AUTH= parameter), and outside a session by their shape: base64
 * that decodes to a PLAIN, XOAUTH2, OAUTHBEARER or CRAM-MD5 response, passwords (and swaks' AUTH
 * user) in swaks, curl and openssl command lines and in the code that sends mail, and
 * `user:password@` in URLs.
 */
import type { Lang } from '../knowledge/types';
import { forEachLine, splitLines } from './lines';
import { readTranscript } from './transcript/reader';
import { readAuthArgs, redactedPlaceholder } from './transcript/commandSyntax';
import { eventsOf, sentCommands } from './transcript/rules/ruleContext';
import { buildSessionModel } from './transcript/sessionBuilder';
import { findPseudonyms, Pseudonyms, type PseudonymKind, type PseudonymOptions } from './redactPseudonyms';

export { Pseudonyms, type PseudonymOptions as RedactOptions } from './redactPseudonyms';

/** What replaces a credential: the same placeholder as the quick fix's, which the analyzer reads as masked. */
export const redactedText = redactedPlaceholder;
const messages = {
  en: { noDocument: 'SMTP Codes: the document to redact is not open in the language server; pass its text.' },
  de: { noDocument: 'SMTP Codes: Das zu schwärzende Dokument ist im Sprachserver nicht geöffnet; übergeben Sie seinen Text.' },
};

export function redactMessages(lang: Lang): (typeof messages)['en'] {
  return messages[lang];
}

/** Mechanism names: an EHLO line read as a command (`AUTH PLAIN LOGIN`) offers them, it sends no credential. */
const mechanismNames = new Set(['PLAIN', 'LOGIN', 'XOAUTH2', 'OAUTHBEARER', 'GSSAPI', 'NTLM', 'ANONYMOUS', 'EXTERNAL']);

export interface RedactionEdit {
  start: number;
  end: number;
  newText: string;
  kind: 'credential' | PseudonymKind;
}

interface Span {
  start: number;
  end: number;
}

/**
 * The edits that redact `text` (or the part of it from `within.start` to `within.end`), in order
 * and without overlaps. Credentials are looked for in the whole text, so that an AUTH line is known
 * as one even when the selection leaves out the AUTH command.
 */
export function findRedactions(text: string, options: PseudonymOptions = {}, pseudonyms = new Pseudonyms(), within?: Span): RedactionEdit[] {
  const from = within?.start ?? 0;
  const to = within?.end ?? text.length;
  const credentials = mergeSpans(findCredentials(text)).filter((s) => s.end > from && s.start < to);
  const edits: RedactionEdit[] = credentials.map((s) => ({ ...s, newText: redactedText, kind: 'credential' }));
  if (options.addresses || options.hosts || options.ips) {
    let start = from;
    for (const span of [...credentials, { start: to, end: to }]) {
      // One by one: a log of 50 MB has more pseudonyms than a spread may pass as arguments.
      if (span.start > start) for (const edit of findPseudonyms(text, start, Math.min(span.start, to), options, pseudonyms)) edits.push(edit);
      start = Math.max(start, span.end);
    }
  }
  return edits.sort((a, b) => a.start - b.start);
}

/** The redacted text, or the redacted part of it from `within.start` to `within.end` (an editor's selection). */
export function redactText(text: string, options: PseudonymOptions = {}, pseudonyms = new Pseudonyms(), within?: Span): string {
  const from = within?.start ?? 0;
  const to = within?.end ?? text.length;
  let out = '';
  let at = from;
  for (const edit of findRedactions(text, options, pseudonyms, within)) {
    out += text.slice(at, Math.max(at, edit.start)) + edit.newText;
    at = Math.min(edit.end, to);
  }
  return out + text.slice(at, to);
}

function findCredentials(text: string): Span[] {
  const spans: Span[] = [];
  const lineStarts: number[] = [];
  forEachLine(text, (start) => void lineStarts.push(start));
  sessionCredentials(text, lineStarts, spans);
  encodedCredentials(text, spans);
  let head = '';
  let continued = false;
  forEachLine(text, (start, end) => {
    const line = text.slice(start, end);
    // A command continued with a backslash is one command: the tool named on its first line counts for the rest.
    if (!continued) head = line;
    lineCredentials(line, start, continued ? `${head}\n${line}` : line, spans);
    continued = line.endsWith('\\');
  });
  return spans;
}

/** The AUTH exchange as the session model knows it (what `smtp.credentials-in-transcript` reports, for every mechanism), and MAIL's AUTH=. */
function sessionCredentials(text: string, lineStarts: number[], spans: Span[]): void {
  // No AUTH, no exchange: a mail log of 50 MB needs no session model.
  if (!/auth/i.test(text)) return;
  const lines = splitLines(text);
  const model = buildSessionModel(lines, readTranscript(lines));
  const add = (line: number, start: number, end: number) => spans.push({ start: lineStarts[line] + start, end: lineStarts[line] + end });
  for (const { command } of sentCommands(model)) {
    const response = command.sent?.auth?.response;
    if (response) addResponse(command.line, response.col, response.length);
    for (const p of command.sent?.mailPath?.params ?? []) {
      // AUTH=<> says no identity is passed on (RFC 4954 §5); anything else names one.
      if (p.name === 'AUTH' && p.value && p.value !== '<>') add(command.line, p.col + p.length - p.value.length, p.col + p.length);
    }
  }
  for (const e of eventsOf(model, 'auth-data')) {
    // The response is the line's first word; tools add notes after it ("(wait upto 300 seconds)"),
    // and a repeated AUTH command read as data carries it after the mechanism.
    const written = lines[e.line].text.slice(e.col, e.endCol);
    const first = /\S+/.exec(written);
    if (!first) continue;
    const auth = /^AUTH$/i.test(first[0]) ? readAuthArgs(written.slice(first.index + first[0].length).trimStart(), 0) : undefined;
    if (auth?.response) addResponse(e.line, e.endCol - written.slice(first.index + first[0].length).trimStart().length + auth.response.col, auth.response.length);
    else if (!auth) addResponse(e.line, e.col + first.index, first[0].length);
  }

  /** A SASL response is base64 (RFC 4954 §4); words of other shapes beside it are a tool's notes (`state=1`, `(wait`). */
  function addResponse(line: number, col: number, length: number): void {
    const word = /^([`'"]?)([A-Za-z0-9+/]+={0,2})\1$/.exec(lines[line].text.slice(col, col + length));
    if (word && !mechanismNames.has(word[2].toUpperCase())) add(line, col + word[1].length, col + word[1].length + word[2].length);
  }
}

/** Base64 words long enough for a credential; the bound keeps a 50 MB attachment from being decoded at once. */
const base64Word = /(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{8,16384}={0,2}(?![A-Za-z0-9+/=])/g;
/** What the SASL responses decode to (RFC 4616, Google's XOAUTH2, RFC 7628, RFC 2195): shapes that random base64 does not have. */
const saslResponseShapes = [
  /^[^\x00-\x1f]*\x00[^\x00-\x1f]+\x00[^\x00-\x1f]+$/,
  /^user=[^\x00-\x1f]+\x01auth=[^\x00-\x1f]+\x01\x01$/,
  /^[nyp][=,][^\x00]*\x01auth=[^\x00-\x1f]+\x01/,
  /^[^\x00-\x20]+ [0-9a-f]{32}$/,
];

function encodedCredentials(text: string, spans: Span[]): void {
  base64Word.lastIndex = 0;
  for (let m = base64Word.exec(text); m; m = base64Word.exec(text)) {
    let decoded: string;
    try {
      decoded = atob(m[0]);
    } catch {
      continue;
    }
    if (saslResponseShapes.some((shape) => shape.test(decoded))) spans.push({ start: m.index, end: m.index + m[0].length });
  }
}

/** A command-line argument: quoted (the quotes are kept) or a bare word. */
const argument = String.raw`("[^"\n]*"|'[^'\n]*'|[^\s"'|;&]+)`;
const toolPatterns: { tool: RegExp; value: RegExp; secret?: (value: string) => Span | undefined }[] = [
  // swaks --auth-password secret, -ap secret, --ap=secret; and --auth-user, -au, --au=: the name is half the credential.
  { tool: /\bswaks\b/, value: new RegExp(String.raw`(?:^|\s)(?:--auth-password|--ap|-ap|--auth-user|--au|-au)(?:=|\s+)${argument}`, 'dg') },
  // curl --user name:secret, -u name:secret, -uname:secret; the name stays, curl asks for a missing password.
  { tool: /\bcurl\b/, value: new RegExp(String.raw`(?:^|\s)(?:-u\s*|--user(?:=|\s+))${argument}`, 'dg'), secret: afterColon },
  { tool: /\bcurl\b/, value: new RegExp(String.raw`(?:^|\s)(?:--oauth2-bearer|--pass)(?:=|\s+)${argument}`, 'dg') },
  // openssl … -pass pass:secret (-passin, -passout)
  { tool: /\bopenssl\b/, value: new RegExp(String.raw`(?:^|\s)-pass(?:in|out)?\s+${argument}`, 'dg'), secret: (v) => (v.startsWith('pass:') ? { start: 5, end: v.length } : undefined) },
  // echo -n secret | base64 (and printf, openssl base64): what is encoded for AUTH is a credential, the name included.
  { tool: /\|\s*(?:base64|openssl\s+(?:base64|enc))\b/, value: new RegExp(String.raw`\b(?:echo|printf)(?:\s+-[a-zA-Z]+)*\s+${argument}(?=\s*\|)`, 'dg') },
  // Code that sends mail: smtp.login('name', 'secret'), $mail->Password = 'secret', auth: { pass: 'secret' }.
  { tool: /login\s*\(/, value: /\blogin\s*\(\s*(?:"[^"\n]*"|'[^'\n]*')\s*,\s*("[^"\n]*"|'[^'\n]*')/dg },
  { tool: /pass/i, value: /\b(?:password|passwd|pass)["']?\s*(?:=|:|=>)\s*("[^"\n]*"|'[^'\n]*')/dgi },
];
/** A quoted string holding a PLAIN response before encoding ("\0name\0secret"): the secret is what follows the last NUL. */
const quoted = /"(?:[^"\\\n]|\\.)*"|'[^'\n]*'/g;
const nulEscape = /\\(?:x00|u0000|0{1,3})(?![0-7])/g;
/** user:password@ in a URL (smtps://name:secret@host). */
const urlPassword = /\b[a-z][a-z0-9+.-]{0,31}:\/\/[^\s/:@]*:([^\s/@]+)@/dgi;

function afterColon(value: string): Span | undefined {
  const colon = value.indexOf(':');
  return colon >= 0 && colon < value.length - 1 ? { start: colon + 1, end: value.length } : undefined;
}

function lineCredentials(line: string, lineStart: number, command: string, spans: Span[]): void {
  for (const { tool, value, secret } of toolPatterns) {
    if (!tool.test(command)) continue;
    value.lastIndex = 0;
    for (let m = value.exec(line); m; m = value.exec(line)) {
      const [start, end] = m.indices![1];
      const quote = /^["']/.test(m[1]) ? 1 : 0;
      const inner = m[1].slice(quote, m[1].length - quote);
      const part = secret ? secret(inner) : { start: 0, end: inner.length };
      if (part && part.end > part.start && end - start > 2 * quote) spans.push({ start: lineStart + start + quote + part.start, end: lineStart + start + quote + part.end });
    }
  }
  quoted.lastIndex = 0;
  for (let m = quoted.exec(line); m; m = quoted.exec(line)) {
    const nuls = [...m[0].matchAll(nulEscape)];
    if (nuls.length < 2) continue;
    const last = nuls[nuls.length - 1];
    const secret = /^[^"']*/.exec(m[0].slice(last.index! + last[0].length, -1))![0];
    const start = m.index + last.index! + last[0].length;
    if (secret) spans.push({ start: lineStart + start, end: lineStart + start + secret.length });
  }
  urlPassword.lastIndex = 0;
  for (let m = urlPassword.exec(line); m; m = urlPassword.exec(line)) spans.push({ start: lineStart + m.indices![1][0], end: lineStart + m.indices![1][1] });
}

function mergeSpans(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}
