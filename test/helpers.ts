/** Shared test helpers: documents with a `|` cursor marker, and a service with default settings. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/service/languageService';
import { defaultSettings, type Settings } from '../server/src/service/settings';

export const service = getLanguageService();

let counter = 0;

export function doc(text: string, languageId = 'smtp'): TextDocument {
  return TextDocument.create(`file:///test/${++counter}.${languageId}`, languageId, 1, text);
}

/** Splits "250 2.0.|0 Ok" into the text without the marker and the marker's position. */
export function withCursor(textWithCursor: string, languageId = 'smtp') {
  const offset = textWithCursor.indexOf('|');
  if (offset < 0) throw new Error('no | cursor marker');
  const document = doc(textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1), languageId);
  return { document, position: document.positionAt(offset) };
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings, ...overrides };
}

export function hoverText(textWithCursor: string, languageId = 'smtp', overrides: Partial<Settings> = {}): string | undefined {
  const { document, position } = withCursor(textWithCursor, languageId);
  const hover = service.doHover(document, position, settings(overrides));
  return hover ? (hover.contents as { value: string }).value : undefined;
}

export function diagnosticCodes(text: string, languageId = 'smtp', overrides: Partial<Settings> = {}): string[] {
  return service.doValidation(doc(text, languageId), settings(overrides)).map((d) => String(d.code));
}

/** Diagnostics as "line:col code" strings (1-based), for compact table tests. */
export function diagnosticsAt(text: string, languageId = 'smtp', overrides: Partial<Settings> = {}): string[] {
  return service
    .doValidation(doc(text, languageId), settings(overrides))
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`);
}
