// node-mail 0.2.3 (npm `mail`), its debug output switched on with NODE_DEBUG=mail: "TLS: READ (((250-PIPELINING)))" per
// reply line, "TLS: SEND (((EHLO client.example" + CRLF + ")))" per write (on stderr), then the script's result line.
// Node 20 shim: node-mail checks `sock.readyState == 'closed'` before connecting; a new socket now says 'open'.
const { Client } = require('/tmp/corpus-node14/node_modules/mail/lib/smtp');
const useSocket = Client.prototype.useSocket;
Client.prototype.useSocket = function (sock) {
  const rs = Object.getOwnPropertyDescriptor(require('net').Socket.prototype, 'readyState');
  Object.defineProperty(sock, 'readyState', { configurable: true, get() { return this.pending && !this.connecting ? 'closed' : rs.get.call(this); } });
  return useSocket.call(this, sock);
};
const { Mail } = require('/tmp/corpus-node14/node_modules/mail');
const [mode, port, auth, ...rcpts] = process.argv.slice(2);
const mail = Mail({
  host: '127.0.0.1', port: Number(port), secure: mode === 'starttls', domain: 'client.example',
  username: auth === 'auth' ? 'alice@example.com' : undefined, password: auth === 'auth' ? 's3cret-Pa55' : undefined,
});
mail.message({ from: 'alice@example.com', to: rcpts.length ? rcpts : ['bob@example.net'], subject: 'Corpus test 42' })
  .body('Hello Bob,\nmessage 42.\n')
  .send((err) => { if (err) console.error('send failed: ' + err); else console.log('Sent!'); });
