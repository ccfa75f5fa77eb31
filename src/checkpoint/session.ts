// The scheduler's checkpoint session: records every finished step (the snapshot is taken at
// once; the store's write is awaited before another step starts) and, when the run continues
// from an earlier checkpoint, says which steps can be reused instead of run and paid again.
import { microsToUsd } from '../common/money.js';
import type { JsonObject, JsonValue, StepSpec, Workflow } from '../workflow/model.js';
import {
  CHECKPOINT_VERSION,
  inputsHash,
  seal,
  stepInputHash,
  type Checkpoint,
  type CheckpointStep,
} from './checkpoint.js';
import type { CheckpointStore } from './store.js';
import { type FinishedStep, type RunStatus, type StepRecord } from '../record/step-record.js';
import type { ChangeSetData } from '../checkout/port.js';
import { messageOf } from '../common/errors.js';

/** What the edge passes to runWorkflow to keep checkpoints and continue from one. */
export interface CheckpointOptions {
  store: CheckpointStore;
  /** A verified checkpoint to continue from; its run id and spend carry over. */
  resumeFrom?: Checkpoint;
  /**
   * The checkout's identity, hashed into the inputs of kinds that touch it (CLI: its path;
   * action: its commit), so a step that read another checkout is not reused.
   */
  workspaceKey?: string;
}

export interface LedgerFigures {
  spentMicros(): number;
  peakCommittedMicros(): number;
  stepSpentMicros(stepId: string): number;
  readonly budgetMicros: number | undefined;
}

export interface CheckpointSession {
  /** Money spent by the runs before this one. */
  readonly carriedMicros: number;
  /**
   * The earlier record of a step that may be reused as it is, with its changes (to apply or
   * hold again: the checkout may not have them), or undefined to run it.
   */
  reusable(spec: StepSpec, inputHash: string, depsRanAgain: boolean): FinishedStep | undefined;
  /** When a gate the earlier run paused at was first asked (ms), if this is that gate unchanged. */
  firstStartedAt(spec: StepSpec, inputHash: string): number | undefined;
  inputHash(spec: StepSpec, config: JsonObject): string;
  stepFinished(
    spec: StepSpec,
    inputHash: string | undefined,
    record: StepRecord,
    changes?: ChangeSetData,
  ): void;
  runFinished(status: RunStatus): void;
  /** Waits for every save so far; resolves to the first save error's message, if any. */
  flush(): Promise<string | undefined>;
}

export interface SessionSettings {
  options: CheckpointOptions;
  runId: string;
  workflow: Workflow;
  inputs: Record<string, JsonValue>;
  ledger: LedgerFigures;
  now: () => number;
  /** The runner's environment: its secrets never reach a hash (stepInputHash). */
  hostEnv: Record<string, string | undefined>;
  /** Whether a kind reads the checkout (StepKind.readsWorkspace): its hash then holds the workspace's identity. */
  readsWorkspace: (kind: string) => boolean;
}

/**
 * A step that ended is final (DESIGN.md §2): it succeeded, or failed at its own work under
 * continue_on_error. A gate still waiting, a stop and an outage are asked or tried again.
 */
function ended(record: StepRecord): boolean {
  if (record.status === 'succeeded') return true;
  return record.status === 'failed' && record.continue_on_error && record.environment === undefined;
}

export function createCheckpointSession(settings: SessionSettings): CheckpointSession {
  const { options, workflow, ledger } = settings;
  const earlier = new Map((options.resumeFrom?.steps ?? []).map((s) => [s.id, s]));
  const steps: CheckpointStep[] = [];
  let status: Checkpoint['status'] = 'running';
  let saving: Promise<void> = Promise.resolve();
  let saveError: string | undefined;

  const snapshot = (): Checkpoint => ({
    version: CHECKPOINT_VERSION,
    runId: settings.runId,
    workflow: { file: workflow.file, name: workflow.name, hash: workflow.hash },
    inputs: settings.inputs,
    inputsHash: inputsHash(settings.inputs),
    status,
    ledger: {
      spentMicros: ledger.spentMicros(),
      reservedPeakMicros: ledger.peakCommittedMicros(),
      ...(ledger.budgetMicros === undefined ? {} : { budgetMicros: ledger.budgetMicros }),
    },
    ...(options.workspaceKey === undefined ? {} : { workspaceKey: options.workspaceKey }),
    steps: steps.map((s) => ({ ...s })),
    updatedAt: new Date(settings.now()).toISOString(),
  });

  const save = () => {
    // Taken now, while the figures are those of this moment; written in order.
    const sealed = seal(snapshot());
    const write = async () => {
      const kept = await options.store.save(sealed);
      if (kept?.warning) saveError ??= kept.warning;
    };
    saving = saving.then(write, write);
    saving.catch((error: unknown) => {
      saveError ??= `the checkpoint could not be saved to ${options.store.where}: ${messageOf(error)}`;
    });
  };

  const hashOf = (spec: StepSpec, config: JsonObject) =>
    stepInputHash(
      spec,
      config,
      settings.readsWorkspace(spec.kind) ? options.workspaceKey : undefined,
      settings.hostEnv,
    );

  const firstStartedAt = (spec: StepSpec, inputHash: string): number | undefined => {
    const before = earlier.get(spec.id);
    if (before?.record.status !== 'waiting_approval' || before.inputHash !== inputHash)
      return undefined;
    const at = Date.parse(before.firstStartedAt ?? before.record.started_at ?? '');
    return Number.isNaN(at) ? undefined : at;
  };

  return {
    carriedMicros: options.resumeFrom?.ledger.spentMicros ?? 0,
    inputHash: hashOf,
    reusable(spec, inputHash, depsRanAgain) {
      const before = earlier.get(spec.id);
      if (!before || !ended(before.record) || depsRanAgain) return undefined;
      if (before.inputHash !== inputHash) return undefined;
      // Changes listed but not kept (a store with a size limit dropped them): make them again.
      const listed = before.record.outputs.changes;
      if (Array.isArray(listed) && listed.length > 0 && before.changes === undefined)
        return undefined;
      return {
        record: { ...before.record, reused: true },
        ...(before.changes === undefined ? {} : { changes: before.changes }),
      };
    },
    firstStartedAt,
    stepFinished(spec, inputHash, record, changes) {
      // A reused step keeps what it cost when it ran; the ledger already carries that money.
      const costMicros = record.reused
        ? (earlier.get(spec.id)?.costMicros ?? 0)
        : ledger.stepSpentMicros(spec.id);
      // A gate still waiting keeps the time it was first asked, however many jobs it spans.
      let firstStarted: string | undefined;
      if (record.status === 'waiting_approval') {
        const first = inputHash === undefined ? undefined : firstStartedAt(spec, inputHash);
        firstStarted = first === undefined ? record.started_at : new Date(first).toISOString();
      }
      steps.push({
        id: spec.id,
        ...(inputHash === undefined ? {} : { inputHash }),
        costMicros,
        record: { ...record, cost_usd: microsToUsd(costMicros) },
        ...(changes === undefined ? {} : { changes }),
        ...(firstStarted === undefined ? {} : { firstStartedAt: firstStarted }),
      });
      save();
    },
    runFinished(final) {
      status = final;
      save();
    },
    async flush() {
      await saving.catch(() => undefined);
      return saveError;
    },
  };
}
