/** The user-facing strings of mail-log hovers and the log summary, in English and German. */
import type { Lang, LogOutcome } from '../../knowledge/types';

const en = {
  meaning: 'What it means',
  next: 'What happens next',
  sources: 'Sources',
  inThisLog: 'In this log',
  dsnField: 'The `dsn=` field: the enhanced status code (RFC 3463) the MTA recorded for this recipient. Its class must agree with the status word of the line.',
  remoteReply: (host: string) => (host ? `The reply of the remote server \`${host}\`, as the MTA logged it.` : 'The reply of the remote server, as the MTA logged it.'),
  localReply: 'The reply this server sent to the client when it refused the command.',
  statusWithCode: (code: string) => `The code on this line: \`${code}\`.`,
  summaryTitle: 'Mail log summary',
  noDocument: 'SMTP Codes: open a mail log first.',
  summaryIntro: (lines: number, events: number) => `${lines} lines, ${events} delivery events.`,
  summaryEmpty: 'No delivery events with a status, reply code or dsn= were found in this log.',
  columns: ['Outcome', 'Status', 'Reply', 'Remote host', 'Count', 'Lines'],
  more: (n: number) => `+${n} more`,
  failuresByProvider: 'Failures by provider',
  byOutcome: 'Events by outcome',
  topReasons: 'Most frequent reasons of failures',
  outcomes: {
    delivered: 'delivered',
    deferred: 'deferred',
    bounced: 'bounced',
    expired: 'expired',
    rejected: 'rejected',
    received: 'received',
    other: 'other',
  } satisfies Record<LogOutcome, string>,
};

type LogMessages = typeof en;

const de: LogMessages = {
  meaning: 'Was es bedeutet',
  next: 'Wie es weitergeht',
  sources: 'Quellen',
  inThisLog: 'In diesem Log',
  dsnField: 'Das Feld `dsn=`: der erweiterte Statuscode (RFC 3463), den der MTA für diesen Empfänger festgehalten hat. Seine Klasse muss zum Statuswort der Zeile passen.',
  remoteReply: (host: string) => (host ? `Die Antwort des entfernten Servers \`${host}\`, wie der MTA sie protokolliert hat.` : 'Die Antwort des entfernten Servers, wie der MTA sie protokolliert hat.'),
  localReply: 'Die Antwort, die dieser Server dem Client beim Ablehnen des Befehls gesendet hat.',
  statusWithCode: (code: string) => `Der Code in dieser Zeile: \`${code}\`.`,
  summaryTitle: 'Zusammenfassung des Mail-Logs',
  noDocument: 'SMTP Codes: Öffnen Sie zuerst ein Mail-Log.',
  summaryIntro: (lines: number, events: number) => `${lines} Zeilen, ${events} Zustellereignisse.`,
  summaryEmpty: 'In diesem Log wurden keine Zustellereignisse mit Status, Antwortcode oder dsn= gefunden.',
  columns: ['Ergebnis', 'Status', 'Antwort', 'Entfernter Host', 'Anzahl', 'Zeilen'],
  more: (n: number) => `+${n} weitere`,
  failuresByProvider: 'Fehlschläge nach Anbieter',
  byOutcome: 'Ereignisse nach Ergebnis',
  topReasons: 'Häufigste Gründe der Fehlschläge',
  outcomes: {
    delivered: 'zugestellt',
    deferred: 'zurückgestellt',
    bounced: 'unzustellbar',
    expired: 'verfallen',
    rejected: 'abgelehnt',
    received: 'angenommen',
    other: 'sonstiges',
  },
};

export function logMessages(lang: Lang): LogMessages {
  return lang === 'de' ? de : en;
}
