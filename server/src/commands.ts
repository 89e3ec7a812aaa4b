/**
 * Commands the client (or any LSP client) runs on the server with workspace/executeCommand.
 * Ids differ from the VS Code command ids, which the client registers itself.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { Lang } from './knowledge/types';
import { catalog, compareQuery, explainQuery, UnknownCodeError } from './service/catalog';
import type { LanguageService } from './service/languageService';
import type { Settings } from './service/settings';
import { logSummaryMarkdown, summarizeLogDocument } from './service/log/logSummary';
import { bounceSummaryOf, type BounceSummary } from './service/eml/emlAnalyzer';
import { bounceSummaryMarkdown } from './service/eml/bounceSummary';
import { emlMessages } from './service/eml/emlMessages';
import { logMessages } from './service/log/logMessages';
import { redactMessages, redactText } from './service/redact';
import { documentOutcome } from './service/outcome';
import { logDashboard, logDashboardLines, logDashboardLinesOf, logDashboardOf, lineTextLimit, type DashboardLinePage, type LogDashboard } from './service/log/logDashboard';
import { bounceOverviewHtml, logDashboardHtml, logDashboardLinesHtml } from './service/reportHtml';
import { sessionDiagramCommand, type SessionDiagramArguments } from './sessionDiagramCommand';

export const serverCommands = ['smtpCodes.server.explain', 'smtpCodes.server.compare', 'smtpCodes.server.catalog', 'smtpCodes.server.summarizeLog', 'smtpCodes.server.summarizeBounce', 'smtpCodes.server.redact', 'smtpCodes.server.outcome', 'smtpCodes.server.logDashboard', 'smtpCodes.server.bounceOverview', 'smtpCodes.server.sessionDiagram'] as const;

export interface CommandContext {
  language: Lang;
  document?: TextDocument;
  service: LanguageService;
  settingsFor(document: TextDocument): Promise<Settings | undefined>;
}

export type CommandResult = { markdown: string } | { text: string } | { error: string } | unknown;

/**
 * The arguments of smtpCodes.server.redact: the open document (`uri`) or a `text` the server does
 * not hold, optionally a `range` of it (the selection), and which pseudonyms to use besides the
 * credentials. The answer is `{ text }`, the redacted document or range.
 */
export interface RedactArguments {
  uri?: string;
  text?: string;
  range?: Range;
  addresses?: boolean;
  hosts?: boolean;
  ips?: boolean;
}

/** The arguments of smtpCodes.server.logDashboard and bounceOverview besides `uri`: the page's script and style nonce. */
export interface ReportArguments {
  nonce?: string;
  /**
   * Instead of the page, the next lines of one of its lists ("Show more"): the list's `data-key` and
   * how many lines it shows. The answer is `{ key, offset, total, html, note }` (the items to append,
   * the list's new note), or null when the document is no longer at `version` or has no such list.
   */
  list?: { key: string; offset: number };
  version?: number;
}

function randomNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The last path segment of a document's URI, for a page's title. */
function documentName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * The dashboard of an open mail log from its cached analysis, whose records follow its edits (a
 * refresh after an edit reads only the edited lines); listed lines are cut from the document where
 * its line starts are known. Any other document is read in full.
 */
async function documentDashboard(document: TextDocument, lang: Lang, ctx: CommandContext): Promise<LogDashboard> {
  const text = document.getText();
  const settings = document.languageId === 'mail-log' ? await ctx.settingsFor(document) : undefined;
  if (!settings) return logDashboard(text, lang);
  // The settings' own analysis, the one diagnostics keep current: the records are language-neutral.
  return logDashboardOf(ctx.service.analyze(document, settings), text, lang, documentLineText(document, text));
}

/** The next page of a dashboard list, from the same records as the dashboard. */
async function documentDashboardLines(document: TextDocument, key: string, offset: number, ctx: CommandContext): Promise<DashboardLinePage | null> {
  const text = document.getText();
  const settings = document.languageId === 'mail-log' ? await ctx.settingsFor(document) : undefined;
  if (!settings) return logDashboardLines(text, key, offset);
  return logDashboardLinesOf(ctx.service.analyze(document, settings), text, key, offset, documentLineText(document, text));
}

function documentLineText(document: TextDocument, text: string): (line: number) => string {
  return (line) => {
    const start = document.offsetAt({ line, character: 0 });
    const end = Math.min(document.offsetAt({ line: line + 1, character: 0 }), start + lineTextLimit);
    return text.slice(start, end).replace(/[\r\n]+$/, '');
  };
}

export async function executeCommand(command: string, args: unknown[], ctx: CommandContext): Promise<CommandResult> {
  const options = (args[0] ?? {}) as { query?: string; a?: string; b?: string; lang?: Lang };
  const lang = options.lang ?? ctx.language;
  try {
    switch (command) {
      case 'smtpCodes.server.explain':
        return { markdown: explainQuery(options.query ?? '', lang, 'markdown') };
      case 'smtpCodes.server.compare':
        return { markdown: compareQuery(options.a ?? '', options.b ?? '', lang, 'markdown') };
      case 'smtpCodes.server.catalog':
        return catalog(lang);
      case 'smtpCodes.server.summarizeLog': {
        if (!ctx.document) return { error: logMessages(lang).noDocument };
        const settings = await ctx.settingsFor(ctx.document);
        const cached = settings ? ctx.service.analyze(ctx.document, settings) : undefined;
        const summary = summarizeLogDocument(ctx.document.getText(), ctx.document.languageId, lang, cached);
        return { markdown: logSummaryMarkdown(summary, ctx.document.uri, lang) };
      }
      case 'smtpCodes.server.summarizeBounce': {
        if (!ctx.document) return { error: emlMessages(lang).noDocument };
        const settings = ctx.document.languageId === 'eml' ? await ctx.settingsFor(ctx.document) : undefined;
        const summary = settings ? (ctx.service.analyze(ctx.document, { ...settings, language: lang }).summary as BounceSummary) : bounceSummaryOf(ctx.document.getText());
        return { markdown: bounceSummaryMarkdown(summary, lang) };
      }
      case 'smtpCodes.server.logDashboard': {
        // The dashboard as a page (reportHtml.ts); the client passes the nonce its webview's policy allows.
        if (!ctx.document) return { error: logMessages(lang).noDocument };
        const { nonce, list, version } = options as ReportArguments;
        if (list) {
          if (typeof list.key !== 'string' || !Number.isInteger(list.offset) || list.offset < 0) return { error: 'list needs a key and an offset' };
          // Lines of another version would land in the wrong places: the page gets the new version's page instead.
          if (version !== undefined && version !== ctx.document.version) return null;
          const page = await documentDashboardLines(ctx.document, list.key, list.offset, ctx);
          return page && logDashboardLinesHtml(page, lang);
        }
        return { html: logDashboardHtml(await documentDashboard(ctx.document, lang, ctx), { lang, nonce: nonce ?? randomNonce(), source: documentName(ctx.document.uri) }) };
      }
      case 'smtpCodes.server.bounceOverview': {
        if (!ctx.document) return { error: emlMessages(lang).noDocument };
        const settings = ctx.document.languageId === 'eml' ? await ctx.settingsFor(ctx.document) : undefined;
        const summary = settings ? (ctx.service.analyze(ctx.document, { ...settings, language: lang }).summary as BounceSummary) : bounceSummaryOf(ctx.document.getText());
        const { nonce } = options as ReportArguments;
        return { html: bounceOverviewHtml(summary, { lang, nonce: nonce ?? randomNonce(), source: documentName(ctx.document.uri) }) };
      }
      case 'smtpCodes.server.redact': {
        const { text, range, addresses, hosts, ips } = options as RedactArguments;
        // The server holds only the documents of its languages: a client sends the text of any other.
        const source = typeof text === 'string' ? TextDocument.create('untitled:redact', 'plaintext', 0, text) : ctx.document;
        if (!source) return { error: redactMessages(lang).noDocument };
        const within = range ? { start: source.offsetAt(range.start), end: source.offsetAt(range.end) } : undefined;
        return { text: redactText(source.getText(), { addresses: !!addresses, hosts: !!hosts, ips: !!ips }, undefined, within) };
      }
      case 'smtpCodes.server.sessionDiagram':
        // A window of the session diagram's arrows (sessionDiagramCommand.ts).
        return sessionDiagramCommand(options as SessionDiagramArguments, lang, ctx);
      case 'smtpCodes.server.outcome': {
        // The outcome at a glance (a status bar item): null for a document the server does not hold
        // or a kind without one, so that a client hides its item.
        if (!ctx.document) return null;
        const settings = await ctx.settingsFor(ctx.document);
        if (!settings) return null;
        return documentOutcome(ctx.service.analyze(ctx.document, { ...settings, language: lang }), ctx.document.languageId, lang) ?? null;
      }
      default:
        return { error: `unknown command ${command}` };
    }
  } catch (e) {
    if (e instanceof UnknownCodeError) return { error: e.message };
    throw e;
  }
}
