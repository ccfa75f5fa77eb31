// A run's checkpoint (issue #6): what each finished step was given and gave back, so a later
// run can continue without running or paying twice. Sealed with the sha256 of its canonical
// JSON, checked on load, so a changed or corrupted checkpoint is refused rather than trusted.
import { createHash } from 'node:crypto';
import type { JsonObject, JsonValue, StepSpec } from '../workflow/model.js';
import { createRedactor, declaredSecrets, hostSecrets } from './secrets.js';
import type { ChangeSetData, RunStatus, StepRecord } from './types.js';

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
export class CheckpointError extends Error {
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

export function seal(checkpoint: Checkpoint): SealedCheckpoint {
  return { digest: digestOf(checkpoint), checkpoint };
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
  return checkpoint;
}

/** Kinds that read or write the checkout: their inputs include the workspace's identity. */
const WORKSPACE_FREE_KINDS: ReadonlySet<string> = new Set(['llm', 'approval']);

/**
 * The hash that says whether a finished step may be reused: its kind, its fields with every
 * expression rendered (prompt, model and parameters, image, command, env), and for kinds that
 * touch the checkout, the workspace's identity. Secrets are replaced by `***` first: the
 * checkpoint may be public (a PR comment), and a hash of a short secret could be guessed;
 * a rotated key does not make a step run again either.
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
      workspace: WORKSPACE_FREE_KINDS.has(spec.kind) ? null : (workspaceKey ?? null),
    }),
  );
}

function withoutSecrets(value: JsonObject, secrets: string[]): JsonObject {
  return createRedactor(secrets).json(value);
}

export function inputsHash(inputs: Record<string, JsonValue>): string {
  return sha256(canonicalJson(inputs));
}
