/**
 * Postfix main.cf and master.cf: hovers on every parameter that takes a reply code (and on
 * soft_bounce and the *_tempfail_action settings), on the codes set there, and on the smtpd
 * restrictions in parameter values; diagnostics for codes Postfix does not accept, 4xx codes
 * where a permanent rejection is meant, and soft_bounce left on, each with its quick fix.
 */
import { postfixKnowledge } from '../../knowledge';
import type { Lang, PostfixParameterEntry, PostfixRestrictionEntry } from '../../knowledge/types';
import { emptyAnalysis, range, type Analysis, type Span } from '../analysis';
import { ruleMessage } from '../diagnosticRules';
import { shortMeaning, type ViewSection } from '../explain';
import { splitLines } from '../lines';
import { postfixMessages, restrictionParagraphs } from './postfixMessages';

/** A `name = value` setting: from a main.cf logical line or a master.cf `-o` override. */
export interface Setting {
  name: string;
  line: number;
  col: number;
  tokens: Token[];
}

export interface Token {
  text: string;
  line: number;
  col: number;
}

const mainLine = /^([A-Za-z0-9_.-]+)[ \t]*=[ \t]*/;
const tokenPattern = /[^\s,]+/g;
const overridePattern = /(?:^|\s)-o[ \t]+(?:\{[ \t]*)?([A-Za-z0-9_]+)[ \t]*=[ \t]*/g;

export function analyzePostfixMain(text: string, lang: Lang): Analysis {
  const settings: Setting[] = [];
  let current: Setting | undefined;
  splitLines(text).forEach(({ text: line }, n) => {
    const first = line.search(/\S/);
    if (first < 0 || line[first] === '#') return;
    if (first === 0) {
      const m = mainLine.exec(line);
      current = m ? { name: m[1], line: n, col: 0, tokens: tokensOf(line, m[0].length, n) } : undefined;
      if (current) settings.push(current);
    } else if (current) {
      current.tokens.push(...tokensOf(line, first, n));
    }
  });
  return new ConfigAnalyzer(lang, settings).run();
}

export function analyzePostfixMaster(text: string, lang: Lang): Analysis {
  const settings: Setting[] = [];
  splitLines(text).forEach(({ text: line }, n) => {
    const first = line.search(/\S/);
    if (first < 0 || line[first] === '#') return;
    overridePattern.lastIndex = 0;
    for (let m = overridePattern.exec(line); m; m = overridePattern.exec(line)) {
      const valueStart = m.index + m[0].length;
      const braced = m[0].includes('{');
      const end = braced ? indexOrEnd(line, '}', valueStart) : line.slice(valueStart).search(/\s|$/) + valueStart;
      settings.push({ name: m[1], line: n, col: m.index + m[0].indexOf(m[1]), tokens: tokensOf(line.slice(0, end), valueStart, n) });
    }
  });
  return new ConfigAnalyzer(lang, settings).run();
}

function indexOrEnd(line: string, ch: string, from: number): number {
  const at = line.indexOf(ch, from);
  return at < 0 ? line.length : at;
}

function tokensOf(line: string, from: number, n: number): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = from;
  for (let m = tokenPattern.exec(line); m; m = tokenPattern.exec(line)) tokens.push({ text: m[0], line: n, col: m.index });
  return tokens;
}

/** Postfix's accepted range for a parameter, as data says ("4xx", "5xx", "250"). */
export function acceptsCode(entry: PostfixParameterEntry, code: string): boolean {
  const accepted = entry.accepted ?? ['4xx', '5xx'];
  return accepted.some((a) => a === code || (a.endsWith('xx') && /^\d{3}$/.test(code) && code[0] === a[0]));
}

class ConfigAnalyzer {
  private readonly out = emptyAnalysis();
  private readonly m;
  /** The last setting of each parameter wins, as in Postfix. */
  private readonly lastSetting = new Map<string, Setting>();

  constructor(private readonly lang: Lang, private readonly settings: Setting[]) {
    this.m = postfixMessages(lang);
    for (const s of settings) this.lastSetting.set(s.name, s);
  }

  run(): Analysis {
    for (const setting of this.settings) {
      const entry = postfixKnowledge.parameter(setting.name);
      if (entry) this.parameter(setting, entry);
      for (const token of setting.tokens) {
        const restriction = postfixKnowledge.restriction(token.text);
        if (restriction) this.restriction(token, restriction);
      }
    }
    return this.out;
  }

  private parameter(setting: Setting, entry: PostfixParameterEntry): void {
    const value = setting.tokens[0];
    this.out.spans.push({
      range: range(setting.line, setting.col, setting.col + setting.name.length),
      title: this.m.parameter(entry.name),
      sections: this.parameterSections(entry, setting),
      references: entry.references,
    });
    if (!value || value.text.startsWith('$')) return;
    const valueRange = range(value.line, value.col, value.col + value.text.length);
    if (entry.kind === 'boolean' && entry.name === 'soft_bounce') {
      if (/^(?:yes|true|1)$/i.test(value.text)) {
        this.out.findings.push({
          rule: 'postfix.soft-bounce',
          range: valueRange,
          message: ruleMessage('postfix.soft-bounce', this.lang),
          fixes: [{ title: this.m.fixValue('no'), edits: [{ range: valueRange, newText: 'no' }], preferred: true }],
        });
      }
      return;
    }
    if (entry.kind !== 'reply-code') return;
    const code = value.text;
    if (/^\d{3}$/.test(code)) {
      this.out.spans.push({ range: valueRange, key: code, sections: [{ heading: this.m.valueOf(entry.name), paragraphs: this.valueParagraphs(entry, code) }] });
    }
    const fix = [{ title: this.m.fixValue(entry.default), edits: [{ range: valueRange, newText: entry.default }], preferred: true }];
    if (!acceptsCode(entry, code)) {
      this.out.findings.push({
        rule: 'postfix.code-out-of-range',
        range: valueRange,
        message: ruleMessage('postfix.code-out-of-range', this.lang, entry.name, code, this.acceptedText(entry)),
        fixes: fix,
      });
    } else if (entry.intent === 'permanent' && code[0] === '4') {
      this.out.findings.push({
        rule: 'postfix.temporary-reject-code',
        range: valueRange,
        message: ruleMessage('postfix.temporary-reject-code', this.lang, entry.name, code, entry.default),
        fixes: fix,
      });
    }
  }

  private acceptedText(entry: PostfixParameterEntry): string {
    const accepted = entry.accepted ?? ['4xx', '5xx'];
    const ranges = accepted.includes('5xx') ? this.m.rangeFourFive : this.m.rangeFour;
    return accepted.includes('250') ? this.m.rangeWith250(ranges) : ranges;
  }

  private parameterSections(entry: PostfixParameterEntry, setting: Setting): ViewSection[] {
    const details = [this.m.defaultValue(entry.default)];
    if (entry.kind === 'reply-code') {
      details.push(this.m.accepted(this.acceptedText(entry)));
      if (entry.intent) details.push(this.m.intent[entry.intent]);
    }
    if (entry.usedBy.length) details.push(this.m.usedBy(entry.usedBy.map((u) => `\`${u}\``).join(', ')));
    const value = setting.tokens[0]?.text;
    if (value) details.push(this.m.configured(setting.tokens.map((t) => t.text).join(' '), setting.line + 1));
    if (entry.kind === 'reply-code' && value && /^\d{3}$/.test(value)) details.push(...this.valueParagraphs(entry, value).slice(0, 2));
    if (entry.name === 'soft_bounce' && /^(?:yes|true|1)$/i.test(value ?? '')) details.push(this.m.softBounceOn);
    const sections: ViewSection[] = [
      { heading: this.m.description, paragraphs: [entry.description[this.lang]] },
      { heading: entry.name, paragraphs: details },
    ];
    if (entry.note) sections.push({ heading: this.m.note, paragraphs: [entry.note[this.lang]] });
    return sections;
  }

  /** What the configured code means: its short meaning and what the client does with it. */
  private valueParagraphs(entry: PostfixParameterEntry, code: string): string[] {
    const meaning = shortMeaning(code, this.lang);
    const paragraphs = meaning ? [this.m.codeMeaning(code, meaning)] : [];
    const forClient = this.m.forClient[code[0]];
    if (forClient) paragraphs.push(forClient);
    paragraphs.push(entry.description[this.lang], this.m.defaultValue(entry.default));
    return paragraphs;
  }

  private restriction(token: Token, entry: PostfixRestrictionEntry): void {
    const paragraphs = restrictionParagraphs(entry, this.m, this.lang);
    for (const name of entry.codeParameters) {
      const param = postfixKnowledge.parameter(name);
      if (!param) continue;
      const set = this.lastSetting.get(name);
      const value = set?.tokens[0]?.text ?? param.default;
      const origin = set ? this.m.originHere(set.line + 1) : this.m.originDefault;
      const meaning = /^\d{3}$/.test(value) ? shortMeaning(value, this.lang) : undefined;
      const replies = this.m.repliesWith(name, value, origin);
      paragraphs.push(meaning ? `${replies.slice(0, -1)}: ${meaning}.` : replies);
    }
    const span: Span = {
      range: range(token.line, token.col, token.col + token.text.length),
      title: this.m.restriction(entry.name),
      sections: [{ heading: this.m.description, paragraphs }],
      references: entry.references,
    };
    this.out.spans.push(span);
  }
}
