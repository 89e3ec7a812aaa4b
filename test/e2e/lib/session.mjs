// One code-server with the packaged extension, one Chromium and one workbench page, shared by the
// specs of a suite; failures leave a screenshot and the logs under test-results/e2e/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import {
  baseSettings, copyWorkspace, createRoot, installExtension, removeRoot, startCodeServer, writeUserSettings,
} from './codeServer.mjs';
import { e2eDir, fixturesDir, repoRoot, resultsDir, vsixPath } from './paths.mjs';
import { launchChromium, Workbench } from './workbench.mjs';

/**
 * Without a language pack, `--locale de` leaves VS Code's display language English for extensions.
 * The German pack cannot be fetched offline: test/e2e/languagePackDe is a stub that declares the
 * `de` localization the same way, packaged here once per run.
 */
const languagePackDir = join(e2eDir, 'languagePackDe');
const vsceBin = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
let germanPack;
function germanLanguagePack() {
  if (!germanPack) {
    const root = createRoot('smtp-codes-e2e-langpack-');
    const source = join(root, 'source');
    cpSync(languagePackDir, source, { recursive: true });
    germanPack = join(root, 'language-pack-de.vsix');
    const result = spawnSync(process.execPath, [vsceBin, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', germanPack], { cwd: source, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`packaging the German language pack failed: ${result.stdout}${result.stderr}`);
    process.on('exit', () => removeRoot(root));
  }
  return germanPack;
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}

/**
 * VS Code records installed language packs in `<user-data>/languagepacks.json` when it installs them
 * through the UI; code-server's command line install does not, so the record is written here in the
 * same shape. code-server reads it to serve the display language to the workbench.
 */
function registerLanguagePack(userDataDir, extensionsDir, languageId) {
  const manifest = JSON.parse(readFileSync(join(languagePackDir, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const folder = readdirSync(extensionsDir).find((name) => name.startsWith(`${id}-`));
  if (!folder) throw new Error(`language pack ${id} is not installed in ${extensionsDir}`);
  const translations = join(extensionsDir, folder, 'translations', 'main.i18n.json');
  const record = {
    [languageId]: {
      hash: `${id}-${manifest.version}`,
      label: manifest.contributes.localizations[0].localizedLanguageName,
      extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
      translations: { vscode: translations },
    },
  };
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify(record));
}

export class Session {
  constructor({ name, locale, settings = {}, workspaceFrom = fixturesDir, env = {}, viewport, workspaceTrust = false }) {
    this.workspaceTrust = workspaceTrust;
    this.name = name;
    this.viewport = viewport;
    this.locale = locale;
    this.settings = { ...baseSettings, ...settings };
    this.workspaceFrom = workspaceFrom;
    this.env = env;
    this.failures = 0;
  }

  async start() {
    try {
      return await this.launch();
    } catch (error) {
      await this.captureFailure('start', error);
      throw error;
    }
  }

  async launch() {
    this.root = createRoot();
    this.userDataDir = join(this.root, 'user-data');
    this.workspace = copyWorkspace(this.workspaceFrom, join(this.root, 'workspace'));
    this.logFile = join(this.root, 'code-server.log');
    writeUserSettings(this.userDataDir, this.settings);
    const extensionsDir = join(this.root, 'extensions');
    mkdirSync(extensionsDir, { recursive: true });
    installExtension({ root: this.root, userDataDir: this.userDataDir, extensionsDir, vsix: vsixPath });
    if (this.locale === 'de') {
      installExtension({ root: this.root, userDataDir: this.userDataDir, extensionsDir, vsix: germanLanguagePack() });
      registerLanguagePack(this.userDataDir, extensionsDir, 'de');
    }
    this.server = await startCodeServer({
      root: this.root, userDataDir: this.userDataDir, extensionsDir, workspace: this.workspace, locale: this.locale, logFile: this.logFile, env: this.env,
      workspaceTrust: this.workspaceTrust,
    });
    this.browser = await launchChromium({ locale: this.locale });
    this.workbench = await Workbench.open(this.browser, { url: this.server.url, workspace: this.workspace, locale: this.locale, viewport: this.viewport });
    return this.workbench;
  }

  async stop() {
    try {
      await this.browser?.close();
    } finally {
      await this.server?.stop();
      // What a failure needs was copied to test-results/ already.
      if (this.root) removeRoot(this.root);
    }
  }

  /**
   * Changes user settings as a person would: in the settings.json editor, saved. (code-server does
   * not notice the file changing behind its back.)
   */
  async updateSettings(changes) {
    this.settings = { ...this.settings, ...changes };
    await this.workbench.replaceUserSettings(this.settings);
  }

  /** Copies what explains a failure to test-results/e2e/<session>/<test>/ and returns that folder. */
  async captureFailure(testName, error) {
    this.failures += 1;
    const dir = join(resultsDir, slug(this.name), slug(testName));
    mkdirSync(dir, { recursive: true });
    try {
      await this.workbench?.screenshot(join(dir, 'screenshot.png'));
    } catch (screenshotError) {
      writeFileSync(join(dir, 'screenshot-failed.txt'), String(screenshotError));
    }
    writeFileSync(join(dir, 'error.txt'), `${error?.stack ?? error}\n`);
    if (this.workbench) writeFileSync(join(dir, 'browser-console.log'), this.workbench.consoleLines.join('\n') + '\n');
    if (this.logFile && existsSync(this.logFile)) cpSync(this.logFile, join(dir, 'code-server.log'));
    // The extension host log and the extension's own output channel live under the user-data logs.
    const logs = join(this.userDataDir ?? '', 'logs');
    if (this.userDataDir && existsSync(logs)) cpSync(logs, join(dir, 'logs'), { recursive: true });
    console.error(`e2e: failure artifacts in ${dir}`);
    return dir;
  }

  /** A node:test case that captures a screenshot and the logs when it fails. */
  test(name, fn, { timeout = 120_000 } = {}) {
    it(name, { timeout }, async () => {
      try {
        await fn(this.workbench, this);
      } catch (error) {
        await this.captureFailure(name, error);
        throw error;
      } finally {
        await this.workbench?.dismissHover().catch(() => {});
      }
    });
  }
}
