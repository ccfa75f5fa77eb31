// Re-runs never re-pay (DESIGN.md §4): "Re-run failed jobs" keeps GITHUB_RUN_ID and raises
// GITHUB_RUN_ATTEMPT, and the new attempt continues from the checkpoint the previous attempt of
// the same job left, on any event (push, pull_request, …). That checkpoint lives in a git ref
// of the workflow's repository, refs/wflo/checkpoints/<run id>/<job key>, written by
// fast-forward (github/ref-document.ts) when a run ends without succeeding, and deleted once a
// later attempt succeeds. docs/resume.md says why a ref (not the Actions cache or an artifact).
import { createHash } from 'node:crypto';
import { messageOf } from '../common/errors.js';
import { createRestClient, type RestClient } from '../github/client.js';
import { refDocument, type RefDocument } from '../github/ref-document.js';
import { canonicalJson, CheckpointError, unseal, type Checkpoint } from './checkpoint.js';
import type { CheckpointStore } from './store.js';
import type { CheckpointOptions } from './session.js';
import type { JsonValue } from '../workflow/model.js';
import type { ActionResume } from './action-resume.js';

const FILE = 'checkpoint.json';

export interface RerunSettings {
  env: Record<string, string | undefined>;
  token?: string;
  workflowFile: string;
  /** The `inputs` input as given: matrix legs that differ in them keep apart checkpoints. */
  inputs: Record<string, JsonValue>;
  /** For tests: the REST client. */
  client?: RestClient;
}

export interface Rerun {
  store: RerunCheckpointStore;
  /** The previous attempt's checkpoint, when this is a re-run and it left one to continue. */
  resumeFrom?: Checkpoint;
  /** Why the previous attempt's checkpoint is not used (it could not be read or trusted). */
  warning?: string;
}

export interface RerunCheckpointStore extends CheckpointStore {
  load(): Promise<Checkpoint | undefined>;
}

/**
 * The job's place among the run's jobs, stable across attempts: the job id, plus a hash of
 * what tells matrix legs of one job apart as far as the runner says (the workflow file, the
 * inputs, the runner's OS and architecture).
 */
export function rerunJobKey(
  env: Record<string, string | undefined>,
  workflowFile: string,
  inputs: Record<string, JsonValue>,
): string {
  const job = (env.GITHUB_JOB ?? 'job').replace(/[^A-Za-z0-9_-]/g, '_') || 'job';
  const leg = createHash('sha256')
    .update(
      canonicalJson({ workflowFile, inputs, os: env.RUNNER_OS ?? '', arch: env.RUNNER_ARCH ?? '' }),
    )
    .digest('hex')
    .slice(0, 16);
  return `${job}-${leg}`;
}

export function rerunRef(runId: string, jobKey: string): string {
  return `refs/wflo/checkpoints/${runId}/${jobKey}`;
}

/** The re-run store of this job, or undefined outside a GitHub Actions run with a token. */
export function rerunStoreFor(
  settings: RerunSettings,
): { store: RerunCheckpointStore; attempt: number } | undefined {
  const { env } = settings;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const runId = env.GITHUB_RUN_ID ?? '';
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
  if (!settings.token || !owner || !repo || !/^\d+$/.test(runId) || !Number.isSafeInteger(attempt))
    return undefined;
  const client =
    settings.client ??
    createRestClient({
      token: settings.token,
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      // Written as a failed or cancelled job ends, when the runner is short of time: one retry.
      maxRetries: 1,
    });
  const ref = rerunRef(runId, rerunJobKey(env, settings.workflowFile, settings.inputs));
  const doc = refDocument({
    client,
    owner,
    repo,
    ref,
    file: FILE,
    message: `wflo: checkpoint of run ${runId}`,
  });
  return { store: refCheckpointStore(doc, attempt), attempt };
}

function refCheckpointStore(doc: RefDocument, attempt: number): RerunCheckpointStore {
  const where = `${doc.describe} (the token needs 'contents: write' for a re-run to continue it)`;
  return {
    where,
    async load() {
      const { text } = await doc.read();
      return text === undefined ? undefined : unseal(text, `in ${doc.describe}`);
    },
    async save(sealed) {
      const { status } = sealed.checkpoint;
      // Only where an attempt ends matters to the next attempt; the steps between are not written.
      if (status === 'running') return undefined;
      if (status === 'succeeded') {
        // Nothing is left to re-run; the first attempt never had a ref to delete.
        if (attempt > 1) await doc.remove();
        return undefined;
      }
      const text = JSON.stringify(sealed);
      await doc.update(() => ({ value: undefined, text }));
      return undefined;
    },
  };
}

/** The re-run store, and on a re-run the previous attempt's checkpoint if it is there to continue. */
export async function prepareRerun(settings: RerunSettings): Promise<Rerun | undefined> {
  const found = rerunStoreFor(settings);
  if (!found) return undefined;
  const { store, attempt } = found;
  if (attempt <= 1) return { store };
  try {
    const earlier = await store.load();
    // A run that succeeded left nothing to continue (and deleted its ref); one still running
    // was never written.
    return earlier === undefined || earlier.status === 'succeeded'
      ? { store }
      : { store, resumeFrom: earlier };
  } catch (error) {
    const why = error instanceof CheckpointError ? error.message : messageOf(error);
    return {
      store,
      warning: `wflo could not continue from attempt ${attempt - 1}'s checkpoint, so every step runs again: ${why}`,
    };
  }
}

/** Saves to every store; a failure of one does not keep the others from saving. */
function everyStore(stores: CheckpointStore[]): CheckpointStore {
  return {
    where: stores.map((s) => s.where).join(' and '),
    async load() {
      return undefined; // The edges load from one store each.
    },
    async save(sealed) {
      const results = await Promise.allSettled(stores.map((s) => s.save(sealed)));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
      const warnings = results.flatMap((r) =>
        r.status === 'fulfilled' && r.value ? [r.value.warning] : [],
      );
      return warnings.length === 0 ? undefined : { warning: warnings.join('; ') };
    },
  };
}

/**
 * What the job does, given what `approval-mode: resume` decided (undefined in `wait` mode) and
 * the re-run store: a re-run continues from its previous attempt whatever the event, and every
 * run that goes keeps its checkpoint for the next attempt too.
 */
export function withRerun(
  decided: ActionResume | undefined,
  rerun: Rerun | undefined,
  workspaceKey: string,
): ActionResume {
  const base: ActionResume = decided ?? { kind: 'run' };
  if (!rerun) return base;
  if (rerun.resumeFrom) {
    const from = rerun.resumeFrom;
    const kept = base.kind === 'run' ? base.checkpoint?.store : undefined;
    const checkpoint: CheckpointOptions = {
      store: kept ? everyStore([kept, rerun.store]) : rerun.store,
      // Today's checkout: a step that read another one is not reused (its input hash differs).
      workspaceKey,
      resumeFrom: from,
    };
    const finished = from.steps.filter((s) => s.record.status === 'succeeded').length;
    return {
      kind: 'run',
      checkpoint,
      message: `wflo: re-run: continuing run ${from.runId} from the previous attempt's checkpoint (${from.status.replaceAll('_', ' ')}; ${finished} finished steps kept unless their inputs changed).`,
    };
  }
  if (base.kind !== 'run') return base;
  const own = base.checkpoint;
  return {
    ...base,
    checkpoint: own
      ? { ...own, store: everyStore([own.store, rerun.store]) }
      : { store: rerun.store, workspaceKey },
  };
}
