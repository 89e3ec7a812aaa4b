/**
 * The typed index over the bundled knowledge data. Built once at module load from
 * imported JSON (esbuild embeds it), read-only afterwards.
 */
import basicData from './data/basicCodes.json';
import enhanced0to3 from './data/enhancedCodes/subjects0to3.json';
import enhanced4to6 from './data/enhancedCodes/subjects4to6.json';
import enhanced7 from './data/enhancedCodes/subject7.json';
import commandData from './data/commands.json';
import extensionData from './data/extensions.json';
import { providerFiles } from './data/providers';
import classData from './data/classes.json';
import replyRuleData from './data/replyRules.json';
import postfixData from './data/postfixParameters.json';
import logStatusData from './data/logStatus.json';
import dsnFieldData from './data/dsnFields.json';
import type {
  BasicCodeEntry,
  CommandEntry,
  EnhancedCodeEntry,
  ExtensionEntry,
  Provider,
  ProviderFile,
  Reference,
  Text,
  VendorNote,
} from './types';

export * from './types';

interface TitledText {
  title: Text;
  description: Text;
}

export interface ReplyRule {
  allowed: Record<string, string>;
  definedIn: string;
}

export interface KnowledgeBase {
  basicCodes: readonly BasicCodeEntry[];
  enhancedCodes: readonly EnhancedCodeEntry[];
  commands: readonly CommandEntry[];
  extensions: readonly ExtensionEntry[];
  providers: readonly Provider[];
  vendorNotes: readonly VendorNote[];
  replyClasses: Record<string, TitledText>;
  secondDigits: Record<string, TitledText>;
  enhancedClasses: Record<string, TitledText>;
  enhancedSubjects: Record<string, TitledText>;
  replyCodeReferences: Reference[];
  enhancedCodeReferences: Reference[];
  /** Replies that may answer any command (421, 500, 501). */
  anyCommandReplies: ReadonlySet<string>;
  replyRules: Record<string, ReplyRule>;
  basic(code: string): BasicCodeEntry | undefined;
  /** By registry key "X.1.1". */
  enhanced(key: string): EnhancedCodeEntry | undefined;
  command(name: string): CommandEntry | undefined;
  extension(name: string): ExtensionEntry | undefined;
  provider(id: string): Provider | undefined;
}

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item).toUpperCase(), item]));
}

function buildKnowledge(): KnowledgeBase {
  const basicCodes = (basicData as { codes: BasicCodeEntry[] }).codes;
  const enhancedCodes = [enhanced0to3, enhanced4to6, enhanced7].flatMap(
    (file) => (file as { codes: EnhancedCodeEntry[] }).codes,
  );
  const commands = (commandData as { commands: CommandEntry[] }).commands;
  const extensions = (extensionData as { extensions: ExtensionEntry[] }).extensions;
  const { providers, notes } = loadProviders(providerFiles as readonly ProviderFile[]);
  const basicIndex = byKey(basicCodes, (e) => e.code);
  const enhancedIndex = byKey(enhancedCodes, (e) => e.code);
  const commandIndex = byKey(commands, (e) => e.command);
  const extensionIndex = byKey(extensions, (e) => e.name);
  const providerIndex = byKey(providers, (p) => p.id);
  return {
    basicCodes,
    enhancedCodes,
    commands,
    extensions,
    providers,
    vendorNotes: notes,
    replyClasses: classData.replyClasses,
    secondDigits: classData.secondDigits,
    enhancedClasses: classData.enhancedClasses,
    enhancedSubjects: classData.enhancedSubjects,
    replyCodeReferences: classData.references.replyCodes,
    enhancedCodeReferences: classData.references.enhancedCodes,
    anyCommandReplies: new Set(replyRuleData.anyCommand.map((r) => r.code)),
    replyRules: replyRuleData.commands as Record<string, ReplyRule>,
    basic: (code) => basicIndex.get(code),
    enhanced: (key) => enhancedIndex.get(key.toUpperCase()),
    command: (name) => commandIndex.get(name.toUpperCase()),
    extension: (name) => extensionIndex.get(name.toUpperCase()),
    provider: (id) => providerIndex.get(id.toUpperCase()),
  };
}

/** Providers and their notes from the per-provider files (data/providers/index.ts lists them). */
export function loadProviders(files: readonly ProviderFile[]): { providers: Provider[]; notes: VendorNote[] } {
  return {
    providers: files.map(({ id, name, hosts, replyMarks, references }) => ({ id, name, hosts, replyMarks, references })),
    notes: files.flatMap((f) => f.notes.map((n) => ({ provider: f.id, ...n }))),
  };
}

const textKeys = ['en', 'de'] as const;
const hostPattern = /^(\*\.)?[a-z0-9*-]+(\.[a-z0-9*-]+)+$/;
const enhancedPattern = /^[245]\.\d{1,3}\.(\d{1,3}|\d{1,3}-\d{1,3})( \/ [245]\.\d{1,3}\.(\d{1,3}|\d{1,3}-\d{1,3}))*$/;

/**
 * The problems of one provider file's shape, for the knowledge tests (the loader trusts the data at run
 * time: it is bundled and tested, not user input).
 */
export function providerFileProblems(file: unknown): string[] {
  const problems: string[] = [];
  const f = file as Partial<ProviderFile>;
  const where = typeof f?.id === 'string' ? f.id : '?';
  const isText = (t: unknown) => !!t && textKeys.every((k) => typeof (t as Record<string, unknown>)[k] === 'string' && ((t as Record<string, string>)[k]).trim() !== '');
  const isReference = (r: unknown) => !!r && typeof (r as Reference).label === 'string' && /^https:\/\/\S+$/.test((r as Reference).url ?? '');
  const isStrings = (a: unknown) => Array.isArray(a) && a.every((x) => typeof x === 'string' && x.trim() !== '');
  if (typeof f?.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(f.id)) problems.push(`${where}: id must be lower-case letters, digits and hyphens`);
  if (typeof f?.name !== 'string' || !f.name.trim()) problems.push(`${where}: name is missing`);
  if (!isStrings(f?.hosts) || !f.hosts!.every((h) => hostPattern.test(h))) problems.push(`${where}: hosts must be lower-case host patterns ("*.example.com", "example.com")`);
  if (!isStrings(f?.replyMarks)) problems.push(`${where}: replyMarks must be a list of strings`);
  if (!Array.isArray(f?.references) || !f.references.every(isReference)) problems.push(`${where}: references need a label and an https url`);
  if (!Array.isArray(f?.notes)) return [...problems, `${where}: notes must be a list`];
  f.notes.forEach((n, i) => {
    const at = `${where} note ${i} (${n?.basic ?? '*'} ${n?.enhanced ?? '*'})`;
    if (n.basic !== null && !(typeof n.basic === 'string' && /^[2-5]\d\d$/.test(n.basic))) problems.push(`${at}: basic must be a reply code or null`);
    if (n.enhanced !== null && !(typeof n.enhanced === 'string' && enhancedPattern.test(n.enhanced))) problems.push(`${at}: enhanced must be a code, a range, alternatives or null`);
    if (!Array.isArray(n.match) || !n.match.every((m) => typeof m === 'string' && m.trim() !== '')) problems.push(`${at}: match must be a list of non-empty strings`);
    else if (!n.match.length && n.basic === null && n.enhanced === null) problems.push(`${at}: a note without match needs a code`);
    if (!isText(n.meaning)) problems.push(`${at}: meaning needs en and de`);
    if (!isText(n.action)) problems.push(`${at}: action needs en and de`);
    if (n.differsFromIana !== undefined && !isText(n.differsFromIana)) problems.push(`${at}: differsFromIana needs en and de`);
    if (!isReference(n.source)) problems.push(`${at}: source needs a label and an https url`);
    const known = new Set(['basic', 'enhanced', 'match', 'meaning', 'action', 'differsFromIana', 'source']);
    for (const key of Object.keys(n)) if (!known.has(key)) problems.push(`${at}: unknown field ${key}`);
  });
  return problems;
}

export const knowledge: KnowledgeBase = buildKnowledge();

/** Fields of DSNs, feedback reports and bounce headers (RFC 3464, RFC 5965, RFC 3834). */
export const dsnFields: readonly import('./types').DsnFieldEntry[] = (dsnFieldData as { fields: import('./types').DsnFieldEntry[] }).fields;

/** A DSN/ARF field by name (case-insensitive), preferring the given scope when a name is in several. */
export function dsnField(name: string, scope?: import('./types').DsnFieldScope): import('./types').DsnFieldEntry | undefined {
  const lower = name.toLowerCase();
  const matches = dsnFields.filter((f) => f.name.toLowerCase() === lower);
  return matches.find((f) => f.scope === scope) ?? matches[0];
}

/** Postfix parameters, restrictions and lookup-table actions (postconf(5), access(5)), by name. */
export const postfixKnowledge = (() => {
  const data = postfixData as unknown as {
    parameters: import('./types').PostfixParameterEntry[];
    restrictions: import('./types').PostfixRestrictionEntry[];
    actions: import('./types').LookupActionEntry[];
  };
  const parameters = new Map(data.parameters.map((p) => [p.name, p]));
  const restrictions = new Map(data.restrictions.map((r) => [r.name, r]));
  const actions = new Map(data.actions.map((a) => [a.action, a]));
  return {
    parameters: data.parameters,
    restrictions: data.restrictions,
    actions: data.actions,
    parameter: (name: string) => parameters.get(name),
    restriction: (name: string) => restrictions.get(name.toLowerCase()),
    action: (name: string) => actions.get(name.toUpperCase()),
  };
})();

/** Mail-log status words by MTA and word ("postfix:bounced", "exim:**"). */
export const logStatusKnowledge = (() => {
  const statuses = (logStatusData as unknown as { statuses: import('./types').LogStatusEntry[] }).statuses;
  const index = new Map(statuses.map((s) => [`${s.mta}:${s.word}`, s]));
  return { statuses, status: (mta: string, word: string) => index.get(`${mta}:${word}`) };
})();
