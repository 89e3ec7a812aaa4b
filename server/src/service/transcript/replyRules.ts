/**
 * Which replies may follow which command: RFC 5321 §4.3.2 plus the extension RFCs (replyRules.json).
 * Negative replies are judged leniently: servers legitimately answer any command with a policy
 * refusal, so only positive replies and replies specific to other commands are flagged.
 */
import { knowledge } from '../../knowledge';

// Refusals real servers send to any command (RFC 5321 §3.6.2, §4.2.2, §7; RFC 3207 and RFC 4954
// allow 530 and 554 for commands sent before STARTTLS or AUTH).
const genericRefusals = new Set(['421', '450', '451', '452', '454', '500', '501', '502', '503', '504', '530', '550', '551', '552', '553', '554', '555']);

// RFC 4954 §6: 530 (authentication required) SHOULD answer any command "other than AUTH, EHLO,
// HELO, NOOP, RSET, or QUIT": those stay usable before authentication.
const neverAuthRequired = new Set(['AUTH', 'EHLO', 'HELO', 'NOOP', 'RSET', 'QUIT']);

export function isReplyAllowed(verb: string, code: string): boolean {
  const rule = knowledge.replyRules[verb];
  if (!rule) return true;
  if (code === '530' && neverAuthRequired.has(verb)) return false;
  if (code in rule.allowed || knowledge.anyCommandReplies.has(code)) return true;
  if (code[0] === '4' || code[0] === '5') {
    if (verb === 'QUIT' || verb === 'CONNECT') return code === '421' || code === '554';
    return genericRefusals.has(code) || verb === 'BDAT';
  }
  return false;
}

export function expectedReplies(verb: string): string[] {
  const rule = knowledge.replyRules[verb];
  return rule ? Object.keys(rule.allowed).filter((c) => c[0] === '2' || c[0] === '3').sort() : [];
}

/** The one code the command allows in the reply's place, when there is exactly one candidate. */
export function unambiguousReplacement(verb: string, code: string): string | undefined {
  const positive = expectedReplies(verb).filter((c) => c !== '355');
  if (code[0] === '2' || code[0] === '3') {
    const sameClass = positive.filter((c) => c[0] === code[0]);
    if (sameClass.length === 1) return sameClass[0];
    if (sameClass.length === 0 && positive.length === 1) return positive[0];
  }
  return undefined;
}
