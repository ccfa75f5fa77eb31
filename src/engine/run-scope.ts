// The run's scope: what is made once when a run starts and lives until it ends — its id, the
// checked inputs, the `env` context, the one redactor, the observer that only sees redacted
// text, the budget ledger, the checkpoint session and the expression context the steps see.
import { randomUUID } from 'node:crypto';
import { createLedger, type BudgetLedger } from '../cost/ledger.js';
import { microsToUsd } from '../common/money.js';
import { renderValue, type StatusFunctions } from '../workflow/expressions.js';
import type { JsonObject, JsonValue, StepSpec, Workflow } from '../workflow/model.js';
import { resolveInputs } from '../workflow/inputs.js';
import {
  createCheckpointSession,
  type CheckpointOptions,
  type CheckpointSession,
} from '../checkpoint/session.js';
import { createRedactor, hostSecrets, secretValues, type Redactor } from '../common/secrets.js';
import type { RunPoolHold } from '../pools/port.js';
import type { Services } from './services.js';
import type { EnvironmentService, RunObserver, StepKindRegistry, StepRecord } from './types.js';

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

export interface RunScope {
  runId: string;
  startedAt: string;
  /** The run's inputs, checked and coerced against the file's `inputs:`. */
  inputs: Record<string, JsonValue>;
  /** The one redaction of the run: every surface (records, logs, outputs, reason) goes through it. */
  redactor: Redactor;
  /** The edge's observer, told only redacted text. */
  observer: RunObserver | undefined;
  ledger: BudgetLedger;
  /** Present when the run keeps checkpoints (docs/resume.md). */
  session: CheckpointSession | undefined;
  /** Aborted on a cancel: running steps stop, nothing new starts. */
  signal: AbortSignal;
  /** The `steps` context: each finished step's outputs and conclusion, filled as steps finish. */
  stepsContext: JsonObject;
  /** The expression context a step sees now (`inputs`, `env`, `steps`, `run`, `github`). */
  context(): JsonObject;
}

export function openRunScope(options: RunOptions): RunScope {
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
  const stepsContext: JsonObject = {};
  return {
    runId,
    startedAt,
    inputs,
    redactor,
    observer,
    ledger,
    session,
    signal: options.signal ?? new AbortController().signal,
    stepsContext,
    context: () => ({
      inputs,
      env: workflowEnv,
      steps: stepsContext,
      run: runContext(runId, ledger),
      github: options.github ?? {},
    }),
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

export function redactRecord(record: StepRecord, redactor: Redactor): StepRecord {
  if (redactor.values().length === 0) return record;
  return {
    ...record,
    outputs: redactor.json(record.outputs, 'published'),
    ...(record.error === undefined ? {} : { error: redactor.published(record.error) }),
  };
}

/** A step's fields rendered as its kind will see them, or undefined when an expression fails. */
export function renderedConfig(
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
