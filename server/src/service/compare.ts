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

function classTitle(item: Explainable, lang: Lang): string {
  const digit = classDigit(item);
  if (item.kind === 'reply-code') return `${digit}xx ${knowledge.replyClasses[digit].title[lang]}`;
  if (item.kind === 'enhanced-code') return `${digit}.x.x ${knowledge.enhancedClasses[digit].title[lang]}`;
  return explain(item, lang).classLine;
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
  const intro = [
    m.compareClasses(a.code, classTitle(a, lang), b.code, classTitle(b, lang)),
    `${va.title}: ${va.description[0]}`,
    `${vb.title}: ${vb.description[0]}`,
  ].join(' ');
  const keyDifferences: string[] = [];
  if (a.code === b.code) keyDifferences.push(m.compareSame);
  keyDifferences.push(m.compareClasses(a.code, classTitle(a, lang), b.code, classTitle(b, lang)));
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
    label: m.compareFor(view.code, view.title.replace(`${view.code} `, '')),
    text: view.howToFix ? `${view.howToFix.sender} ${view.howToFix.admin}` : view.description.join(' '),
  }));
  return { title: m.compareTitle(va.title, vb.title), intro, items, keyDifferences, whenToUseWhich };
}
