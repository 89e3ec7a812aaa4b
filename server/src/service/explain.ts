/**
 * Resolves what a token means (reply code, enhanced code, command, extension keyword) and builds
 * the language-specific ExplanationView that every output (hover, CLI text, JSON) renders.
 */
import { knowledge } from '../knowledge';
import type { BasicCodeEntry, CommandEntry, EnhancedCodeEntry, ExtensionEntry, Lang, Reference } from '../knowledge/types';
import { isOutsideReplyGrammar, parseEnhancedCode, replyCodeProblem, type EnhancedParts } from '../knowledge/codes';
import { messagesFor } from './messages';
import { providerSections, providerStrings, providersUsingCode } from './providers';

export type Explainable =
  | { kind: 'reply-code'; code: string; entry?: BasicCodeEntry }
  | { kind: 'enhanced-code'; code: string; parts: EnhancedParts; entry?: EnhancedCodeEntry }
  | { kind: 'enhanced-key'; code: string; entry: EnhancedCodeEntry }
  | { kind: 'command'; code: string; entry: CommandEntry }
  | { kind: 'extension'; code: string; entry: ExtensionEntry };

export interface ViewSection {
  heading: string;
  paragraphs: string[];
}

/** One explanation, localized, in named fields: the single input of every renderer. */
export interface ExplanationView {
  kind: Explainable['kind'];
  code: string;
  registered: boolean;
  title: string;
  /** "5xx Permanent Negative Completion" or "Class 5 (…), subject 1 (…)". */
  classLine: string;
  statusLine?: string;
  notice?: string;
  description: string[];
  whenYouSeeIt?: string;
  howToFix?: { sender: string; admin: string };
  sections: ViewSection[];
  relatedCodes: string[];
  references: Reference[];
}

/** Resolves "550", "5.1.1", "X.1.1", "MAIL" or "SIZE"; undefined when malformed or unknown. */
export function resolveExplainable(query: string): Explainable | undefined {
  const q = query.trim();
  if (/^\d{3}$/.test(q)) {
    // A second digit above 5 breaks RFC 5321's grammar but clients still read the first digit,
    // so such a code is explained from its class; only the first digit makes it unusable.
    return replyCodeProblem(q) === 'first-digit' ? undefined : { kind: 'reply-code', code: q, entry: knowledge.basic(q) };
  }
  const parts = parseEnhancedCode(q);
  if (parts) {
    return { kind: 'enhanced-code', code: `${parts.cls}.${parts.subject}.${parts.detail}`, parts, entry: knowledge.enhanced(parts.key) };
  }
  if (/^x\.\d{1,3}\.\d{1,3}$/i.test(q)) {
    const entry = knowledge.enhanced(q);
    return entry ? { kind: 'enhanced-key', code: entry.code, entry } : undefined;
  }
  const command = knowledge.command(q);
  if (command) return { kind: 'command', code: command.command, entry: command };
  const extension = knowledge.extension(q.replace(/=$/, ''));
  if (extension) return { kind: 'extension', code: extension.name, entry: extension };
  return undefined;
}

/** Known codes or names closest to a query that did not resolve, for one-line errors. */
export function nearestKnown(query: string, count = 3): string[] {
  const q = query.trim().toUpperCase();
  if (/^\d+$/.test(q)) {
    const n = Number(q.slice(0, 3).padEnd(3, '0'));
    return knowledge.basicCodes
      .map((e) => e.code)
      .sort((a, b) => Math.abs(Number(a) - n) - Math.abs(Number(b) - n) || Number(a) - Number(b))
      .slice(0, count);
  }
  const dotted = /^([^.]*)\.(\d+)\.(\d+)$/.exec(q);
  if (dotted) {
    const subject = Number(dotted[2]);
    const detail = Number(dotted[3]);
    const cls = ['2', '4', '5'].includes(dotted[1]) ? dotted[1] : '5';
    return knowledge.enhancedCodes
      .map((e) => e.code.split('.').map(Number))
      .sort((a, b) => Math.abs(a[1] - subject) * 1000 + Math.abs(a[2] - detail) - (Math.abs(b[1] - subject) * 1000 + Math.abs(b[2] - detail)))
      .slice(0, count)
      .map(([, s, d]) => `${cls}.${s}.${d}`);
  }
  const names = [...knowledge.commands.map((c) => c.command), ...knowledge.extensions.map((e) => e.name)];
  return names
    .map((name) => ({ name, d: editDistance(q, name) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, count)
    .map((x) => x.name);
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

export interface ExplainOptions {
  /**
   * Explain an unregistered code by the providers that use it (Microsoft's 5.7.708). On by default; hovers
   * turn it off and decide themselves, since they know which provider is speaking.
   */
  providerUsage?: boolean;
}

export function explain(item: Explainable, lang: Lang, options: ExplainOptions = {}): ExplanationView {
  switch (item.kind) {
    case 'reply-code':
      return item.entry ? basicView(item.entry, lang) : unregisteredBasicView(item.code, lang);
    case 'enhanced-code': {
      const view = enhancedView(item.code, item.parts, item.entry, lang);
      return view.registered || options.providerUsage === false ? view : withProviderUsage(view, lang);
    }
    case 'enhanced-key':
      return enhancedKeyView(item.entry, lang);
    case 'command':
      return commandView(item.entry, lang);
    case 'extension':
      return extensionView(item.entry, lang);
  }
}

export function replyClassLine(code: string, lang: Lang): string {
  const cls = knowledge.replyClasses[code[0]];
  return messagesFor(lang).replyClassLine(code[0], cls ? cls.title[lang] : '?');
}

function basicView(entry: BasicCodeEntry, lang: Lang): ExplanationView {
  const m = messagesFor(lang);
  const sections: ViewSection[] = (entry.otherMeanings ?? []).length
    ? [{
        heading: m.otherMeanings,
        paragraphs: entry.otherMeanings!.map((o) => `${o.context[lang]}: ${o.meaning[lang]} (${o.reference.label})`),
      }]
    : [];
  return {
    kind: 'reply-code',
    code: entry.code,
    registered: true,
    title: `${entry.code} ${entry.title[lang]}`,
    classLine: replyClassLine(entry.code, lang),
    statusLine: m.status[entry.status],
    description: [entry.description[lang]],
    whenYouSeeIt: entry.whenYouSeeIt[lang],
    howToFix: { sender: entry.fixSender[lang], admin: entry.fixAdmin[lang] },
    sections,
    relatedCodes: entry.relatedEnhanced,
    references: entry.references,
  };
}

function unregisteredBasicView(code: string, lang: Lang): ExplanationView {
  const m = messagesFor(lang);
  const cls = knowledge.replyClasses[code[0]];
  const second = knowledge.secondDigits[code[1]];
  // A second digit of 6 to 9 is not "unregistered but well-formed": it is outside the grammar.
  const outside = isOutsideReplyGrammar(code);
  return {
    kind: 'reply-code',
    code,
    registered: false,
    title: outside ? m.outsideGrammarTitle(code) : m.genericTitle(code),
    classLine: replyClassLine(code, lang),
    notice: outside ? m.outsideGrammarBasic(code) : m.notRegisteredBasic(code),
    description: [
      `${m.firstDigit} ${code[0]} (${cls.title[lang]}): ${cls.description[lang]}`,
      second ? `${m.secondDigit} ${code[1]} (${second.title[lang]}): ${second.description[lang]}` : m.secondDigitOutOfRange(code[1]),
    ],
    sections: [],
    relatedCodes: knowledge.basicCodes.filter((e) => e.code.slice(0, 2) === code.slice(0, 2)).map((e) => e.code),
    references: knowledge.replyCodeReferences,
  };
}

function enhancedClassLine(cls: string, subject: number, lang: Lang): string {
  const m = messagesFor(lang);
  const clsTitle = knowledge.enhancedClasses[cls]?.title[lang] ?? '?';
  const subjectTitle = knowledge.enhancedSubjects[String(subject)]?.title[lang] ?? m.undefinedSubjectTitle;
  return m.enhancedClassLine(cls, clsTitle, String(subject), subjectTitle);
}

function enhancedView(code: string, parts: EnhancedParts, entry: EnhancedCodeEntry | undefined, lang: Lang): ExplanationView {
  const m = messagesFor(lang);
  const cls = knowledge.enhancedClasses[parts.cls];
  const subject = knowledge.enhancedSubjects[String(parts.subject)];
  if (!entry) {
    return {
      kind: 'enhanced-code',
      code,
      registered: false,
      title: m.genericTitle(code),
      classLine: enhancedClassLine(parts.cls, parts.subject, lang),
      notice: subject ? m.notRegisteredEnhanced(code) : m.undefinedSubjectEnhanced(code, String(parts.subject)),
      description: [
        `${m.enhancedClass} ${parts.cls} (${cls.title[lang]}): ${cls.description[lang]}`,
        subject ? `${m.enhancedSubject} ${parts.subject} (${subject.title[lang]}): ${subject.description[lang]}` : '',
      ].filter(Boolean),
      sections: [],
      relatedCodes: knowledge.enhancedCodes.filter((e) => e.code.split('.')[1] === String(parts.subject)).map((e) => e.code.replace('X', parts.cls)),
      references: knowledge.enhancedCodeReferences,
    };
  }
  const classText = entry.classes[parts.cls];
  // A class the knowledge describes (4.2.2, 5.2.2) says what is particular to it; the registry's
  // class-free text (X.2.2) stays with the X code, so the two classes share no paragraph.
  const sections: ViewSection[] = entry.registryNote && !classText ? [{ heading: m.registryNote, paragraphs: [entry.registryNote[lang]] }] : [];
  return {
    kind: 'enhanced-code',
    code,
    registered: true,
    title: `${code} ${entry.title[lang]}`,
    classLine: enhancedClassLine(parts.cls, parts.subject, lang),
    description: classText ? [classText.meaning[lang]] : [entry.description[lang], cls.description[lang]],
    whenYouSeeIt: classText?.whenYouSeeIt[lang],
    howToFix: classText ? { sender: classText.fixSender[lang], admin: classText.fixAdmin[lang] } : undefined,
    sections,
    relatedCodes: entry.basicCodes.filter((b) => b[0] === parts.cls),
    references: entry.references,
  };
}

/** An unregistered code that providers use: what each means by it leads, the registry's silence is the notice. */
function withProviderUsage(view: ExplanationView, lang: Lang): ExplanationView {
  const users = providersUsingCode(view.code);
  if (!users.length) return view;
  const parts = users.map((u) => providerSections(u, lang));
  const names = users.map((u) => u.provider.name).join(', ');
  return {
    ...view,
    notice: providerStrings(lang).notInRegistry(view.code, names),
    sections: [...parts.flatMap((p) => p.sections), ...view.sections],
    references: [...parts.flatMap((p) => p.references), ...view.references],
  };
}

/** "X.2.2" on its own: the shared description and each class's own text. */
function enhancedKeyView(entry: EnhancedCodeEntry, lang: Lang): ExplanationView {
  const m = messagesFor(lang);
  const subject = Number(entry.code.split('.')[1]);
  const sections: ViewSection[] = (['2', '4', '5'] as const)
    .filter((cls) => entry.classes[cls])
    .map((cls) => {
      const t = entry.classes[cls]!;
      return {
        heading: `${entry.code.replace('X', cls)}: ${knowledge.enhancedClasses[cls].title[lang]}`,
        paragraphs: [
          t.meaning[lang],
          `${m.whenYouSeeIt}: ${t.whenYouSeeIt[lang]}`,
          `${m.forSender}: ${t.fixSender[lang]}`,
          `${m.forAdmin}: ${t.fixAdmin[lang]}`,
        ],
      };
    });
  if (entry.registryNote) sections.push({ heading: m.registryNote, paragraphs: [entry.registryNote[lang]] });
  return {
    kind: 'enhanced-key',
    code: entry.code,
    registered: true,
    title: `${entry.code} ${entry.title[lang]}`,
    classLine: `${m.enhancedSubject} ${subject} (${knowledge.enhancedSubjects[String(subject)]?.title[lang] ?? m.undefinedSubjectTitle})`,
    description: [entry.description[lang]],
    sections,
    relatedCodes: entry.basicCodes,
    references: entry.references,
  };
}

function commandView(entry: CommandEntry, lang: Lang): ExplanationView {
  const m = messagesFor(lang);
  const rules = knowledge.replyRules[entry.command];
  const sections: ViewSection[] = [
    { heading: m.syntax, paragraphs: [`\`${entry.syntax}\``] },
    { heading: m.usage, paragraphs: [entry.usage[lang]] },
  ];
  if (entry.requiresExtension) sections[1].paragraphs.push(m.requiresExtension(entry.requiresExtension));
  if (entry.security) sections.push({ heading: m.security, paragraphs: [entry.security[lang]] });
  return {
    kind: 'command',
    code: entry.command,
    registered: true,
    title: `${entry.command}: ${entry.title[lang]}`,
    classLine: m.commandKind[entry.status],
    description: [entry.description[lang]],
    sections,
    relatedCodes: rules ? Object.keys(rules.allowed).sort() : [],
    references: entry.references,
  };
}

function extensionView(entry: ExtensionEntry, lang: Lang): ExplanationView {
  const m = messagesFor(lang);
  const sections: ViewSection[] = [
    { heading: m.syntax, paragraphs: [`\`${entry.syntax}\``] },
    { heading: m.usage, paragraphs: [entry.usage[lang]] },
  ];
  if (entry.parameters?.length) sections.push({ heading: m.parameters, paragraphs: [entry.parameters.map((p) => `\`${p}\``).join(', ')] });
  if (entry.extension) sections[1].paragraphs.push(m.enabledBy(entry.extension));
  return {
    kind: 'extension',
    code: entry.name,
    registered: true,
    title: `${entry.name}: ${entry.title[lang]}`,
    classLine: entry.kinds.map((k) => m.extensionKind[k]).join(', '),
    description: [entry.description[lang]],
    sections,
    relatedCodes: [],
    references: entry.references,
  };
}

/** The one-phrase meaning of a code for inlay hints and diagnostics. */
export function shortMeaning(code: string, lang: Lang): string | undefined {
  if (/^\d{3}$/.test(code)) {
    const entry = knowledge.basic(code);
    if (entry) return entry.summary[lang];
    if (replyCodeProblem(code) === 'first-digit') return undefined;
    return knowledge.replyClasses[code[0]]?.title[lang];
  }
  const parts = parseEnhancedCode(code);
  if (!parts) return undefined;
  return knowledge.enhanced(parts.key)?.summary[lang] ?? knowledge.enhancedSubjects[String(parts.subject)]?.title[lang];
}
