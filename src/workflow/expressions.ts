// CONTRACT STUB — to be implemented by the expressions work (see the signatures' docs).
import type { JsonObject, JsonValue } from './model.js';

/** The status functions of a step's `if` (DESIGN.md §2). */
export interface StatusFunctions {
  success(): boolean;
  failure(): boolean;
  always(): boolean;
  cancelled(): boolean;
}

/** A piece of a template string: literal text, or the inside of one `${{ }}`. */
export interface TemplatePart {
  kind: 'text' | 'expr';
  /** For `expr`, the expression text between `${{` and `}}`, untrimmed. */
  text: string;
  /** Offset of the part in the template string (for `expr`, of its `${{`). */
  offset: number;
}

/** A problem in one expression, at an offset inside the template string it came from. */
export interface ExpressionProblem {
  message: string;
  offset: number;
}

/** A context path an expression reads, e.g. `['steps', 'tests', 'outputs', 'exit_code']`. */
export interface ContextReference {
  path: string[];
  offset: number;
}

export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly offset = 0,
  ) {
    super(message);
    this.name = 'ExpressionError';
  }
}

export function splitTemplate(_template: string): TemplatePart[] {
  throw new Error('not implemented');
}

export function hasExpression(_template: string): boolean {
  throw new Error('not implemented');
}

export function checkTemplate(
  _template: string,
  _options: { contexts: readonly string[]; statusFunctions: boolean },
): ExpressionProblem[] {
  throw new Error('not implemented');
}

export function referencesIn(_template: string): ContextReference[] {
  throw new Error('not implemented');
}

export function renderValue(
  _value: JsonValue,
  _context: JsonObject,
  _status?: StatusFunctions,
): JsonValue {
  throw new Error('not implemented');
}

export function evaluateCondition(
  _condition: string,
  _context: JsonObject,
  _status: StatusFunctions,
): boolean {
  throw new Error('not implemented');
}
