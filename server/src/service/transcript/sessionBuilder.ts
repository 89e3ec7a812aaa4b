/**
 * Builds the session model from the reader's units in one pass: groups reply lines into replies
 * (RFC 5321 §4.2.1), pairs each reply with the oldest unanswered command (pipelining, RFC 2920),
 * and follows the session state of RFC 5321 §4.1.4, RFC 3207 (STARTTLS), RFC 4954 (AUTH) and
 * RFC 3030 (BDAT). It reports nothing: the rules read what it recorded.
 */
import { knowledge } from '../../knowledge';
import type { SourceLine } from '../lines';
import { suggestCommand } from './commandSpelling';
import { isEhloKeyword, isMaskedAuthLine, readAuthArgs, readCommandWords, readEhloLine, readMailPath, readSmtplibSummary, type CommandWords, type MailPath } from './commandSyntax';
import { isCloseEvidence, isImplicitTlsEvidence, isSendmailHostChange, isStarttlsWithoutOffer, tlsEvidence } from './evidence';
import type { TranscriptReading, TranscriptUnit } from './reader';
import { CompactSentCommand, sentFlagBits, type Command, type Extension, type ModelEvent, type Reply, type ReplyLine, type Session, type Transaction, type TranscriptModel } from './sessionModel';
import { strayRepliesAfterEhlo } from './strayReply';
import { leadingEnhancedCode, parseReplyLine, type ReplyLineParts } from './transcriptLines';

const knownVerbs = new Set(knowledge.commands.map((c) => c.command));
// Commands of extensions and sister protocols that raw transcripts show (Postfix XCLIENT/XFORWARD,
// LMTP's LHLO, Exchange's X-verbs): sent by the client even though the knowledge has no entry.
export const extensionVerbs = new Set(['XCLIENT', 'XFORWARD', 'LHLO', 'XEXCH50', 'XUSR', 'XSHADOW', 'XAUTH']);
// Replies a server may open a connection with (RFC 5321 §3.1, §4.3.2; RFC 7504).
const greetingCodes = new Set(['220', '421', '554', '521']);
/** Commands whose shape base64 cannot have (a colon, a space, a known one-word verb). */
const commandShape = /^(?:(?:MAIL\s+FROM|RCPT\s+TO)\s?:|(?:EHLO|HELO|LHLO)\s+\S|(?:QUIT|RSET|NOOP|DATA|STARTTLS)\s*$)/i;
const looksLikeCommand = (text: string) => commandShape.test(text.trim());
const startsWithVerb = (text: string) => {
  const verb = /^\s*([A-Za-z][A-Za-z0-9-]*)/.exec(text)?.[1].toUpperCase();
  return verb !== undefined && (knownVerbs.has(verb) || extensionVerbs.has(verb));
};
/** A paste's mark of left-out lines: "...", "…", "[...]" alone on a line. */
// A Markdown code fence (the reader keeps it as an info line).
const markdownFence = /^\s{0,3}(?:```|~~~)/;
const elision = /^\s*(?:\.{3,}|…|\[\.{3}\]|\[…\])\s*$/;
/** Programs a user runs to open an SMTP session by hand. */
const connectingTools = new Set(['TELNET', 'NC', 'NCAT', 'NETCAT', 'OPENSSL', 'SOCAT', 'SWAKS', 'GNUTLS-CLI', 'CURL', 'SSH']);
export const credentialMechanisms = new Set(['PLAIN', 'LOGIN', 'XOAUTH2', 'OAUTHBEARER']);

/** The part of a unit that holds a protocol line (Exim's unmarked continuation lines are shifted). */
interface LineView {
  line: number;
  start: number;
  text: string;
  escaped?: boolean;
}

export function buildSessionModel(lines: SourceLine[], reading: TranscriptReading): TranscriptModel {
  const model = new SessionBuilder(lines, reading).build();
  // A stray line after an EHLO reply shows itself only by what it did to the pairing after it.
  const strays = strayRepliesAfterEhlo(model);
  if (!strays.size) return model;
  const rebuilt = new SessionBuilder(lines, reading, strays).build();
  rebuilt.build!.hadStrays = true;
  return rebuilt;
}

/** Whether a unit shows a reply's code: a tool that prints only the client's side shows none (`repliesShown`). */
export function showsReply(u: TranscriptUnit): boolean {
  return (u.kind === 'protocol' ? u.direction !== 'client' : u.kind === 'other' && !u.quoted) && /^\s*[2-5]\d\d(?:[ -]|$)/.test(u.text);
}

/**
 * The builder's state right after an unprompted greeting opened a new session (RFC 5321 §3.1): what
 * it needs to go on from there alone. The values that survive a session's start are kept; the rest
 * is what `startSession` sets.
 */
export interface SessionCheckpoint {
  /** The greeting that opened the session, and the unit after its last line. */
  greeting: Reply;
  nextUnit: number;
  state: CarriedState;
}

/**
 * The builder's fields that a session's start does not reset. (No AUTH exchange is open at a
 * checkpoint, and the DATA a message went ahead of is an earlier session's: they start unset.)
 */
interface CarriedState {
  lastReply?: Reply;
  followsReply: boolean;
  bdatLast: boolean;
  mailSinceLast: boolean;
  dataLines: number;
  dataStart: number;
  tls: boolean;
}

/** Two checkpoints at the same greeting lead to the same model from there on (`lastReply` is that greeting in both). */
export function sameCheckpoint(a: SessionCheckpoint, b: SessionCheckpoint): boolean {
  const x = a.state;
  const y = b.state;
  return (
    a.nextUnit === b.nextUnit &&
    a.greeting.lines[0].unit === b.greeting.lines[0].unit &&
    x.followsReply === y.followsReply &&
    x.bdatLast === y.bdatLast &&
    x.mailSinceLast === y.mailSinceLast &&
    x.dataLines === y.dataLines &&
    x.dataStart === y.dataStart &&
    x.tls === y.tls
  );
}

/** What the builder needs from the whole document, computed once per full build. */
export interface DocumentFacts {
  prefixed: boolean;
  clientMarksOnly: boolean;
  repliesShown: boolean;
  implicitTls: boolean;
  hasCrlf: boolean;
}

/** The facts of a document as the full build reads them (an edit that leaves them as they were needs no full build). */
export function documentFacts(lines: SourceLine[], units: TranscriptUnit[]): DocumentFacts {
  const prefixed = units.some((u) => u.kind === 'protocol' && u.dialect !== 'raw');
  return {
    prefixed,
    clientMarksOnly: prefixed && !units.some((u) => u.kind === 'protocol' && u.dialect !== 'raw' && u.direction !== 'client'),
    repliesShown: units.some(showsReply),
    implicitTls: units.some((u) => (u.kind === 'info' || u.kind === 'other') && (u.tls || isImplicitTlsEvidence(u.text))),
    hasCrlf: lines.some((l) => l.crlf),
  };
}

/**
 * The model of the sessions from a checkpoint on, built as the full build would go on from there,
 * until the first later greeting whose checkpoint `stopAt` accepts (the rest of the document is then
 * the previous model's): returns the model of these sessions and that checkpoint, if one was reached.
 */
export function resumeSessionModel(
  lines: SourceLine[],
  reading: TranscriptReading,
  facts: DocumentFacts,
  from: SessionCheckpoint | undefined,
  stopAt: (checkpoint: SessionCheckpoint) => boolean,
): { model: TranscriptModel; stop?: SessionCheckpoint } {
  const builder = new SessionBuilder(lines, reading, new Set(), facts);
  const model = builder.resume(from, stopAt);
  return { model, stop: builder.stopped };
}

class SessionBuilder {
  private readonly units: TranscriptUnit[];
  private readonly model: TranscriptModel;
  private readonly events: ModelEvent[];
  private session!: Session;
  private pending = new PendingCommands();
  private openReply?: Reply;
  private lastReply?: Reply;
  private clientSpokeSinceReply = false;
  /** A Markdown fence closed the block of the last reply: a lone word after it is prose ("and"), not typed. */
  private fenceSinceReply = false;
  /** The client line being read comes right after a finished reply: the client's turn. */
  private followsReply = false;
  /** Replies closed in the current session. */
  private sessionReplies = 0;
  /** A file with tool markers treats unprefixed lines as foreign text, not raw protocol. */
  private readonly prefixed: boolean;
  /** Only the client's lines carry a mark (`sendmail -v`: ">>> EHLO", replies bare). */
  private readonly clientMarksOnly: boolean;
  /** Whether the document shows any reply at all: a tool that prints only the client hides them all. */
  private readonly repliesShown: boolean;

  private greetingSeen = false;
  private heloSeen = false;
  private tls = false;
  private tlsReset = false;
  private authenticated = false;
  private quitSent = false;
  private closedBy?: string;
  private transaction?: Transaction;
  private bdatLast = false;
  private mailSinceLast = false;
  private inData = false;
  /** Message lines seen since the 354. */
  private dataLines = 0;
  private dataStart = -1;
  private inChunk = false;
  private awaitingAuthData?: string;
  private authCommand?: Command;
  private refusedData?: Command;
  /** Stray lines the client read as replies: from its side, that many more commands were answered. */
  private strayCredit = 0;
  /** The DATA whose message the client sent before its reply came. */
  private sentAhead?: Command;
  /** Per unit, once scanned: 1 when a reply follows it before the client speaks, 2 when none does. */
  private replyFollowsKnown?: Int8Array;

  constructor(
    lines: SourceLine[],
    reading: TranscriptReading,
    /** Units of replies known to be stray lines after an EHLO reply: they answer nothing. */
    private readonly strays: ReadonlySet<number> = new Set(),
    facts?: DocumentFacts,
  ) {
    this.units = reading.units;
    const known = facts ?? documentFacts(lines, this.units);
    this.prefixed = known.prefixed;
    this.clientMarksOnly = known.clientMarksOnly;
    this.repliesShown = known.repliesShown;
    const { implicitTls, hasCrlf } = known;
    this.model = { lines, reading, units: this.units, sessions: [], events: [], hasCrlf, implicitTls };
    this.model.build = { sessionEvents: [], checkpoints: [], facts: known, hadStrays: false };
    this.events = this.model.events;
  }

  build(): TranscriptModel {
    return this.resume(undefined, () => false);
  }

  /** Builds from a checkpoint (from the start without one) until `stopAt` accepts a later one. */
  resume(from: SessionCheckpoint | undefined, stopAt: (checkpoint: SessionCheckpoint) => boolean): TranscriptModel {
    let i = 0;
    if (from) {
      // As closeReply goes on after the greeting opened the session.
      Object.assign(this, from.state);
      this.startSession(from.greeting.lines[0].line);
      this.model.build!.checkpoints[0] = from;
      this.answer(from.greeting, this.pseudoCommand('CONNECT', from.greeting.lines[0].line));
      i = from.nextUnit;
    } else this.startSession(0);
    for (; i < this.units.length; i++) {
      this.visit(i, this.units[i]);
      const checkpoint = this.checkpointDue;
      if (!checkpoint) continue;
      this.checkpointDue = undefined;
      checkpoint.nextUnit = i + 1;
      if (stopAt(checkpoint)) {
        this.stopped = checkpoint;
        // The session this greeting opened belongs to the rest of the document.
        this.model.sessions.pop();
        this.model.build!.checkpoints.pop();
        this.events.length = this.model.build!.sessionEvents.pop()!;
        return this.model;
      }
    }
    if (this.openReply) this.finishOpenReply('end');
    this.endSession(this.model.lines.length - 1);
    return this.model;
  }

  /** The checkpoint of the session a greeting just opened, taken once its unit is read. */
  private checkpointDue?: SessionCheckpoint;
  stopped?: SessionCheckpoint;

  private startSession(line: number): void {
    this.session = { startLine: line, endLine: line, commands: [], transactions: [] };
    this.model.sessions.push(this.session);
    this.model.build!.sessionEvents.push(this.events.length);
    this.model.build!.checkpoints.push(undefined);
    this.greetingSeen = this.heloSeen = this.tlsReset = this.authenticated = this.quitSent = false;
    this.tls = this.model.implicitTls;
    this.closedBy = this.transaction = this.refusedData = undefined;
    this.pending.clear();
    this.sessionReplies = 0;
    this.strayCredit = 0;
  }

  private endSession(line: number): void {
    this.session.endLine = Math.max(this.session.startLine, line);
  }

  private visit(i: number, u: TranscriptUnit): void {
    if (u.kind === 'blank') return;
    if (u.quoted) return this.quotedReply(u);
    if ((u.kind === 'other' || u.kind === 'protocol') && elision.test(u.text)) return this.elided();
    if (u.kind === 'other' && isSendmailHostChange(u.text) && (this.session.greeting || this.session.commands.length || this.lastReply)) {
      if (this.openReply) this.finishOpenReply('next-command');
      this.endSession(u.line - 1);
      this.startSession(u.line);
      return;
    }
    if ((u.kind === 'info' || u.kind === 'other') && isCloseEvidence(u.text)) this.events.push({ kind: 'close-evidence', line: u.line });
    if ((u.kind === 'info' || u.kind === 'other') && isStarttlsWithoutOffer(u.text)) {
      this.events.push({ kind: 'starttls-without-offer', line: u.line, col: u.start, endCol: u.start + u.text.trimEnd().length });
    }
    if (u.kind === 'info' || (u.kind === 'other' && tlsEvidence.test(u.text))) {
      if (tlsEvidence.test(u.text) || u.tls) this.tls = true;
      if (markdownFence.test(u.text)) this.fenceSinceReply = true;
      const summary = u.dialect === 'smtplib' ? readSmtplibSummary(u.text) : undefined;
      if (summary) this.events.push({ kind: 'retcode', line: u.line, col: u.start + summary.offset, code: summary.code });
      return;
    }
    if (u.tls) this.tls = true;
    let direction = u.direction;
    if (u.kind === 'other' && this.openReply && /^\s*\d{3}(?:[ -]|$)/.test(u.text)) {
      // Exim's debug output prints the continuation lines of a multi-line reply without its marker
      // (indented by the transport, at the margin by the server).
      const indent = u.text.length - u.text.trimStart().length;
      const parts = parseReplyLine(u.text.trimStart());
      if (parts) {
        this.replyLine(i, { line: u.line, start: u.start + indent, text: u.text.trimStart(), escaped: u.escaped }, parts);
        return;
      }
    }
    // A tool's own lines between the lines of a multi-line reply (s_client -msg prints a TLS record
    // before each) do not end it: only a command can come between them.
    if (u.kind === 'other' && this.openReply && !this.prefixed && !startsWithVerb(u.text)) return;
    if (u.kind === 'other' && this.joinedEhloLine(u)) return;
    if (u.kind === 'other') {
      // Where only the client's lines are marked (the message too), a bare reply with its text is the server's turn.
      const serverTurn = this.clientMarksOnly && !u.echo && !!parseReplyLine(u.text)?.text.trim();
      if (this.prefixed && !serverTurn) {
        this.looseReply(u);
        return;
      }
      direction = serverTurn ? 'server' : 'either';
    }
    const reply = parseReplyLine(u.text);
    // Tools that never show the message body (Postfix, Exim) make a reply-shaped line a reply even
    // while DATA is open; in raw transcripts a body line may look like a reply.
    const bodyShown = u.dialect !== 'postfix' && u.dialect !== 'exim';
    // A raw transcript whose tool hid the message shows the final reply right after the 354: a
    // reply with an enhanced code there is the server's, not the first line of the message.
    const bodyHidden = this.inData && this.dataLines === 0 && reply !== undefined && leadingEnhancedCode(reply.text) !== undefined;
    if (direction === 'either') direction = reply && (!(this.inData && bodyShown) || bodyHidden) ? 'server' : 'client';

    if (direction === 'server') {
      if (this.inData) this.endData(u.line, false);
      if (reply) this.replyLine(i, u, reply);
      else this.codelessReply(i, u);
      return;
    }
    if (this.openReply) {
      // A tool that prints one line per packet, or only the first line it read ("s: 220-mx ESMTP" and then
      // the client's EHLO), leaves the rest of a multi-line reply unseen: a client answers only a whole reply.
      const lines = this.openReply.lines;
      if (lines.length === 1 || this.units[lines[lines.length - 1].unit]?.firstLineOnly) this.elided();
      else this.finishOpenReply('next-command');
    }
    if (this.strayEhloText(u)) return;
    this.followsReply = !this.clientSpokeSinceReply && !this.fenceSinceReply && this.lastReply !== undefined;
    this.clientSpokeSinceReply = true;
    if (this.inData) return this.dataLine(i, u);
    // A tool that hides the AUTH exchange's data lines shows the next command in their place.
    if (this.awaitingAuthData && !looksLikeCommand(u.text)) return this.authData(i, u);
    this.awaitingAuthData = undefined;
    // A raw transcript shows the octets of a BDAT chunk right after the command.
    if (this.inChunk && u.kind === 'other') return;
    if (this.refusedData && this.refusedDataText(i, u)) return;
    if (this.messageAhead(u)) return this.dataLine(i, u);
    this.commandLine(i, u);
  }

  // Replies ---------------------------------------------------------------------------------

  private replyLine(unit: number, v: LineView, parts: ReplyLineParts): void {
    this.inChunk = false;
    const replyLine: ReplyLine = {
      unit,
      line: v.line,
      col: v.start,
      code: interned(parts.code),
      separator: parts.separator,
      text: interned(parts.text),
      textCol: v.start + parts.textOffset,
      endCol: v.start + v.text.length,
      escaped: !!v.escaped,
      enhanced: undefined,
    };
    const enhanced = leadingEnhancedCode(parts.text);
    if (enhanced) replyLine.enhanced = enhancedAt(enhanced, replyLine.textCol);
    if (this.openReply) this.openReply.lines.push(replyLine);
    // Fields set later are in the literal, so that each reply keeps one object of fixed shape.
    else this.openReply = { lines: [replyLine], code: replyLine.code, answers: undefined };
    if (replyLine.separator !== '-') this.closeReply(this.openReply);
  }

  /** A client line arrived (or the file ended) while the reply still said "more lines follow". */
  /**
   * "..." where a paste left lines out: a reply open there ends unseen (no fault of the server's),
   * and what an EHLO reply offered is no longer known.
   */
  private elided(): void {
    const reply = this.openReply;
    if (!reply) return;
    this.closeReply(reply);
    if (reply.ehloLines) this.session.extensions = undefined;
  }

  private finishOpenReply(why: 'next-command' | 'end'): void {
    const reply = this.openReply!;
    reply.unfinished = why;
    this.closeReply(reply);
  }

  private closeReply(reply: Reply): void {
    const previous = this.lastReply;
    const clientSpoke = this.clientSpokeSinceReply;
    this.openReply = undefined;
    this.lastReply = reply;
    this.clientSpokeSinceReply = false;
    this.fenceSinceReply = false;
    const first = reply.lines[0];
    this.session.endLine = reply.lines[reply.lines.length - 1].line;
    // The server speaks first (RFC 5321 §3.1): a 220 before any reply of the session is its
    // greeting, even when the client already sent something (an "early talker").
    const earlyTalker = reply.code === '220' && !this.session.greeting && !this.sessionReplies && this.pending.length > 0 && !['STARTTLS', 'XCLIENT'].includes(this.pending.first!.verb);
    if (earlyTalker) for (const early of this.pending) early.beforeGreeting = true;
    this.sessionReplies++;
    let command: Command | undefined;
    if (this.strays.has(first.unit) && this.session.heloReply) {
      reply.strayAfterEhlo = this.session.heloReply;
      if (this.pending.length) this.strayCredit++;
    }
    else if (earlyTalker) command = this.pseudoCommand('CONNECT', first.line);
    else {
      // A greeting where QUIT's reply was due: the tool did not show that reply, and this is the next connection.
      if (reply.code === '220' && this.pending.length === 1 && this.pending.first!.verb === 'QUIT') this.pending.shift();
      command = this.sendmailAnswersHiddenCommand(reply) ? undefined : this.pending.shift();
    }
    if (!command && !this.session.greeting && !this.session.commands.length && !this.closedBy && !this.quitSent && greetingCodes.has(reply.code)) {
      command = this.pseudoCommand('CONNECT', first.line);
    } else if (!command && reply.code === '220' && (this.closedBy || this.quitSent || this.session.commands.length)) {
      // An unprompted greeting after the end of a session: a new connection.
      this.endSession(first.line - 1);
      this.startSession(first.line);
      this.noteCheckpoint(reply);
      command = this.pseudoCommand('CONNECT', first.line);
    } else if (!command && !clientSpoke && previous?.ehloLines && previous.answers && previous.code === reply.code) {
      // Nothing waits for it and it follows an EHLO reply directly: a line after that reply's last line.
      reply.strayAfterEhlo = previous;
    }
    this.answer(reply, command);
  }

  private answer(reply: Reply, command: Command | undefined): void {
    reply.answers = command;
    if (command) command.reply = reply;
    this.applyReply(reply);
    this.events.push({ kind: 'reply', reply, session: this.session });
  }

  /**
   * A greeting opened a session: the state that goes on from here, where nothing of the session
   * before is still open (then an edit after it needs the document only from here on).
   */
  private noteCheckpoint(greeting: Reply): void {
    if (this.awaitingAuthData || this.strays.size) return;
    const state: CarriedState = {
      lastReply: this.lastReply,
      followsReply: this.followsReply,
      bdatLast: this.bdatLast,
      mailSinceLast: this.mailSinceLast,
      dataLines: this.dataLines,
      dataStart: this.dataStart,
      tls: this.tls,
    };
    this.checkpointDue = { greeting, nextUnit: -1, state };
    this.model.build!.checkpoints[this.model.sessions.length - 1] = this.checkpointDue;
  }

  /**
   * Sendmail's "Transcript of session follows" shows only the last command of a pipelined group:
   * ">>> DATA" followed by two replies means the first answers a RCPT that is not shown.
   */
  private sendmailAnswersHiddenCommand(reply: Reply): boolean {
    const next = this.pending.first;
    const last = reply.lines[reply.lines.length - 1];
    if (next?.verb !== 'DATA' || this.pending.length > 1 || this.units[last.unit]?.dialect !== 'sendmail' || reply.code === '354') return false;
    for (let j = last.unit + 1; j < this.units.length && this.units[j].line < last.line + 20; j++) {
      const u = this.units[j];
      if (u.kind !== 'protocol') continue;
      return u.direction === 'server' && parseReplyLine(u.text) !== undefined;
    }
    return false;
  }

  private pseudoCommand(verb: string, line: number): Command {
    return { line, col: 0, verb, args: '', argsCol: 0, pipelined: false, reply: undefined };
  }

  /** The state changes a reply causes (RFC 5321 §4.1.4, RFC 3207 §4.2, RFC 4954, RFC 3030). */
  private applyReply(reply: Reply): void {
    const command = reply.answers;
    const cls = reply.code[0];
    // 221 closes the channel whatever it answers (Postfix ends a session on a non-SMTP line with it).
    if (reply.code === '421' || reply.code === '221') this.closedBy = reply.code;
    if (!command) return this.hiddenEhlo(reply);
    switch (command.verb) {
      case 'CONNECT':
        this.greetingSeen = true;
        this.session.greeting = reply;
        break;
      case 'EHLO':
      case 'HELO':
      case 'LHLO':
        if (cls === '2') {
          this.heloSeen = true;
          this.tlsReset = false;
          this.session.heloReply = reply;
          this.session.extensions = command.verb === 'HELO' ? new Map() : this.readExtensions(reply);
          // A tool that shows only the last line of a reply ("250 DSN") hides what was offered.
          if (command.verb !== 'HELO' && this.showsLastLineOnly(reply)) this.session.extensions = undefined;
          this.transaction = undefined;
        }
        break;
      case 'XCLIENT':
        // Postfix answers XCLIENT with a fresh greeting: the client must say EHLO again.
        if (reply.code === '220') {
          this.heloSeen = false;
          this.session.extensions = this.transaction = undefined;
        }
        break;
      case 'STARTTLS':
        if (reply.code === '220') {
          this.tls = this.tlsReset = true;
          this.heloSeen = this.authenticated = false;
          this.session.extensions = this.transaction = undefined;
        }
        break;
      case 'AUTH':
        if (reply.code === '235') this.authenticated = true;
        // The outline shows how the whole exchange ended, not the 334 that began it.
        (command.authOf ?? command).finalReply = reply;
        if (reply.code === '334') {
          this.awaitingAuthData = command.args.split(/\s+/)[0]?.toUpperCase() ?? '';
          this.authCommand = command.authOf ?? command;
        }
        break;
      case 'DATA':
        // The message went ahead of this 354 (messageAhead): it is not due again.
        if (reply.code === '354' && command === this.sentAhead) this.refusedData = undefined;
        else if (reply.code === '354') {
          this.inData = true;
          this.dataLines = 0;
          this.dataStart = command.line;
          this.refusedData = undefined;
          // Anything but 354 leaves the server reading commands: message text after it is no data.
        } else this.refusedData = command;
        break;
      case 'DATA-END':
        this.transaction = undefined;
        break;
      case 'MAIL':
        // "503 sender already given": a refused second MAIL leaves the first transaction open.
        if (cls !== '2' && this.transaction?.mail === command && this.transaction.openBefore) this.transaction = this.transaction.openBefore;
        break;
      case 'RSET':
        if (this.transaction) this.transaction.reset = true;
        this.transaction = undefined;
        this.bdatLast = false;
        break;
      case 'BDAT':
        if (/\bLAST\s*$/i.test(command.args)) this.transaction = undefined;
        break;
    }
  }

  /**
   * A tool that hides the client's first lines but shows the server's (Emacs smtpmail's trace) still
   * shows the EHLO reply: a multi-line 250 after the greeting whose lines are extension keywords.
   */
  private hiddenEhlo(reply: Reply): void {
    if (!this.session.greeting || this.session.commands.length) return;
    // The same trace hides STARTTLS but shows its 220; the EHLO after it is due again.
    if (reply.code === '220' && this.heloSeen && /\bTLS\b/i.test(reply.lines[0].text)) {
      this.tls = this.tlsReset = true;
      this.heloSeen = false;
      this.session.extensions = undefined;
      return;
    }
    if (reply.code !== '250' || this.heloSeen) return;
    // Its lines are extension keywords, or its first line greets the client (Sendmail's "Hello …, pleased to meet you").
    const keywords = reply.lines.slice(1).map((l) => readEhloLine(l.text, l.textCol)?.keyword);
    const offers = keywords.length > 0 && keywords.every((k) => k !== undefined && isEhloKeyword(k));
    if (!offers && !/\bHello\b|pleased to meet you/i.test(reply.lines[0].text)) return;
    this.heloSeen = true;
    this.session.heloReply = reply;
    // What a greeting alone offered is unknown.
    this.session.extensions = offers && !reply.unfinished ? this.readExtensions(reply) : undefined;
  }

  /** The client's next line after a DATA is no command and the message ends with its "." line: the message itself is shown. */
  private messageFollows(unit: number): boolean {
    let first = true;
    for (let j = unit + 1; j < this.units.length; j++) {
      const next = this.units[j];
      if (next.quoted || next.kind === 'info' || (next.kind === 'protocol' && next.direction === 'server')) continue;
      if (first && looksLikeCommand(next.text)) return false;
      first = false;
      if (next.text.trim() === '.') return true;
    }
    return false;
  }

  private readExtensions(reply: Reply): Map<string, Extension> {
    const extensions = new Map<string, Extension>();
    reply.ehloLines = [];
    const first = reply.lines[0];
    const word = first.text.trim().split(/\s+/)[0];
    reply.ehloFirstWord = { text: word, col: first.textCol + (first.text.length - first.text.trimStart().length) };
    for (const l of reply.lines.slice(1)) {
      const e = readEhloLine(l.text, l.textCol);
      if (!e) continue;
      // One object is both the ehlo-line and what the extension offers.
      const ehloLine = { keyword: interned(e.keyword), params: interned(e.params), col: e.col, written: interned(e.written), line: l.line };
      reply.ehloLines.push(ehloLine);
      extensions.set(e.keyword, ehloLine);
    }
    return extensions;
  }

  /**
   * A one-line EHLO reply that hides what was offered: its only word is an EHLO keyword, not the server's
   * domain ("250 DSN", the last line alone), or a tool joined its lines with spaces ("250 mx Hello c
   * PIPELINING SIZE 10240000 STARTTLS"), where a keyword's parameters cannot be told from the next keyword.
   */
  private showsLastLineOnly(reply: Reply): boolean {
    if (reply.lines.length !== 1) return false;
    const words = reply.lines[0].text.trim().split(/\s+/);
    const keyword = (w: string) => /^[A-Z0-9-]+$/.test(w) && isEhloKeyword(w);
    return (!words[0].includes('.') && isEhloKeyword(words[0].toUpperCase())) || words.slice(1).filter(keyword).length >= 2;
  }

  /** A server line without a reply code: an empty reply where one was due, or stray text. */
  private codelessReply(unit: number, u: TranscriptUnit): void {
    const due = this.pending.first ?? (!this.lastReply && !this.session.commands.length ? 'greeting' : undefined);
    const replyFollows = this.replyFollowsFrom(unit + 1);
    this.events.push({ kind: 'codeless-reply', unit, line: u.line, col: u.start, endCol: u.start + u.text.length, due, replyFollows });
  }

  /**
   * Whether a reply comes from unit `from` on before the client speaks: the reply may follow more of
   * the server's lines without a code (a tool's own values under the server's mark). Every unit the
   * scan passes has the same answer, so each is scanned once however many codeless lines precede it.
   */
  private replyFollowsFrom(from: number): boolean {
    const known = (this.replyFollowsKnown ??= new Int8Array(this.units.length + 1));
    let j = from;
    let answer = false;
    for (; j < this.units.length; j++) {
      if (known[j]) {
        answer = known[j] === 1;
        break;
      }
      const next = this.units[j];
      if (next.kind !== 'protocol') continue;
      if (next.direction === 'client') break;
      if (parseReplyLine(next.text) !== undefined) {
        answer = true;
        break;
      }
    }
    known.fill(answer ? 1 : 2, from, Math.min(j + 1, this.units.length));
    return answer;
  }

  /** Unprefixed reply-shaped text in a prefixed file: explained, but not part of the session. */
  private looseReply(u: TranscriptUnit): void {
    const parts = parseReplyLine(u.text.trimEnd());
    if (!parts) {
      // A command the tool logged twice, or a terminal's echo of one: its verb is explained where the copy stands.
      const words = u.echo || looksLikeCommand(u.text) ? readCommandWords(u.text) : undefined;
      if (words && knownVerbs.has(words.verb)) this.events.push({ kind: 'loose-command', line: u.line, col: u.start, verb: words.verb });
      return;
    }
    this.events.push({ kind: 'loose-reply', line: u.line, col: u.start, code: parts.code, text: parts.text, textCol: u.start + parts.textOffset, enhanced: leadingEnhancedCode(parts.text) });
  }

  /** A reply quoted in tool output (the reader found it): its code, or an enhanced code alone. */
  private quotedReply(u: TranscriptUnit): void {
    if (u.quotedCommand) {
      this.events.push({ kind: 'loose-command', line: u.line, col: u.start, verb: u.text });
      return;
    }
    const e = u.quotedEnhanced;
    if (!u.text) {
      if (e) this.events.push({ kind: 'loose-enhanced', line: u.line, col: e.col, code: e.code });
      return;
    }
    this.events.push({ kind: 'loose-reply', line: u.line, col: u.start, code: u.text, text: '', textCol: e?.col ?? u.start + 4, enhanced: e?.code });
  }

  // Client lines ----------------------------------------------------------------------------

  /**
   * A raw line right after the last line of an EHLO reply that is no command but a keyword or a
   * value on its own ("SIZE", "50000000"): the server's stray text, not the client's.
   */
  private strayEhloText(u: TranscriptUnit): boolean {
    const reply = this.lastReply;
    if (u.kind !== 'other' || this.prefixed || this.clientSpokeSinceReply || !reply?.ehloLines) return false;
    const word = u.text.trim();
    const first = word.split(/\s+/)[0].toUpperCase();
    const isKeyword = isEhloKeyword(first) && !knownVerbs.has(first) && !extensionVerbs.has(first);
    if (!isKeyword && !/^\d+$/.test(word)) return false;
    reply.strayText = { line: u.line, col: u.start + u.text.indexOf(word), text: word };
    return true;
  }

  /**
   * An unmarked keyword line right after a marked EHLO reply: the tool printed the reply's text as
   * one string whose later lines lost their codes ("C <-- S: 250 mx.example.com" then "PIPELINING"),
   * so the keyword is offered as if the server had sent "250-PIPELINING".
   */
  private joinedEhloLine(u: TranscriptUnit): boolean {
    const reply = this.lastReply;
    // Only after a one-line reply: a reply whose lines all carry their code was printed whole.
    if (!this.prefixed || this.clientSpokeSinceReply || this.openReply || !reply?.ehloLines || reply.code !== '250' || reply.lines.length > 1) return false;
    const e = readEhloLine(u.text, u.start);
    if (!e || !isEhloKeyword(e.keyword)) return false;
    const ehloLine = { keyword: interned(e.keyword), params: interned(e.params), col: e.col, written: interned(e.written), line: u.line };
    reply.ehloLines.push(ehloLine);
    this.session.extensions?.set(e.keyword, ehloLine);
    return true;
  }

  private commandLine(unit: number, u: TranscriptUnit): void {
    const words = readCommandWords(u.text);
    if (!words) return;
    words.verb = interned(words.verb);
    words.written = interned(words.written);
    const verb = words.verb;
    const explicitClient = u.kind === 'protocol' && u.direction === 'client';
    let suggestion: string | undefined;
    let typedWord = false;
    // A tool's sentence that starts with a verb's word ("Send error for <…>: Can't send mail …") is no command:
    // a typed command is written in one case, and its arguments are no prose.
    if (/^[A-Z][a-z]+$/.test(words.written) && (words.args ?? '').trim().split(/\s+/).length >= 3 && !/^(?:from|to)\s*:/i.test(words.args ?? '')) return;
    // A SASL mechanism is a short upper-case ASCII name (RFC 4954 §4): "AUTH PLAINでは" in a raw paste is the author's prose.
    if (!this.prefixed && verb === 'AUTH' && words.args && !/^[A-Za-z0-9_-]{1,20}(?:\s|$)/.test(words.args.trim())) return;
    // The shell command that opened the connection ("> telnet msx 25"), before the server said anything.
    if (!this.sessionReplies && !this.session.commands.length && connectingTools.has(verb)) return;
    if (!knownVerbs.has(verb)) {
      // In raw transcripts only upper-case words count: tool output in between is prose.
      const rawCommand = !this.prefixed && /^[A-Z0-9]+$/.test(words.written);
      suggestion = suggestCommand(verb);
      // A lone word typed where the client's turn begins (telnet's "exit") is the client's too.
      typedWord = !this.prefixed && this.followsReply && !words.args && /^[A-Za-z]{2,12}$/.test(words.written);
      // The server still answers a command it does not know (XCLIENT, LHLO, a typo): pair the reply
      // with it, so that later replies stay with their own commands.
      if (!explicitClient && !typedWord && !(rawCommand && (suggestion !== undefined || extensionVerbs.has(verb)))) return;
    }
    // The client took a stray line for the reply it waited for: it did not pipeline.
    const unanswered = Math.max(0, this.pending.length - this.strayCredit);
    const command: Command = {
      unit,
      line: u.line,
      col: u.start,
      verb,
      args: words.args,
      argsCol: u.start + words.argsOffset,
      pipelined: unanswered > 0,
      sent: this.sentCommand(words, explicitClient || typedWord, suggestion, u.start + u.text.length, !!u.escaped),
      reply: undefined,
    };
    this.session.endLine = u.line;
    if (!knownVerbs.has(verb)) command.unknown = true;
    else {
      if (verb === 'MAIL' || verb === 'RCPT') command.sent!.mailPath = internedPath(readMailPath(command.args, command.argsCol));
      if (verb === 'AUTH') command.sent!.auth = readAuthArgs(command.args, command.argsCol);
      this.applyCommand(command, u);
    }
    this.session.commands.push(command);
    this.pending.push(command);
    this.events.push({ kind: 'command', command, session: this.session });
  }

  /** O(1) per command: a client that sends without replies must not copy its ever longer queue each time. */
  private sentCommand(words: CommandWords, explicitClient: boolean, suggestion: string | undefined, endCol: number, escaped: boolean): CompactSentCommand {
    const t = this.transaction;
    const bit = sentFlagBits;
    const flags =
      (this.greetingSeen ? bit.greetingSeen : 0) |
      (this.heloSeen ? bit.heloSeen : 0) |
      (this.tlsReset ? bit.tlsReset : 0) |
      (this.tls ? bit.tls : 0) |
      (this.authenticated ? bit.authenticated : 0) |
      (this.quitSent ? bit.quitSent : 0) |
      (this.bdatLast ? bit.bdatLast : 0) |
      (this.mailSinceLast ? bit.mailSinceLast : 0) |
      (this.pending.hasReset() ? bit.resetPending : 0);
    return new CompactSentCommand(
      words,
      explicitClient,
      suggestion,
      endCol,
      escaped,
      flags,
      this.closedBy,
      this.session.extensions,
      t,
      t ? t.rcpts.length : 0,
      t?.data,
      this.session.transactions.length,
      this.pending.firstHelo(),
      Math.max(0, this.pending.length - this.strayCredit),
      this.pending.first,
    );
  }

  private applyCommand(command: Command, u: TranscriptUnit): void {
    switch (command.verb) {
      // RFC 821's SEND, SOML and SAML (§4.1.1) open a mail transaction as MAIL does.
      case 'SEND':
      case 'SOML':
      case 'SAML':
      case 'MAIL':
        this.transaction = { mail: command, rcpts: [], chunks: [], openBefore: this.transaction };
        this.session.transactions.push(this.transaction);
        this.bdatLast = false;
        this.mailSinceLast = true;
        break;
      case 'RCPT':
        this.transaction?.rcpts.push(command);
        break;
      case 'DATA':
        if (this.transaction) this.transaction.data = command;
        // A raw transcript may show the body without waiting for 354 (the reply comes later).
        if (u.escaped) this.dataStart = command.line;
        // A tool that shows the client's side only (PHPMailer at debug level 1) sends the message
        // after DATA because a 354 came: what follows is message text, not commands. (A server's
        // log that shows only the commands it received hides the message: a command follows.)
        if (!this.repliesShown && this.messageFollows(command.unit ?? -1)) {
          this.inData = true;
          this.dataLines = 0;
          this.dataStart = command.line;
        }
        break;
      case 'BDAT':
        if (this.transaction && !this.transaction.data) this.transaction.data = command;
        this.transaction?.chunks.push(command);
        this.inChunk = u.kind === 'other' && /^\d+/.test(command.args) && !/^0+\b/.test(command.args);
        if (/\bLAST\s*$/i.test(command.args)) {
          this.bdatLast = true;
          this.mailSinceLast = false;
          if (this.transaction) this.transaction.end = command;
        }
        break;
      case 'QUIT':
        this.quitSent = true;
        break;
    }
    if (command.verb !== 'DATA') this.refusedData = undefined;
  }

  private authData(unit: number, u: TranscriptUnit): void {
    const mechanism = this.awaitingAuthData!;
    this.awaitingAuthData = undefined;
    const text = u.text.trim();
    // The next command resumes after the server's reply.
    this.pending.push({ ...this.pseudoCommand('AUTH', u.line), args: mechanism, authOf: this.authCommand });
    if (isMaskedAuthLine(text)) return;
    const endCol = u.start + (credentialMechanisms.has(mechanism) ? u.text.trimEnd().length : text.length);
    this.events.push({ kind: 'auth-data', unit, line: u.line, col: u.start, endCol, mechanism });
  }

  /** After a refused DATA, lines up to "." that are no command are message text sent anyway. */
  private refusedDataText(unit: number, u: TranscriptUnit): boolean {
    const words = readCommandWords(u.text);
    if (words && knownVerbs.has(words.verb)) return false;
    this.events.push({ kind: 'refused-data-text', unit, line: u.line, col: u.start, endCol: u.start + u.text.trimEnd().length, data: this.refusedData! });
    if (u.text.trim() === '.') this.refusedData = undefined;
    return true;
  }

  // Message data ----------------------------------------------------------------------------

  /**
   * A client that took a stray line for a reply reads the reply to RCPT as DATA's and sends the
   * message: a header field while DATA waits for its reply starts the message, its 354 comes later.
   */
  private messageAhead(u: TranscriptUnit): boolean {
    const data = this.pending.last;
    if (data?.verb !== 'DATA' || data.reply || !this.strayCredit) return false;
    // A message starts with its header fields (RFC 5322 §2.2); a tool's note between DATA and its reply does not.
    if (!/^[A-Za-z][\w-]*:[ \t]/.test(u.text)) return false;
    const words = readCommandWords(u.text);
    if (words && (knownVerbs.has(words.verb) || extensionVerbs.has(words.verb))) return false;
    this.inData = true;
    this.dataLines = 0;
    this.dataStart = data.line;
    this.sentAhead = data;
    return true;
  }

  private dataLine(unit: number, u: TranscriptUnit): void {
    this.dataLines++;
    this.events.push({ kind: 'data-line', unit, line: u.line, col: u.start, text: u.text, escaped: !!u.escaped, endCol: u.start + u.text.length });
    const ends = u.escaped ? u.text === '.' || u.text.endsWith('\\r\\n.') : u.text === '.';
    if (ends) this.endData(u.line, true, u.start);
  }

  private endData(line: number, sawDot: boolean, dotCol = 0): void {
    this.inData = false;
    const endLine = sawDot ? line : line - 1;
    const end = { ...this.pseudoCommand('DATA-END', endLine), col: dotCol };
    if (this.transaction) this.transaction.end = end;
    this.pending.push(end);
    this.events.push({ kind: 'data-end', command: end, startLine: this.dataStart, endLine });
  }
}

/**
 * One string for each short word of the protocol however many lines show it (a code, a verb, an
 * enhanced code, "Ok"): a slice of a line under 13 characters is a copy, and a transcript repeats them.
 */
const shortStrings = new Map<string, string>();
function interned(text: string): string {
  if (text.length > 12) return text;
  const known = shortStrings.get(text);
  if (known !== undefined) return known;
  if (shortStrings.size < 10_000) shortStrings.set(text, text);
  return text;
}

/** One object per enhanced code and column: a reply line's `enhanced` is never changed, so lines share it. */
const enhancedCodes = new Map<string, { code: string; col: number }>();
function enhancedAt(code: string, col: number): { code: string; col: number } {
  const key = `${col} ${code}`;
  let known = enhancedCodes.get(key);
  if (!known) {
    known = { code: interned(code), col };
    if (enhancedCodes.size < 10_000) enhancedCodes.set(key, known);
  }
  return known;
}

function internedPath(path: MailPath | undefined): MailPath | undefined {
  if (!path) return undefined;
  path.keyword = interned(path.keyword);
  for (let i = 0; i < path.params.length; i++) path.params[i].name = interned(path.params[i].name);
  return path;
}

const isHelo = (verb: string) => verb === 'EHLO' || verb === 'HELO' || verb === 'LHLO';

/**
 * The commands still waiting for their replies, oldest first (replies pair FIFO). Every operation
 * is O(1) amortised, so a transcript that shows the client's side only, whose queue never drains,
 * stays linear.
 */
class PendingCommands {
  private items: (Command | undefined)[] = [];
  private head = 0;
  /** Positions in `items` of the EHLO/HELO/LHLO commands, and the first one not yet answered. */
  private helos: number[] = [];
  private heloHead = 0;
  private resets = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  get first(): Command | undefined {
    return this.items[this.head];
  }

  get last(): Command | undefined {
    return this.length ? this.items[this.items.length - 1] : undefined;
  }

  push(command: Command): void {
    if (isHelo(command.verb)) this.helos.push(this.items.length);
    if (command.verb === 'RSET') this.resets++;
    this.items.push(command);
  }

  shift(): Command | undefined {
    if (!this.length) return undefined;
    const command = this.items[this.head]!;
    this.items[this.head++] = undefined;
    if (command.verb === 'RSET') this.resets--;
    while (this.heloHead < this.helos.length && this.helos[this.heloHead] < this.head) this.heloHead++;
    if (!this.length) this.clear();
    else if (this.head >= 1024 && this.head * 2 >= this.items.length) this.compact();
    return command;
  }

  firstHelo(): Command | undefined {
    return this.heloHead < this.helos.length ? this.items[this.helos[this.heloHead]] : undefined;
  }

  hasReset(): boolean {
    return this.resets > 0;
  }

  clear(): void {
    this.items = [];
    this.helos = [];
    this.head = this.heloHead = this.resets = 0;
  }

  *[Symbol.iterator](): Iterator<Command> {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i]!;
  }

  /** Drops the answered slots once they are half the array (amortised O(1)). */
  private compact(): void {
    const head = this.head;
    this.items = this.items.slice(head);
    this.helos = this.helos.slice(this.heloHead).map((i) => i - head);
    this.head = this.heloHead = 0;
  }
}
