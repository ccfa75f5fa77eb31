import type { ContainerRuntime, Labels } from './runtime.js';

// Docker owns containers, not the runner: a cancelled job leaves them running.
// Every resource carries the run's labels so these functions can find it.

export const LABEL_RUN = 'wflo.run';
export const LABEL_STEP = 'wflo.step';
export const LABEL_ATTEMPT = 'wflo.attempt';

export function runLabels(runId: string, stepId: string, attempt: number): Labels {
  return { [LABEL_RUN]: runId, [LABEL_STEP]: stepId, [LABEL_ATTEMPT]: String(attempt) };
}

async function removeAll(
  runtime: ContainerRuntime,
  filter: string[],
  keep: (createdMs: number) => boolean,
): Promise<number> {
  const resources = await runtime.listResources(filter);
  let removed = 0;
  // Containers first: a volume in use cannot be removed.
  for (const r of resources.filter((x) => x.kind === 'container' && !keep(x.createdMs))) {
    await runtime.removeContainer(r.id);
    removed++;
  }
  for (const r of resources.filter((x) => x.kind === 'volume' && !keep(x.createdMs))) {
    await runtime.removeVolume(r.id);
    removed++;
  }
  return removed;
}

/** Removes every container and volume of one run (the action's post phase). Returns how many. */
export function removeRunResources(runtime: ContainerRuntime, runId: string): Promise<number> {
  return removeAll(runtime, [`${LABEL_RUN}=${runId}`], () => false);
}

/** Removes resources of any run created more than `olderThanMs` ago (start-up sweep on self-hosted runners). */
export function sweepStaleResources(
  runtime: ContainerRuntime,
  options: { olderThanMs: number; now?: number },
): Promise<number> {
  const cutoff = (options.now ?? Date.now()) - options.olderThanMs;
  return removeAll(runtime, [LABEL_RUN], (createdMs) => createdMs > cutoff);
}
