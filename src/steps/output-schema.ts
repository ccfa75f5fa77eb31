// Where an output_schema goes wrong, for `wflo validate`: shared by the llm and agent kinds.
import { outputSchemaProblems } from '../llm/structured-output.js';
import { configPointer } from '../workflow/config-source.js';
import { diagnosticAt, type Diagnostic } from '../workflow/errors.js';
import type { StepSpec, Workflow } from '../workflow/model.js';
import { isObject } from '../workflow/where.js';

const EXPRESSION = /\$\{\{/;

/**
 * An output_schema's problems at the line of the keyword at fault: not a JSON Schema, or a
 * keyword OpenAI's strict mode refuses. A schema holding expressions is checked when it runs.
 */
export function outputSchemaDiagnostics(step: StepSpec, workflow: Workflow): Diagnostic[] {
  const schema = step.config.output_schema;
  if (!isObject(schema) || EXPRESSION.test(JSON.stringify(schema))) return [];
  const base = configPointer(step, 'output_schema');
  return outputSchemaProblems(schema).map((p) =>
    diagnosticAt(workflow.positionOf(pointerIn(base, p.pointer), 'key'), p.message),
  );
}

/** `base` + a pointer inside the value at `base`. */
function pointerIn(base: string, inner: string): string {
  return inner === '' ? base : `${base}${inner}`;
}
