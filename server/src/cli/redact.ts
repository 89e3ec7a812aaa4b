/**
 * `smtp-codes redact <file>...`: the files with their credentials redacted and, on request,
 * addresses, host names and IP addresses replaced by pseudonyms that stay the same across every
 * file of the run. Writes to stdout unless --in-place or --out DIR says where; never changes a
 * file without --in-place. Exit 2 on a usage error, or after handling every readable file when
 * one cannot be read or written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Pseudonyms, redactText } from '../service/redact';
import { UsageError, type CliRun } from './cliCommand';
import { encodeExactText, forEachExactTextFile, ioReason } from './files';

export const runRedact: CliRun = (files, options, io) => {
  const { addresses, hosts, ips, 'in-place': inPlace, out } = options.values as { addresses?: boolean; hosts?: boolean; ips?: boolean; 'in-place'?: boolean; out?: string };
  if (!files.length) throw new UsageError('redact needs at least one file');
  if (inPlace && out !== undefined) throw new UsageError('--in-place and --out exclude each other');
  if (out !== undefined) {
    const seen = new Set<string>();
    for (const file of files) {
      if (seen.has(basename(file))) throw new UsageError(`--out would write two files named ${basename(file)}`);
      seen.add(basename(file));
    }
    try {
      mkdirSync(out, { recursive: true });
    } catch (e) {
      throw new UsageError(`${out}: ${ioReason(e)}`);
    }
  }
  const pseudonyms = new Pseudonyms();
  let writeFailed = false;
  const readFailed = forEachExactTextFile(files, io, (file, { text, encoding }) => {
    const redacted = encodeExactText(redactText(text, { addresses, hosts, ips }, pseudonyms), encoding);
    if (!inPlace && out === undefined) return void io.out(redacted);
    const target = inPlace ? file : join(out!, basename(file));
    try {
      writeFileSync(target, redacted);
    } catch (e) {
      io.err(`smtp-codes: ${target}: ${ioReason(e)}\n`);
      writeFailed = true;
    }
  }, options.progress);
  return readFailed || writeFailed ? 2 : 0;
};
