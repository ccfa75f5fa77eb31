// The scheduler's checkpoint session: records every finished step (the snapshot is taken at
// once; the store's write is awaited before another step starts) and, when the run continues
// from an earlier checkpoint, says which steps can be reused instead of run and paid again.
import { microsToUsd } from '../cost/money.js';
import type { JsonObject, JsonValue, StepSpec, Workflow } from '../workflow/model.js';
import {
  CHECKPOINT_VERSION,
  inputsHash,
  seal,
  stepInputHash,
  type Checkpoint,
  type CheckpointStep,
} from './checkpoint.js';
import type { CheckpointStore } from './checkpoint-store.js';
import { messageOf, type RunStatus, type StepRecord } from './types.js';

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
  /**
   * Whether changes applied by earlier steps are still in the checkout. False in the action
   * (a resumed job starts from a fresh checkout): steps that changed files run again.
   */
  checkoutKeepsChanges?: boolean;
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
  /** The earlier record of a step that may be reused as it is, or undefined to run it. */
  reusable(
    spec: StepSpec,
    config: JsonObject,
    depsRanAgain: boolean,
    guardIds?: readonly string[],
  ): StepRecord | undefined;
  inputHash(spec: StepSpec, config: JsonObject): string;
  stepFinished(spec: StepSpec, inputHash: string | undefined, record: StepRecord): void;
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
    saving = saving.then(
      () => options.store.save(sealed),
      () => options.store.save(sealed),
    );
    saving.catch((error: unknown) => {
      saveError ??= `the checkpoint could not be saved to ${options.store.where}: ${messageOf(error)}`;
    });
  };

  const hashOf = (spec: StepSpec, config: JsonObject) =>
    stepInputHash(spec, config, options.workspaceKey);

  return {
    carriedMicros: options.resumeFrom?.ledger.spentMicros ?? 0,
    inputHash: hashOf,
    reusable(spec, config, depsRanAgain, guardIds = []) {
      const before = earlier.get(spec.id);
      if (!before || before.record.status !== 'succeeded' || depsRanAgain) return undefined;
      if (before.inputHash !== hashOf(spec, config)) return undefined;
      const changed = before.record.outputs.changes;
      if (Array.isArray(changed) && changed.length > 0) {
        if (options.checkoutKeepsChanges === false) return undefined;
        // Changes held for the gates after the step reached the checkout only if every one of
        // those gates approved in that run; otherwise they were discarded and must be made again.
        const applied = guardIds.every((g) => earlier.get(g)?.record.status === 'succeeded');
        if (!applied) return undefined;
      }
      return { ...before.record, reused: true };
    },
    stepFinished(spec, inputHash, record) {
      // A reused step keeps what it cost when it ran; the ledger already carries that money.
      const costMicros = record.reused
        ? (earlier.get(spec.id)?.costMicros ?? 0)
        : ledger.stepSpentMicros(spec.id);
      steps.push({
        id: spec.id,
        ...(inputHash === undefined ? {} : { inputHash }),
        costMicros,
        record: { ...record, cost_usd: microsToUsd(costMicros) },
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
