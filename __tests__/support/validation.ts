// What `wflo validate` says about a workflow's text, one formatted line per problem.
import { builtinKinds } from '../../src/steps/index.js';
import { formatDiagnostic, WorkflowError } from '../../src/workflow/errors.js';
import { parseWorkflow } from '../../src/workflow/load.js';

export function validationProblems(source: string, file: string): string[] {
  try {
    parseWorkflow(source, file, { registry: builtinKinds() });
    return [];
  } catch (error) {
    if (error instanceof WorkflowError) return error.diagnostics.map(formatDiagnostic);
    throw error;
  }
}
