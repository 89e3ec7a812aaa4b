#!/usr/bin/env node
/** Node entry point of the smtp-codes CLI. */
import { runCli } from '../cli/runCli';
import { progressTerminal } from '../cli/progress';

try {
  process.exitCode = runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    progress: progressTerminal(process.stderr, process.env),
  });
} catch (e) {
  process.stderr.write(`smtp-codes: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
