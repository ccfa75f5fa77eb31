// The `shell` kind: a command on the runner itself, for trusted glue (DESIGN.md §2).
// It sees only the env the step declares plus a minimal base, never the runner's secrets.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { constants } from 'node:os';
import { join } from 'node:path';
import {
  EnvironmentError,
  STOP_GRACE_MS,
  StepTimeoutError,
  type StepContext,
  type StepKind,
  type StepOutcome,
} from '../engine/types.js';
import type { JsonObject } from '../workflow/model.js';
import {
  CappedCapture,
  commandOutputs,
  OutputFileError,
  parseOutputFile,
  type CommandOutputs,
} from './command-output.js';

const SHELLS: Record<string, readonly string[]> = {
  bash: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c'],
  sh: ['sh', '-e', '-c'],
};

const REPORTED_KEYS: readonly (keyof CommandOutputs)[] = [
  'exit_code',
  'stdout',
  'stderr',
  'truncated',
  'stdout_bytes',
  'stderr_bytes',
  'timed_out',
  'duration_ms',
];

export const shellKind: StepKind = {
  kind: 'shell',
  literalKeys: ['run'],
  // Trusted glue on the runner: with the runner's tools (git, gh) it can do anything.
  reach: () => ({
    readsCheckout: true,
    changesCheckout: true,
    runsOnRunner: true,
    writesGitHub: true,
  }),
  run: runShell,
};

async function runShell(ctx: StepContext): Promise<StepOutcome> {
  const { config, step, log } = ctx;
  const command = typeof config.run === 'string' ? config.run : '';
  const shellName = typeof config.shell === 'string' ? config.shell : 'bash';
  const shell = SHELLS[shellName];
  if (!shell) {
    return {
      status: 'failed',
      outputs: {},
      error: `shell '${shellName}' is not supported (use bash or sh)`,
    };
  }
  const [program, ...args] = shell;
  if (!program) throw new Error('empty shell table entry');

  const scratch = join(ctx.run.tempDir, 'steps', step.id, `attempt-${ctx.attempt}`);
  await mkdir(join(scratch, 'tmp'), { recursive: true });
  const outputFile = join(scratch, 'wflo-output.json');
  await writeFile(outputFile, '');

  const env = commandEnv(ctx, scratch, outputFile);
  const stdout = new CappedCapture();
  const stderr = new CappedCapture();
  const started = ctx.clock.now();

  const exit = await new Promise<{ code: number | null; error?: Error }>((resolve) => {
    const child = spawn(program, [...args, command], {
      cwd: ctx.run.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a timeout or cancel stops the whole tree, not just the shell.
      detached: true,
    });
    let killTimer: NodeJS.Timeout | undefined;
    const stop = () => {
      signalGroup(child.pid, 'SIGTERM');
      killTimer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), STOP_GRACE_MS);
    };
    ctx.signal.addEventListener('abort', stop, { once: true });
    child.stdout.on('data', (chunk: Buffer) => stdout.write(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.write(chunk));
    child.on('error', (error) => {
      ctx.signal.removeEventListener('abort', stop);
      resolve({ code: null, error });
    });
    child.on('close', (code, signal) => {
      ctx.signal.removeEventListener('abort', stop);
      if (killTimer) clearTimeout(killTimer);
      // A leftover grandchild may still hold the group; it goes with the step.
      signalGroup(child.pid, 'SIGKILL');
      resolve({ code: code ?? (signal ? 128 + constants.signals[signal] : null) });
    });
    if (ctx.signal.aborted) stop();
  });

  const timedOut = ctx.signal.aborted && ctx.signal.reason instanceof StepTimeoutError;
  const outputs: JsonObject = {
    ...commandOutputs({
      exitCode: exit.code,
      stdout,
      stderr,
      timedOut,
      durationMs: ctx.clock.now() - started,
    }),
  };
  try {
    // The runner cannot start its own shell: the environment, not the command, failed.
    if (exit.error)
      throw new EnvironmentError(`the shell could not start (${exit.error.message})`, 'runner', {
        cause: exit.error,
      });
    if (stdout.truncated || stderr.truncated) {
      log.warn(
        `output was capped: ${stdout.totalBytes} bytes on stdout, ${stderr.totalBytes} on stderr`,
      );
    }
    let extra: JsonObject = {};
    try {
      extra = parseOutputFile(await readFile(outputFile), REPORTED_KEYS);
    } catch (error) {
      if (error instanceof OutputFileError)
        return { status: 'failed', outputs, error: error.message };
      throw error;
    }
    const all = { ...extra, ...outputs };
    if (timedOut) return { status: 'failed', outputs: all, error: 'the command timed out' };
    if (exit.code !== 0) {
      return {
        status: 'failed',
        outputs: all,
        error: `the command exited with code ${exit.code ?? 'unknown'}`,
      };
    }
    return { status: 'succeeded', outputs: all };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Only what the step declares, plus what a shell needs to find programs and write temp files. */
function commandEnv(ctx: StepContext, scratch: string, outputFile: string): Record<string, string> {
  const host = ctx.services.hostEnv;
  const env: Record<string, string> = {
    PATH: host.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOME: host.HOME ?? scratch,
    LANG: host.LANG ?? 'C.UTF-8',
    TMPDIR: join(scratch, 'tmp'),
    CI: 'true',
    WFLO_OUTPUT: outputFile,
    WFLO_RUN_ID: ctx.run.id,
    WFLO_STEP_ID: ctx.step.id,
  };
  const declared = ctx.config.env;
  if (declared && typeof declared === 'object' && !Array.isArray(declared)) {
    const named: Record<string, string> = {};
    for (const [name, value] of Object.entries(declared)) {
      named[name] = value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
    }
    Object.assign(env, named);
  }
  return env;
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}
