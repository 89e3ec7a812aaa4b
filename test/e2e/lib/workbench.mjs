// Drives the code-server workbench in Chromium the way a person would: quick open, the mouse over a
// word, the command palette, the Problems panel. Every wait is on something the editor shows.
import { basename } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export function launchChromium({ locale } = {}) {
  const args = [...chromiumArgs];
  if (locale) args.push(`--lang=${locale}`);
  return chromium.launch({ executablePath: chromiumPath, args });
}

const quickInput = '.quick-input-widget';
const quickInputBox = `${quickInput} .quick-input-box input`;
const quickInputRows = `${quickInput} .quick-input-list .monaco-list-row`;
const activeEditor = '.editor-group-container.active .editor-instance .monaco-editor';

function toRegExp(expected) {
  if (expected instanceof RegExp) return expected;
  return new RegExp(String(expected).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

class QuickInputClosed extends Error {}

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page, { timeout = 20_000 } = {}) {
    this.page = page;
    this.timeout = timeout;
  }

  static async open(browser, { url, workspace, viewport = { width: 1400, height: 900 }, locale, colorScheme = 'dark', timeout }) {
    const context = await browser.newContext({ viewport, locale, colorScheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const workbench = new Workbench(page, { timeout });
    workbench.consoleLines = [];
    page.on('console', (message) => workbench.consoleLines.push(`[${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => workbench.consoleLines.push(`[pageerror] ${error.stack || error.message}`));
    await page.goto(`${url}?folder=${encodeURIComponent(workspace)}`);
    // The explorer lists the workspace once the remote connection and file service are up.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    await page.locator('#status\\.problems').waitFor({ timeout: 60_000 });
    return workbench;
  }

  // ---- Quick input (quick open, command palette, quick picks) ----

  /**
   * Types `filter` into the open quick input (null: keep what is typed) and picks the row whose label
   * matches `label`, once the list has settled (quick open adds file results after recent ones).
   */
  async pickQuickInputRow(filter, label = filter, { exact = false } = {}) {
    if (filter !== null) await this.page.locator(quickInputBox).fill(filter);
    const wanted = toRegExp(label);
    const matches = (text) => (exact ? text === label : wanted.test(text));
    let previous = '';
    let index = -1;
    await this.until(async () => {
      if (!(await this.page.locator(quickInputBox).isVisible())) throw new QuickInputClosed(`the quick input closed before ${wanted} could be picked`);
      const labels = await this.quickInputRowLabels();
      const snapshot = JSON.stringify(labels);
      const settled = snapshot === previous;
      previous = snapshot;
      index = labels.findIndex(matches);
      if (index < 0) return `no row matching ${wanted} among ${snapshot}`;
      return settled || 'the list is still changing';
    }, `quick input row ${wanted}`);
    const focused = this.page.locator(`${quickInputRows}.focused`);
    const focusedLabel = (await focused.count()) ? ((await focused.first().getAttribute('aria-label')) ?? '') : '';
    if (matches(focusedLabel.trim())) {
      await this.page.keyboard.press('Enter');
    } else {
      const rowBox = await this.page.locator(quickInputRows).nth(index).boundingBox();
      await this.page.mouse.click(rowBox.x + rowBox.width / 2, rowBox.y + rowBox.height / 2);
    }
  }

  /** Waits for a quick input whose placeholder (its prompt) matches: tells one quick pick from the next. */
  async waitForQuickInputPlaceholder(expected) {
    const wanted = toRegExp(expected);
    await this.until(async () => {
      const box = this.page.locator(quickInputBox);
      const placeholder = (await box.isVisible()) ? ((await box.getAttribute('placeholder')) ?? '') : '(closed)';
      return wanted.test(placeholder) || `placeholder is ${JSON.stringify(placeholder)}`;
    }, `a quick input asking ${wanted}`);
  }

  async quickInputRowLabels() {
    return this.page.locator(quickInputRows).evaluateAll((els) => els.map((el) => (el.getAttribute('aria-label') || el.textContent || '').trim()));
  }

  async closeQuickInput() {
    if (await this.page.locator(quickInputBox).isVisible()) await this.page.keyboard.press('Escape');
    await this.page.locator(quickInputBox).waitFor({ state: 'hidden', timeout: this.timeout });
  }

  /**
   * Opens a quick input with its shortcut and types `text`. A webview that has focus (a preview)
   * takes the focus back from a quick input that opens over it, which then closes: open it again.
   */
  async openQuickInput(shortcut, text) {
    await this.until(async () => {
      await this.page.evaluate(() => {
        if (document.activeElement?.tagName === 'IFRAME') document.activeElement.blur();
      });
      await this.page.keyboard.press(shortcut);
      try {
        await this.page.locator(quickInputBox).waitFor({ state: 'visible', timeout: 5000 });
        await this.page.locator(quickInputBox).fill(text, { timeout: 2000 });
        return true;
      } catch (error) {
        await this.page.keyboard.press('Escape');
        return `the quick input closed: ${error.message.split('\n')[0]}`;
      }
    }, `the quick input of ${shortcut}`);
  }

  /** Opens the command palette (F1) with `>filter` typed. */
  async openCommandPalette(filter) {
    await this.openQuickInput('F1', `>${filter}`);
  }

  /** Runs a command from the command palette by its title, as a person would. */
  async runCommand(title) {
    for (let attempt = 1; ; attempt += 1) {
      await this.openCommandPalette(title);
      try {
        await this.pickQuickInputRow(null, title);
        return;
      } catch (error) {
        // A webview that finished loading took the focus back: try again.
        if (!(error instanceof QuickInputClosed) || attempt === 3) throw error;
      }
    }
  }

  /**
   * Waits until the command palette, filtered by `filter`, lists a row containing each expected title
   * (an open palette does not refresh when an extension's commands arrive: it is opened again).
   */
  async waitForCommandPaletteRows(filter, expectedTitles) {
    let labels = [];
    await this.until(async () => {
      await this.openCommandPalette(filter);
      await this.page.locator(quickInputRows).first().waitFor({ timeout: this.timeout });
      labels = await this.quickInputRowLabels();
      await this.closeQuickInput();
      const missing = expectedTitles.filter((title) => !labels.some((label) => label.includes(title)));
      return missing.length === 0 || `missing ${JSON.stringify(missing)} among ${JSON.stringify(labels)}`;
    }, `command palette rows for "${filter}"`);
    return labels;
  }

  // ---- Settings ----

  /** Replaces the user settings through the settings.json editor and saves them. */
  async replaceUserSettings(settings) {
    await this.runCommand('Preferences: Open User Settings (JSON)');
    await this.waitForActiveTab(/^settings\.json/);
    await this.page.locator(`${activeEditor} .view-lines`).click();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.insertText(JSON.stringify(settings, null, 2));
    await this.until(async () => {
      const text = (await this.renderedLines()).join('\n');
      return text.includes(JSON.stringify(Object.keys(settings).at(-1))) || 'settings not typed yet';
    }, 'the new settings in the editor');
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: this.timeout });
    await this.runCommand('View: Close Editor');
  }

  // ---- Editors ----

  /** Opens a workspace file through Quick Open (Ctrl+P) and waits until its editor is active. */
  async openFile(relativePath) {
    const name = basename(relativePath);
    await this.openQuickInput('Control+P', relativePath);
    await this.pickQuickInputRow(null, new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
    await this.page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).waitFor({ timeout: this.timeout });
    await this.page.locator(`${activeEditor} .view-lines .view-line`).first().waitFor({ timeout: this.timeout });
  }

  async closeAllEditors() {
    const tabs = this.page.locator('.tabs-container .tab');
    await this.until(async () => {
      if ((await tabs.count()) === 0) return true;
      await this.runCommand('View: Close All Editors');
      try {
        await tabs.first().waitFor({ state: 'detached', timeout: 5000 });
        return true;
      } catch {
        return `tabs still open: ${JSON.stringify(await tabs.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label'))))}`;
      }
    }, 'all editors to close', { timeout: 30_000 });
  }

  /** Waits for the active editor tab's label to match. */
  async waitForActiveTab(expected) {
    const wanted = toRegExp(expected);
    await this.until(async () => {
      const label = await this.page.locator('.tabs-container .tab.active').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') || ''));
      return label.some((text) => wanted.test(text)) || `active tabs ${JSON.stringify(label)}`;
    }, `active tab ${wanted}`);
  }

  /** The language mode in the status bar ("SMTP", "Plain Text"). */
  async languageMode() {
    return ((await this.page.locator('#status\\.editor\\.mode').textContent()) ?? '').trim();
  }

  async waitForLanguageMode(expected) {
    await this.until(async () => {
      const mode = await this.languageMode();
      return mode === expected || `status bar shows "${mode}"`;
    }, `language mode "${expected}"`);
  }

  /**
   * Visible lines of the active editor, top to bottom: `text` is the document's text, `rendered` what
   * the screen shows (with inlay hints), `hints` the inlay hint labels. Inlay hints are injected text
   * whose spans carry a dynamic `dyn-rule-*` class.
   */
  async editorLines() {
    return this.page.locator(`${activeEditor} .view-lines`).evaluate((root) =>
      [...root.querySelectorAll('.view-line')]
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((line) => {
          let text = '';
          const hints = [];
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement.closest('[class*="dyn-rule-"]')) {
              const hint = node.textContent.replace(/\s+/g, ' ').trim();
              if (hint) hints.push(hint);
            } else {
              text += node.textContent.replace(/\u00a0/g, ' ');
            }
          }
          return { text, rendered: line.textContent.replace(/\s/g, ' '), hints };
        }));
  }

  /** Visible lines of the active editor as text (inlay hints left out). */
  async renderedLines() {
    return (await this.editorLines()).map((line) => line.text);
  }

  /**
   * Screen position of `needle` in the active editor: the `occurrence`-th match on the first visible
   * line whose text contains it and, when given, also matches `line` (a string or RegExp). Inlay
   * hints are not part of the text.
   */
  async positionOf(needle, { line, lineNumber, occurrence = 0, offset = 0.5 } = {}) {
    const linePattern = line instanceof RegExp ? { source: line.source, flags: line.flags } : line ? { source: line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags: '' } : null;
    return this.page.locator(activeEditor).evaluate((editor, { needle, linePattern, lineNumber, occurrence, offset }) => {
      const root = editor.querySelector('.view-lines');
      const lines = [...root.querySelectorAll('.view-line')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
      // The gutter's line numbers sit at the same `top` as their view lines.
      const numbers = new Map([...editor.querySelectorAll('.margin-view-overlays > div')]
        .map((el) => [parseFloat(el.style.top), Number(el.querySelector('.line-numbers')?.textContent)]));
      const visible = editor.querySelector('.lines-content')?.parentElement?.getBoundingClientRect();
      const filter = linePattern ? new RegExp(linePattern.source, linePattern.flags) : null;
      let seen = 0;
      for (const lineEl of lines) {
        if (lineNumber && numbers.get(parseFloat(lineEl.style.top)) !== lineNumber) continue;
        const nodes = [];
        const walker = document.createTreeWalker(lineEl, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.parentElement.closest('[class*="dyn-rule-"]')) nodes.push(node);
        }
        const text = nodes.map((node) => node.textContent).join('').replace(/\u00a0/g, ' ');
        if (filter && !filter.test(text)) continue;
        let from = text.indexOf(needle);
        while (from >= 0 && seen < occurrence) {
          seen += 1;
          from = text.indexOf(needle, from + 1);
        }
        if (from < 0) continue;
        const end = from + needle.length;
        const range = document.createRange();
        let consumed = 0;
        let startSet = false;
        for (const node of nodes) {
          const length = node.textContent.length;
          if (!startSet && from < consumed + length) {
            range.setStart(node, from - consumed);
            startSet = true;
          }
          if (startSet && end <= consumed + length) {
            range.setEnd(node, end - consumed);
            break;
          }
          consumed += length;
        }
        const rect = range.getBoundingClientRect();
        // A line cut off by the bottom edge or the horizontal scrollbar cannot be pointed at.
        if (visible && (rect.top < visible.top || rect.bottom > visible.bottom - 14 || rect.right > visible.right)) return { hidden: true, text };
        return { x: rect.left + rect.width * offset, y: rect.top + rect.height / 2, width: rect.width, height: rect.height, text };
      }
      return null;
    }, { needle, linePattern, lineNumber, occurrence, offset });
  }

  /** Moves the cursor to a line with "Go to Line" (Ctrl+G), which scrolls it into the middle of the editor. */
  async revealLine(lineNumber) {
    await this.openQuickInput('Control+G', `:${lineNumber}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator(quickInputBox).waitFor({ state: 'hidden', timeout: this.timeout });
    await this.until(async () => {
      const status = ((await this.page.locator('#status\\.editor\\.selection').textContent()) ?? '').trim();
      return new RegExp(`\\b${lineNumber}\\b`).test(status) || `status bar shows ${status}`;
    }, `the cursor on line ${lineNumber}`);
  }

  /** Like positionOf, but waits for the text to render, and first scrolls to `lineNumber` when given. */
  async requirePosition(needle, options = {}) {
    if (options.lineNumber) await this.revealLine(options.lineNumber);
    let position = null;
    await this.until(async () => {
      position = await this.positionOf(needle, options);
      if (position?.hidden) return `"${needle}" is scrolled out of view; pass its lineNumber`;
      return position !== null || `"${needle}" not rendered; lines: ${JSON.stringify(await this.renderedLines())}`;
    }, `text "${needle}" in the editor`);
    return position;
  }

  async clickText(needle, options) {
    const position = await this.requirePosition(needle, options);
    await this.page.mouse.click(position.x, position.y);
  }

  /** Waits until some rendered line of the active editor matches. */
  async waitForLine(expected) {
    const wanted = toRegExp(expected);
    let lines = [];
    await this.until(async () => {
      lines = await this.renderedLines();
      return lines.some((text) => wanted.test(text)) || `lines: ${JSON.stringify(lines)}`;
    }, `a line matching ${wanted}`);
    return lines.find((text) => wanted.test(text));
  }

  // ---- Hovers ----

  async visibleHoverText() {
    return this.page.evaluate(() => {
      const hovers = [...document.querySelectorAll('.monaco-editor .monaco-hover')]
        .filter((el) => !el.classList.contains('hidden') && el.getBoundingClientRect().height > 0);
      return hovers.map((el) => el.innerText).join('\n').trim();
    });
  }

  /** Waits until no animation runs (a hover fading in), so that a screenshot shows it as a person sees it. */
  async waitForAnimations() {
    await this.page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'), null, { timeout: this.timeout });
  }

  /**
   * Moves the mouse over `needle` and returns the hover's text once it matches `expected`. The
   * language server may still be starting: the mouse leaves and comes back until the hover says it.
   */
  async hover(needle, expected, options = {}) {
    const wanted = toRegExp(expected);
    let last = '';
    await this.until(async () => {
      const position = await this.requirePosition(needle, options);
      await this.page.mouse.move(position.x, position.y + 400);
      await this.page.keyboard.press('Escape');
      await this.page.mouse.move(position.x, position.y, { steps: 3 });
      try {
        await this.page.waitForFunction(({ source, flags }) => {
          const hovers = [...document.querySelectorAll('.monaco-editor .monaco-hover')]
            .filter((el) => !el.classList.contains('hidden') && el.getBoundingClientRect().height > 0);
          return new RegExp(source, flags).test(hovers.map((el) => el.innerText).join('\n'));
        }, { source: wanted.source, flags: wanted.flags }, { timeout: 4000 });
      } catch {
        last = await this.visibleHoverText();
        return `hover shows ${JSON.stringify(last.slice(0, 400))}`;
      }
      last = await this.visibleHoverText();
      return true;
    }, `hover on "${needle}" matching ${wanted}`, { timeout: options.timeout ?? 45_000 });
    return last;
  }

  async dismissHover() {
    await this.page.keyboard.press('Escape');
    await this.page.mouse.move(5, 5);
  }

  // ---- Problems panel ----

  async openProblems() {
    await this.runCommand('View: Focus Problems');
    await this.page.locator('.markers-panel').waitFor({ timeout: this.timeout });
  }

  /**
   * Rows of the Problems panel as shown: a file row (level 1) followed by its markers (level 2),
   * each marker's text being its message, source, code and position.
   */
  async problemRows() {
    return this.page.locator('.markers-panel .monaco-list-row').evaluateAll((els) => els.map((el) => ({
      level: Number(el.getAttribute('aria-level') || 0),
      label: el.getAttribute('aria-label') || '',
      text: el.innerText.replace(/\s+/g, ' ').trim(),
    })));
  }

  /** The marker rows listed under the file row of `fileName`. */
  async problemsOf(fileName) {
    const rows = await this.problemRows();
    const markers = [];
    let inFile = false;
    for (const row of rows) {
      if (row.level === 1) inFile = row.text.startsWith(fileName);
      else if (inFile) markers.push(row);
    }
    return markers;
  }

  /**
   * Waits until the Problems panel shows a marker row matching each pattern, under `file` when given,
   * and returns the marker rows (of that file, or all).
   */
  async waitForProblems(expectedRows, { file, timeout } = {}) {
    const patterns = expectedRows.map(toRegExp);
    let rows = [];
    await this.until(async () => {
      rows = file ? await this.problemsOf(file) : (await this.problemRows()).filter((row) => row.level !== 1);
      const missing = patterns.filter((pattern) => !rows.some((row) => pattern.test(row.text)));
      return missing.length === 0 || `missing ${missing.join(', ')}; rows: ${JSON.stringify((await this.problemRows()).map((row) => row.text))}`;
    }, `problems${file ? ` of ${file}` : ''}`, { timeout });
    return rows;
  }

  /** Counts in the status bar's problems item: { errors, warnings }. */
  async problemCounts() {
    const label = (await this.page.locator('#status\\.problems').getAttribute('aria-label')) ?? '';
    const text = ((await this.page.locator('#status\\.problems').innerText()) ?? '').replace(/\s+/g, ' ').trim();
    const numbers = text.split(' ').map(Number).filter((n) => !Number.isNaN(n));
    return { errors: numbers[0] ?? 0, warnings: numbers[1] ?? 0, label, text };
  }

  // ---- Code actions ----

  /** Puts the cursor on `needle` and opens the quick fix menu (Ctrl+.) until it offers `title`; returns its row. */
  async openQuickFixMenu(needle, title, options = {}) {
    const wanted = toRegExp(title);
    let row;
    await this.until(async () => {
      await this.clickText(needle, options);
      await this.page.keyboard.press('Control+.');
      const rows = this.page.locator('.action-widget .monaco-list-row');
      try {
        await rows.first().waitFor({ timeout: 4000 });
      } catch {
        await this.page.keyboard.press('Escape');
        return 'no code action menu';
      }
      const labels = await rows.evaluateAll((els) => els.map((el) => el.innerText.trim()));
      const index = labels.findIndex((label) => wanted.test(label));
      if (index < 0) {
        await this.page.keyboard.press('Escape');
        return `menu shows ${JSON.stringify(labels)}`;
      }
      row = rows.nth(index);
      return true;
    }, `quick fix ${wanted}`, { timeout: options.timeout ?? 30_000 });
    return row;
  }

  /**
   * Applies the quick fix titled `title` at `needle`, choosing it with the arrow keys and Enter as
   * the menu expects (it blocks pointer events while it opens).
   */
  async applyQuickFix(needle, title, options = {}) {
    const wanted = toRegExp(title);
    await this.openQuickFixMenu(needle, title, options);
    await this.until(async () => {
      const labels = await this.page.locator('.action-widget .monaco-list-row').evaluateAll((els) =>
        els.map((el) => ({ label: el.getAttribute('aria-label') || el.innerText.trim(), focused: el.classList.contains('focused') })));
      const target = labels.findIndex((row) => wanted.test(row.label));
      const focused = labels.findIndex((row) => row.focused);
      if (focused === target) return true;
      await this.page.keyboard.press(focused < target ? 'ArrowDown' : 'ArrowUp');
      return `focus on ${JSON.stringify(labels[focused]?.label)}`;
    }, `focus on the quick fix ${wanted}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.action-widget .monaco-list-row').first().waitFor({ state: 'hidden', timeout: this.timeout });
  }

  // ---- Outline ----

  /** Focuses the Outline view and waits until its rows match every pattern; returns all row labels. */
  async waitForOutline(expected, { timeout } = {}) {
    const patterns = expected.map(toRegExp);
    await this.runCommand('Explorer: Focus on Outline View');
    // The outline list only renders rows it has room for: fold the folders section away.
    const folders = this.page.locator('.pane-header[aria-label^="Explorer Section"][aria-expanded="true"]');
    if (await folders.count()) await folders.first().click();
    const rows = this.page.locator('.outline-pane .monaco-list-row');
    let labels = [];
    await this.until(async () => {
      labels = await rows.evaluateAll((els) => els.map((el) => {
        const name = el.querySelector('.label-name')?.textContent.trim() ?? el.innerText.trim();
        const detail = el.querySelector('.label-description')?.textContent.trim();
        return detail ? `${name} · ${detail}` : name;
      }));
      const missing = patterns.filter((pattern) => !labels.some((label) => pattern.test(label)));
      return missing.length === 0 || `missing ${missing.join(', ')}; rows: ${JSON.stringify(labels)}`;
    }, 'outline rows', { timeout });
    return labels;
  }

  // ---- Views opened by commands (editors, previews, webviews) ----

  /** Text shown in webviews (previews): every frame but the workbench's own. */
  async webviewText() {
    const frames = this.page.frames().filter((frame) => frame !== this.page.mainFrame());
    const texts = await Promise.all(frames.map((frame) => frame.evaluate(() => document.body?.innerText ?? '').catch(() => '')));
    return texts.join('\n');
  }

  /** Waits until a webview (a preview) shows every pattern. */
  async waitForViewText(expected, { timeout } = {}) {
    const patterns = expected.map(toRegExp);
    let text = '';
    await this.until(async () => {
      text = await this.webviewText();
      const missing = patterns.filter((pattern) => !pattern.test(text));
      return missing.length === 0 || `missing ${missing.join(', ')}`;
    }, `a view showing ${patterns.join(', ')}`, { timeout });
    return text;
  }

  // ---- Colours ----

  /** The computed colour of the token that renders `needle`. */
  async tokenColor(needle, options) {
    const position = await this.requirePosition(needle, options);
    return this.page.evaluate(({ x, y }) => {
      const element = document.elementFromPoint(x, y);
      return element ? getComputedStyle(element).color : null;
    }, position);
  }

  /** The editor's plain-text colour (the colour of tokens no grammar rule scopes). */
  async defaultForeground() {
    return this.page.locator(`${activeEditor} .view-lines`).evaluate((root) => {
      const probe = document.createElement('span');
      probe.className = 'mtk1';
      root.appendChild(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    });
  }

  async themeKind() {
    return this.page.locator('.monaco-workbench').evaluate((el) =>
      el.classList.contains('hc-black') ? 'hc-dark' : el.classList.contains('hc-light') ? 'hc-light' : el.classList.contains('vs-dark') ? 'dark' : 'light');
  }

  // ---- Output panel ----

  /**
   * Shows the output channel `name` (Output: Show Output Channels…) and returns its text once it
   * matches `expected`. The panel renders only the lines it has room for: keep what is checked near the top.
   */
  async outputChannelText(name, expected) {
    const wanted = toRegExp(expected);
    await this.runCommand('Output: Show Output Channels...');
    await this.pickQuickInputRow(null, name, { exact: true });
    let text = '';
    await this.until(async () => {
      const lines = await this.page.locator('.panel .output-view .monaco-editor .view-lines').evaluateAll((roots) => roots.flatMap((root) =>
        [...root.querySelectorAll('.view-line')]
          .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
          .map((line) => line.textContent.replace(/\u00a0/g, ' '))));
      text = lines.join('\n');
      return wanted.test(text) || `output shows ${JSON.stringify(text.slice(0, 400))}`;
    }, `output channel "${name}" matching ${wanted}`);
    return text;
  }

  // ---- Status bar ----

  /** The texts of the status bar's items, as shown (codicons render no text). */
  async statusBarTexts() {
    return this.page.locator('.statusbar .statusbar-item').evaluateAll((els) => els.map((el) => el.innerText.replace(/\s+/g, ' ').trim()).filter(Boolean));
  }

  /** Waits until a status bar item's text matches and returns that text. */
  async waitForStatusBarItem(expected) {
    const wanted = toRegExp(expected);
    let found;
    await this.until(async () => {
      const texts = await this.statusBarTexts();
      found = texts.find((text) => wanted.test(text));
      return found !== undefined || `status bar items ${JSON.stringify(texts)}`;
    }, `a status bar item ${wanted}`);
    return found;
  }

  /** The webview frame that holds `selector` (webviews nest their page in an inner frame). */
  async webviewFrame(selector) {
    let found;
    await this.until(async () => {
      for (const frame of this.page.frames()) {
        if (frame === this.page.mainFrame()) continue;
        if (await frame.locator(selector).count().catch(() => 0)) {
          found = frame;
          return true;
        }
      }
      return `no webview shows ${selector}`;
    }, `a webview with ${selector}`);
    return found;
  }

  // ---- Utilities ----

  /** Polls `check` (true or a reason string) until true; fails with the last reason. */
  async until(check, what, { timeout = this.timeout, interval = 250 } = {}) {
    const deadline = Date.now() + timeout;
    let reason = '';
    for (;;) {
      const result = await check();
      if (result === true) return;
      reason = result;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000}s waiting for ${what}: ${reason}`);
      await this.page.waitForTimeout(interval);
    }
  }

  async screenshot(path, options = {}) {
    await this.page.screenshot({ path, ...options });
  }
}
