// The engine as the edges see it: load a file, run a workflow, the kinds this build has.
// Behind one small interface so the edges' tests can run with fakes.
import type { RunOptions } from '../engine/run.js';
import type { RunResult, StepKindRegistry } from '../engine/types.js';
import { InputError } from '../workflow/inputs.js';
import { builtinKinds } from '../steps/index.js';
import { loadWorkflow, type LoadOptions } from '../workflow/load.js';
import type { Workflow } from '../workflow/model.js';

export interface Engine {
  load(path: string, options: LoadOptions): Promise<Workflow>;
  run(options: RunOptions): Promise<RunResult>;
  registry(): StepKindRegistry;
}

export const engine: Engine = {
  load: loadWorkflow,
  // The scheduler is loaded for a run only, so validating or planning a file does not load it.
  run: async (options) => (await import('../engine/run.js')).runWorkflow(options),
  registry: builtinKinds,
};

/** The engine refused the run's inputs (missing, unknown, wrong type): invalid input, like a bad flag. */
export function isInputError(err: unknown): err is InputError {
  return err instanceof InputError;
}
