// The CLI run in-process (an io that keeps what it prints), or as the built `dist/cli.js` in
// a process of its own, for tests of what a user reads.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { REPO_ROOT } from './action-harness.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

export interface Printed {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one `wflo` command line in `cwd` with `env`, keeping stdout and stderr apart. */
export async function wfloIn(
  cwd: string,
  env: Record<string, string | undefined>,
  args: string[],
): Promise<Printed> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    cwd,
    env,
    onInterrupt: () => () => undefined,
    forceExit: () => undefined,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

/** The same through `node dist/cli.js` in a process of its own (code -1: ended by a signal). */
export function wfloDist(
  cwd: string,
  env: Record<string, string | undefined>,
  args: string[],
): Promise<Printed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
