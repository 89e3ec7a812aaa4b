/**
 * The client's lines as commands (RFC 5321 §4.1.1, §4.1.2): a known verb (or a likely typo of
 * one), a domain after EHLO/HELO, and <…> around the MAIL/RCPT address.
 */
import { range } from '../../analysis';
import { extensionVerbs } from '../sessionBuilder';
import { sentCommands, type TranscriptRule } from './ruleContext';

export const commandsRule: TranscriptRule = {
  ids: ['smtp.unknown-command', 'smtp.not-a-command', 'smtp.helo-without-domain', 'smtp.address-without-brackets'],
  check({ model, m, report }) {
    const sent = sentCommands(model);
    for (let i = 0; i < sent.length; i++) {
      const command = sent[i].command;
      const { words, suggestion, explicitClient, state, mailPath } = command.sent!;
      if (suggestion) {
        report('smtp.unknown-command', range(command.line, command.col, command.col + words.written.length), [words.written, suggestion], [{ title: m.fixCommand(suggestion), edits: [{ range: range(command.line, command.col, command.col + words.written.length), newText: suggestion }], preferred: true }]);
      } else if (command.unknown && explicitClient && !extensionVerbs.has(command.verb) && !command.verb.startsWith('X')) {
        // Shell input typed into the session (exit, ls): only where the session's start is shown,
        // so that message text of an excerpt that starts inside DATA is not taken for commands.
        if (state.greetingSeen || state.heloSeen || state.tlsReset) report('smtp.not-a-command', range(command.line, command.col, command.col + words.written.length), [words.written]);
      }
      if ((command.verb === 'EHLO' || command.verb === 'HELO') && !command.args.trim()) report('smtp.helo-without-domain', range(command.line, command.col, command.col + words.written.length), [command.verb]);
      const bare = mailPath?.bareAddress;
      if (bare) {
        report('smtp.address-without-brackets', range(command.line, bare.col, bare.col + bare.text.length), [`${command.verb} ${mailPath.keyword}:`], [
          { title: m.fixWrapAddress, edits: [{ range: range(command.line, bare.col, bare.col + bare.text.length), newText: `<${bare.text}>` }], preferred: true },
        ]);
      }
    }
  },
};
