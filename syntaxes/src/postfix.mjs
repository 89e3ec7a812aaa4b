// Grammars for Postfix main.cf, master.cf and lookup tables.
//
// A logical line starts with non-white-space text; a line that starts with
// white space continues it. Regions therefore end at the first line that does
// not start with white space (or is a comment), never later.
import { CODE, CODE_END, FINAL_CODE, ENH, codeCaptures, finalCodeCaptures, enhCaptures, match, codePair } from './common.mjs';

const CONTINUES = String.raw`^(?![ \t]+[^\s#])`;

function valueRules(lang) {
  return {
    comment: match([[String.raw`^[ \t]*(#).*$`, { 1: { name: `punctuation.definition.comment.${lang}` } }]], { name: `comment.line.number-sign.${lang}` }),
    reference: {
      patterns: [
        match([
          ['\\$', `punctuation.definition.variable.${lang}`],
          [String.raw`\{`, `punctuation.definition.variable.begin.${lang}`],
          [String.raw`[A-Za-z0-9_]{1,100}`, `variable.other.reference.${lang}`],
          [String.raw`(?:([?:])([^{}]{0,200}))?`, { 1: { name: `keyword.operator.conditional.${lang}` }, 2: { name: `string.unquoted.default.${lang}` } }],
          [String.raw`\}`, `punctuation.definition.variable.end.${lang}`],
        ]),
        match([
          ['\\$', `punctuation.definition.variable.${lang}`],
          [String.raw`\(`, `punctuation.definition.variable.begin.${lang}`],
          [String.raw`[A-Za-z0-9_]{1,100}`, `variable.other.reference.${lang}`],
          [String.raw`\)`, `punctuation.definition.variable.end.${lang}`],
        ]),
        match([['\\$', `punctuation.definition.variable.${lang}`], [String.raw`[A-Za-z0-9_]{1,100}`, `variable.other.reference.${lang}`]]),
      ],
    },
    restriction: match([[String.raw`(?<![\w-])(?:reject|defer|permit|check|warn_if_reject|defer_if_permit|defer_if_reject|reject_unverified|sleep)(?:_[a-z0-9]{1,40}){0,8}(?![\w-])`, `keyword.control.restriction.${lang}`]]),
    'table-ref': match([
      [String.raw`(?<![\w-])(?:hash|btree|dbm|cdb|lmdb|sdbm|pcre|regexp|cidr|texthash|inline|static|unionmap|pipemap|proxy|ldap|mysql|pgsql|sqlite|memcache|socketmap|tcp|nis|nisplus|netinfo|environ|fail|internal|randmap|unix)`, `support.type.table-type.${lang}`],
      [':', `punctuation.separator.${lang}`],
    ]),
    boolean: match([[String.raw`(?<![\w-])(?:yes|no)(?![\w-])`, `constant.language.boolean.${lang}`]]),
    'code-pair': codePair(lang),
  };
}

/** Value of a `*_code` parameter: a bare three-digit code. */
function codeValue(lang) {
  return match([[String.raw`(?<![\w.$])${CODE}${CODE_END}`, codeCaptures(1, lang)]]);
}

export function postfixMain() {
  const L = 'postfix-main';
  return {
    name: 'Postfix main.cf',
    scopeName: 'source.postfix-main',
    patterns: [{ include: '#comment' }, { include: '#code-parameter' }, { include: '#parameter' }],
    repository: {
      ...valueRules(L),
      'code-value': codeValue(L),
      'code-parameter': {
        name: `meta.parameter.${L}`,
        begin: String.raw`^([A-Za-z0-9_]{0,100}_code)[ \t]*(=)`,
        beginCaptures: { 1: { name: `variable.other.parameter.code.${L}` }, 2: { name: `punctuation.separator.key-value.${L}` } },
        end: CONTINUES,
        patterns: [{ include: '#code-value' }, { include: '#reference' }],
      },
      parameter: {
        name: `meta.parameter.${L}`,
        begin: String.raw`^([A-Za-z0-9_]{1,100})[ \t]*(=)`,
        beginCaptures: { 1: { name: `variable.other.parameter.${L}` }, 2: { name: `punctuation.separator.key-value.${L}` } },
        end: CONTINUES,
        patterns: [{ include: '#reference' }, { include: '#table-ref' }, { include: '#restriction' }, { include: '#boolean' }, { include: '#code-pair' }],
      },
    },
  };
}

export function postfixMaster() {
  const L = 'postfix-master';
  const FLAG = String.raw`[-yn]`;
  return {
    name: 'Postfix master.cf',
    scopeName: 'source.postfix-master',
    patterns: [{ include: '#comment' }, { include: '#service' }],
    repository: {
      ...valueRules(L),
      'code-value': codeValue(L),
      service: {
        name: `meta.service.${L}`,
        begin: String.raw`^([^\s#]{1,200})[ \t]+(inet|unix-dgram|unix|fifo|pass)[ \t]+(${FLAG})[ \t]+(${FLAG})[ \t]+(${FLAG})[ \t]+(-|[0-9]{1,10}\??)[ \t]+(-|[0-9]{1,10})[ \t]+([\w.-]{1,100})`,
        beginCaptures: {
          1: { name: `entity.name.type.service.${L}` },
          2: { name: `support.type.service-type.${L}` },
          3: { name: `constant.language.flag.${L}` },
          4: { name: `constant.language.flag.${L}` },
          5: { name: `constant.language.flag.${L}` },
          6: { name: `constant.other.wakeup.${L}` },
          7: { name: `constant.other.maxproc.${L}` },
          8: { name: `support.class.command.${L}` },
        },
        end: CONTINUES,
        patterns: [{ include: '#override' }, { include: '#option' }],
      },
      // `-o name=value`, `-o { name = value }`.
      override: {
        patterns: [
          // `-o { name = value }` (Postfix 3.0): the value may be surrounded by spaces and ends at `}`.
          {
            begin: String.raw`(-o)[ \t]+(\{)[ \t]*([A-Za-z0-9_]{0,100}_code)[ \t]*(=)`,
            beginCaptures: {
              1: { name: `keyword.other.option.${L}` },
              2: { name: `punctuation.section.braces.begin.${L}` },
              3: { name: `variable.other.parameter.code.${L}` },
              4: { name: `punctuation.separator.key-value.${L}` },
            },
            end: String.raw`(\})|$`,
            endCaptures: { 1: { name: `punctuation.section.braces.end.${L}` } },
            patterns: [{ include: '#code-value' }, { include: '#reference' }],
          },
          {
            begin: String.raw`(-o)[ \t]+([A-Za-z0-9_]{0,100}_code)[ \t]*(=)`,
            beginCaptures: {
              1: { name: `keyword.other.option.${L}` },
              2: { name: `variable.other.parameter.code.${L}` },
              3: { name: `punctuation.separator.key-value.${L}` },
            },
            end: String.raw`(?=[ \t]|$)`,
            patterns: [{ include: '#code-value' }, { include: '#reference' }],
          },
          match([
            [String.raw`-o`, `keyword.other.option.${L}`],
            String.raw`[ \t]+`,
            [String.raw`(?:(\{)[ \t]*)?`, { 1: { name: `punctuation.section.braces.begin.${L}` } }],
            [String.raw`[A-Za-z0-9_]{1,100}`, `variable.other.parameter.${L}`],
            [String.raw`[ \t]*=`, `punctuation.separator.key-value.${L}`],
          ]),
          { include: '#reference' },
          { include: '#restriction' },
          { include: '#table-ref' },
          { include: '#boolean' },
          match([[String.raw`\}`, `punctuation.section.braces.end.${L}`]]),
        ],
      },
      option: match([[String.raw`(?<=[ \t])-[A-Za-z](?![\w-])`, `keyword.other.option.${L}`]]),
    },
  };
}

export function postfixLookup() {
  const L = 'postfix-lookup';
  const REJECTING = String.raw`REJECT|DEFER|DEFER_IF_REJECT|DEFER_IF_PERMIT|BCC|WARN|INFO|DISCARD|HOLD|PREPEND|REPLACE|REDIRECT|FILTER|IGNORE|STRIP|DUNNO|OK|RELAY|DISCARD`;
  const action = (anchor) => ({
    patterns: [
      // Sendmail access: `ERROR:"550 5.7.1 text"`, `ERROR:5.7.1:550 text`.
      match([
        anchor,
        [String.raw`(ERROR|TEMP)(:)`, { 1: { name: `keyword.control.action.${L}` }, 2: { name: `punctuation.separator.${L}` } }],
        [String.raw`(")?(?:${ENH}(:))?`, { 1: { name: `punctuation.definition.string.begin.${L}` }, ...enhCaptures(2, L), 5: { name: `punctuation.separator.${L}` } }],
        [String.raw`(?:${FINAL_CODE}${CODE_END})?`, finalCodeCaptures(1, L)],
        [String.raw`(?:[ \t]+${ENH})?`, enhCaptures(1, L)],
      ]),
      // `REJECT 5.7.1 text`, `DEFER 4.7.1 text`, `REJECT text`, `OK`. In `REJECT 554 text` the number is
      // text: Postfix answers with access_map_reject_code (access(5)), so it is not coloured as a code.
      match([
        anchor,
        [String.raw`(${REJECTING})(?![\w-])`, { 1: { name: `keyword.control.action.${L}` } }],
        [String.raw`(?:[ \t]+([0-9]{3})(?![0-9A-Za-z_]|\.[0-9]))?`, { 1: { name: `constant.numeric.reply-text.${L}` } }],
        [String.raw`(?:[ \t]+${ENH})?`, enhCaptures(1, L)],
      ]),
      // `550 5.1.1 text`, `450 text` (access(5): a reply code with text rejects or defers).
      match([
        anchor,
        [String.raw`(?:${FINAL_CODE}${CODE_END}|([0-9]{3}))`, { ...finalCodeCaptures(1, L), 4: { name: `invalid.illegal.reply-code.${L}` } }],
        [String.raw`(?:[ \t]+${ENH})?`, enhCaptures(1, L)],
      ]),
      // An enhanced code is no action on its own: Postfix answers `451 4.3.5 Server configuration error`.
      match([anchor, [String.raw`[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9A-Za-z_.])`, `invalid.illegal.action.${L}`]]),
      match([anchor, [String.raw`(?:permit|reject|defer|check|warn_if_reject)(?:_[a-z0-9]{1,40}){0,8}(?![\w-])`, `keyword.control.restriction.${L}`]]),
    ],
  });
  return {
    name: 'Postfix lookup table',
    scopeName: 'source.postfix-lookup',
    patterns: [{ include: '#comment' }, { include: '#conditional' }, { include: '#regexp-entry' }, { include: '#entry' }],
    repository: {
      ...valueRules(L),
      conditional: match([String.raw`^[ \t]*`, [String.raw`(?:if|endif)(?![\w-])`, `keyword.control.conditional.${L}`]]),
      // pcre/regexp tables: `/pattern/flags  ACTION text`.
      'regexp-entry': {
        name: `meta.entry.${L}`,
        begin: String.raw`^[ \t]*(!)?(/)((?:[^\\/]|\\.){0,4000})(/)([A-Za-z]{0,10})(?=[ \t]|$)[ \t]*`,
        beginCaptures: {
          1: { name: `keyword.operator.negation.${L}` },
          2: { name: `punctuation.definition.string.begin.${L}` },
          3: { name: `string.regexp.${L}` },
          4: { name: `punctuation.definition.string.end.${L}` },
          5: { name: `keyword.other.flags.${L}` },
        },
        end: CONTINUES,
        patterns: [{ include: '#action' }, { include: '#continued-action' }, { include: '#reference' }],
      },
      // access maps and other tables: `key  ACTION text`.
      entry: {
        name: `meta.entry.${L}`,
        begin: String.raw`^([^\s#]{1,1000})[ \t]+`,
        beginCaptures: { 1: { name: `variable.other.key.${L}` } },
        end: CONTINUES,
        patterns: [{ include: '#action' }, { include: '#restriction' }, { include: '#reference' }],
      },
      action: action(String.raw`\G`),
      // The action of a pcre/regexp entry may start on a continuation line.
      'continued-action': action(String.raw`^[ \t]+`),
    },
  };
}
