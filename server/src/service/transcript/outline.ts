/**
 * The outline of a transcript: one symbol per session (the first names what the reader
 * recognised), with the greeting, the commands, EHLO's extensions and each transaction's outcome.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { range } from '../analysis';
import type { messagesFor } from '../messages';
import type { Dialect } from './transcriptLines';
import { transactionCommands, type Command, type Session, type Transaction, type TranscriptModel } from './sessionModel';

type Messages = ReturnType<typeof messagesFor>;
type Outcome = keyof Messages['outcome'];

const dialectNames: Partial<Record<Dialect, string>> = {
  rfc: 'S:/C:',
  raw: 'SMTP',
  swaks: 'swaks',
  sendmail: 'Sendmail',
  exim: 'Exim',
  postfix: 'Postfix',
  smtplib: 'Python smtplib',
  curl: 'curl -v',
};

/** What the reader recognised, else the tool of the first protocol line. */
function producerName(model: TranscriptModel): string | undefined {
  if (model.reading.producer) return model.reading.producer;
  const first = model.units.find((u) => u.kind === 'protocol' && u.dialect);
  return first ? (dialectNames[first.dialect!] ?? first.dialect) : undefined;
}

export function buildOutline(model: TranscriptModel, m: Messages): DocumentSymbol[] {
  return documentOutline(model, m).symbols;
}

/** The outline with, per session, the index of its symbol (or of the next one); and the producer the first symbol names. */
export interface Outline {
  symbols: DocumentSymbol[];
  starts: number[];
  producer: string | undefined;
}

export function documentOutline(model: TranscriptModel, m: Messages): Outline {
  const producer = producerName(model);
  const { symbols, starts } = sessionSymbols(model, m, producer, 0, false);
  // A document without a session still says what it was read as.
  if (!symbols.length && producer && model.units.length) symbols.push(symbol(producer, '', SymbolKind.File, 0, 0, model.lines[0]?.text.length ?? 0));
  return { symbols, starts, producer };
}

/**
 * One symbol per session of the model that shows a greeting or a command, numbered after the
 * `sessionsBefore` sessions of the document before them; the document's first symbol names the
 * producer (none of these where `symbolsBefore`). `starts`: per session, the index of its symbol (or of the next one).
 */
export function sessionSymbols(model: TranscriptModel, m: Messages, producer: string | undefined, sessionsBefore: number, symbolsBefore: boolean): { symbols: DocumentSymbol[]; starts: number[] } {
  const lineEnd = (line: number) => model.lines[line]?.text.length ?? 0;
  const symbols: DocumentSymbol[] = [];
  const starts: number[] = [];
  model.sessions.forEach((session, i) => {
    starts.push(symbols.length);
    if (!session.commands.length && !session.greeting) return;
    const n = sessionsBefore + i + 1;
    const name = symbols.length === 0 && !symbolsBefore && producer ? `${m.session(n)} · ${producer}` : m.session(n);
    const s = symbol(name, sessionHost(session), SymbolKind.Module, session.startLine, 0, lineEnd(session.endLine), session.endLine);
    s.children = sessionChildren(session, model, m);
    symbols.push(s);
  });
  return { symbols, starts };
}

function sessionHost(session: Session): string {
  const g = session.greeting?.lines[0];
  if (!g) return '';
  const firstWord = g.text.slice(g.enhanced ? g.enhanced.code.length : 0).trim().split(/\s+/)[0];
  // A greeting names its host first ("220 mx.example.com ESMTP"); a refusal may not.
  return g.code === '220' || /[.:[]/.test(firstWord) ? firstWord : '';
}

function sessionChildren(session: Session, model: TranscriptModel, m: Messages): DocumentSymbol[] {
  const lineEnd = (line: number) => model.lines[line]?.text.length ?? 0;
  const children: DocumentSymbol[] = [];
  if (session.greeting) {
    const g = session.greeting.lines[0];
    children.push(symbol(`${g.code} ${m.greetingSymbol}`, g.text, SymbolKind.Event, g.line, g.col, lineEnd(g.line)));
  }
  const inTransaction = new Set(session.transactions.flatMap((t) => transactionCommands(t)));
  // The first transaction each MAIL opened, by its MAIL: one look-up per command, not a search.
  const transactionOfMail = new Map<Command, Transaction>();
  for (const t of session.transactions) if (!transactionOfMail.has(t.mail)) transactionOfMail.set(t.mail, t);
  let n = 0;
  for (let i = 0; i < session.commands.length; i++) {
    const command = session.commands[i];
    const transaction = transactionOfMail.get(command);
    if (transaction) {
      children.push(transactionSymbol(transaction, ++n, model, m));
      continue;
    }
    if (inTransaction.has(command)) continue;
    const detail = (command.finalReply ?? command.reply)?.code ?? '';
    const label = `${command.verb} ${command.verb === 'AUTH' ? command.args.split(/\s+/)[0] : command.args}`.trim();
    const s = symbol(label, detail, SymbolKind.Method, command.line, command.col, lineEnd(command.line));
    if ((command.verb === 'EHLO' || command.verb === 'HELO') && command.reply && command.reply === session.heloReply && session.extensions) {
      s.children = [...session.extensions].map(([keyword, ext]) => symbol(keyword, ext.params, SymbolKind.Property, ext.line, 0, lineEnd(ext.line)));
    }
    children.push(s);
  }
  return children;
}

function transactionSymbol(t: Transaction, n: number, model: TranscriptModel, m: Messages): DocumentSymbol {
  const lineEnd = (line: number) => model.lines[line]?.text.length ?? 0;
  const members = [t.mail, ...t.rcpts, ...(t.data ? [t.data] : []), ...(t.end ? [t.end] : [])];
  const last = members.reduce((a, b) => (b.line > a.line ? b : a));
  const endLine = last.reply ? last.reply.lines[last.reply.lines.length - 1].line : last.line;
  const s = symbol(`${m.transaction(n)}: MAIL ${t.mail.args}`, m.outcome[transactionOutcome(t)], SymbolKind.Object, t.mail.line, 0, lineEnd(endLine), endLine);
  s.children = transactionCommands(t).map((c) => symbol(`${c.verb} ${c.args}`.trim(), c.reply?.code ?? '', SymbolKind.Method, c.line, c.col, lineEnd(c.line)));
  return s;
}

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

function symbol(name: string, detail: string, kind: SymbolKind, line: number, col: number, endCol: number, endLine = line): DocumentSymbol {
  const r = range(line, 0, endCol, endLine);
  return { name: name || '?', detail, kind, range: r, selectionRange: range(line, col, Math.max(col, line === endLine ? endCol : col)) };
}
