// simplesmtp 0.3.35 (npm, Nodemailer's predecessor) with `debug: true`: it prints each exchange as a
// "SERVER:"/"CLIENT:" header with the lines under it ("└──250-…", "   250 DSN").
//   node simplesmtp_client.js <plain|starttls|smtps> <port> <auth|noauth> [rcpt...]
const simplesmtp = require('/tmp/corpus-node6/node_modules/simplesmtp');
const [mode, port, auth, ...rcpts] = process.argv.slice(2);
const options = { name: 'client.example', debug: true, secureConnection: mode === 'smtps', ignoreTLS: mode === 'plain', tls: { rejectUnauthorized: false } };
if (auth === 'auth') options.auth = { user: 'alice@example.com', pass: 's3cret-Pa55' };
const client = simplesmtp.connect(Number(port), '127.0.0.1', options);
client.once('idle', () => client.useEnvelope({ from: 'alice@example.com', to: rcpts.length ? rcpts : ['bob@example.net'] }));
client.on('message', () => {
  client.write('Subject: Corpus test 42\r\n\r\nHello Bob, message 42.\r\n');
  client.end();
});
client.on('ready', (success, response) => {
  console.log('Message sent:', success, response);
  client.quit();
});
client.on('rcptFailed', (addresses) => console.log('Rejected recipients:', addresses.join(', ')));
client.on('error', (err) => {
  console.log('Error:', err.message);
  client.close();
});
