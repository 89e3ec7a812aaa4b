/**
 * Reads one mail-log line of Postfix, Exim, OpenSMTPD, Haraka, Sendmail, qmail or Courier (and
 * Microsoft status strings) into a delivery event: the status word, the dsn= value, the reply code with its
 * enhanced code, the remote host and the recipient, each with its column. Every pattern is
 * anchored on a literal marker and has no nested quantifiers, so a line is read in linear time.
 */
import type { LogMta, LogOutcome } from '../../knowledge/types';

export interface Located {
  text: string;
  col: number;
}

export interface LogReply extends Located {
  /** The enhanced code right after the reply code ("550 5.1.1"), if any. */
  enhanced?: Located;
  /** Who sent the reply: the remote server (delivery) or this server (a rejection it logged). */
  from: 'remote' | 'local';
  /** Further lines of the same multi-line reply that the MTA logged on this line (Exim's `\n550-…`, qmail's `._550_…`). */
  continuations?: LogReply[];
}

export interface LogEvent {
  mta: LogMta;
  /** The status word as logged ("bounced", "**", "Sent", "deferral") and its knowledge key. */
  status?: Located & { key: string; length: number };
  outcome: LogOutcome;
  dsn?: Located;
  reply?: LogReply;
  /** An enhanced code logged without a reply code (cleanup rejects, milter END-OF-MESSAGE). */
  enhancedOnly?: Located;
  host?: string;
  recipient?: string;
  /** Where the reason text starts (the reply's text, or the MTA's own words where no code was logged). */
  reasonCol?: number;
  /** Where it ends, where the MTA logs more after it (a quoted value, a CSV field); else the end of the line. */
  reasonEnd?: number;
  /** The same reply is logged again on each recipient's line: hovered here, counted there. */
  repeated?: boolean;
}

const enhancedAt = /[245]\.\d{1,3}\.\d{1,3}(?![\d.])/y;
// Any second digit: a reply outside RFC 5321's grammar (`said: 599 …`) is still the remote's reply.
const replyAt = /([2-5]\d\d)(?=[ \-_]|$)/y;

/** The reply code at `col` (and an enhanced code after one separator), or undefined. */
function replyAtCol(line: string, col: number, from: LogReply['from'], separator = /[ \-_]#?/y): LogReply | undefined {
  replyAt.lastIndex = col;
  const m = replyAt.exec(line);
  if (!m) return undefined;
  const reply: LogReply = { text: m[1], col, from };
  separator.lastIndex = col + 3;
  const sep = separator.exec(line);
  if (sep) {
    enhancedAt.lastIndex = col + 3 + sep[0].length;
    const e = enhancedAt.exec(line);
    if (e) reply.enhanced = { text: e[0], col: e.index };
  }
  return reply;
}

function enhancedAtCol(line: string, col: number): Located | undefined {
  enhancedAt.lastIndex = col;
  const e = enhancedAt.exec(line);
  return e ? { text: e[0], col } : undefined;
}

const postfixStatus = /\bstatus=([A-Za-z]+)/;
const dsnField = /\bdsn=([245]\.\d{1,3}\.\d{1,3})(?![\d.])/;
const relayField = /\brelay=([^\s,[\]]+)/;
const toField = /\bto=<([^>]*)>/;
const saidMarker = /(?:\bsaid|refused to talk to me|\bresponse|\breplied):\s+(?=[2-5]\d\d)/g;
const saidHost = /\bhost ([^\s[\]]+)\[/;
const postfixReject = /: (reject|reject_warning|milter-reject): (\S+) from ([^\s[\]]*)\[([^\]]*)\](?::\d+)?: /;
const connectTo = /\bconnect to ([^\s[\]]+)\[/;
const cleanupReject = /: (reject|milter-reject|hold|discard|warning): (?:header|body|END-OF-MESSAGE|mime-header|nested-header)\b/;
const cleanupCode = /(?:helo=<[^>]*>|proto=\S+): (?=[245]\.)/;

const eximFlag = /\b[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} (<=|=>|->|>>|\*>|\*\*|==) (\S+)/;
const eximFlagAnywhere = / (?:<=|=>|->|>>|\*>|\*\*|==) /;
const eximHost = /\bH=([^\s[\]()]+)/;
const eximHostIp = /\bH=[^[\n]{0,200}?\[([^\]]+)\]/;
const eximConfirmation = /\bC="(?=[2-5]\d\d)/;
const eximRejected = /\brejected (?:RCPT|MAIL|EHLO|HELO|DATA|after DATA|connection|VRFY|AUTH|ETRN)\b/;
const codeAfterColon = /: (?=[2-5]\d\d[ -])/g;
// "login authenticator failed for (helo) [203.0.113.5]:41556 I=[192.0.2.1]:25: 535 Incorrect authentication data".
const eximAuthFailed = /\bauthenticator failed for [^\n]{0,300}?: (?=[2-5]\d\d[ -])/;
// Exim's verify.c: "response to \"%s\" from %s [%s] was: %s" (the command, the host's name and address, its reply).
const eximCallout = /\bresponse to "[^"\n]{0,1000}" from ([^\s[\]]+) \[[^\]\s]{2,45}\](?::\d+)? was: (?=[2-5]\d\d[ -])/;
const eximAuthHost = /(?<!\()\[([0-9A-Fa-f.:]{2,45})\]/;

const sendmailStat = /\bstat=([A-Za-z][A-Za-z ]*)/;
const sendmailReplyMarker = /(?:\(|: )(?=[2-5]\d\d[ -])/g;
const sendmailReject = /\breject=(?=[2-5]\d\d)/;
const sendmailRelay = /\brelay=(?:[^\s,[\]]*@)?([^\s,[\]]+?)\.?(?=[\s,[]|$)/;

const qmailDelivery = /\bdelivery \d+: (success|deferral|failure): /;
const qmailSaid = /Remote_host_said:_(?=[2-5]\d\d)/;
// "130.57.1.11_does_not_like_recipient", "(rcpt@example.org)_82.161.9.107_accepted_message".
const qmailIp = /^(?:\([^()\s]{0,200}\)_)?(\d{1,3}(?:\.\d{1,3}){3})_/;
// qmail's own status after its text: "Sorry,_I_couldn't_find_any_host_by_that_name._(#4.1.2)/".
const qmailStatus = /\(#(?=[245]\.\d{1,3}\.\d{1,3}\))/;

const courierLine = /\bcourier\w*: id=[^,\s]+,from=<[^>]*>,addr=<([^>]*)>(?:,status: (success|deferred|failure)|: (?=[2-5]\d\d))/;
// "error,relay=…,from=<a>,to=<b>: 550 User unknown." and "error,relay=…,msg=\"535 Authentication failed.\",cmd: …".
const courierError = /\bcourier\w*: error,relay=([^,\s]+),(?:.*?: |msg=")(?=[2-5]\d\d)/;

const microsoftReply = /(?:^|[\s,'"#])([2-5][0-5]\d[ -]#?[245]\.\d{1,3}\.\d{1,3}[;:]? )$/;
const microsoftStatus = /\b(?:RESOLVER\.[A-Z]{3}\.[A-Za-z]+|STOREDRV\.Deliver\.Exception:[A-Za-z]+)/;

const postfixOutcomes: Record<string, LogOutcome> = {
  sent: 'delivered',
  deferred: 'deferred',
  bounced: 'bounced',
  expired: 'expired',
  SOFTBOUNCE: 'deferred',
  deliverable: 'other',
  undeliverable: 'other',
};

const eximOutcomes: Record<string, LogOutcome> = {
  '<=': 'received',
  '=>': 'delivered',
  '->': 'delivered',
  '>>': 'delivered',
  '*>': 'other',
  '**': 'bounced',
  '==': 'deferred',
};

export function parseLogLine(line: string): LogEvent | undefined {
  if (line.length < 8) return undefined;
  return (
    (line.includes('smtpd[') || line.includes(' smtp ') || line.includes('result=') || line.includes(' => ') || line.includes('>>> ') || line.includes('<<< ') || isOpenSmtpdOldRelay(line)
      ? openSmtpdEvent(line)
      : undefined) ??
    (line.includes('[outbound]') || line.includes('[core]') ? harakaEvent(line) : undefined) ??
    (line.includes('status=') || line.includes('reject') ? postfixEvent(line) : undefined) ??
    (line.includes('stat=') || line.includes('reject=') ? sendmailEvent(line) : undefined) ??
    (line.includes('H=') || eximFlagAnywhere.test(line) || line.includes('authenticator failed') || line.includes('SMTP error from remote') || line.includes('LMTP error after ') || line.includes(' was: ') ? eximEvent(line) : undefined) ??
    (line.includes('delivery ') ? qmailEvent(line) : undefined) ??
    (line.includes('courier') ? courierEvent(line) : undefined) ??
    (isExchangeTracking(line) ? exchangeTrackingEvent(line) : undefined) ??
    (line.includes('RESOLVER.') || line.includes('STOREDRV.') || line.includes('{LED=') ? microsoftEvent(line) : undefined)
  );
}

function postfixEvent(line: string): LogEvent | undefined {
  const status = postfixStatus.exec(line);
  if (status && status[1] in postfixOutcomes) {
    const word = status[1];
    const event: LogEvent = {
      mta: 'postfix',
      status: { text: word, col: status.index + 7, key: `postfix:${word}`, length: word.length },
      outcome: postfixOutcomes[word],
    };
    const dsn = dsnField.exec(line);
    if (dsn) event.dsn = { text: dsn[1], col: dsn.index + 4 };
    const relay = relayField.exec(line);
    if (relay && relay[1] !== 'none' && relay[1] !== 'local' && relay[1] !== 'virtual') event.host = relay[1];
    const to = toField.exec(line);
    if (to) event.recipient = to[1];
    const after = status.index + status[0].length;
    saidMarker.lastIndex = after;
    const said = saidMarker.exec(line);
    if (said) {
      event.reply = replyAtCol(line, said.index + said[0].length, 'remote');
      const host = saidHost.exec(line.slice(after, said.index));
      if (host) event.host = host[1];
    } else if (!event.host && connectTo.test(line)) {
      event.host = connectTo.exec(line)![1];
    } else if (line.startsWith(' (', after)) {
      // "status=sent (250 2.0.0 Ok: queued as …)": the reply of the next hop.
      event.reply = replyAtCol(line, after + 2, 'remote');
    }
    event.reasonCol = event.reply?.col ?? (line.startsWith(' (', after) ? after + 2 : undefined);
    return event;
  }
  const reject = postfixReject.exec(line);
  if (reject) {
    const col = reject.index + reject[0].length;
    const event: LogEvent = {
      mta: 'postfix',
      status: { text: reject[1], col: reject.index + 2, key: 'postfix:reject', length: reject[1].length },
      outcome: reject[1] === 'reject_warning' ? 'other' : 'rejected',
      host: reject[3] && reject[3] !== 'unknown' ? reject[3] : reject[4] || undefined,
    };
    event.reply = replyAtCol(line, col, 'local');
    if (!event.reply) event.enhancedOnly = enhancedAtCol(line, col);
    event.reasonCol = col;
    const to = toField.exec(line);
    if (to) event.recipient = to[1];
    return event;
  }
  const cleanup = cleanupReject.exec(line);
  if (cleanup && cleanup[1] !== 'warning' && cleanup[1] !== 'hold' && cleanup[1] !== 'discard') {
    const code = cleanupCode.exec(line);
    const event: LogEvent = {
      mta: 'postfix',
      status: { text: cleanup[1], col: cleanup.index + 2, key: 'postfix:reject', length: cleanup[1].length },
      outcome: 'rejected',
    };
    if (code) event.enhancedOnly = enhancedAtCol(line, code.index + code[0].length);
    const to = toField.exec(line);
    if (to) event.recipient = to[1];
    return event;
  }
  return undefined;
}

function eximEvent(line: string): LogEvent | undefined {
  const flag = eximFlag.exec(line);
  if (flag) {
    const word = flag[1];
    const col = flag.index + flag[0].indexOf(' ') + 1;
    const event: LogEvent = {
      mta: 'exim',
      status: { text: word, col, key: `exim:${word}`, length: word.length },
      outcome: eximOutcomes[word],
    };
    if (word !== '<=') event.recipient = flag[2].replace(/^<|>:?$|:$/g, '');
    const host = eximHost.exec(line) ?? eximHostIp.exec(line);
    if (host && word !== '<=') event.host = host[1];
    const confirmation = eximConfirmation.exec(line);
    if (confirmation) event.reply = replyAtCol(line, confirmation.index + confirmation[0].length, 'remote');
    if (!event.reply) event.reply = eximSmtpError(line);
    if (event.reply) event.reasonCol = event.reply.col;
    else if (word === '==' || word === '**') event.reasonCol = eximReasonCol(line);
    return event;
  }
  const rejected = eximRejected.exec(line);
  if (rejected && line.includes('H=')) {
    const event: LogEvent = {
      mta: 'exim',
      status: { text: 'rejected', col: rejected.index, key: 'exim:rejected', length: 8 },
      outcome: 'rejected',
    };
    const host = eximHost.exec(line) ?? eximHostIp.exec(line);
    if (host) event.host = host[1];
    const to = eximRejectedRcpt.exec(line.slice(rejected.index, rejected.index + 400));
    if (to) event.recipient = to[1];
    // The reason follows the first ": " after the command ("rejected RCPT <a@b>: 5.1.1 <a@b>: …").
    const colon = line.indexOf(': ', rejected.index);
    if (colon >= 0) {
      event.reasonCol = colon + 2;
      event.reply = replyAtCol(line, colon + 2, 'local');
      if (!event.reply) event.enhancedOnly = enhancedAtCol(line, colon + 2);
    }
    return event;
  }
  // A remote's reply logged on a line of its own, before the per-recipient lines ("H=… [a]:25: SMTP error from remote mail server after MAIL FROM:…: 421 …").
  const smtpError = line.includes('SMTP error from remote') ? eximSmtpError(line) : undefined;
  if (smtpError) return { mta: 'exim', outcome: smtpError.text[0] === '5' ? 'bounced' : 'deferred', reply: smtpError, reasonCol: smtpError.col, repeated: true };
  // A callout's answer ("sender verify fail for <a@b>: response to \"MAIL FROM:<>\" from mx [192.0.2.1] was: 550 …"):
  // the remote's reply, hovered here; the rejection it leads to is logged (and counted) on its own line.
  const callout = eximCallout.exec(line);
  if (callout) {
    const reply = replyAtCol(line, callout.index + callout[0].length, 'remote');
    if (reply) return { mta: 'exim', outcome: 'other', reply, host: callout[1], reasonCol: reply.col, repeated: true };
  }
  const auth = eximAuthFailed.exec(line);
  if (auth) {
    const host = eximAuthHost.exec(line.slice(auth.index, auth.index + auth[0].length));
    return { mta: 'exim', outcome: 'rejected', reply: replyAtCol(line, auth.index + auth[0].length, 'local'), host: host?.[1] };
  }
  return undefined;
}

const eximRejectedRcpt = /^[a-z ]*?<([^>]*)>/;
// Exim writes a multi-line reply on one log line with a literal "\n" between its lines.
const escapedNewline = /\\n(?=[2-5]\d\d[ -])/g;

/**
 * "SMTP error from remote mail server after RCPT TO:<a@b>: 550 5.1.1 …", with its further lines, or the LMTP
 * transport's "LMTP error after DATA: 552 …" (after "RCPT TO:<a@b>", "end of data", as Exim's lmtp.c writes it).
 */
function eximSmtpError(line: string): LogReply | undefined {
  let at = line.indexOf('SMTP error from remote');
  if (at < 0) at = line.indexOf('LMTP error after ');
  if (at < 0) return undefined;
  codeAfterColon.lastIndex = at;
  const m = codeAfterColon.exec(line);
  const reply = m ? replyAtCol(line, m.index + 2, 'remote') : undefined;
  if (reply) reply.continuations = continuationsAfter(line, reply, escapedNewline);
  return reply;
}

/** Later lines of the same reply, each starting with the same code. */
function continuationsAfter(line: string, reply: LogReply, marker: RegExp, separator?: RegExp): LogReply[] | undefined {
  const out: LogReply[] = [];
  marker.lastIndex = reply.col + 3;
  for (let m = marker.exec(line); m; m = marker.exec(line)) {
    const next = replyAtCol(line, m.index + m[0].length, reply.from, separator);
    if (next && next.text === reply.text) out.push(next);
  }
  return out.length ? out : undefined;
}

/** Where Exim's own words of a defer or failure start: "defer (111): Connection refused", "… T=x: reason". */
function eximReasonCol(line: string): number | undefined {
  const defer = /\b(?:defer|failed) \(-?\d+\)(?: [A-Z]+=\S+)*: /.exec(line);
  if (defer) return defer.index + defer[0].length;
  const colon = line.lastIndexOf(': ');
  return colon >= 0 ? colon + 2 : undefined;
}

// OpenSMTPD 6.x+: "<session> mta delivery evpid=… result=TempFail stat=421 …" (quoted values since 6.8),
// "<session> smtp failed-command command=\"RCPT TO:<a@b>\" result=\"550 …\"", "smtp bad-input result=\"500 …\"".
const openSmtpdDelivery = /\b(mta|mda) (?:delivery|event=delivery) evpid=\S+ /;
const openSmtpdResult = /\bresult="?(Ok|TempFail|PermFail|Loop)"?/;
const openSmtpdStat = /\bstat="?/;
const openSmtpdFailed = /\bsmtp (?:failed-command command="[^"]{0,1000}"|bad-input) result="(?=[2-5]\d\d)/;
// OpenSMTPD 5.x: "smtp-in: Failed command on session …: \"RCPT TO:<a@b>\" => 451 Temporary failure",
// "relay: TempFail for <evpid>: …, relay=88.190.237.114 (mx1.poolp.org), delay=12s, stat=451 …".
const openSmtpdOldFailed = /\bsmtp-in: Failed command on session \S+ "[^"]{0,1000}" => (?=[2-5]\d\d)/;
const openSmtpdOldRelay = /\b(relay|delivery): (Ok|TempFail|PermFail|Loop) for [0-9a-f]+: /;
// "smtp: 0x16efa1f6e000: >>> 250-8BITMIME" (smtpd's reply to its client), "mta: 0x…: <<< 550 …" (the remote's reply):
// the `-T smtp` / `-T mta` trace, one line per reply line; the other direction holds commands.
const openSmtpdTrace = /\b(smtp: 0x[0-9a-f]+: >>>|mta: 0x[0-9a-f]+: <<<) (?=[2-5]\d\d(?:[ -]|$))/;
// Exchange 5.5's IMS protocol log: "4/2/01 11:44:31 AM : >>> 250 OK" (its own reply; "<<<" lines hold the commands).
const exchangeImsTrace = /^\d{1,2}\/\d{1,2}\/\d{2,4} \d{1,2}:\d\d:\d\d(?: [AP]M)? : >>> (?=[2-5]\d\d(?:[ -]|$))/;
const openSmtpdRelay = /\brelay="?([^\s",()]+)/;
const openSmtpdRelayName = /\brelay="?[^\s",()]+ \(([^\s)]+)\)/;
// The LMTP or MDA error inside an mda delivery's stat ("LMTP server error: 550 5.7.1 …").
const openSmtpdMdaError = /\bserver error: (?=[2-5]\d\d[ -])/;
const openSmtpdTo = /\bto=<([^>]*)>/;

const openSmtpdOutcomes: Record<string, LogOutcome> = { Ok: 'delivered', TempFail: 'deferred', PermFail: 'bounced', Loop: 'bounced' };

/** OpenSMTPD 5.x's "relay: PermFail for <evpid>: …" (also Ok, TempFail, Loop and "delivery:"). */
function isOpenSmtpdOldRelay(line: string): boolean {
  return (line.includes('relay: ') || line.includes('delivery: ')) && line.includes(' for ');
}

function openSmtpdEvent(line: string): LogEvent | undefined {
  const trace = openSmtpdTrace.exec(line);
  if (trace) {
    const reply = replyAtCol(line, trace.index + trace[0].length, trace[1][0] === 's' ? 'local' : 'remote');
    // A protocol trace, not an outcome: hovered, not counted (the session's brief log lines count).
    if (reply) return { mta: 'opensmtpd', outcome: 'other', reply, reasonCol: reply.col, repeated: true };
  }
  const ims = exchangeImsTrace.exec(line);
  if (ims) {
    const reply = replyAtCol(line, ims[0].length, 'local');
    if (reply) return { mta: 'microsoft', outcome: 'other', reply, reasonCol: reply.col, repeated: true };
  }
  const failed = openSmtpdFailed.exec(line) ?? openSmtpdOldFailed.exec(line);
  if (failed) {
    const reply = replyAtCol(line, failed.index + failed[0].length, 'local');
    if (!reply) return undefined;
    const to = /RCPT TO:<([^>]*)>/i.exec(failed[0]);
    return { mta: 'opensmtpd', outcome: 'rejected', reply, recipient: to?.[1], reasonCol: reply.col };
  }
  const delivery = openSmtpdDelivery.exec(line);
  const old = delivery ? undefined : openSmtpdOldRelay.exec(line);
  const result = delivery ? openSmtpdResult.exec(line) : old ? { index: old.index + old[1].length + 2, 1: old[2] } : undefined;
  if (!result) return undefined;
  const word = result[1];
  const col = line.indexOf(word, result.index);
  const local = delivery ? delivery[1] === 'mda' : old![1] === 'delivery';
  const event: LogEvent = {
    mta: 'opensmtpd',
    status: { text: word, col, key: `opensmtpd:${word}`, length: word.length },
    outcome: openSmtpdOutcomes[word],
  };
  const to = openSmtpdTo.exec(line);
  if (to) event.recipient = to[1];
  if (!local) {
    const name = openSmtpdRelayName.exec(line);
    const relay = openSmtpdRelay.exec(line);
    if (name || relay) event.host = name?.[1] ?? relay![1];
  }
  openSmtpdStat.lastIndex = 0;
  const stat = openSmtpdStat.exec(line.slice(col));
  if (stat) {
    const statCol = col + stat.index + stat[0].length;
    event.reasonCol = statCol;
    event.reply = replyAtCol(line, statCol, 'remote');
    if (!event.reply) {
      const mda = openSmtpdMdaError.exec(line.slice(statCol));
      // An LMTP server's reply is remote to smtpd; an MDA's own words are not a reply.
      if (mda) event.reply = replyAtCol(line, statCol + mda.index + mda[0].length, 'remote');
    }
  }
  return event;
}

// Haraka (outbound/hmail.js, connection.js). Outbound: "[outbound] recipient <a@b> rejected: 550 5.1.1 …" (one per recipient),
// "[outbound] bouncing mail: 550 …", "[outbound] Temp failing <file> for 64 seconds: Upstream error: 451 …",
// "[outbound] delivered file=… host=mx ip=… response=\"250 …\"" (the response without its code since Haraka 2.8).
// Inbound: "[core] recipient <a> code=DENY msg=\"550 …\"" (also sender, queue, message), "[core] disconnect … txns=0 … lr=\"554 …\"",
// "[core] hook=rcpt plugin=… retval=DENY msg=\"550 …\"", "[core] S: 550 …" (its own reply, at protocol level).
// (Newer Haraka puts the transaction's id after the plugin: "[outbound] [FAEFC4FA-…] recipient domain <bell.net> rejected: 521 …".)
const harakaRejected = /\[outbound\](?: \[[\w.-]{1,80}\])? recipient(?: domain)? <([^>]*)> (?:rejected|deferred): (?=[2-5]\d\d)/;
const harakaTempFail = /\[outbound\](?: \[[\w.-]{1,80}\])? Temp failing \S+ for \d+ seconds: /;
const harakaBounce = /\[outbound\](?: \[[\w.-]{1,80}\])? bouncing mail: /;
const harakaTempFailDebug = /\[outbound\] Temp fail for: /;
// The whole-message line after per-recipient lines, which counted each recipient already.
const harakaPerRecipient = /^Some recipients (?:temp )?failed: /;
const harakaUpstream = /^(?:Too many failures \()?(?:Upstream error: )?(?=[2-5]\d\d[ -])/;
const harakaDelivered = /\[outbound\] +delivered file=/;
const harakaDeliveredHost = /\bhost="?([^\s"]+)/;
const harakaResponse = /\bresponse="/;
const harakaVerdict = /\[core\] +(recipient <([^>]*)>|sender <[^>]*>|queue|message [^\n]{0,500}?) code=(DENY|DENYSOFT|DENYDISCONNECT|DENYSOFTDISCONNECT) msg="/;
const harakaHook = /\[core\] +hook=\w+ plugin=\S+ function=\S+ params=[^\n]{0,1000}? retval=DENY\w* msg="(?=[2-5]\d\d)/;
const harakaDisconnect = /\[core\] +disconnect ip=(\S+) [^\n]{0,1000}? lr="(?=[45]\d\d)/;
const harakaOwnReply = /\[core\] S: (?=[45]\d\d[ -])/;
const harakaHost = /\[outbound\] .*?\b(?:to|from) (\d{1,3}(?:\.\d{1,3}){3}):\d+/;

function harakaEvent(line: string): LogEvent | undefined {
  const rejected = harakaRejected.exec(line);
  if (rejected) {
    const reply = replyAtCol(line, rejected.index + rejected[0].length, 'remote');
    if (!reply) return undefined;
    return { mta: 'haraka', outcome: reply.text[0] === '4' ? 'deferred' : 'bounced', reply, recipient: rejected[1], reasonCol: reply.col };
  }
  const temp = harakaTempFail.exec(line) ?? harakaBounce.exec(line) ?? harakaTempFailDebug.exec(line);
  if (temp) {
    const col = temp.index + temp[0].length;
    const rest = line.slice(col, col + 40);
    const event: LogEvent = { mta: 'haraka', outcome: temp[0].includes('bouncing') ? 'bounced' : 'deferred', reasonCol: col };
    const upstream = harakaUpstream.exec(rest);
    if (upstream) event.reply = replyAtCol(line, col + upstream[0].length, 'remote');
    if (event.reply) event.reasonCol = event.reply.col;
    if (temp[0].includes('Temp failing')) event.host = harakaHost.exec(line)?.[1];
    // The debug line repeats the reason of the "Temp failing" line that follows it.
    if (harakaPerRecipient.test(rest) || temp[0].includes('Temp fail for')) event.repeated = true;
    return event;
  }
  const delivered = harakaDelivered.exec(line);
  if (delivered) {
    const event: LogEvent = { mta: 'haraka', outcome: 'delivered', host: harakaDeliveredHost.exec(line)?.[1] };
    const response = harakaResponse.exec(line);
    if (response) {
      event.reasonCol = response.index + response[0].length;
      event.reply = replyAtCol(line, event.reasonCol, 'remote');
      event.reasonEnd = quoteEnd(line, event.reasonCol);
    }
    return event;
  }
  const verdict = harakaVerdict.exec(line);
  if (verdict) {
    const col = verdict.index + verdict[0].length;
    const event: LogEvent = { mta: 'haraka', outcome: 'rejected', recipient: verdict[2], reasonCol: col };
    event.reply = replyAtCol(line, col, 'local');
    if (!event.reply) event.enhancedOnly = enhancedAtCol(line, col);
    event.reasonEnd = quoteEnd(line, col);
    return event;
  }
  const hook = harakaHook.exec(line);
  // A plugin's verdict, logged again on the recipient's (sender's, queue's) line: hovered here, counted there.
  if (hook) return { mta: 'haraka', outcome: 'rejected', reply: replyAtCol(line, hook.index + hook[0].length, 'local'), repeated: true };
  const disconnect = harakaDisconnect.exec(line);
  if (disconnect) {
    const col = disconnect.index + disconnect[0].length;
    const reply = replyAtCol(line, col, 'local');
    if (!reply) return undefined;
    // The last reply of a session without a transaction (a refused connection or HELO) is logged only here.
    const repeated = !/ txns=0\b/.test(line.slice(disconnect.index, col));
    return { mta: 'haraka', outcome: 'rejected', reply, host: disconnect[1], reasonCol: col, reasonEnd: quoteEnd(line, col), repeated };
  }
  const own = harakaOwnReply.exec(line);
  if (own) {
    const reply = replyAtCol(line, own.index + own[0].length, 'local');
    // Counted on the NOTICE line of the same verdict (recipient, sender, queue or disconnect), which every log level keeps.
    if (reply) return { mta: 'haraka', outcome: 'rejected', reply, reasonCol: reply.col, repeated: true };
  }
  return undefined;
}

/** The end of a double-quoted value whose text starts at `col`. */
function quoteEnd(line: string, col: number): number | undefined {
  const end = line.indexOf('"', col);
  return end < 0 ? undefined : end;
}

function sendmailEvent(line: string): LogEvent | undefined {
  const stat = sendmailStat.exec(line);
  const dsn = dsnField.exec(line);
  const relay = sendmailRelay.exec(line);
  if (stat) {
    const text = stat[1].trimEnd();
    const deferred = text.startsWith('Deferred');
    const sent = text === 'Sent';
    const word = sent ? 'Sent' : deferred ? 'Deferred' : text;
    const event: LogEvent = {
      mta: 'sendmail',
      status: { text: word, col: stat.index + 5, key: `sendmail:${word}`, length: word.length },
      outcome: sent ? 'delivered' : deferred ? 'deferred' : dsn?.[1][0] === '5' ? 'bounced' : dsn?.[1][0] === '4' ? 'deferred' : 'other',
    };
    if (dsn) event.dsn = { text: dsn[1], col: dsn.index + 4 };
    if (relay) event.host = relay[1];
    const to = toField.exec(line);
    if (to) event.recipient = to[1];
    // "stat=Deferred: 421 4.7.0 …", "stat=Sent (250 2.0.0 …)", "stat=User unknown (550 5.1.1 …)".
    sendmailReplyMarker.lastIndex = stat.index + 5;
    const marker = sendmailReplyMarker.exec(line);
    if (marker) event.reply = replyAtCol(line, marker.index + marker[0].length, 'remote');
    // The remote's reply where one was logged, else Sendmail's own words ("stat=User unknown").
    event.reasonCol = event.reply?.col ?? stat.index + 5;
    return event;
  }
  const reject = sendmailReject.exec(line);
  if (reject) {
    const col = reject.index + reject[0].length;
    return {
      mta: 'sendmail',
      status: { text: 'reject', col: reject.index, key: 'sendmail:reject', length: 6 },
      outcome: 'rejected',
      reply: replyAtCol(line, col, 'local'),
      host: relay?.[1],
      reasonCol: col,
    };
  }
  return undefined;
}

function qmailEvent(line: string): LogEvent | undefined {
  const delivery = qmailDelivery.exec(line);
  if (!delivery) return undefined;
  const word = delivery[1];
  const start = delivery.index + delivery[0].length;
  const event: LogEvent = {
    mta: 'qmail',
    status: { text: word, col: start - word.length - 2, key: `qmail:${word}`, length: word.length },
    outcome: word === 'success' ? 'delivered' : word === 'deferral' ? 'deferred' : 'bounced',
  };
  const ip = qmailIp.exec(line.slice(start, start + 240));
  if (ip) event.host = ip[1];
  const said = qmailSaid.exec(line);
  if (said) event.reply = replyAtCol(line, said.index + said[0].length, 'remote', /[_-]#?/y);
  // qmail joins the lines of a multi-line reply with "._": "…_mailbox._550_No_such_recipient/".
  if (event.reply) event.reply.continuations = continuationsAfter(line, event.reply, /\._(?=[2-5]\d\d_)/g, /[_-]#?/y);
  event.reasonCol = event.reply?.col ?? start;
  const status = event.reply ? undefined : qmailStatus.exec(line);
  if (status) event.enhancedOnly = enhancedAtCol(line, status.index + 2);
  return event;
}

function courierEvent(line: string): LogEvent | undefined {
  const m = courierLine.exec(line);
  if (m) {
    if (m[2]) {
      const col = m.index + m[0].length - m[2].length;
      return {
        mta: 'courier',
        status: { text: m[2], col, key: `courier:${m[2]}`, length: m[2].length },
        outcome: m[2] === 'success' ? 'delivered' : m[2] === 'deferred' ? 'deferred' : 'bounced',
        recipient: m[1],
      };
    }
    const col = m.index + m[0].length;
    const reply = replyAtCol(line, col, 'remote');
    return { mta: 'courier', outcome: reply?.text[0] === '5' ? 'bounced' : reply?.text[0] === '4' ? 'deferred' : 'other', reply, recipient: m[1], reasonCol: col };
  }
  const error = courierError.exec(line);
  if (error) {
    const col = error.index + error[0].length;
    const quoted = line[col - 1] === '"';
    return { mta: 'courier', outcome: 'rejected', reply: replyAtCol(line, col, 'local'), host: error[1], reasonCol: col, reasonEnd: quoted ? quoteEnd(line, col) : undefined };
  }
  return undefined;
}

function microsoftEvent(line: string): LogEvent | undefined {
  const led = lastErrorAt(line, 0);
  if (led) return led;
  const m = microsoftStatus.exec(line);
  if (!m) return undefined;
  const event: LogEvent = { mta: 'microsoft', status: microsoftStatusOf(m), outcome: 'bounced' };
  // "550 5.1.10 RESOLVER.ADR.RecipientNotFound": the reply right before the status string.
  const from = Math.max(0, m.index - 24);
  const before = microsoftReply.exec(line.slice(from, m.index));
  if (before) event.reply = replyAtCol(line, from + before.index + before[0].length - before[1].length, 'remote');
  event.reasonCol = event.reply?.col ?? m.index;
  return event;
}

function microsoftStatusOf(m: RegExpExecArray): NonNullable<LogEvent['status']> {
  return { text: m[0], col: m.index, key: `microsoft:${m[0]}`, length: m[0].length };
}

// Exchange's last error of a queue or message trace: "[{LED=450 4.4.317 Cannot connect to remote server …};{MSG=};{FQDN=mx.example};{IP=…};{LRT=}]".
const lastError = /\{LED=(?=[2-5]\d\d[ -])/g;
const lastErrorHost = /^[^{}]*\};(?:\{MSG=[^{}]*\};)?\{FQDN=([^{};\s]+)\}/;

function lastErrorAt(line: string, from: number): LogEvent | undefined {
  lastError.lastIndex = from;
  const m = lastError.exec(line);
  const reply = m ? replyAtCol(line, m.index + 5, 'remote') : undefined;
  if (!reply) return undefined;
  const end = line.indexOf('}', reply.col);
  const host = lastErrorHost.exec(line.slice(reply.col, reply.col + 1200))?.[1];
  const outcome = reply.text[0] === '5' ? 'bounced' : reply.text[0] === '4' ? 'deferred' : 'other';
  return { mta: 'microsoft', outcome, reply, host, reasonCol: reply.col, reasonEnd: end < 0 ? undefined : end };
}

// Exchange message tracking (MessageTracking\MSGTRK*.LOG), one CSV line per event in the order of its #Fields: line, by
// default date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,
// internal-message-id,message-id,network-message-id,recipient-address,recipient-status,…; the status is
// "550 5.1.10 RESOLVER.ADR.RecipientNotFound; …", "451 4.4.0 Primary target IP address responded with: ""421 …""" or a "{LED=…}" list.
const exchangeEventField = /,(FAIL|DEFER|DELIVER|SEND|RECEIVE),/;
const exchangeStatusField = /,("?)(?=[2-5]\d\d[ -]|\[?\{L)/g;
const exchangeRecipient = /,([^,@\s<>";]+@[^,@\s<>";]+),/;
const exchangeOutcomes: Record<string, LogOutcome> = { FAIL: 'bounced', DEFER: 'deferred', DELIVER: 'delivered', SEND: 'delivered', RECEIVE: 'received' };

/** A line starting with an ISO date-time field ("2024-03-01T10:00:01.000Z,"). */
function isExchangeTracking(line: string): boolean {
  return line.charCodeAt(4) === 45 && line.charCodeAt(10) === 84 && line.charCodeAt(0) === 50 && line.includes(',');
}

// Exchange protocol log (SmtpReceive, SmtpSend): date-time,connector-id,session-id,sequence-number,local-endpoint,
// remote-endpoint,event,data,context. Event ">" is what this server sent (a Receive connector's replies), "<" what it
// received (a Send connector's remote replies); the other direction holds commands.
const exchangeProtocolEvent = /^[^,]*,[^,]*,[^,]*,\d+,[^,]*,[^,]*,([<>]),("?)(?=[2-5]\d\d(?:[ -]|$))/;

function exchangeProtocolLogEvent(line: string): LogEvent | undefined {
  const m = exchangeProtocolEvent.exec(line.slice(0, 1000));
  if (!m) return undefined;
  const col = m[0].length;
  const reply = replyAtCol(line, col, m[1] === '>' ? 'local' : 'remote');
  if (!reply) return undefined;
  // A protocol log, not an outcome: hovered, not counted (message tracking counts the message).
  return { mta: 'microsoft', outcome: 'other', reply, reasonCol: col, reasonEnd: csvFieldEnd(line, col, m[2] === '"'), repeated: true };
}

function exchangeTrackingEvent(line: string): LogEvent | undefined {
  const protocol = exchangeProtocolLogEvent(line);
  if (protocol) return protocol;
  const field = exchangeEventField.exec(line.slice(0, 1000));
  if (!field) return undefined;
  const word = field[1];
  const afterEvent = field.index + field[0].length - 1;
  const event: LogEvent = { mta: 'microsoft', status: { text: word, col: field.index + 1, key: `microsoft:${word}`, length: word.length }, outcome: exchangeOutcomes[word] };
  const fields = line.slice(0, field.index).split(',');
  // server-hostname is the next hop of an SMTP event in the default field order (event-id ninth, source eighth).
  if (fields.length === 8 && fields[7] === 'SMTP' && fields[4] && word !== 'RECEIVE') event.host = fields[4];
  const recipient = exchangeRecipient.exec(line.slice(afterEvent, afterEvent + 1000));
  if (recipient) event.recipient = recipient[1];
  exchangeStatusField.lastIndex = afterEvent;
  const status = exchangeStatusField.exec(line);
  if (!status) return event;
  const col = status.index + status[0].length;
  const end = csvFieldEnd(line, col, status[1] === '"');
  const led = lastErrorAt(line, col);
  if (led && led.reply!.col < end) {
    event.reply = led.reply;
    event.host ??= led.host;
  } else event.reply = replyAtCol(line, col, 'remote');
  const named = microsoftStatus.exec(line.slice(col, end));
  if (named) {
    named.index += col;
    event.status = microsoftStatusOf(named);
  }
  event.reasonCol = event.reply?.col ?? col;
  event.reasonEnd = end;
  return event;
}

/** Where a CSV field that starts at `col` ends: its closing quote ("" inside it is a quote), else the next comma. */
function csvFieldEnd(line: string, col: number, quoted: boolean): number {
  if (!quoted) {
    const comma = line.indexOf(',', col);
    return comma < 0 ? line.length : comma;
  }
  for (let i = line.indexOf('"', col); i >= 0; i = line.indexOf('"', i + 2)) {
    if (line[i + 1] !== '"') return i;
  }
  return line.length;
}
