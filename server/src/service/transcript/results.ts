/**
 * Hovers, inlay hints and folds, built from the session model in document order: every reply line
 * explains its code in the context of the command it answers, every command names its reply.
 */
import type { FoldingRange } from 'vscode-languageserver-types';
import { knowledge } from '../../knowledge';
import { parseEnhancedCode, replyCodeProblem } from '../../knowledge/codes';
import type { Lang } from '../../knowledge/types';
import { SpanTable, isFailureCode, type InlayHintInfo } from '../analysis';
import { shortMeaning, type ViewSection } from '../explain';
import type { messagesFor } from '../messages';
import { expectedReplies, isReplyAllowed } from './replyRules';
import { credentialMechanisms } from './sessionBuilder';
import { commandName, type Command, type Reply, type Session, type TranscriptModel } from './sessionModel';

type Messages = ReturnType<typeof messagesFor>;

/**
 * What results.ts builds from a model: the events' spans, then the commands' spans (in a table that
 * shares its details with `eventSpans`), hints and folds in event order, and for each session of the
 * model the row or item where its own begin, so that a part of the document can be replaced alone.
 */
export interface TranscriptResults {
  eventSpans: SpanTable;
  commandSpans: SpanTable;
  inlayHints: InlayHintInfo[];
  folds: FoldingRange[];
  sessionStarts: { eventSpans: number[]; commandSpans: number[]; inlayHints: number[]; folds: number[] };
}

/** `table`: an empty table whose details the new spans join (a previous version's, after an edit). */
export function buildResults(model: TranscriptModel, lang: Lang, m: Messages, table = new SpanTable()): TranscriptResults {
  const spans = table;
  const out: TranscriptResults = {
    eventSpans: spans,
    commandSpans: spans.emptySharingDetails(),
    inlayHints: [],
    folds: [],
    sessionStarts: { eventSpans: [], commandSpans: [], inlayHints: [], folds: [] },
  };
  const starts = out.sessionStarts;
  const sessionEvents = model.build!.sessionEvents;
  let authHiddenDetail = -1;
  const authHidden = (line: number, start: number, end: number) => {
    if (authHiddenDetail < 0) authHiddenDetail = spans.addDetail({ sections: [{ heading: 'AUTH', paragraphs: [m.authHidden] }] });
    spans.add(line, start, end, undefined, authHiddenDetail);
  };
  const events = model.events;
  let session = 0;
  for (let i = 0; i <= events.length; i++) {
    for (; session < sessionEvents.length && sessionEvents[session] === i; session++) {
      starts.eventSpans.push(spans.length);
      starts.inlayHints.push(out.inlayHints.length);
      starts.folds.push(out.folds.length);
    }
    if (i === events.length) break;
    const e = events[i];
    switch (e.kind) {
      case 'reply':
        replyResults(e.reply, e.session, out, lang, m);
        break;
      case 'command':
        const params = e.command.sent!.mailPath?.params;
        for (let j = 0; params && j < params.length; j++) {
          const p = params[j];
          if (knowledge.extension(p.name)) spans.add(e.command.line, p.col, p.col + p.name.length, p.name);
        }
        if (e.command.sent!.auth?.response && credentialMechanisms.has(e.command.sent!.auth.mechanism)) {
          const r = e.command.sent!.auth.response;
          authHidden(e.command.line, r.col, r.col + r.length);
        }
        break;
      case 'auth-data':
        authHidden(e.line, e.col, e.endCol);
        break;
      case 'data-end':
        if (e.startLine >= 0 && e.endLine > e.startLine) out.folds.push({ startLine: e.startLine, endLine: e.endLine });
        break;
      case 'loose-reply': {
        if (replyCodeProblem(e.code) === 'first-digit') break;
        const detail = spans.addDetail({ providerText: e.text });
        spans.add(e.line, e.col, e.col + 3, e.code, detail);
        if (e.enhanced && parseEnhancedCode(e.enhanced)) spans.add(e.line, e.textCol, e.textCol + e.enhanced.length, e.enhanced, detail);
        break;
      }
      case 'loose-command':
        spans.add(e.line, e.col, e.col + e.verb.length, e.verb);
        break;
      case 'loose-enhanced':
        if (parseEnhancedCode(e.code)) spans.add(e.line, e.col, e.col + e.code.length, e.code);
        break;
      case 'retcode':
        if (replyCodeProblem(e.code) !== 'first-digit') spans.add(e.line, e.col, e.col + 3, e.code);

        break;
    }
  }
  for (const s of model.sessions) {
    starts.commandSpans.push(out.commandSpans.length);
    for (let j = 0; j < s.commands.length; j++) if (!s.commands[j].unknown) commandSpan(s.commands[j], m, out.commandSpans);
  }
  return out;
}

/** The names the session's server gave itself, in its greeting and its EHLO reply: who is speaking (issue 15). */
function serverHosts(session: Session): string {
  const firstWord = (reply?: Reply) => reply?.lines[0]?.text.trim().split(/\s+/)[0];
  return [firstWord(session.greeting), session.heloReply?.ehloFirstWord?.text ?? firstWord(session.heloReply)].filter(Boolean).join(' ');
}

function replyResults(reply: Reply, session: Session, out: TranscriptResults, lang: Lang, m: Messages): void {
  const spans = out.eventSpans;
  const ehloLines = reply.ehloLines;
  for (let i = 0; ehloLines && i < ehloLines.length; i++) {
    const e = ehloLines[i];
    if (knowledge.extension(e.keyword)) spans.add(e.line, e.col, e.col + e.written.length, e.keyword);
  }
  // Made when a hover asks, each time: the line it names moves where an edit above adds or removes lines.
  const detail = spans.addDetail({ live: () => ({ providerText: `${reply.code} ${reply.lines.map((l) => l.text).join(' ')}`, providerHost: serverHosts(session), sections: replyContext(reply, m) }) });
  for (let i = 0; i < reply.lines.length; i++) {
    const l = reply.lines[i];
    spans.add(l.line, l.col, l.col + 3, l.code, detail);
    if (l.enhanced && parseEnhancedCode(l.enhanced.code)) spans.add(l.line, l.enhanced.col, l.enhanced.col + l.enhanced.code.length, l.enhanced.code, detail);
  }
  const first = reply.lines[0];
  const meaning = shortMeaning(first.code, lang);
  // One hint per reply: the enhanced code's meaning is the more specific one where it exists;
  // after "250-" the hint follows the hyphen so that the continuation mark stays readable.
  // An enhanced code without subject and detail ("2.0.0") says no more than its reply code: the reply's meaning is the hint.
  const specific = first.enhanced && !/\.0\.0$/.test(first.enhanced.code);
  const enhancedMeaning = first.enhanced && specific ? shortMeaning(first.enhanced.code, lang) : undefined;
  const failure = isFailureCode(first.code) || isFailureCode(first.enhanced?.code) ? first.code : undefined;
  if (first.enhanced && enhancedMeaning) {
    out.inlayHints.push({ line: first.line, character: first.enhanced.col + first.enhanced.code.length, label: enhancedMeaning, tooltip: `${first.code}: ${meaning ?? ''}`, code: failure ?? first.enhanced.code });
  } else if (meaning) {
    const at = first.enhanced ? first.enhanced.col + first.enhanced.code.length : first.col + (first.separator === '-' ? 4 : 3);
    out.inlayHints.push({ line: first.line, character: at, label: meaning, code: failure ?? first.code });
  }
  const last = reply.lines[reply.lines.length - 1];
  if (reply.lines.length > 1) out.folds.push({ startLine: first.line, endLine: last.line, kind: 'region' } as FoldingRange);
}

/** What a reply's hover says of the command it answers. */
function replyContext(reply: Reply, m: Messages): ViewSection[] {
  const command = reply.answers;
  if (command?.verb === 'CONNECT') return [{ heading: m.context, paragraphs: [m.answersGreeting] }];
  if (!command) return [{ heading: m.context, paragraphs: [m.unanswered] }];
  const name = commandName(command.verb);
  const allowed = isReplyAllowed(command.verb, reply.code);
  return [
    {
      heading: m.context,
      paragraphs: [m.answers(name, command.line + 1), allowed ? m.allowedAfter(name) : m.notAllowedAfter(name, expectedReplies(command.verb).join(', '))],
    },
  ];
}

function commandSpan(command: Command, m: Messages, spans: SpanTable): void {
  const detail = spans.addDetail({
    live: () => ({ sections: [{ heading: m.context, paragraphs: command.reply ? [m.answeredBy(command.reply.code, command.reply.lines[0].line + 1)] : [m.noReply] }] }),
  });
  spans.add(command.line, command.col, command.col + command.verb.length, command.verb, detail);
}
