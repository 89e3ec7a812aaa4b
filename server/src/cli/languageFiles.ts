/**
 * Which files the CLI reads as which language: a file's language as the editor tells it, and
 * directories walked for the files VS Code would recognise by name. Apart from files.ts because it
 * needs every document kind's detection, which a command that reads one kind (bounce) does not load.
 */
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { languageForFileName, transcriptFirstLine } from '../service/documentKinds';
import { firstLine } from '../service/lines';
import { looksLikeTranscript } from '../service/transcriptDetection';
import type { CliIo } from './cliCommand';
import { ioReason, kindOf } from './files';

export function languageOf(path: string, text: string, override: string | undefined): string | undefined {
  if (override) return override;
  // A file named for nothing (a paste saved as .txt) is a transcript when it reads like one, as in the editor.
  const transcript = transcriptFirstLine.test(firstLine(text.slice(0, 1000))) || looksLikeTranscript(text);
  return languageForFileName(path) ?? (transcript ? 'smtp' : undefined);
}

/**
 * The files named, with directories walked for the files of the six languages (by name, as VS Code
 * does). The walk follows symbolic links, each directory once (a link back to a directory already
 * walked is said and skipped); it goes on past a directory it cannot read, and names every entry
 * it cannot follow (a symlink loop, a dangling link with a known name) and every known name that is
 * no regular file (a FIFO or a device is read only when named on the command line, as grep -r does).
 */
export function collectFiles(inputs: string[], io: CliIo): { files: string[]; failed: boolean } {
  const files: string[] = [];
  let failed = false;
  const skip = (path: string, reason: string): void => {
    io.err(`smtp-codes: ${path}: ${reason}\n`);
    failed = true;
  };
  const walked = new Map<string, string>();
  const walk = (dir: string): void => {
    let real: string;
    let entries;
    try {
      real = realpathSync(dir);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      return skip(dir, ioReason(e));
    }
    const walkedAs = walked.get(real);
    if (walkedAs !== undefined) return void io.err(`smtp-codes: ${dir}: skipped, the same directory as ${walkedAs} (a symbolic link)\n`);
    walked.set(real, dir);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      const known = languageForFileName(path) !== undefined;
      let stats: Stats | typeof entry = entry;
      if (entry.isSymbolicLink()) {
        try {
          stats = statSync(path);
        } catch (e) {
          // A loop could have been a directory; a dangling link matters only where its name would be read.
          if (known || (e as NodeJS.ErrnoException).code === 'ELOOP') skip(path, ioReason(e));
          continue;
        }
      }
      if (stats.isDirectory()) walk(path);
      else if (!known) continue;
      else if (stats.isFile()) files.push(path);
      else skip(path, `skipped, ${kindOf(stats as Stats)} (read only when named on the command line)`);
    }
  };
  for (const input of inputs) {
    try {
      if (statSync(input).isDirectory()) walk(input);
      else files.push(input);
    } catch (e) {
      skip(input, ioReason(e));
    }
  }
  return { files, failed };
}
