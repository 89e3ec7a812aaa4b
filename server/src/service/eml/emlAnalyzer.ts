/**
 * The analyzer of `eml` documents: parses the message (mime.ts), reads it as a bounce
 * (bounceExtractor.ts) and records hovers on DSN fields and codes, findings, the outline,
 * folding ranges, the CodeLens and the bounce summary, in one pass per document version.
 */
import { SymbolKind, type DocumentSymbol, type FoldingRange, type Range } from 'vscode-languageserver-types';
import { dsnField } from '../../knowledge';
import { parseEnhancedCode } from '../../knowledge/codes';
import type { DsnFieldScope, Lang } from '../../knowledge/types';
import { emptyAnalysis, range, type Analysis, type Finding, type Fix } from '../analysis';
import { ruleMessage, type RuleId } from '../diagnosticRules';
import { shortMeaning, type ViewSection } from '../explain';
import { messagesFor } from '../messages';
import { extractMessage, type DsnPart, type MessageResult, type RecipientResult, type RecipientSummary } from './bounceExtractor';
import type { RecipientSource } from './bounceTypes';
import { diagnosticOf, hostOf, statusOf, valueRange, type DsnField } from './dsn';
import { isRefinedBy } from './dsnRecipients';
import { identifyProvider } from '../providers';
import { emlMessages, type BounceKind } from './emlMessages';
import { decodeEncodedWords, header, parseDocument, type HeaderField, type MimeEntity, type ParsedDocument } from './mime';

export interface BounceSummary {
  kind: BounceKind;
  recipients: RecipientSummary[];
  /** Per message, for mbox files that hold several. */
  messages: { kind: BounceKind; subject: string; recipients: RecipientSummary[]; feedbackType?: string }[];
  /** The 0-based line each of `recipients` was read from (its status, else its address), null where none is known. */
  recipientLines?: (number | null)[];
  /** Per recipient, every line its values came from (an RFC 3464 report's fields and the text naming it); empty where the message has no report. */
  recipientSources?: RecipientSource[][];
}

export const summarizeBounceCommand = 'smtpCodes.summarizeBounce';

export function analyzeEml(text: string, lang: Lang): Analysis {
  return new EmlAnalyzer(parseDocument(text), lang).run();
}

/**
 * The bounce summary of a document's text alone, without the editor's spans, findings and symbols:
 * for the CLI's `bounce` and for commands run on documents of other languages.
 */
export function bounceSummaryOf(text: string): BounceSummary {
  const doc = parseDocument(text);
  return summaryOf(doc.messages.map((entity) => extractMessage(doc, entity)));
}

/** The bounce summary of extracted messages: what the CLI, the status bar and the summary show. */
function summaryOf(results: MessageResult[]): BounceSummary {
  const messages = results.map((r) => ({
    kind: r.kind,
    subject: r.subject,
    recipients: r.recipients.map(({ recipient, action, status, statusSource, replyCode, diagnostic, remoteMta }) => {
      // The server that answered names the provider; the reporter's hosts stand in only when it is not named
      // (a Rambler relay reporting mx.example.net's 550 is not Rambler's answer).
      const provider = identifyProvider({ replyText: diagnostic ?? '', hosts: remoteMta ? [remoteMta] : reporterHosts(r) })?.provider.id;
      return { recipient, action, status, ...(statusSource ? { statusSource } : {}), replyCode, diagnostic, remoteMta, ...(provider ? { provider } : {}) };
    }),
    feedbackType: r.feedbackParts.flatMap((p) => p.report.fields).find((f) => f.lower === 'feedback-type')?.value.trim(),
  }));
  const kind = kindPriority.find((k) => messages.some((m) => m.kind === k)) ?? 'not-a-bounce';
  const recipientLines = results.flatMap((r) => r.recipients.map((x) => x.anchor?.start.line ?? null));
  const recipientSources = results.flatMap((r) => r.recipients.map((x) => x.sources ?? []));
  return { kind, recipients: messages.flatMap((m) => m.recipients), messages, recipientLines, recipientSources };
}


/**
 * The hosts that reported the failure, for when the report does not name the server that answered:
 * the DSN's Reporting-MTA, then the `from` host of the notification's newest Received header.
 */
function reporterHosts(result: MessageResult): string[] {
  const reporting = result.dsnParts.flatMap((p) => p.report.message.filter((f) => f.lower === 'reporting-mta').map((f) => hostOf(f.value)));
  const received = header(result.entity, 'received')?.value;
  const from = received ? /^\s*from\s+([a-z0-9.-]+)/i.exec(received)?.[1] : undefined;
  return [...reporting, from].filter((h): h is string => !!h);
}

const kindPriority: BounceKind[] = ['bounce', 'delay', 'feedback-report', 'auto-reply', 'not-a-bounce'];

class EmlAnalyzer {
  private readonly out: Analysis = emptyAnalysis();
  private readonly m: ReturnType<typeof emlMessages>;
  private readonly base: ReturnType<typeof messagesFor>;

  constructor(private readonly doc: ParsedDocument, private readonly lang: Lang) {
    this.m = emlMessages(lang);
    this.base = messagesFor(lang);
  }

  run(): Analysis {
    const results = this.doc.messages.map((entity) => extractMessage(this.doc, entity));
    const symbols: DocumentSymbol[] = [];
    results.forEach((result, i) => {
      this.headerSpans(result.entity);
      // Statuses the recipient's own block of notification text made precise, by their Status field.
      const fromText = new Map(result.recipients.filter((r) => r.dsn?.status && r.statusSource === 'notification-text').map((r) => [r.dsn!.status!, r.status!]));
      for (const part of result.dsnParts) this.dsnSpans(part, 'message', reporterHosts(result), fromText);
      for (const part of result.feedbackParts) this.dsnSpans(part, 'arf');
      this.textSpans(result);
      this.recipientFindings(result);
      const children = this.entitySymbols(result.entity, result);
      if (results.length > 1) {
        const first = result.entity.start;
        const last = Math.max(first, result.entity.bodyEnd - 1);
        symbols.push(symbol(this.m.messageSymbol(i + 1), result.subject, SymbolKind.Module, this.fullRange(first, last), children));
      } else symbols.push(...children);
    });
    this.out.symbols = symbols;
    const summary = summaryOf(results);
    this.out.summary = summary;
    this.codeLens(summary);
    // DSN fields written into the notification text are read both as fields and as prose: one span each.
    const seen = new Set<string>();
    this.out.spans = this.out.spans.filter((span) => {
      const id = `${span.range.start.line}:${span.range.start.character}:${span.range.end.line}:${span.range.end.character}:${span.key ?? span.title}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    for (const span of this.out.spans) {
      const meaning = span.key ? shortMeaning(span.key, this.lang) : undefined;
      if (meaning) this.out.inlayHints.push({ line: span.range.end.line, character: span.range.end.character, label: meaning, code: span.key });
    }
    return this.out;
  }

  // Hovers ----------------------------------------------------------------------------------

  private fieldSpan(nameRange: Range, name: string, scope: DsnFieldScope, value?: string): void {
    const entry = dsnField(name, scope);
    if (!entry) return;
    const sections: ViewSection[] = [
      { heading: this.m.fieldScope[entry.scope], paragraphs: [entry.description[this.lang]] },
      { heading: this.m.syntax, paragraphs: [`\`${entry.syntax}\``] },
    ];
    const key = value?.trim().split(/[\s;(]/)[0]?.toLowerCase();
    if (entry.values && key && entry.values[key]) sections.push({ heading: this.m.thisValue(key), paragraphs: [entry.values[key][this.lang]] });
    const title = entry.title[this.lang].toLowerCase() === entry.name.toLowerCase() ? entry.name : `${entry.name}: ${entry.title[this.lang]}`;
    this.out.spans.push({ range: nameRange, title, sections, references: entry.references });
  }

  private headerSpans(entity: MimeEntity): void {
    for (const h of entity.headers) {
      if (h.lower !== 'x-failed-recipients' && h.lower !== 'auto-submitted') continue;
      this.fieldSpan(range(h.line, h.nameCol, h.nameCol + h.name.length), h.name, 'header', h.value);
    }
  }

  private dsnSpans(part: DsnPart, messageScope: 'message' | 'arf', reporters: string[] = [], fromText = new Map<DsnField, string>()): void {
    const { report } = part;
    const recipientFields = new Set(report.recipients.flatMap((r) => r.fields));
    for (const f of report.fields) {
      const scope: DsnFieldScope = messageScope === 'arf' ? 'arf' : recipientFields.has(f) ? 'recipient' : 'message';
      this.fieldSpan(f.nameRange, f.name, scope, f.value);
      if (f.lower === 'action' && messageScope === 'message') this.actionValueSpan(f);
    }
    for (const r of report.recipients) {
      const diagnostic = r.fields.find((f) => f.lower === 'diagnostic-code');
      const remote = r.fields.find((f) => f.lower === 'remote-mta');
      const providerText = diagnostic?.value ?? '';
      // Remote-MTA names the server that answered; the reporter's hosts only stand in when it is missing.
      const providerHost = [remote ? hostOf(remote.value) : null, ...reporters].filter(Boolean).join(' ');
      const status = r.fields.find((f) => f.lower === 'status');
      if (status) {
        const s = statusOf(status.value);
        const specific = diagnostic ? diagnosticOf(diagnostic.value).enhancedCode?.code : undefined;
        // The summary reports the Diagnostic-Code's specific code for an X.0.0 Status; the hover says so.
        const textual = fromText.get(status);
        const sections =
          s.code && specific && isRefinedBy(s.code, specific)
            ? [{ heading: this.m.statusRefinedHeading, paragraphs: [this.m.statusRefined(s.code, specific)] }]
            : s.code && textual
              ? [{ heading: this.m.statusRefinedHeading, paragraphs: [this.m.statusRefinedByText(s.code, textual)] }]
              : undefined;
        if (s.code) this.out.spans.push({ range: valueRange(status, s.index, s.code.length), key: s.code, providerText, providerHost, ...(sections ? { sections } : {}) });
      }
      if (diagnostic) {
        for (const hit of diagnosticOf(diagnostic.value).hits) {
          this.out.spans.push({ range: valueRange(diagnostic, hit.index, hit.code.length), key: hit.code, providerText: diagnostic.value.slice(hit.index), providerHost });
        }
      }
    }
  }

  private actionValueSpan(f: DsnField): void {
    const word = f.value.trim().split(/[\s;(]/)[0] ?? '';
    const entry = dsnField('Action', 'recipient');
    const meaning = entry?.values?.[word.toLowerCase()];
    if (!word || !meaning) return;
    this.out.spans.push({ range: valueRange(f, 0, word.length), title: `Action: ${word.toLowerCase()}`, sections: [{ heading: this.m.thisValue(word.toLowerCase()), paragraphs: [meaning[this.lang]] }] });
  }

  private textSpans(result: MessageResult): void {
    const reporters = reporterHosts(result);
    for (const c of result.textCodes) this.out.spans.push({ range: c.range, key: c.hit.code, providerText: c.context, providerHost: [c.host, ...reporters].filter(Boolean).join(' ') });
  }

  // Findings --------------------------------------------------------------------------------

  private find(rule: RuleId, r: Range, args: string[], fixes?: Fix[]): void {
    const finding: Finding = { rule, range: r, message: ruleMessage(rule, this.lang, ...args) };
    if (fixes?.length) finding.fixes = fixes;
    this.out.findings.push(finding);
  }

  private recipientFindings(result: MessageResult): void {
    const editable = new Set(result.dsnParts.filter((p) => !p.embedded && !['base64', 'quoted-printable'].includes(p.entity.encoding)).flatMap((p) => p.report.recipients.flatMap((r) => r.fields)));
    for (const r of result.recipients) {
      if (r.dsn) this.dsnFindings(r, editable);
      this.recipientStatus(r, result);
    }
  }

  private dsnFindings(r: RecipientResult, editable: Set<DsnField>): void {
    const dsn = r.dsn!;
    const status = dsn.status;
    if (status) {
      const s = statusOf(status.value);
      if (s.malformed) this.find('eml.malformed-status', valueRange(status, s.index, s.malformed.length), [s.malformed]);
    }
    const code = dsn.statusCode;
    if (!code || !status) return;
    const cls = code[0];
    const action = dsn.action;
    const word = action?.value.trim().split(/[\s;(]/)[0]?.toLowerCase() ?? '';
    const expected = cls === '5' ? 'failed' : cls === '4' ? 'delayed' : 'delivered';
    const actionClass = word === 'failed' ? '5' : word === 'delayed' ? '4' : ['delivered', 'relayed', 'expanded'].includes(word) ? '2' : undefined;
    // A failure report may carry a class 4 code (an expired message: 4.4.7); the IANA registry allows it.
    const failedWithTransient = word === 'failed' && cls === '4';
    if (action && actionClass && actionClass !== cls && !failedWithTransient) {
      const actionRange = valueRange(action, 0, word.length);
      const fixes: Fix[] = [];
      if (editable.has(action) && editable.has(status)) {
        const s = statusOf(status.value);
        const classRange = valueRange(status, s.index, 1);
        fixes.push({ title: this.base.fixAction(expected), edits: [{ range: actionRange, newText: expected }], preferred: true });
        fixes.push({ title: this.base.fixEnhancedClass(code, `${actionClass}${code.slice(1)}`), edits: [{ range: classRange, newText: actionClass }] });
      }
      this.find('eml.action-status-mismatch', actionRange, [word, code, expected], fixes);
    }
    const diag = dsn.diagnosticValue;
    if (diag && dsn.diagnostic) {
      const reply = diag.replyCode;
      const enhanced = diag.enhancedCode;
      const contradicting = reply && ['2', '4', '5'].includes(reply.code[0]) && reply.code[0] !== cls ? reply : enhanced && parseEnhancedCode(enhanced.code) && enhanced.code[0] !== cls ? enhanced : undefined;
      if (contradicting) this.find('eml.diagnostic-status-mismatch', valueRange(dsn.diagnostic, contradicting.index, contradicting.code.length), [contradicting.code, code]);
    }
  }

  private recipientStatus(r: RecipientResult, result: MessageResult): void {
    if (result.kind === 'auto-reply' || result.kind === 'feedback-report') return;
    const code = r.status ?? r.replyCode ?? '';
    const meaning = code ? shortMeaning(code, this.lang) ?? '' : '';
    const action = r.action ? (this.m.action as Record<string, string>)[r.action] ?? r.action : this.m.noAction;
    const anchor = r.anchor ?? range(result.entity.start, 0, 0);
    this.find('eml.recipient-status', anchor, [r.recipient ?? '?', action, code, meaning, r.status && r.replyCode ? r.replyCode : '']);
  }

  // Summary and CodeLens --------------------------------------------------------------------

  private codeLens(summary: BounceSummary): void {
    const { kind, recipients } = summary;
    if (kind === 'not-a-bounce' && !recipients.length) return;
    let title: string = this.m.lensKind[kind];
    if (kind === 'feedback-report') {
      const type = summary.messages.find((m) => m.feedbackType)?.feedbackType;
      if (type) title += ` (${type})`;
    } else if (kind !== 'auto-reply') {
      const counts = new Map<string, number>();
      for (const r of recipients) counts.set(r.action ?? '', (counts.get(r.action ?? '') ?? 0) + 1);
      const countText = [...counts].map(([a, n]) => this.m.actionCount(n, a ? (this.m.action as Record<string, string>)[a] ?? a : this.m.noAction)).join(', ');
      const first = recipients[0];
      const detail = first ? [first.status ?? first.replyCode, first.recipient].filter(Boolean).join(' ') : '';
      title += `: ${countText || this.m.noRecipients}${detail ? ` (${detail}${recipients.length > 1 ? ', …' : ''})` : ''}`;
    }
    this.out.codeLenses.push({ range: range(0, 0, 0), title, command: { command: summarizeBounceCommand, arguments: [] } });
  }

  // Outline and folding ---------------------------------------------------------------------

  private fullRange(first: number, last: number): Range {
    const lastLine = Math.min(Math.max(first, last), this.doc.lines.length - 1);
    return range(first, 0, this.doc.lines[lastLine]?.length ?? 0, lastLine);
  }

  private entitySymbols(entity: MimeEntity, result: MessageResult): DocumentSymbol[] {
    const out: DocumentSymbol[] = [];
    const stack: { entity: MimeEntity; into: DocumentSymbol[] }[] = [{ entity, into: out }];
    // Iterative, so that the outline of deeply nested input costs no stack depth.
    while (stack.length) {
      const { entity: e, into } = stack.shift()!;
      const headers = this.headersSymbol(e.headers, e.start, e.headerEnd);
      const lastLine = Math.max(e.start, e.bodyEnd - 1);
      if (e.headerEnd - 1 > e.start) this.out.folds.push({ startLine: e.start, endLine: e.headerEnd - 1 } as FoldingRange);
      const isRoot = e === entity;
      let target = into;
      if (!isRoot) {
        const description = decodeEncodedWords(header(e, 'content-description')?.value ?? '') || e.contentType.params.name || (e.encoding !== '7bit' ? e.encoding : '');
        const part = symbol(e.contentType.mime, description, SymbolKind.Object, this.fullRange(e.start, lastLine), []);
        if (lastLine > e.start) this.out.folds.push({ startLine: Math.max(0, e.start - 1), endLine: lastLine } as FoldingRange);
        into.push(part);
        target = part.children!;
      }
      if (headers && (isRoot || e.headers.length)) target.push(headers);
      const dsn = result.dsnParts.find((p) => p.entity === e && !p.embedded) ?? result.feedbackParts.find((p) => p.entity === e);
      if (dsn) target.push(...this.dsnSymbols(dsn));
      if (e.headerBlock) {
        const enclosed = this.headersSymbol(e.headerBlock.headers, e.headerBlock.start, e.headerBlock.headerEnd);
        if (enclosed) target.push(enclosed);
      }
      if (e.message) {
        const m = e.message;
        const enclosed = symbol(this.m.enclosedMessage, decodeEncodedWords(header(m, 'subject')?.value ?? ''), SymbolKind.Module, this.fullRange(m.start, Math.max(m.start, m.bodyEnd - 1)), []);
        target.push(enclosed);
        const mHeaders = this.headersSymbol(m.headers, m.start, m.headerEnd);
        if (mHeaders) enclosed.children!.push(mHeaders);
        if (m.headerEnd - 1 > m.start) this.out.folds.push({ startLine: m.start, endLine: m.headerEnd - 1 } as FoldingRange);
        for (const child of m.children) stack.push({ entity: child, into: enclosed.children! });
      }
      for (const child of e.children) stack.push({ entity: child, into: target });
      if (isRoot && !e.children.length && !e.message && e.bodyStart < e.bodyEnd) {
        target.push(symbol(this.m.bodySymbol, e.contentType.mime, SymbolKind.String, this.fullRange(e.bodyStart, lastLine), []));
      }
    }
    return out;
  }

  private headersSymbol(headers: HeaderField[], start: number, end: number): DocumentSymbol | undefined {
    if (!headers.length) return undefined;
    const children = headers.map((h) =>
      symbol(h.name, decodeEncodedWords(h.value).slice(0, 80), SymbolKind.Property, range(h.line, 0, this.doc.lines[h.endLine].length, h.endLine), [], range(h.line, 0, h.name.length)),
    );
    return symbol(this.m.headersSymbol, '', SymbolKind.Namespace, this.fullRange(start, Math.max(start, end - 1)), children);
  }

  private dsnSymbols(part: DsnPart): DocumentSymbol[] {
    const fieldSymbol = (f: DsnField): DocumentSymbol => {
      const last = f.pieces.filter((p) => p.text).pop() ?? f.pieces[0];
      const end = f.view.position(last.line, last.col + last.text.length);
      const r = { start: f.nameRange.start, end: end.line > f.nameRange.start.line || end.character > f.nameRange.end.character ? end : f.nameRange.end };
      return symbol(f.name, f.value.slice(0, 80), SymbolKind.Property, r, [], f.nameRange);
    };
    const group = (name: string, detail: string, fields: DsnField[]): DocumentSymbol | undefined => {
      if (!fields.length) return undefined;
      const children = fields.map(fieldSymbol);
      const start = children.reduce((a, c) => (before(c.range.start, a) ? c.range.start : a), children[0].range.start);
      const end = children.reduce((a, c) => (before(a, c.range.end) ? c.range.end : a), children[0].range.end);
      return symbol(name, detail, SymbolKind.Struct, { start, end }, children, children[0].selectionRange);
    };
    const out: DocumentSymbol[] = [];
    const message = group(this.m.perMessageSymbol, '', part.report.message);
    if (message) out.push(message);
    for (const r of part.report.recipients) {
      const address = r.fields.find((f) => f.lower === 'final-recipient' || f.lower === 'original-recipient');
      const action = r.fields.find((f) => f.lower === 'action')?.value.split(/[\s;(]/)[0] ?? '';
      const status = r.fields.find((f) => f.lower === 'status')?.value.split(/[\s;(]/)[0] ?? '';
      const name = address ? this.m.recipientSymbol(address.value.replace(/^[^;]*;\s*/, '').trim()) : this.m.recipientSymbol('?');
      const s = group(name, [action, status].filter(Boolean).join(' '), r.fields);
      if (s) out.push(s);
    }
    return out;
  }
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function symbol(name: string, detail: string, kind: SymbolKind, r: Range, children: DocumentSymbol[], selection?: Range): DocumentSymbol {
  return { name: name || '?', detail, kind, range: r, selectionRange: selection ?? { start: r.start, end: r.start }, children };
}

export type { RecipientSummary, BounceKind };
