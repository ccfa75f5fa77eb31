// What the loader needs to know of a step kind. The kinds themselves live in src/steps/ and
// the edges pass their registry in, so this folder never names one (DESIGN.md §8).
import type { Diagnostic } from './errors.js';
import type { JsonObject, StepSpec, Workflow } from './model.js';
import type { Problems } from './problems.js';

/** One step's kind section, defaults merged in, as a kind's own config check sees it. */
export interface KindConfigCheck {
  kind: string;
  config: JsonObject;
  /** Where each config key came from: the step's own kind section or `defaults`. */
  pointers: ReadonlyMap<string, string>;
  /** The step's kind section (`/steps/2/llm`). */
  at: string;
  problems: Problems;
  /** Reports a required field that is absent (unless a misspelling of it was reported already). */
  missing(field: string): void;
  /** True when a key close to `field` was reported as unknown already. */
  misspelt(field: string): boolean;
}

/** A step kind as the workflow loader knows it; the engine's StepKind extends this. */
export interface WorkflowKind {
  readonly kind: string;
  /** Keys of the config whose strings must never contain `${{ }}` (e.g. `run`). */
  readonly literalKeys?: readonly string[];
  /** Duration fields of the kind's config (kept raw in the config, checked by the loader). */
  readonly durationFields?: readonly string[];
  /** The outputs its steps have, so `steps.x.outputs.typo` is caught; absent: any output. */
  readonly outputs?: readonly string[];
  /** What the config needs once defaults are merged in, beyond the schema (a missing model). */
  checkConfig?(check: KindConfigCheck): void;
  /** Checks beyond the JSON Schema, run by `wflo validate` (e.g. a model with no price). */
  validate?(step: StepSpec, workflow: Workflow): Diagnostic[];
}

/** The kinds a build supports, by kind key. */
export type WorkflowKinds = ReadonlyMap<string, WorkflowKind>;
