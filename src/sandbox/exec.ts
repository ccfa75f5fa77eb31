// A container kept running for a whole step, with commands exec'd into it one at a time
// (the agent kind's tools): an exec costs tens of milliseconds, a container start far more.
// The container is created from the same hardened options as any other (hardening.ts).
import { PassThrough } from 'node:stream';
import type Docker from 'dockerode';
import { CappedSink, TailSink } from './capped-sink.js';
import type { Heartbeat } from './engine-deadline.js';
import { dockerErrorText, engineCall } from './engine-call.js';
import { toCreateOptions } from './hardening.js';
import {
  ContainerRuntimeError,
  type ArchiveIn,
  type CapturedStream,
  type ContainerSpec,
} from './runtime.js';

export interface ExecOptions {
  signal?: AbortSignal;
  /** After this the command's process is killed and the result says `timedOut`. */
  timeoutMs: number;
  /** Per-stream cap on what is kept; the rest is counted and dropped. */
  capBytes: number;
}

export interface ExecResult {
  exitCode: number;
  timedOut: boolean;
  stdout: CapturedStream;
  stderr: CapturedStream;
  durationMs: number;
}

export interface SpawnOptions {
  /** Added to the container's environment for this command only. */
  env?: Record<string, string>;
  /** How many of the last bytes of its stderr are kept. */
  stderrTailBytes: number;
}

/** A command left running in the kept container, its stdin and stdout open (an MCP server). */
export interface ExecProcess {
  readonly stdin: NodeJS.WritableStream;
  /** Its stdout as it comes; ends when the command's output ends. */
  readonly stdout: NodeJS.ReadableStream;
  /** The last bytes it wrote to stderr, as text. */
  stderrTail(): string;
  /** Settles when its output ends: it exited, was killed, or the container went away. */
  readonly ended: Promise<void>;
  /** Its exit code once it ended; undefined when killed or not known. */
  exitCode(): Promise<number | undefined>;
  /** Kills it and everything it started (as a timed-out exec is killed); safe to call twice. */
  kill(): Promise<void>;
}

export interface KeptContainer {
  readonly id: string;
  /** Runs `cmd` inside the running container, as its user, in its working directory. */
  exec(cmd: string[], options: ExecOptions): Promise<ExecResult>;
  /** Starts `cmd` like exec, and leaves it running with its stdin open. */
  spawn?(cmd: string[], options: SpawnOptions): Promise<ExecProcess>;
  /** A tar of `path` as it is now (entries named after its last component). */
  getArchive(path: string, signal?: AbortSignal): Promise<NodeJS.ReadableStream>;
  /** Kills and removes the container; safe to call twice. */
  remove(): Promise<void>;
}

export interface StartContainerOptions {
  signal: AbortSignal;
  /** Put in once it runs: a tmpfs volume keeps what it is given only while mounted. */
  archivesIn?: ArchiveIn[];
}

/** Keeps the container alive until removed; `Init` (tini) reaps what exec'd commands leave. */
export const KEEP_ALIVE_CMD = ['sh', '-c', 'while :; do sleep 3600; done'];

/** The environment mark each exec'd command and all its descendants carry. */
const EXEC_MARK = 'WFLO_EXEC';

/** Where an exec'd command records its pid, so a timeout can kill it. */
const PID_DIR = '/tmp';

/** Creates, fills and starts a container running `spec.cmd` (usually KEEP_ALIVE_CMD). */
export async function startKeptContainer(
  docker: Docker,
  spec: ContainerSpec,
  options: StartContainerOptions,
  heartbeat?: (what: string) => Heartbeat,
): Promise<KeptContainer> {
  options.signal.throwIfAborted();
  // Not cut short by a cancel: an aborted create may still create, after nobody is left to
  // remove it. The caller answers the cancel at once (returnOnCancel); this goes on to remove.
  const container = await engineCall('create the container', () =>
    docker.createContainer(toCreateOptions(spec)),
  );
  let removed: Promise<void> | undefined;
  const remove = () =>
    (removed ??= container.remove({ force: true, v: false }).then(
      () => undefined,
      (error: unknown) => {
        const status = (error as { statusCode?: unknown } | null)?.statusCode;
        if (status !== 404 && status !== 409)
          throw new ContainerRuntimeError(
            `Docker could not remove the container: ${dockerErrorText(error)}`,
            { cause: error },
          );
      },
    ));
  try {
    options.signal.throwIfAborted();
    await engineCall('start the container', () => container.start({ abortSignal: options.signal }));
    for (const archive of options.archivesIn ?? []) {
      options.signal.throwIfAborted();
      await engineCall(`copy files into ${archive.path}`, () =>
        container.putArchive(archive.tar, { path: archive.path, abortSignal: options.signal }),
      );
    }
  } catch (error) {
    await remove().catch(() => undefined);
    throw error;
  }

  let counter = 0;
  const exec = (cmd: string[], opts: ExecOptions) =>
    execIn(container, `${process.pid}-${++counter}`, cmd, opts, heartbeat);
  const spawn = (cmd: string[], opts: SpawnOptions) =>
    spawnIn(container, `${process.pid}-${++counter}`, cmd, opts);

  return {
    id: container.id,
    exec,
    spawn,
    getArchive: (path, signal) =>
      engineCall(`read ${path} from the container`, () =>
        container.getArchive({ path, ...(signal ? { abortSignal: signal } : {}) }),
      ),
    remove,
  };
}

/** Runs one command in a kept container; a timeout or an abort kills it and all it started. */
async function execIn(
  container: Docker.Container,
  tag: string,
  cmd: string[],
  opts: ExecOptions,
  heartbeat: ((what: string) => Heartbeat) | undefined,
): Promise<ExecResult> {
  const pidFile = `${PID_DIR}/.wflo-exec-${tag}`;
  // Records its pid, then becomes the command. Every process it starts inherits the mark,
  // `setsid` children included, so a timeout finds and kills all of them.
  const wrapped = ['sh', '-c', 'echo $$ > "$0"; exec "$@"', pidFile, ...cmd];
  const mark = `${EXEC_MARK}=${tag}`;
  const calls = new AbortController();
  const started = Date.now();
  const stdout = new CappedSink(opts.capBytes);
  const stderr = new CappedSink(opts.capBytes);
  stdout.on('error', () => undefined);
  stderr.on('error', () => undefined);
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  let beat: Heartbeat | undefined;
  const onAbort = () => calls.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    opts.signal?.throwIfAborted();
    const handle = await engineCall('start a command in the container', () =>
      container.exec({
        Cmd: wrapped,
        Env: [mark],
        AttachStdin: false,
        AttachStdout: true,
        AttachStderr: true,
        Tty: false,
        abortSignal: calls.signal,
      }),
    );
    const stream = await engineCall('start a command in the container', () =>
      handle.start({ hijack: true, stdin: false, abortSignal: calls.signal }),
    );
    container.modem.demuxStream(stream, stdout, stderr);
    const finished = streamEnded(stream);
    const expired = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        timedOut = true;
        resolve();
      }, opts.timeoutMs);
    });
    const aborted = new Promise<void>((resolve) => {
      if (calls.signal.aborted) resolve();
      calls.signal.addEventListener('abort', () => resolve(), { once: true });
    });
    beat = heartbeat?.('while a command ran in the container');
    await Promise.race([finished, expired, aborted, ...(beat ? [beat.lost] : [])]);
    if (timedOut || calls.signal.aborted) {
      stream.destroy();
      await killRecorded(container, pidFile, mark);
      if (calls.signal.aborted) throw opts.signal?.reason ?? new Error('aborted');
    }
    const info = timedOut
      ? undefined
      : await engineCall('read a command’s exit code', () => handle.inspect());
    return {
      exitCode: info?.ExitCode ?? -1,
      timedOut,
      stdout: stdout.captured(),
      stderr: stderr.captured(),
      durationMs: Date.now() - started,
    };
  } finally {
    beat?.stop();
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
    calls.abort();
    stdout.end();
    stderr.end();
  }
}

/**
 * Starts a long-lived command (an MCP server) in a kept container, its stdin and stdout open
 * for the caller; it carries the same mark as any exec, so `kill` ends it and all it started.
 */
async function spawnIn(
  container: Docker.Container,
  tag: string,
  cmd: string[],
  opts: SpawnOptions,
): Promise<ExecProcess> {
  const pidFile = `${PID_DIR}/.wflo-exec-${tag}`;
  const wrapped = ['sh', '-c', 'echo $$ > "$0"; exec "$@"', pidFile, ...cmd];
  const mark = `${EXEC_MARK}=${tag}`;
  const env = Object.entries(opts.env ?? {})
    .filter(([name]) => name !== EXEC_MARK)
    .map(([name, value]) => `${name}=${value}`);
  const handle = await engineCall('start a command in the container', () =>
    container.exec({
      Cmd: wrapped,
      Env: [...env, mark],
      AttachStdin: true,
      AttachStdout: true,
      AttachStderr: true,
      Tty: false,
    }),
  );
  const stream = await engineCall('start a command in the container', () =>
    handle.start({ hijack: true, stdin: true }),
  );
  // A write after the command died must not become an uncaught error.
  stream.on('error', () => undefined);
  const stdout = new PassThrough();
  const stderr = new TailSink(opts.stderrTailBytes);
  container.modem.demuxStream(stream, stdout, stderr);
  const ended = streamEnded(stream).then(
    // Settles once what the command wrote last has reached both sinks (its last words).
    () =>
      new Promise<void>((resolve) => {
        stdout.end();
        stderr.end(() => resolve());
      }),
  );
  let killed: Promise<void> | undefined;
  return {
    stdin: stream,
    stdout,
    stderrTail: () => stderr.text(),
    ended,
    exitCode: async () => {
      // The engine may take a moment to see the exit after the stream ended.
      for (let tries = 0; tries < 20 && !killed; tries++) {
        const info = await handle.inspect().catch(() => undefined);
        if (!info) return undefined;
        if (!info.Running) return info.ExitCode ?? undefined;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return undefined;
    },
    kill: () =>
      (killed ??= killRecorded(container, pidFile, mark).then(() => {
        stream.destroy();
      })),
  };
}

/**
 * Kills the recorded process, its group, and every process carrying the command's mark
 * (those that left the group or session with `setsid`); a few passes catch what was being
 * forked meanwhile. Runs as the container's own non-root user; quiet if all are gone.
 */
async function killRecorded(
  container: Docker.Container,
  pidFile: string,
  mark: string,
): Promise<void> {
  const script = [
    'p=$(cat "$0" 2>/dev/null) && { kill -KILL -"$p" 2>/dev/null; kill -KILL "$p" 2>/dev/null; }',
    'for pass in 1 2 3; do for d in /proc/[0-9]*; do',
    '  [ "${d#/proc/}" = $$ ] && continue',
    '  tr "\\000" "\\n" < "$d/environ" 2>/dev/null | grep -qx "$1" && kill -KILL "${d#/proc/}" 2>/dev/null',
    'done; done',
    'rm -f "$0"; exit 0',
  ].join('\n');
  try {
    const handle = await container.exec({
      Cmd: ['sh', '-c', script, pidFile, mark],
      AttachStdout: true,
      AttachStderr: true,
    });
    const stream = await handle.start({ hijack: true, stdin: false });
    stream.resume();
    await streamEnded(stream);
  } catch {
    // The container itself may be gone; nothing is left to kill then.
  }
}

/** Resolves when the stream ends, closes or errors. */
export function streamEnded(stream: NodeJS.ReadableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    stream.once('end', done);
    stream.once('close', done);
    stream.once('error', done);
  });
}
