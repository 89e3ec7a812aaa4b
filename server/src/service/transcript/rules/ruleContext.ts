/**
 * What a transcript rule sees: the session model, the display language and a report function.
 * Rules read the model only; they never parse text and never know of each other (as ESLint's).
 */
import type { Range } from 'vscode-languageserver-types';
import type { Lang } from '../../../knowledge/types';
import type { Finding, Fix } from '../../analysis';
import type { RuleId } from '../../diagnosticRules';
import type { messagesFor } from '../../messages';
import type { Command, ModelEvent, Reply, Session, TranscriptModel } from '../sessionModel';

export interface RuleContext {
  model: TranscriptModel;
  lang: Lang;
  m: ReturnType<typeof messagesFor>;
  /** `args` as a function where the message names another line: made again where an edit above moves that line. */
  report(rule: RuleId, range: Range, args: string[] | (() => string[]), fixes?: Fix[]): void;
}

/** The message of a finding that names another line, made again from the model once an edit above moved it (transcriptShift.ts). */
export const movedMessages = new WeakMap<Finding, () => string>();

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
    const events = model.events;
    for (let i = 0; i < events.length; i++) {
      const item = pick(events[i]);
      if (item) list.push(item);
    }
    byName.set(name, list);
  }
  return list;
}

/** Every reply of the transcript, in document order (its events: no object per reply). */
export function replies(model: TranscriptModel): { reply: Reply; session: Session }[] {
  return listOf(model, 'replies', (e) => (e.kind === 'reply' ? e : undefined));
}

/** Every command the client sent (not the pseudo-commands), in document order. */
export function sentCommands(model: TranscriptModel): { command: Command; session: Session }[] {
  return listOf(model, 'commands', (e) => (e.kind === 'command' ? e : undefined));
}

/** The model's events of one kind, in document order (every kind's list built in one pass over the events). */
export function eventsOf<K extends ModelEvent['kind']>(model: TranscriptModel, kind: K): Extract<ModelEvent, { kind: K }>[] {
  let byKind = eventsByKind.get(model);
  if (!byKind) {
    byKind = new Map();
    const events = model.events;
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      const list = byKind.get(e.kind);
      if (list) list.push(e);
      else byKind.set(e.kind, [e]);
    }
    eventsByKind.set(model, byKind);
  }
  return (byKind.get(kind) ?? []) as Extract<ModelEvent, { kind: K }>[];
}

const eventsByKind = new WeakMap<TranscriptModel, Map<ModelEvent['kind'], ModelEvent[]>>();

/** Drops the lists the rules walked, once they ran: a model kept for the next version need not keep them. */
export function forgetLists(model: TranscriptModel): void {
  lists.delete(model);
  eventsByKind.delete(model);
}
