// `approval-mode: wait` keeps the job running while a gate waits. GitHub stops a job on its
// hosted runners after 6 hours (the default `timeout-minutes` is 360 on any runner) and
// bills every minute of the wait, so a gate that may wait longer is said before the run,
// at its line, with the mode that does not wait in the job.
import type { StepKindRegistry } from '../engine/types.js';
import { gateWaitBoundMs } from '../steps/approval.js';
import { formatDuration } from '../workflow/duration.js';
import type { SourceRange, Workflow } from '../workflow/model.js';

export const JOB_LIMIT_MS = 6 * 3_600_000;

export interface WaitWarning {
  message: string;
  at: SourceRange;
}

export function longGateWarnings(workflow: Workflow, registry: StepKindRegistry): WaitWarning[] {
  const warnings: WaitWarning[] = [];
  for (const step of workflow.steps) {
    if (registry.get(step.kind)?.gatesChanges !== true) continue;
    const bound = gateWaitBoundMs(step);
    if (typeof bound === 'number' && bound <= JOB_LIMIT_MS) continue;
    const waits =
      bound === undefined
        ? 'has no timeout, so it waits in this job until someone answers'
        : bound === 'templated'
          ? 'waits as long as its timeout expression says'
          : `may wait ${formatDuration(bound)} in this job`;
    const at =
      step.config.timeout !== undefined
        ? workflow.positionOf(`${step.pointer}/${step.kind}/timeout`)
        : workflow.positionOf(step.pointer);
    warnings.push({
      message:
        `The gate '${step.id}' ${waits} (approval-mode: wait), but GitHub stops a job after 6 h ` +
        `by default and bills the runner while it waits; use approval-mode: resume (the job ` +
        `ends at the gate and the answer's comment continues the run) or a timeout of at most 6h.`,
      at,
    });
  }
  return warnings;
}
