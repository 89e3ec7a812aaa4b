/**
 * Per-code facts that comparisons are built from (data/codeFacts.json): the cause a code names, who can
 * act on it, what to change, whether and when a retry can succeed, and for enhanced codes the commands
 * they answer. Keys are full codes, so 4.2.2 and 5.2.2 have facts of their own.
 */
import data from './data/codeFacts.json';
import type { Reference, Text } from './types';

/** `nobody` waits out a passing condition; `noneNeeded` is for success replies, where there is nothing to fix. */
export type Actor = 'sender' | 'sendingAdmin' | 'clientSoftware' | 'recipient' | 'serverAdmin' | 'provider' | 'nobody' | 'noneNeeded';
export type RetryOutlook =
  | 'later'
  | 'laterNewConnection'
  | 'sameSession'
  | 'afterSenderChange'
  /** A 4.x.y that waiting cannot clear (4.1.3): the queue retries in vain until the sending side changes something. */
  | 'retriedUntilSenderChange'
  | 'afterRecipient'
  | 'afterAdmin'
  | 'afterChange'
  | 'otherRoute'
  /** 2xx and 2.x.x: nothing to retry. */
  | 'succeeded'
  /** 3xx: the client continues the exchange. */
  | 'nextStep';

export interface CodeFacts {
  /** Who can make the condition go away, most direct first. */
  actors: Actor[];
  retry: RetryOutlook;
  /** A clause: "the credentials (user name or password) were not accepted". */
  cause: Text;
  /** A noun phrase or imperative: "the credentials …, not the mechanism". */
  change: Text;
  /** Enhanced codes only: commands answered ("CONNECT", "DATA-END", "*"), or "LOCAL" for a status the sending MTA reports itself. */
  commands?: string[];
  references: Reference[];
}

/** Two codes that show up one after the other, and how. */
export interface CodeSequence {
  first: string;
  then: string;
  text: Text;
  references: Reference[];
}

export interface CodeFactsData {
  vocabulary: { actors: Record<Actor, Text>; retry: Record<RetryOutlook, Text> };
  codes: Record<string, CodeFacts>;
  sequences: CodeSequence[];
}

export const codeFacts = data as unknown as CodeFactsData;

export function factsFor(code: string): CodeFacts | undefined {
  return Object.hasOwn(codeFacts.codes, code) ? codeFacts.codes[code] : undefined;
}

/** The sequence linking two codes, in either order. */
export function sequenceOf(a: string, b: string): CodeSequence | undefined {
  return codeFacts.sequences.find((s) => (s.first === a && s.then === b) || (s.first === b && s.then === a));
}
