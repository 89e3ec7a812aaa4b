/**
 * Commands the client (or any LSP client) runs on the server with workspace/executeCommand.
 * Ids differ from the VS Code command ids, which the client registers itself.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from './knowledge/types';
import { catalog, compareQuery, explainQuery, UnknownCodeError } from './service/catalog';
import type { LanguageService } from './service/languageService';
import type { Settings } from './service/settings';

export const serverCommands = ['smtpCodes.server.explain', 'smtpCodes.server.compare', 'smtpCodes.server.catalog'] as const;

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
      default:
        return { error: `unknown command ${command}` };
    }
  } catch (e) {
    if (e instanceof UnknownCodeError) return { error: e.message };
    throw e;
  }
}
