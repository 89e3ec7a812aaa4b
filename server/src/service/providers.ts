/**
 * Provider notes: when a reply's text or host carries a provider's mark (gsmtp,
 * protection.outlook.com, [TSS04]…), what that provider means by the code.
 */
import { knowledge } from '../knowledge';
import type { Lang, Provider, Reference, VendorNote } from '../knowledge/types';
import type { ViewSection } from './explain';
import { leadingEnhancedCode } from './transcript/transcriptLines';
import { messagesFor } from './messages';

export interface ProviderMatch {
  provider: Provider;
  notes: VendorNote[];
}

export function identifyProvider(text: string): Provider | undefined {
  const lower = text.toLowerCase();
  return knowledge.providers.find((p) => p.marks.some((mark) => lower.includes(mark)));
}

/**
 * Notes of the provider named in `replyText` ("550 5.7.26 … gsmtp") that fit its basic and
 * enhanced code; a note with a text mark needs that mark in the text.
 */
export function providerNotes(replyText: string, host = ''): ProviderMatch | undefined {
  const provider = identifyProvider(`${replyText} ${host}`);
  if (!provider) return undefined;
  const basic = /^\s*(\d{3})\b/.exec(replyText)?.[1];
  const afterBasic = basic ? replyText.trimStart().slice(3).replace(/^[ -]/, '') : replyText.trimStart();
  const enhanced = leadingEnhancedCode(afterBasic) ?? /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(replyText)?.[1];
  const lower = replyText.toLowerCase();
  const candidates = knowledge.vendorNotes.filter(
    (n) =>
      n.provider === provider.id &&
      (n.basic === null || n.basic === basic) &&
      (n.enhanced === null || n.enhanced === enhanced) &&
      (n.basic !== null || n.enhanced !== null),
  );
  const marked = candidates.filter((n) => n.textMark && lower.includes(n.textMark.toLowerCase()));
  const notes = marked.length ? marked : candidates.filter((n) => !n.textMark);
  return notes.length ? { provider, notes } : undefined;
}

export function providerSections(match: ProviderMatch, lang: Lang): { sections: ViewSection[]; references: Reference[] } {
  const m = messagesFor(lang);
  const sections = match.notes.map((note) => ({
    heading: m.providerNote(match.provider.name),
    paragraphs: [
      note.meaning[lang],
      `${m.whatToDo}: ${note.action[lang]}`,
      ...(note.differsFromIana ? [`${m.differsFromIana}: ${note.differsFromIana[lang]}`] : []),
    ],
  }));
  const references = [...new Map(match.notes.map((n) => [n.source.url, n.source])).values()];
  return { sections, references };
}
