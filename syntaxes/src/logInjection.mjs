// Injection into VS Code's built-in `log` language (scope `text.log`).
// Only strong contexts are highlighted: transcript reply lines with a dialect
// prefix, `said: 550 5.1.1`, `dsn=5.1.1`, `status=bounced`, `Status: 5.1.1`,
// `Diagnostic-Code: smtp; 550 ...` and a reply code followed by an enhanced
// code of the same class. A bare number is never taken for a code.
import { CODE, CODE_END, ENH, codeCaptures, enhCaptures, match, codeAfter, enhancedAfter } from './common.mjs';
import { logRules } from './mailLog.mjs';

const L = 'smtp';
/** Server prefixes of the transcripts grammar, without curl's bare `<` (too weak in free text). */
const SERVER_PREFIX = String.raw`S:|S>|Server:|<<<|<\*\*|<~\*|<~|<-|SMTP<<|<[ \t]+[\w.-]{1,253}\[[0-9A-Fa-f.:]{2,45}\](?::[0-9]{1,5})?:`;
const rules = logRules(L);
delete rules['in-reply-to'];

const grammar = {
  name: 'SMTP codes in log files',
  scopeName: 'smtp-codes.log-injection',
  injectionSelector: 'L:text.log',
  patterns: [
    { include: '#reply-line' },
    { include: '#dsn-status' },
    { include: '#diagnostic-code' },
    ...Object.keys(rules).map((k) => ({ include: `#${k}` })),
  ],
  repository: {
    ...rules,
    // `<<< 550 5.1.1 ...`, `S: 250 ...`, `SMTP<< 451 ...`, `<- 220 ...` anywhere in a log line.
    'reply-line': match([
      String.raw`(?:^|(?<=[ \t:]))`,
      [String.raw`${SERVER_PREFIX}`, `variable.other.prefix.server.${L}`],
      String.raw`[ \t]*`,
      [CODE + String.raw`(?=[ -]|$)`, codeCaptures(1, L)],
      [String.raw`(?:(-)|[ \t])?(?:(#)?${ENH})?`, { 1: { name: `punctuation.separator.continuation.${L}` }, 2: { name: `punctuation.definition.enhanced-code.${L}` }, ...enhCaptures(3, L) }],
    ]),
    'dsn-status': enhancedAfter(String.raw`\b(Status)(:)[ \t]*`, { 1: { name: `variable.parameter.key.${L}` }, 2: { name: `punctuation.separator.key-value.${L}` } }, L),
    'diagnostic-code': codeAfter(String.raw`\b(Diagnostic-Code)(:)[ \t]*(?i:(smtp))?[ \t]*;[ \t]*`, { 1: { name: `variable.parameter.key.${L}` }, 2: { name: `punctuation.separator.key-value.${L}` }, 3: { name: `support.type.diagnostic-type.${L}` } }, L),
  },
};

export default grammar;
