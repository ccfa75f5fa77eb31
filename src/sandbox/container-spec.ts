// What every wflo container shares, whichever kind starts it (a `sandbox` step's one-shot
// container, an `agent` step's kept one): the image as inspected, and the limits.
import type { StepLogger } from '../engine/types.js';
import type { SandboxConfig } from './config.js';
import { ContainerRuntimeError, type ContainerRuntime, type ContainerSpec } from './runtime.js';

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
