/** Runs the built CLI (dist/cli.js) as a user would, for the CLI tests. */
import { spawnSync } from 'node:child_process';

/** Generous for a busy two-core machine; a CLI that hangs fails its test instead of the run. */
export const cliTimeoutMs = 30_000;

export function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', timeout: cliTimeoutMs });
  if (r.error) {
    const why = (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `did not finish within ${cliTimeoutMs} ms` : `failed to run: ${r.error.message}`;
    throw new Error(`smtp-codes ${args.join(' ')} ${why}\n${r.stderr ?? ''}`);
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
