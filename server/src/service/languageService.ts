/**
 * The entry object of the pure service layer: every feature over a TextDocument, shared by the
 * language server and the CLI. No LSP connection, no VS Code, no file system here.
 */
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DiagnosticSeverity,
  InlayHintKind,
  MarkupKind,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type InlayHint,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import type { Lang } from '../knowledge/types';
import { SpanIndex, emptyAnalysis, isFailureCode, type Analysis, type Fix, type InlayHintInfo, type Span, type SpanTable } from './analysis';
import { diagnosticRules, ruleMessage, type RuleId, type Severity } from './diagnosticRules';
import { analyzerFor } from './documentKinds';
import { dirtyLines, noteChange, updateOf, type EditSpan } from './incremental';
import { isBinaryText } from './lines';
import { explain, resolveExplainable, type Explainable, type ViewSection } from './explain';
import { explanationToMarkdown } from './render';
import { identifyProvider, providerNotes, providerOfReference, providerSections, providersUsingCode, replyCodes, type ProviderMatch } from './providers';
import { knowledge } from '../knowledge';
import type { Settings } from './settings';
import { messagesFor } from './messages';
import { escapeMarkdown, escapeProse } from './markdown';
import { transcriptSemanticTokens, tokensInRange, type SemanticToken } from './semanticTokens';

export const diagnosticSource = 'smtp-codes';

interface CacheEntry {
  version: number;
  key: string;
  analysis: Analysis;
  spans: SpanIndex;
}

/** One analysis per document version and language; pass one in to share it between features. */
export class AnalysisCache {
  private readonly entries = new Map<string, CacheEntry>();
  /** The edits made since a version, per document, noted as they arrive (incremental sync). */
  private readonly edits = new Map<string, EditSpan>();

  /**
   * Notes a change before it is applied to the document, so that the next analysis re-reads only
   * the lines edited since the cached one where the analyzer can (mail logs).
   */
  noteChange(document: TextDocument, change: TextDocumentContentChangeEvent): void {
    this.edits.set(document.uri, noteChange(this.edits.get(document.uri), document, change));
  }

  get(document: TextDocument, settings: Settings): CacheEntry {
    const key = `${document.languageId}|${settings.language}|${settings.logPerLineDiagnostics}`;
    const hit = this.entries.get(document.uri);
    if (hit && hit.version === document.version && hit.key === key) return hit;
    const analysis = (hit?.key === key && this.updated(hit, document)) || analyzeSafely(document, settings);
    this.edits.delete(document.uri);
    let spans: SpanIndex | undefined;
    // Indexed on the first hover: a log's spans are built only when something asks for them.
    const entry = { version: document.version, key, analysis, get spans() { return (spans ??= new SpanIndex(analysis.spanTable ?? analysis.spans)); } };
    this.entries.set(document.uri, entry);
    return entry;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.edits.delete(uri);
  }

  /** The cached analysis brought up to date by re-reading the edited lines, where its analyzer can and the edits are all known. */
  private updated(hit: CacheEntry, document: TextDocument): Analysis | undefined {
    const edits = this.edits.get(document.uri);
    const update = updateOf(hit.analysis);
    if (!edits || !update || edits.baseVersion !== hit.version) return undefined;
    const dirty = dirtyLines(edits, document);
    const text = document.getText();
    // A document that became binary gets the one binary diagnostic of a full analysis.
    if (!dirty || isBinaryText(text)) return undefined;
    return update(text, dirty);
  }
}

function analyzeSafely(document: TextDocument, settings: Settings): Analysis {
  const text = document.getText();
  if (isBinaryText(text)) {
    const analysis = emptyAnalysis();
    const firstNul = text.indexOf('\u0000');
    const at = document.positionAt(firstNul);
    analysis.findings.push({ rule: 'document.binary', range: { start: at, end: at }, message: ruleMessage('document.binary', settings.language) });
    return analysis;
  }
  return analyzerFor(document.languageId)(text, settings.language, settings, document.uri);
}

/** What a diagnostic carries so that a code action is a look-up, not a re-parse. */
interface DiagnosticData {
  fixes: Fix[];
}

export interface LanguageService {
  analyze(document: TextDocument, settings: Settings): Analysis;
  doHover(document: TextDocument, position: Position, settings: Settings): Hover | null;
  doValidation(document: TextDocument, settings: Settings): Diagnostic[];
  doCodeActions(document: TextDocument, range: Range, diagnostics: Diagnostic[]): CodeAction[];
  doInlayHints(document: TextDocument, range: Range, settings: Settings): InlayHint[];
  findDocumentSymbols(document: TextDocument, settings: Settings): DocumentSymbol[];
  getFoldingRanges(document: TextDocument, settings: Settings): FoldingRange[];
  /** Reply codes, enhanced codes, commands and EHLO keywords of a transcript, as the reader saw them (smtp only). */
  getSemanticTokens(document: TextDocument, settings: Settings, range?: Range): SemanticToken[];
  forget(uri: string): void;
}

export function getLanguageService(cache = new AnalysisCache()): LanguageService {
  return {
    analyze: (document, settings) => cache.get(document, settings).analysis,
    doHover(document, position, settings) {
      const entry = cache.get(document, settings);
      const span = entry.spans.at(position.line, position.character);
      if (!span) return null;
      const value = hoverMarkdown(span, settings.language, entry.spans);
      return value ? { contents: { kind: MarkupKind.Markdown, value }, range: span.range } : null;
    },
    doValidation(document, settings) {
      return cache.get(document, settings).analysis.findings.flatMap((finding) => {
        const severity = severityFor(finding.rule, settings);
        if (severity === undefined) return [];
        const diagnostic: Diagnostic = { range: finding.range, severity, code: finding.rule, source: diagnosticSource, message: finding.message };
        if (finding.fixes?.length) diagnostic.data = { fixes: finding.fixes } satisfies DiagnosticData;
        return [diagnostic];
      });
    },
    doCodeActions(document, _range, diagnostics) {
      return diagnostics
        // Some clients (Neovim 0.7) send back only a diagnostic's code and data, not its source.
        .filter((d) => (d.source === undefined || d.source === diagnosticSource) && Array.isArray((d.data as DiagnosticData | undefined)?.fixes))
        .flatMap((d) =>
          (d.data as DiagnosticData).fixes.map((fix) => ({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            isPreferred: fix.preferred,
            edit: { changes: { [document.uri]: fix.edits } },
          })),
        );
    },
    doInlayHints(document, range, settings) {
      if (settings.inlayHints === 'off') return [];
      const entry = cache.get(document, settings);
      const table = entry.analysis.spanTable;
      // A mail log's hints are its keyed spans' meanings: read from the lines in range only.
      const hints = table?.hintLabel ? tableHints(table, entry.spans.between(range.start.line, range.end.line)) : entry.analysis.inlayHints.filter((h) => h.line >= range.start.line && h.line <= range.end.line);
      return hints
        .filter((h) => settings.inlayHints === 'all' || isFailureCode(h.code))
        .map((h) => ({ position: { line: h.line, character: h.character }, label: h.label, kind: InlayHintKind.Parameter, paddingLeft: true, paddingRight: true, tooltip: h.tooltip }));
    },
    findDocumentSymbols: (document, settings) => cache.get(document, settings).analysis.symbols,
    getFoldingRanges: (document, settings) => cache.get(document, settings).analysis.folds,
    getSemanticTokens(document, settings, range) {
      // Mail logs get the class colours of the codes their reader understood, as transcripts do.
      if (document.languageId !== 'smtp' && document.languageId !== 'mail-log') return [];
      const textAfter = (line: number, character: number, length: number) => document.getText({ start: { line, character }, end: { line, character: character + length } });
      return tokensInRange(transcriptSemanticTokens(cache.get(document, settings).analysis, textAfter), range);
    },
    forget: (uri) => cache.delete(uri),
  };
}

function tableHints(table: SpanTable, spans: Iterable<number>): InlayHintInfo[] {
  const hints: InlayHintInfo[] = [];
  for (const i of spans) {
    const key = table.key(i);
    const label = key === undefined ? undefined : table.hintLabel!(key);
    if (label) hints.push({ line: table.line(i), character: table.end(i), label, code: key });
  }
  return hints;
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function severityFor(rule: RuleId, settings: Settings): DiagnosticSeverity | undefined {
  const configured = settings.severity[rule];
  if (configured === 'off') return undefined;
  return severities[configured ?? diagnosticRules[rule].severity];
}

export function hoverMarkdown(span: Span, lang: Lang, document?: SpanIndex): string | undefined {
  const extraSections: ViewSection[] = [...(span.sections ?? [])];
  const item = span.key ? resolveExplainable(span.key) : undefined;
  if (!item) {
    if (!extraSections.length) return undefined;
    const head = span.title ? [`### ${escapeMarkdown(span.title)}`, ''] : [];
    const body = extraSections.flatMap((s) => [`**${escapeMarkdown(s.heading)}**`, '', ...s.paragraphs.flatMap((p) => [escapeProse(p), ''])]);
    const links = span.references?.length
      ? [`**${messagesFor(lang).references}:** ${span.references.map((r) => `[${escapeMarkdown(r.label)}](${r.url})`).join(' · ')}`]
      : [];
    return [...head, ...body, ...links].join('\n').trimEnd() + '\n';
  }
  if (item.kind !== 'reply-code' && item.kind !== 'enhanced-code') {
    return explanationToMarkdown(explain(item, lang), lang, { extraSections });
  }
  const view = explain(item, lang, { providerUsage: false });
  const replyText = span.providerText ?? '';
  const provider = hoverProvider(item.code, view.registered, replyText, span.providerHost);
  const lead = provider ? providerSections(provider, lang) : undefined;
  const leadSections = lead?.sections ?? [];
  const { enhanced } = replyCodes(replyText);
  // Hovering the basic code of "550 5.1.1 …": the enhanced code says more, so its meaning leads.
  const enhancedEntry = item.kind === 'reply-code' && enhanced && enhanced[0] === item.code[0] ? knowledge.enhanced(`X${enhanced.slice(1)}`) : undefined;
  if (!provider && enhancedEntry) {
    const classText = enhancedEntry.classes[enhanced![0] as '2' | '4' | '5'];
    leadSections.push({ heading: `${enhanced} ${enhancedEntry.title[lang]}`, paragraphs: [classText?.meaning[lang] ?? enhancedEntry.summary[lang]] });
  }
  const twin = document ? failureTwin(item.code) : undefined;
  if (twin && document!.hasKey(twin)) {
    extraSections.push({ heading: messagesFor(lang).compareHeading, paragraphs: [messagesFor(lang).compareHoverRelated(`\`${twin}\``)] });
  }
  // A provider's page belongs beside that provider's note only. The folded text shows the gist of the
  // description alone, so only the code's first (defining) source stays with it.
  const generic = view.references.filter((r) => {
    const owner = providerOfReference(r.url);
    return owner === undefined || owner === provider?.provider.id;
  });
  const references = [...(lead?.references ?? []), ...(provider ? generic.slice(0, 1) : generic)];
  const relatedCodes = hoverRelatedCodes(item, view.relatedCodes, enhanced);
  // A hover's first line names the code first, as tools that read hovers expect: "5.7.708: Unregistered code".
  const genericTitle = messagesFor(lang).genericTitle(item.code);
  const title = view.title === genericTitle ? `${item.code}: ${genericTitle.replace(item.code, '').trim()}` : view.title;
  return explanationToMarkdown({ ...view, title, references, relatedCodes }, lang, { extraSections, leadSections, condensed: !!provider });
}

/**
 * The provider whose notes a code's hover shows: the one the reply or its host names; with none named,
 * the one provider that uses an unregistered code ("used by Microsoft 365"). Never one for another.
 */
function hoverProvider(code: string, registered: boolean, replyText: string, hosts: string | undefined): ProviderMatch | undefined {
  if (replyText || hosts) {
    const identified = identifyProvider({ replyText, hosts });
    if (identified) return providerNotes(replyText, hosts);
  }
  if (registered || !/^[245]\./.test(code)) return undefined;
  const users = providersUsingCode(code);
  return users.length === 1 ? users[0] : undefined;
}

const maxSiblings = 3;

/**
 * The few related codes that help in a hover: the transient/permanent twin and the nearest codes of
 * the same subject, not every code of a class.
 */
function hoverRelatedCodes(item: Explainable, viewRelated: string[], replyEnhanced: string | undefined): string[] {
  const twin = failureTwin(item.code);
  const detail = (code: string) => Number(code.split('.')[2]);
  const nearest = (codes: string[], to: number) => codes.sort((a, b) => Math.abs(detail(a) - to) - Math.abs(detail(b) - to) || detail(a) - detail(b)).slice(0, maxSiblings);
  if (item.kind === 'reply-code') {
    const twins = twin && knowledge.basic(twin) ? [twin] : [];
    if (!item.entry) return [...twins, ...viewRelated.filter((c) => c !== twin).sort((a, b) => Math.abs(Number(a) - Number(item.code)) - Math.abs(Number(b) - Number(item.code))).slice(0, maxSiblings)];
    if (!replyEnhanced) return twins;
    const subject = replyEnhanced.split('.')[1];
    const siblings = viewRelated.filter((c) => c !== replyEnhanced && c.split('.')[1] === subject);
    return [...twins, ...nearest(siblings, detail(replyEnhanced))];
  }
  if (item.kind !== 'enhanced-code') return viewRelated;
  const { cls, subject } = item.parts;
  const sameSubject = knowledge.enhancedCodes
    .map((e) => e.code.replace('X', cls))
    .filter((c) => c !== item.code && c.split('.')[1] === String(subject));
  const twins = twin && item.entry?.classes[twin[0] as '4' | '5'] ? [twin] : [];
  const basics = item.entry ? viewRelated.slice(0, 2) : [];
  return [...basics, ...twins, ...nearest(sameSubject, item.parts.detail)];
}

/** The transient or permanent twin of a failure (450 vs 550, 4.2.2 vs 5.2.2). */
function failureTwin(code: string): string | undefined {
  if (code[0] !== '4' && code[0] !== '5') return undefined;
  return `${code[0] === '4' ? '5' : '4'}${code.slice(1)}`;
}
