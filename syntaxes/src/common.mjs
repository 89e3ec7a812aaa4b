// Building blocks shared by every SMTP Codes grammar.
//
// Regexes are written with String.raw so that they read like Oniguruma syntax.
// Every quantified piece is bounded or separated by a character that the
// next piece cannot match, so that no pattern can backtrack catastrophically
// (test/grammar/redos.test.ts checks this with recheck).

/** Reply and enhanced-status classes, keyed by first digit. */
export const CLASS_NAMES = { 2: 'success', 3: 'intermediate', 4: 'transient', 5: 'permanent' };

/**
 * The standard scope each class is paired with. The class scope is a child of
 * the standard scope (e.g. `markup.inserted.reply-code.success.smtp`), so any
 * theme that colours the standard scope colours the class, and a user rule for
 * the full class scope still wins because it is more specific.
 * Dark+/Light+/Dark Modern/Light Modern/High Contrast give these four scopes
 * four different colours (test/grammar/themes.test.ts checks it).
 */
export const STANDARD_SCOPE = {
  success: 'markup.inserted',
  intermediate: 'markup.changed',
  transient: 'support.function',
  permanent: 'markup.deleted',
};

export function classScope(kind, className, lang) {
  return `${STANDARD_SCOPE[className]}.${kind}.${className}.${lang}`;
}
export const replyScope = (className, lang) => classScope('reply-code', className, lang);
export const enhancedScope = (className, lang) => classScope('enhanced-code', className, lang);
export const statusScope = (className, lang) => classScope('status', className, lang);

/** Three-digit reply code split into one capture per class: groups 2xx, 3xx, 4xx, 5xx. */
export const CODE = String.raw`(?:(2[0-5][0-9])|(3[0-5][0-9])|(4[0-5][0-9])|(5[0-5][0-9]))`;
/**
 * A reply in a reply position, any second digit: `599` or `260` is outside RFC 5321 §4.2's grammar
 * but a client still acts on its first digit, so it is coloured by its class (and warned about by
 * the analyzers). Only where the position already says "reply": groups 2xx, 3xx, 4xx, 5xx.
 */
export const REPLY_CODE = String.raw`(?:(2[0-9][0-9])|(3[0-9][0-9])|(4[0-9][0-9])|(5[0-9][0-9]))`;
/** Same, but without 3xx (contexts where only final answers occur): groups 2xx, 4xx, 5xx. */
export const FINAL_CODE = String.raw`(?:(2[0-5][0-9])|(4[0-5][0-9])|(5[0-5][0-9]))`;
/** A reply code is never part of a longer number, word, IP address or version. */
export const CODE_END = String.raw`(?![0-9A-Za-z_]|\.[0-9])`;
export const CODE_START = String.raw`(?<![0-9A-Za-z_.:/=+-])`;
/** Enhanced status code split per class: groups 2.x.x, 4.x.x, 5.x.x. */
const SUB = String.raw`\.[0-9]{1,3}\.[0-9]{1,3}`;
export const ENH = String.raw`(?:(2${SUB})|(4${SUB})|(5${SUB}))(?![0-9A-Za-z_]|\.[0-9])`;
export const ENH_START = String.raw`(?<![0-9A-Za-z_.:/+-])`;

/** Capture map for CODE starting at group `n` (4 groups). */
export function codeCaptures(n, lang) {
  return {
    [n]: { name: replyScope('success', lang) },
    [n + 1]: { name: replyScope('intermediate', lang) },
    [n + 2]: { name: replyScope('transient', lang) },
    [n + 3]: { name: replyScope('permanent', lang) },
  };
}
/** Capture map for FINAL_CODE starting at group `n` (3 groups). */
export function finalCodeCaptures(n, lang) {
  return {
    [n]: { name: replyScope('success', lang) },
    [n + 1]: { name: replyScope('transient', lang) },
    [n + 2]: { name: replyScope('permanent', lang) },
  };
}
/** Capture map for ENH starting at group `n` (3 groups). */
export function enhCaptures(n, lang) {
  return {
    [n]: { name: enhancedScope('success', lang) },
    [n + 1]: { name: enhancedScope('transient', lang) },
    [n + 2]: { name: enhancedScope('permanent', lang) },
  };
}

/** Number of capture groups in a regex source (ignores escaped and non-capturing parens). */
export function groupCount(source) {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') { inClass = true; continue; }
    if (c === '(' && source[i + 1] !== '?') count++;
  }
  return count;
}

/**
 * Builds a match rule from a sequence of parts. Each part is a regex string
 * (not captured unless it has its own groups) or [regex, scope | captureMap].
 * A scope wraps the part in one group; a capture map describes the part's own
 * groups, numbered from 1 within that part.
 */
export function seq(parts) {
  let source = '';
  const captures = {};
  let next = 1;
  for (const part of parts) {
    if (typeof part === 'string') {
      source += part;
      next += groupCount(part);
      continue;
    }
    const [re, what] = part;
    if (typeof what === 'string') {
      source += `(${re})`;
      captures[next] = { name: what };
      next += 1 + groupCount(re);
    } else {
      source += re;
      for (const [k, v] of Object.entries(what)) captures[next + Number(k) - 1] = v;
      next += groupCount(re);
    }
  }
  return { source, captures };
}

export function match(parts, extra = {}) {
  const { source, captures } = seq(parts);
  return Object.keys(captures).length ? { match: source, captures, ...extra } : { match: source, ...extra };
}

/** Date in RFC 5322 form: `Thu, 29 Apr 2013 23:45:32 +0900 (JST)`. */
export const RFC5322_DATE = String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),[ \t]*)?[0-9]{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[ \t]+[0-9]{2,4}[ \t]+[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]+(?:[+-][0-9]{4}|[A-Z]{1,5}))?(?:[ \t]+\([A-Za-z ]{1,20}\))?`;

/** Angle-bracket address `<local@domain>`, also the null path `<>`. */
export function angleAddress(lang) {
  return match([
    ['<', `punctuation.definition.address.begin.${lang}`],
    [String.raw`[^<>\s]{0,500}`, `markup.underline.link.address.${lang}`],
    ['>', `punctuation.definition.address.end.${lang}`],
  ]);
}

/** Bare `local@domain` address. */
export function bareAddress(lang) {
  return {
    match: String.raw`(?<![A-Za-z0-9!#$%&'*+/=?^_{|}~.-])[A-Za-z0-9!#$%&'*+/=?^_{|}~-]{1,64}(?:\.[A-Za-z0-9!#$%&'*+/=?^_{|}~-]{1,64}){0,20}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){0,10}[A-Za-z0-9-]{1,63}(?![\w-])`,
    name: `markup.underline.link.address.${lang}`,
  };
}

/** `[192.0.2.1]` or `[IPv6:2001:db8::1]` address literal. */
export function ipLiteral(lang) {
  return match([
    [String.raw`\[`, `punctuation.definition.ip-literal.begin.${lang}`],
    [String.raw`(?:[0-9]{1,3}\.){3}[0-9]{1,3}|IPv6:[0-9A-Fa-f:.]{2,45}`, `variable.other.ip-literal.${lang}`],
    [String.raw`\]`, `punctuation.definition.ip-literal.end.${lang}`],
  ]);
}

/**
 * A reply code followed by its enhanced code, both of one class, anywhere in
 * prose: `550 5.1.1`, `550-5.1.1`, `#550 5.1.1`, `421 4.7.0`. Requiring the
 * enhanced code of the same class keeps numbers in prose from being taken
 * for codes.
 */
export function codePair(lang) {
  const SUBR = String.raw`\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9A-Za-z_]|\.[0-9])`;
  return {
    match: String.raw`${CODE_START}(?:(2[0-5][0-9])([ -])(2${SUBR})|(4[0-5][0-9])([ -])(4${SUBR})|(5[0-5][0-9])([ -])(5${SUBR}))`,
    captures: {
      1: { name: replyScope('success', lang) },
      2: { name: `punctuation.separator.${lang}` },
      3: { name: enhancedScope('success', lang) },
      4: { name: replyScope('transient', lang) },
      5: { name: `punctuation.separator.${lang}` },
      6: { name: enhancedScope('transient', lang) },
      7: { name: replyScope('permanent', lang) },
      8: { name: `punctuation.separator.${lang}` },
      9: { name: enhancedScope('permanent', lang) },
    },
  };
}

/**
 * A reply code in a strong context, with an optional enhanced code of any
 * class after it. `lead` is a regex for the context (its groups are captured
 * by `leadCaptures`).
 */
export function codeAfter(lead, leadCaptures, lang, { sep = String.raw`[ \t]+`, code = CODE } = {}) {
  return match([
    [lead, leadCaptures],
    [code + CODE_END, codeCaptures(1, lang)],
    [String.raw`(?:(?:${sep}|-)(#)?${ENH})?`, { 1: { name: `punctuation.definition.enhanced-code.${lang}` }, ...enhCaptures(2, lang) }],
  ]);
}

/** An enhanced code in a strong context. */
export function enhancedAfter(lead, leadCaptures, lang) {
  return match([
    [lead, leadCaptures],
    [ENH, enhCaptures(1, lang)],
  ]);
}

/** SMTP command verbs (RFC 5321 and extensions), and the obsolete ones. */
export const COMMANDS = 'HELO|EHLO|LHLO|MAIL|RCPT|DATA|BDAT|RSET|VRFY|EXPN|HELP|NOOP|QUIT|STARTTLS|AUTH|ETRN|ATRN|BURL|XCLIENT|XFORWARD';
export const OBSOLETE_COMMANDS = 'SEND|SOML|SAML|TURN';

/** Words Postfix uses for the command a reply answered: `(in reply to RCPT TO command)`. */
export function inReplyTo(lang) {
  return match([
    [String.raw`\(in reply to`, `keyword.other.in-reply-to.${lang}`],
    String.raw`[ \t]+`,
    [String.raw`(?i:MAIL FROM|RCPT TO|end of DATA|DATA|HELO|EHLO|LHLO|BDAT|AUTH|STARTTLS|XFORWARD|XCLIENT|QUIT|RSET|initial protocol greeting)`, `keyword.other.command.${lang}`],
    String.raw`(?:[ \t]+command)?`,
  ]);
}
