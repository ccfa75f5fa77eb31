// The one container an agent step's tools run in: the sandbox step's hardening, limits and
// workspace modes, started once and kept until the step ends. With `workspace: copy` the
// checkout is copied into a volume first and read back at the end as a change set.
import type { StepContext } from '../engine/types.js';
import { runLabels } from '../sandbox/cleanup.js';
import type { SandboxConfig } from '../sandbox/config.js';
import { KEEP_ALIVE_CMD, type KeptContainer } from '../sandbox/exec.js';
import {
  ContainerRuntimeError,
  type ContainerRuntime,
  type MountSpec,
} from '../sandbox/runtime.js';
import type { Snapshot } from '../sandbox/workspace.js';
import { WORKSPACE } from './tools.js';
import {
  containerBase,
  EMPTY_WORKSPACE_SIZE,
  fillCopyVolume,
  readOnlyCheckoutMounts,
  resolveImage,
} from '../sandbox/container-spec.js';

export interface AgentContainer {
  box: KeptContainer;
  /** The checkout as copied in (workspace: copy), to read the changes against. */
  snapshot?: Snapshot;
  /** Removes the container and its volumes; never throws. */
  close(): Promise<void>;
}

function volumeName(ctx: StepContext, what: string): string {
  const safe = `${ctx.run.id}-${ctx.step.id}`.replace(/[^a-zA-Z0-9_.-]/g, '-');
  return `wflo-${safe}-${ctx.attempt}-agent-${what}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function openAgentContainer(
  ctx: StepContext,
  runtime: ContainerRuntime,
  config: SandboxConfig,
): Promise<AgentContainer> {
  const start = runtime.startContainer?.bind(runtime);
  if (!start)
    throw new ContainerRuntimeError('this container runtime cannot keep a container running.');
  const labels = runLabels(ctx.run.id, ctx.step.id, ctx.attempt);
  const volumes: string[] = [];
  let box: KeptContainer | undefined;
  const close = async () => {
    await box?.remove().catch(() => undefined);
    for (const v of volumes) await runtime.removeVolume(v).catch(() => undefined);
  };
  try {
    const image = await resolveImage(runtime, config.image, ctx);
    // The agent's tools address the workspace by the same path the sandbox kind uses.
    const base = { ...containerBase(config, labels, image), workingDir: WORKSPACE };
    const mounts: MountSpec[] = [];
    let snapshot: Snapshot | undefined;
    const { uid, gid } = config;
    if (config.workspace === 'none') {
      mounts.push({
        type: 'tmpfs',
        target: WORKSPACE,
        sizeBytes: EMPTY_WORKSPACE_SIZE,
        options: ['rw', 'exec', 'nosuid', 'nodev', `uid=${uid}`, `gid=${gid}`, 'mode=0755'],
      });
    } else if (config.workspace === 'read-only') {
      mounts.push(...(await readOnlyCheckoutMounts(ctx.run.workspace, WORKSPACE)));
    } else {
      const volume = volumeName(ctx, 'ws');
      // Not cut short by a cancel (an aborted request may create it after the removal ran).
      await runtime.createVolume(volume, labels);
      volumes.push(volume);
      const mount = { type: 'volume', source: volume, target: WORKSPACE, readOnly: false } as const;
      mounts.push(mount);
      snapshot = await fillCopyVolume(runtime, base, mount, ctx.run.workspace, config, ctx.signal);
    }
    box = await start(
      { ...base, cmd: KEEP_ALIVE_CMD, env: { HOME: '/tmp', ...config.env }, mounts },
      { signal: ctx.signal },
    );
    return { box, ...(snapshot ? { snapshot } : {}), close };
  } catch (error) {
    await close();
    throw error;
  }
}
