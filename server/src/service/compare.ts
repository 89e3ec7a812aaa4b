/**
 * Comparison of two codes in the seed's shape: each code's title, class and description, the key
 * differences and when to use which. The differences come from what each code means (codeFacts.json:
 * cause, who can act, what to change, when a retry can succeed), the commands it answers (the
 * per-command reply table) and how the two appear together, never from a template by class.
 */
import { knowledge } from '../knowledge';
import { codeFacts, factsFor, sequenceOf, type CodeFacts } from '../knowledge/codeFacts';
import type { Lang } from '../knowledge/types';
import { explain, type Explainable, type ExplanationView } from './explain';
import { messagesFor } from './messages';

export interface ComparisonView {
  title: string;
  intro: string;
  items: [ExplanationView, ExplanationView];
  keyDifferences: string[];
  whenToUseWhich: { label: string; text: string }[];
}

/** The sentences of the key differences; the vocabulary they fill in lives in codeFacts.json. */
const sentences = {
  en: {
    cause: (code: string, cause: string) => `Cause of ${code}: ${cause}.`,
    actors: (code: string, actors: string) => `Who can act on ${code}: ${actors}.`,
    actorsBoth: (a: string, b: string, actors: string) => `Who can act on ${a} and on ${b} alike: ${actors}.`,
    change: (code: string, change: string) => `What to change for ${code}: ${change}.`,
    retry: (code: string, outlook: string) => `Retry after ${code}: ${outlook}.`,
    retryBoth: (a: string, b: string, outlook: string) => `Retry after ${a} and after ${b} alike: ${outlook}.`,
    commandsBoth: (a: string, b: string, commands: string) => `${a} and ${b} both answer ${commands}.`,
    local: (code: string) => `${code} answers no command: the sending MTA reports it itself, in its log or in a bounce.`,
    unregisteredEnhanced: (subject: string) => `it is not in the IANA registry, so only its subject (${subject}) and the reply text tell what it means`,
    unregisteredEnhancedNoSubject: 'it is not in the IANA registry and its subject is undefined, so only the reply text tells what it means',
    unregisteredBasic: 'it is not a registered reply code, so only its first digit and the reply text tell what it means',
    or: ' or ',
  },
  de: {
    cause: (code: string, cause: string) => `Ursache von ${code}: ${cause}.`,
    actors: (code: string, actors: string) => `Wer bei ${code} handeln kann: ${actors}.`,
    actorsBoth: (a: string, b: string, actors: string) => `Wer bei ${a} wie bei ${b} handeln kann: ${actors}.`,
    change: (code: string, change: string) => `Was bei ${code} zu ändern ist: ${change}.`,
    retry: (code: string, outlook: string) => `Wiederholung nach ${code}: ${outlook}.`,
    retryBoth: (a: string, b: string, outlook: string) => `Wiederholung nach ${a} wie nach ${b}: ${outlook}.`,
    commandsBoth: (a: string, b: string, commands: string) => `${a} und ${b} antworten beide auf ${commands}.`,
    local: (code: string) => `${code} antwortet auf keinen Befehl: Der sendende MTA meldet ihn selbst, im Log oder in einer Unzustellbarkeitsnachricht.`,
    unregisteredEnhanced: (subject: string) => `er steht nicht in der IANA-Registry, daher sagen nur seine Kategorie (${subject}) und der Antworttext, was er bedeutet`,
    unregisteredEnhancedNoSubject: 'er steht nicht in der IANA-Registry, und seine Kategorie ist nicht festgelegt, daher sagt nur der Antworttext, was er bedeutet',
    unregisteredBasic: 'er ist kein registrierter Antwortcode, daher sagen nur seine erste Ziffer und der Antworttext, was er bedeutet',
    or: ' oder ',
  },
} satisfies Record<Lang, unknown>;

function classDigit(item: Explainable): string {
  return item.kind === 'reply-code' || item.kind === 'enhanced-code' ? item.code[0] : 'X';
}

interface ClassParts {
  /** "2xx" or "4.x.x"; empty for commands and keywords. */
  label: string;
  title: string;
}

function classParts(item: Explainable, lang: Lang): ClassParts {
  const digit = classDigit(item);
  if (item.kind === 'reply-code') return { label: `${digit}xx`, title: knowledge.replyClasses[digit].title[lang] };
  if (item.kind === 'enhanced-code') return { label: `${digit}.x.x`, title: knowledge.enhancedClasses[digit].title[lang] };
  return { label: '', title: explain(item, lang).classLine };
}

/** The first sentence of a paragraph, for the comparison's opening lines. */
function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s+[A-ZÄÖÜ`\d]|$)/.exec(text);
  return m ? m[0] : text;
}

/** The class-specific meaning where there is one (enhanced codes), else the description. */
function leadSentence(view: ExplanationView): string {
  return firstSentence(view.description[view.description.length - 1] ?? '');
}

/** Commands a code answers: a basic code's from the per-command reply table, an enhanced code's from its facts. */
function commandNames(item: Explainable): string[] {
  if (item.kind === 'reply-code') {
    const fromTable = Object.entries(knowledge.replyRules)
      .filter(([, rule]) => Object.hasOwn(rule.allowed, item.code))
      .map(([command]) => command);
    const names = knowledge.anyCommandReplies.has(item.code) ? ['*', ...fromTable] : fromTable;
    return names.length ? names : (item.entry?.commands ?? []);
  }
  return factsFor(item.code)?.commands ?? [];
}

function commandList(names: string[], lang: Lang): string {
  const m = messagesFor(lang);
  return names.map((c) => (c === '*' ? m.anyCommand : c === 'CONNECT' ? m.greeting : c === 'DATA-END' ? m.endOfData : `\`${c}\``)).join(', ');
}

/**
 * What a code without facts can still say of itself. Every registered code has facts (the comparisons test
 * holds that), so this is for unregistered codes such as 5.9.9 or 299: a clause that says so, never the
 * class or subject description, which reads as if it were the code's own cause.
 */
function fallbackCause(item: Explainable, view: ExplanationView, lang: Lang): string {
  const s = sentences[lang];
  if (item.kind === 'reply-code') return item.entry ? item.entry.summary[lang] : s.unregisteredBasic;
  if (item.kind === 'enhanced-code') {
    if (item.entry) return item.entry.summary[lang];
    const subject = knowledge.enhancedSubjects[String(item.parts.subject)];
    return subject ? s.unregisteredEnhanced(subject.title[lang]) : s.unregisteredEnhancedNoSubject;
  }
  return leadSentence(view).replace(/\.$/, '');
}

function actorList(facts: CodeFacts, lang: Lang): string {
  return facts.actors.map((a) => codeFacts.vocabulary.actors[a][lang]).join(sentences[lang].or);
}

function retryOutlook(item: Explainable, facts: CodeFacts | undefined, lang: Lang): string | undefined {
  if (facts) return codeFacts.vocabulary.retry[facts.retry][lang];
  const digit = classDigit(item) as keyof ReturnType<typeof messagesFor>['permanence'];
  return digit === 'X' ? undefined : messagesFor(lang).permanence[digit];
}

/** One sentence for both codes when they agree, else one per code. */
function pairwise(a: string, b: string, va: string | undefined, vb: string | undefined, one: (code: string, v: string) => string, both: (a: string, b: string, v: string) => string): string[] {
  if (va !== undefined && va === vb) return [both(a, b, va)];
  return [va === undefined ? '' : one(a, va), vb === undefined ? '' : one(b, vb)].filter(Boolean);
}

function keyDifferencesOf(a: Explainable, b: Explainable, views: [ExplanationView, ExplanationView], lang: Lang): string[] {
  const m = messagesFor(lang);
  const s = sentences[lang];
  const [fa, fb] = [factsFor(a.code), factsFor(b.code)];
  const out: string[] = [];
  const items: [Explainable, ExplanationView, CodeFacts | undefined][] = [[a, views[0], fa], [b, views[1], fb]];
  for (const [item, view, facts] of items) out.push(s.cause(item.code, facts ? facts.cause[lang] : fallbackCause(item, view, lang)));
  if (fa && fb) out.push(...pairwise(a.code, b.code, actorList(fa, lang), actorList(fb, lang), s.actors, s.actorsBoth));
  else for (const [item, , facts] of items) if (facts) out.push(s.actors(item.code, actorList(facts, lang)));
  for (const [item, , facts] of items) if (facts) out.push(s.change(item.code, facts.change[lang]));
  out.push(...pairwise(a.code, b.code, retryOutlook(a, fa, lang), retryOutlook(b, fb, lang), s.retry, s.retryBoth));
  const [ca, cb] = [commandNames(a), commandNames(b)];
  if (ca.length && ca.join() === cb.join() && !ca.includes('LOCAL')) out.push(s.commandsBoth(a.code, b.code, commandList(ca, lang)));
  else {
    for (const [item, names] of [[a, ca], [b, cb]] as const) {
      if (names.includes('LOCAL')) out.push(s.local(item.code));
      else if (names.length) out.push(m.compareCommands(item.code, commandList(names, lang)));
      else if (item.kind === 'reply-code') out.push(m.compareCommandsNone(item.code));
    }
  }
  if (a.kind === 'enhanced-code' && b.kind === 'enhanced-code') {
    const subject = (x: typeof a) => knowledge.enhancedSubjects[String(x.parts.subject)]?.title[lang] ?? '?';
    out.push(m.compareEnhancedSubjects(a.code, subject(a), b.code, subject(b)));
  }
  const sequence = sequenceOf(a.code, b.code);
  if (sequence) out.push(sequence.text[lang]);
  return out;
}

export function compare(a: Explainable, b: Explainable, lang: Lang): ComparisonView {
  const m = messagesFor(lang);
  const items: [ExplanationView, ExplanationView] = [explain(a, lang), explain(b, lang)];
  const [va, vb] = items;
  const titleOf = (view: ExplanationView) => view.title.replace(`${view.code} `, '').replace(`${view.code}: `, '');
  const classLine = m.compareClasses(
    { code: a.code, title: titleOf(va), label: classParts(a, lang).label, classTitle: classParts(a, lang).title },
    { code: b.code, title: titleOf(vb), label: classParts(b, lang).label, classTitle: classParts(b, lang).title },
  );
  const intro = [classLine, leadSentence(va), m.inContrast(leadSentence(vb))].join(' ');
  const keyDifferences = [classLine, ...(a.code === b.code ? [m.compareSame] : keyDifferencesOf(a, b, items, lang))];
  // The explanations' own labels, so a reader finds the same Sender / Server admin advice in both places.
  const whenToUseWhich = items.map((view) => ({
    label: m.compareFor(view.code, titleOf(view)),
    text: view.howToFix ? `${m.forSender}: ${view.howToFix.sender} ${m.forAdmin}: ${view.howToFix.admin}` : view.description.join(' '),
  }));
  return { title: m.compareTitle(va.title, vb.title), intro, items, keyDifferences, whenToUseWhich };
}
