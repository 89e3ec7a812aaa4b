/**
 * Recipients of RFC 3464 reports: one per recipient field group, with the codes its Status and
 * Diagnostic-Code give, and where the notification text names the same address, the codes the
 * fields leave out.
 */
import { assignCodes, type NotificationText } from './notificationText';
import { cleanDiagnostic, type DsnRecipient, type RecipientResult, type RecipientSource } from './bounceTypes';
import { addressOf, diagnosticOf, field, hostOf, statusOf, valueRange, type DsnField } from './dsn';
import type { DsnAction } from './emlMessages';

export function dsnRecipient(fields: DsnField[]): DsnRecipient {
  const status = field(fields, 'status');
  const diagnostic = field(fields, 'diagnostic-code');
  return {
    fields,
    action: field(fields, 'action'),
    status,
    statusCode: status ? statusOf(status.value).code : null,
    diagnostic,
    diagnosticValue: diagnostic ? diagnosticOf(diagnostic.value) : undefined,
    remoteMta: field(fields, 'remote-mta'),
  };
}

const actions = new Set<DsnAction>(['failed', 'delayed', 'delivered', 'relayed', 'expanded']);

/** An unspecific X.0.0 Status that the diagnostic's enhanced code of the same class makes precise. */
export function isRefinedBy(status: string, diagnosticCode: string): boolean {
  return /\.0\.0$/.test(status) && diagnosticCode[0] === status[0] && !/\.0\.0$/.test(diagnosticCode);
}

/** `bob@example.org`, not a source route (`@relay:bob@host`) nor a mailbox on a bare host name (`bob@ims_daemon`). */
function isMailboxOnDomain(address: string): boolean {
  const at = address.lastIndexOf('@');
  return at > 0 && !address.startsWith('@') && address.slice(at + 1).includes('.');
}

export function fromDsn(r: DsnRecipient): RecipientResult {
  // Final-Recipient first; where it is no RFC 822 address (X.400 without an RFC-822 attribute), Original-Recipient.
  // A Final-Recipient that names an internal route (Sun ONE's `@store.example.org:bob@ims_daemon`) gives way
  // to an Original-Recipient that names a mailbox on a domain.
  const candidates = ['final-recipient', 'original-recipient', 'x-actual-recipient'].map((name) => field(r.fields, name)).filter((f): f is DsnField => !!f && !!addressOf(f.value));
  const addressField = candidates.find((f) => isMailboxOnDomain(addressOf(f.value)!)) ?? candidates[0] ?? field(r.fields, 'final-recipient');
  const actionWord = r.action?.value.trim().split(/[\s(;]/)[0]?.toLowerCase() ?? '';
  const diag = r.diagnosticValue;
  let status = r.statusCode;
  // A report that says only X.0.0 while its diagnostic is more precise: the diagnostic's code is the
  // one the remote server gave (Sisimai and most bounce processors prefer it the same way).
  const diagEnhanced = diag?.enhancedCode?.code;
  const refines = !!diagEnhanced && (!status || isRefinedBy(status, diagEnhanced));
  if (refines) status = diagEnhanced!;
  const statusAt = r.status ? valueRange(r.status, statusOf(r.status.value).index, (r.statusCode ?? statusOf(r.status.value).malformed ?? '').length || 1) : undefined;
  return {
    recipient: addressField ? addressOf(addressField.value) : null,
    action: actions.has(actionWord as DsnAction) ? actionWord : actionWord || null,
    status,
    ...(refines ? { statusSource: 'diagnostic-code' as const } : {}),
    replyCode: diag?.replyCode?.code ?? null,
    diagnostic: diag ? cleanDiagnostic(diag.text) : null,
    remoteMta: r.remoteMta ? hostOf(r.remoteMta.value) : null,
    anchor: statusAt ?? r.action?.nameRange ?? addressField?.nameRange ?? r.fields[0]?.nameRange,
    dsn: r,
  };
}

/**
 * Fills a DSN recipient's missing codes from the notification text, when the text names the same
 * address, and makes an X.0.0 Status precise with the specific code of the same class that the
 * recipient's own block of text gives (OpenSMTPD's `bob@example.org: 550 5.1.1 …` over `Status: 5.0.0`).
 */
export function fillFromText(recipients: RecipientResult[], text: NotificationText): void {
  const unspecific = (r: RecipientResult) => !!r.status && /\.0\.0$/.test(r.status) && !r.statusSource;
  const wanting = recipients.filter((r) => r.recipient && (!(r.status && r.replyCode) || unspecific(r)));
  if (!wanting.length || !text.codes.length) return;
  const assigned = assignCodes(text, wanting.map((r) => r.recipient!.toLowerCase()));
  for (const r of wanting) {
    const found = assigned.get(r.recipient!.toLowerCase());
    if (!found || !found.owned) continue;
    if (found.status && unspecific(r) && isRefinedBy(r.status!, found.status)) {
      r.status = found.status;
      r.statusSource = 'notification-text';
    } else r.status ??= found.status;
    r.replyCode ??= found.replyCode;
  }
}


const sourceFields: RecipientSource['field'][] = ['final-recipient', 'original-recipient', 'action', 'status', 'diagnostic-code'];

/**
 * Records the lines each DSN recipient's values came from: its Final-Recipient, Original-Recipient,
 * Action, Status and Diagnostic-Code fields, and the first line of the notification text that names it.
 */
export function addSources(recipients: RecipientResult[], text: NotificationText): void {
  const mentioned = new Map<string, number>();
  for (const m of text.mentions) {
    const key = m.address.toLowerCase();
    if (!mentioned.has(key)) mentioned.set(key, m.range.start.line);
  }
  for (const r of recipients) {
    if (!r.dsn) continue;
    const sources: RecipientSource[] = [];
    for (const name of sourceFields) {
      const f = field(r.dsn.fields, name);
      if (f) sources.push({ field: name, line: f.nameRange.start.line });
    }
    const textLine = r.recipient ? mentioned.get(r.recipient.toLowerCase()) : undefined;
    if (textLine !== undefined) sources.push({ field: 'text', line: textLine });
    r.sources = sources.sort((a, b) => a.line - b.line);
  }
}
