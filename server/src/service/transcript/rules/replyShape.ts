/**
 * The shape of a reply (RFC 5321 §4.2, §4.2.1): one code on every line of a multi-line reply, a
 * last line without a hyphen, and a reply at all where one was due.
 */
import { range } from '../../analysis';
import { commandName } from '../sessionModel';
import { eventsOf, replies, type TranscriptRule } from './ruleContext';

export const replyShapeRule: TranscriptRule = {
  ids: ['smtp.multiline-code-mismatch', 'smtp.multiline-last-hyphen', 'smtp.multiline-unfinished', 'smtp.empty-reply'],
  check({ model, m, report }) {
    const all = replies(model);
    for (let i = 0; i < all.length; i++) {
      const reply = all[i].reply;
      for (let i = 1; i < reply.lines.length; i++) {
        const l = reply.lines[i];
        if (l.code === reply.code) continue;
        const codeRange = () => range(l.line, l.col, l.col + 3);
        report('smtp.multiline-code-mismatch', codeRange(), [l.code, reply.code], [{ title: m.fixUnifyCode(reply.code), edits: [{ range: codeRange(), newText: reply.code }], preferred: true }]);
      }
      if (!reply.unfinished) continue;
      const last = reply.lines[reply.lines.length - 1];
      const hyphen = range(last.line, last.col + 3, last.col + 4);
      report(reply.unfinished === 'end' ? 'smtp.multiline-unfinished' : 'smtp.multiline-last-hyphen', range(last.line, last.col, last.col + 4), [reply.code], [
        { title: m.fixLastLine, edits: [{ range: hyphen, newText: ' ' }], preferred: true },
      ]);
    }
    // A server line without a code is an empty reply only where a reply was due and none follows:
    // a blank line inside a pasted reply is no fault. One report per reply that never came.
    const reported = new Set<unknown>();
    for (const e of eventsOf(model, 'codeless-reply')) {
      if (!e.due || e.replyFollows || reported.has(e.due)) continue;
      reported.add(e.due);
      const what = e.due === 'greeting' ? m.greeting : commandName(e.due.verb);
      report('smtp.empty-reply', range(e.line, e.col, Math.max(e.endCol, e.col)), [what]);
    }
  },
};
