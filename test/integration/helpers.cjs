// Helpers for the in-extension-host suite: fixtures, positions, and waits on editor events.
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const fixturesDir = path.resolve(__dirname, '..', 'e2e', 'fixtures');
const extensionId = 'smtp-codes.smtp-codes';

function fixture(relativePath) {
  return vscode.Uri.file(path.join(fixturesDir, relativePath));
}

function fixtureText(relativePath) {
  return fs.readFileSync(path.join(fixturesDir, relativePath), 'utf8');
}

/** An untitled document, so that edits never touch the fixtures. */
async function openUntitled(language, content) {
  const document = await vscode.workspace.openTextDocument({ language, content });
  await vscode.window.showTextDocument(document);
  return document;
}

async function openFixture(relativePath) {
  const document = await vscode.workspace.openTextDocument(fixture(relativePath));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Position of the `occurrence`-th `needle` on the first line matching `linePattern`, plus `offset` characters. */
function positionOf(document, needle, linePattern, offset = 1) {
  for (let line = 0; line < document.lineCount; line += 1) {
    const text = document.lineAt(line).text;
    if (linePattern && !linePattern.test(text)) continue;
    const character = text.indexOf(needle);
    if (character >= 0) return new vscode.Position(line, character + offset);
  }
  throw new Error(`"${needle}" not found in ${document.uri.toString()}`);
}

function codeOf(diagnostic) {
  return typeof diagnostic.code === 'object' && diagnostic.code !== null ? String(diagnostic.code.value) : String(diagnostic.code);
}

/** Resolves with the document's diagnostics once `accept` holds, on the diagnostics event. */
function waitForDiagnostics(uri, accept, timeout = 30_000) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (accept(diagnostics)) {
        cleanup();
        resolve(diagnostics);
      }
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`diagnostics of ${uri.toString()} never matched; last: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => [codeOf(d), d.message]))}`));
    }, timeout);
    function cleanup() {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

/**
 * Runs a provider command until it returns something `accept`s: the language server answers empty
 * results while it is still starting.
 */
async function untilProvided(run, accept, what, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await run();
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`${what}: no acceptable result within ${timeout / 1000}s; last: ${JSON.stringify(last)?.slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function hoverText(hovers) {
  return (hovers ?? [])
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

module.exports = { extensionId, fixture, fixtureText, openFixture, openUntitled, positionOf, codeOf, waitForDiagnostics, untilProvided, hoverText };
