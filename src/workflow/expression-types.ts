// Types shared by the expression modules; re-exported by expressions.ts, the public entry.
import { WfloError } from '../common/errors.js';

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

export class ExpressionError extends WfloError {
  constructor(
    message: string,
    readonly offset = 0,
    /** JSON pointer of the failing string inside the value given to renderValue (`''` for the value itself). */
    readonly pointer = '',
  ) {
    super(message);
    this.name = 'ExpressionError';
  }
}
