/**
 * Further CLI commands contributed by document kinds (for example `bounce`), so cli.ts stays the
 * same as features are added. Each entry parses its own positional arguments.
 */
import type { Lang } from './knowledge/types';
import type { CliIo } from './cli';
import { logSummaryCommand } from './logSummaryCli';
import { bounceCommand } from './bounceCli';

export interface CliCommand {
  name: string;
  usage: string;
  run(args: string[], options: { lang: Lang; format?: string; language?: string }, io: CliIo): number;
}

export const cliExtensions: CliCommand[] = [logSummaryCommand, bounceCommand];
