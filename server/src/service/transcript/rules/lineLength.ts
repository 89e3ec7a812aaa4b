/** Line length limits (RFC 5321 §4.5.3.1.4, §4.5.3.1.5), with the allowances extensions grant the MAIL line (§4.5.3.1.1). */
import { range } from '../../analysis';
import { replies, sentCommands, type TranscriptRule } from './ruleContext';

/** How much longer a MAIL line may get per parameter (RFC 5321 §4.5.3.1.1 and the extension RFCs). */
const mailLineAllowance: Record<string, number> = { SIZE: 26, AUTH: 500, BODY: 16, REQUIRETLS: 11, SMTPUTF8: 9, RET: 9, ENVID: 108, BY: 30, 'MT-PRIORITY': 16 };

export const lineLengthRule: TranscriptRule = {
  ids: ['smtp.line-too-long'],
  check({ model, report }) {
    const octetsOf = (line: number, col: number, endCol: number) => Buffer.byteLength(model.lines[line].text.slice(col, endCol)) + 2;
    // A character takes at most 3 octets in UTF-8 (a UTF-16 unit): most lines are too short to be counted.
    const mayExceed = (col: number, endCol: number) => (endCol - col) * 3 + 2 > 512;
    const all = replies(model);
    for (let i = 0; i < all.length; i++) {
      const lines = all[i].reply.lines;
      for (let j = 0; j < lines.length; j++) {
        const l = lines[j];
        if (l.escaped || !mayExceed(l.col, l.endCol)) continue;
        const octets = octetsOf(l.line, l.col, l.endCol);
        if (octets > 512) report('smtp.line-too-long', range(l.line, l.col, l.endCol), ['reply', String(octets), '512']);
      }
    }
    const commands = sentCommands(model);
    for (let i = 0; i < commands.length; i++) {
      const command = commands[i].command;
      const sent = command.sent!;
      // AUTH lines carry credentials of any length (RFC 4954 §4 allows 12288 octets).
      if (command.unknown || sent.escaped || command.verb === 'AUTH' || !mayExceed(command.col, sent.endCol)) continue;
      const octets = octetsOf(command.line, command.col, sent.endCol);
      let limit = 512;
      if (command.verb === 'MAIL') for (const name of new Set(sent.mailPath?.params.map((p) => p.name))) limit += mailLineAllowance[name] ?? 0;
      if (octets > limit) report('smtp.line-too-long', range(command.line, command.col, sent.endCol), ['command', String(octets), String(limit)]);
    }
  },
};
