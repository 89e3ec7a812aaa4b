/**
 * What the EHLO reply advertised (RFC 5321 §4.1.1.1): commands, MAIL/RCPT parameters and
 * pipelining need their keyword (RFC 2920, 1870, 6152, 3030, 3461, 4954, 6531, 8689, 2852, 6710,
 * 4865, 3207), and SIZE= must stay within the advertised limit (RFC 1870 §6).
 */
import { knowledge } from '../../../knowledge';
import { range } from '../../analysis';
import type { Command, Session, TranscriptModel } from '../sessionModel';
import { eventsOf, sentCommands, type TranscriptRule } from './ruleContext';

/** Which EHLO keyword a MAIL/RCPT parameter needs. */
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

function heloSent(model: TranscriptModel, session: Session, command: Command): boolean {
  return (
    session.commands.some((c) => c.line < command.line && /^(?:EHLO|HELO|LHLO)$/.test(c.verb)) ||
    model.events.some((e) => e.kind === 'reply' && e.session === session && e.reply.code === '250' && e.reply.lines.length > 1 && e.reply.lines[0].line < command.line)
  );
}

export const extensionsRule: TranscriptRule = {
  ids: ['smtp.extension-not-advertised', 'smtp.size-over-limit'],
  check({ model, m, report }) {
    const pipeliningReported = new Set<unknown>();
    const sent = sentCommands(model);
    for (let i = 0; i < sent.length; i++) {
      const { command, session } = sent[i];
      if (command.unknown) continue;
      const { state, mailPath } = command.sent!;
      const extensions = state.extensions;
      // Only a reply that came after this command proves it was sent early; a reply that never came
      // (a dropped connection, a client that gave up waiting) proves nothing.
      const provenEarly = state.oldestUnanswered?.reply !== undefined;
      if (command.pipelined && provenEarly && extensions && !extensions.has('PIPELINING') && !pipeliningReported.has(session)) {
        pipeliningReported.add(session);
        report('smtp.extension-not-advertised', range(command.line, command.col, command.col + command.verb.length), [m.pipelinedCommands, 'PIPELINING']);
      }
      const needed = knowledge.command(command.verb)?.requiresExtension;
      // Before any EHLO of a session whose start is shown (or after STARTTLS reset it), nothing is advertised yet.
      const nothingAdvertised = !state.heloSeen && !state.heloPending && (state.greetingSeen || state.tlsReset);
      // (Where an EHLO was sent but its reply was not read, what it offered is unknown, not absent.)
      // (Nor where a multi-line 250 before it looks like an EHLO reply the reader could not pair.)
      if (!extensions && needed && nothingAdvertised && (state.tlsReset || !heloSent(model, session, command))) report('smtp.extension-not-advertised', range(command.line, command.col, command.col + command.verb.length), [m.commandLabel(command.verb), needed]);
      if (!extensions) continue;
      if (needed && !extensions.has(needed)) report('smtp.extension-not-advertised', range(command.line, command.col, command.col + command.verb.length), [m.commandLabel(command.verb), needed]);
      for (const p of mailPath?.params ?? []) {
        const keyword = parameterKeyword[p.name]?.(p.value ?? '');
        if (keyword && !extensions.has(keyword)) report('smtp.extension-not-advertised', range(command.line, p.col, p.col + p.name.length), [m.parameterLabel(p.name, command.verb), keyword]);
        if (p.name !== 'SIZE' || !extensions.has('SIZE')) continue;
        const limit = Number(extensions.get('SIZE')!.params.trim().split(/\s+/)[0] || '0');
        const size = Number(p.value);
        if (limit > 0 && Number.isFinite(size) && size > limit) report('smtp.size-over-limit', range(command.line, p.col, p.col + p.length), [String(size), String(limit)]);
      }
    }
    // The tool sent STARTTLS itself, without showing it, after the server had not offered it.
    for (const e of eventsOf(model, 'starttls-without-offer')) report('smtp.extension-not-advertised', range(e.line, e.col, e.endCol), [m.commandLabel('STARTTLS'), 'STARTTLS']);
  },
};
