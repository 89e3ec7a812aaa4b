// Injection into VS Code's built-in `log` language (scope `text.log`).
// Only strong contexts are highlighted: transcript reply lines with a dialect
// prefix, `said: 550 5.1.1`, `dsn=5.1.1`, `status=bounced`, `Status: 5.1.1`,
// `Diagnostic-Code: smtp; 550 ...` and a reply code followed by an enhanced
// code of the same class. A bare number is never taken for a code.
import { codeAfter, enhancedAfter } from './common.mjs';
import { logRules } from './mailLog.mjs';

const L = 'smtp';
const rules = logRules(L);
delete rules['in-reply-to'];
// In any `.log` file only strong contexts count: a code after `host[addr]:` or a port may be an HTTP
// status, and `msg="…"` is too common; a code after an address (`to=<a@b>: 550`) stays.
delete rules['code-after-port'];
delete rules['enhanced-after-colon'];
delete rules['courier-msg'];
rules['code-after-colon'] = codeAfter(String.raw`<[^<>\s]{0,300}>:[ \t]+`, {}, L);
// Exim: `SMTP error from remote mail server after RCPT TO:<a@b>: host mx.example [192.0.2.1]: 451 …`.
rules['exim-smtp-error'] = codeAfter(
  String.raw`\bSMTP error from remote (?:mail server|mailer) after [^:\n]{1,40}:(?:<[^<>\n]{0,300}>[^:\n]{0,200}:)?(?: host [^\s\[\]]{1,253} \[[0-9A-Fa-f.:]{2,45}\]:)?[ \t]+`,
  {},
  L,
);

const grammar = {
  name: 'SMTP codes in log files',
  scopeName: 'smtp-codes.log-injection',
  injectionSelector: 'L:text.log',
  patterns: [
    { include: '#dsn-status' },
    { include: '#diagnostic-code' },
    ...Object.keys(rules).map((k) => ({ include: `#${k}` })),
  ],
  repository: {
    ...rules,
    'dsn-status': enhancedAfter(String.raw`\b(Status)(:)[ \t]*`, { 1: { name: `variable.parameter.key.${L}` }, 2: { name: `punctuation.separator.key-value.${L}` } }, L),
    'diagnostic-code': codeAfter(String.raw`\b(Diagnostic-Code)(:)[ \t]*(?i:(smtp))?[ \t]*;[ \t]*`, { 1: { name: `variable.parameter.key.${L}` }, 2: { name: `punctuation.separator.key-value.${L}` }, 3: { name: `support.type.diagnostic-type.${L}` } }, L),
  },
};

export default grammar;
