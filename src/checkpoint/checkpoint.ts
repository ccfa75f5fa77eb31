// A run's checkpoint (issue #6): what each finished step was given and gave back, so a later
// run can continue without running or paying twice. Sealed with the sha256 of its canonical
// JSON, checked on load, so a changed or corrupted checkpoint is refused rather than trusted.
import { createHash } from 'node:crypto';
import type { JsonObject, JsonValue, StepSpec } from '../workflow/model.js';
import { createRedactor, declaredSecrets, hostSecrets } from '../common/secrets.js';
import type { RunStatus, StepRecord } from '../record/step-record.js';
import type { ChangeSetData } from '../checkout/port.js';
import { WfloError } from '../common/errors.js';

// 2: steps carry their change sets (a continued run applies them again instead of re-running).
export const CHECKPOINT_VERSION = 2;

export interface CheckpointStep {
  id: string;
  /** sha256 of the step's resolved inputs (stepInputHash); absent for steps that never started. */
  inputHash?: string;
  /** Money the step spent, exactly (its record's cost_usd is for people). */
  costMicros: number;
  record: StepRecord;
  /**
   * The changes of a step that succeeded, whether they were applied or held for a gate: a
   * continued run starts from a fresh checkout (or one a failed run put back) and applies
   * them again, so the step is not run — nor paid — twice.
   */
  changes?: ChangeSetData;
  /** For a step that was waiting at a gate: when it was first asked (ISO 8601), across jobs. */
  firstStartedAt?: string;
}

export interface Checkpoint {
  version: typeof CHECKPOINT_VERSION;
  runId: string;
  workflow: { file: string; name: string; hash: string };
  /** The run's inputs after coercion, and their hash. */
  inputs: Record<string, JsonValue>;
  inputsHash: string;
  /** `running` while steps still go; the run's status once it ended. */
  status: RunStatus | 'running';
  ledger: { spentMicros: number; reservedPeakMicros: number; budgetMicros?: number };
  /** Where the run worked (see WorkspaceIdentity). */
  workspaceKey?: string;
  /** Steps in the order they finished. */
  steps: CheckpointStep[];
  updatedAt: string;
}

/** A checkpoint with its digest, as stores keep it. */
export interface SealedCheckpoint {
  digest: string;
  checkpoint: Checkpoint;
}

/** A checkpoint that cannot be trusted or read; the message is one sentence for the user. */
export class CheckpointError extends WfloError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CheckpointError';
  }
}

/** JSON with object keys sorted at every level, so equal values give equal text (and hashes). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    // undefined inside objects is dropped below; at the top it reads as null.
    return text === undefined ? 'null' : text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

export function digestOf(checkpoint: Checkpoint): string {
  return sha256(canonicalJson(checkpoint));
}

/**
 * The checkpoint with its digest. The digest is computed when first read: the directory
 * store journals each step with a digest of its own and never needs the whole one, which
 * after every one of 5,000 steps would hash the run over and over.
 */
export function seal(checkpoint: Checkpoint): SealedCheckpoint {
  let digest: string | undefined;
  return Object.defineProperties({} as SealedCheckpoint, {
    digest: { enumerable: true, get: () => (digest ??= digestOf(checkpoint)) },
    checkpoint: { enumerable: true, value: checkpoint },
  });
}

/**
 * Reads stored text back into a checkpoint, refusing one whose digest does not match
 * (`where` names the file or comment in the message). `expectedDigest`, when given, is the
 * digest recorded elsewhere (the action keeps it apart from the checkpoint).
 */
export function unseal(text: string, where: string, expectedDigest?: string): Checkpoint {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CheckpointError(
      `The checkpoint ${where} is not valid JSON; delete it to start the run over.`,
      {
        cause: error,
      },
    );
  }
  const sealed = parsed as Partial<SealedCheckpoint> | null;
  const checkpoint = sealed?.checkpoint;
  if (
    typeof sealed?.digest !== 'string' ||
    checkpoint === null ||
    typeof checkpoint !== 'object' ||
    checkpoint.version !== CHECKPOINT_VERSION
  ) {
    throw new CheckpointError(
      `The checkpoint ${where} is not a wflo checkpoint of version ${CHECKPOINT_VERSION}; delete it to start the run over.`,
    );
  }
  const actual = digestOf(checkpoint);
  if (actual !== sealed.digest || (expectedDigest !== undefined && actual !== expectedDigest)) {
    throw new CheckpointError(
      `The checkpoint ${where} was changed after wflo wrote it (its digest does not match), so it is not trusted; delete it to start the run over.`,
    );
  }
  return checkShape(checkpoint, where);
}

const RUN_STATUSES = new Set<string>([
  'running',
  'succeeded',
  'failed',
  'budget_exceeded',
  'rejected',
  'timed_out',
  'waiting_approval',
  'cancelled',
]);
const STEP_STATUSES = new Set<string>([...RUN_STATUSES, 'skipped'].filter((s) => s !== 'running'));

/**
 * A checkpoint whose digest matches can still have the wrong shape (written by hand and
 * sealed again, or by a broken build): each field the engine reads is checked, and the first
 * that is wrong is named in one sentence, instead of a stack trace or a negative spend later.
 */
export function checkShape(value: unknown, where: string): Checkpoint {
  const problem = shapeProblem(value);
  if (problem !== undefined) {
    throw new CheckpointError(
      `The checkpoint ${where} is not one wflo can continue from: ${problem}; delete it to start the run over.`,
    );
  }
  return value as Checkpoint;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isMicros = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;
const shown = (v: unknown): string => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};

function shapeProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'it is not an object';
  if (typeof value.runId !== 'string' || value.runId === '') return 'runId must be text';
  const wf = value.workflow;
  if (!isRecord(wf) || !['file', 'name', 'hash'].every((k) => typeof wf[k] === 'string'))
    return 'workflow must hold file, name and hash as text';
  if (!isRecord(value.inputs)) return 'inputs must be an object';
  if (typeof value.inputsHash !== 'string') return 'inputsHash must be text';
  if (typeof value.status !== 'string' || !RUN_STATUSES.has(value.status))
    return `status must be a run status (got ${shown(value.status)})`;
  const ledger = value.ledger;
  if (!isRecord(ledger)) return 'ledger must be an object';
  for (const key of ['spentMicros', 'reservedPeakMicros'] as const) {
    if (!isMicros(ledger[key]))
      return `ledger.${key} must be a whole number of micro-dollars, 0 or more (got ${shown(ledger[key])})`;
  }
  if (ledger.budgetMicros !== undefined && !isMicros(ledger.budgetMicros))
    return `ledger.budgetMicros must be a whole number of micro-dollars (got ${shown(ledger.budgetMicros)})`;
  if (value.workspaceKey !== undefined && typeof value.workspaceKey !== 'string')
    return 'workspaceKey must be text';
  if (!Array.isArray(value.steps)) return 'steps must be a list';
  const seen = new Set<string>();
  for (const [i, step] of (value.steps as unknown[]).entries()) {
    const at = `steps[${i}]`;
    if (!isRecord(step)) return `${at} must be an object`;
    if (typeof step.id !== 'string' || step.id === '') return `${at}.id must be text`;
    if (seen.has(step.id)) return `${at} repeats step '${step.id}'`;
    seen.add(step.id);
    if (step.inputHash !== undefined && typeof step.inputHash !== 'string')
      return `${at}.inputHash must be text`;
    if (!isMicros(step.costMicros))
      return `${at}.costMicros must be a whole number of micro-dollars, 0 or more (got ${shown(step.costMicros)})`;
    const record = step.record;
    if (!isRecord(record)) return `${at}.record must be an object`;
    if (record.id !== step.id) return `${at}.record.id must be '${step.id}'`;
    if (typeof record.kind !== 'string') return `${at}.record.kind must be text`;
    if (typeof record.status !== 'string' || !STEP_STATUSES.has(record.status))
      return `${at}.record.status must be a step status (got ${shown(record.status)})`;
    if (!Number.isSafeInteger(record.attempts) || (record.attempts as number) < 0)
      return `${at}.record.attempts must be a whole number`;
    if (!isRecord(record.outputs)) return `${at}.record.outputs must be an object`;
    if (typeof record.cost_usd !== 'number' || !(record.cost_usd >= 0))
      return `${at}.record.cost_usd must be a number, 0 or more`;
    if (typeof record.continue_on_error !== 'boolean')
      return `${at}.record.continue_on_error must be true or false`;
    if (step.changes !== undefined && !isRecord(step.changes))
      return `${at}.changes must be an object`;
    if (step.firstStartedAt !== undefined && Number.isNaN(Date.parse(String(step.firstStartedAt))))
      return `${at}.firstStartedAt must be a time (ISO 8601)`;
  }
  return undefined;
}

/**
 * The hash that says whether a finished step may be reused: its kind, its fields with every
 * expression rendered (prompt, model and parameters, image, command, env), and for kinds that
 * touch the checkout, the workspace's identity (the caller passes none for the others, by
 * StepKind.readsWorkspace). Secrets are replaced by `***` first: the checkpoint may be public
 * (a PR comment), and a hash of a short secret could be guessed; a rotated key does not make
 * a step run again either.
 */
export function stepInputHash(
  spec: StepSpec,
  config: JsonObject,
  workspaceKey: string | undefined,
  hostEnv: Record<string, string | undefined> = {},
): string {
  return sha256(
    canonicalJson({
      kind: spec.kind,
      config: withoutSecrets(config, [
        ...hostSecrets(hostEnv),
        ...declaredSecrets(config, hostEnv),
      ]),
      workspace: workspaceKey ?? null,
    }),
  );
}

function withoutSecrets(value: JsonObject, secrets: string[]): JsonObject {
  return createRedactor(secrets).json(value);
}

export function inputsHash(inputs: Record<string, JsonValue>): string {
  return sha256(canonicalJson(inputs));
}
