/**
 * What the incremental property tests share: the files of a corpus folder, and the replay of random
 * edit steps on a document, noting each change the way the server does and handing the changed
 * lines to the update wherever a step asks for an analysis (and after the last step).
 */
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { dirtyLines, noteChange, type EditSpan } from '../../server/src/service/incremental';

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function replayEdits<Edit, Step extends { changes: Edit[]; analyse: boolean }>(
  document: TextDocument,
  steps: Step[],
  changeFor: (document: TextDocument, edit: Edit) => TextDocumentContentChangeEvent,
  update: (dirty: NonNullable<ReturnType<typeof dirtyLines>>, step: Step) => void,
): void {
  let edits: EditSpan | undefined;
  steps.forEach((s, i) => {
    const version = document.version + 1;
    for (const e of s.changes) {
      const change = changeFor(document, e);
      edits = noteChange(edits, document, change);
      TextDocument.update(document, [change], version);
    }
    if (!s.analyse && i < steps.length - 1) return;
    const dirty = dirtyLines(edits!, document);
    assert.ok(dirty, 'the edits were all noted, so the changed lines are known');
    update(dirty, s);
    edits = undefined;
  });
}
