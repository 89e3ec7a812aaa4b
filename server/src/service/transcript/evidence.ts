/**
 * What the non-protocol lines of a transcript (tool output around the SMTP dialogue) tell about the
 * connection: TLS, implicit TLS on connect, a closed connection, a new host.
 */

/** TLS negotiated in the middle of the session (STARTTLS) or at connect, as tools print it. */
export const tlsEvidence =
  /SSL handshake has read|SSL connection using|New, TLSv1|Cipher is |=== TLS started|TLS connection (?:established|started)|-----BEGIN CERTIFICATE-----|Protocol *: TLSv|Connection upgraded|^depth=\d+ |^verify (?:error|return):/;

// Implicit TLS (RFC 8314 §3.3): port 465 or a TLS scheme, as curl, openssl, PHPMailer, Nodemailer,
// smtplib and swaks print it. openssl's -starttls makes port 465 a STARTTLS session after all.
const implicitTlsPatterns: RegExp[] = [
  /\bsmtps:\/\//i,
  /\bssl:\/\/[\w.-]+/i,
  /\bConnected to \S+ \([^)]*\) port 465\b/,
  /\bTrying \[?[\w.:]+\]?:465\b/,
  /^(?!.*-starttls).*-connect\s+\S+:465\b/,
  /\bsecure: true\b/,
  /\bSecure connection established\b/i,
  /^connect: \(['"][^'"]+['"], 465\)/,
  /--tls-on-connect\b|--tlsc\b/,
  // Any tool that names the port or the mode: "dialing host:465", "port = 465", "implicit TLS".
  /(?:\bport\s*[=:]?\s*|[\w\].]:)465\b(?!.*starttls)/i,
  /\bimplicit TLS\b|\bSMTPS\b|\bSSL\/TLS on connect\b/i,
];

export function isImplicitTlsEvidence(text: string): boolean {
  return implicitTlsPatterns.some((re) => re.test(text));
}

// The connection ended: curl, PHPMailer, Nodemailer, smtplib, telnet and openssl say so.
const closeEvidence =
  /Closing connection|Connection closed|closed (?:the )?connection|connection (?:reset|lost|dropped)|Connection: closed|EOF caught|SMTPServerDisconnected|Connection died|closed by foreign host|Connection to \S+ closed|socket (?:closed|hang up)|\bECONNRESET\b/i;

export function isCloseEvidence(text: string): boolean {
  return closeEvidence.test(text);
}

/** Sendmail names each server it talks to: a new host is a new session. */
export function isSendmailHostChange(text: string): boolean {
  return /^\.\.\. while talking to \S/.test(text);
}

// A tool that runs STARTTLS on its own says when the server did not offer it and it went on anyway
// (openssl s_client -starttls smtp: "Didn't find STARTTLS in server response, trying anyway...").
const starttlsAnyway = /Didn't find STARTTLS in server response, trying anyway|STARTTLS[^.]{0,40}not (?:advertised|offered|supported)[^.]{0,40}(?:trying|continuing|anyway)/i;

export function isStarttlsWithoutOffer(text: string): boolean {
  return starttlsAnyway.test(text);
}
