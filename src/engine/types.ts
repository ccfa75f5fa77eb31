import type { JsonObject, JsonValue, StepSpec, Workflow } from '../workflow/model.js';
import type { WorkflowKind } from '../workflow/kinds.js';
import { WfloError } from '../common/errors.js';
import type { Clock } from '../common/clock.js';
import type { Usage } from '../llm/usage.js';
import type { ChangeRules, ChangeSetData } from '../checkout/port.js';
import type { StepLogger } from '../common/step-logger.js';
import type { BudgetLedger } from '../cost/ledger.js';
import type { StepWorstCase } from '../cost/step-estimate.js';
import type { RunPoolHold } from '../pools/port.js';
import type { Services } from './services.js';
import type { Redactor } from '../common/secrets.js';
import type {
  EnvironmentService,
  RunStatus,
  StepRecord,
  StepStatus,
} from '../record/step-record.js';

export type {
  EnvironmentService,
  FinishedStep,
  RunStatus,
  StepRecord,
  StepStatus,
} from '../record/step-record.js';

/** What a step kind returns for one attempt. */
export interface StepOutcome {
  status: Exclude<StepStatus, 'skipped' | 'cancelled'>;
  outputs: JsonObject;
  /** One sentence, present when status is not `succeeded`. */
  error?: string;
  usage?: Usage;
  /** Money this attempt spent, in integer micro-dollars. */
  costMicros?: number;
  /**
   * Changes made to a private copy of the checkout. The engine applies them only if the step
   * succeeds and every approval gate after it approves (DESIGN.md §5: the rollback).
   */
  changes?: ChangeSetData;
  /**
   * Set when wflo's environment failed, not the step's own work (EnvironmentError): never
   * retried, never covered by `continue_on_error`, and the run fails (DESIGN.md §2).
   */
  environment?: EnvironmentService;
}

/** What became of a step's changes by the end of the run (the report's `changes`). */
export interface ChangeRecord {
  step: string;
  /**
   * `applied`: in the checkout. `held`: waiting for a gate, kept in the checkpoint for the run
   * that continues. `discarded`: never applied. `reverted`: applied, then taken back because
   * the run did not succeed.
   */
  outcome: 'applied' | 'held' | 'discarded' | 'reverted';
  /** Why the changes are not in the checkout, for every outcome but `applied`. */
  reason?: string;
  /** For `held`: the changes as a unified diff against the checkout, what a reviewer approves. */
  diff?: string;
}

export interface RunInfo {
  id: string;
  workflow: Workflow;
  /** The checkout the run works on (the action's GITHUB_WORKSPACE, the CLI's cwd). */
  workspace: string;
  /** A directory the run may use for scratch files; removed by the edge afterwards. */
  tempDir: string;
}

/** Everything a step kind gets for one attempt. */
export interface StepContext {
  run: RunInfo;
  step: StepSpec;
  /** The step's kind fields with every expression rendered. */
  config: JsonObject;
  /** 1 for the first attempt. */
  attempt: number;
  /** Aborts on cancel (reason: CancelledError) or when the step's timeout passes (reason: StepTimeoutError). */
  signal: AbortSignal;
  /** Absolute time (ms since epoch) at which the step's timeout fires, if it has one. */
  deadline?: number;
  /** For a gate: the digest of what it holds (changes held for it, inputs upstream). */
  gateKey?: string;
  /** For a gate: the changes held for it, by step id — what its approval lets through. */
  held?: [string, ChangeSetData][];
  /**
   * When this step first started, in an earlier job of the same run (a gate the run paused
   * at): the gate's own timeout counts from then, not from this job.
   */
  firstStartedAt?: number;
  clock: Clock;
  log: StepLogger;
  services: Services;
  /** The run's ledger: every call that costs money reserves here first. */
  ledger: BudgetLedger;
}

/**
 * One step kind (`shell`, `llm`, …). The scheduler, plan, summary, checkpoint and post-phase
 * cleanup know kinds only through this interface: each kind declares what it is, and nothing
 * outside src/steps/ names a kind.
 */
export interface StepKind extends WorkflowKind {
  // `gatesChanges` (a gate), `instructionKeys` and `reach` live on WorkflowKind: the loader reads them.
  /**
   * For a gate: true when the step may be decided by policy without asking anyone
   * (`auto_approve`), so the pre-flight does not demand a place to ask in.
   */
  decidedByPolicy?(step: StepSpec): boolean;
  /** What the step's changes may do on the way back (`protected_paths_allowed`); defaults when absent. */
  changeRules?(step: StepSpec): ChangeRules;
  /**
   * Starts containers labelled with the run id: the action's post phase removes them after a
   * cancel, and the summary shows how each ended (exit code, timeout, out of memory).
   */
  readonly usesContainers?: boolean;
  /**
   * False for a kind that neither reads nor writes the checkout: a changed checkout does not
   * make its step run again on resume. Absent counts as true, the safe side.
   */
  readonly readsWorkspace?: boolean;
  /** Calls a model, so it spends money: the plan shows `n/a` when its worst case is unknown. */
  readonly spendsMoney?: boolean;
  /**
   * Worst-case cost of one step in micro-dollars from the file alone, or why it cannot be
   * known before the run (the plan and the action's dry run print it). Asynchronous, so a kind
   * loads its estimator (token counting) only when a plan asks, not at `wflo validate`.
   * `{ micros, covers }` is a known worst case with a clause on what it includes.
   */
  worstCase?(step: StepSpec, workflow: Workflow): Promise<StepWorstCase>;
  run(ctx: StepContext): Promise<StepOutcome>;
}

/** The kinds a run may use, by kind key. */
export type StepKindRegistry = ReadonlyMap<string, StepKind>;

/**
 * Whether a run of the workflow may start containers (a step's kind declares
 * `usesContainers`): the start-up sweep runs, and the action's post phase looks for what a
 * cancel could leave running.
 */
export function startsContainers(workflow: Workflow, registry: StepKindRegistry): boolean {
  return workflow.steps.some((s) => registry.get(s.kind)?.usesContainers === true);
}

// Kept for the files #12's branches change (src/agent/): import it from src/common/errors.ts.

export class CancelledError extends WfloError {
  constructor(message = 'the run was cancelled') {
    super(message);
    this.name = 'CancelledError';
  }
}

/**
 * How long a step's work gets between SIGTERM and SIGKILL when its timeout passes (shell and
 * sandbox alike): a command that ignores SIGTERM ends within its timeout and this grace.
 */
export const STOP_GRACE_MS = 5_000;

/**
 * wflo's environment failed — the Docker engine unreachable, an image missing, no API key, the
 * model endpoint or GitHub unreachable after retries — not the step's own work. The message is
 * one clause naming the cause (the engine names the step, the edge adds how to fix it).
 */
export class EnvironmentError extends WfloError {
  constructor(
    message: string,
    readonly service: EnvironmentService,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EnvironmentError';
  }
}

export class StepTimeoutError extends WfloError {
  constructor(readonly timeoutMs: number) {
    super(`timed out after ${timeoutMs} ms`);
    this.name = 'StepTimeoutError';
  }
}

export interface RunResult {
  runId: string;
  workflow: Workflow;
  status: RunStatus;
  /** One sentence saying why the run did not succeed. */
  reason?: string;
  startedAt: string;
  finishedAt: string;
  steps: StepRecord[];
  outputs: JsonObject;
  costMicros: number;
  budgetMicros?: number;
  reservedPeakMicros: number;
  /**
   * Money billed above the reservations that covered it (absent when none was): only a server
   * that bills more than wflo's bound allows can make spend pass the budget, and this says by how much.
   */
  overageMicros?: number;
  /** What the run took from the file's budget pools, when it names any (docs/budgets.md). */
  pools?: RunPoolHold;
  /** What became of each step's changes to the checkout, in the order the steps finished. */
  changes: ChangeRecord[];
  /**
   * The run's secrets, for the edges' own texts: `published` for the summary, comments and
   * report (encoded forms too). Holds functions only, so it never serialises a value.
   */
  redactor: Redactor;
  /** The kinds the run used: the report and summary read their traits, never their names. */
  registry: StepKindRegistry;
}

/** What the edges watch while a run goes: log grouping, progress lines. */
export interface RunObserver {
  stepStarted?(step: StepSpec, attempt: number): void;
  stepLog?(step: StepSpec, level: 'info' | 'warn' | 'error', message: string): void;
  /** A live progress line of a running step (StepLogger.progress), one line, secrets hidden. */
  stepProgress?(step: StepSpec, message: string): void;
  stepFinished?(record: StepRecord): void;
  warning?(message: string): void;
  /** A value a step asked to mask; the edge masks it everywhere it prints (core.setSecret). */
  secret?(value: string): void;
}

export type InputValues = Record<string, JsonValue>;
