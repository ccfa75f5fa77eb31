// Where each key of a step's merged config was written: the step's own kind section or
// `defaults.<kind>`. Kinds use it to point a message at the line the user must change.
import type { StepSpec } from './model.js';

const sources = new WeakMap<StepSpec, ReadonlyMap<string, string>>();

export function recordConfigSources(step: StepSpec, pointers: ReadonlyMap<string, string>): void {
  sources.set(step, pointers);
}

/**
 * The JSON pointer of `key` in the step's config as written in the file, e.g.
 * `/steps/2/llm/model` or `/defaults/llm/model`; the kind section's pointer when the key is
 * in neither (pass it to `workflow.positionOf`).
 */
export function configPointer(step: StepSpec, key: string): string {
  return sources.get(step)?.get(key) ?? `${step.pointer}/${step.kind}`;
}
