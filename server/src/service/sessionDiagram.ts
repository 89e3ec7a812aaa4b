/**
 * The session diagram of a transcript (a ladder diagram as sngrep draws SIP): one arrow per client
 * command and per server reply, in document order, with the phases of the session (TLS after
 * STARTTLS, the AUTH exchange, each mail transaction) as ranges of arrows and every diagnostic on
 * its arrow. Built once per document version from the session model (transcript/sessionBuilder.ts),
 * in one pass; a view asks for a window of rows, so a 200,000-line transcript never travels whole.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Lang } from '../knowledge/types';
import type { Severity } from './diagnosticRules';
import { parseDocument, type MimeEntity } from './eml/mime';
import { bodyView } from './eml/textView';
import { shortMeaning } from './explain';
import { firstAtLine, type SourceLine } from './lines';
import { readTranscript } from './transcript/reader';
import { buildSessionModel, credentialMechanisms } from './transcript/sessionBuilder';
import { documentLines, transactionCommands, type Command, type Reply, type Session, type TranscriptModel } from './transcript/sessionModel';
import { classifyLine } from './transcript/transcriptLines';

export type ArrowKind = 'command' | 'reply' | 'auth-data' | 'message' | 'codeless';

export interface DiagramDiagnostic {
  line: number;
  character: number;
  severity: Severity;
  message: string;
  code?: string;
}

/** One arrow as a view draws it. Text from the document is plain text: a view must never parse it as HTML. */
export interface DiagramRow {
  index: number;
  /** Index into DiagramView.sessions. */
  session: number;
  from: 'client' | 'server';
  kind: ArrowKind;
  startLine: number;
  endLine: number;
  /** The protocol text of the arrow's first line (a command, a reply's first line); credentials left out. */
  text: string;
  verb?: string;
  code?: string;
  /** The reply class: the first digit of the code. */
  replyClass?: string;
  meaning?: string;
  enhanced?: string;
  enhancedMeaning?: string;
  /** Every line of a multi-line reply, for a view that expands it. */
  lines?: { line: number; text: string }[];
  /** Lines the arrow stands for: a reply's lines; a message's, its blank lines and the dot included (0: the tool hid it). */
  lineCount: number;
  /** The arrow of the command a reply answers, the arrow of a command's reply. */
  answers?: number;
  answeredBy?: number;
  pipelined?: boolean;
  /** The reply was still open ("250-") when the client spoke or the transcript ended. */
  unfinished?: boolean;
  /** The mechanism of hidden AUTH data, or of an AUTH command whose initial response is left out. */
  authMechanism?: string;
  diagnostics: DiagramDiagnostic[];
}

export type PhaseKind = 'tls' | 'auth' | 'transaction';

export interface DiagramPhase {
  kind: PhaseKind;
  session: number;
  firstRow: number;
  lastRow: number;
  startLine: number;
  endLine: number;
  /** AUTH: the mechanism; transaction: its number in the session (1, 2…). */
  detail: string;
}

export interface DiagramSession {
  index: number;
  firstRow: number;
  rowCount: number;
  startLine: number;
  endLine: number;
  /** The server's name from its greeting or EHLO reply, if it gave one. */
  server?: string;
  /** The client's name from its EHLO/HELO. */
  client?: string;
  /** The last reply's code: how the session ended. */
  lastCode?: string;
}

export interface DiagramView {
  source: 'transcript' | 'bounce';
  /** What the reader recognised ("swaks", "inferred: [S] / [C]"). */
  producer?: string;
  total: number;
  /** Present when asked for (the overview): a view keeps them until the version changes. */
  sessions?: DiagramSession[];
  diagnosticCount: number;
  /** The window asked for. */
  from: number;
  rows: DiagramRow[];
  /** The phases that overlap the window. */
  phases: DiagramPhase[];
  /** When a line was asked for: the arrow on it (-1 if none). */
  rowAtLine?: number;
}

export interface DiagramWindow {
  from?: number;
  to?: number;
  line?: number;
  sessions?: boolean;
}

interface Arrow {
  from: 'client' | 'server';
  kind: ArrowKind;
  session: number;
  startLine: number;
  endLine: number;
  col: number;
  command?: Command;
  reply?: Reply;
  lineCount: number;
  mechanism?: string;
  diagnostics?: DiagramDiagnostic[];
}

/** The whole diagram of one document version, kept by the server; `view` cuts windows from it. */
export class SessionDiagram {
  constructor(
    readonly source: 'transcript' | 'bounce',
    readonly producer: string | undefined,
    private readonly lines: SourceLine[],
    private readonly arrows: Arrow[],
    readonly sessions: DiagramSession[],
    readonly phases: DiagramPhase[],
    readonly diagnosticCount: number,
    private readonly lang: Lang,
    private readonly arrowOf: Map<Command | Reply, number>,
  ) {}

  get total(): number {
    return this.arrows.length;
  }

  view(window: DiagramWindow = {}): DiagramView {
    const from = clamp(window.from ?? 0, 0, this.arrows.length);
    const to = clamp(window.to ?? from, from, Math.min(this.arrows.length, from + maxWindow));
    const out: DiagramView = { source: this.source, total: this.arrows.length, diagnosticCount: this.diagnosticCount, from, rows: [], phases: [] };
    if (this.producer) out.producer = this.producer;
    if (window.sessions) out.sessions = this.sessions;
    for (let i = from; i < to; i++) out.rows.push(this.row(i));
    if (to > from) out.phases = this.phases.filter((p) => p.firstRow < to && p.lastRow >= from);
    if (typeof window.line === 'number') out.rowAtLine = this.rowAtLine(window.line);
    return out;
  }

  /** The first arrow whose lines hold `line`, by binary search (arrows are in document order). */
  rowAtLine(line: number): number {
    const arrows = this.arrows;
    const low = firstAtLine(arrows.length, (i) => arrows[i].endLine, line);
    return low < arrows.length && arrows[low].startLine <= line && line <= arrows[low].endLine ? low : -1;
  }

  private row(i: number): DiagramRow {
    const a = this.arrows[i];
    const row: DiagramRow = { index: i, session: a.session, from: a.from, kind: a.kind, startLine: a.startLine, endLine: a.endLine, text: '', lineCount: a.lineCount, diagnostics: a.diagnostics ?? [] };
    if (a.command) {
      const c = a.command;
      if (a.kind === 'command') {
        row.verb = c.verb;
        row.text = this.commandText(c, row);
        if (c.pipelined) row.pipelined = true;
      }
      const reply = c.reply ? this.arrowOf.get(c.reply) : undefined;
      if (reply !== undefined) row.answeredBy = reply;
    }
    if (a.reply) {
      const r = a.reply;
      const first = r.lines[0];
      row.code = r.code;
      row.replyClass = r.code[0];
      row.text = this.protocolText(first.line, first.col, first.endCol);
      const meaning = shortMeaning(r.code, this.lang);
      if (meaning) row.meaning = meaning;
      const enhanced = r.lines.find((l) => l.enhanced)?.enhanced?.code;
      if (enhanced) {
        row.enhanced = enhanced;
        const enhancedMeaning = shortMeaning(enhanced, this.lang);
        if (enhancedMeaning) row.enhancedMeaning = enhancedMeaning;
      }
      if (r.lines.length > 1) row.lines = r.lines.slice(0, maxReplyLines).map((l) => ({ line: l.line, text: this.protocolText(l.line, l.col, l.endCol) }));
      if (r.unfinished) row.unfinished = true;
      const answers = r.answers ? this.arrowOf.get(r.answers) : undefined;
      if (answers !== undefined) row.answers = answers;
    }
    if (a.kind === 'codeless') row.text = this.protocolText(a.startLine, a.col, Infinity);
    if (a.mechanism) row.authMechanism = a.mechanism;
    return row;
  }

  /** The command as written, an AUTH initial response (a credential) left out. */
  private commandText(c: Command, row: DiagramRow): string {
    const sent = c.sent!;
    const auth = sent.auth;
    if (auth?.response && credentialMechanisms.has(auth.mechanism)) {
      row.authMechanism = auth.mechanism;
      return this.protocolText(c.line, c.col, auth.response.col).trimEnd();
    }
    return this.protocolText(c.line, c.col, sent.endCol);
  }

  private protocolText(line: number, start: number, end: number): string {
    // U+FEFF stands where the reader blanked a Markdown escape's backslash.
    const text = (this.lines[line]?.text ?? '').slice(start, end).replace(/\uFEFF/g, '').trimEnd();
    return text.length > maxTextLength ? `${text.slice(0, maxTextLength)}…` : text;
  }
}

/** A view never needs more rows at once than a screen holds; this bounds one answer. */
const maxWindow = 2000;
const maxTextLength = 500;
const maxReplyLines = 1000;

const clamp = (n: number, low: number, high: number) => Math.max(low, Math.min(high, Math.floor(n)));

const severityNames: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

/**
 * The diagram of a document: an `smtp` transcript, or the SMTP transcript a bounce (`eml`) quotes
 * (Sendmail's `>>> RCPT` / `<<< 550` lines). `diagnostics` are the document's, as the editor shows them.
 */
export function buildSessionDiagram(text: string, languageId: string, lang: Lang, diagnostics: Diagnostic[] = []): SessionDiagram {
  const source = languageId === 'eml' ? 'bounce' : 'transcript';
  const lines = source === 'bounce' ? bounceTranscriptLines(text) : documentLines(text);
  return diagramOfModel(buildSessionModel(lines, readTranscript(lines)), source, lang, diagnostics);
}

/** The diagram of a session model already built (one pass over its events and sessions). */
export function diagramOfModel(model: TranscriptModel, source: 'transcript' | 'bounce', lang: Lang, diagnostics: Diagnostic[] = []): SessionDiagram {
  return new DiagramBuilder(model, source, lang).build(diagnostics);
}

class DiagramBuilder {
  private readonly arrows: Arrow[] = [];
  private readonly arrowOf = new Map<Command | Reply, number>();
  private readonly sessionIndex = new Map<Session, number>();
  private readonly sessions: DiagramSession[] = [];
  private readonly phases: DiagramPhase[] = [];

  constructor(
    private readonly model: TranscriptModel,
    private readonly source: 'transcript' | 'bounce',
    private readonly lang: Lang,
  ) {}

  build(diagnostics: Diagnostic[]): SessionDiagram {
    this.collectArrows();
    for (const session of this.model.sessions) this.sessionPhases(session);
    this.phases.sort((a, b) => a.firstRow - b.firstRow || b.lastRow - a.lastRow);
    this.attach(diagnostics);
    const { reading, lines } = this.model;
    return new SessionDiagram(this.source, reading.producer, lines, this.arrows, this.sessions, this.phases, diagnostics.length, this.lang, this.arrowOf);
  }

  private collectArrows(): void {
    let current: Session | undefined;
    let dataStart = -1;
    let dataLines = 0;
    const events = this.model.events;
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      switch (e.kind) {
        case 'command':
          current = e.session;
          this.add({ session: 0, from: 'client', kind: 'command', startLine: e.command.line, endLine: e.command.line, col: e.command.col, command: e.command, lineCount: 1 }, current, e.command);
          break;
        case 'reply': {
          current = e.session;
          const { lines } = e.reply;
          const pseudo = e.reply.answers;
          if (pseudo?.authOf && !this.arrowOf.has(pseudo)) this.authData(pseudo, current);
          this.add({ session: 0, from: 'server', kind: 'reply', startLine: lines[0].line, endLine: lines[lines.length - 1].line, col: lines[0].col, reply: e.reply, lineCount: lines.length }, current, e.reply);
          break;
        }
        case 'auth-data':
          if (current) this.add({ session: 0, from: 'client', kind: 'auth-data', startLine: e.line, endLine: e.line, col: e.col, lineCount: 1, mechanism: e.mechanism }, current);
          break;
        case 'data-line':
          if (dataLines++ === 0) dataStart = e.line;
          break;
        case 'data-end': {
          // The message is one arrow; a tool that hides the body still shows that one was sent.
          const startLine = dataLines ? dataStart : Math.max(0, e.endLine);
          const endLine = Math.max(startLine, e.endLine);
          if (current) this.add({ session: 0, from: 'client', kind: 'message', startLine, endLine, col: 0, command: e.command, lineCount: dataLines ? endLine - startLine + 1 : 0 }, current, e.command);
          dataLines = 0;
          break;
        }
        case 'codeless-reply':
          if (current) this.add({ session: 0, from: 'server', kind: 'codeless', startLine: e.line, endLine: e.line, col: e.col, lineCount: 1 }, current);
          break;
      }
    }
  }

  /**
   * The client's line of an AUTH exchange that a reply answers: the arrow of its 'auth-data' event,
   * or a new one where the tool masked the line (the model keeps no event for a masked line).
   */
  private authData(pseudo: Command, session: Session): void {
    const last = this.arrows[this.arrows.length - 1];
    if (last?.kind === 'auth-data' && last.startLine === pseudo.line) this.arrowOf.set(pseudo, this.arrows.length - 1);
    else this.add({ session: 0, from: 'client', kind: 'auth-data', startLine: pseudo.line, endLine: pseudo.line, col: pseudo.col, lineCount: 1, mechanism: pseudo.args }, session, pseudo);
  }

  private add(arrow: Arrow, session: Session, key?: Command | Reply): void {
    let index = this.sessionIndex.get(session);
    if (index === undefined) {
      index = this.sessions.length;
      this.sessionIndex.set(session, index);
      this.sessions.push({ index, firstRow: this.arrows.length, rowCount: 0, startLine: arrow.startLine, endLine: arrow.endLine, ...sessionNames(session) });
    }
    const s = this.sessions[index];
    s.rowCount = this.arrows.length + 1 - s.firstRow;
    s.endLine = Math.max(s.endLine, arrow.endLine);
    if (arrow.reply) s.lastCode = arrow.reply.code;
    if (key) this.arrowOf.set(key, this.arrows.length);
    arrow.session = index;
    this.arrows.push(arrow);
  }

  private phase(kind: PhaseKind, session: number, firstRow: number, lastRow: number, detail: string): void {
    if (firstRow < 0 || lastRow < firstRow) return;
    this.phases.push({ kind, session, firstRow, lastRow, startLine: this.arrows[firstRow].startLine, endLine: this.arrows[lastRow].endLine, detail });
  }

  private sessionPhases(session: Session): void {
    const index = this.sessionIndex.get(session);
    if (index === undefined) return;
    const { firstRow, rowCount } = this.sessions[index];
    const lastRow = firstRow + rowCount - 1;
    const arrowOf = (x?: Command | Reply) => (x ? this.arrowOf.get(x) ?? -1 : -1);
    // TLS: after STARTTLS's 220, else wherever the client already wrote over TLS (implicit TLS, a tool's word).
    const starttls = session.commands.find((c) => c.verb === 'STARTTLS' && c.reply?.code === '220');
    const firstTls = session.commands.find((c) => c.sent?.state.tls);
    if (starttls) this.phase('tls', index, arrowOf(starttls.reply) + 1, lastRow, '');
    else if (this.model.implicitTls || (firstTls && firstTls === session.commands[0])) this.phase('tls', index, firstRow, lastRow, '');
    else if (firstTls) this.phase('tls', index, arrowOf(firstTls), lastRow, '');
    const position = new Map<Command, number>();
    session.commands.forEach((c, i) => {
      position.set(c, i);
      if (c.verb === 'AUTH' && !c.authOf && c.sent) {
        const end = Math.max(arrowOf(c.finalReply), arrowOf(c.reply), arrowOf(c));
        this.phase('auth', index, arrowOf(c), end, c.sent.auth?.mechanism ?? c.args.split(/\s+/)[0] ?? '');
      }
    });
    session.transactions.forEach((t, n) => {
      let end = -1;
      if (t.end) end = Math.max(arrowOf(t.end.reply), arrowOf(t.end));
      else if (t.reset) {
        // The RSET that closed it: the first one after its MAIL, before the next MAIL.
        const { commands } = session;
        for (let j = (position.get(t.mail) ?? commands.length) + 1; j < commands.length && commands[j].verb !== 'MAIL'; j++) {
          if (commands[j].verb === 'RSET') {
            end = Math.max(arrowOf(commands[j].reply), arrowOf(commands[j]));
            break;
          }
        }
      }
      if (end < 0) for (const command of transactionCommands(t)) end = Math.max(end, arrowOf(command), arrowOf(command.reply));
      this.phase('transaction', index, arrowOf(t.mail), end, String(n + 1));
    });
  }

  /**
   * Each diagnostic goes to the arrow on its line (the last one starting at or before its column
   * where a line holds several), else to the arrow before it: one merge of two sorted lists.
   */
  private attach(diagnostics: Diagnostic[]): void {
    if (!this.arrows.length) return;
    const sorted = [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    let k = 0;
    for (const d of sorted) {
      const { line, character } = d.range.start;
      while (k + 1 < this.arrows.length && (this.arrows[k + 1].startLine < line || (this.arrows[k + 1].startLine === line && this.arrows[k + 1].col <= character))) k++;
      // Before every arrow: the first; past an arrow's end on a line the next arrow starts on (left of its text): that one.
      const a = this.arrows[k];
      const startsAfter = a.startLine > line || (a.startLine === line && a.col > character);
      const target = !startsAfter && a.endLine < line && this.arrows[k + 1]?.startLine === line ? k + 1 : k;
      const arrow = this.arrows[target];
      (arrow.diagnostics ??= []).push({
        line,
        character,
        severity: severityNames[d.severity ?? 1] ?? 'error',
        message: typeof d.message === 'string' ? d.message : d.message.value,
        ...(d.code !== undefined ? { code: String(d.code) } : {}),
      });
    }
  }
}

function sessionNames(session: Session): Pick<DiagramSession, 'server' | 'client'> {
  const names: Pick<DiagramSession, 'server' | 'client'> = {};
  const server = session.heloReply?.ehloFirstWord?.text ?? firstWord(session.greeting) ?? firstWord(session.heloReply);
  if (server && !/^\d/.test(server)) names.server = server;
  const helo = session.commands.find((c) => c.verb === 'EHLO' || c.verb === 'HELO' || c.verb === 'LHLO');
  const client = helo?.args.trim().split(/\s+/)[0];
  if (client) names.client = client;
  return names;
}

const firstWord = (reply?: Reply) => reply?.lines[0]?.text.trim().split(/\s+/)[0] || undefined;

/**
 * The lines of a bounce that hold the SMTP transcript it quotes, at their own line numbers, every
 * other line blank: the transcript reader then reads only the transcript, and every position is
 * the document's. A text part qualifies when its lines carry both sides' markers (Sendmail's
 * `>>>`/`<<<`); quoted-printable parts are decoded, each line at the document line it starts on.
 */
function bounceTranscriptLines(text: string): SourceLine[] {
  const doc = parseDocument(text);
  const lines: SourceLine[] = doc.lines.map(() => ({ text: '', ending: '\n', crlf: false, hasNewline: true }));
  const parts: MimeEntity[] = [];
  const stack = [...doc.messages];
  while (stack.length) {
    const e = stack.pop()!;
    // The returned message (message/rfc822) is the sender's mail, not the server's report.
    if (e.children.length) stack.push(...e.children);
    else if (!e.message && !e.headerBlock && e.contentType.mime.startsWith('text/') && e.encoding !== 'base64') parts.push(e);
  }
  for (const part of parts) {
    const view = bodyView(doc, part);
    const sides = new Set(view.lines.map((l) => classifyLine(l)).filter((c) => c.kind === 'protocol' && c.dialect !== 'raw').map((c) => c.direction));
    if (!sides.has('client') || !sides.has('server')) continue;
    view.lines.forEach((l, i) => {
      const at = view.position(i, 0).line;
      if (at >= 0 && at < lines.length && !lines[at].text) lines[at] = { ...lines[at], text: l };
    });
  }
  return lines;
}
