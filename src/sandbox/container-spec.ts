// What every wflo container shares, whichever kind starts it (a `sandbox` step's one-shot
// container, an `agent` step's kept one): the image as inspected, and the limits.
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import type { StepLogger } from '../common/step-logger.js';
import type { SandboxConfig } from './config.js';
import {
  ContainerRuntimeError,
  type ContainerRuntime,
  type ContainerSpec,
  type MountSpec,
} from './runtime.js';
import { packCheckout, snapshotCheckout, type Snapshot } from './workspace.js';

export const TMP_SIZE = 64 * 1024 * 1024;
export const EMPTY_WORKSPACE_SIZE = 256 * 1024 * 1024;
export const NOFILE = 1024;

/** The image's digest (or id), pulling it first when missing, with progress in the log. */
export async function resolveImage(
  runtime: ContainerRuntime,
  image: string,
  ctx: { signal: AbortSignal; log: StepLogger },
): Promise<string> {
  let info = await runtime.inspectImage(image, ctx.signal);
  if (!info) {
    ctx.log.info(`Pulling ${image}`);
    await runtime.pullImage(image, (line) => ctx.log.info(line), ctx.signal);
    info = await runtime.inspectImage(image, ctx.signal);
    if (!info) throw new ContainerRuntimeError(`Docker pulled ${image} but cannot find it.`);
  }
  return info.repoDigest ?? info.id;
}

/** The spec fields a step's config decides; hardening itself is applied by the runtime. */
export function containerBase(
  config: SandboxConfig,
  labels: Record<string, string>,
  image: string,
): Omit<ContainerSpec, 'cmd' | 'env' | 'mounts'> {
  return {
    // By id/digest: the image that was inspected is the image that runs.
    image,
    user: `${config.uid}:${config.gid}`,
    workingDir: '/workspace',
    labels,
    memoryBytes: config.memoryBytes,
    nanoCpus: config.nanoCpus,
    pidsLimit: config.pidsLimit,
    nofileLimit: NOFILE,
    tmpSizeBytes: TMP_SIZE,
    network: config.network,
    ...(config.runtime === 'runsc' ? { runtime: 'runsc' } : {}),
  };
}

/**
 * `workspace: read-only`: the checkout bound read-only at `target`, its `.git` (when a
 * directory) covered by an empty read-only tmpfs, so a planted hook or fsmonitor is never
 * readable config for the host.
 */
export async function readOnlyCheckoutMounts(
  checkout: string,
  target: string,
): Promise<MountSpec[]> {
  const mounts: MountSpec[] = [{ type: 'bind', source: checkout, target, readOnly: true }];
  const git = await lstat(join(checkout, '.git')).catch(() => undefined);
  if (git?.isDirectory()) {
    mounts.push({
      type: 'tmpfs',
      target: `${target}/.git`,
      sizeBytes: 4096,
      options: ['ro', 'noexec', 'nosuid', 'nodev'],
    });
  }
  return mounts;
}

/**
 * `workspace: copy`: fills a fresh volume with the checkout (without `.git`), owned by the
 * step's user — the volume's root belongs to root until a short helper hands it over.
 * Returns the snapshot the step's changes are compared with; throws ContainerRuntimeError
 * when the helper fails, and the abort's reason when the step was stopped.
 */
export async function fillCopyVolume(
  runtime: ContainerRuntime,
  base: Omit<ContainerSpec, 'cmd' | 'env' | 'mounts'>,
  volume: MountSpec & { type: 'volume' },
  checkout: string,
  owner: { uid: number; gid: number },
  signal: AbortSignal,
): Promise<Snapshot> {
  const snapshot = await snapshotCheckout(checkout);
  const copyIn = packCheckout(checkout, snapshot, owner.uid, owner.gid);
  const prepared = await runtime
    .runContainer(
      {
        ...base,
        cmd: ['chown', `${owner.uid}:${owner.gid}`, volume.target],
        env: {},
        mounts: [volume],
        helperChown: true,
      },
      {
        signal,
        timeoutMs: 60_000,
        graceMs: 1000,
        stdoutCapBytes: 4096,
        stderrCapBytes: 4096,
        archivesIn: [{ path: volume.target, tar: copyIn }],
      },
    )
    // Stops reading the checkout if the engine gave up before taking all of it.
    .finally(() => copyIn.destroy());
  if (prepared.cancelled) throw signal.reason;
  if (prepared.exitCode !== 0) {
    throw new ContainerRuntimeError(
      `could not prepare the copy of the workspace: ${prepared.stderr.data.toString('utf8').trim()}`,
    );
  }
  return snapshot;
}
