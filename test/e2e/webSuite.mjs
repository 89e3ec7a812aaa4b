// The web build in code-server's web worker extension host (see specs/web.spec.mjs). Its own
// code-server: `remote.extensionKind` in the user settings moves the extension from the Node host
// to the web worker host, for the whole session. Run through `run.mjs`.
import { after, before, describe } from 'node:test';
import { webWorkerHostSettings } from './lib/codeServer.mjs';
import { Session } from './lib/session.mjs';
import webSpecs from './specs/web.spec.mjs';

const startTimeout = 180_000;

describe('SMTP Codes for the Web (code-server, web worker extension host)', () => {
  const session = new Session({ name: 'web', settings: webWorkerHostSettings });
  before(() => session.start(), { timeout: startTimeout });
  after(() => session.stop());
  webSpecs(session);
});
