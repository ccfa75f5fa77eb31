// Checks every `${{ }}` of the file before anything runs: syntax, functions and contexts
// (through expressions.ts), and what each reference reads: declared inputs, steps that
// run before the reader, fields a step really has.
import type { WorkflowKinds } from './kinds.js';
import {
  checkCondition,
  checkTemplate,
  referencesIn,
  splitTemplate,
  type ContextReference,
} from './expressions.js';
import type { InputSpec, JsonValue } from './model.js';
import { childPointer, type SourceMap } from './positions.js';
import type { Problems } from './problems.js';
import { closest, didYouMean } from './suggest.js';
import type { StepGraph } from './validate-graph.js';
import { subjectOf, type Where } from './where.js';

export const CONTEXTS = ['inputs', 'env', 'steps', 'run', 'github'] as const;
/** Top-level env is rendered before any step runs. */
export const TOP_ENV_CONTEXTS = ['inputs', 'run', 'github'] as const;

const STEP_FIELDS = ['outputs', 'outcome', 'cost_usd'];
const RUN_FIELDS = ['id', 'cost_usd', 'budget_remaining_usd'];
/** Kinds whose outputs are a closed set (DESIGN.md §2); sandbox and shell add the script's own keys. */
export interface ExpressionScope {
  contexts: readonly string[];
  /** The reading step's index, or undefined where any step may be read (workflow outputs). */
  step?: number;
}

export interface ExpressionFacts {
  map: SourceMap;
  problems: Problems;
  graph: StepGraph;
  inputs: Record<string, InputSpec>;
  /** Kind of each step by index, where known. */
  kinds: Array<string | undefined>;
  /** The build's kinds: which outputs a step of each has (WorkflowKind.outputs). */
  registry: WorkflowKinds;
}

/** Checks every string inside `value` (recursively), skipping keys listed in `skip`. */
export function checkValue(
  value: JsonValue,
  pointer: string,
  scope: ExpressionScope,
  facts: ExpressionFacts,
): void {
  if (typeof value === 'string') {
    if (value.includes('${{')) checkString(value, pointer, scope, facts);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkValue(item, childPointer(pointer, i), scope, facts));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      checkValue(item, childPointer(pointer, key), scope, facts);
  }
}

function checkString(
  template: string,
  pointer: string,
  scope: ExpressionScope,
  facts: ExpressionFacts,
): void {
  const { problems, map } = facts;
  for (const p of checkTemplate(template, { contexts: scope.contexts, statusFunctions: false })) {
    problems.at(map.offsetInString(pointer, template, p.offset), pointer, (w) =>
      expressionMessage(w, p.message),
    );
  }
  checkReferences(referencesIn(template), template, template, 0, pointer, scope, facts);
}

/**
 * A step's `if`: a bare expression or exactly one `${{ }}`. Returns the expression text
 * (without `${{ }}`), or undefined when it is not usable.
 */
export function checkIf(
  condition: string,
  pointer: string,
  scope: ExpressionScope,
  facts: ExpressionFacts,
): string | undefined {
  const { problems, map } = facts;
  if (condition.trim() === '') {
    problems.value(pointer, (w) => `${subjectOf(w)} is empty; remove it or write a condition`);
    return undefined;
  }
  let text = condition;
  let wrapped = false;
  if (condition.includes('${{')) {
    let parts;
    try {
      parts = splitTemplate(condition);
    } catch {
      parts = undefined; // unclosed: checkCondition says so, positioned
    }
    if (parts) {
      const exprs = parts.filter((p) => p.kind === 'expr');
      const extra = parts.find((p) => p.kind === 'text' && p.text.trim() !== '');
      const only = exprs[0];
      if (extra || exprs.length !== 1 || !only) {
        problems.value(
          pointer,
          (w) =>
            `${subjectOf(w)} mixes text with \${{ }}, which is always true in GitHub; write the whole condition inside one \${{ }}`,
        );
        return undefined;
      }
      text = only.text;
      wrapped = true;
      if (text.trim() === '') {
        problems.value(pointer, (w) => `${subjectOf(w)} is empty; remove it or write a condition`);
        return undefined;
      }
    }
  }
  const found = checkCondition(condition, { contexts: scope.contexts });
  for (const p of found) {
    problems.at(map.offsetInString(pointer, condition, p.offset), pointer, (w) =>
      expressionMessage(w, p.message),
    );
  }
  if (found.length > 0) return undefined;
  // References of a bare condition are found by reading it as one `${{ }}`.
  const template = wrapped ? condition : `\${{ ${condition} }}`;
  const shift = wrapped ? 0 : -4;
  checkReferences(referencesIn(template), template, condition, shift, pointer, scope, facts);
  return text.trim();
}

/** True when `value` is exactly one `${{ }}` and nothing else (blank text aside). */
export function isSingleExpression(value: string): boolean {
  try {
    const parts = splitTemplate(value);
    return (
      parts.filter((p) => p.kind === 'expr').length === 1 &&
      parts.every((p) => p.kind === 'expr' || p.text.trim() === '')
    );
  } catch {
    return false;
  }
}

function checkReferences(
  refs: ContextReference[],
  template: string,
  original: string,
  shift: number,
  pointer: string,
  scope: ExpressionScope,
  facts: ExpressionFacts,
): void {
  for (const ref of refs) {
    const message = referenceProblem(ref.path, scope, facts);
    if (!message) continue;
    const offset = Math.max(0, Math.min(original.length, ref.offset + shift));
    const at = facts.map.offsetInString(pointer, shift === 0 ? template : original, offset);
    facts.problems.at(
      at,
      pointer,
      (w) => `${subjectOf(w)} reads ${ref.path.join('.')}, ${message(w)}`,
    );
  }
}

function referenceProblem(
  path: string[],
  scope: ExpressionScope,
  facts: ExpressionFacts,
): ((w: Where) => string) | undefined {
  const [context, name, field, output] = path;
  if (context === undefined || name === undefined) return undefined;
  switch (context.toLowerCase()) {
    case 'inputs': {
      const declared = Object.keys(facts.inputs);
      if (declared.some((d) => d.toLowerCase() === name.toLowerCase())) return undefined;
      return () => `but no input '${name}' is declared under inputs${didYouMean(name, declared)}`;
    }
    case 'run':
      if (RUN_FIELDS.includes(name.toLowerCase())) return undefined;
      return () => `which run does not have (it has ${RUN_FIELDS.join(', ')})`;
    case 'steps':
      return stepReference(name, field, output, scope, facts);
    default:
      return undefined;
  }
}

function stepReference(
  name: string,
  field: string | undefined,
  output: string | undefined,
  scope: ExpressionScope,
  facts: ExpressionFacts,
): ((w: Where) => string) | undefined {
  const { graph } = facts;
  const target = graph.indexOf.get(name.toLowerCase());
  if (target === undefined) {
    return () => `but there is no step '${name}'${didYouMean(name, graph.indexOf.keys())}`;
  }
  if (scope.step !== undefined) {
    if (target === scope.step) return () => `its own step, which has no results while it runs`;
    if (!graph.before(scope.step).has(target)) {
      return () => `but '${name}' does not run before this step; add it to needs`;
    }
  }
  if (field === undefined) return undefined;
  if (!STEP_FIELDS.includes(field.toLowerCase())) {
    const hint = closest(field, STEP_FIELDS);
    return () =>
      `but a step has only ${STEP_FIELDS.join(', ')}${hint ? ` (did you mean '${hint}'?)` : ''}`;
  }
  const kind = facts.kinds[target];
  const known = kind === undefined ? undefined : facts.registry.get(kind)?.outputs;
  if (field.toLowerCase() !== 'outputs' || output === undefined || known === undefined)
    return undefined;
  if (known.includes(output.toLowerCase())) return undefined;
  return () => `but ${kind} steps have no output '${output}'${didYouMean(output, known)}`;
}

/** A message of expressions.ts, as the tail of one of ours: `step 'x': llm.prompt: unrecognized …`. */
function expressionMessage(w: Where, message: string): string {
  const text = message.replace(/\.$/, '');
  return `${subjectOf(w)}: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
