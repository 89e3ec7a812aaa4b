/**
 * What every command of the smtp-codes CLI shares: the I/O it writes to, the usage error, the shape
 * of an entry in the command table (commands.ts) and of the work each command's module exports. The
 * bottom of server/src/cli: it imports no command and no entry point.
 */
import type { Lang } from '../knowledge/types';
import type { Progress, ProgressTerminal } from './progress';

export interface CliIo {
  /** Standard output; bytes are written as they are (redact keeps a file's own encoding). */
  out(text: string | Uint8Array): void;
  err(text: string): void;
  /** The terminal behind stderr where a progress bar may be drawn; absent when stderr is no terminal or in CI. */
  progress?: ProgressTerminal;
}

/** A mistake in the command line: one line on stderr, exit 2. */
export class UsageError extends Error {}

/** An option a command adds to the shared ones (`--lang`, `--format`, `--language`, `--help`). */
export interface CliOptionSpec {
  type: 'string' | 'boolean';
}

export interface CliOptions {
  lang: Lang;
  format?: string;
  language?: string;
  /** The values of the command's own options (CliCommand.options), by name. */
  values: Record<string, string | boolean | undefined>;
  /** Where long work tells how far it is (a bar on the terminal, or nothing). */
  progress: Progress;
}

/** A command's work: parses its own positional arguments; returns the exit code. */
export type CliRun = (args: string[], options: CliOptions, io: CliIo) => number;

export interface CliCommand {
  name: string;
  usage: string;
  options?: Record<string, CliOptionSpec>;
  /** The command's module, loaded when the command runs (commands.ts says why). */
  load(): CliRun;
}

/** The value of an option that takes one of a few words, or the fallback when it is not given. */
export function option<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got '${value}')`);
  return value as T;
}
