/** First lines of pasted text, for the smtp language's firstLine pattern (package.json) and the editors that copy it. */

/** Lines that common producers start a transcript with: the pattern takes them. */
export const transcriptFirstLines = [
  '2024-05-01 10:00:00\tSERVER -> CLIENT: 220 smtp.example.com ESMTP Postfix',
  '[2024-05-01 10:00:00] DEBUG [Ml0Ucqh4Y] S: 220 smtp.example.com ESMTP',
  "send: 'ehlo [127.0.1.1]\\r\\n'",
  "reply: b'220 mx.example.net ESMTP'",
  'DEBUG SMTP: useEhlo true, useAuth true',
  '<<< 220 mx.example.net ESMTP',
  '  SMTP<< 220 mx.example.net ESMTP Exim 4.97',
  '220 mx.example.net ESMTP Postfix',
  'S: 220 mx.example.net',
  '[S] 220 mx.example.net',
  'C: EHLO client.example.org',
  '=== Trying mx.example.net:25...',
];

/** Lines that are not a transcript's: the pattern leaves them. */
export const otherFirstLines = ['Jan  2 10:11:11 mail postfix/smtpd[1]: connect from x[192.0.2.1]', '220 volts', '2024-05-01 INFO listening on 220', '# SMTP notes'];
