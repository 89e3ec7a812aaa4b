// Nodemailer with logger: true and debug: true (console output as users paste it).
const nodemailer = require('/tmp/corpus-node/node_modules/nodemailer');
const [mode, port, auth, ...rcpts] = process.argv.slice(2);
const t = nodemailer.createTransport({
  host: '127.0.0.1', port: Number(port), secure: mode === 'smtps', ignoreTLS: mode === 'plain', requireTLS: mode === 'starttls',
  name: 'client.example', logger: true, debug: true, tls: { rejectUnauthorized: false },
  auth: auth === 'auth' ? { user: 'alice@example.com', pass: 's3cret-Pa55' } : undefined,
});
t.sendMail({ from: 'alice@example.com', to: rcpts.length ? rcpts : ['bob@example.net'], subject: 'Corpus test 42', text: 'Hello Bob,\nmessage 42.\n' })
  .then((info) => console.log('sent', info.response))
  .catch((err) => console.error('error', err));
