/** The user-facing strings of Postfix configuration and lookup-table hovers, in English and German. */
import type { Lang, PostfixRestrictionEntry } from '../../knowledge/types';

const en = {
  parameter: (name: string) => `Postfix parameter ${name}`,
  restriction: (name: string) => `Postfix restriction ${name}`,
  action: (name: string) => `Lookup-table action ${name}`,
  description: 'Description',
  note: 'Note',
  defaultValue: (value: string) => `Postfix default: \`${value || '(empty)'}\`.`,
  accepted: (range: string) => `Accepted codes: ${range}.`,
  intent: {
    permanent: 'Meant for a permanent rejection (5xx).',
    temporary: 'Meant for a temporary refusal (4xx).',
    either: 'Temporary (4xx) or permanent (5xx) by choice; Postfix ships the cautious 4xx.',
  },
  usedBy: (names: string) => `Sets the reply of: ${names}.`,
  configured: (value: string, line: number) => `Set to \`${value}\` on line ${line} of this file.`,
  notConfigured: (value: string) => `Not set in this file: Postfix uses the default \`${value}\`.`,
  forClient: { '2': 'To the client, a 2xx means the address is accepted.', '4': 'To the client, a 4xx means: keep the message and try again later; nothing bounces until its queue lifetime runs out.', '5': 'To the client, a 5xx means: give up and return the message to its sender.' } as Record<string, string>,
  repliesWith: (param: string, value: string, origin: string) => `Replies with \`${param}\` = \`${value}\` (${origin}).`,
  originHere: (line: number) => `set on line ${line}`,
  originDefault: 'Postfix default',
  codeMeaning: (code: string, meaning: string) => `\`${code}\`: ${meaning}.`,
  valueOf: (param: string) => `The value of ${param}`,
  sources: 'Sources',
  rangeFourFive: '400–599 (4xx or 5xx)',
  rangeWith250: (ranges: string) => `250 or ${ranges}`,
  rangeFour: '400–499 (4xx)',
  softBounceOn: 'Set to `yes` here: every permanent failure is held back as a deferral.',
  inLookup: 'In this table',
  numberIsText: (code: string) => `${code}: reply text, not the reply code`,
  rejectNumber: 'With REJECT, Postfix replies with $access_map_reject_code (default 554); this number is sent as part of the text. To choose the code yourself, make it the action: `554 5.7.1 text`.',
  rejectNumberHeader: (code: string) => `In header_checks and body_checks, REJECT always replies 550, with the enhanced code 5.7.1 unless the text starts with one; this number is sent as part of the text (\`550 5.7.1 ${code} …\`). These tables cannot choose the reply code.`,
  headerRejectSent: '550 5.7.1 (header_checks(5) cannot choose the code)',
  adviceHeader: (action: string) => `Remove the number: \`${action} text\`.`,
  adviceAccess: (code: string) => `To send ${code}, make it the action: \`${code} text\`.`,
  adviceAnyTable: (code: string) => `To send ${code} from an access(5) table, make it the action: \`${code} text\` (header_checks(5) cannot choose the code).`,
  fixRemoveNumber: (code: string) => `Remove "${code}" from the text`,
  renamed: (name: string) => `This is the old name of \`${name}\` (postconf(5) describes it under the new name); write the new name.`,
  deferNumber: 'With DEFER, Postfix replies with $access_map_defer_code (default 450); this number is sent as part of the text.',
  numericAction: (code: string) => `The reply this entry sends: \`${code}\` and the text after it.`,
  sendmailError: 'The reply this Sendmail access entry sends.',
  enhancedAfterAction: (action: string) => `The enhanced status code ${action} sends with its reply.`,
  fixValue: (value: string) => `Change to ${value}`,
  fixReplaceAction: (from: string, to: string) => `Replace "${from}" with "${to}"`,
  fixAddText: 'Add a rejection text',
  defaultText: 'Rejected by policy',
  fixEnhanced: (from: string, to: string) => `Change enhanced code ${from} to ${to}`,
};

type PostfixMessages = typeof en;

const de: PostfixMessages = {
  parameter: (name: string) => `Postfix-Parameter ${name}`,
  restriction: (name: string) => `Postfix-Restriktion ${name}`,
  action: (name: string) => `Aktion der Nachschlagetabelle ${name}`,
  description: 'Beschreibung',
  note: 'Hinweis',
  defaultValue: (value: string) => `Postfix-Standard: \`${value || '(leer)'}\`.`,
  accepted: (range: string) => `Zulässige Codes: ${range}.`,
  intent: {
    permanent: 'Gedacht für eine endgültige Ablehnung (5xx).',
    temporary: 'Gedacht für eine vorübergehende Abweisung (4xx).',
    either: 'Vorübergehend (4xx) oder endgültig (5xx) nach Wahl; Postfix liefert das vorsichtige 4xx aus.',
  },
  usedBy: (names: string) => `Legt die Antwort fest von: ${names}.`,
  configured: (value: string, line: number) => `In Zeile ${line} dieser Datei auf \`${value}\` gesetzt.`,
  notConfigured: (value: string) => `In dieser Datei nicht gesetzt: Postfix verwendet den Standard \`${value}\`.`,
  forClient: { '2': 'Für den Client bedeutet 2xx: die Adresse wird angenommen.', '4': 'Für den Client bedeutet 4xx: Nachricht behalten und später erneut versuchen; zurück geht nichts, bis ihre Warteschlangen-Lebensdauer abläuft.', '5': 'Für den Client bedeutet 5xx: aufgeben und die Nachricht an ihren Absender zurückschicken.' },
  repliesWith: (param: string, value: string, origin: string) => `Antwortet mit \`${param}\` = \`${value}\` (${origin}).`,
  originHere: (line: number) => `gesetzt in Zeile ${line}`,
  originDefault: 'Postfix-Standard',
  codeMeaning: (code: string, meaning: string) => `\`${code}\`: ${meaning}.`,
  valueOf: (param: string) => `Der Wert von ${param}`,
  sources: 'Quellen',
  rangeFourFive: '400–599 (4xx oder 5xx)',
  rangeWith250: (ranges: string) => `250 oder ${ranges}`,
  rangeFour: '400–499 (4xx)',
  softBounceOn: 'Hier auf `yes` gesetzt: jeder endgültige Fehler wird als Zurückstellung zurückgehalten.',
  inLookup: 'In dieser Tabelle',
  numberIsText: (code: string) => `${code}: Antworttext, nicht der Antwortcode`,
  rejectNumber: 'Bei REJECT antwortet Postfix mit $access_map_reject_code (Standard 554); diese Zahl wird als Teil des Textes gesendet. Um den Code selbst zu wählen, machen Sie ihn zur Aktion: `554 5.7.1 Text`.',
  rejectNumberHeader: (code: string) => `In header_checks und body_checks antwortet REJECT immer mit 550, mit dem erweiterten Code 5.7.1, sofern der Text nicht mit einem beginnt; diese Zahl wird als Teil des Textes gesendet (\`550 5.7.1 ${code} …\`). Den Antwortcode können diese Tabellen nicht wählen.`,
  headerRejectSent: '550 5.7.1 (header_checks(5) kann den Code nicht wählen)',
  adviceHeader: (action: string) => `Entfernen Sie die Zahl: \`${action} Text\`.`,
  adviceAccess: (code: string) => `Um ${code} zu senden, machen Sie ihn zur Aktion: \`${code} Text\`.`,
  adviceAnyTable: (code: string) => `Um ${code} aus einer access(5)-Tabelle zu senden, machen Sie ihn zur Aktion: \`${code} Text\` (header_checks(5) kann den Code nicht wählen).`,
  fixRemoveNumber: (code: string) => `„${code}“ aus dem Text entfernen`,
  renamed: (name: string) => `Dies ist der alte Name von \`${name}\` (postconf(5) beschreibt die Restriktion unter dem neuen Namen); schreiben Sie den neuen Namen.`,
  deferNumber: 'Bei DEFER antwortet Postfix mit $access_map_defer_code (Standard 450); diese Zahl wird als Teil des Textes gesendet.',
  numericAction: (code: string) => `Die Antwort, die dieser Eintrag sendet: \`${code}\` und der folgende Text.`,
  sendmailError: 'Die Antwort, die dieser Eintrag der Sendmail-Access-Map sendet.',
  enhancedAfterAction: (action: string) => `Der erweiterte Statuscode, den ${action} mit seiner Antwort sendet.`,
  fixValue: (value: string) => `In ${value} ändern`,
  fixReplaceAction: (from: string, to: string) => `„${from}“ durch „${to}“ ersetzen`,
  fixAddText: 'Ablehnungstext ergänzen',
  defaultText: 'Rejected by policy',
  fixEnhanced: (from: string, to: string) => `Erweiterten Code ${from} in ${to} ändern`,
};

export function postfixMessages(lang: Lang): PostfixMessages {
  return lang === 'de' ? de : en;
}

/** A restriction's description, and the note that it is an old name where it is one. */
export function restrictionParagraphs(entry: PostfixRestrictionEntry, m: PostfixMessages, lang: Lang): string[] {
  const paragraphs = [entry.description[lang]];
  if (entry.renamedTo) paragraphs.push(m.renamed(entry.renamedTo));
  return paragraphs;
}
