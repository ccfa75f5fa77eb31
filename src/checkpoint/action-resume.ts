// `approval-mode: resume` in the action: decides, before anything runs, whether this job
// starts a run, continues the run paused on its pull request, or has nothing to do.
import { execFileSync } from 'node:child_process';
import { CheckpointError, inputsHash } from './checkpoint.js';
import { resolveInputs } from '../workflow/inputs.js';
import type { CheckpointOptions } from './session.js';
import { pullNumberOf } from '../github/event.js';
import type { JsonValue, Workflow } from '../workflow/model.js';
import { prCheckpointStore, type PrCheckpointStore } from './pr-store.js';
import { resumeTriggerOf } from './trigger.js';

export type ActionResume =
  /** Nothing to do: the job ends at once and succeeds. */
  | { kind: 'skip'; message: string }
  /** The paused run cannot continue safely: the job fails with this sentence. */
  | { kind: 'refuse'; message: string }
  /** Run, keeping a checkpoint (and continuing from one when `checkpoint.resumeFrom` is set). */
  | { kind: 'run'; checkpoint?: CheckpointOptions; message?: string };

export interface ActionResumeSettings {
  env: Record<string, string | undefined>;
  eventName?: string;
  event?: JsonValue;
  token?: string;
  workflow: Workflow;
  inputs: Record<string, JsonValue>;
  workspace: string;
  /** For tests: the store to use instead of the pull request's. */
  store?: PrCheckpointStore;
}

export async function prepareActionResume(settings: ActionResumeSettings): Promise<ActionResume> {
  const { workflow } = settings;
  const trigger = resumeTriggerOf(
    settings.eventName,
    settings.event,
    workflow.steps.map((s) => s.id),
  );
  if (trigger.kind === 'ignore') {
    return { kind: 'skip', message: `wflo: nothing to continue: ${trigger.why}.` };
  }
  const [owner, repo] = (settings.env.GITHUB_REPOSITORY ?? '').split('/');
  const pullNumber = pullNumberOf(settings.event);
  const store =
    settings.store ??
    (settings.token && owner && repo && pullNumber !== undefined
      ? prCheckpointStore({
          token: settings.token,
          apiUrl: settings.env.GITHUB_API_URL || 'https://api.github.com',
          owner,
          repo,
          pullNumber,
          workflowFile: workflow.file,
        })
      : undefined);
  // Outside a pull request there is no gate to pause at; the approval step says so itself.
  if (!store) {
    return trigger.kind === 'answer'
      ? {
          kind: 'skip',
          message: 'wflo: nothing to continue: this job has no pull request or token.',
        }
      : { kind: 'run' };
  }
  const commit = checkoutCommit(settings.workspace, settings.env);
  // A new job starts from a fresh checkout; the checkpoint carries the changes to apply again.
  const base: CheckpointOptions = { store, workspaceKey: commit };
  if (trigger.kind === 'start') return { kind: 'run', checkpoint: base };

  let paused;
  try {
    paused = await store.load();
  } catch (error) {
    if (error instanceof CheckpointError) return { kind: 'refuse', message: error.message };
    throw error;
  }
  if (!paused) {
    return {
      kind: 'skip',
      message: `wflo: nothing to continue: no run of ${workflow.file} is paused on this pull request.`,
    };
  }
  if (paused.workflow.hash !== workflow.hash) {
    return {
      kind: 'refuse',
      message: `The workflow file ${workflow.file} changed since run ${paused.runId} paused (its hash differs), so the answer cannot continue that run; push a commit to start a new run.`,
    };
  }
  if (paused.workspaceKey !== undefined && paused.workspaceKey !== commit) {
    // The reviewer answered about changes made against that commit; applying them to
    // another one would put in the checkout something nobody saw.
    return {
      kind: 'refuse',
      message: `The checkout is at ${shortCommit(commit)}, but run ${paused.runId} paused at ${shortCommit(paused.workspaceKey)}, so the answer cannot continue that run; check out the pull request's head in every job (ref: refs/pull/<number>/head), or push a commit to start a new run.`,
    };
  }
  let given: string | undefined;
  try {
    given = inputsHash(resolveInputs(workflow, settings.inputs));
  } catch {
    given = undefined; // The engine refuses the same inputs with its own sentence.
  }
  if (given !== undefined && given !== paused.inputsHash) {
    return {
      kind: 'refuse',
      message: `Input 'inputs' differs from the inputs run ${paused.runId} paused with, so the answer cannot continue that run; give the same inputs on every event.`,
    };
  }
  return {
    kind: 'run',
    checkpoint: { ...base, resumeFrom: paused },
    message: `wflo: continuing run ${paused.runId} of ${workflow.file}, paused at an approval gate.`,
  };
}

function shortCommit(commit: string): string {
  return /^[0-9a-f]{40}$/.test(commit) ? commit.slice(0, 7) : commit || 'an unknown commit';
}

/** The commit the checkout is at: the workspace's identity for steps that read it. */
export function checkoutCommit(workspace: string, env: Record<string, string | undefined>): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: workspace,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    }).trim();
  } catch {
    return env.GITHUB_SHA ?? '';
  }
}
