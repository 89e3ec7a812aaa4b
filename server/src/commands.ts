/**
 * Commands the client (or any LSP client) runs on the server with workspace/executeCommand.
 * Ids differ from the VS Code command ids, which the client registers itself.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from './knowledge/types';
import { catalog, compareQuery, explainQuery, UnknownCodeError } from './service/catalog';
import type { LanguageService } from './service/languageService';
import type { Settings } from './service/settings';
import { logSummaryMarkdown, summarizeLogDocument } from './service/log/logSummary';
import { bounceSummaryOf, type BounceSummary } from './service/eml/emlAnalyzer';
import { bounceSummaryMarkdown } from './service/eml/bounceSummary';
import { emlMessages } from './service/eml/emlMessages';
import { logMessages } from './service/log/logMessages';

export const serverCommands = ['smtpCodes.server.explain', 'smtpCodes.server.compare', 'smtpCodes.server.catalog', 'smtpCodes.server.summarizeLog', 'smtpCodes.server.summarizeBounce'] as const;

export interface CommandContext {
  language: Lang;
  document?: TextDocument;
  service: LanguageService;
  settingsFor(document: TextDocument): Promise<Settings | undefined>;
}

export type CommandResult = { markdown: string } | { error: string } | unknown;

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
        const summary = settings ? (ctx.service.analyze(ctx.document, { ...settings, language: lang }).summary as BounceSummary) : bounceSummaryOf(ctx.document.getText(), lang);
        return { markdown: bounceSummaryMarkdown(summary, lang) };
      }
      default:
        return { error: `unknown command ${command}` };
    }
  } catch (e) {
    if (e instanceof UnknownCodeError) return { error: e.message };
    throw e;
  }
}
