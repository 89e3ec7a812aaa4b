// Grammar for messages and bounces (language `eml`, scope `text.eml`).
//
// A header field spans its folded continuation lines and nothing else: it ends
// at the first line that does not start with white space. MIME part headers
// follow a boundary line and end at the first line that is not a header.
// Everything else is read line by line, so a stray pattern can never colour
// the rest of the file.
import {
  CODE, CODE_END, CODE_START, ENH, ENH_START, codeCaptures, enhCaptures, match, angleAddress, bareAddress,
  ipLiteral, codePair, codeAfter, enhancedAfter, inReplyTo, RFC5322_DATE, statusScope, COMMANDS, OBSOLETE_COMMANDS,
} from './common.mjs';

const L = 'eml';

/** Field names as real messages use them (RFC 5322 allows more, but prose like `<a@b>: ...` must not become a header). */
const FIELD_NAME = String.raw`[A-Za-z][A-Za-z0-9_.-]{0,99}`;
const CONTINUES = String.raw`^(?![ \t]+\S)`;

/** A header field whose value gets `valuePatterns`; `name` is a regex for the field name. */
function field(name, scope, valuePatterns) {
  return {
    name: `meta.header.${L}`,
    begin: String.raw`^(${name})(:)(?!//)`,
    beginCaptures: {
      1: { name: scope },
      2: { name: `punctuation.separator.key-value.${L}` },
    },
    end: CONTINUES,
    contentName: `meta.header-value.${L}`,
    patterns: valuePatterns,
  };
}

const ACTIONS = {
  failed: 'permanent',
  delayed: 'transient',
  delivered: 'success',
  relayed: 'success',
  expanded: 'success',
};

const grammar = {
  name: 'Email',
  scopeName: 'text.eml',
  patterns: [
    { include: '#mbox-from' },
    { include: '#boundary' },
    { include: '#dsn-fields' },
    { include: '#header-field' },
    { include: '#transcript' },
    { include: '#bounce-text' },
  ],
  repository: {
    'mbox-from': match([[String.raw`^From (?=\S{1,300} )`, `keyword.other.mbox-from.${L}`], [String.raw`.*$`, `comment.line.mbox-from.${L}`]]),
    boundary: {
      // A MIME boundary line, then the part headers up to the first line that is not a header.
      name: `meta.part-headers.${L}`,
      begin: String.raw`^(--)([0-9A-Za-z'()+_,./:=?-]{0,68}[0-9A-Za-z'()+_,./:=?])(--)?[ \t]*$`,
      beginCaptures: {
        1: { name: `punctuation.definition.boundary.${L}` },
        2: { name: `keyword.other.boundary.${L}` },
        3: { name: `punctuation.definition.boundary.end.${L}` },
      },
      end: String.raw`^(?=[ \t]*$|(?!${FIELD_NAME}:|[ \t]+\S))`,
      patterns: [{ include: '#dsn-fields' }, { include: '#header-field' }],
    },
    // RFC 3464 fields with their codes.
    'dsn-fields': {
      patterns: [
        field(String.raw`(?i:Status)`, `entity.name.tag.dsn-field.${L}`, [
          enhancedAfter(String.raw`\G[ \t]*`, {}, L),
          { include: '#comment' },
        ]),
        field(String.raw`(?i:Action)`, `entity.name.tag.dsn-field.${L}`, [
          match([
            String.raw`\G[ \t]*`,
            [Object.entries(ACTIONS).map(([word, cls]) => `(${word})`).join('|'), Object.fromEntries(Object.values(ACTIONS).map((cls, i) => [i + 1, { name: statusScope(cls, L) }]))],
            String.raw`(?![\w-])`,
          ].map((p) => (Array.isArray(p) ? [`(?i:${p[0]})`, p[1]] : p))),
        ]),
        field(String.raw`(?i:Diagnostic-Code)`, `entity.name.tag.dsn-field.${L}`, [
          codeAfter(String.raw`\G[ \t]*(?:(?i:(smtp|x-[\w-]{1,40}))[ \t]*)?(;)[ \t]*`, { 1: { name: `support.type.diagnostic-type.${L}` }, 2: { name: `punctuation.separator.${L}` } }, L),
          { include: '#bounce-text' },
        ]),
        field(String.raw`(?i:Remote-MTA|Reporting-MTA|Received-From-MTA|Final-Recipient|Original-Recipient|X-Actual-Recipient)`, `entity.name.tag.dsn-field.${L}`, [
          match([String.raw`\G[ \t]*`, [String.raw`[\w-]{1,40}`, `support.type.address-type.${L}`], [String.raw`[ \t]*;`, `punctuation.separator.${L}`]]),
          { include: '#address' },
          { include: '#bare-address' },
        ]),
        field(String.raw`(?i:Last-Attempt-Date|Will-Retry-Until|Arrival-Date)`, `entity.name.tag.dsn-field.${L}`, [{ include: '#date' }]),
        field(String.raw`(?i:X-Postfix-[\w-]{1,40}|Original-Envelope-Id|DSN-Gateway|X-Display-Name|Feedback-Type|Reported-Domain|Source-IP)`, `entity.name.tag.dsn-field.${L}`, [
          { include: '#address' },
          { include: '#bare-address' },
        ]),
      ],
    },
    'header-field': field(FIELD_NAME, `entity.name.tag.header.${L}`, [
      { include: '#bounce-text' },
      { include: '#bare-address' },
      { include: '#date' },
      { include: '#ip-literal' },
      { include: '#comment' },
    ]),
    comment: match([[String.raw`\([^()]{0,200}\)`, `comment.block.${L}`]]),
    // Sendmail-style transcripts quoted in bounces.
    transcript: {
      patterns: [
        match([
          String.raw`^[ \t]*`,
          [String.raw`<<<`, `variable.other.prefix.server.${L}`],
          String.raw`[ \t]*`,
          [CODE + CODE_END, codeCaptures(1, L)],
          [String.raw`(?:(-)|[ \t]|$)(#)?(?:${ENH})?`, { 1: { name: `punctuation.separator.continuation.${L}` }, 2: { name: `punctuation.definition.enhanced-code.${L}` }, ...enhCaptures(3, L) }],
        ]),
        match([
          String.raw`^[ \t]*`,
          [String.raw`>>>`, `entity.name.tag.prefix.client.${L}`],
          String.raw`[ \t]*`,
          [String.raw`(?i:(MAIL|RCPT)[ \t]+(FROM|TO)(?=:)|(${COMMANDS})|(${OBSOLETE_COMMANDS}))(?![\w-])`, {
            1: { name: `keyword.other.command.${L}` },
            2: { name: `keyword.other.command.${L}` },
            3: { name: `keyword.other.command.${L}` },
            4: { name: `keyword.other.command.obsolete.${L}` },
          }],
        ]),
      ],
    },
    // Codes in the human-readable part of bounces.
    'bounce-text': {
      patterns: [
        codeAfter(String.raw`\b(said)(:)[ \t]*`, { 1: { name: `keyword.other.said.${L}` }, 2: { name: `punctuation.separator.${L}` } }, L),
        codeAfter(String.raw`\b(returned)[ \t]+(')`, { 1: { name: `keyword.other.said.${L}` }, 2: { name: `punctuation.definition.string.begin.${L}` } }, L),
        codeAfter(String.raw`(?<=\]:|>:|\]\.\.\.|>\.\.\.)[ \t]+`, {}, L),
        match([
          [String.raw`SMTP error from remote (?:mail )?server`, `keyword.other.said.${L}`],
          String.raw`[ \t]+after[ \t]+`,
          [String.raw`(?i:(MAIL FROM|RCPT TO|end of data|DATA|HELO|EHLO|AUTH|STARTTLS|initial connection|[A-Z]{4})(?![\w-]))`, { 1: { name: `keyword.other.command.${L}` } }],
        ]),
        { include: '#in-reply-to' },
        codePair(L),
        // A code that starts a line and is followed by text: `550 Unknown user`, `    554 5.0.0 Service unavailable`.
        match([
          String.raw`^[ \t]*`,
          [CODE + String.raw`(?=[ -]|$)`, codeCaptures(1, L)],
          [String.raw`(?:[ \t]+|-)(#)?${ENH}`, { 1: { name: `punctuation.definition.enhanced-code.${L}` }, ...enhCaptures(2, L) }],
        ]),
        match([String.raw`^[ \t]*`, [CODE + String.raw`(?=[ -]|$)`, codeCaptures(1, L)]]),
        { include: '#address' },
      ],
    },
    'in-reply-to': inReplyTo(L),
    address: angleAddress(L),
    'bare-address': bareAddress(L),
    'ip-literal': ipLiteral(L),
    date: { match: RFC5322_DATE, name: `comment.other.date.${L}` },
  },
};

export default grammar;
