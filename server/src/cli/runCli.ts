/**
 * smtp-codes: the command-line face of the same service the editor uses. This entry point parses
 * the options shared by every command, finds the command in the table (commands.ts) and runs it.
 * Exit codes: 0 fine, 1 findings of error severity (check) or no hover (hover), 2 usage or I/O error.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { option, UsageError, type CliIo } from './cliCommand';
import { cliCommands } from './commands';
import { noProgress, ProgressBar, type Progress } from './progress';

export type { CliIo } from './cliCommand';

// --no-progress is every command's: the bar is drawn only on a terminal, outside CI, for work over a second.
const usage = `Usage (every command also takes --no-progress):\n${cliCommands.map((c) => `  ${c.usage}`).join('\n')}`;

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

const sharedOptions: OptionsConfig = {
  lang: { type: 'string' },
  format: { type: 'string' },
  language: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  'no-progress': { type: 'boolean' },
};
/** Every option any command knows, only to find the command name among the arguments. */
const everyOption: OptionsConfig = Object.assign({}, sharedOptions, ...cliCommands.map((c) => c.options ?? {}));

export function runCli(argv: string[], io: CliIo): number {
  // A command's own options (redact's --in-place) are known to that command only, so that the
  // others still refuse them as unknown.
  const commandName = parseArgs({ args: argv, allowPositionals: true, strict: false, options: everyOption }).positionals[0];
  const command = cliCommands.find((c) => c.name === commandName);
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...sharedOptions, ...command?.options } });
  } catch (e) {
    io.err(`smtp-codes: ${(e as Error).message.split('\n')[0]}\n`);
    return 2;
  }
  const [name, ...rest] = parsed.positionals;
  const { lang, format, language, help, 'no-progress': noProgressOption, ...values } = parsed.values as Record<string, string | boolean | undefined>;
  if (help || !name) {
    (help ? io.out : io.err)(`${usage}\n`);
    return help ? 0 : 2;
  }
  const progress = io.progress && !noProgressOption ? new ProgressBar(io.progress, name) : noProgress;
  try {
    const options = { lang: option(lang as string | undefined, ['en', 'de'] as const, 'lang', 'en'), format: format as string | undefined, language: language as string | undefined, values, progress };
    if (!command) throw new UsageError(`unknown command '${name}'\n${usage}`);
    return command.load()(rest, options, clearingProgressFirst(io, progress));
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`smtp-codes: ${e.message}\n`);
      return 2;
    }
    throw e;
  } finally {
    progress.clear();
  }
}

/** The command's I/O with the bar's line cleared before each write, so output never lands on the bar. */
function clearingProgressFirst(io: CliIo, progress: Progress): CliIo {
  return {
    out: (text) => {
      progress.clear();
      io.out(text);
    },
    err: (text) => {
      progress.clear();
      io.err(text);
    },
  };
}
