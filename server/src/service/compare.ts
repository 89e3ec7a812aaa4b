/**
 * Comparison of two codes in the seed's shape: each code's title, class and description, the key
 * differences (class, permanence, who acts, which commands produce it) and when to use which.
 */
import { knowledge } from '../knowledge';
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

function commandsOf(item: Explainable, lang: Lang): string | undefined {
  if (item.kind !== 'reply-code') return undefined;
  const m = messagesFor(lang);
  const names = item.entry?.commands ?? [];
  if (!names.length) return undefined;
  return names
    .map((c) => (c === '*' ? m.anyCommand : c === 'CONNECT' ? m.greeting : c === 'DATA-END' ? m.endOfData : `\`${c}\``))
    .join(', ');
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
  const keyDifferences: string[] = [];
  if (a.code === b.code) keyDifferences.push(m.compareSame);
  keyDifferences.push(classLine);
  for (const item of [a, b]) {
    const digit = classDigit(item) as keyof typeof m.permanence;
    if (digit !== 'X') {
      keyDifferences.push(m.comparePermanence(item.code, m.permanence[digit]));
      keyDifferences.push(m.compareWhoActs(item.code, m.whoActs[digit as keyof typeof m.whoActs]));
    }
  }
  if (a.kind === 'enhanced-code' && b.kind === 'enhanced-code') {
    const subject = (x: typeof a) => knowledge.enhancedSubjects[String(x.parts.subject)]?.title[lang] ?? '?';
    keyDifferences.push(m.compareEnhancedSubjects(a.code, subject(a), b.code, subject(b)));
  }
  for (const item of [a, b]) {
    const commands = commandsOf(item, lang);
    if (item.kind === 'reply-code') keyDifferences.push(commands ? m.compareCommands(item.code, commands) : m.compareCommandsNone(item.code));
  }
  const whenToUseWhich = items.map((view) => ({
    label: m.compareFor(view.code, titleOf(view)),
    text: view.howToFix ? `${view.howToFix.sender} ${view.howToFix.admin}` : view.description.join(' '),
  }));
  return { title: m.compareTitle(va.title, vb.title), intro, items, keyDifferences, whenToUseWhich };
}
