/** `smtp-codes hover <file> <line>:<col>`: the hover the editor would show there; exit 1 where there is none. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isOwnLanguage } from '../service/documentKinds';
import { getLanguageService } from '../service/languageService';
import { defaultSettings } from '../service/settings';
import { option, UsageError, type CliRun } from './cliCommand';
import { ioReason, readTextFile } from './files';
import { languageOf } from './languageFiles';

export const runHover: CliRun = (args, options, io) => {
  const format = option(options.format, ['markdown', 'json'] as const, 'format', 'markdown');
  if (args.length !== 2) throw new UsageError('hover takes a file and a position <line>:<col>');
  const [file, position] = args;
  const m = /^(\d+):(\d+)$/.exec(position);
  if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) throw new UsageError(`position must be <line>:<col>, 1-based (got '${position}')`);
  let text: string;
  try {
    text = readTextFile(file);
  } catch (e) {
    throw new UsageError(`${file}: ${ioReason(e)}`);
  }
  const languageId = languageOf(file, text, options.language);
  if (!languageId) throw new UsageError(`${file}: cannot tell the file's language from its name; pass --language <id>`);
  if (!isOwnLanguage(languageId) && !options.language) throw new UsageError(`${file}: unsupported language '${languageId}'`);
  const document = TextDocument.create(`file://${file}`, languageId, 1, text);
  const position0 = { line: Number(m[1]) - 1, character: Number(m[2]) - 1 };
  const result = getLanguageService().doHover(document, position0, { ...defaultSettings, language: options.lang });
  if (!result) {
    io.err(`smtp-codes: no hover at ${file}:${position}\n`);
    return 1;
  }
  io.out(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : (result.contents as { value: string }).value);
  return 0;
};
