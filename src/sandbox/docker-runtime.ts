import Docker from 'dockerode';
import { PassThrough } from 'node:stream';
import { CappedSink } from './capped-sink.js';
import {
  dockerTimeoutMs,
  engineHeartbeat,
  withDeadlines,
  type Heartbeat,
} from './engine-deadline.js';
import { dockerErrorText, engineCall } from './engine-call.js';
import { startKeptContainer, streamEnded } from './exec.js';
import { pullProgress, type PullEvent } from './pull-progress.js';
import { toCreateOptions } from './hardening.js';
import { readBack, ReadBackTimeoutError } from './read-back.js';
import {
  ContainerRuntimeError,
  type ArchiveIn,
  type ContainerResult,
  type ContainerRuntime,
  type ContainerSpec,
  type ImageInfo,
  type Labels,
  type RunContainerOptions,
  type RuntimeResource,
} from './runtime.js';

export interface DockerRuntimeOptions {
  /** `unix:///path`, `tcp://host:port` or `http://host:port`; defaults to DOCKER_HOST, then the local socket. */
  dockerHost?: string;
  /** Deadline of one engine call; defaults to WFLO_DOCKER_TIMEOUT (engine-deadline.ts). */
  timeoutMs?: number;
}

function timeoutOrError(env: Record<string, string | undefined>): number | Error {
  try {
    return dockerTimeoutMs(env);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** How long to wait for the attach stream to end once the container has exited. */
const DRAIN_AFTER_EXIT_MS = 2_000;

function clientOptions(dockerHost: string | undefined): Docker.DockerOptions {
  if (!dockerHost) return {};
  if (dockerHost.startsWith('unix://')) return { socketPath: dockerHost.slice('unix://'.length) };
  const url = new URL(dockerHost.replace(/^tcp:/, 'http:'));
  return { host: url.hostname, port: Number(url.port || 2375), protocol: 'http' };
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

function labelFilter(labels: string[]): string {
  return JSON.stringify({ label: labels });
}

/**
 * Copies each archive into the container. A stream that fails (its producer refused what it
 * read) ends the upload with its own error, told to `onArchiveError`; without this the engine
 * waits for the rest of the body until its deadline.
 */
async function putArchives(
  container: Docker.Container,
  archives: readonly ArchiveIn[],
  abortSignal: AbortSignal,
  onArchiveError: (error: Error) => void,
): Promise<void> {
  for (const archive of archives) {
    const failedIn = new AbortController();
    const onError = (error: Error) => {
      onArchiveError(error);
      failedIn.abort(error);
    };
    if (!Buffer.isBuffer(archive.tar)) archive.tar.once('error', onError);
    try {
      await container.putArchive(archive.tar, {
        path: archive.path,
        abortSignal: AbortSignal.any([abortSignal, failedIn.signal]),
      });
    } catch (error) {
      throw failedIn.signal.aborted ? failedIn.signal.reason : error;
    } finally {
      if (!Buffer.isBuffer(archive.tar)) archive.tar.removeListener('error', onError);
    }
  }
}

/** Lets the attach stream end (at most DRAIN_AFTER_EXIT_MS after the exit), then closes the sinks. */
async function drain(
  ended: Promise<void>,
  stream: NodeJS.ReadWriteStream,
  stdout: CappedSink,
  stderr: CappedSink,
): Promise<void> {
  await Promise.race([ended, new Promise((r) => setTimeout(r, DRAIN_AFTER_EXIT_MS).unref())]);
  (stream as PassThrough).destroy?.();
  stdout.end();
  stderr.end();
}

/**
 * The exited container's state and exit code. The exit and the OOM event race inside the
 * engine (kubernetes-sigs/cri-tools#1907): a SIGKILL we did not send (`unexplained()`) gets a
 * few more looks before we say it was not memory.
 */
async function inspectExited(
  container: Docker.Container,
  abortSignal: AbortSignal,
  waited: { StatusCode?: number },
  unexplained: () => boolean,
): Promise<{ info: Docker.ContainerInspectInfo; exitCode: number }> {
  let info = await container.inspect({ abortSignal });
  const exitCode = info.State.ExitCode ?? waited.StatusCode ?? -1;
  for (
    let look = 0;
    look < 5 && exitCode === 137 && !info.State.OOMKilled && unexplained();
    look++
  ) {
    await new Promise((r) => setTimeout(r, 100));
    info = await container.inspect({ abortSignal });
  }
  return { info, exitCode };
}

/**
 * Reads each archive back out of the exited container. A cancel or the step's timeout stops
 * the read-back at once; so does a lost engine (via `abortSignal`, aborted when the run of the
 * container ends). Its own deadline bounds what a step leaves behind.
 */
async function readArchivesOut(
  container: Docker.Container,
  opts: RunContainerOptions,
  abortSignal: AbortSignal,
  engineLost: Promise<never>,
): Promise<'read' | 'cancelled' | 'timed_out'> {
  const reading = AbortSignal.any(
    [opts.signal, opts.stopSignal, abortSignal].filter((s) => s !== undefined),
  );
  for (const archive of opts.archivesOut ?? []) {
    try {
      await Promise.race([
        readBack(
          (signal) => container.getArchive({ path: archive.path, abortSignal: signal }),
          (tar, signal) => archive.read(tar, signal),
          { path: archive.path, signal: reading, deadlineMs: opts.readBackMs },
        ),
        engineLost,
      ]);
    } catch (error) {
      if (opts.signal.aborted) return 'cancelled';
      if (!opts.stopSignal?.aborted) throw error;
      return 'timed_out';
    }
  }
  return 'read';
}

/** Removes a container; one already gone (404) or being removed (409) is what we want. */
async function removeQuietly(container: Docker.Container): Promise<void> {
  try {
    await container.remove({ force: true, v: false });
  } catch (error) {
    const status = statusOf(error);
    if (status !== 404 && status !== 409) throw error;
  }
}

/** One container from create to removal: archives in, attach, start, wait, archives out. */
async function runOneContainer(
  docker: Docker,
  heartbeat: (what: string) => Heartbeat,
  spec: ContainerSpec,
  opts: RunContainerOptions,
): Promise<ContainerResult> {
  if (opts.signal.aborted) {
    return cancelledResult();
  }
  // Lifecycle calls use their own controller: the caller's signal means "kill", not "hang up".
  const calls = new AbortController();
  const abortSignal = calls.signal;
  let container: Docker.Container;
  try {
    container = await docker.createContainer({ ...toCreateOptions(spec), abortSignal });
  } catch (error) {
    throw new ContainerRuntimeError(
      `Docker could not create the container: ${dockerErrorText(error)}`,
      { cause: error },
    );
  }
  const stdout = new CappedSink(opts.stdoutCapBytes);
  const stderr = new CappedSink(opts.stderrCapBytes);
  // A late chunk after we ended the sinks must not crash the runner ("write after end").
  stdout.on('error', () => undefined);
  stderr.on('error', () => undefined);
  let timedOut = false;
  let cancelled = false;
  let timer: NodeJS.Timeout | undefined;
  const onAbort = () => {
    cancelled = true;
    container.kill({ signal: 'SIGKILL' }).catch(() => undefined);
  };
  let stopping = false;
  const onTimeout = () => {
    if (stopping) return;
    stopping = true;
    timedOut = true;
    // Docker sends SIGTERM, then SIGKILL after t seconds.
    container.stop({ t: Math.ceil(opts.graceMs / 1000) }).catch(() => undefined);
  };
  let failed = false;
  let archiveError: Error | undefined;
  let beat: Heartbeat | undefined;
  try {
    await putArchives(container, opts.archivesIn ?? [], abortSignal, (error) => {
      archiveError = error;
    });
    const stream = await container.attach({
      stream: true,
      stdout: true,
      stderr: true,
      abortSignal,
    });
    // Listened for now: the stream may end before wait() resolves.
    const streamEnd = streamEnded(stream);
    container.modem.demuxStream(stream, stdout, stderr);
    // Registered before start, so an instant exit is never missed.
    const exited = container.wait({ condition: 'next-exit', abortSignal });
    exited.catch(() => undefined);
    opts.signal.addEventListener('abort', onAbort, { once: true });
    // Cancelled while the archives went in: never start it.
    if (opts.signal.aborted) return cancelledResult();
    const started = Date.now();
    try {
      await container.start({ abortSignal });
    } catch (error) {
      throw new ContainerRuntimeError(
        `Docker could not start the container: ${dockerErrorText(error)}`,
        { cause: error },
      );
    }
    if (opts.signal.aborted) onAbort();
    if (opts.timeoutMs !== undefined) timer = setTimeout(onTimeout, opts.timeoutMs);
    if (opts.stopSignal?.aborted) onTimeout();
    opts.stopSignal?.addEventListener('abort', onTimeout, { once: true });
    beat = heartbeat('while the container ran');
    const waited = (await Promise.race([exited, beat.lost])) as { StatusCode?: number };
    const durationMs = Date.now() - started;
    clearTimeout(timer);
    await drain(streamEnd, stream, stdout, stderr);
    const { info, exitCode } = await inspectExited(
      container,
      abortSignal,
      waited,
      () => !timedOut && !cancelled,
    );
    const readOut = await readArchivesOut(container, opts, abortSignal, beat.lost);
    if (readOut === 'cancelled') return cancelledResult();
    // The step's time ran out while reading: what was not read is dropped.
    if (readOut === 'timed_out') timedOut = true;
    return {
      exitCode,
      timedOut: timedOut && !cancelled,
      cancelled,
      // OOMKilled sticks to the container when any process hit the limit: only exit 137 means the main one.
      oomKilled: info.State.OOMKilled === true && exitCode === 137,
      stdout: stdout.captured(),
      stderr: stderr.captured(),
      durationMs,
    };
  } catch (error) {
    failed = true;
    if (
      error instanceof ContainerRuntimeError ||
      error instanceof ReadBackTimeoutError ||
      (archiveError !== undefined && error === archiveError)
    )
      throw error;
    throw new ContainerRuntimeError(
      `Docker failed while running the container: ${dockerErrorText(error)}`,
      {
        cause: error,
      },
    );
  } finally {
    beat?.stop();
    clearTimeout(timer);
    opts.signal.removeEventListener('abort', onAbort);
    opts.stopSignal?.removeEventListener('abort', onTimeout);
    calls.abort();
    // A removal failure must not hide the failure that got us here (e.g. the daemon went away).
    await removeQuietly(container).catch((error: unknown) => {
      if (!failed)
        throw new ContainerRuntimeError(
          `Docker could not remove the container: ${dockerErrorText(error)}`,
          { cause: error },
        );
    });
  }
}

/** Pulls `image`, a line per layer state change and throttled byte progress to `onProgress`. */
async function pullImageWith(
  docker: Docker,
  image: string,
  onProgress: (line: string, live?: boolean) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  let stream: NodeJS.ReadableStream;
  try {
    stream = await docker.pull(image, { abortSignal: signal });
  } catch (error) {
    throw new ContainerRuntimeError(
      `Docker could not pull image ${image}: ${dockerErrorText(error)}`,
      { cause: error },
    );
  }
  const bytes = pullProgress(image, (line) => onProgress(line, true));
  await new Promise<void>((resolve, reject) => {
    let lastStatus = '';
    docker.modem.followProgress(
      stream,
      (error: Error | null, events: Array<{ error?: string }>) => {
        const failed = error?.message ?? events.find((e) => e.error)?.error;
        if (failed)
          reject(new ContainerRuntimeError(`Docker could not pull image ${image}: ${failed}`));
        else {
          bytes.end();
          resolve();
        }
      },
      (event: PullEvent) => {
        bytes.event(event);
        // One line per layer state change, not per progress tick.
        const line = [event.id, event.status].filter(Boolean).join(': ');
        if (line && line !== lastStatus) {
          lastStatus = line;
          onProgress(line);
        }
      },
    );
  });
}

/** The dockerode adapter: per-call abort signals, never a client-wide timeout (TESTING.md). */
export function createDockerRuntime(options: DockerRuntimeOptions = {}): ContainerRuntime {
  const deadlineMs = options.timeoutMs ?? timeoutOrError(process.env);
  const docker = withDeadlines(
    new Docker(clientOptions(options.dockerHost ?? process.env.DOCKER_HOST)),
    deadlineMs,
  );
  const heartbeat = (what: string) =>
    engineHeartbeat(docker, deadlineMs instanceof Error ? 1 : deadlineMs, what);

  return {
    async ping(signal) {
      // The types omit the options dockerode accepts here.
      await engineCall('be reached', () =>
        (docker.ping as (o: { abortSignal?: AbortSignal }) => Promise<unknown>).call(docker, {
          abortSignal: signal,
        }),
      );
    },

    async runtimes(signal) {
      // The types omit the options dockerode accepts here.
      const info = (await engineCall('list its runtimes', () =>
        (docker.info as (o: { abortSignal?: AbortSignal }) => Promise<unknown>).call(docker, {
          abortSignal: signal,
        }),
      )) as { Runtimes?: Record<string, unknown> };
      return Object.keys(info.Runtimes ?? {});
    },

    async inspectImage(image, signal): Promise<ImageInfo | undefined> {
      try {
        // Image inspect takes no abort signal in dockerode; it is a quick local lookup.
        signal?.throwIfAborted();
        const info = await docker.getImage(image).inspect();
        const repoDigest = info.RepoDigests?.[0];
        const volumes = Object.keys(info.Config?.Volumes ?? {});
        return repoDigest ? { id: info.Id, repoDigest, volumes } : { id: info.Id, volumes };
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw new ContainerRuntimeError(
          `Docker could not inspect image ${image}: ${dockerErrorText(error)}`,
          {
            cause: error,
          },
        );
      }
    },

    pullImage: (image, onProgress, signal) => pullImageWith(docker, image, onProgress, signal),

    async createVolume(name, labels: Labels, signal, limits) {
      const o = [
        `size=${limits.sizeBytes}`,
        `nr_inodes=${limits.inodes}`,
        'mode=0755',
        `uid=${limits.uid}`,
        `gid=${limits.gid}`,
        'nosuid',
        'nodev',
        ...(limits.exec ? [] : ['noexec']),
      ].join(',');
      await engineCall(`create volume ${name}`, () =>
        docker.createVolume({
          Name: name,
          Labels: labels,
          Driver: 'local',
          DriverOpts: { type: 'tmpfs', device: 'tmpfs', o },
          abortSignal: signal,
        }),
      );
    },

    async removeVolume(name) {
      try {
        await docker.getVolume(name).remove({ force: true });
      } catch (error) {
        if (statusOf(error) !== 404) {
          throw new ContainerRuntimeError(
            `Docker could not remove volume ${name}: ${dockerErrorText(error)}`,
            {
              cause: error,
            },
          );
        }
      }
    },

    runContainer: (spec, runOptions) => runOneContainer(docker, heartbeat, spec, runOptions),

    startContainer: (spec, startOptions) =>
      startKeptContainer(docker, spec, startOptions, heartbeat),

    async listResources(labels, signal): Promise<RuntimeResource[]> {
      const filters = labelFilter(labels);
      const containers = await engineCall('list containers', () =>
        docker.listContainers({ all: true, filters, abortSignal: signal }),
      );
      const volumes = await engineCall('list volumes', () =>
        docker.listVolumes({ filters, abortSignal: signal }),
      );
      return [
        ...containers.map((c) => ({
          kind: 'container' as const,
          id: c.Id,
          labels: c.Labels ?? {},
          createdMs: c.Created * 1000,
        })),
        ...(volumes.Volumes ?? []).map((v) => ({
          kind: 'volume' as const,
          id: v.Name,
          labels: v.Labels ?? {},
          createdMs: Date.parse((v as { CreatedAt?: string }).CreatedAt ?? '') || 0,
        })),
      ];
    },

    async removeContainer(id) {
      await engineCall(`remove container ${id}`, () => removeQuietly(docker.getContainer(id)));
    },
  };
}

function cancelledResult(): ContainerResult {
  const empty = { data: Buffer.alloc(0), totalBytes: 0, truncated: false };
  return {
    exitCode: -1,
    timedOut: false,
    cancelled: true,
    oomKilled: false,
    stdout: empty,
    stderr: empty,
    durationMs: 0,
  };
}
