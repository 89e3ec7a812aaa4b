// The four reply classes must look different from each other and from plain
// text in the default themes. Colours are resolved by vscode-textmate itself
// from copies of VS Code's theme files (test/grammar/vendor/).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as vsctm from 'vscode-textmate';
import { createRegistry, loadTheme } from './grammarHarness';

/** Foreground colour of each token of `line` in `theme`. */
async function colours(theme: vsctm.IRawTheme, scopeName: string, line: string) {
  const registry = createRegistry(true, theme);
  const grammar = (await registry.loadGrammar(scopeName))!;
  const colorMap = registry.getColorMap();
  const r = grammar.tokenizeLine2(line, vsctm.INITIAL);
  const result: { text: string; colour: string }[] = [];
  for (let i = 0; i < r.tokens.length; i += 2) {
    const start = r.tokens[i];
    const end = i + 2 < r.tokens.length ? r.tokens[i + 2] : line.length;
    const fg = (r.tokens[i + 1] >>> 15) & 0x1ff;
    result.push({ text: line.slice(start, end), colour: colorMap[fg].toUpperCase() });
  }
  return { tokens: result, defaultColour: colorMap[1].toUpperCase() };
}

const themes = ['dark_plus.json', 'light_plus.json', 'dark_modern.json', 'light_modern.json', 'hc_black.json'];

for (const file of themes) {
  test(`theme ${file}: reply classes have four distinct colours, unlike plain text`, async () => {
    const theme = loadTheme(file);
    const byClass: Record<string, string> = {};
    for (const [cls, line, code] of [
      ['success', 'S: 250 2.0.0 OK', '250'],
      ['intermediate', 'S: 354 Go ahead', '354'],
      ['transient', 'S: 451 4.3.0 Try later', '451'],
      ['permanent', 'S: 550 5.1.1 No such user', '550'],
    ]) {
      const { tokens, defaultColour } = await colours(theme, 'source.smtp', line);
      const token = tokens.find((t) => t.text === code)!;
      assert.ok(token, `${code} is a token`);
      assert.notEqual(token.colour, defaultColour, `${cls} code ${code} must not look like plain text in ${file}`);
      const text = tokens.find((t) => t.text.includes('No such') || t.text.includes('Go ahead') || t.text.includes('Try') || t.text.includes('OK'))!;
      assert.equal(text.colour, defaultColour, `reply text stays plain in ${file}`);
      byClass[cls] = token.colour;
    }
    assert.equal(new Set(Object.values(byClass)).size, 4, `four distinct colours in ${file}: ${JSON.stringify(byClass)}`);
    // Enhanced codes share their class colour; commands look like keywords and differ from plain text.
    const enh = await colours(theme, 'source.smtp', 'S: 550 5.1.1 x');
    assert.equal(enh.tokens.find((t) => t.text === '5.1.1')!.colour, byClass.permanent);
    const cmd = await colours(theme, 'source.smtp', 'C: RCPT TO:<a@b.example>');
    assert.notEqual(cmd.tokens.find((t) => t.text === 'RCPT')!.colour, cmd.defaultColour, `commands are coloured in ${file}`);
  });

  test(`theme ${file}: the same class colours in mail logs, bounces, configs and the log injection`, async () => {
    const theme = loadTheme(file);
    const smtp = await colours(theme, 'source.smtp', 'S: 550 5.1.1 x');
    const permanent = smtp.tokens.find((t) => t.text === '550')!.colour;
    for (const [scope, line] of [
      ['text.mail-log', 'Jan  2 10:11:11 mail postfix/smtp[1]: ABC123: to=<a@b.example>, dsn=5.1.1, status=bounced (host x[192.0.2.1] said: 550 5.1.1 no)'],
      ['text.eml', 'Diagnostic-Code: smtp; 550 5.1.1 no'],
      ['source.postfix-main', 'unknown_local_recipient_reject_code = 550'],
      ['source.postfix-lookup', 'example.biz  550 5.7.1 no'],
      ['text.log', '2024-01-02 10:11:12 ERROR host said: 550 5.1.1 no'],
    ]) {
      const { tokens } = await colours(theme, scope, line);
      const token = tokens.find((t) => t.text === '550');
      assert.ok(token, `${scope}: 550 is a token`);
      assert.equal(token.colour, permanent, `${scope}: 550 has the permanent colour in ${file}`);
    }
  });
}
