// CONTRACT STUB — implemented by the workflow-file work.
import type { StepKindRegistry } from '../engine/types.js';
import type { Workflow } from './model.js';

export interface LoadOptions {
  /** The kinds this build supports; a step of another kind is a validation error. */
  registry: StepKindRegistry;
}

/** Reads, parses and validates a workflow file; throws WorkflowError with every problem found. */
export async function loadWorkflow(_path: string, _options: LoadOptions): Promise<Workflow> {
  throw new Error('not implemented');
}

/** The same from text already in memory (`file` is used in messages only). */
export function parseWorkflow(_source: string, _file: string, _options: LoadOptions): Workflow {
  throw new Error('not implemented');
}
