// What a step of a kind can reach (WorkflowKind.reach), for the taint check (DESIGN.md §9).
import type { StepReach } from '../workflow/kinds.js';
import type { JsonValue } from '../workflow/model.js';

/** A kind that only talks: a model call, a gate. */
export const NO_REACH: StepReach = {
  readsCheckout: false,
  changesCheckout: false,
  runsOnRunner: false,
  writesGitHub: false,
};

/**
 * A container's reach from its `workspace` (absent: `fallback`; an expression: `copy`, the
 * worst): `read-only` and `copy` read the checkout, a `copy` whose work can write changes it.
 */
export function containerReach(
  workspace: JsonValue | undefined,
  fallback: string,
  canWrite: boolean,
): StepReach {
  const mode =
    typeof workspace !== 'string' ? fallback : workspace.includes('${{') ? 'copy' : workspace;
  return {
    readsCheckout: mode !== 'none',
    changesCheckout: mode === 'copy' && canWrite,
    runsOnRunner: false,
    writesGitHub: false,
  };
}
