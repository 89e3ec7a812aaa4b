/**
 * How the CLI reads what it is given: text files as the editor reads them, and a one-line reason for
 * each file it cannot read (languageFiles.ts tells which language a file is and walks directories).
 * Whatever the path names (a FIFO, /dev/zero, a symlink loop, an unreadable directory), reading
 * ends in bounded time with either the text or a reason; nothing is skipped without a word.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, constants as fsConstants, type Stats } from 'node:fs';
import { constants as bufferConstants } from 'node:buffer';
import { isBinaryText } from '../service/lines';
import type { CliIo } from './cliCommand';
import { noProgress, type Progress } from './progress';

/** The longest string V8 can make; a larger file could never become one document. */
const maxTextLength = bufferConstants.MAX_STRING_LENGTH;
/** How long to wait between two reads of a FIFO whose writer has not written yet. */
const pipePollMs = 5;

function refuseBinary(text: string): string {
  if (isBinaryText(text)) throw new Error('binary file (contains NUL bytes)');
  return text;
}

/** What kind of thing a path is when it is no regular file, for the reason given. */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * The bytes of a file. The path is opened without blocking (a FIFO without a writer would block
 * the open forever) and judged by what was opened, not by an earlier stat that a swap could
 * outdate: a regular file is read whole; a FIFO is read to its end, as `cat` reads it, and refused
 * when nobody writes to it; devices (/dev/zero, /dev/urandom: endless) and sockets are refused.
 */
function readBytes(path: string): Buffer {
  const fd = openSync(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new Error('is a directory');
    if (stats.isFIFO()) return readPipe(fd);
    if (!stats.isFile()) throw new Error(`not a regular file (${kindOf(stats)})`);
    if (stats.size > maxTextLength) throw new Error(`too large (${Math.round(stats.size / 1e6)} MB; at most ${Math.floor(maxTextLength / 1e6)} MB can be read)`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A FIFO's bytes up to its end; a FIFO that has no writer when it is opened is refused, not waited for. */
function readPipe(fd: number): Buffer {
  const chunks: Buffer[] = [];
  const chunk = Buffer.allocUnsafe(1 << 16);
  let length = 0;
  let writerSeen = false;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    let read: number;
    try {
      read = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      // A writer is there but has not written yet: wait a little, synchronously, as the CLI is.
      writerSeen = true;
      Atomics.wait(pause, 0, 0, pipePollMs);
      continue;
    }
    if (read === 0) break;
    writerSeen = true;
    length += read;
    if (length > maxTextLength) throw new Error(`too large (more than ${Math.floor(maxTextLength / 1e6)} MB)`);
    chunks.push(Buffer.from(chunk.subarray(0, read)));
  }
  if (!writerSeen) throw new Error('a FIFO with no writer: nothing to read');
  return Buffer.concat(chunks, length);
}

/** UTF-16 text with its byte order mark, as VS Code detects it; an odd last byte becomes U+FFFD. */
function utf16Text(bytes: Buffer): string | undefined {
  const bigEndian = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!bigEndian && !(bytes[0] === 0xff && bytes[1] === 0xfe)) return undefined;
  const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
  const text = (bigEndian ? Buffer.from(even).swap16() : even).toString('utf16le');
  return bytes.length % 2 ? `${text}\uFFFD` : text;
}

/**
 * Reads a text file as the editor does: UTF-16 by its byte order mark, else UTF-8 (invalid bytes
 * become U+FFFD, as in VS Code, so line:column agree with the editor), a byte order mark left out
 * of the text as VS Code leaves it out of the document, refusing binary content with a clear
 * reason. The NUL is looked for among the first 8192 characters of the decoded text, not bytes, so
 * that the CLI refuses exactly what the editor marks as binary (multi-byte characters would
 * otherwise move the limit).
 */
export function readTextFile(path: string): string {
  const bytes = readBytes(path);
  const text = utf16Text(bytes) ?? bytes.toString('utf8');
  return refuseBinary(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** A file's text and the encoding that turns it back into exactly the bytes it was read from. */
export interface ExactText {
  text: string;
  encoding: 'utf8' | 'latin1' | 'utf16le' | 'utf16be';
}

/**
 * Reads a text file so that writing the text back (encodeExactText) gives the same bytes: UTF-16
 * by its byte order mark (kept in the text), UTF-8 where the file is valid UTF-8 (a BOM kept),
 * else Latin-1, one character per byte, so that invalid bytes survive.
 */
export function readExactTextFile(path: string): ExactText {
  const bytes = readBytes(path);
  const utf16 = bytes.length % 2 === 0 ? utf16Text(bytes) : undefined;
  if (utf16 !== undefined) return { text: refuseBinary(utf16), encoding: bytes[0] === 0xfe ? 'utf16be' : 'utf16le' };
  const utf8 = bytes.toString('utf8');
  if (Buffer.from(utf8, 'utf8').equals(bytes)) return { text: refuseBinary(utf8), encoding: 'utf8' };
  return { text: refuseBinary(bytes.toString('latin1')), encoding: 'latin1' };
}

/** The bytes of a text read by readExactTextFile, in the encoding it was read in. */
export function encodeExactText(text: string, encoding: ExactText['encoding']): Buffer {
  return encoding === 'utf16be' ? Buffer.from(text, 'utf16le').swap16() : Buffer.from(text, encoding);
}

/**
 * Reads each file and hands its text to `use`; a file that cannot be read or is binary is reported
 * in one line and skipped, so every readable file is still handled. Returns whether any failed.
 */
export function forEachTextFile(files: string[], io: CliIo, use: (file: string, text: string) => boolean | void, progress: Progress = noProgress): boolean {
  return forEachFile(files, io, readTextFile, use, progress);
}

/** forEachTextFile for the exact text of each file (readExactTextFile). */
export function forEachExactTextFile(files: string[], io: CliIo, use: (file: string, content: ExactText) => boolean | void, progress: Progress = noProgress): boolean {
  return forEachFile(files, io, readExactTextFile, use, progress);
}

function forEachFile<T>(files: string[], io: CliIo, read: (path: string) => T, use: (file: string, content: T) => boolean | void, progress: Progress): boolean {
  let failed = false;
  for (const [index, file] of files.entries()) {
    progress.report(index, files.length, `${index}/${files.length} files`);
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
  if (code === 'ELOOP') return 'too many levels of symbolic links (a symlink loop)';
  if (code === 'ENOTDIR') return 'not a directory';
  if (code === 'ENXIO') return 'no such device or address (a socket?)';
  if (code === 'ENAMETOOLONG') return 'file name too long';
  return (e as Error).message.split('\n')[0];
}
