/**
 * The one table of diagnostic rules: stable ids, default severity, whether a quick fix exists,
 * and the message in each language. docs/diagnostics.md is checked against this table by a test.
 */
import type { Lang } from '../knowledge/types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Rule {
  severity: Severity;
  hasFix: boolean;
  message: Record<Lang, (...args: string[]) => string>;
}

function rule(severity: Severity, hasFix: boolean, en: (...a: string[]) => string, de: (...a: string[]) => string): Rule {
  return { severity, hasFix, message: { en, de } };
}

export const diagnosticRules = {
  'smtp.malformed-reply-code': rule('error', false,
    (code, why) => `Malformed reply code ${code}: ${why === 'first-digit' ? 'the first digit must be 2 to 5' : 'the second digit must be 0 to 5'} (RFC 5321 §4.2).`,
    (code, why) => `Fehlerhafter Antwortcode ${code}: ${why === 'first-digit' ? 'die erste Ziffer muss 2 bis 5 sein' : 'die zweite Ziffer muss 0 bis 5 sein'} (RFC 5321 §4.2).`),
  'smtp.reply-code-outside-grammar': rule('warning', false,
    (code) => `Reply code ${code} is outside RFC 5321 §4.2's grammar: the second digit must be 0 to 5. Clients act on its first digit only.`,
    (code) => `Antwortcode ${code} liegt außerhalb der Grammatik von RFC 5321 §4.2: die zweite Ziffer muss 0 bis 5 sein. Clients werten nur seine erste Ziffer aus.`),
  'smtp.unregistered-reply-code': rule('warning', false,
    (code) => `Reply code ${code} is well-formed but not registered; clients will read it by its first digit only.`,
    (code) => `Antwortcode ${code} ist formal gültig, aber nicht registriert; Clients werten nur seine erste Ziffer aus.`),
  'smtp.malformed-enhanced-code': rule('error', false,
    (code) => `Malformed enhanced status code ${code}: the class must be 2, 4 or 5 and subject and detail 1 to 3 digits (RFC 3463 §2).`,
    (code) => `Fehlerhafter erweiterter Statuscode ${code}: die Klasse muss 2, 4 oder 5 sein, Kategorie und Detail 1 bis 3 Ziffern (RFC 3463 §2).`),
  'smtp.unregistered-enhanced-code': rule('information', false,
    (code) => `Enhanced status code ${code} is not in the IANA registry; it is read by its class and subject.`,
    (code) => `Der erweiterte Statuscode ${code} steht nicht in der IANA-Registry; er wird anhand von Klasse und Kategorie gelesen.`),
  'smtp.enhanced-class-mismatch': rule('error', true,
    (enhanced, reply) => `Enhanced code ${enhanced} does not match the class of reply ${reply}: the class digit must equal the reply's first digit (RFC 3463 §2, RFC 2034 §4).`,
    (enhanced, reply) => `Der erweiterte Code ${enhanced} passt nicht zur Klasse der Antwort ${reply}: die Klassenziffer muss der ersten Ziffer der Antwort entsprechen (RFC 3463 §2, RFC 2034 §4).`),
  'smtp.reply-not-allowed': rule('warning', true,
    (reply, command, allowed) => `${reply} is not a reply RFC 5321 §4.3.2 (or the extension RFC) allows after ${command}; expected ${allowed}.`,
    (reply, command, allowed) => `${reply} ist keine Antwort, die RFC 5321 §4.3.2 (oder das RFC der Erweiterung) nach ${command} erlaubt; erwartet: ${allowed}.`),
  'smtp.multiline-code-mismatch': rule('error', true,
    (code, first) => `Reply code ${code} differs from ${first} on the first line of this multi-line reply; every line must carry the same code (RFC 5321 §4.2.1).`,
    (code, first) => `Antwortcode ${code} weicht von ${first} in der ersten Zeile dieser mehrzeiligen Antwort ab; jede Zeile muss denselben Code tragen (RFC 5321 §4.2.1).`),
  'smtp.multiline-last-hyphen': rule('error', true,
    (code) => `The multi-line reply ${code} ends on a line marked as a continuation (${code}-); its last line needs a space after the code (RFC 5321 §4.2.1).`,
    (code) => `Die mehrzeilige Antwort ${code} endet mit einer als Fortsetzung markierten Zeile (${code}-); die letzte Zeile braucht ein Leerzeichen nach dem Code (RFC 5321 §4.2.1).`),
  // An excerpt may simply end inside a reply: information, not an alarm about the part not shown.
  'smtp.multiline-unfinished': rule('information', true,
    (code) => `The transcript ends inside the multi-line reply ${code}: its last line still says more lines follow (RFC 5321 §4.2.1). If this is the whole session, the server never finished the reply.`,
    (code) => `Das Transkript endet in der mehrzeiligen Antwort ${code}: ihre letzte Zeile kündigt weitere Zeilen an (RFC 5321 §4.2.1). Ist das die ganze Sitzung, hat der Server die Antwort nie abgeschlossen.`),
  'smtp.unknown-command': rule('warning', true,
    (verb, suggestion) => `Unknown command ${verb}; did you mean ${suggestion}?`,
    (verb, suggestion) => `Unbekannter Befehl ${verb}; meinten Sie ${suggestion}?`),
  'smtp.address-without-brackets': rule('warning', true,
    (command) => `The address after ${command} must be enclosed in <…> (RFC 5321 §4.1.2); many servers reject it otherwise.`,
    (command) => `Die Adresse nach ${command} muss in <…> stehen (RFC 5321 §4.1.2); viele Server lehnen sie sonst ab.`),
  'smtp.command-before-greeting': rule('warning', false,
    (command) => `${command} was sent before the server's greeting: the server speaks first, and a client waits for its 220 (RFC 5321 §3.1, §4.3.1). Servers that test for early talkers drop such clients.`,
    (command) => `${command} wurde vor der Begrüßung des Servers gesendet: der Server spricht zuerst, und ein Client wartet auf seine 220 (RFC 5321 §3.1, §4.3.1). Server, die auf vorlaute Clients prüfen, trennen solche Verbindungen.`),
  'smtp.mail-before-helo': rule('warning', false,
    (command) => `${command} before EHLO/HELO: a session must identify itself first (RFC 5321 §4.1.4); after STARTTLS, EHLO must be sent again (RFC 3207 §4.2).`,
    (command) => `${command} vor EHLO/HELO: eine Sitzung muss sich zuerst vorstellen (RFC 5321 §4.1.4); nach STARTTLS ist erneut EHLO nötig (RFC 3207 §4.2).`),
  'smtp.rcpt-before-mail': rule('warning', false,
    () => 'RCPT without a MAIL transaction: RCPT is only valid after MAIL (RFC 5321 §3.3).',
    () => 'RCPT ohne MAIL-Transaktion: RCPT ist erst nach MAIL zulässig (RFC 5321 §3.3).'),
  'smtp.data-without-rcpt': rule('warning', false,
    () => 'DATA without an accepted recipient: the server must reject it with 503 or 554 (RFC 5321 §3.3).',
    () => 'DATA ohne angenommenen Empfänger: der Server muss es mit 503 oder 554 abweisen (RFC 5321 §3.3).'),
  'smtp.command-after-quit': rule('warning', false,
    (command) => `${command} after QUIT: the session is over once QUIT is sent (RFC 5321 §4.1.1.10).`,
    (command) => `${command} nach QUIT: die Sitzung ist mit QUIT beendet (RFC 5321 §4.1.1.10).`),
  'smtp.command-after-close': rule('warning', false,
    (command, reply) => `${command} after the server closed the connection with ${reply} (RFC 5321 §3.8).`,
    (command, reply) => `${command}, nachdem der Server die Verbindung mit ${reply} geschlossen hat (RFC 5321 §3.8).`),
  'smtp.mail-before-ehlo-reply': rule('warning', false,
    () => 'MAIL before the reply to EHLO/HELO: only that reply can advertise PIPELINING, and EHLO must end a pipelined group (RFC 2920 §3.1).',
    () => 'MAIL vor der Antwort auf EHLO/HELO: erst diese Antwort kann PIPELINING anbieten, und EHLO muss eine Pipelining-Gruppe beenden (RFC 2920 §3.1).'),
  'smtp.nested-mail': rule('warning', false,
    (line) => `MAIL inside the open transaction begun on line ${line}: end it with DATA or RSET first; servers answer 503 (RFC 5321 §4.1.4, §3.3).`,
    (line) => `MAIL innerhalb der offenen Transaktion aus Zeile ${line}: zuerst mit DATA oder RSET abschließen; Server antworten mit 503 (RFC 5321 §4.1.4, §3.3).`),
  'smtp.helo-without-domain': rule('warning', false,
    (verb) => `${verb} without a domain: the client must name itself, by its domain or an address literal such as [192.0.2.1] (RFC 5321 §4.1.1.1).`,
    (verb) => `${verb} ohne Domain: der Client muss sich mit seiner Domain oder einem Adressliteral wie [192.0.2.1] vorstellen (RFC 5321 §4.1.1.1).`),
  'smtp.not-a-command': rule('warning', false,
    (word) => `${word} is not an SMTP command: the server answers 500 (RFC 5321 §4.1.1, §4.2.4). Input meant for a shell or another tool went into the session.`,
    (word) => `${word} ist kein SMTP-Befehl: der Server antwortet mit 500 (RFC 5321 §4.1.1, §4.2.4). Eingaben für eine Shell oder ein anderes Werkzeug sind in die Sitzung geraten.`),
  'smtp.malformed-ehlo-reply': rule('warning', false,
    (kind, what) => kind === 'keyword-first' ? `The EHLO reply starts with the keyword ${what} instead of the server's domain; clients skip the first line, so ${what} is not advertised (RFC 5321 §4.1.1.1).`
      : kind === 'empty-last' ? `The last line of the EHLO reply is a bare ${what} without a keyword; every line after the first must carry one (RFC 5321 §4.1.1.1).`
      : kind === 'value-alone' ? `${what} stands on a line of its own in the EHLO reply: a parameter without its keyword (SIZE ${what}, RFC 1870 §4; RFC 5321 §4.1.1.1).`
      : kind === 'stray-text' ? `"${what}" stands on a line of its own after the last line of the EHLO reply: every ehlo-line belongs before the final "250 " line and carries the reply code (RFC 5321 §4.1.1.1, §4.2.1).`
      : `A ${what} line after the last line of the EHLO reply: the reply already ended with "${what} " (RFC 5321 §4.1.1.1, §4.2.1).`,
    (kind, what) => kind === 'keyword-first' ? `Die EHLO-Antwort beginnt mit dem Schlüsselwort ${what} statt mit der Domain des Servers; Clients überspringen die erste Zeile, ${what} gilt also als nicht angeboten (RFC 5321 §4.1.1.1).`
      : kind === 'empty-last' ? `Die letzte Zeile der EHLO-Antwort ist ein bloßes ${what} ohne Schlüsselwort; jede Zeile nach der ersten muss eines tragen (RFC 5321 §4.1.1.1).`
      : kind === 'value-alone' ? `${what} steht in der EHLO-Antwort in einer eigenen Zeile: ein Parameter ohne sein Schlüsselwort (SIZE ${what}, RFC 1870 §4; RFC 5321 §4.1.1.1).`
      : `Eine ${what}-Zeile nach der letzten Zeile der EHLO-Antwort: die Antwort endete schon mit „${what} “ (RFC 5321 §4.1.1.1, §4.2.1).`),
  'smtp.empty-reply': rule('warning', false,
    (what) => `Empty reply where the server had to answer ${what}: a reply starts with a three-digit code (RFC 5321 §4.2); the server sent nothing, or closed the connection.`,
    (what) => `Leere Antwort, wo der Server auf ${what} antworten musste: eine Antwort beginnt mit einem dreistelligen Code (RFC 5321 §4.2); der Server hat nichts gesendet oder die Verbindung geschlossen.`),
  'smtp.no-reply-after-data': rule('warning', false,
    () => 'No reply to the end of the message data: the server must answer <CRLF>.<CRLF> (RFC 5321 §4.1.1.4); the connection closed or timed out, and the message may not have been accepted (RFC 5321 §4.5.3.2.6, §6.1).',
    () => 'Keine Antwort auf das Ende der Nachrichtendaten: der Server muss auf <CRLF>.<CRLF> antworten (RFC 5321 §4.1.1.4); die Verbindung wurde geschlossen oder lief in ein Timeout, und die Nachricht ist womöglich nicht angenommen (RFC 5321 §4.5.3.2.6, §6.1).'),
  'smtp.text-after-refused-data': rule('warning', false,
    (code, line) => `Message text sent although DATA on line ${line} was refused${code ? ` with ${code}` : ''}: without 354 the server reads each line as a command (RFC 5321 §4.1.1.4, §3.3).`,
    (code, line) => `Nachrichtentext gesendet, obwohl DATA in Zeile ${line}${code ? ` mit ${code}` : ''} abgelehnt wurde: ohne 354 liest der Server jede Zeile als Befehl (RFC 5321 §4.1.1.4, §3.3).`),
  'smtp.speaker-unknown': rule('information', false,
    () => 'This document looks like an SMTP session, but the reader could not tell the client\'s lines from the server\'s; codes are not paired with commands, and no sequence is checked.',
    () => 'Dieses Dokument sieht wie eine SMTP-Sitzung aus, aber der Leser konnte die Zeilen des Clients nicht von denen des Servers unterscheiden; Codes werden keinen Befehlen zugeordnet, und keine Reihenfolge wird geprüft.'),
  'smtp.auth-twice': rule('warning', false,
    () => 'AUTH after a successful AUTH: only one successful authentication is allowed per session (RFC 4954 §4).',
    () => 'AUTH nach erfolgreichem AUTH: pro Sitzung ist nur eine erfolgreiche Authentifizierung erlaubt (RFC 4954 §4).'),
  'smtp.bdat-after-last': rule('warning', false,
    () => 'BDAT after BDAT … LAST in the same transaction: the server answers 503 (RFC 3030 §2).',
    () => 'BDAT nach BDAT … LAST in derselben Transaktion: der Server antwortet mit 503 (RFC 3030 §2).'),
  'smtp.extension-not-advertised': rule('warning', false,
    (what, keyword) => `${what} needs the ${keyword} extension, which the server did not advertise in its EHLO reply.`,
    (what, keyword) => `${what} setzt die Erweiterung ${keyword} voraus, die der Server in seiner EHLO-Antwort nicht angeboten hat.`),
  'smtp.size-over-limit': rule('warning', false,
    (size, limit) => `SIZE=${size} exceeds the limit of ${limit} octets the server advertised (RFC 1870 §6).`,
    (size, limit) => `SIZE=${size} überschreitet die vom Server angegebene Grenze von ${limit} Oktetten (RFC 1870 §6).`),
  'smtp.auth-before-starttls': rule('warning', false,
    (mechanism) => `AUTH ${mechanism} before STARTTLS sends the credentials in cleartext (RFC 4954 §4, §14).`,
    (mechanism) => `AUTH ${mechanism} vor STARTTLS überträgt die Zugangsdaten im Klartext (RFC 4954 §4, §14).`),
  'smtp.credentials-in-transcript': rule('warning', true,
    () => 'AUTH credentials in this transcript: base64 is an encoding, not encryption; redact them before sharing it.',
    () => 'AUTH-Zugangsdaten in diesem Transkript: Base64 ist eine Kodierung, keine Verschlüsselung; schwärzen Sie sie vor der Weitergabe.'),
  'smtp.bare-lf': rule('warning', false,
    () => 'Bare LF inside DATA: SMTP lines end with CRLF (RFC 5321 §2.3.8); receivers that accept bare LF are open to SMTP smuggling.',
    () => 'Einzelnes LF innerhalb von DATA: SMTP-Zeilen enden mit CRLF (RFC 5321 §2.3.8); Empfänger, die ein einzelnes LF akzeptieren, sind für SMTP-Smuggling anfällig.'),
  'smtp.smuggling': rule('error', false,
    () => 'End-of-data sequence with a bare LF (<LF>.<LF>) inside DATA: an SMTP smuggling attempt; only <CRLF>.<CRLF> ends the data (RFC 5321 §4.1.1.4).',
    () => 'Datenende mit einzelnem LF (<LF>.<LF>) innerhalb von DATA: ein SMTP-Smuggling-Versuch; nur <CRLF>.<CRLF> beendet die Daten (RFC 5321 §4.1.1.4).'),
  'smtp.line-too-long': rule('warning', false,
    (kind, octets, limit) => `${kind === 'reply' ? 'Reply' : 'Command'} line of ${octets} octets exceeds the limit of ${limit} octets including CRLF (RFC 5321 §4.5.3.1).`,
    (kind, octets, limit) => `${kind === 'reply' ? 'Antwortzeile' : 'Befehlszeile'} mit ${octets} Oktetten überschreitet die Grenze von ${limit} Oktetten einschließlich CRLF (RFC 5321 §4.5.3.1).`),
  'smtp.failure-reply': rule('information', false,
    (code, meaning, context) => `${code}: ${meaning}${context ? ` (${context})` : ''}`,
    (code, meaning, context) => `${code}: ${meaning}${context ? ` (${context})` : ''}`),
  // Mail logs, Postfix configurations and lookup tables (server/src/service/log, server/src/service/postfix).
  'log.delivery-failure': rule('information', false,
    (code, meaning, status) => `${code}: ${meaning}${status ? ` (${status})` : ''}`,
    (code, meaning, status) => `${code}: ${meaning}${status ? ` (${status})` : ''}`),
  'log.reply-code-outside-grammar': rule('warning', false,
    (code) => `Reply code ${code} is outside RFC 5321 §4.2's grammar: the second digit must be 0 to 5. The sending MTA acts on its first digit only.`,
    (code) => `Antwortcode ${code} liegt außerhalb der Grammatik von RFC 5321 §4.2: die zweite Ziffer muss 0 bis 5 sein. Der sendende MTA wertet nur seine erste Ziffer aus.`),
  'log.dsn-status-mismatch': rule('warning', false,
    (dsn, status, expected) => `dsn=${dsn} contradicts ${status}: that outcome is logged with a ${expected}.x.x status (RFC 3463 §2).`,
    (dsn, status, expected) => `dsn=${dsn} widerspricht ${status}: dieses Ergebnis wird mit einem Status ${expected}.x.x protokolliert (RFC 3463 §2).`),
  'postfix.code-out-of-range': rule('error', true,
    (param, value, accepted) => `${param} = ${value} is outside what Postfix accepts here: ${accepted}. Postfix refuses the setting or logs a configuration error and sends a generic 450 4.7.1 instead.`,
    (param, value, accepted) => `${param} = ${value} liegt außerhalb dessen, was Postfix hier akzeptiert: ${accepted}. Postfix verweigert die Einstellung oder protokolliert einen Konfigurationsfehler und sendet stattdessen ein generisches 450 4.7.1.`),
  'postfix.temporary-reject-code': rule('warning', true,
    (param, value, conventional) => `${param} = ${value} defers instead of rejecting: clients retry until the message expires, and senders learn nothing for days. Postfix suggests a 4xx here only for testing; the conventional value is ${conventional}.`,
    (param, value, conventional) => `${param} = ${value} stellt zurück, statt abzulehnen: Clients versuchen es erneut, bis die Nachricht verfällt, und Absender erfahren tagelang nichts. Postfix empfiehlt hier 4xx nur zum Testen; üblich ist ${conventional}.`),
  'postfix.soft-bounce': rule('warning', true,
    () => 'soft_bounce = yes is left on: no mail bounces, 5xx replies become 4xx, and failed mail waits in the queue until it expires. Use it only while testing.',
    () => 'soft_bounce = yes ist eingeschaltet: keine Mail geht zurück, aus 5xx-Antworten werden 4xx, und gescheiterte Mail wartet in der Queue, bis sie verfällt. Nur zum Testen verwenden.'),
  'lookup.enhanced-class-mismatch': rule('error', true,
    (enhanced, reply) => `Enhanced code ${enhanced} contradicts the ${reply} this action replies with: its class must match the reply's first digit (RFC 3463 §2).`,
    (enhanced, reply) => `Der erweiterte Code ${enhanced} widerspricht der Antwort ${reply} dieser Aktion: seine Klasse muss der ersten Ziffer der Antwort entsprechen (RFC 3463 §2).`),
  'lookup.code-out-of-range': rule('error', true,
    (code, why) => why === 'reject' ? `REJECT ${code}: REJECT always replies with $access_map_reject_code (554), so ${code} ends up in the text and the rejection stays permanent. Write the code as the action (\`${code} text\`) or use DEFER.`
      : why === 'defer' ? `DEFER ${code}: DEFER always replies with $access_map_defer_code (450), so ${code} ends up in the text. Write the code as the action (\`${code} text\`) or use REJECT.`
      : `${code} is not a 4xx or 5xx code: Postfix reads only 4NN and 5NN as reply actions and treats anything else as a configuration error (451 4.3.5).`,
    (code, why) => why === 'reject' ? `REJECT ${code}: REJECT antwortet immer mit $access_map_reject_code (554), ${code} landet also im Text und die Ablehnung bleibt endgültig. Schreiben Sie den Code als Aktion (\`${code} Text\`) oder verwenden Sie DEFER.`
      : why === 'defer' ? `DEFER ${code}: DEFER antwortet immer mit $access_map_defer_code (450), ${code} landet also im Text. Schreiben Sie den Code als Aktion (\`${code} Text\`) oder verwenden Sie REJECT.`
      : `${code} ist kein 4xx- oder 5xx-Code: Postfix liest nur 4NN und 5NN als Antwort-Aktionen und behandelt alles andere als Konfigurationsfehler (451 4.3.5).`),
  'lookup.malformed-code': rule('error', true,
    (code, why) => why === 'no-text' ? `${code} without text is an all-numeric result, which access(5) reads as OK: the request is accepted, not refused. Add a text after the code.`
      : why === 'enhanced' ? `Malformed enhanced status code ${code}: the class must be 2, 4 or 5 and subject and detail 1 to 3 digits (RFC 3463 §2).`
      : `Malformed reply code ${code}: a reply action is exactly three digits, 4NN or 5NN, followed by text.`,
    (code, why) => why === 'no-text' ? `${code} ohne Text ist ein rein numerisches Ergebnis, das access(5) als OK liest: die Anfrage wird angenommen, nicht abgelehnt. Ergänzen Sie einen Text nach dem Code.`
      : why === 'enhanced' ? `Fehlerhafter erweiterter Statuscode ${code}: die Klasse muss 2, 4 oder 5 sein, Kategorie und Detail 1 bis 3 Ziffern (RFC 3463 §2).`
      : `Fehlerhafter Antwortcode ${code}: eine Antwort-Aktion besteht aus genau drei Ziffern, 4NN oder 5NN, gefolgt von Text.`),
  'lookup.unknown-action': rule('error', false,
    (word, kind) => kind === 'access' ? `${word} is not an access(5) action: Postfix logs "unknown action" and answers every matching request with 451 4.3.5 Server configuration error.`
      : kind === 'header' ? `${word} is not a header_checks(5) action: cleanup(8) logs "unknown command" and ignores the entry, so matching mail passes.`
      : `${word} is no Postfix lookup-table action: an access(5) table answers matching requests with 451 4.3.5 Server configuration error, and header_checks(5) ignore the entry.`,
    (word, kind) => kind === 'access' ? `${word} ist keine access(5)-Aktion: Postfix protokolliert "unknown action" und beantwortet jede passende Anfrage mit 451 4.3.5 Server configuration error.`
      : kind === 'header' ? `${word} ist keine header_checks(5)-Aktion: cleanup(8) protokolliert "unknown command" und übergeht den Eintrag, passende Mail kommt durch.`
      : `${word} ist keine Aktion einer Postfix-Tabelle: eine access(5)-Tabelle beantwortet passende Anfragen mit 451 4.3.5 Server configuration error, header_checks(5) übergehen den Eintrag.`),
  'lookup.action-wrong-table': rule('error', false,
    (word, kind) => kind === 'access' ? `${word} is a header_checks(5) action, not an access(5) one: in this table Postfix answers matching requests with 451 4.3.5 Server configuration error.`
      : `${word} is an access(5) action that header_checks(5) and body_checks do not know: cleanup(8) logs "unknown command" and ignores the entry.`,
    (word, kind) => kind === 'access' ? `${word} ist eine header_checks(5)-Aktion, keine access(5)-Aktion: in dieser Tabelle beantwortet Postfix passende Anfragen mit 451 4.3.5 Server configuration error.`
      : `${word} ist eine access(5)-Aktion, die header_checks(5) und body_checks nicht kennen: cleanup(8) protokolliert "unknown command" und übergeht den Eintrag.`),
  'lookup.reply-code-in-text': rule('warning', true,
    (action, code, sent, advice) => `${action} ${code}: ${code} is sent as text, not as the reply code; Postfix replies with ${sent}. ${advice}`,
    (action, code, sent, advice) => `${action} ${code}: ${code} wird als Text gesendet, nicht als Antwortcode; Postfix antwortet mit ${sent}. ${advice}`),
  // Bounce messages (eml): RFC 3464 delivery status notifications and bounce prose.
  'eml.malformed-status': rule('error', false,
    (value) => `Malformed Status ${value}: a DSN Status is an enhanced status code class.subject.detail, class 2, 4 or 5, subject and detail 1 to 3 digits (RFC 3464 §2.3.4, RFC 3463 §2).`,
    (value) => `Fehlerhafter Status ${value}: der Status einer DSN ist ein erweiterter Statuscode Klasse.Kategorie.Detail, Klasse 2, 4 oder 5, Kategorie und Detail 1 bis 3 Ziffern (RFC 3464 §2.3.4, RFC 3463 §2).`),
  'eml.action-status-mismatch': rule('warning', true,
    (action, status, expected) => `Action: ${action} contradicts Status ${status}: a ${status[0]}.x.x status goes with Action: ${expected} (RFC 3464 §2.3.3, RFC 3463 §2). One of the two is wrong; the class of the Status decides whether the sender must act.`,
    (action, status, expected) => `Action: ${action} widerspricht Status ${status}: zu einem Status ${status[0]}.x.x gehört Action: ${expected} (RFC 3464 §2.3.3, RFC 3463 §2). Eines von beiden ist falsch; die Klasse des Status entscheidet, ob der Absender handeln muss.`),
  'eml.diagnostic-status-mismatch': rule('warning', false,
    (code, status) => `The Diagnostic-Code carries ${code}, whose class contradicts Status ${status}: the reporting MTA changed the outcome, or one of the fields is wrong (RFC 3464 §2.3.4, §2.3.6).`,
    (code, status) => `Der Diagnostic-Code enthält ${code}, dessen Klasse dem Status ${status} widerspricht: der meldende MTA hat das Ergebnis umgedeutet, oder eines der Felder ist falsch (RFC 3464 §2.3.4, §2.3.6).`),
  'eml.recipient-status': rule('information', false,
    (recipient, action, code, meaning, reply) => `${recipient}: ${action}${code ? ` — ${code}${meaning ? ` ${meaning}` : ''}` : ''}${reply ? ` (reply ${reply})` : ''}`,
    (recipient, action, code, meaning, reply) => `${recipient}: ${action}${code ? ` — ${code}${meaning ? ` ${meaning}` : ''}` : ''}${reply ? ` (Antwort ${reply})` : ''}`),
  'document.binary': rule('information', false,
    () => 'This file contains binary data (NUL bytes); SMTP Codes does not analyse it.',
    () => 'Diese Datei enthält Binärdaten (NUL-Bytes); SMTP Codes analysiert sie nicht.'),
} satisfies Record<string, Rule>;

export type RuleId = keyof typeof diagnosticRules;

export function ruleMessage(id: RuleId, lang: Lang, ...args: string[]): string {
  return diagnosticRules[id].message[lang](...args);
}
