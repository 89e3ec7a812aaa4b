/**
 * AUTH (RFC 4954): a mechanism the server offered (§4), credentials not sent in cleartext before
 * STARTTLS (§4, §14) unless the connection is TLS from the start (RFC 8314 §3.3), and credentials
 * that the transcript itself leaks.
 */
import { range } from '../../analysis';
import { redactedPlaceholder } from '../commandSyntax';
import { credentialMechanisms } from '../sessionBuilder';
import { eventsOf, sentCommands, type TranscriptRule } from './ruleContext';

export const authRule: TranscriptRule = {
  ids: ['smtp.extension-not-advertised', 'smtp.auth-before-starttls', 'smtp.credentials-in-transcript'],
  check({ model, m, report }) {
    const sent = sentCommands(model);
    for (let i = 0; i < sent.length; i++) {
      const command = sent[i].command;
      const auth = command.sent?.auth;
      if (command.unknown || !auth) continue;
      const { state } = command.sent!;
      const mechanismRange = () => range(command.line, command.argsCol, command.argsCol + auth.mechanismLength);
      const offered = state.extensions?.get('AUTH')?.params.toUpperCase().split(/[\s=]+/);
      if (offered && !offered.includes(auth.mechanism)) report('smtp.extension-not-advertised', mechanismRange(), [m.mechanismLabel(auth.mechanism), `AUTH ${auth.mechanism}`]);
      // "Before STARTTLS" only where the server offered it: a server that offers none may already
      // speak TLS (implicit TLS the transcript does not show), and the client had no better choice.
      const starttlsOffered = state.extensions?.has('STARTTLS');
      if (!state.tls && starttlsOffered && (auth.mechanism === 'PLAIN' || auth.mechanism === 'LOGIN')) {
        report('smtp.auth-before-starttls', range(command.line, command.col, command.argsCol + auth.mechanismLength), [auth.mechanism]);
      }
      if (auth.response && credentialMechanisms.has(auth.mechanism)) credentials(command.line, auth.response.col, auth.response.col + auth.response.length);
    }
    const authData = eventsOf(model, 'auth-data');
    for (let i = 0; i < authData.length; i++) {
      const e = authData[i];
      if (credentialMechanisms.has(e.mechanism)) credentials(e.line, e.col, e.endCol);
    }

    function credentials(line: number, start: number, end: number): void {
      const r = range(line, start, end);
      report('smtp.credentials-in-transcript', r, [], [{ title: m.fixRedact, edits: [{ range: r, newText: redactedPlaceholder }], preferred: true }]);
    }
  },
};
