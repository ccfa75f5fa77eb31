// Engine overhead per step: a 1,000-step workflow (a chain, and a wide fan-out) through the
// scheduler, against a bare loop calling the same kind with the same contexts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { systemClock } from '../src/engine/clock.js';
import { createLedger } from '../src/cost/ledger.js';
import { runWorkflow } from '../src/engine/run.js';
import type { StepContext, StepKind } from '../src/engine/types.js';
import { makeWorkflow, type StepDraft } from '../__tests__/support/engine-fixtures.js';
import { medianMs, reportFigure } from './report.js';

const STEPS = 1000;
const RUNS = 7;
const dir = mkdtempSync(join(tmpdir(), 'wflo-bench-'));

/** The work each step does: a little computation on its config, returned as outputs. */
const work: StepKind = {
  kind: 'work',
  run: async (ctx: StepContext) => {
    const n = typeof ctx.config.n === 'number' ? ctx.config.n : 0;
    let acc = 0;
    for (let i = 0; i < 100; i += 1) acc = (acc + n * i) % 9973;
    return { status: 'succeeded', outputs: { n, acc } };
  },
};

async function bareLoop(drafts: StepDraft[]): Promise<void> {
  const wf = makeWorkflow(drafts);
  const ledger = createLedger();
  const noop = () => undefined;
  for (const step of wf.steps) {
    await work.run({
      run: { id: 'bench', workflow: wf, workspace: dir, tempDir: dir },
      step,
      config: step.config,
      attempt: 1,
      signal: new AbortController().signal,
      clock: systemClock,
      log: { info: noop, warn: noop, error: noop, mask: noop, redact: (text: string) => text },
      services: { clock: systemClock, hostEnv: {} },
      ledger,
    });
  }
}

async function measure(name: string, drafts: StepDraft[], maxParallel: number): Promise<void> {
  const wf = makeWorkflow(drafts, { maxParallel });
  const registry = new Map([[work.kind, work]]);
  const engine = await medianMs(RUNS, async () => {
    const result = await runWorkflow({
      workflow: wf,
      inputs: {},
      registry,
      services: { clock: systemClock, hostEnv: {} },
      workspace: dir,
      tempDir: dir,
    });
    if (result.status !== 'succeeded')
      throw new Error(`bench run ${result.status}: ${result.reason}`);
  });
  const baseline = await medianMs(RUNS, () => bareLoop(drafts));
  reportFigure({
    bench: 'engine',
    case: name,
    wflo_ms: engine,
    baseline_ms: baseline,
    ratio: engine / baseline,
    note: `overhead ${((engine - baseline) / STEPS).toFixed(4)} ms/step`,
  });
}

it('engine overhead per step on 1,000 steps', async () => {
  const chain: StepDraft[] = Array.from({ length: STEPS }, (_, i) => ({
    id: `s${i}`,
    kind: 'work',
    // Each step reads the previous step's output, as real chains do.
    config: { n: i === 0 ? 1 : `\${{ steps.s${i - 1}.outputs.acc }}` },
  }));
  await measure('chain of 1,000 (each reads the previous output)', chain, 4);

  const fan: StepDraft[] = [
    { id: 'root', kind: 'work', config: { n: 7 } },
    ...Array.from({ length: STEPS - 1 }, (_, i) => ({
      id: `leaf${i}`,
      kind: 'work',
      needs: ['root'],
      config: { n: '${{ steps.root.outputs.acc }}' },
    })),
  ];
  await measure('fan-out of 999 after one root (max_parallel 16)', fan, 16);
});
