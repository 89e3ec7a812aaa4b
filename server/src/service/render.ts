/**
 * Renders ExplanationView and ComparisonView to markdown (hovers, previews) and plain text (CLI).
 * Everything from the knowledge base goes through escapeProse; nothing else reaches markdown raw.
 */
import type { Lang, Reference } from '../knowledge/types';
import type { ExplanationView, ViewSection } from './explain';
import type { ComparisonView } from './compare';
import { messagesFor } from './messages';
import { escapeMarkdown, escapeProse, plainProse } from './markdown';

export interface RenderOptions {
  /** Heading level of the title ("###" in hovers, "#" in previews). */
  titleLevel?: number;
  /** Extra sections (document context, provider notes) placed before the references. */
  extraSections?: ViewSection[];
  /** Leave out references (compact hovers). */
  omitReferences?: boolean;
  /** The most specific meaning (a provider's note, the reply's enhanced code), right under the title. */
  leadSections?: ViewSection[];
  /**
   * Fold the generic text below a horizontal rule and keep only the class line, the notice and the first
   * sentences of the description, with a pointer to the full explanation (hovers that lead with a note).
   */
  condensed?: boolean;
}

const moreText: Record<Lang, string> = { en: 'More: `SMTP: Explain Code…`', de: 'Mehr: `SMTP: Code erklären…`' };

/** The first two sentences of a paragraph: the gist of a generic description. */
function gist(paragraph: string): string {
  const sentences = paragraph.split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ`])/);
  return sentences.length > 2 ? sentences.slice(0, 2).join(' ') : paragraph;
}

export function explanationToMarkdown(view: ExplanationView, lang: Lang, options: RenderOptions = {}): string {
  const m = messagesFor(lang);
  const hashes = '#'.repeat(options.titleLevel ?? 3);
  const out: string[] = [`${hashes} ${escapeMarkdown(view.title)}`, ''];
  for (const s of options.leadSections ?? []) section(out, s.heading, s.paragraphs);
  if (options.condensed) out.push('---', '');
  out.push(`*${escapeMarkdown([view.classLine, view.statusLine].filter(Boolean).join(' · '))}*`, '');
  if (view.notice) out.push(`> ${escapeProse(view.notice)}`, '');
  if (options.condensed) {
    if (view.description.length) out.push(escapeProse(gist(view.description[0])), '');
  } else {
    section(out, m.description, view.description);
    if (view.whenYouSeeIt) section(out, m.whenYouSeeIt, [view.whenYouSeeIt]);
    if (view.howToFix) {
      out.push(`**${m.howToFix}**`, '');
      out.push(`- **${m.forSender}:** ${escapeProse(view.howToFix.sender)}`);
      out.push(`- **${m.forAdmin}:** ${escapeProse(view.howToFix.admin)}`, '');
    }
  }
  for (const s of [...(options.condensed ? [] : view.sections), ...(options.extraSections ?? [])]) section(out, s.heading, s.paragraphs);
  if (options.condensed) out.push(moreText[lang], '');
  if (view.relatedCodes.length) out.push(`**${m.relatedCodes}:** ${view.relatedCodes.map((c) => `\`${c}\``).join(', ')}`, '');
  const references = uniqueReferences(view.references);
  if (!options.omitReferences && references.length) {
    out.push(`**${m.references}:** ${references.map((r) => `[${escapeMarkdown(r.label)}](${r.url})`).join(' · ')}`, '');
  }
  return out.join('\n').trimEnd() + '\n';
}

/** Each reference once (by URL), in first-seen order. */
function uniqueReferences(references: readonly Reference[]): Reference[] {
  return [...new Map(references.map((r) => [r.url, r])).values()];
}

function section(out: string[], heading: string, paragraphs: string[]): void {
  if (!paragraphs.length) return;
  out.push(`**${escapeMarkdown(heading)}**`, '');
  for (const p of paragraphs) out.push(escapeProse(p), '');
}

export function explanationToText(view: ExplanationView, lang: Lang, options: RenderOptions = {}): string {
  const m = messagesFor(lang);
  const out: string[] = [view.title, [view.classLine, view.statusLine].filter(Boolean).join(' · '), ''];
  if (view.notice) out.push(plainProse(view.notice), '');
  textSection(out, m.description, view.description);
  if (view.whenYouSeeIt) textSection(out, m.whenYouSeeIt, [view.whenYouSeeIt]);
  if (view.howToFix) {
    textSection(out, m.howToFix, [`${m.forSender}: ${view.howToFix.sender}`, `${m.forAdmin}: ${view.howToFix.admin}`]);
  }
  for (const s of [...view.sections, ...(options.extraSections ?? [])]) textSection(out, s.heading, s.paragraphs);
  if (view.relatedCodes.length) textSection(out, m.relatedCodes, [view.relatedCodes.join(', ')]);
  if (!options.omitReferences && view.references.length) {
    textSection(out, m.references, uniqueReferences(view.references).map((r) => `${r.label} <${r.url}>`));
  }
  return out.join('\n').trimEnd() + '\n';
}

function textSection(out: string[], heading: string, paragraphs: string[]): void {
  if (!paragraphs.length) return;
  out.push(heading);
  for (const p of paragraphs) out.push(`  ${plainProse(p)}`);
  out.push('');
}

export function comparisonToMarkdown(view: ComparisonView, lang: Lang): string {
  const m = messagesFor(lang);
  const out: string[] = [`# ${escapeMarkdown(view.title)}`, '', escapeProse(view.intro), ''];
  for (const item of view.items) {
    out.push(`## ${escapeMarkdown(item.title)}`, '', `*${escapeMarkdown(item.classLine)}*`, '');
    if (item.notice) out.push(`> ${escapeProse(item.notice)}`, '');
    section(out, m.description, item.description);
    if (item.whenYouSeeIt) section(out, m.whenYouSeeIt, [item.whenYouSeeIt]);
  }
  out.push(`## ${m.keyDifferences}`, '');
  for (const d of view.keyDifferences) out.push(`- ${escapeProse(d)}`);
  out.push('', `## ${m.whenToUseWhich}`, '');
  for (const w of view.whenToUseWhich) out.push(`- **${escapeMarkdown(w.label)}:** ${escapeProse(w.text)}`);
  return out.join('\n').trimEnd() + '\n';
}

export function comparisonToText(view: ComparisonView, lang: Lang): string {
  const m = messagesFor(lang);
  const out: string[] = [view.title, '', plainProse(view.intro), ''];
  for (const item of view.items) {
    out.push(item.title, item.classLine, '');
    if (item.notice) out.push(plainProse(item.notice), '');
    textSection(out, m.description, item.description);
    if (item.whenYouSeeIt) textSection(out, m.whenYouSeeIt, [item.whenYouSeeIt]);
  }
  textSection(out, m.keyDifferences, view.keyDifferences);
  textSection(out, m.whenToUseWhich, view.whenToUseWhich.map((w) => `${w.label}: ${w.text}`));
  return out.join('\n').trimEnd() + '\n';
}
