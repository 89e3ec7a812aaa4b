/**
 * Follows an SMTP transcript as RFC 5321's state machine: groups reply lines into replies, pairs
 * them with the commands they answer (pipelining included) and records hovers, findings, hints,
 * outline and folding in one pass over the lines.
 */
import { SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver-types';
import { knowledge } from '../../knowledge';
import { enhancedCodeProblem, parseEnhancedCode, replyCodeProblem } from '../../knowledge/codes';
import type { Lang } from '../../knowledge/types';
import { emptyAnalysis, range, type Analysis, type Finding, type Fix, type Span } from '../analysis';
import { ruleMessage, type RuleId } from '../diagnosticRules';
import { shortMeaning, type ViewSection } from '../explain';
import { messagesFor } from '../messages';
import { isReplyAllowed, expectedReplies, unambiguousReplacement } from './replyRules';
import { classifyLine, leadingEnhancedCode, parseReplyLine, type ClassifiedLine } from './transcriptLines';
import { splitLines, type SourceLine } from '../lines';
import { suggestCommand } from './commandSpelling';

interface ReplyLine {
  line: number;
  /** Column of the reply code. */
  col: number;
  code: string;
  separator: '-' | ' ' | '';
  text: string;
  textCol: number;
  enhanced?: { code: string; col: number };
}

interface Reply {
  lines: ReplyLine[];
  code: string;
  answers?: Command;
}

interface Command {
  line: number;
  col: number;
  /** Upper-cased verb, or CONNECT / DATA-END for the pseudo-commands. */
  verb: string;
  args: string;
  argsCol: number;
  reply?: Reply;
  /** Sent while earlier commands were still unanswered. */
  pipelined: boolean;
  /** For MAIL/RCPT: the replies earlier in the transaction were visible when this was sent. */
  afterVisibleReplies: boolean;
  /** A verb the knowledge does not describe (XCLIENT, LHLO, a typo): paired, but not explained. */
  unknown?: boolean;
  /** For the data lines of an AUTH exchange: the AUTH command they continue. */
  authOf?: Command;
  /** For AUTH: the reply that ended the exchange (235, 535…), after any 334 challenges. */
  finalReply?: Reply;
}

interface Extension {
  params: string;
  line: number;
}

interface Transaction {
  mail: Command;
  rcpts: Command[];
  data?: Command;
  /** Every BDAT of the transaction, the LAST one included. */
  chunks: Command[];
  end?: Command;
  reset?: boolean;
}

interface Session {
  startLine: number;
  endLine: number;
  greeting?: Reply;
  helo?: Command;
  heloReply?: Reply;
  extensions?: Map<string, Extension>;
  commands: Command[];
  transactions: Transaction[];
}

const knownVerbs = new Set(knowledge.commands.map((c) => c.command));
// Commands of extensions and sister protocols that raw transcripts show (Postfix XCLIENT/XFORWARD,
// LMTP's LHLO, Exchange's X-verbs): sent by the client even though the knowledge has no entry.
const extensionVerbs = new Set(['XCLIENT', 'XFORWARD', 'LHLO', 'XEXCH50', 'XUSR', 'XSHADOW', 'XAUTH']);
// Replies a server may open a connection with (RFC 5321 §3.1, §4.3.2; RFC 7504).
const greetingCodes = new Set(['220', '421', '554', '521']);
const credentialMechanisms = new Set(['PLAIN', 'LOGIN', 'XOAUTH2', 'OAUTHBEARER']);
const tlsEvidence = /SSL handshake has read|SSL connection using|New, TLSv1|Cipher is |=== TLS started|TLS connection (?:established|started)|-----BEGIN CERTIFICATE-----|Protocol *: TLSv/;

/** Which EHLO keyword a MAIL/RCPT parameter needs (RFC 1870, 6152, 3030, 3461, 4954, 6531, 8689, 2852, 6710, 4865). */
const parameterKeyword: Record<string, (value: string) => string | undefined> = {
  SIZE: () => 'SIZE',
  BODY: (v) => (v.toUpperCase() === '8BITMIME' ? '8BITMIME' : v.toUpperCase() === 'BINARYMIME' ? 'BINARYMIME' : undefined),
  SMTPUTF8: () => 'SMTPUTF8',
  REQUIRETLS: () => 'REQUIRETLS',
  RET: () => 'DSN',
  ENVID: () => 'DSN',
  NOTIFY: () => 'DSN',
  ORCPT: () => 'DSN',
  AUTH: () => 'AUTH',
  BY: () => 'DELIVERBY',
  'MT-PRIORITY': () => 'MT-PRIORITY',
  HOLDFOR: () => 'FUTURERELEASE',
  HOLDUNTIL: () => 'FUTURERELEASE',
};

/** How much longer a MAIL line may get per parameter (RFC 5321 §4.5.3.1.1 and the extension RFCs). */
const mailLineAllowance: Record<string, number> = { SIZE: 26, AUTH: 500, BODY: 16, REQUIRETLS: 11, SMTPUTF8: 9, RET: 9, ENVID: 108, BY: 30, 'MT-PRIORITY': 16 };

export function analyzeTranscript(text: string, lang: Lang): Analysis {
  return new TranscriptAnalyzer(splitLines(text), lang).run();
}

class TranscriptAnalyzer {
  private readonly m: ReturnType<typeof messagesFor>;
  private readonly out: Analysis = emptyAnalysis();
  private readonly sessions: Session[] = [];
  private session!: Session;
  private pending: Command[] = [];
  private openReply?: Reply;
  private lastReply?: Reply;
  private prefixed = false;
  private readonly hasCrlf: boolean;

  // Session state (RFC 5321 §4.1.4, RFC 3207, RFC 4954, RFC 3030).
  private greetingSeen = false;
  private heloSeen = false;
  private tls = false;
  private tlsReset = false;
  private authenticated = false;
  private quitSent = false;
  private closedBy?: string;
  private transaction?: Transaction;
  private bdatLast = false;
  private inData = false;
  private dataStart = -1;
  private awaitingAuthData?: string;
  private authCommand?: Command;
  private pipeliningReported = false;
  private previousLineEndedBareLf = false;
  private inChunk = false;
  private classified: ClassifiedLine[] = [];

  constructor(private readonly lines: SourceLine[], private readonly lang: Lang) {
    this.m = messagesFor(lang);
    this.hasCrlf = lines.some((l) => l.crlf);
  }

  run(): Analysis {
    const classified = this.lines.map((l) => classifyLine(l.text));
    this.classified = classified;
    // A file with tool markers treats unprefixed lines as foreign text, not raw protocol.
    this.prefixed = classified.some((c) => c.kind === 'protocol' && c.dialect !== 'raw');
    this.startSession(0);
    classified.forEach((c, i) => this.visit(i, c));
    if (this.openReply) this.finishOpenReply(true);
    this.endSession(this.lines.length - 1);
    this.buildCommandSpans();
    this.buildSymbols();
    return this.out;
  }

  private startSession(line: number): void {
    this.session = { startLine: line, endLine: line, commands: [], transactions: [] };
    this.sessions.push(this.session);
    this.greetingSeen = this.heloSeen = this.tls = this.tlsReset = this.authenticated = this.quitSent = false;
    this.closedBy = undefined;
    this.transaction = undefined;
    this.pending = [];
    this.pipeliningReported = false;
  }

  private endSession(line: number): void {
    this.session.endLine = Math.max(this.session.startLine, line);
  }

  private visit(line: number, c: ClassifiedLine): void {
    if (c.kind === 'blank') return;
    // Sendmail names each server it talks to: a new host is a new session.
    if (c.kind === 'other' && /^\.\.\. while talking to \S/.test(c.text) && (this.session.greeting || this.session.commands.length || this.lastReply)) {
      if (this.openReply) this.finishOpenReply(false);
      this.endSession(line - 1);
      this.startSession(line);
      return;
    }
    if (c.kind === 'info' || (c.kind === 'other' && tlsEvidence.test(c.text))) {
      if (tlsEvidence.test(c.text)) this.tls = true;
      if (c.dialect === 'smtplib') this.smtplibSummary(line, c);
      return;
    }
    if (c.tls) this.tls = true;
    let direction = c.direction;
    if (c.kind === 'other' && this.openReply && /^\s*\d{3}(?:[ -]|$)/.test(c.text)) {
      // Exim's debug output prints the continuation lines of a multi-line reply without its marker
      // (indented by the transport, at the margin by the server).
      const indent = c.text.length - c.text.trimStart().length;
      const parts = parseReplyLine(c.text.trimStart());
      if (parts) {
        this.replyLine(line, { ...c, kind: 'protocol', direction: 'server', start: c.start + indent, text: c.text.trimStart() }, parts);
        return;
      }
    }
    if (c.kind === 'other') {
      if (this.prefixed) {
        this.looseReply(line, c);
        return;
      }
      direction = 'either';
    }
    const reply = parseReplyLine(c.text);
    // Tools that never show the message body (Postfix, Exim) make a reply-shaped line a reply even
    // while DATA is open; in raw transcripts a body line may look like a reply.
    const bodyShown = c.dialect !== 'postfix' && c.dialect !== 'exim';
    if (direction === 'either') direction = reply && !(this.inData && bodyShown) ? 'server' : 'client';

    if (direction === 'server') {
      if (this.inData) this.endData(line, false);
      if (!reply) return;
      this.replyLine(line, c, reply);
      return;
    }
    if (this.openReply) this.finishOpenReply(false);
    if (this.inData) {
      this.dataLine(line, c);
      return;
    }
    if (this.awaitingAuthData) {
      this.authData(line, c);
      return;
    }
    // A raw transcript shows the octets of a BDAT chunk right after the command.
    if (this.inChunk && c.kind === 'other') return;
    this.commandLine(line, c);
  }

  // Replies ---------------------------------------------------------------------------------

  private replyLine(line: number, c: ClassifiedLine, parts: NonNullable<ReturnType<typeof parseReplyLine>>): void {
    this.inChunk = false;
    const replyLine: ReplyLine = {
      line,
      col: c.start,
      code: parts.code,
      separator: parts.separator,
      text: parts.text,
      textCol: c.start + parts.textOffset,
    };
    const enhanced = leadingEnhancedCode(parts.text);
    if (enhanced) replyLine.enhanced = { code: enhanced, col: replyLine.textCol };
    this.checkReplyLine(replyLine, c);

    const open = this.openReply;
    if (open) {
      open.lines.push(replyLine);
      if (replyLine.code !== open.code) {
        this.find('smtp.multiline-code-mismatch', range(line, c.start, c.start + 3), [replyLine.code, open.code], [
          { title: this.m.fixUnifyCode(open.code), edits: [{ range: range(line, c.start, c.start + 3), newText: open.code }], preferred: true },
        ]);
      }
    } else {
      this.openReply = { lines: [replyLine], code: replyLine.code };
    }
    if (replyLine.separator !== '-') this.closeReply(this.openReply!);
  }

  private checkReplyLine(r: ReplyLine, c: ClassifiedLine): void {
    const codeRange = range(r.line, r.col, r.col + 3);
    const problem = replyCodeProblem(r.code);
    if (problem) this.find('smtp.malformed-reply-code', codeRange, [r.code, problem]);
    else if (!knowledge.basic(r.code)) this.find('smtp.unregistered-reply-code', codeRange, [r.code]);
    const octets = Buffer.byteLength(this.lines[r.line].text.slice(c.start)) + 2;
    if (!c.escaped && octets > 512) this.find('smtp.line-too-long', range(r.line, c.start, this.lines[r.line].text.length), ['reply', String(octets), '512']);
    if (!r.enhanced) return;
    const e = r.enhanced;
    const enhancedRange = range(r.line, e.col, e.col + e.code.length);
    if (enhancedCodeProblem(e.code)) {
      this.find('smtp.malformed-enhanced-code', enhancedRange, [e.code]);
      return;
    }
    const parsed = parseEnhancedCode(e.code)!;
    if (!knowledge.enhanced(parsed.key)) this.find('smtp.unregistered-enhanced-code', enhancedRange, [e.code]);
    const replyClass = r.code[0];
    if (['2', '4', '5'].includes(replyClass) && parsed.cls !== replyClass) {
      const fixed = `${replyClass}${e.code.slice(1)}`;
      this.find('smtp.enhanced-class-mismatch', enhancedRange, [e.code, r.code], [
        { title: this.m.fixEnhancedClass(e.code, fixed), edits: [{ range: range(r.line, e.col, e.col + 1), newText: replyClass }], preferred: true },
      ]);
    }
  }

  /** Unprefixed reply-shaped text in a prefixed file: explained, but not part of the session. */
  private looseReply(line: number, c: ClassifiedLine): void {
    const parts = parseReplyLine(c.text.trimEnd());
    if (!parts || replyCodeProblem(parts.code)) return;
    this.out.spans.push({ range: range(line, c.start, c.start + 3), key: parts.code, providerText: parts.text });
    const enhanced = leadingEnhancedCode(parts.text);
    if (enhanced && parseEnhancedCode(enhanced)) {
      const col = c.start + parts.textOffset;
      this.out.spans.push({ range: range(line, col, col + enhanced.length), key: enhanced, providerText: parts.text });
    }
  }

  /** smtplib repeats each reply as "reply: retcode (250); Msg: …" or "data: (354, …)": explained, not re-counted. */
  private smtplibSummary(line: number, c: ClassifiedLine): void {
    const m = /^(?:reply: retcode \(|data: \()(\d{3})\b/.exec(c.text);
    if (!m || replyCodeProblem(m[1]) === 'first-digit') return;
    const col = c.start + m[0].length - 3;
    this.out.spans.push({ range: range(line, col, col + 3), key: m[1] });
  }

  /** A client line arrived (or the file ended) while the reply still said "more lines follow". */
  private finishOpenReply(atEnd: boolean): void {
    const reply = this.openReply!;
    const last = reply.lines[reply.lines.length - 1];
    const hyphen = range(last.line, last.col + 3, last.col + 4);
    this.find(atEnd ? 'smtp.multiline-unfinished' : 'smtp.multiline-last-hyphen', range(last.line, last.col, last.col + 4), [reply.code], [
      { title: this.m.fixLastLine, edits: [{ range: hyphen, newText: ' ' }], preferred: true },
    ]);
    this.closeReply(reply);
  }

  private closeReply(reply: Reply): void {
    this.openReply = undefined;
    this.lastReply = reply;
    const first = reply.lines[0];
    this.session.endLine = reply.lines[reply.lines.length - 1].line;
    let command = this.sendmailAnswersHiddenCommand(reply) ? undefined : this.pending.shift();
    if (!command && !this.session.greeting && !this.session.commands.length && greetingCodes.has(reply.code)) {
      command = this.pseudoCommand('CONNECT', first.line);
    } else if (!command && reply.code === '220' && (this.closedBy || this.quitSent || this.session.commands.length)) {
      // An unprompted greeting after the end of a session: a new connection.
      this.endSession(first.line - 1);
      this.startSession(first.line);
      command = this.pseudoCommand('CONNECT', first.line);
    }
    reply.answers = command;
    if (command) command.reply = reply;
    this.checkAllowed(reply);
    this.applyReply(reply);
    this.replySpans(reply);
    if (reply.lines.length > 1) this.out.folds.push({ startLine: first.line, endLine: reply.lines[reply.lines.length - 1].line, kind: 'region' } as FoldingRange);
  }

  /**
   * Sendmail's "Transcript of session follows" shows only the last command of a pipelined group:
   * ">>> DATA" followed by two replies means the first answers a RCPT that is not shown.
   */
  private sendmailAnswersHiddenCommand(reply: Reply): boolean {
    const next = this.pending[0];
    const last = reply.lines[reply.lines.length - 1].line;
    if (next?.verb !== 'DATA' || this.pending.length > 1 || this.classified[last]?.dialect !== 'sendmail' || reply.code === '354') return false;
    for (let i = last + 1; i < Math.min(this.classified.length, last + 20); i++) {
      const c = this.classified[i];
      if (c.kind !== 'protocol') continue;
      return c.direction === 'server' && parseReplyLine(c.text) !== undefined;
    }
    return false;
  }

  private pseudoCommand(verb: string, line: number): Command {
    return { line, col: 0, verb, args: '', argsCol: 0, pipelined: false, afterVisibleReplies: true };
  }

  private checkAllowed(reply: Reply): void {
    const command = reply.answers;
    if (!command || isReplyAllowed(command.verb, reply.code)) return;
    const first = reply.lines[0];
    const codeRange = range(first.line, first.col, first.col + 3);
    const replacement = unambiguousReplacement(command.verb, reply.code);
    const fixes: Fix[] = replacement
      ? [{ title: this.m.fixReplyCode(reply.code, replacement), edits: reply.lines.map((l) => ({ range: range(l.line, l.col, l.col + 3), newText: replacement })), preferred: true }]
      : [];
    this.find('smtp.reply-not-allowed', codeRange, [reply.code, commandName(command.verb), expectedReplies(command.verb).join(', ')], fixes);
  }

  /** The state changes a reply causes (RFC 5321 §4.1.4, RFC 3207 §4.2, RFC 4954, RFC 3030). */
  private applyReply(reply: Reply): void {
    const command = reply.answers;
    const cls = reply.code[0];
    // 221 closes the channel whatever it answers (Postfix ends a session on a non-SMTP line with it).
    if (reply.code === '421' || reply.code === '221') this.closedBy = reply.code;
    if (!command) return;
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
          this.transaction = undefined;
        }
        break;
      case 'XCLIENT':
        // Postfix answers XCLIENT with a fresh greeting: the client must say EHLO again.
        if (reply.code === '220') {
          this.heloSeen = false;
          this.session.extensions = undefined;
          this.transaction = undefined;
        }
        break;
      case 'STARTTLS':
        if (reply.code === '220') {
          this.tls = true;
          this.tlsReset = true;
          this.heloSeen = false;
          this.session.extensions = undefined;
          this.transaction = undefined;
          this.authenticated = false;
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
        if (reply.code === '354') {
          this.inData = true;
          this.dataStart = command.line;
        }
        break;
      case 'DATA-END':
        this.transaction = undefined;
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

  private readExtensions(reply: Reply): Map<string, Extension> {
    const extensions = new Map<string, Extension>();
    for (const l of reply.lines.slice(1)) {
      const m = /^([A-Za-z0-9][A-Za-z0-9-]*)(?:[ =](.*))?$/.exec(l.text.trim());
      if (!m) continue;
      const keyword = m[1].toUpperCase();
      extensions.set(keyword, { params: m[2] ?? '', line: l.line });
      if (knowledge.extension(keyword)) {
        const col = l.textCol + (l.text.length - l.text.trimStart().length);
        this.out.spans.push({ range: range(l.line, col, col + m[1].length), key: keyword });
      }
    }
    return extensions;
  }

  private replySpans(reply: Reply): void {
    const command = reply.answers;
    const context: ViewSection[] = [];
    if (command?.verb === 'CONNECT') context.push({ heading: this.m.context, paragraphs: [this.m.answersGreeting] });
    else if (command) {
      const name = commandName(command.verb);
      const allowed = isReplyAllowed(command.verb, reply.code);
      context.push({
        heading: this.m.context,
        paragraphs: [
          this.m.answers(name, command.line + 1),
          allowed ? this.m.allowedAfter(name) : this.m.notAllowedAfter(name, expectedReplies(command.verb).join(', ')),
        ],
      });
    } else context.push({ heading: this.m.context, paragraphs: [this.m.unanswered] });
    const providerText = `${reply.code} ${reply.lines.map((l) => l.text).join(' ')}`;
    for (const l of reply.lines) {
      this.out.spans.push({ range: range(l.line, l.col, l.col + 3), key: l.code, providerText, sections: context });
      if (l.enhanced && parseEnhancedCode(l.enhanced.code)) {
        this.out.spans.push({ range: range(l.line, l.enhanced.col, l.enhanced.col + l.enhanced.code.length), key: l.enhanced.code, providerText, sections: context });
      }
    }
    const first = reply.lines[0];
    const meaning = shortMeaning(first.code, this.lang);
    // One hint per reply: the enhanced code's meaning is the more specific one where it exists;
    // after "250-" the hint follows the hyphen so that the continuation mark stays readable.
    const enhancedMeaning = first.enhanced ? shortMeaning(first.enhanced.code, this.lang) : undefined;
    if (first.enhanced && enhancedMeaning) {
      this.out.inlayHints.push({ line: first.line, character: first.enhanced.col + first.enhanced.code.length, label: enhancedMeaning, tooltip: `${first.code}: ${meaning ?? ''}` });
    } else if (meaning) {
      this.out.inlayHints.push({ line: first.line, character: first.col + (first.separator === '-' ? 4 : 3), label: meaning });
    }
    if ((first.code[0] === '4' || first.code[0] === '5') && !replyCodeProblem(first.code)) {
      const detail = [meaning, first.enhanced ? `${first.enhanced.code} ${shortMeaning(first.enhanced.code, this.lang) ?? ''}`.trim() : '']
        .filter(Boolean)
        .join(' · ');
      const where = command && command.verb !== 'CONNECT' ? this.m.failureContext(commandName(command.verb), command.line + 1) : '';
      this.find('smtp.failure-reply', range(first.line, first.col, first.col + 3), [first.code, detail, where]);
    }
  }

  // Client lines ----------------------------------------------------------------------------

  private commandLine(line: number, c: ClassifiedLine): void {
    const text = c.text;
    const m = /^([A-Za-z][A-Za-z0-9]*)(?:(\s+)(.*))?$/.exec(text.trimEnd());
    if (!m) return;
    const verb = m[1].toUpperCase();
    const verbRange = range(line, c.start, c.start + m[1].length);
    if (!knownVerbs.has(verb)) {
      const suggestion = suggestCommand(verb);
      const speaksForClient = c.kind === 'protocol' && c.direction === 'client';
      // In raw transcripts only upper-case words count: tool output in between is prose.
      if (suggestion && (speaksForClient || (!this.prefixed && /^[A-Z0-9]+$/.test(m[1])))) {
        this.find('smtp.unknown-command', verbRange, [m[1], suggestion], [
          { title: this.m.fixCommand(suggestion), edits: [{ range: verbRange, newText: suggestion }], preferred: true },
        ]);
      }
      // The server still answers a command it does not know (XCLIENT, LHLO, a typo): pair the reply
      // with it, so that later replies stay with their own commands.
      const sentByClient = speaksForClient || (!this.prefixed && /^[A-Z0-9]+$/.test(m[1]) && (suggestion !== undefined || extensionVerbs.has(verb)));
      if (!sentByClient) return;
    }
    const args = m[3] ?? '';
    const argsCol = c.start + m[1].length + (m[2]?.length ?? 0);
    const unanswered = this.pending.filter((p) => p.verb !== 'CONNECT');
    const command: Command = {
      line,
      col: c.start,
      verb,
      args,
      argsCol,
      pipelined: unanswered.length > 0,
      afterVisibleReplies: unanswered.length === 0,
    };
    if (!knownVerbs.has(verb)) {
      command.unknown = true;
      this.session.endLine = line;
      this.session.commands.push(command);
      this.pending.push(command);
      return;
    }
    this.session.endLine = line;
    this.checkSequence(command, verbRange);
    this.checkExtensions(command, verbRange);
    this.checkLength(command, c);
    this.applyCommand(command, c);
    this.session.commands.push(command);
    this.pending.push(command);
  }

  private checkSequence(command: Command, verbRange: ReturnType<typeof range>): void {
    const verb = command.verb;
    const started = this.greetingSeen || this.heloSeen || this.tlsReset;
    if (this.quitSent) this.find('smtp.command-after-quit', verbRange, [verb]);
    else if (this.closedBy) this.find('smtp.command-after-close', verbRange, [verb, this.closedBy]);
    if (verb === 'MAIL' && !this.heloSeen && (this.greetingSeen || this.tlsReset)) this.find('smtp.mail-before-helo', verbRange, [verb]);
    if (verb === 'RCPT' && started) {
      const mail = this.transaction?.mail;
      const mailRefused = mail?.reply && mail.reply.code[0] !== '2' && !command.pipelined;
      if (!mail || mailRefused) this.find('smtp.rcpt-before-mail', verbRange, []);
    }
    const afterLast = verb === 'BDAT' && this.bdatLast && this.transaction === undefined && this.session.transactions.length > 0 && !this.mailSinceLast;
    // A chunk after BDAT LAST is one fault, not also a DATA without recipients.
    if ((verb === 'DATA' || verb === 'BDAT') && started && this.heloSeen && !command.pipelined && !afterLast) {
      const rcpts = this.transaction?.rcpts ?? [];
      const accepted = rcpts.some((r) => r.reply?.code[0] === '2');
      const bdatContinues = verb === 'BDAT' && this.transaction?.data?.verb === 'BDAT';
      if (!accepted && !bdatContinues) this.find('smtp.data-without-rcpt', verbRange, []);
    }
    if (verb === 'AUTH' && this.authenticated) this.find('smtp.auth-twice', verbRange, []);
    if (afterLast) this.find('smtp.bdat-after-last', verbRange, []);
    if (command.pipelined && !this.pipeliningReported && this.session.extensions && !this.session.extensions.has('PIPELINING')) {
      this.pipeliningReported = true;
      this.find('smtp.extension-not-advertised', verbRange, [this.m.pipelinedCommands, 'PIPELINING']);
    }
  }

  private mailSinceLast = false;

  private checkExtensions(command: Command, verbRange: ReturnType<typeof range>): void {
    const extensions = this.session.extensions;
    const verb = command.verb;
    if (extensions) {
      const needed = knowledge.command(verb)?.requiresExtension;
      if (needed && !extensions.has(needed)) this.find('smtp.extension-not-advertised', verbRange, [this.m.commandLabel(verb), needed]);
    }
    if (verb === 'AUTH') this.checkAuth(command);
    if (verb !== 'MAIL' && verb !== 'RCPT') return;
    const pathMatch = /^(FROM|TO)\s*:\s*/i.exec(command.args);
    if (!pathMatch) return;
    const afterColon = command.args.slice(pathMatch[0].length);
    const pathCol = command.argsCol + pathMatch[0].length;
    let paramsText: string;
    let paramsCol: number;
    if (afterColon.startsWith('<')) {
      const close = afterColon.indexOf('>');
      paramsText = close >= 0 ? afterColon.slice(close + 1) : '';
      paramsCol = pathCol + (close >= 0 ? close + 1 : afterColon.length);
    } else {
      const address = /^\S+/.exec(afterColon)?.[0] ?? '';
      if (address) {
        const addrRange = range(command.line, pathCol, pathCol + address.length);
        this.find('smtp.address-without-brackets', addrRange, [`${verb} ${pathMatch[1].toUpperCase()}:`], [
          { title: this.m.fixWrapAddress, edits: [{ range: addrRange, newText: `<${address}>` }], preferred: true },
        ]);
      }
      paramsText = afterColon.slice(address.length);
      paramsCol = pathCol + address.length;
    }
    const paramRe = /([A-Za-z0-9][A-Za-z0-9-]*)(?:=(\S*))?/g;
    for (let p = paramRe.exec(paramsText); p; p = paramRe.exec(paramsText)) {
      const name = p[1].toUpperCase();
      const col = paramsCol + p.index;
      const paramRange = range(command.line, col, col + p[1].length);
      if (knowledge.extension(name)) this.out.spans.push({ range: paramRange, key: name });
      const keyword = parameterKeyword[name]?.(p[2] ?? '');
      if (extensions && keyword && !extensions.has(keyword)) {
        this.find('smtp.extension-not-advertised', paramRange, [this.m.parameterLabel(name, verb), keyword]);
      }
      if (name === 'SIZE' && extensions?.has('SIZE')) {
        const limit = Number(extensions.get('SIZE')!.params.trim().split(/\s+/)[0] || '0');
        const size = Number(p[2]);
        if (limit > 0 && Number.isFinite(size) && size > limit) this.find('smtp.size-over-limit', range(command.line, col, col + p[0].length), [String(size), String(limit)]);
      }
    }
  }

  private checkAuth(command: Command): void {
    const m = /^(\S+)(?:\s+(\S+))?/.exec(command.args);
    if (!m) return;
    const mechanism = m[1].toUpperCase();
    const extensions = this.session.extensions;
    const mechCol = command.argsCol;
    if (extensions?.has('AUTH')) {
      const offered = extensions.get('AUTH')!.params.toUpperCase().split(/[\s=]+/);
      if (!offered.includes(mechanism)) {
        this.find('smtp.extension-not-advertised', range(command.line, mechCol, mechCol + m[1].length), [this.m.mechanismLabel(mechanism), `AUTH ${mechanism}`]);
      }
    }
    if (credentialMechanisms.has(mechanism) && !this.tls) {
      const knowsStart = this.greetingSeen || this.session.extensions?.has('STARTTLS');
      if (knowsStart && (mechanism === 'PLAIN' || mechanism === 'LOGIN')) {
        this.find('smtp.auth-before-starttls', range(command.line, command.col, command.argsCol + m[1].length), [mechanism]);
      }
    }
    // "=" is an empty initial response; "<base64 ...>", "[redacted]" or "****" were masked by hand.
    if (m[2] && m[2] !== '=' && !/^(?:[<[]|\*{2,})/.test(m[2]) && credentialMechanisms.has(mechanism)) {
      const col = command.argsCol + m[0].length - m[2].length;
      this.credentials(command.line, col, col + m[2].length);
    }
  }

  private credentials(line: number, start: number, end: number): void {
    const r = range(line, start, end);
    this.out.spans.push({ range: r, sections: [{ heading: 'AUTH', paragraphs: [this.m.authHidden] }] });
    this.find('smtp.credentials-in-transcript', r, [], [{ title: this.m.fixRedact, edits: [{ range: r, newText: '[redacted]' }], preferred: true }]);
  }

  private checkLength(command: Command, c: ClassifiedLine): void {
    if (c.escaped || command.verb === 'AUTH') return;
    const text = this.lines[command.line].text.slice(c.start);
    const octets = Buffer.byteLength(text) + 2;
    let limit = 512;
    if (command.verb === 'MAIL') {
      for (const [name, extra] of Object.entries(mailLineAllowance)) if (new RegExp(`\\s${name}=?`, 'i').test(command.args)) limit += extra;
    }
    if (octets > limit) this.find('smtp.line-too-long', range(command.line, c.start, this.lines[command.line].text.length), ['command', String(octets), String(limit)]);
  }

  private applyCommand(command: Command, c: ClassifiedLine): void {
    switch (command.verb) {
      case 'MAIL':
        this.transaction = { mail: command, rcpts: [], chunks: [] };
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
        if (c.escaped) this.dataStart = command.line;
        break;
      case 'BDAT':
        if (this.transaction && !this.transaction.data) this.transaction.data = command;
        this.transaction?.chunks.push(command);
        this.inChunk = c.kind === 'other' && /^\d+/.test(command.args) && !/^0+\b/.test(command.args);
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
  }

  private authData(line: number, c: ClassifiedLine): void {
    const mechanism = this.awaitingAuthData!;
    this.awaitingAuthData = undefined;
    const text = c.text.trim();
    // The next command resumes after the server's reply; "*" cancels the exchange (RFC 4954 §4).
    this.pending.push({ ...this.pseudoCommand('AUTH', line), args: mechanism, authOf: this.authCommand });
    // A line already masked by the tool or the user ("********", "[redacted]") leaks nothing.
    // Neither does a placeholder in documentation ("[base64 password]").
    if (text === '*' || !text || /^(?:\*{2,}|\[redacted\]|<redacted>|x{3,}|\[[^\]]*\]|<[^>]*\s[^>]*>)$/i.test(text)) return;
    if (credentialMechanisms.has(mechanism)) this.credentials(line, c.start, c.start + c.text.trimEnd().length);
    else this.out.spans.push({ range: range(line, c.start, c.start + text.length), sections: [{ heading: 'AUTH', paragraphs: [this.m.authHidden] }] });
  }

  // Message data ----------------------------------------------------------------------------

  private dataLine(line: number, c: ClassifiedLine): void {
    const text = c.text;
    if (c.escaped) {
      this.checkEscapedData(line, c);
      if (text === '.' || text.endsWith('\\r\\n.')) this.endData(line, true);
      return;
    }
    const source = this.lines[line];
    if (this.hasCrlf) {
      if (text === '.' && (!source.crlf || this.previousLineEndedBareLf) && source.hasNewline) {
        this.find('smtp.smuggling', range(line, c.start, c.start + 1), []);
      } else if (!source.crlf && source.hasNewline && text !== '.') {
        this.find('smtp.bare-lf', range(line, c.start, source.text.length), []);
      }
    }
    if (/<LF>\.<LF>|\\n\.\\n|\\r\\n\.\\n|\\n\.\\r\\n/.test(text)) this.find('smtp.smuggling', range(line, c.start, source.text.length), []);
    this.previousLineEndedBareLf = !source.crlf && source.hasNewline;
    if (text === '.') this.endData(line, true);
  }

  private checkEscapedData(line: number, c: ClassifiedLine): void {
    const text = c.text;
    const smuggle = /(?:^|[^r])\\n\.(?:\\n|\\r\\n)|\\r\\n\.\\n/.exec(text);
    if (smuggle) {
      this.find('smtp.smuggling', range(line, c.start + smuggle.index, c.start + smuggle.index + smuggle[0].length), []);
      return;
    }
    const bare = /(?:^|[^r\\])\\n/.exec(text.replace(/\\\\/g, '__'));
    if (bare) this.find('smtp.bare-lf', range(line, c.start + bare.index, c.start + bare.index + bare[0].length), []);
  }

  private endData(line: number, sawDot: boolean): void {
    this.inData = false;
    this.previousLineEndedBareLf = false;
    const endLine = sawDot ? line : line - 1;
    if (this.dataStart >= 0 && endLine > this.dataStart) this.out.folds.push({ startLine: this.dataStart, endLine });
    const end = this.pseudoCommand('DATA-END', endLine);
    if (this.transaction) this.transaction.end = end;
    this.pending.push(end);
  }

  // Results ---------------------------------------------------------------------------------

  private find(rule: RuleId, r: ReturnType<typeof range>, args: string[], fixes?: Fix[]): void {
    const finding: Finding = { rule, range: r, message: ruleMessage(rule, this.lang, ...args) };
    if (fixes?.length) finding.fixes = fixes;
    this.out.findings.push(finding);
  }

  private buildCommandSpans(): void {
    for (const session of this.sessions) {
      for (const command of session.commands) {
        if (command.unknown) continue;
        const paragraphs = command.reply
          ? [this.m.answeredBy(command.reply.code, command.reply.lines[0].line + 1)]
          : [this.m.noReply];
        const span: Span = {
          range: range(command.line, command.col, command.col + command.verb.length),
          key: command.verb,
          sections: [{ heading: this.m.context, paragraphs }],
        };
        this.out.spans.push(span);
      }
    }
  }

  private buildSymbols(): void {
    this.sessions.forEach((session, i) => {
      if (!session.commands.length && !session.greeting) return;
      const children: DocumentSymbol[] = [];
      if (session.greeting) {
        const g = session.greeting.lines[0];
        children.push(symbol(`${g.code} ${this.m.greetingSymbol}`, g.text, SymbolKind.Event, g.line, g.col, this.lines[g.line].text.length));
      }
      const inTransaction = new Set(session.transactions.flatMap((t) => transactionCommands(t)));
      let t = 0;
      for (const command of session.commands) {
        const transaction = session.transactions.find((x) => x.mail === command);
        if (transaction) {
          children.push(this.transactionSymbol(transaction, ++t));
          continue;
        }
        if (inTransaction.has(command)) continue;
        const detail = (command.finalReply ?? command.reply)?.code ?? '';
        const s = symbol(`${command.verb} ${command.verb === 'AUTH' ? command.args.split(/\s+/)[0] : command.args}`.trim(), detail, SymbolKind.Method, command.line, command.col, this.lines[command.line].text.length);
        if ((command.verb === 'EHLO' || command.verb === 'HELO') && command.reply && command.reply === session.heloReply && session.extensions) {
          s.children = [...session.extensions].map(([keyword, ext]) =>
            symbol(keyword, ext.params, SymbolKind.Property, ext.line, 0, this.lines[ext.line].text.length),
          );
        }
        children.push(s);
      }
      const greetingText = session.greeting?.lines[0];
      const firstWord = greetingText ? greetingText.text.slice(greetingText.enhanced ? greetingText.enhanced.code.length : 0).trim().split(/\s+/)[0] : '';
      // A greeting names its host first ("220 mx.example.com ESMTP"); a refusal may not.
      const host = greetingText?.code === '220' || /[.:[]/.test(firstWord) ? firstWord : '';
      const sessionSymbol = symbol(this.m.session(i + 1), host, SymbolKind.Module, session.startLine, 0, this.lines[session.endLine]?.text.length ?? 0, session.endLine);
      sessionSymbol.children = children;
      this.out.symbols.push(sessionSymbol);
    });
  }

  private transactionSymbol(t: Transaction, n: number): DocumentSymbol {
    const members = [t.mail, ...t.rcpts, ...(t.data ? [t.data] : []), ...(t.end ? [t.end] : [])];
    const last = members.reduce((a, b) => (b.line > a.line ? b : a));
    const endLine = last.reply ? last.reply.lines[last.reply.lines.length - 1].line : last.line;
    const s = symbol(`${this.m.transaction(n)}: MAIL ${t.mail.args}`, this.m.outcome[transactionOutcome(t)], SymbolKind.Object, t.mail.line, 0, this.lines[endLine].text.length, endLine);
    s.children = transactionCommands(t).map((c) =>
      symbol(`${c.verb} ${c.args}`.trim(), c.reply?.code ?? '', SymbolKind.Method, c.line, c.col, this.lines[c.line].text.length),
    );
    return s;
  }
}

/** The commands the client sent in a transaction, in order (BDAT chunks, not the end of DATA). */
function transactionCommands(t: Transaction): Command[] {
  return [t.mail, ...t.rcpts, ...(t.chunks.length ? t.chunks : t.data ? [t.data] : [])];
}

type Outcome = keyof ReturnType<typeof messagesFor>['outcome'];

function transactionOutcome(t: Transaction): Outcome {
  const cls = (c?: Command) => c?.reply?.code[0];
  if (cls(t.mail) === '4' || cls(t.mail) === '5') return 'rejected-mail';
  const accepted = t.rcpts.filter((r) => cls(r) === '2');
  if (t.rcpts.length && !accepted.length && t.rcpts.every((r) => r.reply)) return 'rejected-rcpt';
  if (t.data && (cls(t.data) === '4' || cls(t.data) === '5')) return 'rejected-data';
  const endClass = cls(t.end);
  if (endClass === '2') return accepted.length < t.rcpts.length ? 'partly-rejected' : 'delivered';
  if (endClass === '4') return 'deferred-data';
  if (endClass === '5') return 'failed-data';
  if (t.reset) return 'reset';
  return 'incomplete';
}

function commandName(verb: string): string {
  if (verb === 'CONNECT') return 'connect';
  if (verb === 'DATA-END') return '<CRLF>.<CRLF>';
  return verb;
}

function symbol(name: string, detail: string, kind: SymbolKind, line: number, col: number, endCol: number, endLine = line): DocumentSymbol {
  const r = range(line, 0, endCol, endLine);
  return { name: name || '?', detail, kind, range: r, selectionRange: range(line, col, Math.max(col, line === endLine ? endCol : col)) };
}
