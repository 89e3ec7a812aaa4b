/** `smtp-codes explain <code>`: a code, command or keyword explained, as the editor's preview shows it. */
import { explainQuery, UnknownCodeError } from '../service/catalog';
import { option, UsageError, type CliRun } from './cliCommand';

export const runExplain: CliRun = (args, options, io) => {
  if (args.length !== 1) throw new UsageError('explain takes exactly one code');
  io.out(usageErrorIfUnknown(() => explainQuery(args[0], options.lang, option(options.format, ['text', 'markdown', 'json'] as const, 'format', 'text'))));
  return 0;
};

/** An unknown code is a mistake in the command line (one line on stderr, exit 2); compare shares this. */
export function usageErrorIfUnknown<T>(query: () => T): T {
  try {
    return query();
  } catch (e) {
    if (e instanceof UnknownCodeError) throw new UsageError(e.message);
    throw e;
  }
}
