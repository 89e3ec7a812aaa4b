/**
 * Finding SMTP codes and mail addresses in the prose of bounces. Codes count only in contexts
 * that make them SMTP codes (a reply code followed by an enhanced code, `said: 550`, `<<< 550`,
 * `#5.1.1`, a line that starts with a 4xx/5xx reply); addresses are found by expanding around
 * each `@`, which keeps the scan linear on any input.
 */
import { parseEnhancedCode, replyCodeProblem } from '../../knowledge/codes';

export type CodeTier = 'pair' | 'context';

export interface CodeHit {
  kind: 'reply' | 'enhanced';
  code: string;
  index: number;
  tier: CodeTier;
}

/** Lines longer than this are scanned only up to it: codes and addresses sit near the start. */
export const maxScanColumn = 4000;

const enhancedPattern = String.raw`[245]\.\d{1,3}\.\d{1,3}`;
// Yahoo writes a colon after the reply code: "550: 5.1.1 <bob@…>: Recipient address rejected".
const pairRe = new RegExp(String.raw`(?<![\w./-])(?<!\d:)([245][0-5]\d)(?:[ \t]+|-|:[ \t]+)['"#]?(${enhancedPattern})(?![\w]|\.\d)`, 'g');
const replyContextRes: RegExp[] = [
  // "said: 550", "error: 550", "Reason: 550-…", "failed with: 550", "ERROR_CODE :550".
  /\b(?:said|reply|response|answered|error|returned|reason|failed with|error_code|code|responsecode|was)\s*(?::\s*)?['"([]?([245][0-5]\d)(?=[ \t\-,;:'"\])]|$)/gi,
  // Postfix's "host mx.example.org[192.0.2.1] refused to talk to me: 421 …" (the greeting refused).
  /\brefused to talk to me:\s*([245][0-5]\d)(?=[ \t-]|$)/gi,
  // Exim's "SMTP error from remote mail server after end of data: 550", "LMTP error after DATA: 550".
  /\bafter (?:pipelined )?(?:DATA|end of data|initial connection|MAIL FROM:?\s*<[^<>]{0,300}>|RCPT TO:?\s*<[^<>]{0,300}>|[A-Z]{4})\s*:\s*([245][0-5]\d)(?=[ \t-]|$)/gi,
  // Transcript markers: "<<< 550", "Received >>> 550".
  /(?:<<<|>>>)\s*([245][0-5]\d)(?=[ \t-]|$)/g,
  // A line that starts with a 4xx/5xx reply: "550 Unknown user", "#550 5.1.1", "421 host… Deferred".
  /^\s*#?([45][0-5]\d)(?=[ \t-]|$)/g,
  // "host mx [192.0.2.1]: 550", "<bob@example.com>: 550", "bob@example.com: 550", "[192.0.2.5], 550".
  /(?:\]|>|@[A-Za-z0-9.-]+)[:,]\s*([45][0-5]\d)(?=[ \t-])/g,
  // "smtp; 550", "smtp;550".
  /\bsmtp;\s*([245][0-5]\d)(?=[ \t-]|$)/gi,
];
const enhancedContextRes: RegExp[] = [
  // qmail's "(#5.1.1)", Gmail's "550 #5.1.0".
  new RegExp(String.raw`#(${enhancedPattern})(?![\w]|\.\d)`, 'g'),
  // A line that starts with an enhanced code: "5.2.2 <bob@…>… Mailbox Full", "-- 5.4.1 Recipient…".
  new RegExp(String.raw`^[\s\-*>]*(${enhancedPattern})(?=[\s:;,]|$)`, 'g'),
  // "Status: 5.1.1", "dsn=5.1.1", "ERROR_CODE :5.1.1", "smtp; 5.1.0".
  new RegExp(String.raw`\b(?:status|dsn|error_code|code|smtp)\s*(?:[=:;]\s*)?(${enhancedPattern})(?![\w]|\.\d)`, 'gi'),
];

function valid(kind: 'reply' | 'enhanced', code: string): boolean {
  return kind === 'reply' ? !replyCodeProblem(code) : !!parseEnhancedCode(code);
}

/**
 * Yahoo's classic notice puts a colon after the reply that starts its line: "554: delivery error: dd
 * This user doesn't have a yahoo.com account". A number with a colon may also be a count or a label
 * ("450: messages"), so it counts only before words that a refusal says.
 */
const lineStartColonReplyRe = /^[ \t]*([45][0-5]\d):[ \t]+(?=[A-Za-z])/;
const refusalWordsRe = /\b(?:error|deliver\w*|reject\w*|denied|refused|unknown|user|mailbox|account|not|fail\w*|invalid|block\w*|spam|policy|relay\w*|quota|full|unavailable|exist\w*)\b/i;

/** A reply or enhanced code that a physical line starts with ("550 Unknown user", "5.1.1 …"). */
const lineStartReplyRe = /^[ \t]*#?([45][0-5]\d)(?=[ \t-]|$)/;
const lineStartEnhancedRe = new RegExp(String.raw`^[ \t\-*>]*(${enhancedPattern})(?=[\s:;,]|$)`);

/** What every reply code (`[245][0-5]\d`) and enhanced code (`[245]\.\d`) starts with. */
const codeShapeRe = /[245](?:[0-5]\d|\.\d)/;

/**
 * The SMTP codes in one line of bounce prose, in text order, each position once. `lineStarts` are
 * the offsets where the physical lines of a folded logical line begin: Exim indents the remote
 * server's reply under the recipient, and a code there starts its own line as much as one in column 0.
 */
export function findCodes(text: string, lineStarts: readonly number[] = []): CodeHit[] {
  const line = text.length > maxScanColumn ? text.slice(0, maxScanColumn) : text;
  // Every pattern below needs a reply code or an enhanced code: most prose lines have neither.
  if (!codeShapeRe.test(line)) return [];
  const hits = new Map<number, CodeHit>();
  const add = (kind: 'reply' | 'enhanced', code: string, index: number, tier: CodeTier): void => {
    const existing = hits.get(index);
    if (existing && (existing.tier === 'pair' || tier !== 'pair')) return;
    if (valid(kind, code)) hits.set(index, { kind, code, index, tier });
  };
  pairRe.lastIndex = 0;
  for (let m = pairRe.exec(line); m; m = pairRe.exec(line)) {
    const replyAt = m.index;
    const enhancedAt = m.index + m[0].lastIndexOf(m[2]);
    if (replyCodeProblem(m[1]) || !parseEnhancedCode(m[2])) continue;
    add('reply', m[1], replyAt, 'pair');
    add('enhanced', m[2], enhancedAt, 'pair');
  }
  for (const start of lineStarts) {
    if (start <= 0 || start >= line.length) continue;
    const head = line.slice(start, start + 80);
    for (const [kind, re] of [['reply', lineStartReplyRe], ['enhanced', lineStartEnhancedRe]] as const) {
      const m = re.exec(head);
      if (m) add(kind, m[1], start + m[0].lastIndexOf(m[1]), 'context');
    }
  }
  for (const start of [0, ...lineStarts]) {
    if (start < 0 || start >= line.length) continue;
    const head = line.slice(start, start + 200);
    const m = lineStartColonReplyRe.exec(head);
    if (m && refusalWordsRe.test(head.slice(m[0].length))) add('reply', m[1], start + m[0].lastIndexOf(m[1]), 'context');
  }
  for (const [kind, res] of [['reply', replyContextRes], ['enhanced', enhancedContextRes]] as const) {
    for (const re of res) {
      re.lastIndex = 0;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        add(kind, m[1], m.index + m[0].lastIndexOf(m[1]), 'context');
        if (m[0].length === 0) re.lastIndex++;
      }
    }
  }
  return [...hits.values()].sort((a, b) => a.index - b.index);
}

export interface AddressHit {
  address: string;
  index: number;
}

const localChar = (c: string): boolean => /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]/.test(c);
const domainChar = (c: string): boolean => /[A-Za-z0-9.-]/.test(c);

/** Mail addresses in a line, found by expanding around each `@` (linear in the line length). */
export function findAddresses(text: string): AddressHit[] {
  const line = text.length > maxScanColumn ? text.slice(0, maxScanColumn) : text;
  const hits: AddressHit[] = [];
  let from = 0;
  for (let at = line.indexOf('@', from); at >= 0; at = line.indexOf('@', from)) {
    let start = at;
    while (start > 0 && localChar(line[start - 1]) && line[start - 1] !== '@') start--;
    let end = at + 1;
    while (end < line.length && domainChar(line[end])) end++;
    // A trailing dot or hyphen ends a sentence, not a domain.
    while (end > at + 1 && /[.-]/.test(line[end - 1])) end--;
    // Leading dots and quotes of the local part are punctuation around the address.
    while (start < at && /[.'=]/.test(line[start])) start++;
    const local = line.slice(start, at);
    const domain = line.slice(at + 1, end);
    if (local && domain.includes('.') && !domain.startsWith('.') && !domain.includes('..')) {
      hits.push({ address: `${local}@${domain}`, index: start });
    }
    from = Math.max(at + 1, end);
  }
  return hits;
}

/**
 * The address a line starts with, after bullets, quotes, `>>>` or `--`: a line that names a recipient.
 * Gateways of other mail systems (VINES, cc:Mail, Exchange's MTA) put the address type first: `SMTP <bob@…>`, `SMTP:bob@…`.
 */
export function leadingAddress(text: string): AddressHit | undefined {
  if (!text.includes('@')) return undefined;
  const m = /^[\s>*\-•"'<(]*(?:(?:SMTP|RFC-?822|INTERNET)\s*:?\s*[<"']?)?/.exec(text);
  const start = m ? m[0].length : 0;
  const first = findAddresses(text.slice(start, start + 320))[0];
  return first && first.index === 0 ? { address: first.address, index: start } : undefined;
}

/**
 * A recipient named inside a sentence: "delivered to <bob@…>", "RCPT TO:<bob@…>", "Unknown user: bob@…",
 * and the labels of older gateways: "Intended recipient:", "Undeliverable Address:", "Error-For:",
 * "Invalid final delivery userid:", "User's mailbox is full: <…>", "addressed to 'bob@…'", CommuniGate Pro's
 * "Failed to deliver to 'bob@…'", IMail's "undeliverable to bob@…", "Delivery failed 3 attempts: bob@…",
 * "User mailbox exceeds allowed size: bob@…", IBM VM's "User unknown ----> bob@…", the RFC 822 address in an
 * X.400 O/R address of Exchange 5.5 ("c=US;a= ;p=Org;dda:SMTP=bob@…;"), a plain "Recipient: <bob@…>", and Coremail's
 * (163.com, 126.com) Chinese "收件人 bob@…" ("recipient"), with or without a full-width colon.
 */
const inlineRecipientRe =
  /(?:\bRCPT TO|\bRecipient address|\bad?dressed To|\bIntended recipients?|\bUndeliverable address|\bfinal delivery userid|\bError-For|\bmailbox is full|\bundeliverable\s+to|\bdelivery failed[^:<>@\n]{0,40}:|\buser mailbox[^:<>@\n]{0,60}:|\bUnknown user|\bnot (?:be )?delivered to|\bdeliver(?:ing|ed)?\s+(?:your\s+|the\s+)?(?:mail|message|e-?mail)s?\s+to|\b(?:failed|unable) to deliver to|\bdelivery to|\bmessage to|\brecipients? returned [a-z ]+errors|\bfailed recipients?|\bcould not be delivered to|\bwasn't delivered to|-{2,}>|\bdda[:.]\s*(?:(?:SMTP|RFC-?822)\s*=)?|\brecipient|收件人)\s*[:：]?\s*['"]?<?/gi;

/**
 * A recipient that the sentence names before saying what is wrong with it: "the address bob@… does not
 * exist", "The destination mailbox bob@… is unavailable".
 */
const namedBeforeFailureRe = /\b(?:address|mailbox|user|account)\s+['"]?<?/gi;
const failureAfterAddress = /^>?['"]?\s+(?:does not exist|doesn't exist|is (?:unavailable|unknown|invalid|disabled|not (?:valid|known)))/i;

export function inlineRecipients(text: string): AddressHit[] {
  const line = text.length > maxScanColumn ? text.slice(0, maxScanColumn) : text;
  if (!line.includes('@')) return [];
  const hits: AddressHit[] = [];
  inlineRecipientRe.lastIndex = 0;
  for (let m = inlineRecipientRe.exec(line); m; m = inlineRecipientRe.exec(line)) {
    const at = m.index + m[0].length;
    const first = findAddresses(line.slice(at, at + 320))[0];
    if (first && first.index === 0) hits.push({ address: first.address, index: at });
  }
  namedBeforeFailureRe.lastIndex = 0;
  for (let m = namedBeforeFailureRe.exec(line); m; m = namedBeforeFailureRe.exec(line)) {
    const at = m.index + m[0].length;
    const first = findAddresses(line.slice(at, at + 320))[0];
    if (first && first.index === 0 && failureAfterAddress.test(line.slice(at + first.address.length, at + first.address.length + 40))) {
      hits.push({ address: first.address, index: at });
    }
  }
  return hits;
}

/** Remote host names in bounce prose: "host mx.example.com[192.0.2.1] said", "while talking to mx.example.com.:". */
const remoteHostRes: RegExp[] = [
  /\bhost[:\s]\s*([A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9])\.?(?=\s?\[|\s+said|\s+says:|$|:)/i,
  /\bwhile talking to ([A-Za-z0-9.-]+?)\.?:/i,
  /\bServer ([A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9])\[/,
];

export function findRemoteHost(text: string): string | undefined {
  const line = text.length > maxScanColumn ? text.slice(0, maxScanColumn) : text;
  for (const re of remoteHostRes) {
    const m = re.exec(line);
    if (m && m[1].includes('.')) return m[1];
  }
  return undefined;
}
