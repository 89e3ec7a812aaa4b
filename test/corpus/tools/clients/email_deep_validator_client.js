// email-deep-validator 3.3.0 (npm), its mailbox check with `logger: console`: "Mailbox: got data 220 …" per chunk read
// (a multi-line reply printed as it came, CRLFs kept), "Mailbox: writing message HELO example.net" per command.
// It looks up the MX and always connects to port 25: the MX answer is 127.0.0.1 and port 25 goes to the scripted
// server's port (argv[2]); nothing else of the library is changed. Prints the result object as a user would.
const dns = require('dns');
const net = require('net');
const port = Number(process.argv[2]);
dns.resolveMx = (domain, cb) => process.nextTick(cb, null, [{ exchange: '127.0.0.1', priority: 10 }]);
const connect = net.connect;
net.connect = (p, host, ...rest) => connect.call(net, p === 25 ? port : p, host, ...rest);
const EmailValidator = require('/tmp/corpus-node15/node_modules/email-deep-validator');
const validator = new EmailValidator({ logger: console, timeout: 5000 });
(async () => {
  for (const address of process.argv.slice(3)) {
    console.log(address, await validator.verify(address));
  }
})();
