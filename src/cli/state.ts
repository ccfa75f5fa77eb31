// `wflo run --state DIR`: keep a checkpoint per workflow file in DIR, and continue from it
// when the last run there did not succeed (a gate waiting, a failure, a budget stop).
import path from 'node:path';
import type { CheckpointOptions } from '../checkpoint/session.js';
import { directoryStore } from '../checkpoint/store.js';
import type { Workflow } from '../workflow/model.js';

export interface CliCheckpoint {
  options: CheckpointOptions;
  /** Lines to print before the run starts (what is continued, what changed). */
  notes: string[];
}

/** Throws CheckpointError when the stored checkpoint cannot be trusted. */
export async function checkpointFor(
  stateDir: string,
  cwd: string,
  workflow: Workflow,
): Promise<CliCheckpoint> {
  const dir = path.resolve(cwd, stateDir);
  // The state folder may sit in the checkout: nothing is written through a link a step planted.
  const store = directoryStore(dir, path.resolve(cwd, workflow.file), { checkout: cwd });
  // The checkout is the directory the CLI runs in; a continued run applies the changes of
  // reused steps again where they are missing (a run that failed took its own back).
  const base = { store, workspaceKey: path.resolve(cwd) };
  const earlier = await store.load();
  if (earlier === undefined || earlier.status === 'succeeded') return { options: base, notes: [] };
  const kept = earlier.steps.filter((s) => s.record.status === 'succeeded').length;
  const carried = earlier.steps.filter((s) => s.changes !== undefined).length;
  const notes = [
    `continuing run ${earlier.runId} from ${path.relative(cwd, store.where) || store.where} (${earlier.status.replaceAll('_', ' ')}; ${kept} finished ${kept === 1 ? 'step' : 'steps'} kept unless their inputs changed)`,
  ];
  if (carried > 0) {
    notes.push(
      `the changes of ${carried} ${carried === 1 ? 'step' : 'steps'} come from the checkpoint: applied where the checkout does not have them, held ones once their gate approves`,
    );
  }
  if (earlier.workflow.hash !== workflow.hash) {
    notes.push(
      `${workflow.file} changed since that run: steps whose inputs changed run again, and so does everything after them`,
    );
  }
  return { options: { ...base, resumeFrom: earlier }, notes };
}
