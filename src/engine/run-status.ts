// How a run's steps end and what the run says about it: the conclusion each step gives the
// expressions (`success()`, `steps.x.conclusion`), the run's status from its records, and the
// one-sentence reason the edges print. Pure functions of records: the scheduler asks, they answer.
import type { StepSpec } from '../workflow/model.js';
import { messageOf } from '../common/errors.js';
import type { EnvironmentService, RunStatus, StepRecord, StepStatus } from './types.js';

/** Statuses after which nothing new starts: the run has hit a wall, not just a failed branch. */
export const RUN_STOPPING: ReadonlySet<StepStatus> = new Set([
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

export type Conclusion = 'success' | 'failure' | 'cancelled' | 'skipped';

export function conclusionOf(record: StepRecord): Conclusion {
  if (record.status === 'succeeded') return 'success';
  if (record.status === 'skipped') return 'skipped';
  if (record.status === 'cancelled') return 'cancelled';
  return record.continue_on_error ? 'success' : 'failure';
}

export function outcomeOf(status: StepStatus): Conclusion {
  if (status === 'succeeded') return 'success';
  if (status === 'skipped' || status === 'cancelled') return status;
  return 'failure';
}

export function runStatusOf(records: StepRecord[]): RunStatus {
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

export function stopReason(stopped: StepStatus): string {
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
export function reasonOf(
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

export function internalErrorRecord(spec: StepSpec, error: unknown, now: number): StepRecord {
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

export function conditionErrorRecord(spec: StepSpec, error: unknown, now: number): StepRecord {
  return {
    ...internalErrorRecord(spec, error, now),
    attempts: 0,
    error: `its condition could not be evaluated: ${messageOf(error)}`,
  };
}

/** The record of a step that never started: skipped (a false condition, a stop) or cancelled. */
export function notStartedRecord(
  spec: StepSpec,
  status: 'skipped' | 'cancelled',
  why: string,
  now: number,
): StepRecord {
  const at = new Date(now).toISOString();
  return {
    id: spec.id,
    kind: spec.kind,
    status,
    attempts: 0,
    started_at: at,
    finished_at: at,
    duration_ms: 0,
    cost_usd: 0,
    outputs: {},
    error: why,
    continue_on_error: false,
  };
}
