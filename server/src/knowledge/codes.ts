/**
 * Syntax of reply codes (RFC 5321 §4.2) and enhanced status codes (RFC 3463 §2).
 * Pure string functions: no knowledge lookups here.
 */

export type ReplyClass = '2' | '3' | '4' | '5';
export type EnhancedClass = '2' | '4' | '5';

/**
 * `first-digit`: not a reply at all (no class). `second-digit`: a reply outside RFC 5321 §4.2's
 * grammar (`599`, `260`): servers and test suites send such codes, and a client still acts on the
 * first digit (§4.2.1), so it is recognised, explained by its class and warned about, never called
 * malformed text or well-formed.
 */
export type ReplyCodeProblem = 'first-digit' | 'second-digit';

/** Checks a three-digit code against `Reply-code = %x32-35 %x30-35 %x30-39`. */
export function replyCodeProblem(code: string): ReplyCodeProblem | undefined {
  if (code[0] < '2' || code[0] > '5') return 'first-digit';
  if (code[1] > '5') return 'second-digit';
  return undefined;
}

/** A three-digit code that a client reads as a reply: first digit 2 to 5, inside the grammar or not. */
export function isReadableReplyCode(code: string): boolean {
  return /^[2-5]\d\d$/.test(code);
}

/** True when the code is a reply whose second digit lies outside RFC 5321 §4.2's range 0 to 5. */
export function isOutsideReplyGrammar(code: string): boolean {
  return replyCodeProblem(code) === 'second-digit';
}

export interface EnhancedParts {
  cls: EnhancedClass;
  subject: number;
  detail: number;
  /** Registry key with the class replaced by X: "X.1.1". */
  key: string;
}

const enhancedSyntax = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

/** Parses "5.1.1"; undefined when the class is not 2/4/5 or a part has more than three digits. */
export function parseEnhancedCode(code: string): EnhancedParts | undefined {
  const m = enhancedSyntax.exec(code);
  if (!m) return undefined;
  const subject = Number(m[2]);
  const detail = Number(m[3]);
  return { cls: m[1] as EnhancedClass, subject, detail, key: `X.${subject}.${detail}` };
}

/** Why a string shaped like `d.d.d` is not a valid enhanced code, for diagnostics. */
export function enhancedCodeProblem(code: string): 'class' | 'length' | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(code);
  if (!m) return 'length';
  if (!['2', '4', '5'].includes(m[1])) return 'class';
  if (m[2].length > 3 || m[3].length > 3) return 'length';
  return undefined;
}
