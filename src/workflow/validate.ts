// The semantic pass: everything the schema cannot check, each problem positioned, and the
// `Workflow` model built from the file's value (DESIGN.md §2).
import { messageOf } from '../common/errors.js';
import type { Diagnostic } from './errors.js';
import type { WorkflowKinds } from './kinds.js';
import type { JsonObject, JsonValue, Workflow } from './model.js';
import type { SourceMap } from './positions.js';
import type { Problems } from './problems.js';
import {
  checkIf,
  checkValue,
  CONTEXTS,
  TOP_ENV_CONTEXTS,
  type ExpressionFacts,
} from './validate-expressions.js';
import { taintWarnings } from './taint.js';
import { buildGraph } from './validate-graph.js';
import { checkPools } from './validate-pools.js';
import { checkDefaults, readStep, type StepDraft } from './validate-steps.js';
import { readBudget, readInputs, readModels } from './validate-values.js';
import { isObject, subjectOf } from './where.js';

const DEFAULT_MAX_PARALLEL = 4;

export interface ValidationInput {
  root: JsonObject;
  file: string;
  hash: string;
  map: SourceMap;
  problems: Problems;
  registry: WorkflowKinds;
}

/** Builds the Workflow, reporting every semantic problem; returns the kinds' own diagnostics too. */
export function validateWorkflow(v: ValidationInput): { workflow: Workflow; extra: Diagnostic[] } {
  const { root, problems, map, registry } = v;
  const inputs = readInputs(root.inputs, problems);
  const budget = readBudget(root.budget, problems);
  const models = readModels(root.models, problems);
  const steps: JsonValue[] = Array.isArray(root.steps) ? root.steps : [];
  const graph = buildGraph(steps, problems);
  checkDefaults(root.defaults, problems, registry);

  const drafts: Array<StepDraft | undefined> = steps.map((step, i) =>
    readStep(step, i, { problems, defaults: root.defaults, budget, registry }),
  );
  const facts: ExpressionFacts = {
    map,
    problems,
    graph,
    inputs,
    kinds: drafts.map((d) => d?.spec.kind || undefined),
    registry,
  };

  drafts.forEach((draft, i) => {
    if (!draft) return;
    const step = steps[i] as JsonObject;
    const spec = draft.spec;
    spec.needs = (graph.needs[i] ?? []).map((n) => graph.ids[n] ?? `steps[${n}]`);
    const scope = { contexts: CONTEXTS, step: i };
    if (typeof step.if === 'string') {
      const condition = checkIf(step.if, `${spec.pointer}/if`, scope, facts);
      if (condition !== undefined) spec.if = condition;
    } else if (typeof step.if === 'boolean') {
      spec.if = String(step.if);
    }
    if (typeof step.continue_on_error === 'string') {
      checkValue(step.continue_on_error, `${spec.pointer}/continue_on_error`, scope, facts);
    }
    const literal = new Set(['run', ...(registry.get(spec.kind)?.literalKeys ?? [])]);
    for (const [key, value] of Object.entries(spec.config)) {
      const pointer = draft.configPointers.get(key) ?? spec.pointer;
      if (literal.has(key)) checkLiteral(value, pointer, problems);
      else checkValue(value, pointer, scope, facts);
    }
  });
  checkPools(budget, facts);
  if (root.env !== undefined) checkValue(root.env, '/env', { contexts: TOP_ENV_CONTEXTS }, facts);
  if (root.outputs !== undefined)
    checkValue(root.outputs, '/outputs', { contexts: CONTEXTS }, facts);

  const workflow: Workflow = {
    file: v.file,
    hash: v.hash,
    version: 1,
    name: typeof root.name === 'string' ? root.name : baseName(v.file),
    inputs,
    env: isObject(root.env) ? root.env : {},
    models,
    maxParallel:
      typeof root.max_parallel === 'number' &&
      Number.isInteger(root.max_parallel) &&
      root.max_parallel >= 1
        ? root.max_parallel
        : DEFAULT_MAX_PARALLEL,
    steps: drafts.filter((d): d is StepDraft => d !== undefined).map((d) => d.spec),
    outputs: isObject(root.outputs) ? root.outputs : {},
    positionOf: map.index,
  };
  if (typeof root.description === 'string') workflow.description = root.description;
  if (problems.count === 0) {
    const warnings = taintWarnings({
      steps: workflow.steps,
      configPointers: new Map(drafts.flatMap((d) => (d ? [[d.spec.index, d.configPointers]] : []))),
      env: workflow.env,
      graph,
      registry,
      map,
    });
    if (warnings.length > 0) workflow.warnings = warnings;
  }
  if (budget) workflow.budget = budget;
  return { workflow, extra: kindDiagnostics(workflow, registry, problems) };
}

/** `run` reaches a shell: a value pasted into it is script injection, so it never holds `${{ }}`. */
function checkLiteral(value: JsonValue, pointer: string, problems: Problems): void {
  if (typeof value !== 'string') return;
  const at = value.indexOf('${{');
  if (at < 0) return;
  problems.at(
    problems.map.offsetInString(pointer, value, at),
    pointer,
    (w) =>
      `${subjectOf(w)} must not contain \${{ }}: pass the value through env (env: { NAME: \${{ … }} }) and use "$NAME"`,
  );
}

/** Each kind's own checks (e.g. a model with no price), for steps that are otherwise sound. */
function kindDiagnostics(
  workflow: Workflow,
  registry: WorkflowKinds,
  problems: Problems,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const step of workflow.steps) {
    const kind = registry.get(step.kind);
    if (!kind?.validate || problems.hasWithin(step.pointer)) continue;
    try {
      out.push(...kind.validate(step, workflow));
    } catch (error) {
      const range = workflow.positionOf(step.pointer);
      out.push({
        file: range.file,
        line: range.start.line,
        col: range.start.col,
        message: `step '${step.id}': the ${step.kind} kind's checks failed: ${messageOf(error)}`,
      });
    }
  }
  return out;
}

function baseName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.ya?ml$/i, '') || base;
}
