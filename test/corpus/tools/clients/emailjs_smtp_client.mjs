// emailjs-smtp-client 2.0.1 (npm; the emailjs.org SMTP client, not the `emailjs` package) with its default logger at
// LOG_LEVEL_DEBUG: "[DEBUG][time][session][user][host] SERVER: …" lines and its own notes (it never logs a command it sends).
//   node emailjs_smtp_client.mjs plain|starttls|smtps PORT auth|badauth|noauth [RCPT ...]
import { createRequire } from 'module';
const require = createRequire('/tmp/corpus-node4/');
const SmtpClient = require('emailjs-smtp-client').default;

const [mode, port, auth, ...rcpts] = process.argv.slice(2);
const to = rcpts.length ? rcpts : ['bob@example.net'];
const client = new SmtpClient('127.0.0.1', Number(port), {
  name: 'client.example',
  useSecureTransport: mode === 'smtps',
  requireTLS: mode === 'starttls',
  ignoreTLS: mode === 'plain',
  auth: auth === 'noauth' ? undefined : { user: 'alice@example.com', pass: auth === 'auth' ? 's3cret-Pa55' : 'wrong' },
});
// The constructor leaves logLevel at an undefined LOG_LEVEL_ALL (logs nothing): set it as the README's debugging note does.
client.logLevel = 10; // LOG_LEVEL_DEBUG
client.onidle = () => {
  client.onidle = () => {};
  client.useEnvelope({ from: 'alice@example.com', to });
};
client.onready = (failed) => {
  if (failed.length) console.log('failed recipients:', failed);
  client.send(`From: alice@example.com\r\nTo: ${to[0]}\r\nSubject: Corpus test 42\r\n\r\nHello Bob, message 42.\r\n`);
  client.end();
};
client.ondone = (success) => {
  console.log('done, success:', success);
  client.quit();
};
client.onerror = (err) => console.error('error:', err && err.message ? err.message : err);
client.onclose = () => console.log('closed');
client.connect();
