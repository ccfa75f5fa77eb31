// The one container an agent step's tools run in: the sandbox step's hardening, limits and
// workspace modes, started once and kept until the step ends. With `workspace: copy` the
// checkout is copied into a volume first and read back at the end as a change set.
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import type { StepContext } from '../engine/types.js';
import { runLabels } from '../sandbox/cleanup.js';
import type { SandboxConfig } from '../sandbox/config.js';
import { KEEP_ALIVE_CMD, type KeptContainer } from '../sandbox/exec.js';
import {
  ContainerRuntimeError,
  type ContainerRuntime,
  type MountSpec,
} from '../sandbox/runtime.js';
import { packCheckout, snapshotCheckout, type Snapshot } from '../sandbox/workspace.js';
import { WORKSPACE } from './tools.js';
import { containerBase, EMPTY_WORKSPACE_SIZE, resolveImage } from '../sandbox/container-spec.js';

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
      mounts.push({ type: 'bind', source: ctx.run.workspace, target: WORKSPACE, readOnly: true });
      const git = await lstat(join(ctx.run.workspace, '.git')).catch(() => undefined);
      if (git?.isDirectory()) {
        mounts.push({
          type: 'tmpfs',
          target: `${WORKSPACE}/.git`,
          sizeBytes: 4096,
          options: ['ro', 'noexec', 'nosuid', 'nodev'],
        });
      }
    } else {
      const volume = volumeName(ctx, 'ws');
      await runtime.createVolume(volume, labels, ctx.signal);
      volumes.push(volume);
      mounts.push({ type: 'volume', source: volume, target: WORKSPACE, readOnly: false });
      snapshot = await snapshotCheckout(ctx.run.workspace);
      // The volume's root belongs to root until a helper hands it to the step's user.
      const copyIn = packCheckout(ctx.run.workspace, snapshot, uid, gid);
      const prepared = await runtime
        .runContainer(
          {
            ...base,
            cmd: ['chown', `${uid}:${gid}`, WORKSPACE],
            env: {},
            mounts,
            helperChown: true,
          },
          {
            signal: ctx.signal,
            timeoutMs: 60_000,
            graceMs: 1000,
            stdoutCapBytes: 4096,
            stderrCapBytes: 4096,
            archivesIn: [{ path: WORKSPACE, tar: copyIn }],
          },
        )
        .finally(() => copyIn.destroy());
      if (prepared.cancelled) throw ctx.signal.reason;
      if (prepared.exitCode !== 0) {
        throw new ContainerRuntimeError(
          `could not prepare the copy of the workspace: ${prepared.stderr.data.toString('utf8').trim()}`,
        );
      }
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
