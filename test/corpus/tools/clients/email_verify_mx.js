// Preloaded (node -r) before email-verify 0.2.1's own CLI (npm `email-verify`, app.js): answers every MX look-up with
// 127.0.0.1 so that the tool talks to the scripted server on loopback; nothing else of the tool is changed.
const dns = require('dns');
dns.resolveMx = (domain, cb) => process.nextTick(cb, null, [{ exchange: '127.0.0.1', priority: 10 }]);
