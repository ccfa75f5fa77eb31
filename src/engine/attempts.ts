import { BudgetExceededError, type BudgetLedger } from '../cost/ledger.js';
import { microsToUsd } from '../common/money.js';
import { renderValue, type StatusFunctions } from '../workflow/expressions.js';
import type { JsonObject, StepSpec } from '../workflow/model.js';
import { createStepLogger } from './logger.js';
import { declaredSecrets, type Redactor } from '../common/secrets.js';
import type { Services } from './services.js';
import {
  CancelledError,
  EnvironmentError,
  STOP_GRACE_MS,
  StepTimeoutError,
  type RunInfo,
  type RunObserver,
  type FinishedStep,
  type StepKindRegistry,
  type StepOutcome,
  type StepRecord,
} from './types.js';
import type { ChangeSetData } from '../checkout/port.js';
import type { Usage } from '../llm/usage.js';
import { messageOf } from '../common/errors.js';

/**
 * How long a kind may take to wind down after its signal aborts before the scheduler stops
 * waiting: the grace, plus time for the kind to collect what the killed work left.
 */
export const ABANDON_AFTER_ABORT_MS = STOP_GRACE_MS + 5_000;
const MAX_BACKOFF_MS = 5 * 60_000;

export interface AttemptsInput {
  run: RunInfo;
  spec: StepSpec;
  registry: StepKindRegistry;
  services: Services;
  ledger: BudgetLedger;
  /** The expression context as it stands when the step starts. */
  context: JsonObject;
  status: StatusFunctions;
  runSignal: AbortSignal;
  /** The run's secrets: every line the step logs and its record are cleaned with it. */
  redactor: Redactor;
  observer?: RunObserver;
  /** The config already rendered against `context` (the checkpoint hashes it first); else rendered here. */
  renderedConfig?: JsonObject;
  /** When this step first started in an earlier job of the same run (StepContext.firstStartedAt). */
  firstStartedAt?: number;
  /** For a gate, the digest of what it holds (StepContext.gateKey). */
  gateKey?: string;
  /** For a gate, the changes held for it (StepContext.held). */
  held?: [string, ChangeSetData][];
}

/** Statuses worth another attempt: the step failed on its own, nothing outside it said stop. */
const RETRYABLE = new Set<StepOutcome['status']>(['failed']);

/**
 * Runs one step: renders its config, then attempts it with timeout, retry and back-off. The
 * changes of failed attempts are dropped; those of a succeeded one are returned, not applied.
 */
export async function runStepAttempts(input: AttemptsInput): Promise<FinishedStep> {
  const { spec, services, ledger, observer, runSignal } = input;
  const clock = services.clock;
  const startedAt = clock.now();
  const log = createStepLogger(spec, input.redactor, observer);
  ledger.setStepBudget(spec.id, spec.budgetMicros);

  const record = (
    fields: Partial<StepRecord> & Pick<StepRecord, 'status'>,
    changes?: ChangeSetData,
  ): FinishedStep => {
    const finishedAt = clock.now();
    const stepRecord: StepRecord = {
      id: spec.id,
      kind: spec.kind,
      attempts: 0,
      started_at: new Date(startedAt).toISOString(),
      finished_at: new Date(finishedAt).toISOString(),
      duration_ms: finishedAt - startedAt,
      cost_usd: microsToUsd(ledger.stepSpentMicros(spec.id)),
      outputs: {},
      continue_on_error: false,
      ...fields,
    };
    return changes === undefined ? { record: stepRecord } : { record: stepRecord, changes };
  };

  const kind = input.registry.get(spec.kind);
  if (!kind) {
    return record({
      status: 'failed',
      error: `step kind '${spec.kind}' is not available in this build of wflo`,
    });
  }

  let config: JsonObject;
  try {
    const rendered = input.renderedConfig ?? renderValue(spec.config, input.context, input.status);
    config =
      rendered !== null && typeof rendered === 'object' && !Array.isArray(rendered) ? rendered : {};
  } catch (error) {
    return record({
      status: 'failed',
      error: `an expression in its fields failed: ${messageOf(error)}`,
    });
  }
  // Values under secret-like names in any of the step's `env:` maps, before anything can echo them.
  for (const secret of declaredSecrets(config, services.hostEnv)) log.mask(secret);

  let outcome: StepOutcome = { status: 'failed', outputs: {}, error: 'it did not run' };
  let usage: Usage | undefined;
  let attempt = 0;
  while (attempt < spec.retry.maxAttempts) {
    attempt += 1;
    if (runSignal.aborted) {
      return record({
        status: 'cancelled',
        attempts: attempt - 1,
        usage,
        error: 'the run was cancelled',
      });
    }
    observer?.stepStarted?.(spec, attempt);
    const result = await attemptOnce(input, config, attempt, log);
    if (result === 'cancelled') {
      return record({
        status: 'cancelled',
        attempts: attempt,
        usage,
        error: 'the run was cancelled',
      });
    }
    outcome = result;
    usage = addUsage(usage, outcome.usage);
    // An outage is not the step's to retry: the environment has to be fixed first.
    if (!RETRYABLE.has(outcome.status) || outcome.environment || attempt >= spec.retry.maxAttempts)
      break;
    const delay = Math.min(spec.retry.backoffMs * 2 ** (attempt - 1), MAX_BACKOFF_MS);
    log.warn(
      `attempt ${attempt} failed (${outcome.error ?? 'no reason given'}); retrying in ${delay} ms`,
    );
    try {
      await clock.sleep(delay, runSignal);
    } catch {
      return record({
        status: 'cancelled',
        attempts: attempt,
        usage,
        error: 'the run was cancelled',
      });
    }
  }

  // continue_on_error covers the step's own work, never wflo's environment failing (DESIGN.md §2).
  const continueOnError =
    outcome.status === 'failed' && !outcome.environment
      ? continueOnErrorOf(spec, input, outcome.outputs, log)
      : false;
  return record(
    {
      status: outcome.status,
      attempts: attempt,
      usage,
      outputs: outcome.outputs,
      error:
        outcome.status === 'succeeded'
          ? undefined
          : (outcome.error ?? 'it failed without saying why'),
      continue_on_error: continueOnError,
      ...(outcome.environment === undefined ? {} : { environment: outcome.environment }),
    },
    outcome.status === 'succeeded' ? outcome.changes : undefined,
  );
}

async function attemptOnce(
  input: AttemptsInput,
  config: JsonObject,
  attempt: number,
  log: ReturnType<typeof createStepLogger>,
): Promise<StepOutcome | 'cancelled'> {
  const { spec, services, runSignal } = input;
  const kind = input.registry.get(spec.kind);
  if (!kind) throw new Error(`unknown kind ${spec.kind}`);
  const controller = new AbortController();
  const onRunAbort = () => controller.abort(new CancelledError());
  runSignal.addEventListener('abort', onRunAbort, { once: true });
  const timeoutMs = spec.timeoutMs;
  const deadline = timeoutMs === undefined ? undefined : services.clock.now() + timeoutMs;
  // Both timers go through the clock, so tests can drive time; `timers` cancels them afterwards.
  const timers = new AbortController();
  const ignore = () => undefined;
  if (timeoutMs !== undefined) {
    services.clock
      .sleep(timeoutMs, timers.signal)
      .then(() => controller.abort(new StepTimeoutError(timeoutMs)), ignore);
  }
  // A kind that ignores its signal must not hold the run hostage.
  const abandoned = new Promise<'abandoned'>((resolve) => {
    controller.signal.addEventListener(
      'abort',
      () => {
        services.clock
          .sleep(ABANDON_AFTER_ABORT_MS, timers.signal)
          .then(() => resolve('abandoned'), ignore);
      },
      { once: true },
    );
  });
  try {
    const result = await Promise.race([
      kind.run({
        run: input.run,
        step: spec,
        config,
        attempt,
        signal: controller.signal,
        deadline,
        ...(input.firstStartedAt === undefined ? {} : { firstStartedAt: input.firstStartedAt }),
        ...(input.gateKey === undefined ? {} : { gateKey: input.gateKey }),
        ...(input.held === undefined ? {} : { held: input.held }),
        clock: services.clock,
        log,
        services,
        ledger: input.ledger,
      }),
      abandoned,
    ]);
    const reason: unknown = controller.signal.reason;
    if (controller.signal.aborted && reason instanceof CancelledError) return 'cancelled';
    if (controller.signal.aborted && reason instanceof StepTimeoutError) {
      const outputs = result === 'abandoned' ? {} : result.outputs;
      return {
        status: 'failed',
        outputs: { ...outputs, timed_out: true },
        error: `it timed out after ${formatMs(reason.timeoutMs)}`,
      };
    }
    if (result === 'abandoned')
      return { status: 'failed', outputs: {}, error: 'it did not stop when asked' };
    return result;
  } catch (error) {
    const reason: unknown = controller.signal.reason;
    if (controller.signal.aborted && reason instanceof CancelledError) return 'cancelled';
    if (controller.signal.aborted && reason instanceof StepTimeoutError) {
      return {
        status: 'failed',
        outputs: { timed_out: true },
        error: `it timed out after ${formatMs(reason.timeoutMs)}`,
      };
    }
    if (error instanceof BudgetExceededError)
      return { status: 'budget_exceeded', outputs: {}, error: error.message };
    if (error instanceof EnvironmentError)
      return { status: 'failed', outputs: {}, error: error.message, environment: error.service };
    return { status: 'failed', outputs: {}, error: messageOf(error) };
  } finally {
    timers.abort();
    runSignal.removeEventListener('abort', onRunAbort);
  }
}

function continueOnErrorOf(
  spec: StepSpec,
  input: AttemptsInput,
  outputs: JsonObject,
  log: ReturnType<typeof createStepLogger>,
): boolean {
  if (typeof spec.continueOnError === 'boolean') return spec.continueOnError;
  try {
    // The expression may read this step's own outputs, e.g. `${{ steps.tests.outputs.exit_code == 1 }}`.
    const steps = { ...(input.context.steps as JsonObject), [spec.id]: { outputs } };
    return renderValue(spec.continueOnError, { ...input.context, steps }) === true;
  } catch (error) {
    log.warn(
      `continue_on_error could not be evaluated (${messageOf(error)}); treating it as false`,
    );
    return false;
  }
}

function addUsage(total: Usage | undefined, more: Usage | undefined): Usage | undefined {
  if (!more) return total;
  if (!total) return { ...more };
  return {
    input_tokens: total.input_tokens + more.input_tokens,
    cached_input_tokens: total.cached_input_tokens + more.cached_input_tokens,
    output_tokens: total.output_tokens + more.output_tokens,
    reasoning_tokens: total.reasoning_tokens + more.reasoning_tokens,
  };
}

export function formatMs(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
