/**
 * The session model of a transcript: replies grouped and paired with the commands they answer,
 * sessions, transactions, and the state each command was sent in (RFC 5321 §4.1.4, RFC 3207,
 * RFC 4954, RFC 3030). Built once by sessionBuilder.ts; the rules and the results only read it.
 */
import { forEachLine, type LineEnding, type SourceLine } from '../lines';
import type { TranscriptReading, TranscriptUnit } from './reader';
import type { AuthArgs, CommandWords, EhloLine, MailPath } from './commandSyntax';
import type { DocumentFacts, SessionCheckpoint } from './sessionBuilder';

export interface ReplyLine {
  /** Index of the unit in reading.units. */
  unit: number;
  line: number;
  /** Column of the reply code. */
  col: number;
  code: string;
  separator: '-' | ' ' | '';
  text: string;
  textCol: number;
  enhanced?: { code: string; col: number };
  /** Where the line's protocol text ends. */
  endCol: number;
  /** The tool showed the line with its escapes (smtplib): its length is not the wire length. */
  escaped: boolean;
}

export interface Reply {
  lines: ReplyLine[];
  code: string;
  answers?: Command;
  /** The reply was still open ("250-") when the next client line came or the transcript ended. */
  unfinished?: 'next-command' | 'end';
  /** For a positive EHLO/LHLO reply: its ehlo-lines (RFC 5321 §4.1.1.1), the first line excluded. */
  ehloLines?: (EhloLine & { line: number })[];
  /** The first word of a positive EHLO reply: the server's domain (RFC 5321 §4.1.1.1). */
  ehloFirstWord?: { text: string; col: number };
  /** Nothing waited for this reply, and it came right after that EHLO reply: a stray line. */
  strayAfterEhlo?: Reply;
  /** For an EHLO reply: a line without a code right after its last line (a keyword or value alone). */
  strayText?: { line: number; col: number; text: string };
}

export interface Extension {
  params: string;
  line: number;
}

/** What the client could know when it sent a command. */
export interface SentState {
  greetingSeen: boolean;
  heloSeen: boolean;
  /** STARTTLS succeeded and no EHLO followed yet. */
  tlsReset: boolean;
  tls: boolean;
  authenticated: boolean;
  quitSent: boolean;
  closedBy?: string;
  extensions?: Map<string, Extension>;
  transaction?: Transaction;
  /** How many of the transaction's RCPTs had been sent (its first ones), and its first DATA/BDAT, at that moment. */
  rcptsSoFar: number;
  transactionData?: Command;
  bdatLast: boolean;
  mailSinceLast: boolean;
  transactionsSoFar: number;
  /** The EHLO/HELO of this session that still waits for its reply. */
  heloPending?: Command;
  /** How many commands were still waiting for their replies (the pseudo-command of the greeting excluded). */
  unansweredCount: number;
  /**
   * The oldest of them. Replies pair FIFO and a waiting command leaves the queue only with its reply
   * or with the whole session, so one of them was answered later exactly when this one was.
   */
  oldestUnanswered?: Command;
  /** A RSET still waits for its reply: the transaction is as good as closed. */
  resetPending: boolean;
}

/** A line of the document in two fields, the rest read from them: a transcript keeps one per line. */
class DocumentLine implements SourceLine {
  constructor(
    readonly text: string,
    readonly ending: LineEnding,
  ) {}

  get crlf(): boolean {
    return this.ending === '\r\n';
  }

  get hasNewline(): boolean {
    return this.ending !== '';
  }
}

const endingsByLength: LineEnding[] = ['', '\n', '\r\n'];

/** The editor's lines of a transcript, as splitLines gives them (lines.ts), each a smaller object. */
export function documentLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  forEachLine(text, (start, end, breakLength) => {
    lines.push(new DocumentLine(text.slice(start, end), breakLength === 1 && text.charCodeAt(end) === 13 ? '\r' : endingsByLength[breakLength]));
  });
  return lines;
}

/** SentState's yes/no facts, one bit each. */
export const sentFlagBits = {
  greetingSeen: 1,
  heloSeen: 2,
  tlsReset: 4,
  tls: 8,
  authenticated: 16,
  quitSent: 32,
  bdatLast: 64,
  mailSinceLast: 128,
  resetPending: 256,
} as const;

/**
 * What a command was sent with and in what state, as one object of fixed shape (its own `state`),
 * the state's yes/no facts in one number: every command keeps one, so a 50,000-line transcript
 * keeps tens of thousands of them.
 */
export class CompactSentCommand implements SentCommand, SentState {
  mailPath: MailPath | undefined = undefined;
  auth: AuthArgs | undefined = undefined;

  constructor(
    readonly words: CommandWords,
    readonly explicitClient: boolean,
    readonly suggestion: string | undefined,
    readonly endCol: number,
    readonly escaped: boolean,
    /** The yes/no facts of the state, as the sum of their `sentFlagBits`. */
    private readonly flags: number,
    readonly closedBy: string | undefined,
    readonly extensions: Map<string, Extension> | undefined,
    readonly transaction: Transaction | undefined,
    readonly rcptsSoFar: number,
    readonly transactionData: Command | undefined,
    readonly transactionsSoFar: number,
    readonly heloPending: Command | undefined,
    readonly unansweredCount: number,
    readonly oldestUnanswered: Command | undefined,
  ) {}

  get state(): SentState {
    return this;
  }

  get greetingSeen(): boolean {
    return (this.flags & sentFlagBits.greetingSeen) !== 0;
  }
  get heloSeen(): boolean {
    return (this.flags & sentFlagBits.heloSeen) !== 0;
  }
  get tlsReset(): boolean {
    return (this.flags & sentFlagBits.tlsReset) !== 0;
  }
  get tls(): boolean {
    return (this.flags & sentFlagBits.tls) !== 0;
  }
  get authenticated(): boolean {
    return (this.flags & sentFlagBits.authenticated) !== 0;
  }
  get quitSent(): boolean {
    return (this.flags & sentFlagBits.quitSent) !== 0;
  }
  get bdatLast(): boolean {
    return (this.flags & sentFlagBits.bdatLast) !== 0;
  }
  get mailSinceLast(): boolean {
    return (this.flags & sentFlagBits.mailSinceLast) !== 0;
  }
  get resetPending(): boolean {
    return (this.flags & sentFlagBits.resetPending) !== 0;
  }
}

export interface Command {
  unit?: number;
  line: number;
  col: number;
  /** Upper-cased verb, or CONNECT / DATA-END for the pseudo-commands. */
  verb: string;
  args: string;
  argsCol: number;
  reply?: Reply;
  /** Sent while earlier commands were still unanswered. */
  pipelined: boolean;
  /** A verb the knowledge does not describe (XCLIENT, LHLO, a typo): paired, but not explained. */
  unknown?: boolean;
  /** For the data lines of an AUTH exchange: the AUTH command they continue. */
  authOf?: Command;
  /** For AUTH: the reply that ended the exchange (235, 535…), after any 334 challenges. */
  finalReply?: Reply;
  /** Set for the commands the client sent (not the pseudo-commands). */
  sent?: SentCommand;
  /** Sent before the server's greeting arrived (RFC 5321 §3.1: the server speaks first). */
  beforeGreeting?: boolean;
}

export interface SentCommand {
  words: CommandWords;
  state: SentState;
  /** The reader said the client wrote this line (not inferred from a raw transcript). */
  explicitClient: boolean;
  /** A misspelling's likely command (EHL0 → EHLO). */
  suggestion?: string;
  endCol: number;
  escaped: boolean;
  mailPath?: MailPath;
  auth?: AuthArgs;
}

export interface Transaction {
  mail: Command;
  rcpts: Command[];
  data?: Command;
  /** Every BDAT of the transaction, the LAST one included. */
  chunks: Command[];
  end?: Command;
  reset?: boolean;
  /** The transaction that was open when this MAIL was sent (a nested MAIL): it stays open if this MAIL is refused. */
  openBefore?: Transaction;
}

export interface Session {
  startLine: number;
  endLine: number;
  greeting?: Reply;
  heloReply?: Reply;
  extensions?: Map<string, Extension>;
  commands: Command[];
  transactions: Transaction[];
}

/** What the model saw, in document order, for the rules and the results to visit. */
export type ModelEvent =
  | { kind: 'reply'; reply: Reply; session: Session }
  | { kind: 'command'; command: Command; session: Session }
  | { kind: 'auth-data'; unit: number; line: number; col: number; endCol: number; mechanism: string }
  | { kind: 'data-line'; unit: number; line: number; col: number; text: string; escaped: boolean; endCol: number }
  | { kind: 'data-end'; command: Command; startLine: number; endLine: number }
  /** Client lines after DATA was refused: message text the server reads as commands. */
  | { kind: 'refused-data-text'; unit: number; line: number; col: number; endCol: number; data: Command }
  /** A server line without a reply code (RFC 5321 §4.2): due says which reply was expected. */
  | { kind: 'codeless-reply'; unit: number; line: number; col: number; endCol: number; due?: Command | 'greeting'; replyFollows: boolean }
  /** Reply-shaped text outside the session in a prefixed file: explained, not paired. */
  | { kind: 'loose-reply'; line: number; col: number; code: string; text: string; textCol: number; enhanced?: string }
  /** smtplib's summary of a reply ("reply: retcode (250)"), not counted again. */
  | { kind: 'retcode'; line: number; col: number; code: string }
  | { kind: 'loose-enhanced'; line: number; col: number; code: string }
  | { kind: 'loose-command'; line: number; col: number; verb: string }
  | { kind: 'close-evidence'; line: number }
  | { kind: 'starttls-without-offer'; line: number; col: number; endCol: number };

export interface TranscriptModel {
  lines: SourceLine[];
  reading: TranscriptReading;
  units: TranscriptUnit[];
  sessions: Session[];
  events: ModelEvent[];
  /** Any line ends with CRLF, so bare LFs are visible. */
  hasCrlf: boolean;
  /** The document shows a connection with implicit TLS (port 465, smtps://). */
  implicitTls: boolean;
  /** How the builder went through the document, for re-building only part of it after an edit. */
  build?: BuildRecord;
  /** For a model of some sessions only: what the rest of the document says to the rules. */
  surroundings?: Surroundings;
}

export interface BuildRecord {
  /** Per session: the index of its first event. */
  sessionEvents: number[];
  /** Per session: the builder's state where an unprompted greeting opened it, if it can go on from there alone. */
  checkpoints: (SessionCheckpoint | undefined)[];
  facts: DocumentFacts;
  /** The model was built twice, with stray lines after EHLO replies set aside. */
  hadStrays: boolean;
}

/** What the events before and after a part of a transcript left for the rules (rules/data.ts). */
export interface Surroundings {
  /** The line endings of the last DATA and its 354 are the wire's; the last message line ended in a bare LF. */
  wireEndings: boolean;
  previousEndedBareLf: boolean;
  /** The document shows any reply; a command, reply or closed connection comes after this part. */
  anyReply: boolean;
  followed: boolean;
}

/** The commands the client sent in a transaction, in order (BDAT chunks, not the end of DATA). */
export function transactionCommands(t: Transaction): Command[] {
  return [t.mail, ...t.rcpts, ...(t.chunks.length ? t.chunks : t.data ? [t.data] : [])];
}

export function commandName(verb: string): string {
  if (verb === 'CONNECT') return 'connect';
  if (verb === 'DATA-END') return '<CRLF>.<CRLF>';
  return verb;
}
