// The npm package `sendmail` 1.6.1 ("Sendmail without setting up SMTP server") in its development mode
// (devHost/devPort instead of an MX lookup), with its default logger on the console: "send <domain>>EHLO ...",
// "recv <domain>>250-...", then the script prints the callback's error or reply as users paste it.
// Setup: mkdir -p /tmp/corpus-node5 && cd /tmp/corpus-node5 && npm init -y && npm install sendmail@1.6.1
const sendmail = require('/tmp/corpus-node5/node_modules/sendmail')({
  devHost: '127.0.0.1', devPort: Number(process.argv[2] || 587),
});
const rcpts = process.argv.slice(3);
sendmail({
  from: 'alice@example.com', to: (rcpts.length ? rcpts : ['bob@example.net']).join(', '),
  subject: 'Corpus test 42', text: 'Hello Bob, message 42.',
}, (err, reply) => {
  if (err) console.error('send failed:', err && err.stack || err);
  else console.log('sent:', reply);
});
