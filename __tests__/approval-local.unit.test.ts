// The CLI's gateway: --approve/--reject flags, a terminal prompt, or a clear stop.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LocalApprovalGateway, terminalSafe } from '../src/cli/local-approvals.js';
import type { Gate } from '../src/approval/gateway.js';
import { ManualClock } from './support/fake-github.js';

const gate = (extra: Partial<Gate> = {}): Gate => ({
  runId: 'r',
  stepId: 'approve',
  stepIds: ['approve'],
  message: 'Apply this patch?',
  approvers: { permission: 'write', users: [], teams: [], min: 1, allowAuthor: false },
  onTimeout: 'fail',
  ...extra,
});

function terminal() {
  const input = Object.assign(new PassThrough(), { isTTY: true });
  const output = Object.assign(new PassThrough(), { isTTY: true });
  let shown = '';
  output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
  return { input, output, shown: () => shown };
}

const wait = (clock = new ManualClock(), signal = new AbortController().signal) => ({
  clock,
  signal,
  log: () => undefined,
});

describe('local approvals', () => {
  it('approves a gate named by --approve', async () => {
    const gateway = new LocalApprovalGateway({ approve: ['approve'], user: 'me', sha: 'abc' });
    expect(await gateway.decide(gate(), wait())).toMatchObject({
      decision: 'approved',
      approvers: ['me'],
      sha: 'abc',
      byPolicy: false,
    });
  });

  it('rejects a gate named by --reject, which wins over --approve', async () => {
    const gateway = new LocalApprovalGateway({
      approve: ['approve'],
      reject: ['approve'],
      user: 'me',
    });
    expect(await gateway.decide(gate(), wait())).toMatchObject({
      decision: 'rejected',
      approvers: ['me'],
    });
  });

  it('stops at the gate without a terminal, saying how to answer', async () => {
    const gateway = new LocalApprovalGateway({ approve: ['other'] });
    const decision = await gateway.decide(gate(), wait());
    expect(decision.decision).toBe('waiting');
    expect(decision.howToAnswer).toBe(
      'run again with --approve approve or --reject approve, or in a terminal to be asked.',
    );
  });

  it('asks on a terminal and takes yes', async () => {
    const t = terminal();
    const gateway = new LocalApprovalGateway({ input: t.input, output: t.output, user: 'me' });
    const pending = gateway.decide(
      gate({ message: 'Apply?\u001b[2J\u001b]0;pwned\u0007 now' }),
      wait(),
    );
    t.input.write('maybe\n');
    t.input.write('y\n');
    expect(await pending).toMatchObject({ decision: 'approved', approvers: ['me'] });
    expect(t.shown()).toContain('Apply? now');
    expect(t.shown()).toContain('Please answer y or n.');
    expect(t.shown()).not.toContain('\u001b');
  });

  it('asks on a terminal and takes no with a reason', async () => {
    const t = terminal();
    const gateway = new LocalApprovalGateway({ input: t.input, output: t.output, user: 'me' });
    const pending = gateway.decide(gate(), wait());
    t.input.write('no\n');
    await new Promise((r) => setTimeout(r, 10));
    t.input.write('not today\n');
    expect(await pending).toMatchObject({ decision: 'rejected', comment: 'not today' });
  });

  it('times out on a terminal at the deadline', async () => {
    const t = terminal();
    const clock = new ManualClock();
    const gateway = new LocalApprovalGateway({ input: t.input, output: t.output });
    const decision = await gateway.decide(gate({ deadline: clock.now() + 60_000 }), wait(clock));
    expect(decision.decision).toBe('timed_out');
  });

  it('stops at the gate when the terminal closes', async () => {
    const t = terminal();
    const gateway = new LocalApprovalGateway({ input: t.input, output: t.output });
    const pending = gateway.decide(gate(), wait());
    t.input.end();
    expect((await pending).decision).toBe('waiting');
  });

  it('gives up the prompt when the run is cancelled', async () => {
    const t = terminal();
    const controller = new AbortController();
    const gateway = new LocalApprovalGateway({ input: t.input, output: t.output });
    const pending = gateway.decide(gate(), wait(new ManualClock(), controller.signal));
    controller.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
  });

  it('records an approval by policy', async () => {
    const decision = await new LocalApprovalGateway({ user: 'me' }).recordPolicyApproval(
      gate(),
      wait(),
    );
    expect(decision).toMatchObject({ decision: 'approved', byPolicy: true, approvers: [] });
  });

  it('strips terminal control sequences', () => {
    expect(terminalSafe('a\u001b[31mred\u001b[0m\u0007b\nc')).toBe('aredb\nc');
  });
});
