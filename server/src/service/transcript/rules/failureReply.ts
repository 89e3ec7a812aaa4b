/** Every 4xx/5xx reply with its meaning and the command it answers, so the Problems panel lists them all. */
import { replyCodeProblem } from '../../../knowledge/codes';
import { range } from '../../analysis';
import { shortMeaning } from '../../explain';
import { commandName } from '../sessionModel';
import { replies, type TranscriptRule } from './ruleContext';

export const failureReplyRule: TranscriptRule = {
  ids: ['smtp.failure-reply'],
  check({ model, lang, m, report }) {
    const all = replies(model);
    for (let i = 0; i < all.length; i++) {
      const reply = all[i].reply;
      const first = reply.lines[0];
      if ((first.code[0] !== '4' && first.code[0] !== '5') || replyCodeProblem(first.code) === 'first-digit') continue;
      const meaning = shortMeaning(first.code, lang);
      const enhanced = first.enhanced ? `${first.enhanced.code} ${shortMeaning(first.enhanced.code, lang) ?? ''}`.trim() : '';
      const detail = [meaning, enhanced].filter(Boolean).join(' · ');
      const command = reply.answers;
      // Made again where an edit above moves the line it names.
      const where = () => (command && command.verb !== 'CONNECT' ? m.failureContext(commandName(command.verb), command.line + 1) : '');
      report('smtp.failure-reply', range(first.line, first.col, first.col + 3), () => [first.code, detail, where()]);
    }
  },
};
