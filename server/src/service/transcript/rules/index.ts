/** Every transcript rule, in the order their findings are reported at one position. */
import type { Lang } from '../../../knowledge/types';
import type { Finding } from '../../analysis';
import { ruleMessage } from '../../diagnosticRules';
import type { messagesFor } from '../../messages';
import type { TranscriptModel } from '../sessionModel';
import { authRule } from './auth';
import { commandsRule } from './commands';
import { dataRule } from './data';
import { ehloReplyRule } from './ehloReply';
import { extensionsRule } from './extensions';
import { failureReplyRule } from './failureReply';
import { lineLengthRule } from './lineLength';
import { replyAllowedRule } from './replyAllowed';
import { replyCodesRule } from './replyCodes';
import { replyShapeRule } from './replyShape';
import { forgetLists, movedMessages, type RuleContext, type TranscriptRule } from './ruleContext';
import { sequenceRule } from './sequence';
import { speakerRule } from './speaker';

export const transcriptRules: TranscriptRule[] = [
  speakerRule,
  commandsRule,
  sequenceRule,
  extensionsRule,
  authRule,
  replyCodesRule,
  lineLengthRule,
  replyShapeRule,
  ehloReplyRule,
  replyAllowedRule,
  failureReplyRule,
  dataRule,
];

/** Every rule's findings on the model, in document order, whichever rule found them (as ESLint's messages). */
export function runTranscriptRules(model: TranscriptModel, lang: Lang, m: ReturnType<typeof messagesFor>): Finding[] {
  const findings: Finding[] = [];
  const context: RuleContext = {
    model,
    lang,
    m,
    report(rule, range, args, fixes) {
      const finding: Finding = { rule, range, message: ruleMessage(rule, lang, ...(typeof args === 'function' ? args() : args)) };
      if (typeof args === 'function') movedMessages.set(finding, () => ruleMessage(rule, lang, ...args()));
      if (fixes?.length) finding.fixes = fixes;
      findings.push(finding);
    },
  };
  for (const rule of transcriptRules) rule.check(context);
  forgetLists(model);
  // The sort is stable: at one position, the order of the rules.
  return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
