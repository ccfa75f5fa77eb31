// What a step can do and which gates hold it, from the kinds' traits (WorkflowKind.reach,
// gatesChanges): read by the taint check at validation and the action's untrusted-event check.
import type { StepReach, WorkflowKind, WorkflowKinds } from './kinds.js';
import type { JsonObject, StepSpec } from './model.js';

/** A kind that does not say what it reaches is taken to reach everything, the safe side. */
const EVERYTHING: StepReach = {
  readsCheckout: true,
  changesCheckout: true,
  runsOnRunner: true,
  writesGitHub: true,
};

export function reachOf(kind: WorkflowKind | undefined, config: JsonObject): StepReach {
  return kind?.reach ? kind.reach(config) : EVERYTHING;
}

/** A step whose `if` runs it whatever came before (`always()`, `failure()`) is not held by a gate. */
export function bypassesGates(step: StepSpec): boolean {
  return step.if !== undefined && /\b(always|failure|cancelled)\s*\(/i.test(step.if);
}

/** The gate steps of a workflow, by the kinds' `gatesChanges`. */
export function gatesOf(steps: readonly StepSpec[], registry: WorkflowKinds): StepSpec[] {
  return steps.filter((s) => registry.get(s.kind)?.gatesChanges === true);
}

/** `can run commands on the runner, write to GitHub and change the checkout`. */
export function powersOf(reach: StepReach): string {
  const can: string[] = [];
  if (reach.runsOnRunner) can.push('run commands on the runner');
  if (reach.writesGitHub) can.push('write to GitHub');
  if (reach.changesCheckout) can.push('change the checkout');
  const last = can.pop();
  return `can ${can.length > 0 ? `${can.join(', ')} and ${last}` : last}`;
}
