/**
 * What the log property tests share: the real log lines they edit with, and random edits of a log
 * (inserts, deletes and replacements of whole lines or of pieces of lines, with LF, CRLF and lone CR).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { filesUnder } from './editReplay';

/** The non-blank lines of the dev corpus logs and the log fixtures. */
export function corpusLogLines(): string[] {
  return [...filesUnder(join(__dirname, '../corpus/logs/dev')), ...filesUnder(join(__dirname, '../fixtures/log'))]
    .filter((path) => !path.endsWith('.json'))
    .flatMap((path) => readFileSync(path, 'utf8').split(/\r\n|\r|\n/))
    .filter((line) => line.trim());
}

export interface LogEdit {
  at: number;
  length: number;
  wholeLines: boolean;
  text: string;
}

/** Logs of up to `maxLines` of the given lines, and edits that insert such logs, pieces of lines, breaks or `snippets`. */
export function logEditArbitraries(lines: string[], snippets: string[], maxLines: number) {
  const ending = fc.constantFrom('\n', '\r\n', '\r');
  const logLines = fc.array(fc.tuple(fc.constantFrom(...lines), ending), { maxLength: maxLines }).map((picked) => picked.map(([line, end]) => line + end).join(''));
  const insertedText = fc.oneof(
    fc.constant(''),
    fc.constantFrom('\n', '\r', '\r\n', ' ', 'x', ...snippets),
    logLines,
    // A piece of a line: edits inside a line, and lines joined or split in the middle.
    fc.tuple(fc.constantFrom(...lines), fc.nat(), fc.nat({ max: 60 })).map(([line, at, length]) => line.slice(at % (line.length + 1), (at % (line.length + 1)) + length)),
  );
  const edit: fc.Arbitrary<LogEdit> = fc.record({ at: fc.nat(), length: fc.oneof(fc.constant(0), fc.nat({ max: 8 }), fc.nat({ max: 400 })), wholeLines: fc.boolean(), text: insertedText });
  return { logLines, edit };
}

/** The change an edit makes to the document: its offset and length taken modulo the text, or the whole lines they touch. */
export function changeFor(document: TextDocument, e: LogEdit): TextDocumentContentChangeEvent {
  const length = document.getText().length;
  const start = e.at % (length + 1);
  const end = Math.min(length, start + e.length);
  let range = { start: document.positionAt(start), end: document.positionAt(end) };
  if (e.wholeLines) range = { start: { line: range.start.line, character: 0 }, end: { line: range.end.line + (e.length ? 1 : 0), character: 0 } };
  return { range, text: e.text };
}
