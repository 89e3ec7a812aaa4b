// emailjs (npm) with its connection's debug output switched on, as a user turns it on to see the SMTP talk.
import { readFileSync } from 'node:fs';
import { SMTPClient } from '/tmp/corpus-node2/node_modules/emailjs/email.js';

const [mode, port, auth, ...rcpts] = process.argv.slice(2);
const client = new SMTPClient({
  host: '127.0.0.1', port: Number(port),
  // emailjs refuses an implicit-TLS peer it cannot verify: trust the test certificate, whatever its name.
  ssl: mode === 'smtps' ? { ca: readFileSync('/tmp/corpus-tls/cert.pem'), checkServerIdentity: () => undefined } : false,
  tls: mode === 'starttls' ? { rejectUnauthorized: false } : false,
  domain: 'client.example', timeout: 10000,
  ...(auth === 'auth' ? { user: 'alice@example.com', password: 's3cret-Pa55', authentication: ['LOGIN'] } : {}),
});
client.smtp.debug(1);
try {
  const message = await client.sendAsync({
    from: 'alice@example.com', to: (rcpts.length ? rcpts : ['bob@example.net']).join(', '), subject: 'Corpus test 42', text: 'Hello Bob, message 42.',
  });
  console.log('sent', message.header['message-id']);
} catch (err) {
  console.error('error', err.message, 'code', err.code, err.smtp ?? '');
}
process.exit(0);
