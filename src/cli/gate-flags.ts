// `--approve ID` / `--reject ID` answer approval steps: an id that is not one (a typo, a step
// of another kind) is a wrong flag, said before anything runs (issue #14: a typo was found
// only after the paid steps before the gate had run, and the gate then waited).
import type { StepKindRegistry } from '../engine/types.js';
import type { Workflow } from '../workflow/model.js';
import { didYouMean } from '../workflow/suggest.js';
import { UsageError } from './usage-error.js';

/** Throws a UsageError naming the first flag whose step is missing or not a gate. */
export function checkGateFlags(
  workflow: Workflow,
  registry: StepKindRegistry,
  flags: { approve: readonly string[]; reject: readonly string[] },
): void {
  const gates = workflow.steps
    .filter((s) => registry.get(s.kind)?.gatesChanges === true)
    .map((s) => s.id);
  const theGates =
    gates.length === 0
      ? `${workflow.file} has no approval step`
      : `its approval ${gates.length === 1 ? 'step is' : 'steps are'} ${gates.map((g) => `'${g}'`).join(', ')}`;
  for (const [flag, ids] of [
    ['--approve', flags.approve],
    ['--reject', flags.reject],
  ] as const) {
    for (const id of ids) {
      if (gates.includes(id)) continue;
      const step = workflow.steps.find((s) => s.id === id);
      if (step === undefined) {
        const hint = didYouMean(id, gates);
        throw new UsageError(
          hint
            ? `${flag} ${id}: ${workflow.file} has no step '${id}'${hint}`
            : `${flag} ${id}: ${workflow.file} has no step '${id}'; ${theGates}`,
          'run',
        );
      }
      const at = workflow.positionOf(step.pointer);
      throw new UsageError(
        `${flag} ${id}: step '${id}' (${at.file}:${at.start.line}:${at.start.col}) is not an approval step; ${theGates}`,
        'run',
      );
    }
  }
}
