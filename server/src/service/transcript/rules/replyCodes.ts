/** Reply codes and enhanced codes as such: malformed, outside the grammar, unregistered, of the wrong class (RFC 5321 §4.2, RFC 3463 §2). */
import { knowledge } from '../../../knowledge';
import { enhancedCodeProblem, parseEnhancedCode, replyCodeProblem } from '../../../knowledge/codes';
import { range } from '../../analysis';
import { replies, type TranscriptRule } from './ruleContext';

export const replyCodesRule: TranscriptRule = {
  ids: ['smtp.malformed-reply-code', 'smtp.reply-code-outside-grammar', 'smtp.unregistered-reply-code', 'smtp.malformed-enhanced-code', 'smtp.unregistered-enhanced-code', 'smtp.enhanced-class-mismatch'],
  check({ model, m, report }) {
    for (const { reply } of replies(model)) {
      for (const r of reply.lines) {
        const codeRange = () => range(r.line, r.col, r.col + 3);
        const problem = replyCodeProblem(r.code);
        // A second digit of 6–9 is still a reply a client acts on by its first digit (RFC 5321 §4.2, §4.3.2).
        if (problem === 'second-digit') report('smtp.reply-code-outside-grammar', codeRange(), [r.code]);
        else if (problem) report('smtp.malformed-reply-code', codeRange(), [r.code, problem]);
        else if (!knowledge.basic(r.code)) report('smtp.unregistered-reply-code', codeRange(), [r.code]);
        if (!r.enhanced) continue;
        const e = r.enhanced;
        const enhancedRange = () => range(r.line, e.col, e.col + e.code.length);
        if (enhancedCodeProblem(e.code)) {
          report('smtp.malformed-enhanced-code', enhancedRange(), [e.code]);
          continue;
        }
        const parsed = parseEnhancedCode(e.code)!;
        if (!knowledge.enhanced(parsed.key)) report('smtp.unregistered-enhanced-code', enhancedRange(), [e.code]);
        const replyClass = r.code[0];
        if (['2', '4', '5'].includes(replyClass) && parsed.cls !== replyClass) {
          const fixed = `${replyClass}${e.code.slice(1)}`;
          report('smtp.enhanced-class-mismatch', enhancedRange(), [e.code, r.code], [
            { title: m.fixEnhancedClass(e.code, fixed), edits: [{ range: range(r.line, e.col, e.col + 1), newText: replyClass }], preferred: true },
          ]);
        }
      }
    }
  },
};
