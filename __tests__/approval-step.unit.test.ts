// The `approval` step kind: its config, auto_approve by policy, timeouts, waiting, and
// the outcome the scheduler sees, with an in-memory gateway.
import { describe, expect, it } from 'vitest';
import { approvalKind } from '../src/steps/approval.js';
import type { ApprovalGateway, Gate, GateDecision } from '../src/approval/gateway.js';
import type { StepContext } from '../src/engine/types.js';
import type { JsonObject } from '../src/workflow/model.js';
import { makeWorkflow } from './support/engine-fixtures.js';
import { ManualClock } from './support/fake-github.js';
import { stepContext } from './support/step-context.js';
import { approvalRecord, describeDecision } from '../src/approval/record.js';
import { renderApprovalsMarkdown } from '../src/report/approvals.js';

class ScriptedGateway implements ApprovalGateway {
  asked: Gate[] = [];
  recorded: Gate[] = [];
  constructor(private readonly answer: Partial<GateDecision>) {}
  decide(gate: Gate): Promise<GateDecision> {
    this.asked.push(gate);
    return Promise.resolve({
      decision: 'approved',
      approvers: [],
      comment: '',
      url: '',
      sha: 'f'.repeat(40),
      byPolicy: false,
      ...this.answer,
    });
  }
  recordPolicyApproval(gate: Gate): Promise<GateDecision> {
    this.recorded.push(gate);
    return Promise.resolve({
      decision: 'approved',
      approvers: [],
      comment: 'approved by policy (auto_approve)',
      url: 'u',
      sha: 's',
      byPolicy: true,
      decidedAt: '2026-01-01T00:00:00.000Z',
    });
  }
}

function context(config: JsonObject, gateway?: ApprovalGateway, stepTimeout?: number): StepContext {
  const workflow = makeWorkflow([
    { id: 'diagnose' },
    { id: 'approve', kind: 'approval', config },
    { id: 'deploy' },
  ]);
  const clock = new ManualClock();
  return stepContext({
    id: 'approve',
    config,
    workflow,
    clock,
    approvals: gateway,
    deadline: stepTimeout === undefined ? undefined : clock.now() + stepTimeout,
  });
}

describe('the approval step', () => {
  it('succeeds with the decision as outputs when approved', async () => {
    const gateway = new ScriptedGateway({
      approvers: ['bob'],
      comment: 'ok',
      url: 'https://x',
      decidedAt: '2026-01-01T00:00:01Z',
    });
    const outcome = await approvalKind.run(
      context({ message: 'Ship?', approvers: { min: 1 } }, gateway),
    );
    expect(outcome).toEqual({
      status: 'succeeded',
      outputs: {
        decision: 'approved',
        approvers: ['bob'],
        comment: 'ok',
        url: 'https://x',
        by_policy: false,
        sha: 'f'.repeat(40),
        decided_at: '2026-01-01T00:00:01Z',
      },
    });
  });

  it('hands the gateway the rendered message, the policy, all step ids and the deadline', async () => {
    const gateway = new ScriptedGateway({});
    const ctx = context(
      {
        message: 'Apply?',
        approvers: {
          permission: 'maintain',
          users: ['lee'],
          teams: ['org/t'],
          min: 2,
          allow_author: true,
        },
        timeout: '2h',
        on_timeout: 'reject',
      },
      gateway,
    );
    await approvalKind.run(ctx);
    expect(gateway.asked[0]).toEqual({
      runId: 'run-1',
      stepId: 'approve',
      stepIds: ['diagnose', 'approve', 'deploy'],
      message: 'Apply?',
      approvers: {
        permission: 'maintain',
        users: ['lee'],
        teams: ['org/t'],
        min: 2,
        allowAuthor: true,
      },
      deadline: ctx.clock.now() + 2 * 3_600_000,
      onTimeout: 'reject',
    });
  });

  it('defaults to one approver with write, and a question naming the step', async () => {
    const gateway = new ScriptedGateway({});
    await approvalKind.run(context({}, gateway));
    expect(gateway.asked[0]).toMatchObject({
      message: "Approve the step 'approve'?",
      approvers: { permission: 'write', users: [], teams: [], min: 1, allowAuthor: false },
      onTimeout: 'fail',
    });
    expect(gateway.asked[0]?.deadline).toBeUndefined();
  });

  it('stops before the step timeout so the gate can record its own timeout', async () => {
    const gateway = new ScriptedGateway({});
    const ctx = context({ timeout: '24h' }, gateway, 60_000);
    await approvalKind.run(ctx);
    expect(gateway.asked[0]?.deadline).toBe(ctx.clock.now() + 59_000);
  });

  it('approves by policy without asking anyone when auto_approve is true', async () => {
    const gateway = new ScriptedGateway({});
    const outcome = await approvalKind.run(context({ auto_approve: true }, gateway));
    expect(gateway.asked).toHaveLength(0);
    expect(gateway.recorded).toHaveLength(1);
    expect(outcome).toMatchObject({
      status: 'succeeded',
      outputs: { decision: 'approved', by_policy: true },
    });
  });

  it.each([[false], ['false'], ['yes'], ['']])(
    'asks people when auto_approve is %j',
    async (value) => {
      const gateway = new ScriptedGateway({});
      await approvalKind.run(context({ auto_approve: value }, gateway));
      expect(gateway.asked).toHaveLength(1);
    },
  );

  it('stops the run as rejected, naming who and why', async () => {
    const outcome = await approvalKind.run(
      context(
        {},
        new ScriptedGateway({ decision: 'rejected', approvers: ['carol'], comment: 'too risky' }),
      ),
    );
    expect(outcome).toMatchObject({
      status: 'rejected',
      outputs: { decision: 'rejected', approvers: ['carol'] },
      // A clause: the engine names the step ("Step 'approve' was rejected by carol (too risky).").
      error: 'by carol (too risky)',
    });
  });

  it('times out with on_timeout fail', async () => {
    const outcome = await approvalKind.run(
      context({ on_timeout: 'fail' }, new ScriptedGateway({ decision: 'timed_out' })),
    );
    expect(outcome).toMatchObject({ status: 'timed_out', outputs: { decision: 'timed_out' } });
  });

  it('counts a timeout as a rejection with on_timeout reject', async () => {
    const outcome = await approvalKind.run(
      context({ on_timeout: 'reject' }, new ScriptedGateway({ decision: 'timed_out' })),
    );
    expect(outcome).toMatchObject({ status: 'rejected', outputs: { decision: 'rejected' } });
    expect(outcome.error).toContain('on_timeout rejects it');
  });

  it('waits for approval with a sentence saying how to answer', async () => {
    const outcome = await approvalKind.run(
      context(
        {},
        new ScriptedGateway({
          decision: 'waiting',
          howToAnswer: 'run again with --approve approve',
        }),
      ),
    );
    expect(outcome).toMatchObject({
      status: 'waiting_approval',
      error: 'run again with --approve approve',
    });
  });

  it('is an environment failure when nothing can ask', async () => {
    await expect(approvalKind.run(context({}))).rejects.toMatchObject({
      name: 'EnvironmentError',
      service: 'github',
      message: 'it has no way to ask anyone for a decision',
    });
  });

  it('fails on a bad rendered policy with a sentence naming the field', async () => {
    const outcome = await approvalKind.run(
      context({ approvers: { permission: 'owner' } }, new ScriptedGateway({})),
    );
    expect(outcome.error).toContain(
      'approvers.permission must be one of read, triage, write, maintain, admin',
    );
  });

  it('reports literal config problems at validation', () => {
    const workflow = makeWorkflow([
      {
        id: 'approve',
        kind: 'approval',
        config: { approvers: { min: 0 }, timeout: 'soon', on_timeout: 'explode' },
      },
    ]);
    const step = workflow.steps[0];
    if (!step || !approvalKind.validate) throw new Error('setup');
    const messages = approvalKind.validate(step, workflow).map((d) => d.message);
    expect(messages).toEqual([
      'approvers.min must be a whole number of at least 1, not 0',
      'timeout must be a duration such as 30m or 24h, not "soon"',
      'on_timeout must be fail or reject, not "explode"',
    ]);
  });

  it('leaves fields with expressions to be checked when rendered', () => {
    const workflow = makeWorkflow([
      {
        id: 'approve',
        kind: 'approval',
        config: { approvers: { min: '${{ inputs.n }}' }, timeout: '${{ inputs.t }}' },
      },
    ]);
    const step = workflow.steps[0];
    if (!step || !approvalKind.validate) throw new Error('setup');
    expect(approvalKind.validate(step, workflow)).toEqual([]);
  });
});

describe('the decision record', () => {
  it('reads a record back from the outputs and describes it in one sentence', () => {
    const record = approvalRecord('approve', {
      decision: 'rejected',
      approvers: ['carol'],
      comment: 'too risky',
      url: 'https://github.com/o/r/pull/1#issuecomment-9',
      by_policy: false,
      sha: 'abcdef1234567890',
      decided_at: '2026-01-01T00:00:05Z',
    });
    expect(record).toEqual({
      step: 'approve',
      decision: 'rejected',
      approvers: ['carol'],
      comment: 'too risky',
      url: 'https://github.com/o/r/pull/1#issuecomment-9',
      sha: 'abcdef1234567890',
      by_policy: false,
      decided_at: '2026-01-01T00:00:05Z',
    });
    if (!record) throw new Error('no record');
    expect(describeDecision(record)).toBe(
      'approve: rejected by carol at 2026-01-01T00:00:05Z on abcdef1 (too risky)',
    );
  });

  it('has no record for a gate still waiting', () => {
    expect(approvalRecord('approve', { decision: 'waiting' })).toBeUndefined();
    expect(approvalRecord('approve', {})).toBeUndefined();
  });

  it('renders a summary table with reasons escaped and policy decisions named', () => {
    const table = renderApprovalsMarkdown([
      {
        step: 'a',
        decision: 'approved',
        approvers: [],
        comment: '',
        url: '',
        sha: '',
        by_policy: true,
        decided_at: 't',
      },
      {
        step: 'b',
        decision: 'rejected',
        approvers: ['x'],
        comment: '<img src=y> | @all',
        url: 'https://u',
        sha: '1234567890',
        by_policy: false,
        decided_at: 't',
      },
    ]);
    expect(table).toContain('policy (auto_approve)');
    expect(table).toContain('[`b`](https://u)');
    expect(table).toContain('`1234567`');
    expect(table).not.toContain('<img');
    expect(table).not.toContain('@all');
    expect(table).toContain('\\|');
  });
});
