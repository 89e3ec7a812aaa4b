// Grammar for SMTP transcripts (language `smtp`, scope `source.smtp`).
//
// A transcript is read line by line: each line is a server reply, a client
// command, message content or tool information, recognised by its dialect
// prefix. Only the DATA body spans lines (from a 354 reply to the line with a
// single "." or the next server reply), and inside it the message headers up to
// the first blank line.
import {
  CODE_END, REPLY_CODE, ENH, COMMANDS, OBSOLETE_COMMANDS,
  codeCaptures, enhCaptures, match, angleAddress, bareAddress, ipLiteral, replyScope, inReplyTo, RFC5322_DATE,
} from './common.mjs';

const L = 'smtp';

/** Optional timestamp or syslog prefix in front of a transcript line. */
const ISO = String.raw`[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(?:[.,][0-9]{1,9})?(?:Z|[+-][0-9]{2}:?[0-9]{2})?`;
const TIME = String.raw`[0-9]{2}:[0-9]{2}:[0-9]{2}(?:[.,][0-9]{1,9})?`;
const SYSLOG = String.raw`(?:[A-Z][a-z]{2} [ 0-9][0-9] ${TIME}|${ISO}) [\w.-]{1,253} [\w/.-]{1,100}(?:\[[0-9]{1,10}\])?:`;
/** Exim's debug output (`exim -d`) puts the process id in front of `SMTP<<` and `SMTP>>`. */
const EXIM_PID = String.raw`[ \t]{0,10}[0-9]{1,10}(?=[ \t]+SMTP(?:<<|>>))`;
const TIMESTAMP = String.raw`${SYSLOG}|\[(?:${ISO}|${TIME})\]|${ISO}|${TIME}|${EXIM_PID}`;
/** Timestamp in front of a line without a speaker mark (raw protocol lines). */
export const LOG_PREFIX = String.raw`(?:(${TIMESTAMP})(?=[ \t]))?`;
/** A log level or a bracketed connection or thread id, as Nodemailer prints them: `DEBUG [abc12]`. */
const TAG = String.raw`(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR)|\[[\w#.:@/-]{1,60}\]`;
/**
 * Timestamp and up to three tags (or tags alone), scoped like the timestamp. Used in front of a
 * speaker mark only: `[2024-05-01 10:00:00] DEBUG [c1] S: 250` is a reply, `[c1] 250 items` is not.
 */
const MARKED_PREFIX = String.raw`(?:((?:${TIMESTAMP})(?:[ \t]+(?:${TAG})){0,3}|(?:${TAG})(?:[ \t]+(?:${TAG})){0,2})(?=[ \t]))?`;

/** Postfix verbose `> host[addr]:port: ` / `< host[addr]:port: ` peer part. */
const PEER = String.raw`[ \t]+[\w.-]{1,253}\[[0-9A-Fa-f.:]{2,45}\](?::[0-9]{1,5})?:`;
/** Prefixes that mark a line sent by the server (or received by the tool). */
export const SERVER_PREFIX = String.raw`SERVER -> CLIENT:|SMTP -> FROM SERVER:|\[S\]|Got:|recv:|Recv:|RECV:|reply:(?![ \t]*(?:b?['"]|retcode))|S:|S>|Server:|<<<|<\*\*|<~\*|<~|<-|SMTP<<|<${PEER}|<(?=[ \t])`;
/** Prefixes that mark a line sent by the client. */
export const CLIENT_PREFIX = String.raw`CLIENT -> SERVER:|\[C\]|C:|C>|Client:|>>>|\*\*>|~>|->|SMTP>>|SMTP\|>|SMTP\+>|>${PEER}|>(?=[ \t])`;

/**
 * Words some tools print before what they sent (`Sent: EHLO`, Go and Rust test clients). Unlike
 * the arrows they are never followed by a reply, so a number after them (`Sent: 250 bytes`) is not one.
 */
const CLIENT_WORD = String.raw`Sent:|sent:|SENT:|Send:|SEND:|send:(?![ \t]*b?['"])`;

const serverPrefixScope = `variable.other.prefix.server.${L}`;
const clientPrefixScope = `entity.name.tag.prefix.client.${L}`;

/** A line that starts with a speaker's prefix (after an optional timestamp): the prefix scoped, the rest by `patterns`. */
function prefixedLine(kind, prefix, prefixScope, patterns) {
  return {
    name: `meta.${kind}.${L}`,
    begin: String.raw`^${MARKED_PREFIX}[ \t]*(${prefix})[ \t]*`,
    beginCaptures: { 1: { name: `comment.other.timestamp.${L}` }, 2: { name: prefixScope } },
    end: '$',
    patterns: patterns.map((include) => ({ include })),
  };
}

/**
 * smtplib's summary of a reply ("reply: retcode (250);", "data: (250,"), with `enhanced` the
 * enhanced code that starts the message behind it ("Msg: b'2.1.0", "b'2.0.0").
 */
function smtplibSummary(word, enhanced) {
  const retcode = word === 'reply';
  const lead = retcode ? String.raw`(reply)(:)[ \t]+(retcode)[ \t]*\(` : String.raw`(data)(:)[ \t]+\(`;
  const close = retcode ? String.raw`\);` : ',';
  const message = retcode ? String.raw`[ \t]*Msg:[ \t]*b?['"]` : String.raw`[ \t]*b?['"]`;
  return match([
    ['^' + MARKED_PREFIX + String.raw`[ \t]*`, { 1: { name: `comment.other.timestamp.${L}` } }],
    [lead, { 1: { name: serverPrefixScope }, 2: { name: `punctuation.separator.${L}` }, ...(retcode ? { 3: { name: `variable.other.python.${L}` } } : {}) }],
    [REPLY_CODE + CODE_END, codeCaptures(1, L)],
    ...(enhanced ? [close + message, [ENH, enhCaptures(1, L)]] : [close]),
  ]);
}

const ESMTP_KEYWORDS = 'PIPELINING|SIZE|8BITMIME|BINARYMIME|CHUNKING|DSN|ENHANCEDSTATUSCODES|ETRN|ATRN|STARTTLS|AUTH|SMTPUTF8|UTF8SMTP|REQUIRETLS|DELIVERBY|MT-PRIORITY|FUTURERELEASE|BURL|EXPN|VRFY|HELP|XCLIENT|XFORWARD|NO-SOLICITING|LIMITS|DEFERRABLE|RRVS|ONEX|VERB|TURN|XEXCH50|X-EXPS|X-LINK2STATE|XRDST|XAUTH|XUSR|XSHADOW|CLIENTID|ENHANCEDSTATUSCODES';

const pythonTail = match([
  [String.raw`(?:\\r)?\\n`, `constant.character.escape.${L}`],
  [String.raw`['"]`, `punctuation.definition.string.end.${L}`],
  String.raw`(?=[ \t]*$)`,
]);

const grammar = {
  name: 'SMTP',
  scopeName: 'source.smtp',
  patterns: [
    { include: '#data' },
    { include: '#server-line' },
    { include: '#client-line' },
    { include: '#client-word-line' },
    { include: '#python' },
    { include: '#tool-line' },
    { include: '#raw-reply-line' },
    { include: '#raw-command-line' },
  ],
  repository: {
    // The DATA body: from a 354 reply to "." alone (or to the next server reply).
    data: {
      name: `meta.data.${L}`,
      begin: String.raw`^${MARKED_PREFIX}[ \t]*(?:(${SERVER_PREFIX})[ \t]*)?(354)(?:(-)|[ \t]|$)(.*)$`,
      beginCaptures: {
        1: { name: `comment.other.timestamp.${L}` },
        2: { name: serverPrefixScope },
        3: { name: replyScope('intermediate', L) },
        4: { name: `punctuation.separator.continuation.${L}` },
        5: { name: `meta.reply-text.${L}` },
      },
      end: String.raw`^${MARKED_PREFIX}[ \t]*(?:(${CLIENT_PREFIX})[ \t]*)?(\.)[ \t]*$|^(?=${MARKED_PREFIX}[ \t]*(?:(?:${SERVER_PREFIX})[ \t]*)?[2-5][0-9][0-9](?:[ -]|$)|[ \t]*(?:===|\*\*\*)[ \t])`,
      endCaptures: {
        1: { name: `comment.other.timestamp.${L}` },
        2: { name: clientPrefixScope },
        3: { name: `punctuation.terminator.data.${L}` },
      },
      patterns: [{ include: '#data-headers' }, { include: '#data-line' }],
    },
    // Message headers: only right after the 354 line, up to the first blank line.
    'data-headers': {
      name: `meta.headers.${L}`,
      begin: String.raw`\G`,
      end: String.raw`^${MARKED_PREFIX}[ \t]*(?:(${CLIENT_PREFIX})[ \t]*)?$|^(?=${MARKED_PREFIX}[ \t]*(?:(?:${CLIENT_PREFIX})[ \t]*)?\.[ \t]*$|${MARKED_PREFIX}[ \t]*(?:(?:${SERVER_PREFIX})[ \t]*)?[2-5][0-9][0-9](?:[ -]|$)|[ \t]*(?:===|\*\*\*)[ \t])`,
      endCaptures: {
        1: { name: `comment.other.timestamp.${L}` },
        2: { name: clientPrefixScope },
      },
      patterns: [{ include: '#data-header-field' }, { include: '#data-line' }],
    },
    'data-header-field': {
      begin: String.raw`^${MARKED_PREFIX}[ \t]*(?:(${CLIENT_PREFIX})[ \t]?)?([!-9;-~]{1,100})(:)`,
      beginCaptures: {
        1: { name: `comment.other.timestamp.${L}` },
        2: { name: clientPrefixScope },
        3: { name: `entity.name.tag.header.${L}` },
        4: { name: `punctuation.separator.key-value.${L}` },
      },
      end: '$',
      contentName: `meta.header-value.${L}`,
      patterns: [{ include: '#address' }, { include: '#bare-address' }, { include: '#date' }],
    },
    'data-line': {
      match: String.raw`^${MARKED_PREFIX}[ \t]*(${CLIENT_PREFIX})`,
      captures: {
        1: { name: `comment.other.timestamp.${L}` },
        2: { name: clientPrefixScope },
      },
    },
    // Postfix smtpd logs what it received with `<`, so a command can follow a server-side prefix.
    'server-line': prefixedLine('reply', SERVER_PREFIX, serverPrefixScope, ['#reply', '#command']),
    'raw-reply-line': {
      name: `meta.reply.${L}`,
      begin: String.raw`^${LOG_PREFIX}[ \t]*(?=[2-5][0-9][0-9](?:[ -]|$))`,
      beginCaptures: { 1: { name: `comment.other.timestamp.${L}` } },
      end: '$',
      patterns: [{ include: '#reply' }],
    },
    // Postfix smtpd logs what it sent with `>`, so a reply can follow a client-side prefix.
    'client-line': prefixedLine('command', CLIENT_PREFIX, clientPrefixScope, ['#command', '#reply', '#auth-data']),
    'client-word-line': prefixedLine('command', CLIENT_WORD, clientPrefixScope, ['#command', '#auth-data']),
    'raw-command-line': {
      name: `meta.command.${L}`,
      begin: String.raw`^${LOG_PREFIX}[ \t]*(?=(?i:${COMMANDS}|${OBSOLETE_COMMANDS})(?![\w-]))`,
      beginCaptures: { 1: { name: `comment.other.timestamp.${L}` } },
      end: '$',
      patterns: [{ include: '#command' }],
    },
    // Python smtplib debug output.
    python: {
      patterns: [
        {
          name: `meta.command.${L}`,
          begin: String.raw`^${MARKED_PREFIX}[ \t]*(send)(:)[ \t]+(b?['"])`,
          beginCaptures: {
            1: { name: `comment.other.timestamp.${L}` },
            2: { name: clientPrefixScope },
            3: { name: `punctuation.separator.${L}` },
            4: { name: `punctuation.definition.string.begin.${L}` },
          },
          end: '$',
          patterns: [{ include: '#command' }, { include: '#python-tail' }],
        },
        // smtplib's summary repeats the reply: "reply: retcode (550); Msg: b'5.1.1 …'", "data: (250, b'2.0.0 …')";
        // the longer rule (with the enhanced code) comes first.
        smtplibSummary('reply', true),
        smtplibSummary('data', true),
        smtplibSummary('reply', false),
        smtplibSummary('data', false),
        // smtplib's exceptions quote the replies: "SMTPRecipientsRefused: {'a@b': (550, b'5.1.1 …')}".
        {
          name: `meta.exception.python.${L}`,
          begin: String.raw`^(smtplib\.SMTP[A-Za-z]{0,40})(:)`,
          beginCaptures: { 1: { name: `support.class.exception.python.${L}` }, 2: { name: `punctuation.separator.${L}` } },
          end: '$',
          patterns: [
            match([String.raw`\(`, [REPLY_CODE + CODE_END, codeCaptures(1, L)], String.raw`,[ \t]*b?['"]`, [ENH, enhCaptures(1, L)]]),
            match([String.raw`\(`, [REPLY_CODE + CODE_END, codeCaptures(1, L)], ',']),
            match([String.raw`\\n`, [ENH, enhCaptures(1, L)]]),
          ],
        },
        {
          name: `meta.reply.${L}`,
          begin: String.raw`^${MARKED_PREFIX}[ \t]*(reply)(:)[ \t]+(b?['"])`,
          beginCaptures: {
            1: { name: `comment.other.timestamp.${L}` },
            2: { name: serverPrefixScope },
            3: { name: `punctuation.separator.${L}` },
            4: { name: `punctuation.definition.string.begin.${L}` },
          },
          end: '$',
          patterns: [{ include: '#reply' }],
        },
      ],
    },
    'python-tail': pythonTail,
    // swaks `===`/`***`, curl `*`, `{`/`}` lines.
    'tool-line': {
      patterns: [
        match([String.raw`^${MARKED_PREFIX}[ \t]*`, [String.raw`(?:\*\*\*|!!!)[ \t].*$`, `comment.line.tool-error.${L}`]], {}),
        // JavaMail's `mail.debug` notes (`DEBUG SMTP: connected to host "mx", port: 25`); its protocol lines are raw.
        match([String.raw`^${LOG_PREFIX}[ \t]*`, [String.raw`DEBUG(?:[ \t]+SMTP)?:(?:[ \t].*)?$`, `comment.line.tool-info.${L}`]], {}),
        match([String.raw`^${MARKED_PREFIX}[ \t]*`, [String.raw`(?:===|\*|[{}])(?:[ \t].*)?$`, `comment.line.tool-info.${L}`]], {}),
      ].map((r) => ({ ...r, captures: { 1: { name: `comment.other.timestamp.${L}` }, ...r.captures } })),
    },
    // A reply: code, continuation marker, enhanced code and text.
    reply: {
      patterns: [
        {
          // EHLO keywords after a 250 code.
          begin: String.raw`\G(250)(?:(-)|([ \t]))(?=(?i:${ESMTP_KEYWORDS})(?![\w-]))`,
          beginCaptures: {
            1: { name: replyScope('success', L) },
            2: { name: `punctuation.separator.continuation.${L}` },
          },
          end: '$',
          contentName: `meta.reply-text.${L}`,
          patterns: [
            match([[String.raw`\G(?i:${ESMTP_KEYWORDS})(?![\w-])`, `support.type.extension.${L}`]]),
            { include: '#python-tail' },
            match([[String.raw`[A-Za-z0-9][A-Za-z0-9._-]{0,60}`, `constant.other.extension-parameter.${L}`]]),
          ],
        },
        {
          // AUTH challenge.
          begin: String.raw`\G(334)(?:(-)|[ \t]|$)`,
          beginCaptures: {
            1: { name: replyScope('intermediate', L) },
            2: { name: `punctuation.separator.continuation.${L}` },
          },
          end: '$',
          patterns: [
            match([[String.raw`\G[A-Za-z0-9+/]{1,16384}={0,2}(?=[ \t]*$|\\r|['"])`, `string.other.auth-data.${L}`]]),
            { include: '#python-tail' },
          ],
        },
        {
          begin: String.raw`\G${REPLY_CODE}(?:(-)|[ \t]|$)`,
          beginCaptures: {
            ...codeCaptures(1, L),
            5: { name: `punctuation.separator.continuation.${L}` },
          },
          end: '$',
          contentName: `meta.reply-text.${L}`,
          patterns: [
            match([[String.raw`\G(#)?`, { 1: { name: `punctuation.definition.enhanced-code.${L}` } }], [ENH, enhCaptures(1, L)]]),
            { include: '#python-tail' },
            { include: '#address' },
            { include: '#ip-literal' },
          ],
        },
      ],
    },
    // A client command with its arguments.
    command: {
      patterns: [
        {
          begin: String.raw`\G(?i:(MAIL)|(SEND|SOML|SAML))([ \t]+)(?i:(FROM))(:)`,
          beginCaptures: {
            1: { name: `keyword.other.command.${L}` },
            2: { name: `keyword.other.command.obsolete.${L}` },
            4: { name: `keyword.other.command.${L}` },
            5: { name: `punctuation.separator.key-value.${L}` },
          },
          end: '$',
          patterns: [{ include: '#path-and-parameters' }],
        },
        {
          begin: String.raw`\G(?i:(RCPT))([ \t]+)(?i:(TO))(:)`,
          beginCaptures: {
            1: { name: `keyword.other.command.${L}` },
            3: { name: `keyword.other.command.${L}` },
            4: { name: `punctuation.separator.key-value.${L}` },
          },
          end: '$',
          patterns: [{ include: '#path-and-parameters' }],
        },
        {
          begin: String.raw`\G(?i:(HELO|EHLO|LHLO))(?=[ \t]|$|\\r|['"])`,
          beginCaptures: { 1: { name: `keyword.other.command.${L}` } },
          end: '$',
          patterns: [
            { include: '#ip-literal' },
            { include: '#python-tail' },
            match([[String.raw`(?<=[ \t])[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}\.){0,20}[A-Za-z0-9_-]{0,63}(?![\w.-])`, `variable.other.domain.${L}`]]),
          ],
        },
        {
          begin: String.raw`\G(?i:(AUTH))(?=[ \t]|$|\\r|['"])`,
          beginCaptures: { 1: { name: `keyword.other.command.${L}` } },
          end: '$',
          patterns: [
            match([
              String.raw`(?<=AUTH|auth)[ \t]+`,
              [String.raw`[A-Za-z0-9_-]{1,40}`, `support.type.auth-mechanism.${L}`],
              [String.raw`(?:[ \t]+([A-Za-z0-9+/]{1,16384}={0,2}|=))?`, { 1: { name: `string.other.auth-data.${L}` } }],
            ]),
            { include: '#python-tail' },
          ],
        },
        {
          begin: String.raw`\G(?i:(BDAT))(?=[ \t]|$|\\r|['"])`,
          beginCaptures: { 1: { name: `keyword.other.command.${L}` } },
          end: '$',
          patterns: [
            match([[String.raw`(?<=[ \t])[0-9]{1,20}(?![\w.])`, `constant.other.chunk-size.${L}`]]),
            match([[String.raw`(?<=[ \t])(?i:LAST)(?![\w.])`, `keyword.other.last.${L}`]]),
            { include: '#python-tail' },
          ],
        },
        {
          begin: String.raw`\G(?i:(${COMMANDS})|(${OBSOLETE_COMMANDS}))(?=[ \t]|$|\\r|['"])`,
          beginCaptures: {
            1: { name: `keyword.other.command.${L}` },
            2: { name: `keyword.other.command.obsolete.${L}` },
          },
          end: '$',
          patterns: [{ include: '#address' }, { include: '#python-tail' }],
        },
      ],
    },
    'path-and-parameters': {
      patterns: [
        { include: '#address' },
        match([
          String.raw`(?<=[ \t>:])`,
          [String.raw`[A-Za-z0-9][A-Za-z0-9-]{0,40}`, `variable.parameter.esmtp.${L}`],
          ['=', `punctuation.separator.key-value.${L}`],
          [String.raw`[^\s'"\\]{0,1000}`, `constant.other.esmtp-value.${L}`],
        ]),
        match([[String.raw`(?<=[ \t])[A-Za-z][A-Za-z0-9-]{0,40}(?=[ \t]|$|\\r)`, `variable.parameter.esmtp.${L}`]]),
        { include: '#python-tail' },
      ],
    },
    // A bare base64 line sent by the client during AUTH; must contain a digit, +, / or = so that words are not taken for credentials.
    'auth-data': match([[String.raw`\G(?=[A-Za-z0-9+/]{0,16384}[0-9+/=])[A-Za-z0-9+/]{4,16384}={0,2}(?=[ \t]*$)|\G\*(?=[ \t]*$)`, `string.other.auth-data.${L}`]]),
    address: angleAddress(L),
    'bare-address': bareAddress(L),
    'ip-literal': ipLiteral(L),
    date: { match: RFC5322_DATE, name: `comment.other.date.${L}` },
    'in-reply-to': inReplyTo(L),
  },
};

export default grammar;
