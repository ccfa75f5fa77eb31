// What a sandbox or agent step's changes may do on the way back (DESIGN.md §5): the protected
// places it opens with `protected_paths_allowed`, read from the step as written (never from
// an expression, so what a reviewer reads in the file is what is let through).
import type { ChangeRules } from '../checkout/port.js';
import type { StepSpec } from '../workflow/model.js';

export function changeRulesOf(step: StepSpec): ChangeRules {
  const raw = step.config.protected_paths_allowed;
  const allowed = Array.isArray(raw) ? raw.filter((e): e is string => typeof e === 'string') : [];
  return { protectedPathsAllowed: allowed };
}

/** The step's kind fields without `protected_paths_allowed`, which the engine reads, not the kind. */
export function withoutChangeRules<T extends Record<string, unknown>>(config: T): T {
  const rest: Record<string, unknown> = { ...config };
  delete rest.protected_paths_allowed;
  return rest as T;
}
