/**
 * The strings of the bounce features (summary, CodeLens, outline, hovers on fields), in English
 * and German. Diagnostic messages live in diagnosticRules.ts with every other rule.
 */
import type { Lang } from '../../knowledge/types';

export type BounceKind = 'bounce' | 'delay' | 'feedback-report' | 'auto-reply' | 'not-a-bounce';
export type DsnAction = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded';

const en = {
  kind: {
    bounce: 'bounce (delivery failure report)',
    delay: 'delay notice (delivery still being retried)',
    'feedback-report': 'feedback report (ARF complaint)',
    'auto-reply': 'automatic reply (RFC 3834)',
    'not-a-bounce': 'not a bounce',
  } satisfies Record<BounceKind, string>,
  lensKind: {
    bounce: 'Bounce',
    delay: 'Delay',
    'feedback-report': 'Feedback report',
    'auto-reply': 'Auto-reply',
    'not-a-bounce': 'Delivery report',
  } satisfies Record<BounceKind, string>,
  action: { failed: 'failed', delayed: 'delayed', delivered: 'delivered', relayed: 'relayed', expanded: 'expanded' } satisfies Record<DsnAction, string>,
  actionCount: (n: number, action: string) => `${n} ${action}`,
  noAction: 'no action given',
  recipientsCount: (n: number) => `${n} recipient${n === 1 ? '' : 's'}`,
  noRecipients: 'no recipients named',
  summaryTitle: 'Bounce summary',
  kindLine: 'Kind',
  messageHeading: (n: number, subject: string) => `Message ${n}${subject ? `: ${subject}` : ''}`,
  columns: { recipient: 'Recipient', action: 'Action', status: 'Status', reply: 'Reply', remoteMta: 'Remote MTA', diagnostic: 'Diagnostic' },
  noneInMessage: 'The message names no recipient with a delivery outcome.',
  notGiven: '–',
  nullNote: 'A dash means the message does not give that value; nothing is guessed.',
  noDocument: 'Open a bounce message (.eml) first.',
  // Outline.
  headersSymbol: 'Headers',
  bodySymbol: 'Body',
  messageSymbol: (n: number) => `Message ${n}`,
  perMessageSymbol: 'Per-message fields',
  recipientSymbol: (address: string) => `Recipient ${address}`,
  enclosedMessage: 'Enclosed message',
  // Hovers on fields.
  syntax: 'Syntax',
  thisValue: (value: string) => `Value “${value}”`,
  references: 'References',
  fieldScope: { message: 'DSN per-message field', recipient: 'DSN per-recipient field', header: 'Message header', arf: 'Feedback report field' },
  // CLI text output.
  cliKind: (kind: string) => `kind: ${kind}`,
  statusRefinedHeading: 'Reported status',
  statusRefined: (dsn: string, specific: string) =>
    `This Status says only ${dsn}; the Diagnostic-Code carries the remote server's specific ${specific} of the same class, so the summary reports ${specific} (taken from the Diagnostic-Code).`,
  statusRefinedByText: (dsn: string, specific: string) =>
    `This Status says only ${dsn}; the notification text for this recipient carries the remote server's specific ${specific} of the same class, so the summary reports ${specific} (taken from the notification text).`,
  statusFromDiagnostic: 'from the Diagnostic-Code',
  statusFromText: 'from the notification text',
};

type EmlMessages = typeof en;

const de: EmlMessages = {
  kind: {
    bounce: 'Unzustellbarkeitsnachricht (Bounce)',
    delay: 'Verzögerungsmeldung (Zustellung wird weiter versucht)',
    'feedback-report': 'Feedback-Bericht (ARF-Beschwerde)',
    'auto-reply': 'automatische Antwort (RFC 3834)',
    'not-a-bounce': 'keine Unzustellbarkeitsnachricht',
  },
  lensKind: {
    bounce: 'Bounce',
    delay: 'Verzögerung',
    'feedback-report': 'Feedback-Bericht',
    'auto-reply': 'Automatische Antwort',
    'not-a-bounce': 'Zustellbericht',
  },
  action: { failed: 'fehlgeschlagen', delayed: 'verzögert', delivered: 'zugestellt', relayed: 'weitergeleitet', expanded: 'aufgelöst' },
  actionCount: (n: number, action: string) => `${n} ${action}`,
  noAction: 'ohne Angabe',
  recipientsCount: (n: number) => `${n} Empfänger`,
  noRecipients: 'keine Empfänger genannt',
  summaryTitle: 'Zusammenfassung der Unzustellbarkeitsnachricht',
  kindLine: 'Art',
  messageHeading: (n: number, subject: string) => `Nachricht ${n}${subject ? `: ${subject}` : ''}`,
  columns: { recipient: 'Empfänger', action: 'Action', status: 'Status', reply: 'Antwort', remoteMta: 'Entfernter MTA', diagnostic: 'Diagnose' },
  noneInMessage: 'Die Nachricht nennt keinen Empfänger mit einem Zustellergebnis.',
  notGiven: '–',
  nullNote: 'Ein Strich bedeutet, dass die Nachricht diesen Wert nicht angibt; nichts wird geraten.',
  noDocument: 'Öffnen Sie zuerst eine Unzustellbarkeitsnachricht (.eml).',
  headersSymbol: 'Header',
  bodySymbol: 'Inhalt',
  messageSymbol: (n: number) => `Nachricht ${n}`,
  perMessageSymbol: 'Felder pro Nachricht',
  recipientSymbol: (address: string) => `Empfänger ${address}`,
  enclosedMessage: 'Eingebettete Nachricht',
  syntax: 'Syntax',
  thisValue: (value: string) => `Wert „${value}“`,
  references: 'Quellen',
  fieldScope: { message: 'DSN-Feld pro Nachricht', recipient: 'DSN-Feld pro Empfänger', header: 'Nachrichten-Header', arf: 'Feld eines Feedback-Berichts' },
  cliKind: (kind: string) => `Art: ${kind}`,
  statusRefinedHeading: 'Gemeldeter Status',
  statusRefined: (dsn: string, specific: string) =>
    `Dieser Status sagt nur ${dsn}; der Diagnostic-Code enthält den genaueren Code ${specific} des entfernten Servers aus derselben Klasse, daher meldet die Zusammenfassung ${specific} (aus dem Diagnostic-Code).`,
  statusRefinedByText: (dsn: string, specific: string) =>
    `Dieser Status sagt nur ${dsn}; der Benachrichtigungstext zu diesem Empfänger enthält den genaueren Code ${specific} des entfernten Servers aus derselben Klasse, daher meldet die Zusammenfassung ${specific} (aus dem Benachrichtigungstext).`,
  statusFromDiagnostic: 'aus dem Diagnostic-Code',
  statusFromText: 'aus dem Benachrichtigungstext',
};

export function emlMessages(lang: Lang): EmlMessages {
  return lang === 'de' ? de : en;
}
