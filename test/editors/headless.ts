/** Runs an editor headless on a driver script and returns what the driver wrote to its result file. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * `command args…` with `env`, killed after `timeoutMs`; fails the test with the editor's stderr if it
 * hung, could not start or exited non-zero, else parses the JSON the driver wrote to `out`.
 */
export function runHeadless(command: string, args: string[], { cwd, env, timeoutMs, out }: { cwd?: string; env: NodeJS.ProcessEnv; timeoutMs: number; out: string }) {
  const run = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs, encoding: 'utf8' });
  if (run.error) {
    assert.fail(`${command}: ${(run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `did not finish within ${timeoutMs} ms` : run.error.message}\n${run.stderr}`);
  }
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(readFileSync(out, 'utf8'));
}
