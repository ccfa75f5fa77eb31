// The validated, position-carrying form of a workflow file (DESIGN.md §2).
// Values that may hold `${{ }}` stay raw here; the engine renders them when a step starts.
import type { Diagnostic } from './errors.js';

import type { JsonObject } from '../common/json.js';

export type { JsonObject, JsonValue } from '../common/json.js';

/** 1-based line and column, as editors and GitHub annotations count them. */
export interface Position {
  line: number;
  col: number;
}

export interface SourceRange {
  file: string;
  start: Position;
  end: Position;
}

export type InputType = 'string' | 'number' | 'boolean';

export interface InputSpec {
  type: InputType;
  default?: string | number | boolean;
  required: boolean;
  enum?: Array<string | number | boolean>;
  description?: string;
}

export interface ModelPrice {
  /** USD per million tokens, as micro-dollars per million tokens (so exact integers). */
  inputPerMtokMicros: number;
  outputPerMtokMicros: number;
  cachedInputPerMtokMicros?: number;
  /** The model's context window in tokens (`context_window`); else the table's, else 128k. */
  contextTokens?: number;
}

export interface BudgetSpec {
  maxMicros: number;
  /** Fractions of maxMicros, ascending, each in (0, 1]. */
  warnAt: number[];
  /** `budget.pools`: caps shared across runs (docs/budgets.md), in file order; absent: none. */
  pools?: PoolDeclaration[];
  /** `budget.on_store_error`; absent means `fail` (the run stops before its first step). */
  onStoreError?: 'fail' | 'run-alone';
}

/** One entry of `budget.pools`, its key still raw (it may hold `${{ }}` over inputs and github). */
export interface PoolDeclaration {
  key: string;
  capMicros: number;
  period?: 'day' | 'week' | 'month';
  /** JSON pointer of the entry, e.g. `/budget/pools/1`. */
  pointer: string;
}

export interface RetrySpec {
  maxAttempts: number;
  /** Delay before the second attempt; doubles for each further attempt. */
  backoffMs: number;
}

/**
 * Where in the file a value came from, keyed by a JSON pointer such as `/steps/2/llm/prompt`;
 * with `'key'`, where its key starts (the keyword a message is about), when it has one.
 */
export type PositionIndex = (pointer: string, at?: 'value' | 'key') => SourceRange;

export interface StepSpec {
  id: string;
  name?: string;
  /** Index in the file's `steps` list. */
  index: number;
  /** The kind key (`shell`, `llm`, `sandbox`, `approval`, `agent`). */
  kind: string;
  /** Resolved dependencies: the explicit `needs`, or the step listed before. */
  needs: string[];
  /** The `if` expression text without `${{ }}`; absent means `success()`. */
  if?: string;
  timeoutMs?: number;
  retry: RetrySpec;
  /** `true`/`false`, or an expression rendered when the step ends. */
  continueOnError: boolean | string;
  budgetMicros?: number;
  /** The kind's fields, raw (expressions not yet rendered), defaults merged in. */
  config: JsonObject;
  /** JSON pointer of this step in the file, e.g. `/steps/3`. */
  pointer: string;
}

export interface Workflow {
  /** The path as the user gave it; used in every message. */
  file: string;
  /** sha256 hex of the file's bytes. */
  hash: string;
  version: 1;
  name: string;
  description?: string;
  inputs: Record<string, InputSpec>;
  env: JsonObject;
  budget?: BudgetSpec;
  models: Record<string, ModelPrice>;
  maxParallel: number;
  steps: StepSpec[];
  outputs: JsonObject;
  positionOf: PositionIndex;
  /**
   * What `wflo validate` warns of but does not refuse (DESIGN.md §9: outside text on its way to
   * power); printed `file:line:col: warning: message`, and errors under `--strict`.
   */
  warnings?: Diagnostic[];
}
