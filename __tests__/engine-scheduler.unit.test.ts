import { describe, expect, it } from 'vitest';
import { InputError } from '../src/workflow/inputs.js';
import type { StepContext, StepKind, StepRecord } from '../src/engine/types.js';
import type { Checkout } from '../src/checkout/port.js';
import type { Workflow } from '../src/workflow/model.js';
import {
  fastClock,
  makeWorkflow,
  scriptedKind,
  services,
  runWith,
} from './support/engine-fixtures.js';
import type { RunOptions } from '../src/engine/run.js';

const run = runWith;

const statuses = (steps: StepRecord[]) => Object.fromEntries(steps.map((s) => [s.id, s.status]));

describe('scheduler ordering', () => {
  it('runs a step without needs after the step listed before it', async () => {
    const kind = scriptedKind();
    const result = await run(makeWorkflow([{ id: 'a' }, { id: 'b' }, { id: 'c' }]), [kind]);
    expect(result.status).toBe('succeeded');
    expect(kind.calls.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(kind.peak()).toBe(1);
    const [a, b] = kind.calls;
    expect(b?.startedAt).toBeGreaterThanOrEqual(a?.finishedAt ?? Infinity);
  });

  it('runs independent branches in parallel', async () => {
    const kind = scriptedKind();
    const wf = makeWorkflow([
      { id: 'root' },
      { id: 'left', needs: ['root'], config: { delay_ms: 50 } },
      { id: 'right', needs: ['root'], config: { delay_ms: 50 } },
      { id: 'join', needs: ['left', 'right'] },
    ]);
    const result = await run(wf, [kind]);
    expect(result.status).toBe('succeeded');
    expect(kind.peak()).toBe(2);
    expect(kind.calls.map((c) => c.id).at(-1)).toBe('join');
  });

  it('never runs more steps at once than max_parallel', async () => {
    const kind = scriptedKind();
    const steps = Array.from({ length: 10 }, (_, i) => ({
      id: `s${i}`,
      needs: [],
      config: { delay_ms: 20 },
    }));
    const result = await run(makeWorkflow(steps, { maxParallel: 3 }), [kind]);
    expect(result.status).toBe('succeeded');
    expect(kind.peak()).toBe(3);
    expect(kind.calls).toHaveLength(10);
  });

  it('passes one step’s outputs to the next through expressions, keeping their types', async () => {
    const kind = scriptedKind();
    const wf = makeWorkflow(
      [
        { id: 'count', config: { outputs: { n: 41, items: ['x', 'y'] } } },
        {
          id: 'use',
          config: {
            n: '${{ steps.count.outputs.n }}',
            label: 'items: ${{ join(steps.count.outputs.items) }}',
          },
        },
      ],
      { outputs: { total: '${{ steps.count.outputs.n }}' } },
    );
    const result = await run(wf, [kind]);
    expect(result.steps[1]?.error).toBeUndefined();
    expect(kind.calls[1]?.config).toEqual({ n: 41, label: 'items: x,y' });
    expect(result.outputs).toEqual({ total: 41 });
  });
});

describe('skip semantics', () => {
  it('skips a step whose if is false, and the steps that follow it', async () => {
    const kind = scriptedKind();
    const wf = makeWorkflow([
      { id: 'a' },
      { id: 'b', if: 'false' },
      { id: 'c' },
      { id: 'd', needs: ['a'] },
    ]);
    const result = await run(wf, [kind]);
    expect(statuses(result.steps)).toEqual({
      a: 'succeeded',
      b: 'skipped',
      c: 'skipped',
      d: 'succeeded',
    });
    expect(result.status).toBe('succeeded');
  });

  it('skips dependents of a failed step but runs failure() and always() steps', async () => {
    const kind = scriptedKind();
    const wf = makeWorkflow([
      { id: 'build', config: { status: 'failed' } },
      { id: 'test' },
      { id: 'report', needs: ['test'], if: 'failure()' },
      { id: 'cleanup', needs: ['build'], if: '${{ always() }}' },
      { id: 'other', needs: [] },
    ]);
    const result = await run(wf, [kind]);
    expect(statuses(result.steps)).toEqual({
      build: 'failed',
      test: 'skipped',
      report: 'succeeded',
      cleanup: 'succeeded',
      other: 'succeeded',
    });
    expect(result.status).toBe('failed');
    expect(result.reason).toBe("Step 'build' failed: it ended failed on purpose.");
  });

  it('lets the run succeed past a failed step with continue_on_error, exposing its outcome', async () => {
    const kind = scriptedKind();
    const wf = makeWorkflow([
      {
        id: 'tests',
        continueOnError: true,
        config: { status: 'failed', outputs: { exit_code: 1 } },
      },
      {
        id: 'diagnose',
        if: "steps.tests.outcome == 'failure' && steps.tests.outputs.exit_code != 0",
      },
    ]);
    const result = await run(wf, [kind]);
    expect(statuses(result.steps)).toEqual({ tests: 'failed', diagnose: 'succeeded' });
    expect(result.steps[0]?.continue_on_error).toBe(true);
    expect(result.status).toBe('succeeded');
  });

  it('evaluates an expression continue_on_error against the step’s own outputs', async () => {
    const kind = scriptedKind();
    const wf = makeWorkflow([
      {
        id: 'lint',
        continueOnError: '${{ steps.lint.outputs.exit_code == 1 }}',
        config: { status: 'failed', outputs: { exit_code: 2 } },
      },
    ]);
    const result = await run(wf, [kind]);
    expect(result.steps[0]?.continue_on_error).toBe(false);
    expect(result.status).toBe('failed');
  });
});

describe('retries, timeouts and cancel', () => {
  it('retries a failing step with doubling back-off and records the attempts', async () => {
    const kind = scriptedKind();
    const clock = fastClock();
    const wf = makeWorkflow([
      { id: 'flaky', retry: { maxAttempts: 4, backoffMs: 2000 }, config: { fail_attempts: 2 } },
    ]);
    const result = await run(wf, [kind], { services: services(clock) });
    expect(result.status).toBe('succeeded');
    expect(result.steps[0]?.attempts).toBe(3);
    expect(clock.sleeps).toEqual([2000, 4000]);
  });

  it('gives up after max_attempts and reports the last error', async () => {
    const kind = scriptedKind();
    const wf = makeWorkflow([
      { id: 'broken', retry: { maxAttempts: 2, backoffMs: 10 }, config: { fail_attempts: 5 } },
    ]);
    const result = await run(wf, [kind]);
    expect(result.steps[0]).toMatchObject({
      status: 'failed',
      attempts: 2,
      error: 'attempt 2 failed on purpose',
    });
  });

  it('does not retry a budget stop', async () => {
    const kind = scriptedKind();
    const wf = makeWorkflow([
      {
        id: 'ask',
        retry: { maxAttempts: 3, backoffMs: 10 },
        config: { status: 'budget_exceeded' },
      },
    ]);
    const result = await run(wf, [kind]);
    expect(result.steps[0]?.attempts).toBe(1);
    expect(result.status).toBe('budget_exceeded');
  });

  it('fails a step that passes its timeout, marking timed_out', async () => {
    const kind = scriptedKind();
    const wf = makeWorkflow([
      { id: 'slow', timeoutMs: 30_000, config: { delay_ms: 5_000 } },
      { id: 'after' },
    ]);
    const result = await run(wf, [kind]);
    expect(result.steps[0]).toMatchObject({
      status: 'failed',
      error: 'it timed out after 30s',
      outputs: { timed_out: true },
    });
    expect(result.steps[1]?.status).toBe('skipped');
  });

  it('stops waiting for a kind that ignores its signal', async () => {
    const kind = scriptedKind();
    const wf = makeWorkflow([
      { id: 'stubborn', timeoutMs: 1000, config: { hang: true, delay_ms: 2_000 } },
    ]);
    const started = Date.now();
    const result = await run(wf, [kind]);
    expect(result.steps[0]).toMatchObject({ status: 'failed', error: 'it timed out after 1s' });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('cancels running and pending steps when the run is aborted', async () => {
    const kind = scriptedKind();
    const controller = new AbortController();
    const wf = makeWorkflow([{ id: 'long', config: { delay_ms: 5_000 } }, { id: 'next' }]);
    setTimeout(() => controller.abort(), 30);
    const started = Date.now();
    const result = await run(wf, [kind], { signal: controller.signal });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(statuses(result.steps)).toEqual({ long: 'cancelled', next: 'cancelled' });
    expect(result.status).toBe('cancelled');
  });
});

describe('run-stopping outcomes', () => {
  it('lets running steps finish and starts nothing new after a budget stop', async () => {
    const kind = scriptedKind();
    const wf = makeWorkflow([
      { id: 'cheap', needs: [], config: { delay_ms: 60 } },
      { id: 'pricey', needs: [], config: { status: 'budget_exceeded', delay_ms: 5 } },
      { id: 'later', needs: ['cheap'] },
    ]);
    const result = await run(wf, [kind]);
    expect(statuses(result.steps)).toEqual({
      cheap: 'succeeded',
      pricey: 'budget_exceeded',
      later: 'skipped',
    });
    expect(result.status).toBe('budget_exceeded');
    expect(result.steps[2]?.error).toBe('the budget ran out before this step started');
  });

  it('reports waiting_approval when a gate cannot be answered now', async () => {
    const kind = scriptedKind();
    const wf = makeWorkflow([
      { id: 'gate', config: { status: 'waiting_approval' } },
      { id: 'apply' },
    ]);
    const result = await run(wf, [kind]);
    expect(result.status).toBe('waiting_approval');
    expect(statuses(result.steps)).toEqual({ gate: 'waiting_approval', apply: 'skipped' });
  });
});

describe('kinds, inputs and money', () => {
  it('plugs in a new kind through the registry without touching the scheduler', async () => {
    const echo: StepKind = {
      kind: 'echo',
      run: async (ctx: StepContext) => ({
        status: 'succeeded',
        outputs: { said: ctx.config.say ?? null },
      }),
    };
    const wf = makeWorkflow([{ id: 'hi', kind: 'echo', config: { say: '${{ inputs.who }}' } }], {
      inputs: { who: { type: 'string', required: true } },
    });
    const result = await run(wf, [echo], { inputs: { who: 'world' } });
    expect(result.steps[0]?.outputs).toEqual({ said: 'world' });
  });

  it('refuses a missing required input, naming it', async () => {
    const wf = makeWorkflow([{ id: 'a' }], {
      inputs: { path: { type: 'string', required: true } },
    });
    await expect(run(wf, [scriptedKind()])).rejects.toThrow(
      new InputError("input 'path' is required (string)"),
    );
  });

  it('coerces CLI strings to the declared input types', async () => {
    const kind = scriptedKind();
    const wf = makeWorkflow([{ id: 'a', config: { n: '${{ inputs.n }}', b: '${{ inputs.b }}' } }], {
      inputs: {
        n: { type: 'number', required: true },
        b: { type: 'boolean', required: false, default: false },
      },
    });
    await run(wf, [kind], { inputs: { n: '3', b: 'true' } });
    expect(kind.calls[0]?.config).toEqual({ n: 3, b: true });
  });

  it('takes the smaller of the file budget and the edge budget, and charges each step what it spent', async () => {
    const spender: StepKind = {
      kind: 'spend',
      run: async (ctx) => {
        const hold = ctx.ledger.reserve(ctx.step.id, 400_000, 'a call');
        hold.settle(250_000);
        return { status: 'succeeded', outputs: {} };
      },
    };
    const wf = makeWorkflow(
      [
        { id: 'one', kind: 'spend' },
        { id: 'two', kind: 'spend' },
      ],
      {
        budget: { maxMicros: 2_000_000, warnAt: [] },
      },
    );
    const result = await run(wf, [spender], { budgetMicros: 700_000 });
    expect(result.budgetMicros).toBe(700_000);
    expect(result.costMicros).toBe(500_000);
    expect(result.steps.map((s) => s.cost_usd)).toEqual([0.25, 0.25]);
    expect(result.reservedPeakMicros).toBe(650_000);
  });

  it('turns a reservation that does not fit into a budget stop with the figures', async () => {
    const spender: StepKind = {
      kind: 'spend',
      run: async (ctx) => {
        ctx.ledger.reserve(ctx.step.id, 400_000, 'the call').settle(400_000);
        return { status: 'succeeded', outputs: {} };
      },
    };
    const wf = makeWorkflow([
      { id: 'one', kind: 'spend' },
      { id: 'two', kind: 'spend' },
      { id: 'three', kind: 'spend' },
    ]);
    const result = await run(wf, [spender], { budgetMicros: 500_000 });
    expect(statuses(result.steps)).toEqual({
      one: 'succeeded',
      two: 'budget_exceeded',
      three: 'skipped',
    });
    expect(result.costMicros).toBe(400_000);
    expect(result.reason).toBe(
      "Step 'two' stopped the run at the budget: the call needs a reservation of $0.40, but the run has $0.40 of $0.50 committed.",
    );
  });
});

describe('changes to the checkout', () => {
  /** A checkout that logs what the engine applies and takes back. */
  function loggingCheckout(log: string[]): Checkout {
    return {
      apply: async (_workspace, changes) => {
        if (changes.fail === true) throw new Error('disk full');
        log.push(`apply ${String(changes.made)}`);
        return {
          revert: async () => {
            log.push(`revert ${String(changes.made)}`);
            return [];
          },
        };
      },
    };
  }

  function changingKind(): StepKind {
    return {
      kind: 'change',
      run: async (ctx) => ({
        status: ctx.config.fail === true && ctx.attempt < 3 ? 'failed' : 'succeeded',
        outputs: {},
        error: 'failed on purpose',
        changes: { made: `${ctx.step.id}#${ctx.attempt}` },
      }),
    };
  }

  function runChanging(
    log: string[],
    wf: Workflow,
    kinds: StepKind[],
    extra: Partial<RunOptions> = {},
  ) {
    return run(wf, kinds, {
      services: { ...services(), checkout: loggingCheckout(log) },
      ...extra,
    });
  }

  it('applies a step’s changes only when it succeeds, and takes them back when the run fails', async () => {
    const log: string[] = [];
    const wf = makeWorkflow([
      { id: 'ok', kind: 'change' },
      {
        id: 'flaky',
        kind: 'change',
        retry: { maxAttempts: 3, backoffMs: 1 },
        config: { fail: true },
      },
      {
        id: 'bad',
        kind: 'change',
        retry: { maxAttempts: 1, backoffMs: 1 },
        config: { fail: true },
      },
    ]);
    const result = await runChanging(log, wf, [changingKind()]);
    expect(result.status).toBe('failed');
    // Failed attempts' changes never reach the checkout; at the end the run puts it back.
    expect(log).toEqual(['apply ok#1', 'apply flaky#3', 'revert flaky#3', 'revert ok#1']);
    expect(result.changes).toEqual([
      { step: 'ok', outcome: 'reverted', reason: 'the run ended failed' },
      { step: 'flaky', outcome: 'reverted', reason: 'the run ended failed' },
    ]);
  });

  it('keeps the changes of a run that succeeds', async () => {
    const log: string[] = [];
    const result = await runChanging(log, makeWorkflow([{ id: 'ok', kind: 'change' }]), [
      changingKind(),
    ]);
    expect(result.status).toBe('succeeded');
    expect(log).toEqual(['apply ok#1']);
    expect(result.changes).toEqual([{ step: 'ok', outcome: 'applied' }]);
  });

  it('fails the step when its changes cannot be applied', async () => {
    const kind: StepKind = {
      kind: 'change',
      run: async () => ({ status: 'succeeded', outputs: {}, changes: { fail: true } }),
    };
    const result = await runChanging([], makeWorkflow([{ id: 'write', kind: 'change' }]), [kind]);
    expect(result.steps[0]).toMatchObject({
      status: 'failed',
      error: 'its changes could not be applied to the checkout: disk full',
    });
    expect(result.changes).toEqual([{ step: 'write', outcome: 'discarded', reason: 'disk full' }]);
  });

  it('lets the run go on past changes that cannot be applied when the step continues on error', async () => {
    const kind: StepKind = {
      kind: 'change',
      run: async () => ({ status: 'succeeded', outputs: {}, changes: { fail: true } }),
    };
    const result = await runChanging(
      [],
      makeWorkflow([
        { id: 'write', kind: 'change', continueOnError: true },
        { id: 'after', kind: 'change', config: {} },
      ]),
      [kind],
    );
    expect(result.steps[0]).toMatchObject({ status: 'failed', continue_on_error: true });
    expect(result.steps[1]?.status).toBe('failed');
    expect(result.steps[1]?.error).toContain('disk full');
  });

  it('fails a step that returns changes when the run has no checkout to apply them to', async () => {
    const result = await run(makeWorkflow([{ id: 'write', kind: 'change' }]), [changingKind()]);
    expect(result.steps[0]).toMatchObject({
      status: 'failed',
      error:
        'its changes could not be applied to the checkout: this run has no checkout to apply them to',
    });
  });

  function gateKind(log: string[]): StepKind {
    return {
      kind: 'gate',
      gatesChanges: true,
      run: async (ctx) => {
        log.push(`gate ${ctx.step.id}`);
        return ctx.config.reject === true
          ? {
              status: 'rejected',
              outputs: { decision: 'rejected' },
              error: 'rejected by @reviewer',
            }
          : { status: 'succeeded', outputs: { decision: 'approved' } };
      },
    };
  }

  it('holds a step’s changes until the approval gate after it approves', async () => {
    const log: string[] = [];
    const wf = makeWorkflow([
      { id: 'agent', kind: 'change' },
      { id: 'approve', kind: 'gate' },
      { id: 'verify', kind: 'change' },
    ]);
    const result = await runChanging(log, wf, [changingKind(), gateKind(log)]);
    expect(result.status).toBe('succeeded');
    expect(log).toEqual(['gate approve', 'apply agent#1', 'apply verify#1']);
    expect(result.changes).toEqual([
      { step: 'agent', outcome: 'applied' },
      { step: 'verify', outcome: 'applied' },
    ]);
  });

  it('never applies the changes a gate rejected, and says so', async () => {
    const log: string[] = [];
    const warnings: string[] = [];
    const wf = makeWorkflow([
      { id: 'agent', kind: 'change' },
      { id: 'approve', kind: 'gate', config: { reject: true } },
    ]);
    const result = await runChanging(log, wf, [changingKind(), gateKind(log)], {
      observer: { warning: (m) => warnings.push(m) },
    });
    expect(result.status).toBe('rejected');
    expect(log).toEqual(['gate approve']);
    expect(result.changes).toEqual([
      { step: 'agent', outcome: 'discarded', reason: 'no approval let them through' },
    ]);
    expect(warnings).toContain(
      "the changes of step 'agent' were not applied: no approval let them through",
    );
  });

  it('says held changes are lost when a run stops at a gate without a checkpoint', async () => {
    const log: string[] = [];
    const warnings: string[] = [];
    const waiting: StepKind = {
      kind: 'gate',
      gatesChanges: true,
      run: async () => ({ status: 'waiting_approval', outputs: {}, error: 'no answer yet' }),
    };
    const wf = makeWorkflow([
      { id: 'agent', kind: 'change' },
      { id: 'approve', kind: 'gate' },
    ]);
    const result = await runChanging(log, wf, [changingKind(), waiting], {
      observer: { warning: (m) => warnings.push(m) },
    });
    expect(result.status).toBe('waiting_approval');
    expect(log).toEqual([]);
    expect(result.changes).toEqual([
      {
        step: 'agent',
        outcome: 'discarded',
        reason: 'the run stopped at an approval gate and keeps no checkpoint to continue from',
      },
    ]);
    expect(warnings).toContain(
      "the changes of step 'agent' were not applied and are not kept: the run stopped at an approval gate without a checkpoint",
    );
  });

  it('waits for every gate after a step before applying its changes', async () => {
    const log: string[] = [];
    const wf = makeWorkflow([
      { id: 'agent', kind: 'change' },
      { id: 'lead', kind: 'gate', needs: ['agent'] },
      { id: 'security', kind: 'gate', needs: ['agent'] },
    ]);
    await runChanging(log, wf, [changingKind(), gateKind(log)]);
    expect(log).toEqual(['gate lead', 'gate security', 'apply agent#1']);
  });
});
