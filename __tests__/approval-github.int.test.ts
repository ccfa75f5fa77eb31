// The `approval` step end to end with the GitHub gateway, the real Octokit and the local GitHub.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approvalKind } from '../src/steps/approval.js';
import { createGitHubGateway } from '../src/github/github-gateway.js';
import type { StepContext } from '../src/engine/types.js';
import type { JsonObject } from '../src/workflow/model.js';
import { makeWorkflow } from './support/engine-fixtures.js';
import { FakeGitHub, ManualClock, type FakeUser } from './support/fake-github.js';
import { stepContext } from './support/step-context.js';

const TOKEN = 'ghs_step';
const SHA = '9f'.repeat(20);
let fake: FakeGitHub;
let clock: ManualClock;
let bob: FakeUser;

beforeEach(async () => {
  fake = await FakeGitHub.start({ validate: true });
  fake.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot' });
  bob = fake.addUser('bob', { role: 'write' });
  fake.addPull(3, SHA, fake.addUser('ada', { role: 'write' }));
  clock = new ManualClock();
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

function context(config: JsonObject): StepContext {
  const workflow = makeWorkflow([{ id: 'diagnose' }, { id: 'approve', kind: 'approval', config }]);
  const approvals = createGitHubGateway({
    token: TOKEN,
    apiUrl: fake.url,
    owner: fake.owner,
    repo: fake.repo,
    pullNumber: 3,
    mode: 'wait',
    spaceWrites: false,
  });
  return stepContext({ id: 'approve', config, workflow, runId: '777', clock, approvals });
}

const gateBody = () => fake.comments.find((c) => c.user.type === 'Bot')?.body ?? '';

describe('the approval step on a pull request', () => {
  it('proceeds on the first valid /approve after ignoring a spoof', async () => {
    const mallory = fake.addUser('mallory');
    clock.onSleep = (n) => {
      if (n === 1) fake.addComment(3, mallory, '/approve');
      if (n === 2) fake.addComment(3, bob, '/approve approve');
    };
    const outcome = await approvalKind.run(context({ message: 'Apply?', timeout: '1h' }));
    expect(outcome).toMatchObject({
      status: 'succeeded',
      outputs: { decision: 'approved', approvers: ['bob'], sha: SHA, by_policy: false },
    });
    expect(gateBody()).toContain('mallory is not a collaborator');
  });

  it('rejects at the deadline with on_timeout reject, and says so on the pull request', async () => {
    const outcome = await approvalKind.run(context({ timeout: '30m', on_timeout: 'reject' }));
    expect(outcome).toMatchObject({ status: 'rejected', outputs: { decision: 'rejected' } });
    expect(gateBody()).toContain('counted as a rejection');
  });

  it('fails at the deadline with on_timeout fail', async () => {
    const outcome = await approvalKind.run(context({ timeout: '30m' }));
    expect(outcome).toMatchObject({ status: 'timed_out', outputs: { decision: 'timed_out' } });
  });

  it('approves by policy without a comment from anyone, and records it on the pull request', async () => {
    const outcome = await approvalKind.run(context({ auto_approve: true }));
    expect(outcome).toMatchObject({
      status: 'succeeded',
      outputs: { decision: 'approved', by_policy: true, sha: SHA },
    });
    expect(gateBody()).toContain('Approved by policy');
    expect(clock.sleeps).toEqual([]);
  });

  it('is an environment failure, in one sentence, when the token may not comment', async () => {
    fake.fail({
      method: 'POST',
      path: /\/issues\/3\/comments$/,
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
    });
    await expect(approvalKind.run(context({}))).rejects.toMatchObject({
      name: 'EnvironmentError',
      service: 'github',
      message: expect.stringContaining(
        'GitHub refused to write the gate comment on pull request #3 (403: Resource not accessible by integration); give the job `permissions: { pull-requests: write, issues: write }`',
      ),
    });
  });
});
