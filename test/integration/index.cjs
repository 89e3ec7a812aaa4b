// Mocha runner loaded by VS Code's extension host (`--extensionTestsPath`), in VS Code through
// @vscode/test-electron or in code-server's extension host. When SMTP_CODES_TEST_RESULTS names a
// file, each result is also appended there as a JSON line, for a launcher that cannot see this
// process's output (code-server).
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

function resultWriter() {
  const file = process.env.SMTP_CODES_TEST_RESULTS;
  if (!file) return () => {};
  return (record) => fs.appendFileSync(file, JSON.stringify(record) + '\n');
}

function run() {
  const write = resultWriter();
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const suiteDir = path.join(__dirname, 'suite');
  for (const file of fs.readdirSync(suiteDir).filter((name) => name.endsWith('.test.cjs')).sort()) {
    mocha.addFile(path.join(suiteDir, file));
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        write({ event: 'end', failures, passes: runner.stats?.passes ?? 0, tests: runner.stats?.tests ?? 0 });
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
      runner.on('pass', (test) => write({ event: 'pass', title: test.fullTitle(), duration: test.duration }));
      runner.on('fail', (test, error) => write({ event: 'fail', title: test.fullTitle(), error: String(error?.stack ?? error) }));
    } catch (error) {
      write({ event: 'end', failures: 1, passes: 0, tests: 0, error: String(error?.stack ?? error) });
      reject(error);
    }
  });
}

module.exports = { run };
