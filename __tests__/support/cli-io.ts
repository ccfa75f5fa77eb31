// The CLI run in-process: an io that keeps what it prints, for tests of what a user reads.
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';

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
