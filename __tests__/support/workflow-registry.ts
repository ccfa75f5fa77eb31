// Dummy step kinds for loader tests: the five kinds of DESIGN.md §2, none of which runs. Each
// keeps what the loader reads of the real kind (its durations, outputs and config checks).
import type { StepKind, StepKindRegistry } from '../../src/engine/types.js';
import { builtinKinds } from '../../src/steps/index.js';

export const ALL_KINDS = [...builtinKinds().keys()];

const BUILTIN = builtinKinds();

export function dummyKind(kind: string, extra: Partial<StepKind> = {}): StepKind {
  const real = BUILTIN.get(kind);
  return {
    kind,
    literalKeys: ['run'],
    ...(real?.durationFields ? { durationFields: real.durationFields } : {}),
    ...(real?.outputs ? { outputs: real.outputs } : {}),
    ...(real?.checkConfig ? { checkConfig: real.checkConfig } : {}),
    run: () => Promise.reject(new Error(`the dummy ${kind} kind does not run`)),
    ...extra,
  };
}

export function dummyRegistry(
  kinds: readonly string[] = ALL_KINDS,
  extra: StepKind[] = [],
): StepKindRegistry {
  const map = new Map<string, StepKind>(kinds.map((k) => [k, dummyKind(k)]));
  for (const k of extra) map.set(k.kind, k);
  return map;
}
