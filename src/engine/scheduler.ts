// The scheduler loop: starts every step whose needs have finished, up to `max_parallel` at
// once, in file order; judges each step's `if:`; reuses a checkpointed step instead of running
// it; hands a step's changes to the checkout (or holds them for the gate after it); and once
// the run has hit a wall (budget, gate, cancel, outage) starts nothing new.
import { evaluateCondition, type StatusFunctions } from '../workflow/expressions.js';
import type { JsonObject, StepSpec, Workflow } from '../workflow/model.js';
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
  return new Scheduler(options, scope).run();
}

/** What a checkpoint says of a step about to start (nothing without a checkpoint). */
interface FromCheckpoint {
  /** The step's fields rendered once, for the hash and the attempts. */
  config?: JsonObject;
  inputHash?: string;
  /** When the step first started, in an earlier run that stopped at its gate. */
  firstStartedAt?: number;
  /** The earlier run's result, when the step may be reused instead of run. */
  reused?: FinishedStep;
}

class Scheduler {
  private readonly states: StepState[];
  private readonly ancestorsOf: (index: number) => Set<number>;
  private readonly checkoutChanges: CheckoutChanges;
  /** Steps this run executed (not reused): whatever needs them cannot be reused either. */
  private readonly ranAgain = new Set<number>();
  /** Input hashes of the steps started so far (with a checkpoint), for the gates after them. */
  private readonly inputHashes = new Map<number, string>();
  private readonly running = new Map<number, Promise<void>>();
  /** A step finished since the checkpoint was last stored. */
  private unsaved = false;
  /** The wall the run hit: nothing new starts once it is set. */
  private stopped: StepStatus | undefined;

  constructor(
    private readonly options: RunOptions,
    private readonly scope: RunScope,
  ) {
    this.states = stepStates(options.workflow);
    this.ancestorsOf = lazyAncestors(this.states);
    this.checkoutChanges = checkoutChangesFor(options, this.ancestorsOf);
  }

  async run(): Promise<Scheduled> {
    const { session, signal } = this.scope;
    let firstUnfinished = 0;
    for (;;) {
      if (this.unsaved && session) {
        // The checkpoint of every finished step is stored before another step starts.
        this.unsaved = false;
        await session.flush();
      }
      if (signal.aborted && this.stopped === undefined) this.stopped = 'cancelled';
      // Steps before the first unfinished one never need another look.
      while (this.states[firstUnfinished]?.record) firstUnfinished += 1;
      const progressed = this.pass(firstUnfinished);
      if (this.running.size === 0) {
        if (!progressed) break;
        continue;
      }
      if (!progressed) await Promise.race(this.running.values());
    }
    const records = this.states
      .map((s) => s.record)
      .filter((r): r is StepRecord => r !== undefined);
    return { records, checkoutChanges: this.checkoutChanges };
  }

  /** One look at every step whose needs have finished: skip it, or judge its `if:` and start it. */
  private pass(from: number): boolean {
    let progressed = false;
    for (let i = from; i < this.states.length; i += 1) {
      const state = this.states[i];
      if (!state || state.record || state.running) continue;
      if (!state.deps.every((d) => this.states[d]?.record)) continue;
      // A stopped run skips what is left at once; otherwise at most max_parallel run.
      if (this.stopped === undefined && this.running.size >= this.options.workflow.maxParallel)
        break;
      this.decide(state);
      progressed = true;
    }
    return progressed;
  }

  private decide(state: StepState): void {
    const index = state.spec.index;
    if (this.stopped !== undefined) {
      const status = this.stopped === 'cancelled' ? 'cancelled' : 'skipped';
      this.skip(index, status, stopReason(this.stopped));
      return;
    }
    let shouldRun: boolean;
    try {
      shouldRun = evaluateCondition(
        state.spec.if ?? 'success()',
        this.scope.context(),
        this.statusFor(state),
      );
    } catch (error) {
      this.finish(index, conditionErrorRecord(state.spec, error, this.now()));
      return;
    }
    if (shouldRun) this.start(index);
    else
      this.skip(
        index,
        'skipped',
        state.spec.if
          ? `its condition was false: ${state.spec.if}`
          : 'a step it needs did not succeed',
      );
  }

  private now(): number {
    return this.options.services.clock.now();
  }

  private finish(
    index: number,
    finished: StepRecord,
    inputHash?: string,
    changes?: ChangeSetData,
  ): void {
    const state = this.states[index];
    if (!state) return;
    const { session, observer, stepsContext } = this.scope;
    // What a step printed or answered may hold a secret, plain or encoded: its record (the
    // expression context, the checkpoint, the report) never does.
    const record = redactRecord(finished, this.scope.redactor);
    session?.stepFinished(state.spec, inputHash, record, changes);
    this.unsaved = session !== undefined;
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
    if (RUN_STOPPING.has(record.status) && this.stopped === undefined) this.stopped = record.status;
    // An outage fails the run: nothing new starts against an environment that is down.
    if (record.environment !== undefined && this.stopped === undefined) this.stopped = 'failed';
  }

  private skip(index: number, status: 'skipped' | 'cancelled', why: string): void {
    const state = this.states[index];
    if (state) this.finish(index, notStartedRecord(state.spec, status, why, this.now()));
  }

  private statusFor(state: StepState): StatusFunctions {
    const { signal } = this.scope;
    const states = this.states;
    return {
      success: () =>
        !signal.aborted && state.deps.every((d) => states[d]?.conclusion === 'success'),
      failure: () =>
        [...this.ancestorsOf(state.spec.index)].some((a) => states[a]?.conclusion === 'failure'),
      always: () => true,
      cancelled: () => signal.aborted,
    };
  }

  /**
   * A step that succeeded hands over its changes (applied, or held for the gate after it); a
   * gate that approved lets through what it held. Then the step is finished.
   */
  private async settle(
    index: number,
    result: FinishedStep,
    inputHash: string | undefined,
  ): Promise<void> {
    let { record } = result;
    const { changes } = result;
    const checkoutChanges = this.checkoutChanges;
    // Most steps change nothing and gate nothing: finish them without another await.
    if (changes === undefined && !checkoutChanges.isGate(index)) {
      this.finish(index, record, inputHash);
      return;
    }
    const spec = this.states[index]?.spec;
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
        this.scope.observer?.stepLog?.(
          spec,
          'info',
          'its changes wait for the approval gate after it before reaching the checkout',
        );
      }
    }
    this.finish(index, await checkoutChanges.release(index, record), inputHash, changes);
  }

  /**
   * What a gate holds: the changes held for it and, for every step upstream, its inputs and how
   * it ended. An answer is bound to this digest, so it never approves other content.
   */
  private gateKeyOf(gate: number): string {
    return sha256(
      canonicalJson({
        held: this.checkoutChanges.heldFor(gate),
        upstream: [...this.ancestorsOf(gate)]
          .sort((a, b) => a - b)
          .map((a) => [
            this.states[a]?.spec.id ?? '',
            this.inputHashes.get(a) ?? null,
            this.states[a]?.record?.status ?? null,
          ]),
      }),
    );
  }

  /** Starts a step: reused from the checkpoint when it may be, else run attempt by attempt. */
  private start(index: number): void {
    const state = this.states[index];
    if (!state) return;
    const gateKey = this.checkoutChanges.isGate(index) ? this.gateKeyOf(index) : undefined;
    const known = this.fromCheckpoint(state, gateKey);
    const { inputHash } = known;
    // A reused step's changes are applied (or held) again: this checkout may not have them.
    const work = known.reused
      ? this.settle(index, known.reused, inputHash)
      : this.attempts(state, known, gateKey);
    state.running = true;
    const promise = work.catch((error: unknown) =>
      // Step failures come back as records; reaching here is a bug, kept visible.
      this.finish(index, internalErrorRecord(state.spec, error, this.now()), inputHash),
    );
    this.running.set(
      index,
      promise.finally(() => this.running.delete(index)),
    );
  }

  /** With a checkpoint: the step's rendered fields, its input hash, and what it may reuse. */
  private fromCheckpoint(state: StepState, gateKey: string | undefined): FromCheckpoint {
    const session = this.scope.session;
    if (!session) return {};
    const config = renderedConfig(state.spec, this.scope.context(), this.statusFor(state));
    if (!config) return {};
    // A gate is keyed by what it holds too: other content upstream is another question.
    const own = session.inputHash(state.spec, config);
    const hash = gateKey === undefined ? own : sha256(canonicalJson([own, gateKey]));
    this.inputHashes.set(state.spec.index, hash);
    const depsRanAgain = state.deps.some((d) => this.ranAgain.has(d));
    const reused = session.reusable(state.spec, hash, depsRanAgain);
    return {
      config,
      inputHash: hash,
      firstStartedAt: session.firstStartedAt(state.spec, hash),
      ...(reused ? { reused } : {}),
    };
  }

  private attempts(
    state: StepState,
    known: FromCheckpoint,
    gateKey: string | undefined,
  ): Promise<void> {
    const { options, scope } = this;
    const index = state.spec.index;
    this.ranAgain.add(index);
    return runStepAttempts({
      run: {
        id: scope.runId,
        workflow: options.workflow,
        workspace: options.workspace,
        tempDir: options.tempDir,
      },
      spec: state.spec,
      registry: options.registry,
      services: options.services,
      ledger: scope.ledger,
      context: scope.context(),
      status: this.statusFor(state),
      runSignal: scope.signal,
      redactor: scope.redactor,
      observer: scope.observer,
      renderedConfig: known.config,
      ...(known.firstStartedAt === undefined ? {} : { firstStartedAt: known.firstStartedAt }),
      ...(gateKey === undefined ? {} : { gateKey, held: this.checkoutChanges.heldFor(index) }),
    }).then((result) => this.settle(index, result, known.inputHash));
  }
}

/** Each step with the indexes of the steps it needs. */
function stepStates(workflow: Workflow): StepState[] {
  const indexOf = new Map(workflow.steps.map((s, i) => [s.id, i]));
  return workflow.steps.map((spec) => ({
    spec,
    deps: spec.needs.map((id) => indexOf.get(id) ?? -1).filter((i) => i >= 0),
    running: false,
  }));
}

/** The run's checkout changes: which steps gate them, each kind's change rules. */
function checkoutChangesFor(
  options: RunOptions,
  ancestorsOf: (index: number) => Set<number>,
): CheckoutChanges {
  const { workflow, registry } = options;
  return createCheckoutChanges({
    steps: workflow.steps,
    gates: workflow.steps
      .filter((s) => registry.get(s.kind)?.gatesChanges === true)
      .map((s) => s.index),
    ancestorsOf,
    checkout: options.services.checkout,
    workspace: options.workspace,
    rulesOf: (index) => {
      const spec = workflow.steps[index];
      return spec && registry.get(spec.kind)?.changeRules?.(spec);
    },
    checkpointed: options.checkpoint !== undefined,
  });
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
