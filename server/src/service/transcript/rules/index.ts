/** Every transcript rule, in the order their findings are reported at one position. */
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
import type { TranscriptRule } from './ruleContext';
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
