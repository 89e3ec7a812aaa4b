/** Reply codes and enhanced codes as such: malformed, outside the grammar, unregistered, of the wrong class (RFC 5321 §4.2, RFC 3463 §2). */
import { knowledge } from '../../../knowledge';
import { enhancedCodeProblem, parseEnhancedCode, replyCodeProblem } from '../../../knowledge/codes';
import { range } from '../../analysis';
import { replies, type TranscriptRule } from './ruleContext';

export const replyCodesRule: TranscriptRule = {
  ids: ['smtp.malformed-reply-code', 'smtp.reply-code-outside-grammar', 'smtp.unregistered-reply-code', 'smtp.malformed-enhanced-code', 'smtp.unregistered-enhanced-code', 'smtp.enhanced-class-mismatch'],
  check({ model, m, report }) {
    const all = replies(model);
    for (let i = 0; i < all.length; i++) {
      const lines = all[i].reply.lines;
      for (let j = 0; j < lines.length; j++) {
        const r = lines[j];
        const problem = replyCodeVerdict(r.code);
        // A second digit of 6–9 is still a reply a client acts on by its first digit (RFC 5321 §4.2, §4.3.2).
        if (problem === 'second-digit') report('smtp.reply-code-outside-grammar', range(r.line, r.col, r.col + 3), [r.code]);
        else if (problem === 'unregistered') report('smtp.unregistered-reply-code', range(r.line, r.col, r.col + 3), [r.code]);
        else if (problem) report('smtp.malformed-reply-code', range(r.line, r.col, r.col + 3), [r.code, problem]);
        if (!r.enhanced) continue;
        const e = r.enhanced;
        const verdict = enhancedVerdict(e.code);
        if (verdict === 'malformed') {
          report('smtp.malformed-enhanced-code', range(r.line, e.col, e.col + e.code.length), [e.code]);
          continue;
        }
        if (!verdict.registered) report('smtp.unregistered-enhanced-code', range(r.line, e.col, e.col + e.code.length), [e.code]);
        const replyClass = r.code[0];
        if ((replyClass === '2' || replyClass === '4' || replyClass === '5') && verdict.cls !== replyClass) {
          const fixed = `${replyClass}${e.code.slice(1)}`;
          report('smtp.enhanced-class-mismatch', range(r.line, e.col, e.col + e.code.length), [e.code, r.code], [
            { title: m.fixEnhancedClass(e.code, fixed), edits: [{ range: range(r.line, e.col, e.col + 1), newText: replyClass }], preferred: true },
          ]);
        }
      }
    }
  },
};

// A transcript shows few distinct codes on many lines: each is judged once.
const replyVerdicts = new Map<string, ReturnType<typeof replyCodeProblem> | 'unregistered'>();
const enhancedVerdicts = new Map<string, 'malformed' | { registered: boolean; cls: string }>();

function replyCodeVerdict(code: string): ReturnType<typeof replyCodeProblem> | 'unregistered' {
  let verdict = replyVerdicts.get(code);
  if (verdict === undefined && !replyVerdicts.has(code)) {
    const problem = replyCodeProblem(code);
    verdict = problem ?? (knowledge.basic(code) ? undefined : 'unregistered');
    if (replyVerdicts.size < 10_000) replyVerdicts.set(code, verdict);
  }
  return verdict;
}

function enhancedVerdict(code: string): 'malformed' | { registered: boolean; cls: string } {
  let verdict = enhancedVerdicts.get(code);
  if (verdict === undefined) {
    if (enhancedCodeProblem(code)) verdict = 'malformed';
    else {
      const parsed = parseEnhancedCode(code)!;
      verdict = { registered: !!knowledge.enhanced(parsed.key), cls: parsed.cls };
    }
    if (enhancedVerdicts.size < 10_000) enhancedVerdicts.set(code, verdict);
  }
  return verdict;
}
