// Dummy step kinds for loader tests: the five kinds of DESIGN.md §2, none of which runs.
import type { StepKind, StepKindRegistry } from '../../src/engine/types.js';

export const ALL_KINDS = ['shell', 'llm', 'sandbox', 'agent', 'approval'] as const;

export function dummyKind(kind: string, extra: Partial<StepKind> = {}): StepKind {
  return {
    kind,
    literalKeys: ['run'],
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
