// What a run records of its steps: the statuses of a step and of a run, a step's record, what
// a finished step hands on, and which part of wflo's environment failed. Types only; the
// engine writes them, the checkpoint keeps them, the report and summary read them.
import type { JsonObject } from '../common/json.js';
import type { ChangeSetData } from '../checkout/port.js';
import type { Usage } from '../llm/usage.js';

/** A run's final status (DESIGN.md §3). */
export type RunStatus =
  | 'succeeded'
  | 'failed'
  | 'budget_exceeded'
  | 'rejected'
  | 'timed_out'
  | 'waiting_approval'
  | 'cancelled';

/** A step's status: a run status, or `skipped` when its `if` was false or a dependency did not succeed. */
export type StepStatus = RunStatus | 'skipped';

/** The part of wflo's environment that failed; the edge turns it into a setup hint. */
export type EnvironmentService = 'docker' | 'model_api' | 'github' | 'runner';

export interface StepRecord {
  id: string;
  kind: string;
  status: StepStatus;
  attempts: number;
  started_at?: string;
  finished_at?: string;
  duration_ms?: number;
  cost_usd: number;
  usage?: Usage;
  outputs: JsonObject;
  error?: string;
  continue_on_error: boolean;
  /** True when the step was not run again: its record comes from the checkpoint of an earlier run. */
  reused?: boolean;
  /** Which part of wflo's environment failed, when that (not the step's work) failed it. */
  environment?: EnvironmentService;
}

/** A finished step's record, with the changes it made if it succeeded (applied or held by the scheduler). */
export interface FinishedStep {
  record: StepRecord;
  changes?: ChangeSetData;
}
