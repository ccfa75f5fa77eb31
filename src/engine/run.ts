// A workflow's run: open its scope, schedule its steps, and close it into the result the edges
// report. The parts have their own modules: run-scope.ts (what lives for the run), scheduler.ts
// (the loop that starts steps), run-status.ts (how steps and the run end, and why).
import type { JsonObject, Workflow } from '../workflow/model.js';
import { renderValue } from '../workflow/expressions.js';
import { messageOf } from '../common/errors.js';
import { openRunScope, type RunOptions } from './run-scope.js';
import { reasonOf, runStatusOf } from './run-status.js';
import { scheduleSteps } from './scheduler.js';
import type { RunObserver, RunResult } from './types.js';

export type { RunOptions } from './run-scope.js';

export async function runWorkflow(options: RunOptions): Promise<RunResult> {
  const { workflow, services } = options;
  const clock = services.clock;
  const scope = openRunScope(options);
  const { runId, startedAt, redactor, observer, ledger, session } = scope;
  const { records, checkoutChanges } = await scheduleSteps(options, scope);
  const baseContext = scope.context;
  const status = runStatusOf(records);
  for (const warning of await checkoutChanges.end(status)) observer?.warning?.(warning);
  const outputs = redactor.json(renderOutputs(workflow, baseContext(), observer), 'published');
  if (session) {
    session.runFinished(status);
    const saveError = await session.flush();
    if (saveError) observer?.warning?.(saveError);
  }
  return {
    runId,
    workflow,
    status,
    reason:
      status === 'succeeded'
        ? undefined
        : redactor.published(reasonOf(status, records, options.setupHint)),
    startedAt,
    finishedAt: new Date(clock.now()).toISOString(),
    steps: records,
    outputs,
    costMicros: ledger.spentMicros(),
    budgetMicros: ledger.budgetMicros,
    reservedPeakMicros: ledger.peakCommittedMicros(),
    ...(ledger.overageMicros() > 0 ? { overageMicros: ledger.overageMicros() } : {}),
    ...(options.pools ? { pools: options.pools } : {}),
    changes: checkoutChanges.records(),
    redactor,
    registry: options.registry,
  };
}

function renderOutputs(
  workflow: Workflow,
  context: JsonObject,
  observer?: RunObserver,
): JsonObject {
  const outputs: JsonObject = {};
  for (const [name, template] of Object.entries(workflow.outputs)) {
    try {
      outputs[name] = renderValue(template, context);
    } catch (error) {
      observer?.warning?.(`output '${name}' could not be rendered: ${messageOf(error)}`);
      outputs[name] = null;
    }
  }
  return outputs;
}
