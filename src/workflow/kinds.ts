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

/**
 * What a step can do once it runs, from its kind section (defaults merged, expressions raw):
 * the taint check (taint.ts, DESIGN.md §9) reads it to find where outside text gains power.
 */
export interface StepReach {
  /** Reads files of the checkout, which a fork's author writes on a pull request. */
  readsCheckout: boolean;
  /** Its changes can reach the checkout (held for a gate after it, like every change). */
  changesCheckout: boolean;
  /** Runs commands on the runner itself, with the runner's files, network and tools. */
  runsOnRunner: boolean;
  /** Can write to GitHub (comments, pushes, labels) with the job's token. */
  writesGitHub: boolean;
}

/** A step kind as the workflow loader knows it; the engine's StepKind extends this. */
export interface WorkflowKind {
  readonly kind: string;
  /**
   * A gate (the approval kind): changes made by the steps before it are held back until it
   * succeeds, so what it asks about is what reaches the checkout. Its outputs are a decision,
   * listed under the report's and summary's approvals; the taint check counts it as the human
   * between outside text and power.
   */
  readonly gatesChanges?: boolean;
  /**
   * Fields of the kind section a model reads as its instructions (`prompt`, `task`): where
   * text an outside author controls must not arrive on its way to power (DESIGN.md §9).
   */
  readonly instructionKeys?: readonly string[];
  /**
   * Fields (a path of keys, `sandbox.image`) whose value the runner fetches over its own network
   * (a container image Docker pulls): outside text there chooses where the runner connects.
   */
  readonly fetchKeys?: readonly string[];
  /** What a step of the kind can reach; absent counts as everything, the safe side. */
  reach?(config: JsonObject): StepReach;
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
