// The end-to-end suite: the packaged extension in code-server, driven in Chromium. One code-server
// for the English workbench and one for the German display language. Run through `run.mjs`.
import { after, before, describe } from 'node:test';
import { Session } from './lib/session.mjs';
import languageSpecs from './specs/languages.spec.mjs';
import hoverSpecs from './specs/hovers.spec.mjs';
import diagnosticSpecs from './specs/diagnostics.spec.mjs';
import commandSpecs from './specs/commands.spec.mjs';
import outlineSpecs from './specs/outline.spec.mjs';
import highlightingSpecs from './specs/highlighting.spec.mjs';
import germanSpecs from './specs/german.spec.mjs';
import trustSpecs from './specs/trust.spec.mjs';
import logDashboardSpecs from './specs/logDashboard.spec.mjs';
import sessionDiagramSpecs, { sessionDiagramGermanSpecs } from './specs/sessionDiagram.spec.mjs';
import settingsSpecs from './specs/settings.spec.mjs';

const startTimeout = 180_000;

describe('SMTP Codes in VS Code (code-server, English)', () => {
  const session = new Session({ name: 'english' });
  before(() => session.start(), { timeout: startTimeout });
  after(() => session.stop());
  languageSpecs(session);
  hoverSpecs(session);
  diagnosticSpecs(session);
  commandSpecs(session);
  outlineSpecs(session);
  highlightingSpecs(session);
  logDashboardSpecs(session);
  sessionDiagramSpecs(session);
  // Last: it changes every setting (and restores each).
  settingsSpecs(session);
});

describe('SMTP Codes in VS Code (code-server --locale de)', () => {
  const session = new Session({ name: 'german', locale: 'de' });
  before(() => session.start(), { timeout: startTimeout });
  after(() => session.stop());
  germanSpecs(session);
  sessionDiagramGermanSpecs(session);
});

describe('SMTP Codes in VS Code (code-server, restricted mode)', () => {
  // Workspace trust on, the folder never trusted and no prompt: the workbench opens in restricted mode.
  const session = new Session({
    name: 'restricted',
    workspaceTrust: true,
    settings: {
      'security.workspace.trust.enabled': true,
      'security.workspace.trust.startupPrompt': 'never',
      'security.workspace.trust.banner': 'never',
      'smtpCodes.detectTranscripts': 'always',
    },
  });
  before(() => session.start(), { timeout: startTimeout });
  after(() => session.stop());
  trustSpecs(session);
});
