import { hostname } from 'node:os';
import {
  ContainerRuntimeError,
  type ContainerRuntime,
  type Labels,
  type RuntimeResource,
} from './runtime.js';
import { isEngineDeadline } from './engine-deadline.js';
import { messageOf } from '../common/errors.js';

// Docker owns containers, not the runner: a cancelled job leaves them running.
// Every resource carries the run's labels so these functions can find it, and the
// owning process's host and pid so a start-up sweep can tell a dead run from a live one.

export const LABEL_RUN = 'wflo.run';
export const LABEL_STEP = 'wflo.step';
export const LABEL_ATTEMPT = 'wflo.attempt';
export const LABEL_HOST = 'wflo.host';
export const LABEL_PID = 'wflo.pid';

export function runLabels(runId: string, stepId: string, attempt: number): Labels {
  return {
    [LABEL_RUN]: runId,
    [LABEL_STEP]: stepId,
    [LABEL_ATTEMPT]: String(attempt),
    [LABEL_HOST]: hostname(),
    [LABEL_PID]: String(process.pid),
  };
}

/** The process exists (EPERM: it does, but belongs to someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The run that made it is known to be gone: same host, and its process no longer exists. */
export function ownerIsDead(resource: RuntimeResource, host = hostname()): boolean {
  const pid = Number(resource.labels[LABEL_PID]);
  return (
    resource.labels[LABEL_HOST] === host && Number.isInteger(pid) && pid > 0 && !processAlive(pid)
  );
}

async function removeAll(runtime: ContainerRuntime, resources: RuntimeResource[]): Promise<number> {
  let removed = 0;
  const failures: string[] = [];
  // Containers first: a volume in use cannot be removed.
  const ordered = [
    ...resources.filter((r) => r.kind === 'container'),
    ...resources.filter((r) => r.kind === 'volume'),
  ];
  for (const r of ordered) {
    try {
      if (r.kind === 'container') await runtime.removeContainer(r.id);
      else await runtime.removeVolume(r.id);
      removed++;
    } catch (error) {
      // One stuck resource must not keep the others alive.
      failures.push(`${r.kind} ${r.id}: ${messageOf(error)}`);
      // An engine that stopped answering answers none of the rest: one deadline, not one each.
      if (isEngineDeadline(error)) break;
    }
  }
  if (failures.length > 0) {
    throw new ContainerRuntimeError(
      `Removed ${removed} Docker resources but not ${failures.length}: ${failures.join('; ')}`,
    );
  }
  return removed;
}

/** Removes every container and volume of one run (the action's post phase). Returns how many. */
export async function removeRunResources(
  runtime: ContainerRuntime,
  runId: string,
): Promise<number> {
  return removeAll(runtime, await runtime.listResources([`${LABEL_RUN}=${runId}`]));
}

/**
 * Start-up sweep for self-hosted runners: removes resources of runs whose process on this
 * host is gone, and of any run (another host's, or a reused pid's) older than `olderThanMs`.
 */
export async function sweepStaleResources(
  runtime: ContainerRuntime,
  options: { olderThanMs: number; now?: number; host?: string },
): Promise<number> {
  const cutoff = (options.now ?? Date.now()) - options.olderThanMs;
  const resources = await runtime.listResources([LABEL_RUN]);
  return removeAll(
    runtime,
    resources.filter((r) => r.createdMs <= cutoff || ownerIsDead(r, options.host)),
  );
}

/** Longer than any job may run (GitHub ends one at 6 hours): nothing live is that old. */
export const SWEEP_OLDER_THAN_MS = 6 * 60 * 60_000;
/** The sweep never holds a run up for longer than this. */
export const SWEEP_DEADLINE_MS = 10_000;

/**
 * The start-up sweep as the CLI and the action call it: only for a workflow with container
 * steps, within SWEEP_DEADLINE_MS, and never failing the run — a problem is a warning.
 */
export async function sweepAtStart(
  runtime: ContainerRuntime | undefined,
  usesContainers: boolean,
  warn: (message: string) => void,
): Promise<void> {
  if (!runtime || !usesContainers) return;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), SWEEP_DEADLINE_MS);
    timer.unref();
  });
  try {
    const outcome = await Promise.race([
      sweepStaleResources(runtime, { olderThanMs: SWEEP_OLDER_THAN_MS }),
      late,
    ]);
    if (outcome === 'late')
      warn(
        `the start-up sweep of stale wflo containers did not finish within ${SWEEP_DEADLINE_MS / 1000} s; the run goes on`,
      );
  } catch (error) {
    warn(`the start-up sweep of stale wflo containers failed: ${messageOf(error)}`);
  } finally {
    clearTimeout(timer);
  }
}
