/**
 * Message data (RFC 5321 §4.1.1.4, §2.3.8): bare LFs and <LF>.<LF> (SMTP smuggling) where the
 * transcript shows line endings, message text sent although DATA was refused, and an end of data
 * that the server never answered.
 */
import { range } from '../../analysis';
import type { ModelEvent, Surroundings, TranscriptModel } from '../sessionModel';
import { eventsOf, type TranscriptRule } from './ruleContext';

export const dataRule: TranscriptRule = {
  ids: ['smtp.bare-lf', 'smtp.smuggling', 'smtp.text-after-refused-data', 'smtp.no-reply-after-data'],
  check(context) {
    lineEndings(context);
    textAfterRefusal(context);
    noReplyAfterData(context);
  },
};

function lineEndings({ model, report }: Parameters<typeof dataRule.check>[0]): void {
  let previousEndedBareLf = model.surroundings?.previousEndedBareLf ?? false;
  // Line endings are the wire's only in a raw capture where both the DATA command and the server's
  // 354 end with CRLF; a paste, a terminal or a log shows LF (or the client's CR alone) whatever was sent.
  let wireEndings = model.surroundings?.wireEndings ?? false;
  const events = model.events;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (isDataGoAhead(e)) wireEndings = wireEndingsOf(model, e);
    if (e.kind === 'data-end') previousEndedBareLf = false;
    if (e.kind !== 'data-line') continue;
    if (e.escaped) {
      // smtplib shows the escapes: "\n.\n" or "\r\n.\n" inside one send.
      const smuggle = /(?:^|[^r])\\n\.(?:\\n|\\r\\n)|\\r\\n\.\\n/.exec(e.text);
      if (smuggle) {
        report('smtp.smuggling', range(e.line, e.col + smuggle.index, e.col + smuggle.index + smuggle[0].length), []);
        continue;
      }
      const bare = /(?:^|[^r\\])\\n/.exec(e.text.replace(/\\\\/g, '__'));
      if (bare) report('smtp.bare-lf', range(e.line, e.col + bare.index, e.col + bare.index + bare[0].length), []);
      continue;
    }
    const source = model.lines[e.line];
    // A tool's log (a marked line) shows the text it was given, not the octets it sent.
    const dialect = model.units[e.unit]?.dialect;
    if (wireEndings && (dialect === undefined || dialect === 'raw')) {
      if (e.text === '.' && (source.ending === '\n' || (previousEndedBareLf && source.hasNewline))) report('smtp.smuggling', range(e.line, e.col, e.col + 1), []);
      else if (source.ending === '\n' && e.text !== '.') report('smtp.bare-lf', range(e.line, e.col, e.endCol), []);
    }
    if (/<LF>\.<LF>|\\n\.\\n|\\r\\n\.\\n|\\n\.\\r\\n/.test(e.text)) report('smtp.smuggling', range(e.line, e.col, e.endCol), []);
    previousEndedBareLf = source.ending === '\n';
  }
}

const isDataGoAhead = (e: ModelEvent): e is Extract<ModelEvent, { kind: 'reply' }> => e.kind === 'reply' && e.reply.code === '354' && e.reply.answers?.verb === 'DATA';

function wireEndingsOf(model: TranscriptModel, e: Extract<ModelEvent, { kind: 'reply' }>): boolean {
  const ending = (line: number) => model.lines[line].ending;
  return ending(e.reply.answers!.line) === '\r\n' && ending(e.reply.lines[e.reply.lines.length - 1].line) === '\r\n';
}

/**
 * What the events before `end` leave for lineEndings, found from the end backwards: the last DATA's
 * 354 and the last message line. (Where the model covers some sessions only, the rest of the
 * document's events are its surroundings.)
 */
export function lineEndingStateBefore(model: TranscriptModel, end: number): Pick<Surroundings, 'wireEndings' | 'previousEndedBareLf'> {
  let wireEndings: boolean | undefined;
  let previousEndedBareLf: boolean | undefined;
  for (let i = end - 1; i >= 0 && (wireEndings === undefined || previousEndedBareLf === undefined); i--) {
    const e = model.events[i];
    if (wireEndings === undefined && isDataGoAhead(e)) wireEndings = wireEndingsOf(model, e);
    if (previousEndedBareLf !== undefined) continue;
    if (e.kind === 'data-end') previousEndedBareLf = false;
    else if (e.kind === 'data-line' && !e.escaped) previousEndedBareLf = model.lines[e.line].ending === '\n';
  }
  return { wireEndings: wireEndings ?? false, previousEndedBareLf: previousEndedBareLf ?? false };
}

/** Once per refused DATA: the server reads each line as a command and answers 500 (RFC 5321 §3.3). */
function textAfterRefusal({ model, report }: Parameters<typeof dataRule.check>[0]): void {
  const reported = new Set<unknown>();
  for (const e of eventsOf(model, 'refused-data-text')) {
    if (reported.has(e.data)) continue;
    reported.add(e.data);
    report('smtp.text-after-refused-data', range(e.line, e.col, Math.max(e.endCol, e.col + 1)), [e.data.reply?.code ?? '', String(e.data.line + 1)]);
  }
}

/**
 * The end of data got no reply although the transcript goes on (later commands) or says the
 * connection closed. A transcript that just ends after the dot raises nothing: it may be cut.
 */
function noReplyAfterData({ model, report }: Parameters<typeof dataRule.check>[0]): void {
  // A tool that prints the client's side only shows no reply at all: its silence proves nothing.
  if (!(model.surroundings?.anyReply ?? eventsOf(model, 'reply').length > 0)) return;
  const answeredEmpty = new Set(eventsOf(model, 'codeless-reply').map((e) => e.due));
  // Walked backwards, so that whether anything follows is known at each event without a rescan.
  let followed = model.surroundings?.followed ?? false;
  const found: Extract<ModelEvent, { kind: 'data-end' }>[] = [];
  for (let i = model.events.length - 1; i >= 0; i--) {
    const e = model.events[i];
    if (e.kind === 'data-end' && followed && !e.command.reply && !answeredEmpty.has(e.command)) found.push(e);
    if (e.kind === 'close-evidence' || e.kind === 'command' || e.kind === 'reply') followed = true;
  }
  for (const e of found.reverse()) report('smtp.no-reply-after-data', range(e.endLine, e.command.col, model.lines[e.endLine]?.text.length ?? 0), []);
}
