/**
 * The shared shapes of bounce extraction: what every extractor (RFC 3464 reports, human-readable
 * notices of each sender family, Amazon SES notifications, feedback reports) returns, below all of
 * them so that none imports another for its types.
 */
import type { Range } from 'vscode-languageserver-types';
import type { CodeHit } from './bounceText';
import type { DiagnosticValue, DsnField, DsnReport } from './dsn';
import type { BounceKind } from './emlMessages';
import type { MimeEntity } from './mime';
import type { TextView } from './textView';

export interface RecipientSummary {
  recipient: string | null;
  action: string | null;
  status: string | null;
  replyCode: string | null;
  diagnostic: string | null;
  remoteMta: string | null;
  /**
   * Where the status came from when it is not the DSN's Status field: a report that says only
   * X.0.0 while its Diagnostic-Code, or the notification text in the recipient's own block (OpenSMTPD
   * writes no Diagnostic-Code), carries the specific code of the same class.
   */
  statusSource?: 'diagnostic-code' | 'notification-text';
  /** The provider that answered (issue 15), present only where the reply or a host identifies one. */
  provider?: string;
}

/** A line a recipient's values were read from, named by the DSN field on it, or `text` for the notification text that names the recipient. */
export interface RecipientSource {
  field: 'final-recipient' | 'original-recipient' | 'action' | 'status' | 'diagnostic-code' | 'text';
  /** 0-based document line. */
  line: number;
}

/** A recipient with the places its values came from, for hovers and diagnostics. */
export interface RecipientResult extends RecipientSummary {
  /** Where the recipient-status information belongs (the Status value, or the code in the text). */
  anchor?: Range;
  dsn?: DsnRecipient;
  /** The lines of an RFC 3464 recipient's fields and of its mention in the notification text, in line order. */
  sources?: RecipientSource[];
}

export interface DsnRecipient {
  fields: DsnField[];
  action?: DsnField;
  status?: DsnField;
  statusCode: string | null;
  diagnostic?: DsnField;
  diagnosticValue?: DiagnosticValue;
  remoteMta?: DsnField;
}

export interface CodeInText {
  hit: CodeHit;
  range: Range;
  /** The text from the code to the end of its logical line: the reply text. */
  context: string;
  host?: string;
}

export interface DsnPart {
  entity: MimeEntity;
  view: TextView;
  report: DsnReport;
  embedded: boolean;
}

export interface MessageResult {
  entity: MimeEntity;
  kind: BounceKind;
  subject: string;
  recipients: RecipientResult[];
  dsnParts: DsnPart[];
  feedbackParts: DsnPart[];
  /** Codes found in the notification text, each with its document range (exact views only). */
  textCodes: CodeInText[];
  /** Top-level header fields worth a hover (X-Failed-Recipients, Auto-Submitted). */
  headerFields: MimeEntity['headers'];
}


export function emptySummary(): RecipientSummary {
  return { recipient: null, action: null, status: null, replyCode: null, diagnostic: null, remoteMta: null };
}

/** A diagnostic as one line, capped: what the summary shows. */
export function cleanDiagnostic(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 1000) : null;
}
