/**
 * Recipients of human-readable bounces (no RFC 3464 report): the addresses the notification text
 * names as failed, each with the codes of its own block of text. Sender families whose notices list
 * recipients in a shape of their own (Sendmail's transcript lines, Zoho's bracketed records, mailing
 * list refusals) have an extractor each in senderFamilies.ts; the rest share the generic reading of
 * notificationText.ts. The returned message's own headers are never read: the To of a message
 * sent to a list names the list, not the recipient that failed, and a null is better than a wrong
 * address.
 */
import { parseEnhancedCode } from '../../knowledge/codes';
import type { RecipientResult } from './bounceTypes';
import type { BounceKind } from './emlMessages';
import { assignCodes, restOfLine, type NotificationText } from './notificationText';
import { familyRecipients } from './senderFamilies';

export function textRecipients(text: NotificationText, xFailed: string[], kind: BounceKind): RecipientResult[] {
  const action = kind === 'delay' ? 'delayed' : 'failed';
  const family = familyRecipients(text);
  if (family) return family.map((r) => ({ ...r, action }));
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
  if (!named.length && text.codes.length) named.push('');
  const assigned = assignCodes(text, named.map((a) => a.toLowerCase()));
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
