/**
 * What a user can ask to have explained: every registered code, command and keyword, for the
 * "SMTP: Explain Code…" quick pick and shell completion. Plus explain/compare as one call each.
 */
import { knowledge } from '../knowledge';
import type { Lang } from '../knowledge/types';
import { compare } from './compare';
import { explain, nearestKnown, resolveExplainable, type ExplanationView } from './explain';
import { messagesFor } from './messages';
import { comparisonToMarkdown, comparisonToText, explanationToMarkdown, explanationToText } from './render';
import type { ComparisonView } from './compare';

export interface CatalogItem {
  key: string;
  label: string;
  description: string;
}

export function catalog(lang: Lang): CatalogItem[] {
  const items: CatalogItem[] = [];
  for (const e of knowledge.basicCodes) items.push({ key: e.code, label: e.code, description: e.title[lang] });
  for (const e of knowledge.enhancedCodes) {
    for (const cls of ['2', '4', '5'] as const) {
      if (e.classes[cls]) items.push({ key: e.code.replace('X', cls), label: e.code.replace('X', cls), description: e.title[lang] });
    }
  }
  for (const e of knowledge.commands) items.push({ key: e.command, label: e.command, description: e.title[lang] });
  for (const e of knowledge.extensions) items.push({ key: e.name, label: e.name, description: e.title[lang] });
  return items;
}

export type OutputFormat = 'markdown' | 'text' | 'json';

export class UnknownCodeError extends Error {}

function resolveOrThrow(query: string, lang: Lang) {
  const item = resolveExplainable(query);
  if (!item) throw new UnknownCodeError(messagesFor(lang).unknownCode(query, nearestKnown(query).join(', ')));
  return item;
}

export function explainQuery(query: string, lang: Lang, format: OutputFormat): string {
  const view = explain(resolveOrThrow(query, lang), lang);
  if (format === 'json') return JSON.stringify(view, null, 2) + '\n';
  return format === 'markdown' ? explanationToMarkdown(view, lang, { titleLevel: 1 }) : explanationToText(view, lang);
}

function resolveCodeOrThrow(query: string, lang: Lang) {
  const item = resolveOrThrow(query, lang);
  if (item.kind !== 'reply-code' && item.kind !== 'enhanced-code') throw new UnknownCodeError(messagesFor(lang).compareCodesOnly(query));
  return item;
}

export function compareQuery(a: string, b: string, lang: Lang, format: OutputFormat): string {
  const view: ComparisonView = compare(resolveCodeOrThrow(a, lang), resolveCodeOrThrow(b, lang), lang);
  if (format === 'json') return JSON.stringify(view, null, 2) + '\n';
  return format === 'markdown' ? comparisonToMarkdown(view, lang) : comparisonToText(view, lang);
}

export type { ExplanationView };
