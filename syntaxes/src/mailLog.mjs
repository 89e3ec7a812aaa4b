// Grammar for mail logs (language `mail-log`, scope `text.mail-log`):
// Postfix, Exim, Sendmail, qmail and Courier. Every rule is a single-line
// match: a log line never changes how the next one is read.
import {
  CODE, CODE_END, REPLY_CODE, ENH, codeCaptures, enhCaptures, match, angleAddress, codePair, codeAfter, enhancedAfter,
  inReplyTo, statusScope, replyScope, enhancedScope,
} from './common.mjs';

/**
 * Prefixes of a quoted server reply, as in the transcripts grammar but without curl's bare `<`
 * (too weak inside a line), which counts only at the start of a line.
 */
export const SERVER_PREFIX = String.raw`S:|S>|Server:|<<<|<\*\*|<~\*|<~|<-|SMTP<<|<[ \t]+[\w.-]{1,253}\[[0-9A-Fa-f.:]{2,45}\](?::[0-9]{1,5})?:|^<`;

/** Rules shared by the mail-log grammar and the log injection; `lang` is the scope suffix. */
export function logRules(lang) {
  const key = (k) => [k, `variable.parameter.key.${lang}`];
  const eq = ['=', `punctuation.separator.key-value.${lang}`];
  const statusWords = (pairs) => {
    const captures = {};
    pairs.forEach(([, cls], i) => { captures[i + 1] = { name: statusScope(cls, lang) }; });
    return [`(?:${pairs.map(([w]) => `(${w})`).join('|')})`, captures];
  };
  return {
    // Postfix `status=bounced (host ... said: 550 ...)`, `status=sent (250 2.0.0 Ok)`.
    'postfix-status': match([
      key(String.raw`\bstatus`),
      eq,
      statusWords([['sent', 'success'], ['deliverable', 'success'], ['deferred', 'transient'], ['bounced', 'permanent'], ['expired', 'permanent'], ['undeliverable', 'permanent'], ['softbounce', 'transient']]),
      String.raw`(?![\w-])`,
      [String.raw`(?:[ \t]+\(${CODE}${CODE_END}(?:[ \t]+${ENH})?)?`, { ...codeCaptures(1, lang), ...enhCaptures(5, lang) }],
    ]),
    // `dsn=5.1.1` (Postfix, Sendmail).
    dsn: enhancedAfter(String.raw`\b(dsn)(=)`, { 1: { name: `variable.parameter.key.${lang}` }, 2: { name: `punctuation.separator.key-value.${lang}` } }, lang),
    // Sendmail `stat=Sent (...)`, `stat=Deferred: 421 ...`, `reject=550 5.7.1 ...`.
    'sendmail-stat': match([
      key(String.raw`\bstat`),
      eq,
      statusWords([['Sent', 'success'], ['Deferred', 'transient'], ['queued', 'transient']]),
      String.raw`(?![\w-])`,
      [String.raw`(?::[ \t]+${CODE}${CODE_END}(?:[ \t]+${ENH})?)?`, { ...codeCaptures(1, lang), ...enhCaptures(5, lang) }],
    ]),
    'sendmail-reject': codeAfter(String.raw`\b(reject)(=)`, { 1: { name: `variable.parameter.key.${lang}` }, 2: { name: `punctuation.separator.key-value.${lang}` } }, lang),
    // `said: 550 5.1.1`, qmail `Remote_host_said:_550_5.1.1_...`.
    said: codeAfter(String.raw`(?i:\b(said|refused to talk to me))(:)[ \t_]*`, { 1: { name: `keyword.other.said.${lang}` }, 2: { name: `punctuation.separator.${lang}` } }, lang, { sep: String.raw`[ \t_]+`, code: REPLY_CODE }),
    // Exim confirmations `C="250 2.0.0 Saved"`.
    'exim-confirmation': codeAfter(String.raw`\b(C)(=)(")`, { 1: { name: `variable.parameter.key.${lang}` }, 2: { name: `punctuation.separator.key-value.${lang}` }, 3: { name: `punctuation.definition.string.begin.${lang}` } }, lang),
    // Replies quoted in a log by a tool: `SMTP<< 451 …` (Exim -d), `<<< 550 …` (Sendmail -v), `S: 250`,
    // Postfix's verbose `< mx.example[192.0.2.1]:25: 250 …`, and curl's `< 250` at the start of a line.
    'reply-line': match([
      String.raw`(?:^|(?<=[ \t]))`,
      [SERVER_PREFIX, `variable.other.prefix.server.${lang}`],
      String.raw`[ \t]+`,
      [CODE + String.raw`(?=[ -]|$)`, codeCaptures(1, lang)],
      [String.raw`(?:(-)|[ \t])?(?:(#)?${ENH})?`, { 1: { name: `punctuation.separator.continuation.${lang}` }, 2: { name: `punctuation.definition.enhanced-code.${lang}` }, ...enhCaptures(3, lang) }],
    ]),
    // A code after `host[addr]: `, `<addr>: ` or `... command: ` (Postfix reject lines, Exim errors).
    // qmail: `Remote_host_said:_550_5.1.1_<a@b>..._User_unknown/`, and its own `(#5.1.2)`.
    'qmail-said': match([
      [String.raw`(?<=_)said`, `keyword.other.said.${lang}`],
      [':', `punctuation.separator.${lang}`],
      '_',
      [CODE + '(?=_)', codeCaptures(1, lang)],
      [String.raw`(?:_(?:(2\.[0-9]{1,3}\.[0-9]{1,3})|(4\.[0-9]{1,3}\.[0-9]{1,3})|(5\.[0-9]{1,3}\.[0-9]{1,3}))(?=_))?`, enhCaptures(1, lang)],
    ]),
    'qmail-status': match([[String.raw`\(#`, `punctuation.definition.enhanced-code.${lang}`], [ENH, enhCaptures(1, lang)], String.raw`(?=\))`]),
    'code-after-colon': codeAfter(String.raw`(?<=\]:|>:|(?i:command):|(?i:DATA):)[ \t]+`, {}, lang),
    // Exim: `[203.0.113.5]:41556 I=[192.0.2.1]:25: 535 Incorrect authentication data`.
    'code-after-port': codeAfter(String.raw`(?<=\]):[0-9]{1,5}:[ \t]+`, {}, lang),
    // An enhanced code alone after the client or the envelope: Postfix milter and header/body check rejects
    // (`milter-reject: END-OF-MESSAGE from x[192.0.2.1]: 5.7.1 Spam message rejected`).
    'enhanced-after-colon': enhancedAfter(String.raw`(?<=\]:|>:)[ \t]+`, {}, lang),
    // Courier: `error,relay=::ffff:192.0.2.1,msg="535 Authentication failed.",cmd: …`.
    'courier-msg': codeAfter(String.raw`\b(msg)(=)(")`, { 1: { name: `variable.parameter.key.${lang}` }, 2: { name: `punctuation.separator.key-value.${lang}` }, 3: { name: `punctuation.definition.string.begin.${lang}` } }, lang),
    // qmail and Courier delivery outcomes.
    'qmail-outcome': match([
      [String.raw`\bdelivery [0-9]{1,20}`, `keyword.other.delivery.${lang}`],
      [':', `punctuation.separator.${lang}`],
      String.raw`[ \t]+`,
      statusWords([['success', 'success'], ['deferral', 'transient'], ['failure', 'permanent']]),
      [String.raw`(?::[ \t_]*(?:[0-9.]{7,15}_)?${CODE}${CODE_END}(?:_${ENH})?)?`, { ...codeCaptures(1, lang), ...enhCaptures(5, lang) }],
    ]),
    'courier-status': match([
      key(String.raw`\bstatus`),
      [':', `punctuation.separator.key-value.${lang}`],
      String.raw`[ \t]*`,
      statusWords([['success', 'success'], ['deferred', 'transient'], ['failure', 'permanent']]),
      String.raw`(?![\w-])`,
    ]),
    // Exim `<=`, `=>`, `->`, `*>`, `**`, `==` after the message id.
    'exim-marker': match([
      [String.raw`(?<=[ \t])(?:[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4})`, `variable.other.queue-id.${lang}`],
      String.raw`[ \t]+`,
      [String.raw`(?:(<=)|(=>|->|\*>)|(==)|(\*\*))`, {
        1: { name: `keyword.operator.arrival.${lang}` },
        2: { name: statusScope('success', lang) },
        3: { name: statusScope('transient', lang) },
        4: { name: statusScope('permanent', lang) },
      }],
      String.raw`(?=[ \t])`,
    ]),
    'in-reply-to': inReplyTo(lang),
    'code-pair': codePair(lang),
  };
}

const L = 'mail-log';
const rules = logRules(L);

const grammar = {
  name: 'Mail Log',
  scopeName: 'text.mail-log',
  patterns: [
    { include: '#syslog-prefix' },
    { include: '#exim-prefix' },
    { include: '#queue-id' },
    ...Object.keys(rules).map((k) => ({ include: `#${k}` })),
    { include: '#smtp-command' },
    { include: '#keys' },
    { include: '#address' },
  ],
  repository: {
    ...rules,
    'syslog-prefix': match([
      String.raw`^`,
      [String.raw`[A-Z][a-z]{2}[ \t]{1,2}[0-9]{1,2}[ \t][0-9]{2}:[0-9]{2}:[0-9]{2}|[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?(?:Z|[+-][0-9]{2}:?[0-9]{2})?`, `comment.other.timestamp.${L}`],
      String.raw`[ \t]+`,
      [String.raw`[\w.-]{1,253}`, `entity.other.host.${L}`],
      String.raw`[ \t]+`,
      [String.raw`[\w.-]{1,60}(?:/[\w.-]{1,60}){0,3}`, `support.type.program.${L}`],
      [String.raw`(?:(\[)([0-9]{1,10})(\]))?`, { 1: { name: `punctuation.definition.pid.begin.${L}` }, 2: { name: `constant.other.pid.${L}` }, 3: { name: `punctuation.definition.pid.end.${L}` } }],
      [':', `punctuation.separator.${L}`],
    ]),
    // Exim main log: `2024-01-02 10:11:12 [pid] `.
    'exim-prefix': match([
      String.raw`^`,
      [String.raw`[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{3})?(?: [+-][0-9]{4})?`, `comment.other.timestamp.${L}`],
      [String.raw`(?:[ \t]+(\[)([0-9]{1,10})(\]))?`, { 1: { name: `punctuation.definition.pid.begin.${L}` }, 2: { name: `constant.other.pid.${L}` }, 3: { name: `punctuation.definition.pid.end.${L}` } }],
    ]),
    // Postfix (hex or long ids), Sendmail ids, NOQUEUE, right after `program[pid]: `.
    'queue-id': match([
      String.raw`(?<=\]:[ \t]|\]:)`,
      [String.raw`NOQUEUE|[0-9A-F]{6,15}|[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{10,15}z[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-xyz]{5,10}|[0-9A-Za-z]{14}`, `variable.other.queue-id.${L}`],
      String.raw`(?=:)`,
    ]),
    'smtp-command': match([
      String.raw`\b`,
      [String.raw`(?:reject|discard|hold|warn|redirect|filter)`, `keyword.other.action.${L}`],
      [':', `punctuation.separator.${L}`],
      String.raw`[ \t]+`,
      [String.raw`(?:MAIL|RCPT|DATA|END-OF-MESSAGE|CONNECT|EHLO|HELO|VRFY|ETRN|BDAT|header|body)`, `keyword.other.command.${L}`],
    ]),
    keys: match([
      [String.raw`\b(?:to|from|orig_to|relay|delay|delays|size|nrcpt|client|helo|proto|mailer|ctladdr|msgid|sasl_method|sasl_username|message-id|uid|conn_use|H|R|T|U|P|S|F|A|X|C|QT|DT|id|addr)`, `variable.parameter.key.${L}`],
      [String.raw`=`, `punctuation.separator.key-value.${L}`],
    ]),
    address: angleAddress(L),
  },
};

export default grammar;
export { replyScope, enhancedScope };
