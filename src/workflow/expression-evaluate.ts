// Evaluates a parsed, checked expression against lazily converted context data.
import { data, Evaluator } from '@actions/expressions';
import type { FunctionCall } from '@actions/expressions/ast';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import type { ParsedExpression } from './expression-parse.js';
import { WfloError, messageOf } from '../common/errors.js';

/** An evaluation failure located at the function call that failed (offset relative to the expression text). */
export class EvaluationFailure extends WfloError {
  constructor(
    message: string,
    readonly offset: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'EvaluationFailure';
  }
}

/** Finds a located failure anywhere in a cause chain (the package wraps index errors in plain Errors). */
export function locatedFailure(e: unknown): EvaluationFailure | undefined {
  for (
    let cur: unknown = e, depth = 0;
    cur instanceof Error && depth < 20;
    cur = cur.cause, depth++
  ) {
    if (cur instanceof EvaluationFailure) return cur;
  }
  return undefined;
}

/**
 * GitHub's evaluator refuses to hold more than 1 MiB of strings built by functions at once,
 * counted as .NET does (two bytes a character); wflo holds the same line.
 */
export const MAX_EXPRESSION_MEMORY_BYTES = 1024 * 1024;

class LocatingEvaluator extends Evaluator {
  readonly #expr: ParsedExpression;
  /** Bytes of function results still held: a call's arguments are released when it returns its own. */
  #held = 0;

  constructor(
    expr: ParsedExpression,
    context: data.Dictionary,
    functions: Map<string, FunctionDefinition>,
  ) {
    super(expr.tree, context, functions);
    this.#expr = expr;
  }

  override visitFunctionCall(call: FunctionCall): data.ExpressionData {
    const mark = this.#held;
    let result: data.ExpressionData;
    try {
      result = super.visitFunctionCall(call);
    } catch (e) {
      const inner = locatedFailure(e);
      if (inner !== undefined) throw inner;
      const reason = messageOf(e);
      throw new EvaluationFailure(reason, this.#expr.offsetOf(call.functionName), { cause: e });
    }
    this.#held = mark + (result instanceof data.StringData ? 2 * result.value.length : 0);
    if (this.#held > MAX_EXPRESSION_MEMORY_BYTES) {
      throw new EvaluationFailure(
        `The maximum allowed memory size was exceeded while evaluating ${call.functionName.lexeme}(): the strings built by this expression pass ${MAX_EXPRESSION_MEMORY_BYTES} bytes (2 a character).`,
        this.#expr.offsetOf(call.functionName),
      );
    }
    return result;
  }
}

export function evaluate(
  expr: ParsedExpression,
  context: data.Dictionary,
  functions: ReadonlyMap<string, FunctionDefinition>,
): data.ExpressionData {
  // The Evaluator only reads the map; its declared type is a mutable Map.
  const evaluator = new LocatingEvaluator(
    expr,
    context,
    functions as Map<string, FunctionDefinition>,
  );
  try {
    return evaluator.evaluate();
  } catch (e) {
    const located = locatedFailure(e);
    if (located !== undefined) throw located;
    const reason = messageOf(e);
    // Not inside a function call (e.g. an index access): point at the expression's start.
    throw new EvaluationFailure(reason, expr.start, { cause: e });
  }
}
