/** `smtp-codes explain <code>`: a code, command or keyword explained, as the editor's preview shows it. */
import { explainQuery } from '../service/catalog';
import { option, UsageError, type CliCommand } from './cliCommand';

export const explainCommand: CliCommand = {
  name: 'explain',
  usage: 'smtp-codes explain <code> [--lang en|de] [--format text|markdown|json]',
  run(args, options, io) {
    if (args.length !== 1) throw new UsageError('explain takes exactly one code');
    io.out(explainQuery(args[0], options.lang, option(options.format, ['text', 'markdown', 'json'] as const, 'format', 'text')));
    return 0;
  },
};
