/**
 * How the CLI reads what it is given: text files as the editor reads them, directories walked for
 * the files VS Code would recognise by name, and a one-line reason for each file it cannot read.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { languageForFileName, transcriptFirstLine } from '../service/documentKinds';
import { firstLine } from '../service/lines';
import { looksLikeTranscript } from '../service/transcriptDetection';
import type { CliIo } from './cliCommand';

/** How much of the text is searched for a NUL: the editor's rule (analyzeSafely in languageService.ts). */
const binarySniffLength = 8192;

function refuseBinary(text: string): string {
  if (text.slice(0, binarySniffLength).includes('\u0000')) throw new Error('binary file (contains NUL bytes)');
  return text;
}

/**
 * Reads a text file as UTF-8 (invalid bytes become U+FFFD, as in VS Code, so line:column agree with
 * the editor), refusing binary content with a clear reason. The NUL is looked for among the first
 * 8192 characters of the decoded text, not bytes, so that the CLI refuses exactly what the editor
 * marks as binary (multi-byte characters would otherwise move the limit).
 */
export function readTextFile(path: string): string {
  return refuseBinary(readFileSync(path).toString('utf8'));
}

/** A file's text and the encoding that turns it back into exactly the bytes it was read from. */
export interface ExactText {
  text: string;
  encoding: 'utf8' | 'latin1';
}

/**
 * Reads a text file so that writing the text back gives the same bytes: UTF-8 where the file is
 * valid UTF-8 (a BOM kept), else Latin-1, one character per byte, so that invalid bytes survive.
 */
export function readExactTextFile(path: string): ExactText {
  const bytes = readFileSync(path);
  const utf8 = bytes.toString('utf8');
  if (Buffer.from(utf8, 'utf8').equals(bytes)) return { text: refuseBinary(utf8), encoding: 'utf8' };
  return { text: refuseBinary(bytes.toString('latin1')), encoding: 'latin1' };
}

export function languageOf(path: string, text: string, override: string | undefined): string | undefined {
  if (override) return override;
  // A file named for nothing (a paste saved as .txt) is a transcript when it reads like one, as in the editor.
  const transcript = transcriptFirstLine.test(firstLine(text.slice(0, 1000))) || looksLikeTranscript(text);
  return languageForFileName(path) ?? (transcript ? 'smtp' : undefined);
}

/** The files named, with directories walked for the files of the six languages (by name, as VS Code does). */
export function collectFiles(inputs: string[], io: CliIo): { files: string[]; failed: boolean } {
  const files: string[] = [];
  let failed = false;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && languageForFileName(path)) files.push(path);
    }
  };
  for (const input of inputs) {
    try {
      if (statSync(input).isDirectory()) walk(input);
      else files.push(input);
    } catch (e) {
      io.err(`smtp-codes: ${input}: ${ioReason(e)}\n`);
      failed = true;
    }
  }
  return { files, failed };
}

/**
 * Reads each file and hands its text to `use`; a file that cannot be read or is binary is reported
 * in one line and skipped, so every readable file is still handled. Returns whether any failed.
 */
export function forEachTextFile(files: string[], io: CliIo, use: (file: string, text: string) => boolean | void): boolean {
  return forEachFile(files, io, readTextFile, use);
}

/** forEachTextFile for the exact text of each file (readExactTextFile). */
export function forEachExactTextFile(files: string[], io: CliIo, use: (file: string, content: ExactText) => boolean | void): boolean {
  return forEachFile(files, io, readExactTextFile, use);
}

function forEachFile<T>(files: string[], io: CliIo, read: (path: string) => T, use: (file: string, content: T) => boolean | void): boolean {
  let failed = false;
  for (const file of files) {
    let content: T;
    try {
      content = read(file);
    } catch (e) {
      io.err(`smtp-codes: ${file}: ${ioReason(e)}\n`);
      failed = true;
      continue;
    }
    if (use(file, content) === false) failed = true;
  }
  return failed;
}

export function ioReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (e as Error).message.split('\n')[0];
}
