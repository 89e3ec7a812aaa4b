/**
 * Analyses an SMTP transcript: reader → session model → rules, then the results (hovers, hints,
 * folds, outline) from the same model. See ARCHITECTURE.md, "Transcripts". An edited version is
 * analysed again only around the edit where it can be (transcriptIncremental.ts).
 */
import type { Lang } from '../../knowledge/types';
import type { Analysis, SpanTable } from '../analysis';
import { withUpdate } from '../incremental';
import { messagesFor } from '../messages';
import { transcriptOutcome } from '../outcome';
import { documentOutline } from './outline';
import { readTranscript } from './reader';
import { buildResults } from './results';
import { runTranscriptRules } from './rules';
import { buildSessionModel } from './sessionBuilder';
import { documentLines, type TranscriptModel } from './sessionModel';
import { updateTranscript, type TranscriptVersion } from './transcriptIncremental';

export function analyzeTranscript(text: string, lang: Lang): Analysis {
  return analysisOf(fullVersion(text, lang));
}

function fullVersion(text: string, lang: Lang): TranscriptVersion {
  const lines = documentLines(text);
  const model = buildSessionModel(lines, readTranscript(lines));
  const m = messagesFor(lang);
  return {
    lang,
    m,
    model,
    findings: runTranscriptRules(model, lang, m),
  };
}

const models = new WeakMap<Analysis, TranscriptModel>();

/** The session model an analysis was made from: the session diagram draws it without reading the text again. */
export function transcriptModelOf(analysis: Analysis): TranscriptModel | undefined {
  return models.get(analysis);
}

/**
 * The analysis of a version: its findings, and what only hovers, hints, folds, tokens, the outline
 * and the status bar need made when first asked for; spans in one table (the events', then the
 * commands'), materialised as objects only for callers that ask.
 */
function analysisOf(version: TranscriptVersion): Analysis {
  const { model } = version;
  const results = () => (version.results ??= buildResults(model, version.lang, version.m));
  let table: SpanTable | undefined;
  let summary: ReturnType<typeof transcriptOutcome> | undefined;
  const spanTable = () => {
    if (!table) {
      const { eventSpans, commandSpans } = results();
      table = eventSpans.emptySharingDetails();
      table.copyRows(eventSpans, 0, eventSpans.length, 0);
      table.copyRows(commandSpans, 0, commandSpans.length, 0);
    }
    return table;
  };
  const analysis: Analysis = {
    findings: version.findings,
    get inlayHints() {
      return results().inlayHints;
    },
    get symbols() {
      return (version.outline ??= documentOutline(model, version.m)).symbols;
    },
    get folds() {
      return results().folds;
    },
    codeLenses: [],
    get spanTable() {
      return spanTable();
    },
    get spans() {
      return spanTable().toSpans();
    },
    // What the status bar shows: made from the model on first request, so that asking for it re-parses nothing.
    get summary() {
      return (summary ??= transcriptOutcome(model));
    },
  };
  models.set(analysis, model);
  return withUpdate(analysis, (text, dirty) => analysisOf(updateTranscript(version, text, dirty) ?? fullVersion(text, version.lang)));
}
