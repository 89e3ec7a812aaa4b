/**
 * What a transcript rule sees: the session model, the display language and a report function.
 * Rules read the model only; they never parse text and never know of each other (as ESLint's).
 */
import type { Range } from 'vscode-languageserver-types';
import type { Lang } from '../../../knowledge/types';
import type { Fix } from '../../analysis';
import type { RuleId } from '../../diagnosticRules';
import type { messagesFor } from '../../messages';
import type { Command, ModelEvent, Reply, Session, TranscriptModel } from '../sessionModel';

export interface RuleContext {
  model: TranscriptModel;
  lang: Lang;
  m: ReturnType<typeof messagesFor>;
  report(rule: RuleId, range: Range, args: string[], fixes?: Fix[]): void;
}

export interface TranscriptRule {
  /** The ids this rule reports (documented in docs/diagnostics.md). */
  ids: RuleId[];
  check(context: RuleContext): void;
}

// Every rule walks the same lists: each is built once per model.
const lists = new WeakMap<TranscriptModel, Map<string, unknown[]>>();

function listOf<T>(model: TranscriptModel, name: string, pick: (e: ModelEvent) => T | undefined): T[] {
  const byName = lists.get(model) ?? new Map<string, unknown[]>();
  lists.set(model, byName);
  let list = byName.get(name) as T[] | undefined;
  if (!list) {
    list = [];
    for (const e of model.events) {
      const item = pick(e);
      if (item) list.push(item);
    }
    byName.set(name, list);
  }
  return list;
}

/** Every reply of the transcript, in document order. */
export function replies(model: TranscriptModel): { reply: Reply; session: Session }[] {
  return listOf(model, 'replies', (e) => (e.kind === 'reply' ? { reply: e.reply, session: e.session } : undefined));
}

/** Every command the client sent (not the pseudo-commands), in document order. */
export function sentCommands(model: TranscriptModel): { command: Command; session: Session }[] {
  return listOf(model, 'commands', (e) => (e.kind === 'command' ? { command: e.command, session: e.session } : undefined));
}

export function eventsOf<K extends ModelEvent['kind']>(model: TranscriptModel, kind: K): Extract<ModelEvent, { kind: K }>[] {
  return model.events.filter((e): e is Extract<ModelEvent, { kind: K }> => e.kind === kind);
}
