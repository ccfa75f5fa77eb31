// The scheduler continuing from a checkpoint: reuse, re-run downstream of a change, spend carried.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Checkpoint } from '../src/checkpoint/checkpoint.js';
import { runWorkflow } from '../src/engine/run.js';
import type { StepKind } from '../src/engine/types.js';
import type { Checkout } from '../src/checkout/port.js';
import type { ApprovalGateway, GateDecision } from '../src/approval/gateway.js';
import { approvalKind } from '../src/steps/approval.js';
import type { Workflow } from '../src/workflow/model.js';
import { memoryStore, paidKind } from './support/checkpoint-fixtures.js';
import { fastClock, makeWorkflow, services, type StepDraft } from './support/engine-fixtures.js';

const tempDir = mkdtempSync(join(tmpdir(), 'wflo-resume-'));

/** A gateway that answers from a fixed decision and counts how often it was asked. */
function gateway(decision: GateDecision['decision']): ApprovalGateway & { asked: string[] } {
  const asked: string[] = [];
  const answer = (): GateDecision => ({
    decision,
    approvers: decision === 'waiting' ? [] : ['rev'],
    comment: '',
    url: '',
    sha: '',
    byPolicy: false,
    ...(decision === 'waiting' ? { howToAnswer: 'answer with --approve gate' } : {}),
  });
  return {
    asked,
    async decide(gate) {
      asked.push(gate.runId);
      return answer();
    },
    async recordPolicyApproval() {
      return answer();
    },
  };
}

const flow = (overrides: Record<string, Partial<StepDraft>> = {}, budgetMicros?: number) =>
  makeWorkflow(
    (
      [
        { id: 'plan', kind: 'paid', config: { prompt: 'plan it', cost: 1000 } },
        {
          id: 'write',
          kind: 'paid',
          config: { prompt: 'write ${{ steps.plan.outputs.text }}', cost: 2000 },
        },
        { id: 'review', kind: 'paid', needs: ['plan'], config: { prompt: 'review', cost: 500 } },
        { id: 'gate', kind: 'approval', needs: ['write', 'review'], config: {} },
        {
          id: 'ship',
          kind: 'paid',
          config: { prompt: 'ship ${{ steps.write.outputs.text }}', cost: 300 },
        },
      ] as StepDraft[]
    ).map((s) => ({ ...s, ...(overrides[s.id] ?? {}) })),
    budgetMicros === undefined ? {} : { budget: { maxMicros: budgetMicros, warnAt: [] } },
  );

async function runOnce(
  workflow: Workflow,
  decision: GateDecision['decision'],
  resumeFrom?: Checkpoint,
) {
  const store = memoryStore(1);
  const paid = paidKind();
  const gates = gateway(decision);
  const result = await runWorkflow({
    workflow,
    inputs: {},
    registry: new Map<string, StepKind>([
      ['paid', paid],
      ['approval', approvalKind],
    ]),
    services: { ...services(), approvals: gates },
    workspace: tempDir,
    tempDir,
    checkpoint: { store, ...(resumeFrom ? { resumeFrom } : {}) },
  });
  const checkpoint = await store.load();
  if (!checkpoint) throw new Error('no checkpoint was saved');
  return { result, calls: paid.calls, asked: gates.asked, checkpoint };
}

describe('continuing from a checkpoint', () => {
  it('reuses finished steps, re-asks the gate that paused, and pays only for new work', async () => {
    const first = await runOnce(flow(), 'waiting');
    expect(first.result.status).toBe('waiting_approval');
    expect(first.calls).toEqual(['plan', 'write', 'review']);
    expect(first.result.costMicros).toBe(3500);

    const second = await runOnce(flow(), 'approved', first.checkpoint);
    expect(second.result.status).toBe('succeeded');
    expect(second.calls).toEqual(['ship']);
    expect(second.asked).toEqual([first.result.runId]);
    expect(second.result.runId).toBe(first.result.runId);
    // Restored outputs feed the steps that run now.
    const ship = second.result.steps.find((s) => s.id === 'ship');
    expect(ship?.status).toBe('succeeded');
    expect(ship?.outputs.text).toBe('answer to ship answer to write answer to plan it');
    expect(second.result.steps.filter((s) => s.reused).map((s) => s.id)).toEqual([
      'plan',
      'write',
      'review',
    ]);
    // Spent stays spent: the total is the sum over both runs, and reused steps keep their cost.
    expect(second.result.costMicros).toBe(3500 + 300);
    expect(second.result.steps.find((s) => s.id === 'write')?.cost_usd).toBe(0.002);
    expect(second.checkpoint.ledger.spentMicros).toBe(3800);
    expect(second.checkpoint.status).toBe('succeeded');
  });

  it('keeps a gate’s deadline from when it was first asked, however many jobs it waits across', async () => {
    const wf = makeWorkflow([{ id: 'gate', kind: 'approval', config: { timeout: '1h' } }]);
    const deadlines: (number | undefined)[] = [];
    const jobAt = async (now: number, resumeFrom?: Checkpoint) => {
      const store = memoryStore(1);
      const waiting = gateway('waiting');
      await runWorkflow({
        workflow: wf,
        inputs: {},
        registry: new Map<string, StepKind>([['approval', approvalKind]]),
        services: {
          ...services({ ...fastClock(), now: () => now }),
          approvals: {
            ...waiting,
            decide: (gate, options) => {
              deadlines.push(gate.deadline);
              return waiting.decide(gate, options);
            },
          },
        },
        workspace: tempDir,
        tempDir,
        checkpoint: { store, ...(resumeFrom ? { resumeFrom } : {}) },
      });
      return (await store.load()) as Checkpoint;
    };
    const opened = Date.parse('2026-11-20T09:00:00.000Z');
    const first = await jobAt(opened);
    // A comment that did not decide, 30 minutes later; then another, 2 hours later.
    const second = await jobAt(opened + 30 * 60_000, first);
    await jobAt(opened + 2 * 3_600_000, second);
    expect(deadlines).toEqual([opened + 3_600_000, opened + 3_600_000, opened + 3_600_000]);
  });

  it('re-runs exactly a changed step and the steps downstream of it', async () => {
    const first = await runOnce(flow(), 'waiting');
    const edited = flow({
      write: { config: { prompt: 'write better ${{ steps.plan.outputs.text }}', cost: 2000 } },
    });
    const second = await runOnce(edited, 'approved', first.checkpoint);
    expect(second.result.status).toBe('succeeded');
    expect(second.calls).toEqual(['write', 'ship']);
    expect(second.result.costMicros).toBe(3500 + 2000 + 300);
  });

  it('re-runs a step whose dependency ran again even when its own fields did not change', async () => {
    const first = await runOnce(flow(), 'waiting');
    // `review` reads nothing from `plan`, but it needs it: a re-run upstream re-runs it too.
    const edited = flow({ plan: { config: { prompt: 'plan it again', cost: 1000 } } });
    const second = await runOnce(edited, 'waiting', first.checkpoint);
    expect(second.calls).toEqual(['plan', 'write', 'review']);
  });

  it('applies the budget to the total across runs', async () => {
    const first = await runOnce(flow({}, 3600), 'waiting');
    expect(first.result.status).toBe('waiting_approval');
    // 3500 spent before the pause; `ship` would need 300 more, past the 3600 budget.
    const second = await runOnce(flow({}, 3600), 'approved', first.checkpoint);
    expect(second.result.status).toBe('budget_exceeded');
    expect(second.calls).toEqual(['ship']);
    expect(second.result.costMicros).toBe(3500);
  });

  it('keeps waiting, at no new cost, when the gate is still unanswered', async () => {
    const first = await runOnce(flow(), 'waiting');
    const second = await runOnce(flow(), 'waiting', first.checkpoint);
    expect(second.result.status).toBe('waiting_approval');
    expect(second.calls).toEqual([]);
    expect(second.result.costMicros).toBe(3500);
    const third = await runOnce(flow(), 'approved', second.checkpoint);
    expect(third.calls).toEqual(['ship']);
    expect(third.result.costMicros).toBe(3800);
  });

  /** A checkout that logs what the engine applies and takes back. */
  const loggingCheckout = (log: string[]): Checkout => ({
    apply: async (_workspace, changes) => {
      log.push(`apply ${String(changes.made)}`);
      return {
        revert: async () => {
          log.push(`revert ${String(changes.made)}`);
          return [];
        },
      };
    },
  });

  /** Runs of a workflow whose `test` steps each return a change set naming the step and the run of it. */
  function changingRuns(wf: Workflow, checkout?: (log: string[]) => Checkout) {
    const log: string[] = [];
    const made: string[] = [];
    const kind: StepKind = {
      kind: 'test',
      async run(ctx) {
        made.push(ctx.step.id);
        // Each run of the step costs 700 micro-dollars, as a model call in it would.
        ctx.ledger.reserve(ctx.step.id, 700, `step '${ctx.step.id}'`).settle(700);
        return {
          status: 'succeeded',
          outputs: { changes: [{ path: 'a.txt' }] },
          changes: { made: `${ctx.step.id}#${made.length}` },
        };
      },
    };
    const go = async (decision: GateDecision['decision'], resumeFrom?: Checkpoint) => {
      const store = memoryStore(1);
      const result = await runWorkflow({
        workflow: wf,
        inputs: {},
        registry: new Map<string, StepKind>([
          ['test', kind],
          ['approval', approvalKind],
        ]),
        services: {
          ...services(),
          approvals: gateway(decision),
          checkout: (checkout ?? loggingCheckout)(log),
        },
        workspace: tempDir,
        tempDir,
        checkpoint: { store, workspaceKey: 'commit-1', ...(resumeFrom ? { resumeFrom } : {}) },
      });
      return { result, checkpoint: (await store.load()) as Checkpoint };
    };
    return { log, made, go };
  }

  const editThenGate = () =>
    makeWorkflow([
      { id: 'edit', kind: 'test', config: {} },
      { id: 'gate', kind: 'approval', config: {} },
    ]);

  it('carries the changes a paused gate held, and applies them once approved without running the step again', async () => {
    const { log, made, go } = changingRuns(editThenGate());
    const first = await go('waiting');
    expect(first.result.status).toBe('waiting_approval');
    expect(log).toEqual([]);
    expect(first.result.changes).toEqual([
      {
        step: 'edit',
        outcome: 'held',
        reason: 'the run is waiting at an approval gate; the checkpoint keeps them',
      },
    ]);
    expect(first.checkpoint.steps.find((s) => s.id === 'edit')?.changes).toEqual({
      made: 'edit#1',
    });

    const second = await go('approved', first.checkpoint);
    expect(second.result.status).toBe('succeeded');
    // What the reviewer was shown is what reaches the checkout: the step did not run again.
    expect(made).toEqual(['edit']);
    expect(log).toEqual(['apply edit#1']);
    expect(second.result.steps.find((s) => s.id === 'edit')?.reused).toBe(true);
    expect(second.result.changes).toEqual([{ step: 'edit', outcome: 'applied' }]);
  });

  it('runs again a step whose changes the checkpoint could not keep', async () => {
    const { made, go } = changingRuns(editThenGate());
    const first = await go('waiting');
    // As the PR-comment store keeps a checkpoint too big for a comment: without change sets.
    const slim = {
      ...first.checkpoint,
      steps: first.checkpoint.steps.map(({ changes: _dropped, ...step }) => step),
    };
    const second = await go('approved', slim);
    expect(made).toEqual(['edit', 'edit']);
    expect(second.result.steps.find((s) => s.id === 'edit')?.reused).toBeUndefined();
  });

  it('fails a reused step whose changes no longer fit the checkout, keeping what it cost', async () => {
    // The second apply finds a file edited since (as the real checkout would refuse it).
    const editedSince = (log: string[]): Checkout => ({
      apply: async (workspace, changes) => {
        if (log.length > 0)
          throw new Error(
            'the checkout is not as the step saw it: a.txt changed since the step read it.',
          );
        return loggingCheckout(log).apply(workspace, changes);
      },
    });
    const { made, go } = changingRuns(
      makeWorkflow([
        { id: 'edit', kind: 'test', config: {} },
        { id: 'gate', kind: 'approval', needs: [], config: {} },
      ]),
      editedSince,
    );
    const first = await go('waiting');
    const second = await go('approved', first.checkpoint);
    expect(made).toEqual(['edit']);
    expect(second.result.status).toBe('failed');
    expect(second.result.steps.find((s) => s.id === 'edit')).toMatchObject({
      status: 'failed',
      reused: true,
      error:
        'its changes could not be applied to the checkout: the checkout is not as the step saw it: a.txt changed since the step read it.',
    });
    expect(second.checkpoint.steps.find((s) => s.id === 'edit')?.costMicros).toBe(700);
    expect(second.result.costMicros).toBe(700);
  });

  it('applies the changes of a reused step again in the continued run', async () => {
    const { log, made, go } = changingRuns(
      makeWorkflow([
        { id: 'edit', kind: 'test', config: {} },
        // Not after `edit`: the gate holds nothing back, so `edit`'s changes were applied.
        { id: 'gate', kind: 'approval', needs: [], config: {} },
      ]),
    );
    const first = await go('waiting');
    // A pause is not an end: what was applied stays (the CLI's checkout keeps it).
    expect(log).toEqual(['apply edit#1']);
    const second = await go('rejected', first.checkpoint);
    expect(made).toEqual(['edit']);
    // Applied again (a no-op where it is already there), then taken back: the run was rejected.
    expect(log).toEqual(['apply edit#1', 'apply edit#1', 'revert edit#1']);
    expect(second.result.changes).toEqual([
      { step: 'edit', outcome: 'reverted', reason: 'the run ended rejected' },
    ]);
  });
});
