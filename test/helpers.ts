/** Shared test helpers: documents with a `|` cursor marker, and a service with default settings. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/service/languageService';
import { defaultSettings, type Settings } from '../server/src/service/settings';

export const service = getLanguageService();

let counter = 0;

/** A document; `name` gives it a file name where the name decides its kind (`sender_access`). */
export function doc(text: string, languageId = 'smtp', name?: string): TextDocument {
  const uri = name ? `file:///test/${++counter}/${name}` : `file:///test/${++counter}.${languageId}`;
  return TextDocument.create(uri, languageId, 1, text);
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

/** The diagnostic with `code` (the `nth`, 0-based, where several fire) and the quick fixes it offers. */
export function quickFixesFor(text: string, code: string, languageId = 'smtp', nth = 0, name?: string) {
  const document = doc(text, languageId, name);
  const diagnostic = service.doValidation(document, settings()).filter((d) => d.code === code)[nth];
  if (!diagnostic) throw new Error(`no ${code} diagnostic #${nth} in ${JSON.stringify(text.slice(0, 120))}`);
  const actions = service.doCodeActions(document, diagnostic.range, [diagnostic]);
  return { document, diagnostic, actions };
}

/**
 * Applies one quick fix of the `nth` diagnostic with `code` (the preferred fix, or the one titled
 * `title`) and returns the WHOLE resulting document, so a wrong range shows as a wrong text.
 */
export function applyFix(text: string, code: string, languageId = 'smtp', options: { nth?: number; title?: string; name?: string } = {}): string {
  const { document, actions } = quickFixesFor(text, code, languageId, options.nth, options.name);
  const action = options.title === undefined ? actions.find((a) => a.isPreferred) ?? actions[0] : actions.find((a) => a.title === options.title);
  const edits = action?.edit?.changes?.[document.uri];
  if (!edits) throw new Error(`no ${options.title ?? 'preferred'} fix for ${code}; offered: ${JSON.stringify(actions.map((a) => a.title))}`);
  return TextDocument.applyEdits(document, edits);
}

/** A delivery status notification (RFC 3464) for one recipient, as bounce tests need it. */
export function deliveryReport(fields: {
  status: string;
  diagnostic: string;
  action?: string;
  recipient?: string;
  reporting?: string;
  remote?: string;
  received?: string;
}): string {
  return [
    ...(fields.received ? [`Received: from ${fields.received} (${fields.received} [192.0.2.9]) by mx.example.com; Tue, 3 Jun 2025 10:00:00 +0000`] : []),
    'From: MAILER-DAEMON@example.com',
    'Subject: Undeliverable',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    '',
    '--B',
    'Content-Type: text/plain',
    '',
    'Delivery failed.',
    '',
    '--B',
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${fields.reporting ?? 'mail.example.com'}`,
    '',
    `Final-Recipient: rfc822; ${fields.recipient ?? 'b@example.net'}`,
    `Action: ${fields.action ?? 'failed'}`,
    `Status: ${fields.status}`,
    ...(fields.remote ? [`Remote-MTA: dns; ${fields.remote}`] : []),
    `Diagnostic-Code: smtp; ${fields.diagnostic}`,
    '',
    '--B--',
    '',
  ].join('\n');
}
