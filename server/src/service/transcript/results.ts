/**
 * Hovers, inlay hints and folds, built from the session model in document order: every reply line
 * explains its code in the context of the command it answers, every command names its reply.
 */
import type { FoldingRange } from 'vscode-languageserver-types';
import { knowledge } from '../../knowledge';
import { parseEnhancedCode, replyCodeProblem } from '../../knowledge/codes';
import type { Lang } from '../../knowledge/types';
import { isFailureCode, range, type Analysis, type Span } from '../analysis';
import { shortMeaning, type ViewSection } from '../explain';
import type { messagesFor } from '../messages';
import { expectedReplies, isReplyAllowed } from './replyRules';
import { credentialMechanisms } from './sessionBuilder';
import { commandName, type Command, type Reply, type Session, type TranscriptModel } from './sessionModel';

type Messages = ReturnType<typeof messagesFor>;

export function buildResults(model: TranscriptModel, out: Analysis, lang: Lang, m: Messages): void {
  const authHidden = (line: number, start: number, end: number): Span => ({ range: range(line, start, end), sections: [{ heading: 'AUTH', paragraphs: [m.authHidden] }] });
  for (const e of model.events) {
    switch (e.kind) {
      case 'reply':
        replyResults(e.reply, out, lang, m, serverHosts(e.session));
        break;
      case 'command':
        for (const p of e.command.sent!.mailPath?.params ?? []) {
          if (knowledge.extension(p.name)) out.spans.push({ range: range(e.command.line, p.col, p.col + p.name.length), key: p.name });
        }
        if (e.command.sent!.auth?.response && credentialMechanisms.has(e.command.sent!.auth.mechanism)) {
          const r = e.command.sent!.auth.response;
          out.spans.push(authHidden(e.command.line, r.col, r.col + r.length));
        }
        break;
      case 'auth-data':
        out.spans.push(authHidden(e.line, e.col, e.endCol));
        break;
      case 'data-end':
        if (e.startLine >= 0 && e.endLine > e.startLine) out.folds.push({ startLine: e.startLine, endLine: e.endLine });
        break;
      case 'loose-reply':
        if (replyCodeProblem(e.code) === 'first-digit') break;
        out.spans.push({ range: range(e.line, e.col, e.col + 3), key: e.code, providerText: e.text });
        if (e.enhanced && parseEnhancedCode(e.enhanced)) out.spans.push({ range: range(e.line, e.textCol, e.textCol + e.enhanced.length), key: e.enhanced, providerText: e.text });
        break;
      case 'loose-command':
        out.spans.push({ range: range(e.line, e.col, e.col + e.verb.length), key: e.verb });
        break;
      case 'loose-enhanced':
        if (parseEnhancedCode(e.code)) out.spans.push({ range: range(e.line, e.col, e.col + e.code.length), key: e.code });
        break;
      case 'retcode':
        if (replyCodeProblem(e.code) !== 'first-digit') out.spans.push({ range: range(e.line, e.col, e.col + 3), key: e.code });

        break;
    }
  }
  for (const session of model.sessions) for (const command of session.commands) if (!command.unknown) out.spans.push(commandSpan(command, m));
}

/** The names the session's server gave itself, in its greeting and its EHLO reply: who is speaking (issue 15). */
function serverHosts(session: Session): string {
  const firstWord = (reply?: Reply) => reply?.lines[0]?.text.trim().split(/\s+/)[0];
  return [firstWord(session.greeting), session.heloReply?.ehloFirstWord?.text ?? firstWord(session.heloReply)].filter(Boolean).join(' ');
}

function replyResults(reply: Reply, out: Analysis, lang: Lang, m: Messages, providerHost: string): void {
  for (const e of reply.ehloLines ?? []) {
    if (knowledge.extension(e.keyword)) out.spans.push({ range: range(e.line, e.col, e.col + e.written.length), key: e.keyword });
  }
  const command = reply.answers;
  const context: ViewSection[] = [];
  if (command?.verb === 'CONNECT') context.push({ heading: m.context, paragraphs: [m.answersGreeting] });
  else if (command) {
    const name = commandName(command.verb);
    const allowed = isReplyAllowed(command.verb, reply.code);
    context.push({
      heading: m.context,
      paragraphs: [m.answers(name, command.line + 1), allowed ? m.allowedAfter(name) : m.notAllowedAfter(name, expectedReplies(command.verb).join(', '))],
    });
  } else context.push({ heading: m.context, paragraphs: [m.unanswered] });
  const providerText = `${reply.code} ${reply.lines.map((l) => l.text).join(' ')}`;
  for (const l of reply.lines) {
    out.spans.push({ range: range(l.line, l.col, l.col + 3), key: l.code, providerText, providerHost, sections: context });
    if (l.enhanced && parseEnhancedCode(l.enhanced.code)) {
      out.spans.push({ range: range(l.line, l.enhanced.col, l.enhanced.col + l.enhanced.code.length), key: l.enhanced.code, providerText, providerHost, sections: context });
    }
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

function commandSpan(command: Command, m: Messages): Span {
  const paragraphs = command.reply ? [m.answeredBy(command.reply.code, command.reply.lines[0].line + 1)] : [m.noReply];
  return { range: range(command.line, command.col, command.col + command.verb.length), key: command.verb, sections: [{ heading: m.context, paragraphs }] };
}
