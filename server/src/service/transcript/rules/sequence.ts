/**
 * The order of commands (RFC 5321 §3.3, §4.1.1.10, §4.1.4; RFC 2920 §3.1; RFC 3030 §2; RFC 4954 §4).
 * Each check needs the part of the session it is about: an excerpt that starts mid-way raises nothing.
 */
import { range } from '../../analysis';
import type { Command, SentState } from '../sessionModel';
import { sentCommands, type TranscriptRule } from './ruleContext';

export const sequenceRule: TranscriptRule = {
  ids: [
    'smtp.command-before-greeting',
    'smtp.command-after-quit',
    'smtp.command-after-close',
    'smtp.mail-before-helo',
    'smtp.mail-before-ehlo-reply',
    'smtp.rcpt-before-mail',
    'smtp.nested-mail',
    'smtp.data-without-rcpt',
    'smtp.auth-twice',
    'smtp.bdat-after-last',
  ],
  check({ model, report }) {
    const sent = sentCommands(model);
    for (let i = 0; i < sent.length; i++) {
      const command = sent[i].command;
      if (command.unknown) continue;
      const { state } = command.sent!;
      const verb = command.verb;
      const started = state.greetingSeen || state.heloSeen || state.tlsReset;
      if (command.beforeGreeting) report('smtp.command-before-greeting', verbRange(command), [verb]);
      if (state.quitSent) report('smtp.command-after-quit', verbRange(command), [verb]);
      else if (state.closedBy) report('smtp.command-after-close', verbRange(command), [verb, state.closedBy]);
      // Only an EHLO answered later proves the order; tools that print one side only prove nothing.
      if (verb === 'MAIL' && state.heloPending?.reply) report('smtp.mail-before-ehlo-reply', verbRange(command), []);
      else if (verb === 'MAIL' && !state.heloSeen && (state.greetingSeen || state.tlsReset)) report('smtp.mail-before-helo', verbRange(command), [verb]);
      if (verb === 'MAIL' && openTransaction(command)) report('smtp.nested-mail', verbRange(command), [String(state.transaction!.mail.line + 1)]);
      if (verb === 'RCPT' && started) {
        const mail = state.transaction?.mail;
        const mailRefused = mail?.reply && mail.reply.code[0] !== '2' && !command.pipelined;
        if (!mail || mailRefused) report('smtp.rcpt-before-mail', verbRange(command), []);
      }
      const afterLast = verb === 'BDAT' && state.bdatLast && state.transaction === undefined && state.transactionsSoFar > 0 && !state.mailSinceLast;
      // A chunk after BDAT LAST is one fault, not also a DATA without recipients.
      if ((verb === 'DATA' || verb === 'BDAT') && started && state.heloSeen && !command.pipelined && !afterLast) {
        const accepted = acceptedRcptBefore(state);
        const bdatContinues = verb === 'BDAT' && state.transactionData?.verb === 'BDAT';
        if (!accepted && !bdatContinues) report('smtp.data-without-rcpt', verbRange(command), []);
      }
      if (verb === 'AUTH' && state.authenticated) report('smtp.auth-twice', verbRange(command), []);
      if (afterLast) report('smtp.bdat-after-last', verbRange(command), []);
    }
  },
};

const verbRange = (command: Command) => range(command.line, command.col, command.col + command.verb.length);

/**
 * A MAIL while the previous MAIL was accepted and neither DATA/BDAT, RSET nor EHLO followed:
 * the server answers 503 (RFC 5321 §4.1.4). A refused or unanswered MAIL opened nothing.
 */
function openTransaction(command: Command): boolean {
  const { state } = command.sent!;
  const mail = state.transaction?.mail;
  if (!mail || state.transactionData || state.resetPending || state.heloPending) return false;
  return mail.reply?.code[0] === '2';
}

/** Whether one of the RCPTs sent before the command was accepted (the first ones of its transaction). */
function acceptedRcptBefore(state: SentState): boolean {
  const rcpts = state.transaction?.rcpts ?? [];
  for (let i = 0; i < state.rcptsSoFar; i++) if (rcpts[i].reply?.code[0] === '2') return true;
  return false;
}
