// The scheduler loop: starts every step whose needs have finished, up to `max_parallel` at
// once, in file order; judges each step's `if:`; reuses a checkpointed step instead of running
// it; hands a step's changes to the checkout (or holds them for the gate after it); and once
// the run has hit a wall (budget, gate, cancel, outage) starts nothing new.
import { evaluateCondition, type StatusFunctions } from '../workflow/expressions.js';
import type { JsonObject, StepSpec } from '../workflow/model.js';
import type { ChangeSetData } from '../checkout/port.js';
import { runStepAttempts } from './attempts.js';
import { createCheckoutChanges, type CheckoutChanges } from './checkout-changes.js';
import { canonicalJson, sha256 } from '../checkpoint/checkpoint.js';
import { redactRecord, renderedConfig, type RunOptions, type RunScope } from './run-scope.js';
import {
  conclusionOf,
  conditionErrorRecord,
  internalErrorRecord,
  notStartedRecord,
  outcomeOf,
  RUN_STOPPING,
  stopReason,
  type Conclusion,
} from './run-status.js';
import type { FinishedStep, StepRecord, StepStatus } from './types.js';

interface StepState {
  spec: StepSpec;
  /** Indexes of the steps this one needs. */
  deps: number[];
  record?: StepRecord;
  conclusion?: Conclusion;
  running: boolean;
}

export interface Scheduled {
  /** Every step's record, in file order (a step that never started has one too). */
  records: StepRecord[];
  /** The changes the steps made, applied or held: the run's end settles what is still held. */
  checkoutChanges: CheckoutChanges;
}

/** Runs the workflow's steps to the end (or to the wall the run hit) in `scope`. */
export async function scheduleSteps(options: RunOptions, scope: RunScope): Promise<Scheduled> {
  const { workflow, services } = options;
  const clock = services.clock;
  const { runId, redactor, observer, ledger, session, stepsContext } = scope;
  const runSignal = scope.signal;
  const baseContext = scope.context;
  /** Steps this run executed (not reused): whatever needs them cannot be reused either. */
  const ranAgain = new Set<number>();
  let unsaved = false;

  const indexOf = new Map(workflow.steps.map((s, i) => [s.id, i]));
  const states: StepState[] = workflow.steps.map((spec) => ({
    spec,
    deps: spec.needs.map((id) => indexOf.get(id) ?? -1).filter((i) => i >= 0),
    running: false,
  }));
  const ancestorsOf = lazyAncestors(states);
  const checkoutChanges = createCheckoutChanges({
    steps: workflow.steps,
    gates: workflow.steps
      .filter((s) => options.registry.get(s.kind)?.gatesChanges === true)
      .map((s) => s.index),
    ancestorsOf,
    checkout: services.checkout,
    workspace: options.workspace,
    rulesOf: (index) => {
      const spec = workflow.steps[index];
      return spec && options.registry.get(spec.kind)?.changeRules?.(spec);
    },
    checkpointed: options.checkpoint !== undefined,
  });

  let stopped: StepStatus | undefined;
  const running = new Map<number, Promise<void>>();

  const finish = (
    index: number,
    finished: StepRecord,
    inputHash?: string,
    changes?: ChangeSetData,
  ) => {
    const state = states[index];
    if (!state) return;
    // What a step printed or answered may hold a secret, plain or encoded: its record (the
    // expression context, the checkpoint, the report) never does.
    const record = redactRecord(finished, redactor);
    session?.stepFinished(state.spec, inputHash, record, changes);
    unsaved = session !== undefined;
    state.record = record;
    state.running = false;
    state.conclusion = conclusionOf(record);
    stepsContext[record.id] = {
      outputs: record.outputs,
      outcome: outcomeOf(record.status),
      conclusion: state.conclusion,
      cost_usd: record.cost_usd,
    };
    observer?.stepFinished?.(record);
    if (RUN_STOPPING.has(record.status) && stopped === undefined) stopped = record.status;
    // An outage fails the run: nothing new starts against an environment that is down.
    if (record.environment !== undefined && stopped === undefined) stopped = 'failed';
  };

  const skip = (index: number, status: 'skipped' | 'cancelled', why: string) => {
    const state = states[index];
    if (state) finish(index, notStartedRecord(state.spec, status, why, clock.now()));
  };

  const statusFor = (state: StepState): StatusFunctions => ({
    success: () =>
      !runSignal.aborted && state.deps.every((d) => states[d]?.conclusion === 'success'),
    failure: () =>
      [...ancestorsOf(state.spec.index)].some((a) => states[a]?.conclusion === 'failure'),
    always: () => true,
    cancelled: () => runSignal.aborted,
  });

  /**
   * A step that succeeded hands over its changes (applied, or held for the gate after it); a
   * gate that approved lets through what it held. Then the step is finished.
   */
  const settle = async (index: number, result: FinishedStep, inputHash: string | undefined) => {
    let { record } = result;
    const { changes } = result;
    // Most steps change nothing and gate nothing: finish them without another await.
    if (changes === undefined && !checkoutChanges.isGate(index)) {
      finish(index, record, inputHash);
      return;
    }
    const spec = states[index]?.spec;
    if (changes !== undefined && record.status === 'succeeded' && spec) {
      const why = await checkoutChanges.settle(index, changes);
      if (why !== undefined) {
        // A reused step keeps `reused` (and so what it cost when it ran) even when this fails.
        // `continue_on_error: true` still lets the run go on; an expression was judged on success.
        record = {
          ...record,
          status: 'failed',
          error: why,
          continue_on_error: spec.continueOnError === true,
        };
      } else if (checkoutChanges.guardIds(index).length > 0) {
        observer?.stepLog?.(
          spec,
          'info',
          'its changes wait for the approval gate after it before reaching the checkout',
        );
      }
    }
    finish(index, await checkoutChanges.release(index, record), inputHash, changes);
  };

  /** Input hashes of the steps started so far (with a checkpoint), for the gates after them. */
  const inputHashes = new Map<number, string>();
  /**
   * What a gate holds: the changes held for it and, for every step upstream, its inputs and how
   * it ended. An answer is bound to this digest, so it never approves other content.
   */
  const gateKeyOf = (gate: number): string =>
    sha256(
      canonicalJson({
        held: checkoutChanges.heldFor(gate),
        upstream: [...ancestorsOf(gate)]
          .sort((a, b) => a - b)
          .map((a) => [
            states[a]?.spec.id ?? '',
            inputHashes.get(a) ?? null,
            states[a]?.record?.status ?? null,
          ]),
      }),
    );

  const start = (index: number) => {
    const state = states[index];
    if (!state) return;
    let inputHash: string | undefined;
    let config: JsonObject | undefined;
    let firstStartedAt: number | undefined;
    let work: Promise<void> | undefined;
    const gateKey = checkoutChanges.isGate(index) ? gateKeyOf(index) : undefined;
    if (session) {
      config = renderedConfig(state.spec, baseContext(), statusFor(state));
      if (config) {
        // A gate is keyed by what it holds too: other content upstream is another question.
        const own = session.inputHash(state.spec, config);
        const hash = gateKey === undefined ? own : sha256(canonicalJson([own, gateKey]));
        inputHash = hash;
        inputHashes.set(index, hash);
        const depsRanAgain = state.deps.some((d) => ranAgain.has(d));
        const reused = session.reusable(state.spec, hash, depsRanAgain);
        // A reused step's changes are applied (or held) again: this checkout may not have them.
        if (reused) work = settle(index, reused, hash);
        firstStartedAt = session.firstStartedAt(state.spec, hash);
      }
    }
    if (!work) {
      ranAgain.add(index);
      work = runStepAttempts({
        run: { id: runId, workflow, workspace: options.workspace, tempDir: options.tempDir },
        spec: state.spec,
        registry: options.registry,
        services,
        ledger,
        context: baseContext(),
        status: statusFor(state),
        runSignal,
        redactor,
        observer,
        renderedConfig: config,
        ...(firstStartedAt === undefined ? {} : { firstStartedAt }),
        ...(gateKey === undefined ? {} : { gateKey, held: checkoutChanges.heldFor(index) }),
      }).then((result) => settle(index, result, inputHash));
    }
    state.running = true;
    const promise = work.catch((error: unknown) =>
      // Step failures come back as records; reaching here is a bug, kept visible.
      finish(index, internalErrorRecord(state.spec, error, clock.now()), inputHash),
    );
    running.set(
      index,
      promise.finally(() => running.delete(index)),
    );
  };

  let firstUnfinished = 0;
  for (;;) {
    if (unsaved && session) {
      // The checkpoint of every finished step is stored before another step starts.
      unsaved = false;
      await session.flush();
    }
    if (runSignal.aborted && stopped === undefined) stopped = 'cancelled';
    let progressed = false;
    // Steps before the first unfinished one never need another look.
    while (states[firstUnfinished]?.record) firstUnfinished += 1;
    for (let i = firstUnfinished; i < states.length; i += 1) {
      const state = states[i];
      if (!state || state.record || state.running) continue;
      if (!state.deps.every((d) => states[d]?.record)) continue;
      const index = state.spec.index;
      if (stopped !== undefined) {
        skip(index, stopped === 'cancelled' ? 'cancelled' : 'skipped', stopReason(stopped));
        progressed = true;
        continue;
      }
      if (running.size >= workflow.maxParallel) break;
      let shouldRun: boolean;
      try {
        shouldRun = evaluateCondition(
          state.spec.if ?? 'success()',
          baseContext(),
          statusFor(state),
        );
      } catch (error) {
        finish(index, conditionErrorRecord(state.spec, error, clock.now()));
        progressed = true;
        continue;
      }
      if (!shouldRun) {
        skip(
          index,
          'skipped',
          state.spec.if
            ? `its condition was false: ${state.spec.if}`
            : 'a step it needs did not succeed',
        );
      } else {
        start(index);
      }
      progressed = true;
    }
    if (running.size === 0) {
      if (!progressed) break;
      continue;
    }
    if (!progressed) await Promise.race(running.values());
  }

  const records = states.map((s) => s.record).filter((r): r is StepRecord => r !== undefined);
  return { records, checkoutChanges };
}

/** Transitive `needs` of a step, for `failure()`; computed only for steps that ask. */
function lazyAncestors(states: StepState[]): (index: number) => Set<number> {
  const memo = new Map<number, Set<number>>();
  const visit = (i: number): Set<number> => {
    const known = memo.get(i);
    if (known) return known;
    const set = new Set<number>();
    memo.set(i, set);
    for (const d of states[i]?.deps ?? []) {
      set.add(d);
      for (const a of visit(d)) set.add(a);
    }
    return set;
  };
  return visit;
}
