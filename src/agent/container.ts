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
import { WORKSPACE } from './tools.js';
import {
  containerBase,
  copyVolumeLimits,
  EMPTY_WORKSPACE_SIZE,
  imageVolumeMounts,
  readOnlyCheckoutMounts,
  resolveImage,
} from '../sandbox/container-spec.js';
import { packCheckout, snapshotCheckout, type Snapshot } from '../sandbox/workspace.js';
import { WfloError } from '../common/errors.js';

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

/** The checkout is larger than the step's `disk:`: the step's own setting, not the engine. */
export class AgentDiskError extends WfloError {
  constructor(message: string) {
    super(message);
    this.name = 'AgentDiskError';
  }
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
    const base = { ...containerBase(config, labels, image.ref), workingDir: WORKSPACE };
    const mounts: MountSpec[] = imageVolumeMounts(config.image, image.volumes, config);
    let copyIn: ReturnType<typeof packCheckout> | undefined;
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
      mounts.push(...(await readOnlyCheckoutMounts(ctx.run.workspace, WORKSPACE, ctx.run.tempDir)));
    } else {
      snapshot = await snapshotCheckout(ctx.run.workspace);
      let bytes = 0;
      for (const entry of snapshot.values()) if (entry.type === 'file') bytes += entry.size;
      if (bytes > config.diskBytes)
        throw new AgentDiskError(
          `the checkout (${bytes} bytes) does not fit its disk cap of ${config.diskBytes} bytes; raise sandbox.disk`,
        );
      const volume = volumeName(ctx, 'ws');
      volumes.push(volume);
      // Not cut short by a cancel (an aborted request may create it after the removal ran).
      await runtime.createVolume(
        volume,
        labels,
        undefined,
        copyVolumeLimits(config, snapshot.size),
      );
      mounts.push({ type: 'volume', source: volume, target: WORKSPACE, readOnly: false });
      // Filled once running: the kept container itself holds the tmpfs volume mounted.
      copyIn = packCheckout(ctx.run.workspace, snapshot, uid, gid);
    }
    box = await start(
      { ...base, cmd: KEEP_ALIVE_CMD, env: { HOME: '/tmp', ...config.env }, mounts },
      { signal: ctx.signal, ...(copyIn ? { archivesIn: [{ path: WORKSPACE, tar: copyIn }] } : {}) },
    ).finally(() => copyIn?.destroy());
    return { box, ...(snapshot ? { snapshot } : {}), close };
  } catch (error) {
    await close();
    throw error;
  }
}
