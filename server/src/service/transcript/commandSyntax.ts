/**
 * The syntax of what the client sends and of EHLO reply lines, read once by the session model so
 * that the rules never parse text themselves (RFC 5321 §4.1.1, §4.1.2; RFC 4954 §4).
 */
import { knowledge } from '../../knowledge';

export interface CommandWords {
  verb: string;
  /** The verb as written (for suggestions and fixes). */
  written: string;
  args: string;
  /** Offset of the arguments within the text. */
  argsOffset: number;
}

/** "VERB args": a word of letters and digits first; anything else is no command line at all. */
export function readCommandWords(text: string): CommandWords | undefined {
  const m = /^([A-Za-z][A-Za-z0-9]*)(?:(\s+)(.*))?$/.exec(text.trimEnd());
  if (!m) return undefined;
  return { verb: m[1].toUpperCase(), written: m[1], args: m[3] ?? '', argsOffset: m[1].length + (m[2]?.length ?? 0) };
}

export interface MailParameter {
  name: string;
  value?: string;
  /** Column of the name, and the length of name=value. */
  col: number;
  length: number;
}

export interface MailPath {
  /** "FROM" or "TO" as written in upper case. */
  keyword: string;
  /** Set when the address is not enclosed in <…>. */
  bareAddress?: { text: string; col: number };
  params: MailParameter[];
}

/** MAIL FROM:<path> params / RCPT TO:<path> params (RFC 5321 §4.1.2). */
export function readMailPath(args: string, argsCol: number): MailPath | undefined {
  const pathMatch = /^(FROM|TO)\s*:\s*/i.exec(args);
  if (!pathMatch) return undefined;
  const afterColon = args.slice(pathMatch[0].length);
  const pathCol = argsCol + pathMatch[0].length;
  const path: MailPath = { keyword: pathMatch[1].toUpperCase(), params: [] };
  let paramsText = '';
  let paramsCol: number;
  // A transcript copied from a web page may keep its HTML escapes: "&lt;a@b&gt;" is "<a@b>".
  const html = afterColon.startsWith('&lt;');
  if (afterColon.startsWith('<') || html) {
    const closer = html ? '&gt;' : '>';
    const close = afterColon.indexOf(closer);
    const after = close >= 0 ? close + closer.length : afterColon.length;
    paramsText = afterColon.slice(after);
    paramsCol = pathCol + after;
  } else {
    const address = /^\S+/.exec(afterColon)?.[0] ?? '';
    if (address) path.bareAddress = { text: address, col: pathCol };
    paramsText = afterColon.slice(address.length);
    paramsCol = pathCol + address.length;
  }
  const paramRe = /([A-Za-z0-9][A-Za-z0-9-]*)(?:=(\S*))?/g;
  for (let p = paramRe.exec(paramsText); p; p = paramRe.exec(paramsText)) {
    path.params.push({ name: p[1].toUpperCase(), value: p[2], col: paramsCol + p.index, length: p[0].length });
  }
  return path;
}

export interface AuthArgs {
  mechanism: string;
  /** Length of the mechanism as written. */
  mechanismLength: number;
  /** The initial response, where one is given and not masked ("=", "<base64 …>", "[redacted]", "****"). */
  response?: { col: number; length: number };
}

export function readAuthArgs(args: string, argsCol: number): AuthArgs | undefined {
  const m = /^(\S+)(?:\s+(\S+))?/.exec(args);
  if (!m) return undefined;
  const auth: AuthArgs = { mechanism: m[1].toUpperCase(), mechanismLength: m[1].length };
  if (m[2] && m[2] !== '=' && !/^(?:[<[]|\*{2,})/.test(m[2])) auth.response = { col: argsCol + m[0].length - m[2].length, length: m[2].length };
  return auth;
}

/** A line of an AUTH exchange: "*" cancels it (RFC 4954 §4); masked lines and placeholders leak nothing. */
/** What a redaction puts where a credential stood (the quick fix and `smtp-codes redact` alike); read back as masked. */
export const redactedPlaceholder = '<redacted>';

export function isMaskedAuthLine(text: string): boolean {
  return text === '*' || !text || /^(?:\*{2,}|\[redacted\]|<redacted>|x{3,}|\[[^\]]*\]|<[^>]*\s[^>]*>)$/i.test(text);
}

export interface EhloLine {
  keyword: string;
  params: string;
  /** Column of the keyword. */
  col: number;
  written: string;
}

/** An ehlo-line of RFC 5321 §4.1.1.1: a keyword and its parameters. */
/** A keyword an EHLO reply line may offer (RFC 5321 §4.1.1.1 and the extension RFCs), in capitals. */
export const isEhloKeyword = (word: string): boolean => knowledge.extension(word)?.kinds.includes('ehlo-keyword') ?? false;

export function readEhloLine(text: string, textCol: number): EhloLine | undefined {
  const m = /^([A-Za-z0-9][A-Za-z0-9-]*)(?:[ =](.*))?$/.exec(text.trim());
  if (!m) return undefined;
  return { keyword: m[1].toUpperCase(), params: m[2] ?? '', col: textCol + (text.length - text.trimStart().length), written: m[1] };
}

/** The reply texts of smtplib's summaries: "reply: retcode (250); Msg: …" or "data: (354, …)". */
export function readSmtplibSummary(text: string): { code: string; offset: number } | undefined {
  const m = /^(?:reply: retcode \(|data: \()(\d{3})\b/.exec(text);
  return m ? { code: m[1], offset: m[0].length - 3 } : undefined;
}
