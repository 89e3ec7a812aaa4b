/**
 * Every user-facing string the service produces, in English and German. The server keeps its own
 * table rather than @vscode/l10n's global bundle because the language is chosen per document
 * (setting `smtpCodes.language`) and per CLI call, not once per process.
 */
import type { Lang } from '../knowledge/types';

/** One side of a comparison: the code, its title and its class. */
export interface CompareSide {
  code: string;
  title: string;
  label: string;
  classTitle: string;
}

const en = {
  description: 'Description',
  whenYouSeeIt: 'When you see it',
  howToFix: 'How to fix it',
  forSender: 'Sender',
  forAdmin: 'Server admin',
  relatedCodes: 'Related codes',
  references: 'References',
  keyDifferences: 'Key differences',
  compareHeading: 'Compare',
  whenToUseWhich: 'When to use which',
  otherMeanings: 'Other meanings of this number',
  providerNote: (provider: string) => `What ${provider} means by it`,
  differsFromIana: 'Differs from the IANA registry',
  whatToDo: 'What to do',
  context: 'In this document',
  syntax: 'Syntax',
  usage: 'Usage',
  security: 'Security',
  parameters: 'Parameters',
  requiresExtension: (ext: string) => `Needs the \`${ext}\` extension in the EHLO reply.`,
  enabledBy: (ext: string) => `Enabled by the EHLO keyword \`${ext}\`.`,
  registryNote: 'Registry note',
  replyClassLine: (cls: string, title: string) => `${cls}xx ${title}`,
  enhancedClassLine: (cls: string, clsTitle: string, subject: string, subjectTitle: string) =>
    `Class ${cls} (${clsTitle}), subject ${subject} (${subjectTitle})`,
  commandKind: { core: 'SMTP command', extension: 'SMTP extension command', obsolete: 'obsolete SMTP command', deprecated: 'deprecated SMTP command' },
  extensionKind: { 'ehlo-keyword': 'EHLO keyword', 'mail-parameter': 'MAIL parameter', 'rcpt-parameter': 'RCPT parameter' },
  status: { core: 'RFC 5321 core code', extension: 'extension code', experimental: 'experimental code', 'registry-only': 'registry-only code', historic: 'historic code' },
  notRegisteredBasic: (code: string) =>
    `Not registered: ${code} is well-formed, but no RFC and no IANA registry entry gives it a meaning. Read it by its digits, as RFC 5321 §4.2.1 tells clients to do.`,
  notRegisteredEnhanced: (code: string) =>
    `Not registered: ${code} is well-formed, but the IANA registry lists no such code. Read it by its class and subject.`,
  genericTitle: (code: string) => `Unregistered code ${code}`,
  outsideGrammarTitle: (code: string) => `Reply code ${code} outside RFC 5321's grammar`,
  outsideGrammarBasic: (code: string) =>
    `Not registered, and outside the grammar: RFC 5321 §4.2 allows only 0 to 5 as the second digit, so ${code} is no standard reply code and nothing defines it. Some servers and test suites send such codes anyway; a client acts on its first digit alone (RFC 5321 §4.2.1).`,
  undefinedSubjectTitle: 'RFC 3463 defines no such subject',
  undefinedSubjectEnhanced: (code: string, subject: string) =>
    `Not registered: RFC 3463 defines no subject ${subject}, so ${code} has no meaning beyond its class, and the IANA registry lists no such code. Read it by its class alone.`,
  secondDigitOutOfRange: (digit: string) => `Second digit ${digit}: outside the range 0 to 5 that RFC 5321 §4.2 allows, so it carries no defined category; a client acts on the first digit alone.`,
  firstDigit: 'First digit',
  secondDigit: 'Second digit',
  enhancedClass: 'Class',
  enhancedSubject: 'Subject',
  // Comparison.
  compareTitle: (a: string, b: string) => `SMTP ${a} vs ${b}`,
  compareClasses: (a: CompareSide, b: CompareSide) =>
    a.label && a.label === b.label
      ? `${a.code} (${a.title}) and ${b.code} (${b.title}) are both ${a.label} ${a.classTitle} responses.`
      : `${a.code} (${a.title}) is a ${[a.label, a.classTitle].join(' ').trim()} response, while ${b.code} (${b.title}) is a ${[b.label, b.classTitle].join(' ').trim()} response.`,
  inContrast: (sentence: string) => `In contrast: ${sentence}`,
  compareCodesOnly: (query: string) => `'${query}' is not a reply code or enhanced status code; compare takes two codes such as 221 and 502, or 4.2.2 and 5.2.2`,
  permanence: { '2': 'success: nothing to retry', '3': 'intermediate: the server waits for more input', '4': 'temporary: a sending MTA retries later', '5': 'permanent: retrying unchanged will fail again', 'X': 'class not known' },
  comparePermanence: (code: string, text: string) => `${code} is ${text}.`,
  compareCommands: (code: string, commands: string) => `${code} answers ${commands}.`,
  compareCommandsNone: (code: string) => `${code} is not tied to particular commands.`,
  compareSame: 'Both are the same code.',
  compareEnhancedSubjects: (a: string, aSubject: string, b: string, bSubject: string) =>
    aSubject === bSubject ? `${a} and ${b} share the subject ${aSubject}.` : `${a} is about ${aSubject}; ${b} is about ${bSubject}.`,
  compareFor: (code: string, title: string) => `For ${code} (${title})`,
  compareHoverRelated: (codes: string) => `Also in this document: ${codes}. Compare with the command "SMTP: Compare Codes…".`,
  anyCommand: 'any command',
  greeting: 'the connection greeting',
  endOfData: 'the end of message data',
  // Errors (CLI and commands).
  unknownCode: (code: string, nearest: string) => `unknown or malformed code '${code}'${nearest ? `; nearest known: ${nearest}` : ''}`,
  // Hover context in transcripts.
  answers: (command: string, line: number) => `Answers \`${command}\` on line ${line}.`,
  answersGreeting: 'The server greeting, sent when the connection opens.',
  allowedAfter: (command: string) => `RFC 5321 §4.3.2 (or the extension RFC) allows this reply after \`${command}\`.`,
  notAllowedAfter: (command: string, allowed: string) => `Not a reply RFC 5321 §4.3.2 lists after \`${command}\` (expected: ${allowed}).`,
  unanswered: 'No command in this transcript is waiting for this reply.',
  authHidden: 'AUTH data: credentials are not decoded or shown.',
  advertisedBy: (line: number) => `Advertised in the EHLO reply on line ${line}.`,
  // Quick-fix titles.
  fixEnhancedClass: (from: string, to: string) => `Change enhanced code ${from} to ${to}`,
  fixReplyCode: (from: string, to: string) => `Change reply code ${from} to ${to}`,
  fixLastLine: 'End the multi-line reply here (use a space after the code)',
  fixUnifyCode: (code: string) => `Use ${code} on every line of this reply`,
  fixWrapAddress: 'Wrap the address in <…>',
  fixCommand: (to: string) => `Change to ${to}`,
  fixRedact: 'Redact the credentials',
  fixValue: (value: string) => `Change to ${value}`,
  fixAction: (value: string) => `Change Action to ${value}`,
  // Outline of a transcript.
  session: (n: number) => `Session ${n}`,
  greetingSymbol: 'Greeting',
  transaction: (n: number) => `Transaction ${n}`,
  outcome: {
    delivered: 'delivered',
    'rejected-mail': 'rejected at MAIL',
    'rejected-rcpt': 'rejected at RCPT',
    'partly-rejected': 'delivered to some recipients',
    'failed-data': 'failed after DATA',
    'deferred-data': 'deferred after DATA',
    'rejected-data': 'rejected at DATA',
    incomplete: 'incomplete',
    reset: 'reset',
  },
  answeredBy: (code: string, line: number) => `Answered by ${code} on line ${line}.`,
  noReply: 'No reply to this command in the transcript.',
  pipelinedCommands: 'Pipelined commands',
  commandLabel: (verb: string) => `The ${verb} command`,
  parameterLabel: (name: string, verb: string) => `The ${name} parameter of ${verb}`,
  mechanismLabel: (mechanism: string) => `AUTH mechanism ${mechanism}`,
  failureContext: (command: string, line: number) => `answers ${command} on line ${line}`,
};

type Messages = typeof en;

const de: Messages = {
  description: 'Beschreibung',
  whenYouSeeIt: 'Wann Sie es sehen',
  howToFix: 'Wie man es behebt',
  forSender: 'Absender',
  forAdmin: 'Server-Administrator',
  relatedCodes: 'Verwandte Codes',
  references: 'Quellen',
  keyDifferences: 'Wesentliche Unterschiede',
  compareHeading: 'Vergleichen',
  whenToUseWhich: 'Wann welchen verwenden',
  otherMeanings: 'Weitere Bedeutungen dieser Nummer',
  providerNote: (provider: string) => `Was ${provider} damit meint`,
  differsFromIana: 'Abweichung von der IANA-Registry',
  whatToDo: 'Was zu tun ist',
  context: 'In diesem Dokument',
  syntax: 'Syntax',
  usage: 'Verwendung',
  security: 'Sicherheit',
  parameters: 'Parameter',
  requiresExtension: (ext: string) => `Setzt die Erweiterung \`${ext}\` in der EHLO-Antwort voraus.`,
  enabledBy: (ext: string) => `Freigeschaltet durch das EHLO-Schlüsselwort \`${ext}\`.`,
  registryNote: 'Hinweis zum Eintrag in der Registry',
  replyClassLine: (cls: string, title: string) => `${cls}xx ${title}`,
  enhancedClassLine: (cls: string, clsTitle: string, subject: string, subjectTitle: string) =>
    `Klasse ${cls} (${clsTitle}), Kategorie ${subject} (${subjectTitle})`,
  commandKind: { core: 'SMTP-Befehl', extension: 'SMTP-Erweiterungsbefehl', obsolete: 'veralteter SMTP-Befehl', deprecated: 'abgekündigter SMTP-Befehl' },
  extensionKind: { 'ehlo-keyword': 'EHLO-Schlüsselwort', 'mail-parameter': 'MAIL-Parameter', 'rcpt-parameter': 'RCPT-Parameter' },
  status: { core: 'Kerncode aus RFC 5321', extension: 'Code einer Erweiterung', experimental: 'experimenteller Code', 'registry-only': 'nur in der Registry geführter Code', historic: 'historischer Code' },
  notRegisteredBasic: (code: string) =>
    `Nicht registriert: ${code} ist formal gültig, aber weder ein RFC noch die IANA-Registry gibt ihm eine Bedeutung. Lesen Sie ihn anhand seiner Ziffern, wie es RFC 5321 §4.2.1 von Clients verlangt.`,
  notRegisteredEnhanced: (code: string) =>
    `Nicht registriert: ${code} ist formal gültig, aber die IANA-Registry führt keinen solchen Code. Lesen Sie ihn anhand von Klasse und Kategorie.`,
  genericTitle: (code: string) => `Nicht registrierter Code ${code}`,
  outsideGrammarTitle: (code: string) => `Antwortcode ${code} außerhalb der Grammatik von RFC 5321`,
  outsideGrammarBasic: (code: string) =>
    `Nicht registriert und außerhalb der Grammatik: RFC 5321 §4.2 erlaubt als zweite Ziffer nur 0 bis 5, daher ist ${code} kein Standard-Antwortcode und nirgends festgelegt. Manche Server und Testsuiten senden solche Codes trotzdem; ein Client richtet sich allein nach der ersten Ziffer (RFC 5321 §4.2.1).`,
  undefinedSubjectTitle: 'von RFC 3463 nicht festgelegte Kategorie',
  undefinedSubjectEnhanced: (code: string, subject: string) =>
    `Nicht registriert: RFC 3463 legt keine Kategorie ${subject} fest, daher hat ${code} keine Bedeutung über seine Klasse hinaus, und die IANA-Registry führt keinen solchen Code. Lesen Sie ihn allein anhand der Klasse.`,
  secondDigitOutOfRange: (digit: string) => `Zweite Ziffer ${digit}: außerhalb des Bereichs 0 bis 5, den RFC 5321 §4.2 erlaubt, daher ohne festgelegte Kategorie; ein Client richtet sich allein nach der ersten Ziffer.`,
  firstDigit: 'Erste Ziffer',
  secondDigit: 'Zweite Ziffer',
  enhancedClass: 'Klasse',
  enhancedSubject: 'Kategorie',
  compareTitle: (a: string, b: string) => `SMTP ${a} vs. ${b}`,
  compareClasses: (a: CompareSide, b: CompareSide) =>
    a.label && a.label === b.label
      ? `${a.code} (${a.title}) und ${b.code} (${b.title}) sind beide ${a.label}-Antworten (${a.classTitle}).`
      : `${a.code} (${a.title}) ist eine ${a.label ? `${a.label}-Antwort (${a.classTitle})` : a.classTitle}, ${b.code} (${b.title}) dagegen eine ${b.label ? `${b.label}-Antwort (${b.classTitle})` : b.classTitle}.`,
  inContrast: (sentence: string) => `Im Unterschied dazu: ${sentence}`,
  compareCodesOnly: (query: string) => `'${query}' ist weder ein Antwortcode noch ein erweiterter Statuscode; compare vergleicht zwei Codes wie 221 und 502 oder 4.2.2 und 5.2.2`,
  permanence: { '2': 'ein Erfolg: nichts zu wiederholen', '3': 'eine Zwischenantwort: der Server wartet auf weitere Eingaben', '4': 'vorübergehend: ein sendender MTA versucht es später erneut', '5': 'dauerhaft: eine unveränderte Wiederholung scheitert erneut', 'X': 'Klasse unbekannt' },
  comparePermanence: (code: string, text: string) => `${code} ist ${text}.`,
  compareCommands: (code: string, commands: string) => `${code} antwortet auf ${commands}.`,
  compareCommandsNone: (code: string) => `${code} ist an keine bestimmten Befehle gebunden.`,
  compareSame: 'Beide sind derselbe Code.',
  compareEnhancedSubjects: (a: string, aSubject: string, b: string, bSubject: string) =>
    aSubject === bSubject ? `${a} und ${b} haben dieselbe Kategorie: ${aSubject}.` : `${a} betrifft ${aSubject}; ${b} betrifft ${bSubject}.`,
  compareFor: (code: string, title: string) => `Für ${code} (${title})`,
  compareHoverRelated: (codes: string) => `Ebenfalls in diesem Dokument: ${codes}. Vergleichen Sie sie mit dem Befehl „SMTP: Codes vergleichen…“.`,
  anyCommand: 'jeden Befehl',
  greeting: 'die Begrüßung beim Verbindungsaufbau',
  endOfData: 'das Ende der Nachrichtendaten',
  unknownCode: (code: string, nearest: string) => `unbekannter oder fehlerhafter Code '${code}'${nearest ? `; nächstliegende bekannte: ${nearest}` : ''}`,
  answers: (command: string, line: number) => `Antwort auf \`${command}\` in Zeile ${line}.`,
  answersGreeting: 'Die Begrüßung des Servers beim Verbindungsaufbau.',
  allowedAfter: (command: string) => `RFC 5321 §4.3.2 (oder das RFC der Erweiterung) erlaubt diese Antwort nach \`${command}\`.`,
  notAllowedAfter: (command: string, allowed: string) => `Keine Antwort, die RFC 5321 §4.3.2 nach \`${command}\` vorsieht (erwartet: ${allowed}).`,
  unanswered: 'Kein Befehl in diesem Transkript wartet auf diese Antwort.',
  authHidden: 'AUTH-Daten: Zugangsdaten werden weder dekodiert noch angezeigt.',
  advertisedBy: (line: number) => `In der EHLO-Antwort in Zeile ${line} angeboten.`,
  fixEnhancedClass: (from: string, to: string) => `Erweiterten Code ${from} in ${to} ändern`,
  fixReplyCode: (from: string, to: string) => `Antwortcode ${from} in ${to} ändern`,
  fixLastLine: 'Mehrzeilige Antwort hier beenden (Leerzeichen nach dem Code)',
  fixUnifyCode: (code: string) => `${code} in jeder Zeile dieser Antwort verwenden`,
  fixWrapAddress: 'Adresse in <…> einschließen',
  fixCommand: (to: string) => `In ${to} ändern`,
  fixRedact: 'Zugangsdaten schwärzen',
  fixValue: (value: string) => `In ${value} ändern`,
  fixAction: (value: string) => `Action in ${value} ändern`,
  session: (n: number) => `Sitzung ${n}`,
  greetingSymbol: 'Begrüßung',
  transaction: (n: number) => `Transaktion ${n}`,
  outcome: {
    delivered: 'zugestellt',
    'rejected-mail': 'bei MAIL abgelehnt',
    'rejected-rcpt': 'bei RCPT abgelehnt',
    'partly-rejected': 'an einen Teil der Empfänger zugestellt',
    'failed-data': 'nach DATA gescheitert',
    'deferred-data': 'nach DATA zurückgestellt',
    'rejected-data': 'bei DATA abgelehnt',
    incomplete: 'unvollständig',
    reset: 'zurückgesetzt',
  },
  answeredBy: (code: string, line: number) => `Beantwortet mit ${code} in Zeile ${line}.`,
  noReply: 'Auf diesen Befehl folgt im Transkript keine Antwort.',
  pipelinedCommands: 'Per Pipelining gesendete Befehle',
  commandLabel: (verb: string) => `Der Befehl ${verb}`,
  parameterLabel: (name: string, verb: string) => `Der Parameter ${name} von ${verb}`,
  mechanismLabel: (mechanism: string) => `AUTH-Mechanismus ${mechanism}`,
  failureContext: (command: string, line: number) => `Antwort auf ${command} in Zeile ${line}`,
};

const tables: Record<Lang, Messages> = { en, de };

export function messagesFor(lang: Lang): Messages {
  return tables[lang];
}

export type { Messages };
