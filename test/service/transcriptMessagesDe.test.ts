/**
 * The German text of every transcript diagnostic, at the service level (language de), so
 * `npm test` catches a lost or untranslated message without the end-to-end suite.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, service, settings } from '../helpers';
import { diagnosticRules, ruleMessage, type RuleId } from '../../server/src/service/diagnosticRules';

const transcripts = [
  '220 mx ESMTP\nEHLO c\n250-mx\n250-ENHANCEDSTATUSCODES\n252 AUTH PLAIN\nMAIL FROM:a@b\n250 2.1.0 ok\nRCTP TO:<x@y>\n500 5.5.1 what\nRCPT TO:<x@y>\n550 4.1.1 no\nRCPT TO:<z@y>\n550 5.1.99 gone\nDATA\n354 go\n.\n250 ok\nQUIT\n250 bye\nNOOP\n',
  '220 mx ESMTP\nMAIL FROM:<a@b>\n250 ok\n',
  '220 mx ESMTP\nEHLO c\n250-mx\n250-SIZE 1000\n250 AUTH PLAIN LOGIN\nRCPT TO:<x@y>\n503 no\nMAIL FROM:<a@b> SIZE=5000\n552 too big\nAUTH LOGIN\n334 VXNlcm5hbWU6\ndXNlcg==\n334 UGFzc3dvcmQ6\ncGFzcw==\n235 ok\nAUTH PLAIN AGEAYg==\n503 already\nSTARTTLS\n454 no\n650 odd\n299 weird\n550 6.1.1 bad\n',
  '220 mx ESMTP\nEHLO c\n250-mx\n250-CHUNKING\n250 PIPELINING\nMAIL FROM:<a@b>\n250 ok\nRCPT TO:<x@y>\n250 ok\nBDAT 10 LAST\n250 ok\nBDAT 5\n503 no\nQUIT\n221 bye\n',
  '220 mx ESMTP\nEHLO c\n250-mx\n250 8BITMIME\nMAIL FROM:<a@b>\n250 ok\nRCPT TO:<x@y>\n250 ok\nDATA\r\n354 go\r\nhello\r\nbare\nworld\n.\n250 ok\n421 closing\nNOOP\n',
  '220 mx ESMTP\nEHLO c\n250-mx\n250-SIZE\n250 HELP\nMAIL FROM:<a@b> ' + 'X'.repeat(600) + '\n500 too long\nHELO c\n250-a\n250-b\nQUIT\n',
  '220 mx ESMTP\nEHLO c\n250 mx\nNOOP\n259 what\nQUIT\n221-bye\n',
  '220 mx ESMTP\nEHLO c\n250-mx\n250-STARTTLS\n250 AUTH LOGIN\nAUTH LOGIN\n334 VXNlcm5hbWU6\n',
];

/** The first diagnostic of each rule: "transcript:line:column message" (1-based). */
const expectedGerman: Record<string, string> = {
  'smtp.address-without-brackets': '0:6:11 Die Adresse nach MAIL FROM: muss in <…> stehen (RFC 5321 §4.1.2); viele Server lehnen sie sonst ab.',
  'smtp.auth-before-starttls': '7:6:1 AUTH LOGIN vor STARTTLS überträgt die Zugangsdaten im Klartext (RFC 4954 §4, §14).',
  'smtp.auth-twice': '2:16:1 AUTH nach erfolgreichem AUTH: pro Sitzung ist nur eine erfolgreiche Authentifizierung erlaubt (RFC 4954 §4).',
  'smtp.bare-lf': '4:12:1 Einzelnes LF innerhalb von DATA: SMTP-Zeilen enden mit CRLF (RFC 5321 §2.3.8); Empfänger, die ein einzelnes LF akzeptieren, sind für SMTP-Smuggling anfällig.',
  'smtp.bdat-after-last': '3:12:1 BDAT nach BDAT … LAST in derselben Transaktion: der Server antwortet mit 503 (RFC 3030 §2).',
  'smtp.command-after-close': '4:17:1 NOOP, nachdem der Server die Verbindung mit 421 geschlossen hat (RFC 5321 §3.8).',
  'smtp.command-after-quit': '0:20:1 NOOP nach QUIT: die Sitzung ist mit QUIT beendet (RFC 5321 §4.1.1.10).',
  'smtp.credentials-in-transcript': '2:12:1 AUTH-Zugangsdaten in diesem Transkript: Base64 ist eine Kodierung, keine Verschlüsselung; schwärzen Sie sie vor der Weitergabe.',
  'smtp.data-without-rcpt': '0:14:1 DATA ohne angenommenen Empfänger: der Server muss es mit 503 oder 554 abweisen (RFC 5321 §3.3).',
  'smtp.enhanced-class-mismatch': '0:11:5 Der erweiterte Code 4.1.1 passt nicht zur Klasse der Antwort 550: die Klassenziffer muss der ersten Ziffer der Antwort entsprechen (RFC 3463 §2, RFC 2034 §4).',
  'smtp.extension-not-advertised': '2:18:1 Der Befehl STARTTLS setzt die Erweiterung STARTTLS voraus, die der Server in seiner EHLO-Antwort nicht angeboten hat.',
  'smtp.failure-reply': '0:9:1 500: Syntaxfehler, Befehl unbekannt · 5.5.1 Befehl unzulässig oder außer der Reihe (Antwort auf RCTP in Zeile 8)',
  'smtp.line-too-long': '5:6:1 Befehlszeile mit 618 Oktetten überschreitet die Grenze von 512 Oktetten einschließlich CRLF (RFC 5321 §4.5.3.1).',
  'smtp.mail-before-helo': '1:2:1 MAIL vor EHLO/HELO: eine Sitzung muss sich zuerst vorstellen (RFC 5321 §4.1.4); nach STARTTLS ist erneut EHLO nötig (RFC 3207 §4.2).',
  'smtp.malformed-enhanced-code': '2:22:5 Fehlerhafter erweiterter Statuscode 6.1.1: die Klasse muss 2, 4 oder 5 sein, Kategorie und Detail 1 bis 3 Ziffern (RFC 3463 §2).',
  'smtp.malformed-reply-code': '2:20:1 Fehlerhafter Antwortcode 650: die erste Ziffer muss 2 bis 5 sein (RFC 5321 §4.2).',
  'smtp.multiline-code-mismatch': '0:5:1 Antwortcode 252 weicht von 250 in der ersten Zeile dieser mehrzeiligen Antwort ab; jede Zeile muss denselben Code tragen (RFC 5321 §4.2.1).',
  'smtp.multiline-last-hyphen': '5:10:1 Die mehrzeilige Antwort 250 endet mit einer als Fortsetzung markierten Zeile (250-); die letzte Zeile braucht ein Leerzeichen nach dem Code (RFC 5321 §4.2.1).',
  'smtp.multiline-unfinished': '6:7:1 Das Transkript endet in der mehrzeiligen Antwort 221: ihre letzte Zeile kündigt weitere Zeilen an (RFC 5321 §4.2.1). Ist das die ganze Sitzung, hat der Server die Antwort nie abgeschlossen.',
  'smtp.rcpt-before-mail': '2:6:1 RCPT ohne MAIL-Transaktion: RCPT ist erst nach MAIL zulässig (RFC 5321 §3.3).',
  'smtp.reply-not-allowed': '0:19:1 250 ist keine Antwort, die RFC 5321 §4.3.2 (oder das RFC der Erweiterung) nach QUIT erlaubt; erwartet: 221.',
  'smtp.size-over-limit': '2:8:17 SIZE=5000 überschreitet die vom Server angegebene Grenze von 1000 Oktetten (RFC 1870 §6).',
  'smtp.smuggling': '4:14:1 Datenende mit einzelnem LF (<LF>.<LF>) innerhalb von DATA: ein SMTP-Smuggling-Versuch; nur <CRLF>.<CRLF> beendet die Daten (RFC 5321 §4.1.1.4).',
  'smtp.unknown-command': '0:8:1 Unbekannter Befehl RCTP; meinten Sie RCPT?',
  'smtp.unregistered-enhanced-code': '0:13:5 Der erweiterte Statuscode 5.1.99 steht nicht in der IANA-Registry; er wird anhand von Klasse und Kategorie gelesen.',
  'smtp.unregistered-reply-code': '6:5:1 Antwortcode 259 ist formal gültig, aber nicht registriert; Clients werten nur seine erste Ziffer aus.',
};

function firstOfEachRule(language: 'en' | 'de'): Map<string, string> {
  const first = new Map<string, string>();
  transcripts.forEach((text, i) => {
    for (const d of service.doValidation(doc(text), settings({ language }))) {
      const code = String(d.code);
      if (!first.has(code)) first.set(code, `${i}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
    }
  });
  return first;
}

test('the German text of each transcript rule, as the analyzer reports it', () => {
  const german = firstOfEachRule('de');
  // Rules added later may fire here too; each rule of the table must fire with exactly this text.
  assert.deepEqual(Object.fromEntries(Object.keys(expectedGerman).map((rule) => [rule, german.get(rule)])), expectedGerman);
});

test('every transcript rule has a German message of its own', () => {
  const transcriptRules = Object.keys(diagnosticRules).filter((id) => id.startsWith('smtp.')) as RuleId[];
  assert.ok(transcriptRules.length >= Object.keys(expectedGerman).length);
  // failure-reply only joins its (already translated) arguments; its German text is checked above.
  for (const rule of transcriptRules.filter((id) => id !== 'smtp.failure-reply')) {
    const args = ['550', 'first-digit', 'X'];
    assert.notEqual(ruleMessage(rule, 'de', ...args), ruleMessage(rule, 'en', ...args), `${rule} has no German text`);
  }
});

test('German and English report the same findings at the same places, in different words', () => {
  const languages = (['en', 'de'] as const).map((language) => transcripts.map((text) => service.doValidation(doc(text), settings({ language }))));
  const [english, german] = languages;
  assert.deepEqual(
    german.map((ds) => ds.map((d) => [d.code, d.range, d.severity])),
    english.map((ds) => ds.map((d) => [d.code, d.range, d.severity])),
  );
  german.flat().forEach((d, i) => assert.notEqual(d.message, english.flat()[i].message, `${d.code} is not translated`));
});
