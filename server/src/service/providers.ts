/**
 * Provider knowledge at work (issue 15): who is speaking (a reply mark in the text, else the host the
 * document shows), and which of that provider's notes fit the reply (its own tags and phrases before
 * the code pair alone). Hovers, bounce summaries and log summaries all ask here.
 */
import { knowledge } from '../knowledge';
import type { Lang, Provider, Reference, VendorNote } from '../knowledge/types';
import type { ViewSection } from './explain';
import { leadingEnhancedCode } from './transcript/transcriptLines';
import { messagesFor } from './messages';

export interface ProviderContext {
  /** The reply text, codes included ("550 5.7.26 … gsmtp"); a DSN type prefix ("smtp;") is allowed. */
  replyText?: string;
  /**
   * Hosts that may have spoken, the most telling first: the greeting and EHLO host of a transcript,
   * `host X said:` / `relay=` of a log line, Remote-MTA, Reporting-MTA, `Received: from` of a bounce.
   * A string may hold several, separated by spaces or semicolons ("dns; mx.example.net").
   */
  hosts?: string | readonly (string | null | undefined)[];
}

export interface Identification {
  provider: Provider;
  /** A mark in the reply names the provider; else the host did; 'code': the code is one only this provider uses. */
  by: 'reply-mark' | 'host' | 'code';
}

export interface ProviderMatch extends Identification {
  notes: VendorNote[];
}

// Addresses name recipients, not the server that answered ("<bob@yahoo.com>: unknown user").
// A match starts only where a run of address characters starts (the leftmost match always did):
// without the lookbehind every position of a long run without '@' rescanned the run (quadratic).
const addressPattern = /(?<![^\s<>"'(),;:])[^\s<>"'(),;:]+@[a-z0-9.-]+/gi;
const hostToken = /[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+/gi;

/** The provider a reply or its context names: a reply mark wins over any host (a gateway may relay another's reply). */
export function identifyProvider(context: ProviderContext): Identification | undefined {
  const text = (context.replyText ?? '').replace(addressPattern, ' ').toLowerCase();
  if (text) {
    let best: { provider: Provider; at: number; length: number } | undefined;
    for (const provider of knowledge.providers) {
      for (const mark of markIndex().get(provider.id)!) {
        const at = text.indexOf(mark);
        if (at >= 0 && (!best || at < best.at || (at === best.at && mark.length > best.length))) best = { provider, at, length: mark.length };
      }
    }
    if (best) return { provider: best.provider, by: 'reply-mark' };
  }
  const hosts = typeof context.hosts === 'string' ? [context.hosts] : context.hosts ?? [];
  for (const candidate of hosts) {
    for (const host of candidate?.toLowerCase().match(hostToken) ?? []) {
      if (/^[\d.]+$/.test(host)) continue;
      const provider = providerOfHost(host);
      if (provider) return { provider, by: 'host' };
    }
  }
  return undefined;
}

let marks: Map<string, string[]> | undefined;
function markIndex(): Map<string, string[]> {
  marks ??= new Map(knowledge.providers.map((p) => [p.id, p.replyMarks.map((m) => m.toLowerCase())]));
  return marks;
}

interface HostRule {
  provider: Provider;
  /** What every host the pattern matches ends with (the text after its last `*`): most hosts fail this cheap test. */
  suffix: string;
  pattern: RegExp;
  /** Longer patterns are more specific: "mail.protection.outlook.com" before "outlook.com". */
  weight: number;
}

let hostRules: HostRule[] | undefined;
const hostCache = new Map<string, Provider | null>();
const hostCacheLimit = 10_000;

/** "*.x" is any subdomain of x, a bare "x" is x and its subdomains, a "*" inside a label is any run of label characters. */
export function hostPatternToRegExp(pattern: string): RegExp {
  const lower = pattern.toLowerCase();
  const anySubdomain = lower.startsWith('*.');
  const rest = anySubdomain ? lower.slice(2) : lower;
  const body = rest.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\-]/g, '\\$&')).join('[a-z0-9-]*');
  return new RegExp(`^${anySubdomain ? '(?:[a-z0-9-]+\\.)+' : '(?:[a-z0-9-]+\\.)*'}${body}$`);
}

export function providerOfHost(host: string): Provider | undefined {
  const key = host.toLowerCase().replace(/\.$/, '');
  const cached = hostCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  hostRules ??= knowledge.providers
    .flatMap((provider) => provider.hosts.map((h) => ({ provider, suffix: h.toLowerCase().slice(h.lastIndexOf('*') + 1), pattern: hostPatternToRegExp(h), weight: h.replace(/^\*\./, '').length })))
    .sort((a, b) => b.weight - a.weight);
  const found = hostRules.find((rule) => key.endsWith(rule.suffix) && rule.pattern.test(key))?.provider;
  if (hostCache.size >= hostCacheLimit) hostCache.clear();
  hostCache.set(key, found ?? null);
  return found;
}

/** The basic and enhanced code of a reply text ("smtp; 550-5.7.26 …" gives 550 and 5.7.26). */
export function replyCodes(replyText: string): { basic?: string; enhanced?: string } {
  const text = replyText.replace(/^\s*[a-z][a-z0-9-]*;\s*/i, '').trimStart();
  const basic = /^#?([2-5]\d\d)(?=[\s-]|$)/.exec(text)?.[1];
  const afterBasic = basic ? text.slice(text.indexOf(basic) + 3).replace(/^[ -]/, '') : text;
  const enhanced = leadingEnhancedCode(afterBasic) ?? /(?:^|[^\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.]*\d)/.exec(text)?.[1];
  return { basic, enhanced };
}

/**
 * The notes of the provider speaking that fit the reply: a note with `match` needs one of its phrases
 * in the text, and such a note beats the notes that go by the code pair alone.
 */
export function providerNotes(replyText: string, hosts: ProviderContext['hosts'] = []): ProviderMatch | undefined {
  const identified = identifyProvider({ replyText, hosts });
  if (!identified) return undefined;
  const notes = notesFor(identified.provider, replyText);
  return notes.length ? { ...identified, notes } : undefined;
}

function notesFor(provider: Provider, replyText: string): VendorNote[] {
  const { basic, enhanced } = replyCodes(replyText);
  const lower = replyText.toLowerCase();
  const candidates = knowledge.vendorNotes.filter(
    (n) =>
      n.provider === provider.id &&
      (n.basic === null || n.basic === basic) &&
      (n.enhanced === null || (enhanced !== undefined && noteCoversEnhanced(n.enhanced, enhanced))),
  );
  // A provider's own tag found in the reply (`[TSS04]`, `RL000001`, `AUP#CXBL`) names the case more
  // precisely than any wording, so it outranks phrases; among tags, and among phrases, the longer wins.
  const phraseRank = (n: VendorNote) => Math.max(0, ...n.match.filter((m) => lower.includes(m.toLowerCase())).map(matchRank));
  const phrased = candidates.filter((n) => phraseRank(n) > 0).sort((a, b) => phraseRank(b) - phraseRank(a));
  if (phrased.length) return phrased.slice(0, maxNotes);
  return candidates.filter((n) => !n.match.length && (n.basic !== null || n.enhanced !== null)).slice(0, maxNotes);
}

const maxNotes = 2;
const tagBonus = 1000;

/**
 * RFC 5321's own wording of a reply code is what many servers (GMX's "550-Requested action not taken:
 * mailbox unavailable 550 invalid DNS MX …") put before their actual reason: a note that matches only
 * by it fits the reply, but any other phrase found in the reply names the case more precisely.
 */
const standardReplyTexts = new Set(
  [
    'Requested mail action okay, completed',
    'Service not available, closing transmission channel',
    'Requested mail action not taken: mailbox unavailable',
    'Requested action not taken: mailbox unavailable',
    'Requested action aborted: local error in processing',
    'Requested action not taken: insufficient system storage',
    'Requested mail action aborted: exceeded storage allocation',
    'Requested action not taken: mailbox name not allowed',
  ].map((text) => text.toLowerCase()),
);

function matchRank(match: string): number {
  if (standardReplyTexts.has(match.toLowerCase())) return 1;
  return match.length + (isTag(match) ? tagBonus : 0);
}

/** A tag is one token with a digit or a tag character in it, not a word of the reply's prose. */
function isTag(match: string): boolean {
  return !/\s/.test(match) && /[\d[#_:]/.test(match);
}

/**
 * Whether a note's enhanced code covers `code`: one code ("5.7.1"), a detail range as providers
 * publish them ("4.7.500-699") or alternatives ("5.4.6 / 5.4.14").
 */
export function noteCoversEnhanced(noteCode: string, code: string): boolean {
  return noteCode.split(' / ').some((alternative) => {
    const range = /^(\d\.\d{1,3})\.(\d{1,3})-(\d{1,3})$/.exec(alternative);
    if (!range) return alternative === code;
    const dot = code.lastIndexOf('.');
    const detail = Number(code.slice(dot + 1));
    return code.slice(0, dot) === range[1] && detail >= Number(range[2]) && detail <= Number(range[3]);
  });
}

/**
 * The providers that use an enhanced code the IANA registry does not have (Microsoft's 5.7.708), each
 * with its notes for it: those that go by the code alone first.
 */
export function providersUsingCode(code: string): ProviderMatch[] {
  const byProvider = new Map<string, VendorNote[]>();
  for (const n of knowledge.vendorNotes) {
    if (n.enhanced === null || !noteCoversEnhanced(n.enhanced, code)) continue;
    byProvider.set(n.provider, [...(byProvider.get(n.provider) ?? []), n]);
  }
  return [...byProvider].map(([id, notes]) => {
    const codeOnly = notes.filter((n) => !n.match.length);
    return { provider: knowledge.provider(id)!, by: 'code' as const, notes: (codeOnly.length ? codeOnly : notes).slice(0, maxNotes) };
  });
}

const strings = {
  en: {
    usedBy: (name: string) => `Used by ${name}`,
    notInRegistry: (code: string, names: string) => `The IANA registry does not list ${code}; ${names} uses it, as described here.`,
  },
  de: {
    usedBy: (name: string) => `Verwendet von ${name}`,
    notInRegistry: (code: string, names: string) => `Die IANA-Registry führt ${code} nicht; ${names} verwendet den Code wie hier beschrieben.`,
  },
} satisfies Record<Lang, unknown>;

export function providerStrings(lang: Lang) {
  return strings[lang];
}

export function providerSections(match: ProviderMatch, lang: Lang): { sections: ViewSection[]; references: Reference[] } {
  const m = messagesFor(lang);
  const heading = match.by === 'code' ? strings[lang].usedBy(match.provider.name) : m.providerNote(match.provider.name);
  // One heading for the provider, its notes below it in order (the best match first).
  const sections = [
    {
      heading,
      paragraphs: match.notes.flatMap((note) => [
        note.meaning[lang],
        `${m.whatToDo}: ${note.action[lang]}`,
        ...(note.differsFromIana ? [`${m.differsFromIana}: ${note.differsFromIana[lang]}`] : []),
      ]),
    },
  ];
  const references = [...new Map(match.notes.map((n) => [n.source.url, n.source])).values()];
  return { sections, references };
}

/** Every URL the provider data cites, with its provider: a provider's page belongs in a hover only beside that provider's note. */
export function providerOfReference(url: string): string | undefined {
  referenceOwners ??= new Map(
    [...knowledge.providers.flatMap((p) => p.references.map((r) => [r.url, p.id] as const)), ...knowledge.vendorNotes.map((n) => [n.source.url, n.provider] as const)],
  );
  return referenceOwners.get(url);
}
let referenceOwners: Map<string, string> | undefined;
