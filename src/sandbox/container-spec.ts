// What every wflo container shares, whichever kind starts it (a `sandbox` step's one-shot
// container, an `agent` step's kept one): the image as inspected, and the limits.
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StepLogger } from '../common/step-logger.js';
import type { SandboxConfig } from './config.js';
import {
  ContainerRuntimeError,
  type ContainerRuntime,
  type ContainerSpec,
  type MountSpec,
  type VolumeLimits,
} from './runtime.js';
import type { KeptContainer } from './exec.js';

export const TMP_SIZE = 64 * 1024 * 1024;
export const EMPTY_WORKSPACE_SIZE = 256 * 1024 * 1024;
export const NOFILE = 1024;

/** The image's digest (or id) and VOLUMEs, pulling it first when missing, with progress in the log. */
export async function resolveImage(
  runtime: ContainerRuntime,
  image: string,
  ctx: { signal: AbortSignal; log: StepLogger },
): Promise<{ ref: string; volumes: string[] }> {
  let info = await runtime.inspectImage(image, ctx.signal);
  if (!info) {
    ctx.log.info(`Pulling ${image}`);
    await runtime.pullImage(
      image,
      (line, live) => (live ? ctx.log.progress?.(line) : ctx.log.info(line)),
      ctx.signal,
    );
    info = await runtime.inspectImage(image, ctx.signal);
    if (!info) throw new ContainerRuntimeError(`Docker pulled ${image} but cannot find it.`);
  }
  return { ref: info.repoDigest ?? info.id, volumes: info.volumes ?? [] };
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

/** Most entries looked at for nested `.git` before a read-only step is refused. */
export const GIT_WALK_LIMIT = 200_000;

/**
 * Every `.git` under the checkout (directories and the `.git` files of submodules and
 * worktrees), in any letter case, without following symlinks. Throws when the checkout has
 * more than GIT_WALK_LIMIT entries: one that was not looked at could hide a token.
 */
export async function findGitEntries(
  checkout: string,
): Promise<Array<{ path: string; dir: boolean }>> {
  const found: Array<{ path: string; dir: boolean }> = [];
  let seen = 0;
  const pending = [''];
  while (pending.length > 0) {
    const rel = pending.pop() ?? '';
    const entries = await readdir(join(checkout, rel), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (++seen > GIT_WALK_LIMIT)
        throw new ContainerRuntimeError(
          `the checkout ${checkout} holds more than ${GIT_WALK_LIMIT} entries, too many to check for nested .git folders; use workspace: copy`,
        );
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.name.toLowerCase() === '.git') {
        if (entry.isDirectory() || entry.isFile()) found.push({ path, dir: entry.isDirectory() });
        continue;
      }
      // Dirent types come from lstat: a symlink is never entered.
      if (entry.isDirectory()) pending.push(path);
    }
  }
  return found;
}

/**
 * `workspace: read-only`: the checkout bound read-only (and non-recursively: hardening.ts)
 * at `target`, every `.git` inside it covered — a directory by an empty read-only tmpfs, a
 * file by an empty read-only file from `scratchDir` — so no token or hook is readable.
 */
export async function readOnlyCheckoutMounts(
  checkout: string,
  target: string,
  scratchDir: string,
): Promise<MountSpec[]> {
  const mounts: MountSpec[] = [{ type: 'bind', source: checkout, target, readOnly: true }];
  const gits = await findGitEntries(checkout);
  let empty: string | undefined;
  for (const git of gits) {
    if (git.dir) {
      mounts.push({
        type: 'tmpfs',
        target: `${target}/${git.path}`,
        sizeBytes: 4096,
        options: ['ro', 'noexec', 'nosuid', 'nodev', 'nr_inodes=16'],
      });
    } else {
      empty ??= await emptyFile(scratchDir);
      mounts.push({ type: 'bind', source: empty, target: `${target}/${git.path}`, readOnly: true });
    }
  }
  return mounts;
}

async function emptyFile(dir: string): Promise<string> {
  const folder = await mkdtemp(join(dir, 'wflo-empty-'));
  const path = join(folder, 'empty');
  await writeFile(path, '', { mode: 0o444, flag: 'wx' });
  return path;
}

/** The output folder's cap: results are small; a full one fails the step, not the runner. */
export const OUTPUT_DISK_BYTES = 64 * 1024 * 1024;
export const OUTPUT_INODES = 1024;
/** One file per 8 KiB of `disk:` (131,072 for the default 1 GiB), at least the checkout's. */
export const BYTES_PER_INODE = 8192;
/** Each image `VOLUME` gets a tmpfs this size, like /tmp. */
export const IMAGE_VOLUME_BYTES = 64 * 1024 * 1024;

export function copyVolumeLimits(config: SandboxConfig, checkoutFiles: number): VolumeLimits {
  return {
    sizeBytes: config.diskBytes,
    inodes: Math.max(Math.ceil(config.diskBytes / BYTES_PER_INODE), checkoutFiles + 1024),
    uid: config.uid,
    gid: config.gid,
    // Workspace scripts run from the copy.
    exec: true,
  };
}

export function outputVolumeLimits(config: SandboxConfig): VolumeLimits {
  return {
    sizeBytes: OUTPUT_DISK_BYTES,
    inodes: OUTPUT_INODES,
    uid: config.uid,
    gid: config.gid,
    exec: false,
  };
}

/** Places wflo mounts itself; an image VOLUME below one of them cannot get its own. */
const OWN_PLACES = ['/workspace', '/run/wflo'];

/**
 * A capped, empty, noexec tmpfs for each image `VOLUME`: otherwise Docker makes an
 * unlabelled, uncapped, exec volume per container that nothing removes. Paths inside the
 * workspace or the output folder are refused (a mount there would hide or leak the step's
 * files); paths wflo already mounts are covered by that mount.
 */
export function imageVolumeMounts(
  image: string,
  volumes: readonly string[],
  owner: { uid: number; gid: number },
): MountSpec[] {
  const mounts: MountSpec[] = [];
  for (const raw of volumes) {
    const path = raw.replace(/\/+$/, '') || '/';
    if (path === '/tmp' || OWN_PLACES.includes(path)) continue;
    if (path === '/' || OWN_PLACES.some((p) => path.startsWith(`${p}/`)))
      throw new ContainerRuntimeError(
        `image ${image} declares VOLUME ${raw}, inside a place wflo mounts itself (/workspace, /run/wflo); use an image without it`,
      );
    mounts.push({
      type: 'tmpfs',
      target: path,
      sizeBytes: IMAGE_VOLUME_BYTES,
      options: [
        'rw',
        'noexec',
        'nosuid',
        'nodev',
        'nr_inodes=16384',
        `uid=${owner.uid}`,
        `gid=${owner.gid}`,
        'mode=0755',
      ],
    });
  }
  return mounts;
}

/** Idles on a shell builtin reading a stdin nobody writes: the image must have `sh`, nothing more. */
export const HOLDER_CMD = ['sh', '-c', 'read _'];
export const LABEL_ROLE = 'wflo.role';

/**
 * The volume holder: a tmpfs volume keeps its files only while some container mounts it,
 * and the step's container is filled before it starts and read after it exits. This one
 * mounts the volumes read-only from before the fill until after the read-back, and is
 * hardened like every container (hardening.ts) with even smaller limits of its own.
 */
export async function startVolumeHolder(
  runtime: ContainerRuntime,
  base: Omit<ContainerSpec, 'cmd' | 'env' | 'mounts'>,
  volumes: Array<MountSpec & { type: 'volume' }>,
  imageMounts: MountSpec[],
): Promise<KeptContainer> {
  const start = runtime.startContainer?.bind(runtime);
  if (!start)
    throw new ContainerRuntimeError('this container runtime cannot keep a container running.');
  return start(
    {
      ...base,
      labels: { ...base.labels, [LABEL_ROLE]: 'holder' },
      cmd: HOLDER_CMD,
      env: {},
      openStdin: true,
      network: 'none',
      memoryBytes: 32 * 1024 * 1024,
      nanoCpus: 250_000_000,
      // gVisor's sandbox threads count against the pids limit.
      pidsLimit: base.runtime === 'runsc' ? 64 : 8,
      tmpSizeBytes: 1024 * 1024,
      mounts: [...volumes.map((v) => ({ ...v, readOnly: true })), ...imageMounts],
    },
    // Not cut short by a cancel: an aborted create may still make the container after our
    // removal ran, and we would not know its id. Starting one takes a fraction of a second.
    { signal: new AbortController().signal },
  );
}

/** A tmpfs cap reached inside the container shows as ENOSPC in what the command printed. */
export function filledACap(stderr: string): boolean {
  return /No space left on device|ENOSPC/i.test(stderr);
}
