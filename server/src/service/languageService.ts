/**
 * The entry object of the pure service layer: every feature over a TextDocument, shared by the
 * language server and the CLI. No LSP connection, no VS Code, no file system here.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
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
import { SpanIndex, emptyAnalysis, type Analysis, type Fix, type Span } from './analysis';
import { diagnosticRules, ruleMessage, type RuleId, type Severity } from './diagnosticRules';
import { analyzerFor } from './documentKinds';
import { explain, resolveExplainable, type ViewSection } from './explain';
import { explanationToMarkdown } from './render';
import { providerNotes, providerSections } from './providers';
import type { Settings } from './settings';
import { messagesFor } from './messages';
import { escapeMarkdown, escapeProse } from './markdown';

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

  get(document: TextDocument, settings: Settings): CacheEntry {
    const key = `${document.languageId}|${settings.language}|${settings.logPerLineDiagnostics}`;
    const hit = this.entries.get(document.uri);
    if (hit && hit.version === document.version && hit.key === key) return hit;
    const analysis = analyzeSafely(document, settings);
    const entry = { version: document.version, key, analysis, spans: new SpanIndex(analysis.spans) };
    this.entries.set(document.uri, entry);
    return entry;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}

const binarySniffLength = 8192;

function analyzeSafely(document: TextDocument, settings: Settings): Analysis {
  const text = document.getText();
  if (text.slice(0, binarySniffLength).includes('\u0000')) {
    const analysis = emptyAnalysis();
    const firstNul = text.indexOf('\u0000');
    const at = document.positionAt(firstNul);
    analysis.findings.push({ rule: 'document.binary', range: { start: at, end: at }, message: ruleMessage('document.binary', settings.language) });
    return analysis;
  }
  return analyzerFor(document.languageId)(text, settings.language, settings);
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
      if (!settings.inlayHints) return [];
      return cache
        .get(document, settings)
        .analysis.inlayHints.filter((h) => h.line >= range.start.line && h.line <= range.end.line)
        .map((h) => ({ position: { line: h.line, character: h.character }, label: h.label, kind: InlayHintKind.Parameter, paddingLeft: true, paddingRight: true, tooltip: h.tooltip }));
    },
    findDocumentSymbols: (document, settings) => cache.get(document, settings).analysis.symbols,
    getFoldingRanges: (document, settings) => cache.get(document, settings).analysis.folds,
    forget: (uri) => cache.delete(uri),
  };
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
  const view = explain(item, lang);
  const provider = span.providerText || span.providerHost ? providerNotes(span.providerText ?? '', span.providerHost) : undefined;
  const references = [...view.references];
  if (provider) {
    const p = providerSections(provider, lang);
    extraSections.push(...p.sections);
    references.push(...p.references);
  }
  const twin = document && (item.kind === 'reply-code' || item.kind === 'enhanced-code') ? failureTwin(item.code) : undefined;
  const related = twin && document!.hasKey(twin) ? [twin] : [];
  if (related.length) extraSections.push({ heading: messagesFor(lang).compareHeading, paragraphs: [messagesFor(lang).compareHoverRelated(related.map((c) => `\`${c}\``).join(', '))] });
  return explanationToMarkdown({ ...view, references }, lang, { extraSections });
}

/** The transient or permanent twin of a failure (450 vs 550, 4.2.2 vs 5.2.2). */
function failureTwin(code: string): string | undefined {
  if (code[0] !== '4' && code[0] !== '5') return undefined;
  return `${code[0] === '4' ? '5' : '4'}${code.slice(1)}`;
}
