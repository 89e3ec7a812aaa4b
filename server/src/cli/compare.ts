/** `smtp-codes compare <codeA> <codeB>`: two codes side by side, as "SMTP: Compare Codes…" shows them. */
import { compareQuery } from '../service/catalog';
import { option, UsageError, type CliRun } from './cliCommand';
import { usageErrorIfUnknown } from './explain';

export const runCompare: CliRun = (args, options, io) => {
  if (args.length !== 2) throw new UsageError('compare takes exactly two codes');
  io.out(usageErrorIfUnknown(() => compareQuery(args[0], args[1], options.lang, option(options.format, ['text', 'markdown', 'json'] as const, 'format', 'text'))));
  return 0;
};
