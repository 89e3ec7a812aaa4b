/** Which replies may follow which command: RFC 5321 §4.3.2 and the extension RFCs (replyRules.ts). */
import { replyCodeProblem } from '../../../knowledge/codes';
import { range, type Fix } from '../../analysis';
import { expectedReplies, isReplyAllowed, unambiguousReplacement } from '../replyRules';
import { commandName } from '../sessionModel';
import { replies, type TranscriptRule } from './ruleContext';

export const replyAllowedRule: TranscriptRule = {
  ids: ['smtp.reply-not-allowed'],
  check({ model, m, report }) {
    const all = replies(model);
    for (let i = 0; i < all.length; i++) {
      const reply = all[i].reply;
      const command = reply.answers;
      // A code outside the grammar is reported as such once, not again as a reply the command cannot get.
      if (!command || isReplyAllowed(command.verb, reply.code) || replyCodeProblem(reply.code) === 'second-digit') continue;
      const first = reply.lines[0];
      const replacement = unambiguousReplacement(command.verb, reply.code);
      const fixes: Fix[] = replacement
        ? [{ title: m.fixReplyCode(reply.code, replacement), edits: reply.lines.map((l) => ({ range: range(l.line, l.col, l.col + 3), newText: replacement })), preferred: true }]
        : [];
      report('smtp.reply-not-allowed', range(first.line, first.col, first.col + 3), [reply.code, commandName(command.verb), expectedReplies(command.verb).join(', ')], fixes);
    }
  },
};
