/**
 * The one table of smtp-codes commands, in the order the usage lists them. The entry point (runCli.ts) reads it.
 * A command's module is loaded only when that command runs: esbuild turns each `require` into a lazy
 * module init, so that `smtp-codes bounce` over many files never builds what only other commands use
 * (the language service, the transcript reader, the log analyzers, the redactor).
 */
import type { CliCommand } from './cliCommand';

export const cliCommands: readonly CliCommand[] = [
  {
    name: 'explain',
    usage: 'smtp-codes explain <code> [--lang en|de] [--format text|markdown|json]',
    load: () => (require('./explain') as typeof import('./explain')).runExplain,
  },
  {
    name: 'compare',
    usage: 'smtp-codes compare <codeA> <codeB> [--lang en|de] [--format text|markdown|json]',
    load: () => (require('./compare') as typeof import('./compare')).runCompare,
  },
  {
    name: 'check',
    usage: 'smtp-codes check <file-or-dir>... [--format text|json] [--language <id>] [--lang en|de]',
    load: () => (require('./check') as typeof import('./check')).runCheck,
  },
  {
    name: 'hover',
    usage: 'smtp-codes hover <file> <line>:<col> [--format markdown|json] [--language <id>] [--lang en|de]',
    load: () => (require('./hover') as typeof import('./hover')).runHover,
  },
  {
    name: 'log-summary',
    usage: 'smtp-codes log-summary <file>... [--format text|json|html] [--out FILE] [--lang en|de]',
    options: { out: { type: 'string' } },
    load: () => (require('./logSummary') as typeof import('./logSummary')).runLogSummary,
  },
  {
    name: 'bounce',
    usage: 'smtp-codes bounce <file.eml>... [--format text|json] [--lang en|de]',
    load: () => (require('./bounce') as typeof import('./bounce')).runBounce,
  },
  {
    name: 'redact',
    usage: 'smtp-codes redact <file>... [--addresses] [--hosts] [--ips] [--in-place | --out <dir>]',
    options: {
      addresses: { type: 'boolean' },
      hosts: { type: 'boolean' },
      ips: { type: 'boolean' },
      'in-place': { type: 'boolean' },
      out: { type: 'string' },
    },
    load: () => (require('./redact') as typeof import('./redact')).runRedact,
  },
];
