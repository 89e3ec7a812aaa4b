// pixl-mail 1.1.5 (npm) with a pixl-logger 2 agent attached, echo on: pixl-mail passes every line of its bundled
// Nodemailer 7's debug trace to the agent as a "Mailer" debug row, so the console shows pixl-logger's bracketed
// columns [hires_epoch][date][hostname][pid][component][category][code][msg][data], the protocol line in msg and
// Nodemailer's side (tnx server/client) only in the JSON data column. Then the script prints the error, if any.
// usage: node pixl_mail_client.js plain|starttls|smtps PORT auth|no|wrong RCPT...
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
const Mailer = require('/tmp/corpus-node15/node_modules/pixl-mail');
const Logger = require('/tmp/corpus-node15/node_modules/pixl-logger');
const [mode, port, auth, ...rcpts] = process.argv.slice(2);
const logger = new Logger('/tmp/corpus-node15/pixl-mail.log',
  ['hires_epoch', 'date', 'hostname', 'pid', 'component', 'category', 'code', 'msg', 'data'],
  { echo: true, sync: true, debugLevel: 9, hostname: 'client.example' });
const mail = new Mailer('127.0.0.1', Number(port));
mail.setOptions({ secure: mode === 'smtps', ignoreTLS: mode === 'plain', requireTLS: mode === 'starttls', name: 'client.example',
  tls: { rejectUnauthorized: false } });
if (auth !== 'no') mail.setOption('auth', { user: 'alice@example.com', pass: auth === 'wrong' ? 'wrong' : 's3cret-Pa55' });
mail.attachLogAgent(logger);
const message = `To: ${(rcpts.length ? rcpts : ['bob@example.net']).join(', ')}\nFrom: alice@example.com\nSubject: Corpus test 42\n\nHello Bob,\nmessage 42.\n`;
mail.send(message, (err) => {
  if (err) console.log('Mail Error: ' + err.message);
  else console.log('Message sent.');
});
