/** The one table of smtp-codes commands, in the order the usage lists them. The entry point (runCli.ts) reads it. */
import type { CliCommand } from './cliCommand';
import { bounceCommand } from './bounce';
import { checkCommand } from './check';
import { compareCommand } from './compare';
import { explainCommand } from './explain';
import { hoverCommand } from './hover';
import { logSummaryCommand } from './logSummary';
import { redactCommand } from './redact';

export const cliCommands: readonly CliCommand[] = [explainCommand, compareCommand, checkCommand, hoverCommand, logSummaryCommand, bounceCommand, redactCommand];
