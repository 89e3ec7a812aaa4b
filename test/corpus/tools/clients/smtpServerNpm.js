// smtp-server (npm) with logger: true: the server's own log is the transcript.
const { SMTPServer } = require('/tmp/corpus-node/node_modules/smtp-server');
const server = new SMTPServer({
  name: 'mx.test.example', logger: true, allowInsecureAuth: true, authOptional: true, authMethods: ['PLAIN', 'LOGIN'], size: 10240000,
  onAuth(auth, session, cb) {
    if (auth.password === 's3cret-Pa55') return cb(null, { user: auth.username });
    const err = new Error('Authentication credentials invalid'); err.responseCode = 535; cb(err);
  },
  onRcptTo(addr, session, cb) {
    if (addr.address.startsWith('nobody')) { const e = new Error('5.1.1 <' + addr.address + '>: Recipient address rejected: User unknown'); e.responseCode = 550; return cb(e); }
    if (addr.address.startsWith('grey')) { const e = new Error('4.7.1 Greylisted, please try again later'); e.responseCode = 451; return cb(e); }
    cb();
  },
  onData(stream, session, cb) { stream.on('data', () => {}); stream.on('end', () => cb(null, 'Message queued as 7D3E1A2B')); },
});
server.listen(2587, '127.0.0.1', () => console.error('smtp-server listening'));
