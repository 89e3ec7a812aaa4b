/**
 * Postfix lookup tables (access(5), header_checks(5), body_checks, pcre and regexp tables) and
 * Sendmail access maps: hovers on actions and their codes, and diagnostics for codes that
 * contradict their action. Where the file name tells the table's kind (`sender_access`,
 * `header_checks.pcre`), actions are checked against that kind; where it does not, only what is
 * wrong in every kind is reported. Patterns are skipped unread, so `{3}` or `\d{3}` in a regular
 * expression is never taken for a code.
 */
import { parseEnhancedCode, enhancedCodeProblem } from '../../knowledge/codes';
import { postfixKnowledge } from '../../knowledge';
import type { Lang, LookupActionEntry } from '../../knowledge/types';
import { emptyAnalysis, range, type Analysis, type Finding, type Fix, type Span } from '../analysis';
import { ruleMessage, type RuleId } from '../diagnosticRules';
import type { ViewSection } from '../explain';
import { splitLines } from '../lines';
import { postfixMessages, restrictionParagraphs } from './postfixMessages';

interface Entry {
  line: number;
  /** The action and its text as written (the result of the lookup). */
  result: string;
  col: number;
}

const enhancedShape = /^(\d+\.\d+\.\d+)(?=\s|$|")/;
const actionWord = /^[^\s]+/;

/** access(5) or header_checks(5)/body_checks; undefined where the file name does not say. */
export type TableKind = 'access' | 'header';

/** The kind of table a file name names, as Postfix installations conventionally call them. */
export function tableKindOf(uri: string | undefined): TableKind | undefined {
  if (!uri) return undefined;
  const name = decodeURIComponent(uri.split(/[\\/]/).pop() ?? '')
    .toLowerCase()
    .replace(/\.(?:pcre|regexp|cidr|db|lmdb|cdb|in|txt)$/, '');
  if (name === 'access' || name.endsWith('_access')) return 'access';
  if (name.endsWith('header_checks') || name.endsWith('body_checks')) return 'header';
  return undefined;
}

// access(5) ACCEPT/REJECT/OTHER ACTIONS; numeric results and restriction names are read separately.
const accessActions = new Set(['OK', 'REJECT', 'DEFER', 'DEFER_IF_REJECT', 'DEFER_IF_PERMIT', 'DUNNO', 'HOLD', 'DISCARD', 'FILTER', 'REDIRECT', 'PREPEND', 'BCC', 'INFO', 'WARN']);
// header_checks(5) ACTIONS (body_checks take the same).
const headerActions = new Set(['BCC', 'DISCARD', 'DUNNO', 'FILTER', 'HOLD', 'IGNORE', 'INFO', 'PASS', 'PREPEND', 'REDIRECT', 'REPLACE', 'REJECT', 'STRIP', 'WARN']);
// Sendmail access-map results, which share the file name `access`.
const sendmailActions = new Set(['RELAY', 'SKIP', 'DISCARD', 'OK', 'REJECT', 'ERROR:', 'QUARANTINE:']);

export function analyzePostfixLookup(text: string, lang: Lang, _settings?: unknown, uri?: string): Analysis {
  const out = emptyAnalysis();
  const kind = tableKindOf(uri);
  const m = postfixMessages(lang);
  let previous: Entry | undefined;
  // A pattern or key whose result starts on the next (continuation) line.
  let awaitingResult = false;
  const entries: Entry[] = [];
  splitLines(text).forEach(({ text: line }, n) => {
    const first = line.search(/\S/);
    if (first < 0 || line[first] === '#') return;
    if (first > 0 && awaitingResult) {
      awaitingResult = false;
      previous = { line: n, result: line.slice(first), col: first };
      entries.push(previous);
      return;
    }
    // A line that starts with whitespace continues the previous entry's text; its codes are not at the start.
    if (first > 0 && previous) return;
    const resultCol = resultColumn(line, first);
    awaitingResult = resultCol === noResultYet;
    if (resultCol < 0) return;
    previous = { line: n, result: line.slice(resultCol), col: resultCol };
    entries.push(previous);
  });
  const sink: Sink = { out, m, lang, kind };
  for (const entry of entries) analyzeResult(entry, sink);
  return out;
}

/** resultColumn: the pattern or key is complete, and its result follows on a continuation line. */
const noResultYet = -2;

/** Where the result starts: after the `/regex/flags` or `!/regex/` pattern, or after the key. */
function resultColumn(line: string, first: number): number {
  let i = first;
  if (/^(?:if|endif)\b/i.test(line.slice(first))) return -1;
  if (line[i] === '!') i++;
  if (line[i] === '/') {
    i++;
    while (i < line.length && line[i] !== '/') i += line[i] === '\\' ? 2 : 1;
    if (i >= line.length) return -1;
    i++;
    while (i < line.length && /[A-Za-z]/.test(line[i])) i++;
  } else {
    while (i < line.length && !/\s/.test(line[i])) i++;
  }
  while (i < line.length && /\s/.test(line[i])) i++;
  return i < line.length ? i : noResultYet;
}

interface Sink {
  out: Analysis;
  m: ReturnType<typeof postfixMessages>;
  lang: Lang;
  kind: TableKind | undefined;
}

function analyzeResult(entry: Entry, sink: Sink): void {
  const { line, result, col } = entry;
  const word = actionWord.exec(result)![0];
  const upper = word.toUpperCase();
  if (upper.startsWith('ERROR:')) {
    sendmailError(entry, sink);
    return;
  }
  const restOffset = result.slice(word.length).search(/\S/);
  const restCol = restOffset < 0 ? -1 : col + word.length + restOffset;
  const rest = restOffset < 0 ? '' : result.slice(word.length + restOffset);

  if (/^\d/.test(word)) {
    if (sink.kind === 'header' && /^\d{3}$/.test(word)) find(sink, 'lookup.action-wrong-table', range(line, col, col + word.length), [word, 'header']);
    numericAction(entry, word, rest, restCol, sink);
    return;
  }
  const action = postfixKnowledge.action(upper);
  // A restriction list may be separated by commas (`permit_mynetworks, reject`).
  const bare = word.replace(/,+$/, '');
  const restriction = action ? undefined : postfixKnowledge.restriction(bare);
  checkKind(entry, bare, bare.toUpperCase(), !!restriction, sink);
  if (action) sink.out.spans.push(actionSpan(line, col, word, action, sink));
  else if (restriction) restrictionSpans(entry, sink);
  if (!action || restCol < 0) return;
  const isReject = upper === 'REJECT';
  const isDefer = upper.startsWith('DEFER');
  if (!isReject && !isDefer) return;
  // REJECT/DEFER take an optional enhanced code at the start of the text, never a reply code.
  const number = /^(\d{3})(?=\s|$)/.exec(rest);
  let enhancedCol = restCol;
  if (number) {
    const code = number[1];
    const codeRange = range(line, restCol, restCol + 3);
    const header = sink.kind === 'header';
    const note = isReject ? (header ? sink.m.rejectNumberHeader(code) : sink.m.rejectNumber) : sink.m.deferNumber;
    // No code key: this number is text, and a hover explaining it as the code sent would mislead.
    sink.out.spans.push({ range: codeRange, title: sink.m.numberIsText(code), sections: [{ heading: sink.m.inLookup, paragraphs: [note] }] });
    const contradicts = (isReject && code[0] === '4') || (isDefer && code[0] === '5');
    // header_checks(5) has no DEFER: checkKind has reported the action already.
    const sameClass = (isReject && code[0] === '5') || (upper === 'DEFER' && code[0] === '4' && !header);
    if (sameClass) reportCodeInText(entry, word, code, restCol, rest, sink);
    if (contradicts) {
      const replacement = code;
      find(sink, 'lookup.code-out-of-range', range(line, col, restCol + 3), [code, isReject ? 'reject' : 'defer'], [
        { title: sink.m.fixReplaceAction(`${word} ${code}`, replacement), edits: [{ range: range(line, col, restCol + 3), newText: replacement }], preferred: true },
        { title: sink.m.fixReplaceAction(word, isReject ? 'DEFER' : 'REJECT'), edits: [{ range: range(line, col, col + word.length), newText: isReject ? 'DEFER' : 'REJECT' }] },
      ]);
    }
    const after = rest.slice(3).search(/\S/);
    if (after < 0) return;
    enhancedCol = restCol + 3 + after;
  }
  const replyClass = isReject ? '5' : '4';
  enhancedCheck(line, result.slice(enhancedCol - col), enhancedCol, replyClass, upper, sink, upper);
}

/**
 * `REJECT 550 text`: what Postfix sends instead (the same statement as the number's hover) and the
 * fix for the table's kind. In access(5) the number can become the action; header_checks(5) has
 * no numeric action and always answers 550, so there the number is dropped from the text.
 */
function reportCodeInText(entry: Entry, word: string, code: string, restCol: number, rest: string, sink: Sink): void {
  const { line, col } = entry;
  const whole = range(line, col, restCol + 3);
  const isReject = word.toUpperCase() === 'REJECT';
  if (sink.kind === 'header') {
    const gap = rest.slice(3).search(/\S/);
    const end = gap < 0 ? restCol + 3 : restCol + 3 + gap;
    find(sink, 'lookup.reply-code-in-text', whole, [word, code, sink.m.headerRejectSent, sink.m.adviceHeader(word)], [
      { title: sink.m.fixRemoveNumber(code), edits: [{ range: range(line, restCol, end), newText: '' }], preferred: true },
    ]);
    return;
  }
  const sent = isReject ? '$access_map_reject_code (554)' : '$access_map_defer_code (450)';
  const advice = sink.kind === 'access' ? sink.m.adviceAccess(code) : sink.m.adviceAnyTable(code);
  // A numeric action exists only in access(5): the fix is offered where the table is known to be one.
  const fixes = sink.kind === 'access' ? [{ title: sink.m.fixReplaceAction(`${word} ${code}`, code), edits: [{ range: range(line, col, restCol + 3), newText: code }], preferred: true }] : undefined;
  find(sink, 'lookup.reply-code-in-text', whole, [word, code, sent, advice], fixes);
}

/** Hovers every restriction of the result: a name alone, or a list (`permit_mynetworks, reject`). */
function restrictionSpans(entry: Entry, sink: Sink): void {
  const token = /[^\s,]+/g;
  for (let t = token.exec(entry.result); t; t = token.exec(entry.result)) {
    const restriction = postfixKnowledge.restriction(t[0]);
    // Table names (`hash:/etc/postfix/x`) and RBL domains between the names are arguments.
    if (!restriction) continue;
    const start = entry.col + t.index;
    sink.out.spans.push({
      range: range(entry.line, start, start + t[0].length),
      title: sink.m.restriction(restriction.name),
      sections: [{ heading: sink.m.description, paragraphs: restrictionParagraphs(restriction, sink.m, sink.lang) }],
      references: restriction.references,
    });
  }
}

/** Checks an action word against the table's kind; a word unknown to every kind is reported in any table. */
function checkKind(entry: Entry, word: string, upper: string, isRestriction: boolean, sink: Sink): void {
  const r = range(entry.line, entry.col, entry.col + word.length);
  if (sink.kind === 'access') {
    if (accessActions.has(upper) || isRestriction || sendmailActions.has(upper)) return;
    // A word with lower-case letters may be a restriction class defined in main.cf
    // (smtpd_restriction_classes), a restriction list (`permit_mynetworks, reject`), or belong to a
    // table that is named *_access but is no access(5) table (smtpd_discard_ehlo_keyword_address_maps
    // answers EHLO keywords such as `silent-discard, dsn`): only an upper-case word is surely an action.
    if (/[a-z]/.test(word)) return;
    find(sink, headerActions.has(upper) ? 'lookup.action-wrong-table' : 'lookup.unknown-action', r, [word, 'access']);
    return;
  }
  if (sink.kind === 'header') {
    if (headerActions.has(upper)) return;
    find(sink, accessActions.has(upper) || isRestriction ? 'lookup.action-wrong-table' : 'lookup.unknown-action', r, [word, 'header']);
    return;
  }
  // Unknown kind: only an upper-case word that no kind of table knows.
  if (/^[A-Z][A-Z_]*$/.test(word) && !accessActions.has(upper) && !headerActions.has(upper) && !sendmailActions.has(upper)) {
    find(sink, 'lookup.unknown-action', r, [word, 'any']);
  }
}

function numericAction(entry: Entry, word: string, rest: string, restCol: number, sink: Sink): void {
  const { line, col } = entry;
  const codeRange = range(line, col, col + word.length);
  if (/^\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(word)) {
    // An enhanced code is no action on its own (Postfix logs "unknown action" and answers 451 4.3.5).
    const action = word[0] === '4' ? 'DEFER' : 'REJECT';
    find(sink, 'lookup.malformed-code', codeRange, [word, 'digits'], [
      { title: sink.m.fixReplaceAction(word, `${action} ${word}`), edits: [{ range: range(line, col, col), newText: `${action} ` }], preferred: true },
    ]);
    return;
  }
  if (!/^\d{3}$/.test(word)) {
    // All-numeric results of other lengths (time stamps of pop-before-smtp) mean OK.
    if (/^\d+$/.test(word) && restCol < 0) return;
    if (/^\d{2,4}$/.test(word) || /^\d{3}[^\d\s]/.test(word)) find(sink, 'lookup.malformed-code', codeRange, [word, 'digits']);
    return;
  }
  const action = postfixKnowledge.action(word[0] === '4' ? '4NN' : '5NN');
  const sections: ViewSection[] = [{ heading: sink.m.inLookup, paragraphs: [sink.m.numericAction(word)] }];
  if (action) sections.push({ heading: sink.m.action(action.action), paragraphs: [action.description[sink.lang]] }, sources(action.references, sink));
  sink.out.spans.push({ range: codeRange, key: word, providerText: entry.result, sections });
  if (word[0] !== '4' && word[0] !== '5') {
    find(sink, 'lookup.code-out-of-range', codeRange, [word, 'numeric']);
    return;
  }
  if (restCol < 0) {
    find(sink, 'lookup.malformed-code', codeRange, [word, 'no-text'], [
      { title: sink.m.fixAddText, edits: [{ range: range(line, col + 3, col + 3), newText: ` ${sink.m.defaultText}` }], preferred: true },
    ]);
    return;
  }
  enhancedCheck(line, rest, restCol, word[0], word, sink);
}

/** Checks (and makes hoverable) an enhanced code at the start of `text`, which the reply of class `replyClass` sends. */
function enhancedCheck(line: number, text: string, col: number, replyClass: string, reply: string, sink: Sink, action?: string): void {
  const m = enhancedShape.exec(text);
  if (!m) return;
  const code = m[1];
  const codeRange = range(line, col, col + code.length);
  if (enhancedCodeProblem(code)) {
    find(sink, 'lookup.malformed-code', codeRange, [code, 'enhanced']);
    return;
  }
  const paragraphs = action ? [sink.m.enhancedAfterAction(action)] : [sink.m.numericAction(reply)];
  sink.out.spans.push({ range: codeRange, key: code, sections: [{ heading: sink.m.inLookup, paragraphs }] });
  const parts = parseEnhancedCode(code)!;
  if (parts.cls !== replyClass) {
    const fixed = `${replyClass}${code.slice(1)}`;
    find(sink, 'lookup.enhanced-class-mismatch', codeRange, [code, action ? `${action} (${replyClass}xx)` : reply], [
      { title: sink.m.fixEnhanced(code, fixed), edits: [{ range: range(line, col, col + 1), newText: replyClass }], preferred: true },
    ]);
  }
}

/** Sendmail: `ERROR:"550 5.7.1 text"`, `ERROR:550 text`, `ERROR:5.7.1:550 text`, `ERROR:"5.7.1:550 text"`. */
function sendmailError(entry: Entry, sink: Sink): void {
  const { line, col, result } = entry;
  const action = postfixKnowledge.action('ERROR:');
  if (action) sink.out.spans.push(actionSpan(line, col, 'ERROR', action, sink));
  let i = 6;
  if (result[i] === '"') i++;
  let enhanced: { code: string; col: number } | undefined;
  const dsn = /^(\d+\.\d+\.\d+):/.exec(result.slice(i));
  if (dsn) {
    enhanced = { code: dsn[1], col: col + i };
    i += dsn[0].length;
  }
  const reply = /^(\d+)(?=[\s"]|$)/.exec(result.slice(i));
  if (!reply) return;
  const code = reply[1];
  const codeCol = col + i;
  const codeRange = range(line, codeCol, codeCol + code.length);
  if (code.length !== 3) {
    find(sink, 'lookup.malformed-code', codeRange, [code, 'digits']);
    return;
  }
  sink.out.spans.push({ range: codeRange, key: code, sections: [{ heading: sink.m.inLookup, paragraphs: [sink.m.sendmailError] }] });
  if (code[0] !== '4' && code[0] !== '5') {
    find(sink, 'lookup.code-out-of-range', codeRange, [code, 'numeric']);
    return;
  }
  if (enhanced) {
    enhancedCheck(line, `${enhanced.code} `, enhanced.col, code[0], code, sink);
  } else {
    const after = result.slice(i + 3).search(/\S/);
    if (after >= 0) enhancedCheck(line, result.slice(i + 3 + after), col + i + 3 + after, code[0], code, sink);
  }
}

function actionSpan(line: number, col: number, word: string, action: LookupActionEntry, sink: Sink): Span {
  if (sink.kind === 'header' && action.inHeaderChecks) {
    // access(5)'s reply-code parameter plays no part in header_checks(5).
    return {
      range: range(line, col, col + word.length),
      title: sink.m.action(action.action),
      sections: [{ heading: sink.m.description, paragraphs: [action.inHeaderChecks[sink.lang]] }],
      references: action.references,
    };
  }
  const paragraphs = [action.description[sink.lang]];
  const param = action.codeParameter ? postfixKnowledge.parameter(action.codeParameter) : undefined;
  if (param) paragraphs.push(`\`${param.name}\`: ${sink.m.defaultValue(param.default)}`);
  return {
    range: range(line, col, col + word.length),
    title: sink.m.action(action.action),
    sections: [{ heading: sink.m.description, paragraphs }],
    references: action.references,
  };
}

function sources(references: { label: string; url: string }[], sink: Sink): ViewSection {
  return { heading: sink.m.sources, paragraphs: references.map((r) => `${r.label}: \`${r.url}\``) };
}

function find(sink: Sink, rule: RuleId, r: Finding['range'], args: string[], fixes?: Fix[]): void {
  sink.out.findings.push({ rule, range: r, message: ruleMessage(rule, sink.lang, ...args), fixes });
}
