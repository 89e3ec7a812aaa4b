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
import vendorData from './data/vendorNotes.json';
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
  const { providers, notes } = vendorData as unknown as { providers: Provider[]; notes: VendorNote[] };
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
