// CONTRACT STUB — the scheduler is being written against this signature.
import type { JsonObject, JsonValue } from '../workflow/model.js';
import type { Workflow } from '../workflow/model.js';
import type { Services } from './services.js';
import type { RunObserver, RunResult, StepKindRegistry } from './types.js';

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
}

export async function runWorkflow(_options: RunOptions): Promise<RunResult> {
  throw new Error('not implemented');
}
