/**
 * Sender families whose human-readable notices list their recipients in a shape of their own. Each
 * extractor reads the shared notification view and answers only when its shape is there; the
 * first that answers gives the recipients.
 */
import { parseEnhancedCode, replyCodeProblem } from '../../knowledge/codes';
import { findAddresses, findRemoteHost } from './bounceText';
import { cleanDiagnostic, type RecipientResult } from './bounceTypes';
import { rangeIn, type NotificationText } from './notificationText';

type FamilyRecipient = Omit<RecipientResult, 'action'>;
type FamilyExtractor = (text: NotificationText) => FamilyRecipient[] | undefined;

const validReply = (code: string | undefined) => (code && !replyCodeProblem(code) ? code : null);
const validStatus = (code: string | undefined) => (code && parseEnhancedCode(code) ? code : null);

/**
 * Sendmail (also V5 and Sendmail-derived MTAs) ends its transcript with one line per recipient,
 * `554 <bob@example.org>... 550 Host unknown` or `550 <bob@example.org>... User unknown`: its own
 * code, the address, and the remote server's reply when there was one. The remote's code is the one
 * inside the line, else the last `<<< NNN` the server sent in the same "While talking to" block.
 */
const sendmailRecipientLine = /^\s*([45]\d\d)\s+(?:([245]\.\d{1,3}\.\d{1,3})\s+)?<([^<>\s]+@[^<>\s]+)>\.\.\.\s*(?:([245]\d\d)[\s-](?:([245]\.\d{1,3}\.\d{1,3})\s)?)?(.*)$/;
const sendmailServerReply = /^\s*<<<\s*([245]\d\d)[\s-](?:([245]\.\d{1,3}\.\d{1,3})\s)?/;
const sendmail: FamilyExtractor = (text) => {
  const out: FamilyRecipient[] = [];
  let serverReply: { code: string; status?: string } | undefined;
  let host: string | undefined;
  text.lines.forEach((l) => {
    if (/^\s*while talking to\b/i.test(l.text)) {
      serverReply = undefined;
      host = findRemoteHost(l.text);
      return;
    }
    const reply = sendmailServerReply.exec(l.text);
    if (reply) {
      serverReply = { code: reply[1], status: reply[2] };
      return;
    }
    const m = sendmailRecipientLine.exec(l.text);
    if (!m || out.some((r) => r.recipient?.toLowerCase() === m[3].toLowerCase())) return;
    // Sendmail's own "421 host (smtp)... Deferred" lines name a host, not a recipient: the address pattern excludes them.
    const inner = validReply(m[4]);
    const replyCode = inner ?? (serverReply ? validReply(serverReply.code) : null) ?? validReply(m[1]);
    const status = validStatus(m[5]) ?? validStatus(m[2]) ?? (!inner && serverReply ? validStatus(serverReply.status) : null);
    const at = l.text.indexOf(m[3]);
    out.push({ recipient: m[3], status, replyCode, diagnostic: cleanDiagnostic(m[6]), remoteMta: host ?? null, anchor: rangeIn(l, at, m[3].length) });
  });
  return out.length ? out : undefined;
};

/** Zoho Mail: `[Status: Error, Address: <bob@example.org>, ResponseCode 421, , Host not reachable.]`. */
const zohoRecord = /\bAddress:\s*<([^<>\s]+@[^<>\s]+)>,\s*ResponseCode\s*([245]\d\d)?\s*,([^\]]*)/;
const zoho: FamilyExtractor = (text) => {
  const out: FamilyRecipient[] = [];
  for (const l of text.lines) {
    const m = zohoRecord.exec(l.text);
    if (!m) continue;
    const status = /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(m[3])?.[1];
    const at = l.text.indexOf(m[1]);
    out.push({ recipient: m[1], status: validStatus(status), replyCode: validReply(m[2]), diagnostic: cleanDiagnostic(m[3].replace(/^[\s,]+/, '')), remoteMta: null, anchor: rangeIn(l, at, m[1].length) });
  }
  return out.length ? out : undefined;
};

/**
 * A mailing-list manager that refuses a post ("You are not a member of this mailing list <list@…>",
 * fml, Mailman, ezmlm): the list's address is the recipient the message did not reach.
 */
const listRefusal = /\b(?:not a member of (?:this|the) (?:mailing )?list|only members (?:of the list )?(?:may|can) post|posting to this list is restricted)/i;
const mailingList: FamilyExtractor = (text) => {
  for (const l of text.lines) {
    if (!listRefusal.test(l.text)) continue;
    const address = findAddresses(l.text)[0];
    if (!address) return undefined;
    return [{ recipient: address.address, status: null, replyCode: null, diagnostic: cleanDiagnostic(l.text), remoteMta: null, anchor: rangeIn(l, address.index, address.address.length) }];
  }
  return undefined;
};

const families: FamilyExtractor[] = [sendmail, zoho, mailingList];

export function familyRecipients(text: NotificationText): FamilyRecipient[] | undefined {
  for (const family of families) {
    const found = family(text);
    if (found) return found;
  }
  return undefined;
}

/** Whether the notification is a mailing list's refusal of a post: a bounce, though no MTA wrote it. */
export function isListRefusal(text: NotificationText): boolean {
  return text.lines.some((l) => listRefusal.test(l.text));
}
