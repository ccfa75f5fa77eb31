import { randomUUID } from 'node:crypto';
import { createLedger, type BudgetLedger } from '../cost/ledger.js';
import { microsToUsd } from '../common/money.js';
import { evaluateCondition, renderValue, type StatusFunctions } from '../workflow/expressions.js';
import type { JsonObject, JsonValue, StepSpec, Workflow } from '../workflow/model.js';
import { resolveInputs } from './inputs.js';
import { runStepAttempts } from './attempts.js';
import { createCheckoutChanges } from './checkout-changes.js';
import { canonicalJson, sha256 } from './checkpoint.js';
import { createCheckpointSession, type CheckpointOptions } from './resume.js';
import { createRedactor, hostSecrets, secretValues, type Redactor } from './secrets.js';
import type { Services } from './services.js';
import {
  type EnvironmentService,
  type FinishedStep,
  type RunObserver,
  type RunResult,
  type RunStatus,
  type StepKindRegistry,
  type StepRecord,
  type StepStatus,
} from './types.js';
import type { ChangeSetData } from '../checkout/port.js';
import { messageOf } from '../common/errors.js';
import type { RunPoolHold } from '../pools/port.js';

export interface RunOptions {
  workflow: Workflow;
  /** Input values as given (CLI strings or the action's map); checked and coerced against `inputs:`. */
  inputs: Record<string, JsonValue>;
  registry: StepKindRegistry;
  services: Services;
  /** The checkout the run works on. */
  workspace: string;
  /** Scratch directory for the run. */
  tempDir: string;
  runId?: string;
  /** The edge's cap (`--budget-usd`, `budget-usd`); the run's budget is the smaller of this and the file's. */
  budgetMicros?: number;
  /** The read-only `github` context. */
  github?: JsonObject;
  /** Aborts the run (SIGINT/SIGTERM): running steps are stopped, nothing new starts. */
  signal?: AbortSignal;
  observer?: RunObserver;
  /** Record a checkpoint after every step, and continue from an earlier one (docs/resume.md). */
  checkpoint?: CheckpointOptions;
  /** Secrets the edge holds beyond the runner's environment (the action's key inputs). */
  secrets?: readonly string[];
  /** How to fix a failed part of the environment here, ending the run's reason (the edge's words). */
  setupHint?: (service: EnvironmentService) => string;
  /** The hold the edge took from the file's budget pools (its budget is `budgetMicros`): for the report. */
  pools?: RunPoolHold;
}

/** Statuses after which nothing new starts: the run has hit a wall, not just a failed branch. */
const RUN_STOPPING: ReadonlySet<StepStatus> = new Set([
  'budget_exceeded',
  'rejected',
  'timed_out',
  'waiting_approval',
  'cancelled',
]);

/** When several stops happen at once, the run reports the most decisive one. */
const STATUS_PRECEDENCE: readonly RunStatus[] = [
  'cancelled',
  'budget_exceeded',
  'waiting_approval',
  'rejected',
  'timed_out',
  'failed',
];

type Conclusion = 'success' | 'failure' | 'cancelled' | 'skipped';

interface StepState {
  spec: StepSpec;
  /** Indexes of the steps this one needs. */
  deps: number[];
  record?: StepRecord;
  conclusion?: Conclusion;
  running: boolean;
}

export async function runWorkflow(options: RunOptions): Promise<RunResult> {
  const { workflow, services } = options;
  const clock = services.clock;
  const resumeFrom = options.checkpoint?.resumeFrom;
  // A resumed run keeps its id: its gate comments and container labels are keyed on it.
  const runId = resumeFrom?.runId ?? options.runId ?? randomUUID();
  const startedAt = new Date(clock.now()).toISOString();
  const inputs = resolveInputs(workflow, options.inputs);
  // The `env` context: the runner's environment under the file's `env:`. Values reach a command
  // only when a step names them in its own `env:`, so reading one here exposes nothing by itself.
  const workflowEnv: JsonObject = {
    ...definedStrings(services.hostEnv),
    ...renderEnv(workflow.env, {
      inputs,
      github: options.github ?? {},
      env: definedStrings(services.hostEnv),
    }),
  };

  // One redaction for the run: the runner's secrets, the edge's, and every value under a
  // secret-like name in the file's `env:` now, in each step's `env:` maps as it starts.
  const redactor = createRedactor([
    ...hostSecrets(services.hostEnv),
    ...(options.secrets ?? []),
    ...secretValues(workflowEnv, services.hostEnv),
  ]);
  const observer = redactingObserver(options.observer, redactor);
  for (const secret of redactor.values()) observer?.secret?.(secret);

  const ledger = createLedger({
    budgetMicros: smallerBudget(workflow.budget?.maxMicros, options.budgetMicros),
    warnAt: workflow.budget?.warnAt,
    onWarning: (message) => observer?.warning?.(message),
    carriedMicros: resumeFrom?.ledger.spentMicros,
  });
  const session =
    options.checkpoint &&
    createCheckpointSession({
      options: options.checkpoint,
      runId,
      workflow,
      inputs,
      ledger,
      now: () => clock.now(),
      hostEnv: services.hostEnv,
      readsWorkspace: (kind) => options.registry.get(kind)?.readsWorkspace !== false,
    });
  /** Steps this run executed (not reused): whatever needs them cannot be reused either. */
  const ranAgain = new Set<number>();
  let unsaved = false;
  const runSignal = options.signal ?? new AbortController().signal;

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

  const stepsContext: JsonObject = {};
  const baseContext = (): JsonObject => ({
    inputs,
    env: workflowEnv,
    steps: stepsContext,
    run: runContext(runId, ledger),
    github: options.github ?? {},
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
    if (!state) return;
    const now = new Date(clock.now()).toISOString();
    finish(index, {
      id: state.spec.id,
      kind: state.spec.kind,
      status,
      attempts: 0,
      started_at: now,
      finished_at: now,
      duration_ms: 0,
      cost_usd: 0,
      outputs: {},
      error: why,
      continue_on_error: false,
    });
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
  const status = runStatusOf(records);
  for (const warning of await checkoutChanges.end(status)) observer?.warning?.(warning);
  const outputs = redactor.json(renderOutputs(workflow, baseContext(), observer), 'published');
  if (session) {
    session.runFinished(status);
    const saveError = await session.flush();
    if (saveError) observer?.warning?.(saveError);
  }
  return {
    runId,
    workflow,
    status,
    reason:
      status === 'succeeded'
        ? undefined
        : redactor.published(reasonOf(status, records, options.setupHint)),
    startedAt,
    finishedAt: new Date(clock.now()).toISOString(),
    steps: records,
    outputs,
    costMicros: ledger.spentMicros(),
    budgetMicros: ledger.budgetMicros,
    reservedPeakMicros: ledger.peakCommittedMicros(),
    ...(ledger.overageMicros() > 0 ? { overageMicros: ledger.overageMicros() } : {}),
    ...(options.pools ? { pools: options.pools } : {}),
    changes: checkoutChanges.records(),
    redactor,
    registry: options.registry,
  };
}

/** The observer the edge gave, with every secret hidden from what it is told. */
function redactingObserver(
  observer: RunObserver | undefined,
  redactor: Redactor,
): RunObserver | undefined {
  if (!observer) return undefined;
  return {
    ...observer,
    ...(observer.warning ? { warning: (m) => observer.warning?.(redactor.published(m)) } : {}),
    ...(observer.stepFinished
      ? { stepFinished: (r) => observer.stepFinished?.(redactRecord(r, redactor)) }
      : {}),
  };
}

function redactRecord(record: StepRecord, redactor: Redactor): StepRecord {
  if (redactor.values().length === 0) return record;
  return {
    ...record,
    outputs: redactor.json(record.outputs, 'published'),
    ...(record.error === undefined ? {} : { error: redactor.published(record.error) }),
  };
}

/** A step's fields rendered as its kind will see them, or undefined when an expression fails. */
function renderedConfig(
  spec: StepSpec,
  context: JsonObject,
  status: StatusFunctions,
): JsonObject | undefined {
  try {
    const rendered = renderValue(spec.config, context, status);
    return rendered !== null && typeof rendered === 'object' && !Array.isArray(rendered)
      ? rendered
      : {};
  } catch {
    return undefined; // runStepAttempts renders again and reports the failure on the step.
  }
}

function smallerBudget(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

function definedStrings(env: Record<string, string | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

function runContext(runId: string, ledger: BudgetLedger): JsonObject {
  const remaining = ledger.remainingMicros();
  return {
    id: runId,
    cost_usd: microsToUsd(ledger.spentMicros()),
    budget_remaining_usd: remaining === undefined ? null : microsToUsd(remaining),
  };
}

function renderEnv(env: JsonObject, context: JsonObject): JsonObject {
  const rendered = renderValue(env, context);
  return rendered !== null && typeof rendered === 'object' && !Array.isArray(rendered)
    ? rendered
    : {};
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

function conclusionOf(record: StepRecord): Conclusion {
  if (record.status === 'succeeded') return 'success';
  if (record.status === 'skipped') return 'skipped';
  if (record.status === 'cancelled') return 'cancelled';
  return record.continue_on_error ? 'success' : 'failure';
}

function outcomeOf(status: StepStatus): Conclusion {
  if (status === 'succeeded') return 'success';
  if (status === 'skipped' || status === 'cancelled') return status;
  return 'failure';
}

function runStatusOf(records: StepRecord[]): RunStatus {
  // An outage fails the run (exit 1) whatever else happened, unless it was cancelled: a
  // paused or stopped run would hide that the environment needs fixing first.
  if (
    records.some((r) => r.environment !== undefined) &&
    !records.some((r) => r.status === 'cancelled')
  )
    return 'failed';
  const present = new Set(
    records.filter((r) => r.status !== 'failed' || !r.continue_on_error).map((r) => r.status),
  );
  return STATUS_PRECEDENCE.find((s) => present.has(s)) ?? 'succeeded';
}

function stopReason(stopped: StepStatus): string {
  switch (stopped) {
    case 'failed':
      return "wflo's environment failed before this step started";
    case 'cancelled':
      return 'the run was cancelled before this step started';
    case 'budget_exceeded':
      return 'the budget ran out before this step started';
    case 'waiting_approval':
      return 'the run is waiting at an approval gate';
    default:
      return `the run stopped (${stopped}) before this step started`;
  }
}

/**
 * The run's reason, one sentence: the engine names the step, the kind's clause says what
 * happened, and for an outage the edge's hint says how to fix it.
 */
function reasonOf(
  status: RunStatus,
  records: StepRecord[],
  setupHint?: (service: EnvironmentService) => string,
): string {
  if (status === 'cancelled') return 'The run was cancelled.';
  const culprits = records.filter(
    (r) => r.status === status && !(r.status === 'failed' && r.continue_on_error),
  );
  // An outage is the cause to fix first, whatever else failed beside it.
  const culprit = culprits.find((r) => r.environment !== undefined) ?? culprits[0];
  if (!culprit) return `The run ended ${status}.`;
  const what = culprit.environment !== undefined ? 'could not run' : describeStatus(status);
  const said = culprit.error ? asClause(culprit.error, culprit.id) : '';
  // `was rejected` + `by alice (too risky)` reads as one phrase; anything else follows a colon.
  const clause = said === '' ? '' : said.startsWith('by ') ? ` ${said}` : `: ${said}`;
  const hint =
    culprit.environment !== undefined && setupHint ? asClause(setupHint(culprit.environment)) : '';
  return `Step '${culprit.id}' ${what}${clause}${hint ? `; ${hint}` : ''}.`;
}

/**
 * A kind's message as a clause of the engine's sentence: no subject naming the step again, no
 * full stop of its own (so a reason never reads `Step 'x' failed: Step 'x' exited..`).
 */
function asClause(message: string, stepId?: string): string {
  let text = message.trim().replace(/[.\s]+$/u, '');
  if (stepId !== undefined) {
    const subject = new RegExp(
      `^(?:the (?:approval )?)?(?:step|gate) '${stepId.replace(/[-]/g, '\\$&')}'(?::\\s*|\\s+)`,
      'i',
    );
    text = text.replace(subject, '');
  }
  return text;
}

function describeStatus(status: RunStatus): string {
  switch (status) {
    case 'failed':
      return 'failed';
    case 'budget_exceeded':
      return 'stopped the run at the budget';
    case 'rejected':
      return 'was rejected';
    case 'timed_out':
      return 'timed out waiting for approval';
    case 'waiting_approval':
      return 'is waiting for approval';
    default:
      return status;
  }
}

function renderOutputs(
  workflow: Workflow,
  context: JsonObject,
  observer?: RunObserver,
): JsonObject {
  const outputs: JsonObject = {};
  for (const [name, template] of Object.entries(workflow.outputs)) {
    try {
      outputs[name] = renderValue(template, context);
    } catch (error) {
      observer?.warning?.(`output '${name}' could not be rendered: ${messageOf(error)}`);
      outputs[name] = null;
    }
  }
  return outputs;
}

function internalErrorRecord(spec: StepSpec, error: unknown, now: number): StepRecord {
  const at = new Date(now).toISOString();
  return {
    id: spec.id,
    kind: spec.kind,
    status: 'failed',
    attempts: 1,
    started_at: at,
    finished_at: at,
    duration_ms: 0,
    cost_usd: 0,
    outputs: {},
    error: `internal error: ${messageOf(error)}`,
    continue_on_error: false,
  };
}

function conditionErrorRecord(spec: StepSpec, error: unknown, now: number): StepRecord {
  return {
    ...internalErrorRecord(spec, error, now),
    attempts: 0,
    error: `its condition could not be evaluated: ${messageOf(error)}`,
  };
}
