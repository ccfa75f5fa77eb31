// `${{ }}` expressions: GitHub's language (via @actions/expressions), typed values, status functions (DESIGN.md §2).
import { data } from '@actions/expressions';
import { truthy } from '@actions/expressions/result';
import { fromData, JsonDictionary, setOwn } from './expression-data.js';
import { EvaluationFailure, evaluate } from './expression-evaluate.js';
import { functionsFor } from './expression-functions.js';
import {
  checkUse,
  parseExpression,
  type ParsedExpression,
  type UseRules,
} from './expression-parse.js';
import { NOT_CLOSED, OPEN, scanTemplate } from './expression-template.js';
import {
  ExpressionError,
  type ContextReference,
  type ExpressionProblem,
  type StatusFunctions,
  type TemplatePart,
} from './expression-types.js';
import type { JsonObject, JsonValue } from './model.js';

export { ExpressionError };
export type { ContextReference, ExpressionProblem, StatusFunctions, TemplatePart };
export { STATUS_FUNCTIONS, FUNCTION_NAMES } from './expression-functions.js';

/** The contexts a workflow file may read (DESIGN.md §2). */
export const WFLO_CONTEXTS = ['inputs', 'env', 'steps', 'run', 'github'] as const;

/** Text and `${{ }}` parts with their offsets; throws ExpressionError at an unclosed `${{`. */
export function splitTemplate(template: string): TemplatePart[] {
  const { parts, unclosedAt } = scanTemplate(template);
  if (unclosedAt !== undefined) throw new ExpressionError(NOT_CLOSED, unclosedAt);
  return parts;
}

export function hasExpression(template: string): boolean {
  return template.includes(OPEN);
}

/** Every problem of a template used where `contexts` (and, if allowed, the status functions) are available. */
export function checkTemplate(
  template: string,
  options: { contexts: readonly string[]; statusFunctions: boolean },
): ExpressionProblem[] {
  const rules = useRules(options.contexts, options.statusFunctions);
  const { parts, unclosedAt } = scanTemplate(template);
  const problems: ExpressionProblem[] = [];
  for (const part of parts) {
    if (part.kind === 'expr')
      problems.push(...problemsOf(part.text, part.offset + OPEN.length, rules));
  }
  if (unclosedAt !== undefined) problems.push({ message: NOT_CLOSED, offset: unclosedAt });
  return problems;
}

/** Every problem of one bare expression (no `${{ }}`), offsets relative to it. */
export function checkExpression(
  expression: string,
  options: { contexts: readonly string[]; statusFunctions: boolean },
): ExpressionProblem[] {
  return problemsOf(expression, 0, useRules(options.contexts, options.statusFunctions));
}

/** Every problem of a step's `if` (bare or one `${{ }}`); the status functions are allowed there. */
export function checkCondition(
  condition: string,
  options: { contexts: readonly string[] },
): ExpressionProblem[] {
  const located = conditionExpression(condition);
  if ('problem' in located) return [located.problem];
  if (located.raw.trim() === '') return [];
  return problemsOf(located.raw, located.base, useRules(options.contexts, true));
}

/** Every context path the template's expressions read, stopping at a computed index or `*`. */
export function referencesIn(template: string): ContextReference[] {
  const refs: ContextReference[] = [];
  for (const part of scanTemplate(template).parts) {
    if (part.kind !== 'expr') continue;
    const outcome = parseExpression(part.text);
    if (!outcome.ok) continue;
    const base = part.offset + OPEN.length;
    for (const ref of outcome.expr.references)
      refs.push({ path: [...ref.path], offset: base + ref.offset });
  }
  return refs;
}

/** What an evaluation may see: the context's own data, the rules of its names, the functions. */
function scopeOf(context: JsonObject, status?: StatusFunctions): Scope {
  return {
    root: new JsonDictionary(context, true),
    rules: useRules(Object.keys(context), status !== undefined),
    functions: functionsFor(status),
  };
}

/**
 * Deep-renders a JSON value. A string that is exactly one `${{ }}` becomes the expression's
 * value with its JSON type; a string mixing text and expressions stays a string.
 */
export function renderValue(
  value: JsonValue,
  context: JsonObject,
  status?: StatusFunctions,
): JsonValue {
  const scope = scopeOf(context, status);
  return renderIn(value, scope, '');
}

/** Evaluates one bare expression (no `${{ }}`) to a typed JSON value. */
export function evaluateExpression(
  expression: string,
  context: JsonObject,
  status?: StatusFunctions,
): JsonValue {
  const scope = scopeOf(context, status);
  return fromData(evaluateText(expression, 0, scope, ''));
}

/**
 * A step's `if`: a bare expression or one `${{ }}`. Without a status function it means
 * `success() && (condition)`, as on GitHub; the result is coerced to a boolean as GitHub does.
 */
export function evaluateCondition(
  condition: string,
  context: JsonObject,
  status: StatusFunctions,
): boolean {
  const located = conditionExpression(condition);
  if ('problem' in located)
    throw new ExpressionError(located.problem.message, located.problem.offset);
  if (located.raw.trim() === '') return status.success();
  const expr = parsedOrThrow(located.raw, located.base, '');
  const scope = scopeOf(context, status);
  throwFirstProblem(expr, located.base, scope.rules, '');
  // `success() && (…)` short-circuits: the condition is not evaluated after a failure.
  if (!expr.usesStatus && !status.success()) return false;
  return truthy(evaluateParsed(expr, located.base, scope, ''));
}

interface Scope {
  root: data.Dictionary;
  rules: UseRules;
  functions: ReturnType<typeof functionsFor>;
}

function useRules(contexts: readonly string[], statusFunctions: boolean): UseRules {
  return {
    contexts: new Set(contexts.map((c) => c.toLowerCase())),
    contextNames: contexts,
    statusFunctions,
  };
}

function problemsOf(raw: string, base: number, rules: UseRules): ExpressionProblem[] {
  const outcome = parseExpression(raw);
  if (!outcome.ok) {
    // GitHub reports the first problem its parser meets; those before the syntax error come first.
    const before = checkUse(outcome.before, rules).map((p) => ({
      message: p.message,
      offset: base + p.offset,
    }));
    return [...before, { message: outcome.problem.message, offset: base + outcome.problem.offset }];
  }
  return checkUse(outcome.expr, rules).map((p) => ({
    message: p.message,
    offset: base + p.offset,
  }));
}

type LocatedCondition = { raw: string; base: number } | { problem: ExpressionProblem };

/** The expression text of an `if` and its offset, refusing text around `${{ }}` (always true on GitHub). */
function conditionExpression(condition: string): LocatedCondition {
  if (!hasExpression(condition)) return { raw: condition, base: 0 };
  const { parts, unclosedAt } = scanTemplate(condition);
  if (unclosedAt !== undefined) return { problem: { message: NOT_CLOSED, offset: unclosedAt } };
  const exprs = parts.filter((p) => p.kind === 'expr');
  const text = parts.find((p) => p.kind === 'text' && p.text.trim() !== '');
  const only = exprs[0];
  if (text !== undefined || exprs.length !== 1 || only === undefined) {
    const at = text?.offset ?? exprs[1]?.offset ?? 0;
    return {
      problem: {
        message:
          'An if must be one expression, bare or inside a single ${{ }}: text around ${{ }} makes a non-empty string, which is always true.',
        offset: at,
      },
    };
  }
  return { raw: only.text, base: only.offset + OPEN.length };
}

function renderIn(value: JsonValue, scope: Scope, pointer: string): JsonValue {
  if (typeof value === 'string') return renderString(value, scope, pointer);
  if (Array.isArray(value)) return value.map((item, i) => renderIn(item, scope, `${pointer}/${i}`));
  if (value !== null && typeof value === 'object') {
    const out: JsonObject = {};
    for (const key of Object.keys(value)) {
      const item = value[key];
      if (item !== undefined)
        setOwn(out, key, renderIn(item, scope, `${pointer}/${escapePointer(key)}`));
    }
    return out;
  }
  return value;
}

function renderString(template: string, scope: Scope, pointer: string): JsonValue {
  if (!hasExpression(template)) return template;
  const { parts, unclosedAt } = scanTemplate(template);
  if (unclosedAt !== undefined) throw new ExpressionError(NOT_CLOSED, unclosedAt, pointer);
  const [first] = parts;
  if (parts.length === 1 && first?.kind === 'expr') {
    return fromData(evaluateText(first.text, first.offset + OPEN.length, scope, pointer));
  }
  // Mixed text: each value is coerced as GitHub's format() does (numbers without trailing zeros, objects as 'Object').
  let out = '';
  for (const part of parts) {
    out +=
      part.kind === 'text'
        ? part.text
        : evaluateText(part.text, part.offset + OPEN.length, scope, pointer).coerceString();
  }
  return out;
}

function evaluateText(
  raw: string,
  base: number,
  scope: Scope,
  pointer: string,
): data.ExpressionData {
  const expr = parsedOrThrow(raw, base, pointer);
  throwFirstProblem(expr, base, scope.rules, pointer);
  return evaluateParsed(expr, base, scope, pointer);
}

function parsedOrThrow(raw: string, base: number, pointer: string): ParsedExpression {
  const outcome = parseExpression(raw);
  if (!outcome.ok) {
    throw new ExpressionError(outcome.problem.message, base + outcome.problem.offset, pointer);
  }
  return outcome.expr;
}

function throwFirstProblem(
  expr: ParsedExpression,
  base: number,
  rules: UseRules,
  pointer: string,
): void {
  const [problem] = checkUse(expr, rules);
  if (problem !== undefined)
    throw new ExpressionError(problem.message, base + problem.offset, pointer);
}

function evaluateParsed(
  expr: ParsedExpression,
  base: number,
  scope: Scope,
  pointer: string,
): data.ExpressionData {
  try {
    return evaluate(expr, scope.root, scope.functions);
  } catch (e) {
    if (e instanceof EvaluationFailure)
      throw new ExpressionError(e.message, base + e.offset, pointer);
    throw e;
  }
}

function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
