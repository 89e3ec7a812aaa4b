/**
 * Analyses an SMTP transcript: reader → session model → rules, then the results (hovers, hints,
 * folds, outline) from the same model. See ARCHITECTURE.md, "Transcripts".
 */
import type { Lang } from '../../knowledge/types';
import { emptyAnalysis, type Analysis, type Finding } from '../analysis';
import { ruleMessage } from '../diagnosticRules';
import { splitLines } from '../lines';
import { messagesFor } from '../messages';
import { transcriptOutcome } from '../outcome';
import { buildOutline } from './outline';
import { readTranscript } from './reader';
import { buildResults } from './results';
import { transcriptRules } from './rules';
import type { RuleContext } from './rules/ruleContext';
import { buildSessionModel } from './sessionBuilder';

export function analyzeTranscript(text: string, lang: Lang): Analysis {
  const lines = splitLines(text);
  const model = buildSessionModel(lines, readTranscript(lines));
  const m = messagesFor(lang);
  const out = emptyAnalysis();
  const findings: Finding[] = [];
  const context: RuleContext = {
    model,
    lang,
    m,
    report(rule, range, args, fixes) {
      const finding: Finding = { rule, range, message: ruleMessage(rule, lang, ...args) };
      if (fixes?.length) finding.fixes = fixes;
      findings.push(finding);
    },
  };
  for (const rule of transcriptRules) rule.check(context);
  // Like ESLint's messages: in document order, whichever rule found them (the sort is stable).
  out.findings = findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  buildResults(model, out, lang, m);
  out.symbols = buildOutline(model, m);
  // What the status bar shows: kept with the analysis so that asking for it re-parses nothing.
  out.summary = transcriptOutcome(model);
  return out;
}
