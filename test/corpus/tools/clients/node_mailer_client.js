// node_mailer 0.6.7 (npm `mailer`) on its nodemailer 0.1.20, `debug: true`: "SEND (1):" / "RECEIVE (1):" headers, each
// chunk below as a JSON string after "└──" ("250-PIPELINING\r\n250-SIZE …"), "CONNECTION (1): 220 …", then the callback's result.
const mailer = require('/tmp/corpus-node14/node_modules/mailer');
const [mode, port, auth, ...rcpts] = process.argv.slice(2);
mailer.send({
  host: '127.0.0.1', port: Number(port), domain: 'client.example', ssl: mode === 'smtps', debug: true,
  authentication: auth === 'auth' ? 'login' : undefined,
  username: auth === 'auth' ? 'alice@example.com' : undefined, password: auth === 'auth' ? 's3cret-Pa55' : undefined,
  to: (rcpts.length ? rcpts : ['bob@example.net']).join(', '), from: 'alice@example.com', subject: 'Corpus test 42',
  body: 'Hello Bob,\nmessage 42.\n',
}, (err, result) => {
  if (err) console.log('error:', err); else console.log('sent:', result);
  setTimeout(() => process.exit(0), 500);
});
