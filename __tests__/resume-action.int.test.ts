// approval-mode: resume in-process: the real engine and kinds, the GitHub gateway and the
// pull-request checkpoint store against the local GitHub, LLM calls against the local OpenAI.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { prepareActionResume, type ActionResume } from '../src/checkpoint/action-resume.js';
import { prCheckpointStore } from '../src/checkpoint/pr-store.js';
import { CHECKPOINT_VERSION, seal, type Checkpoint } from '../src/checkpoint/checkpoint.js';
import { runWorkflow } from '../src/engine/run.js';
import type { RunResult } from '../src/engine/types.js';
import { githubApprovalsFrom } from '../src/wiring/github-approvals.js';
import { newRunId } from '../src/wiring/run-id.js';
import { createServices } from '../src/wiring/services.js';
import { builtinKinds } from '../src/steps/index.js';
import { loadWorkflow } from '../src/workflow/load.js';
import type { JsonValue } from '../src/workflow/model.js';
import { echoHandler, gatedFlow, promptsSeen } from './support/checkpoint-fixtures.js';
import { FAKE_API_KEY, startFakeOpenAi, type FakeOpenAi } from './support/fake-openai.js';
import { FakeGitHub, type FakeUser } from './support/fake-github.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const TOKEN = 'ghs_resumeTestToken000000000000000001';
const FLOW = gatedFlow(
  `  - id: check
    shell: { run: "echo checked" }
`,
);

let gh: FakeGitHub;
let ai: FakeOpenAi;
let bot: FakeUser;
let reviewer: FakeUser;
let ws: string;

beforeEach(async () => {
  gh = await FakeGitHub.start({ owner: 'octo-org', repo: 'octo-repo', validate: true });
  bot = gh.addUser('github-actions[bot]', { type: 'Bot' });
  gh.addToken(TOKEN, bot);
  const author = gh.addUser('author', { role: 'write' });
  reviewer = gh.addUser('reviewer', { role: 'write' });
  gh.addPull(7, SHA, author);
  ai = await startFakeOpenAi({
    handler: echoHandler,
  });
  ws = await mkdtemp(path.join(tmpdir(), 'wflo-resume-action-'));
  await writeFile(path.join(ws, 'flow.yml'), FLOW);
});

afterEach(async () => {
  await gh.close();
  await ai.close();
});

const env = (sha = SHA) => ({
  GITHUB_REPOSITORY: 'octo-org/octo-repo',
  GITHUB_API_URL: gh.url,
  GITHUB_SHA: sha,
  OPENAI_API_KEY: FAKE_API_KEY,
  OPENAI_BASE_URL: ai.baseURL,
  PATH: process.env.PATH,
});
const opened = { action: 'opened', pull_request: { number: 7, head: { sha: SHA } } };
const commented = (body: string, user: FakeUser = reviewer) => ({
  action: 'created',
  issue: { number: 7, pull_request: { url: 'x' } },
  comment: { body, user: { login: user.login, type: user.type } },
});

/** One job of the action: decide what to do, then run (as src/action/main.ts does). */
async function job(
  eventName: string,
  event: JsonValue,
  flowFile = 'flow.yml',
  sha = SHA,
): Promise<{ plan: ActionResume; result?: RunResult }> {
  const registry = builtinKinds();
  const workflow = await loadWorkflow(path.join(ws, flowFile), { registry });
  const plan = await prepareActionResume({
    env: env(sha),
    eventName,
    event,
    token: TOKEN,
    workflow,
    inputs: {},
    workspace: ws,
  });
  if (plan.kind !== 'run') return { plan };
  const approvals = githubApprovalsFrom({
    env: env(),
    token: TOKEN,
    approvalMode: 'resume',
    event,
  });
  const result = await runWorkflow({
    workflow,
    inputs: {},
    registry,
    services: { ...createServices({ env: env() }), ...(approvals ? { approvals } : {}) },
    workspace: ws,
    tempDir: ws,
    runId: newRunId(),
    ...(plan.checkpoint ? { checkpoint: plan.checkpoint } : {}),
  });
  return { plan, result };
}

const prompts = () => promptsSeen(ai);
const checkpointComments = () =>
  gh.comments.filter((c) => c.issue === 7 && c.body.startsWith('<!-- wflo:checkpoint '));

describe('approval-mode: resume', () => {
  it('pauses at the gate, ignores chatter, and continues on /approve without paying twice', async () => {
    const first = await job('pull_request', opened);
    expect(first.result?.status).toBe('waiting_approval');
    expect(prompts()).toHaveLength(2);
    expect(checkpointComments()).toHaveLength(1);
    expect(checkpointComments()[0]?.body).toContain('status=waiting_approval');

    // A comment that is not a decision ends the next job before any request at all.
    const requestsBefore = gh.requests.length;
    gh.addComment(7, reviewer, 'Looks good, but let me check one thing.');
    const chatter = await job(
      'issue_comment',
      commented('Looks good, but let me check one thing.'),
    );
    expect(chatter.plan).toEqual({
      kind: 'skip',
      message: 'wflo: nothing to continue: the comment is not an /approve or /reject command.',
    });
    expect(gh.requests.length).toBe(requestsBefore);
    expect(prompts()).toHaveLength(2);

    gh.addComment(7, reviewer, '/approve');
    const third = await job('issue_comment', commented('/approve'));
    expect(third.plan.kind).toBe('run');
    expect(third.result?.status).toBe('succeeded');
    expect(third.result?.runId).toBe(first.result?.runId);
    expect(prompts()).toEqual([
      'Plan the fix',
      'Write from <Plan the fix>',
      'Summarise <Write from <Plan the fix>>',
    ]);
    const paid = (r: RunResult | undefined, id: string) =>
      r?.steps.find((s) => s.id === id)?.cost_usd ?? 0;
    expect(third.result?.costMicros).toBe(
      (first.result?.costMicros ?? 0) + Math.round(paid(third.result, 'summary') * 1e6),
    );
    // The checkpoint comment is retired: a later /approve has nothing to continue.
    expect(checkpointComments()).toHaveLength(1);
    expect(checkpointComments()[0]?.body).toContain('status=succeeded');
    const again = await job('issue_comment', commented('/approve'));
    expect(again.plan).toMatchObject({ kind: 'skip' });
    expect(gh.violations).toEqual([]);
  });

  it('keeps waiting when the answer does not count, at no model cost', async () => {
    const first = await job('pull_request', opened);
    // The pull request's author may not approve their own change.
    const author = gh.addUser('author', { role: 'write' });
    gh.addComment(7, author, '/approve');
    const second = await job('issue_comment', commented('/approve', author));
    expect(second.result?.status).toBe('waiting_approval');
    expect(second.result?.costMicros).toBe(first.result?.costMicros);
    expect(prompts()).toHaveLength(2);
  });

  it('refuses a checkpoint changed on the pull request', async () => {
    await job('pull_request', opened);
    const comment = checkpointComments()[0];
    if (!comment) throw new Error('no checkpoint comment');
    const data = /<!-- wflo:checkpoint-data (\S+) -->/.exec(comment.body)?.[1] ?? '';
    const sealed = JSON.parse(gunzipSync(Buffer.from(data, 'base64')).toString('utf8'));
    sealed.checkpoint.ledger.spentMicros = 0;
    const forged = gzipSync(Buffer.from(JSON.stringify(sealed))).toString('base64');
    comment.body = comment.body.replace(data, forged);
    gh.addComment(7, reviewer, '/approve');
    const second = await job('issue_comment', commented('/approve'));
    expect(second.plan.kind).toBe('refuse');
    expect(second.plan.kind === 'refuse' && second.plan.message).toMatch(
      /^The checkpoint in \S+ was changed after wflo wrote it \(its digest does not match\), so it is not trusted; delete it to start the run over\.$/,
    );
    expect(prompts()).toHaveLength(2);
  });

  it('refuses to continue when the workflow file changed since the pause', async () => {
    await job('pull_request', opened);
    await writeFile(path.join(ws, 'flow.yml'), FLOW.replace('Plan the fix', 'Plan a fix'));
    gh.addComment(7, reviewer, '/approve');
    const second = await job('issue_comment', commented('/approve'));
    expect(second.plan).toEqual({
      kind: 'refuse',
      message: expect.stringMatching(/^The workflow file .*flow\.yml changed since run \S+ paused/),
    });
  });

  it('refuses to continue in a checkout of another commit than the one the run paused at', async () => {
    await job('pull_request', opened);
    gh.addComment(7, reviewer, '/approve');
    // e.g. a job that checked out the default branch instead of the pull request's head.
    const other = 'fedcba9876543210fedcba9876543210fedcba98';
    const second = await job('issue_comment', commented('/approve'), 'flow.yml', other);
    expect(second.plan).toEqual({
      kind: 'refuse',
      message: expect.stringMatching(
        /^The checkout is at fedcba9, but run \S+ paused at 0123456, so the answer cannot continue that run; check out the pull request's head in every job/,
      ),
    });
    expect(prompts()).toHaveLength(2);
  });

  it('keeps a checkpoint too big for a comment without its change sets, and says what that costs', async () => {
    // One store per job, as each job of the action makes its own.
    const storeOfAJob = () =>
      prCheckpointStore({
        token: TOKEN,
        apiUrl: gh.url,
        owner: 'octo-org',
        repo: 'octo-repo',
        pullNumber: 7,
        workflowFile: 'flow.yml',
      });
    // 80 KB of random bytes: base64 in the change set, and gzip cannot shrink it.
    const blob = randomBytes(80_000).toString('base64');
    const record = {
      id: 'fix',
      kind: 'sandbox',
      status: 'succeeded' as const,
      attempts: 1,
      cost_usd: 0,
      outputs: { changes: [{ path: 'blob.bin', status: 'added' }] },
      continue_on_error: false,
    };
    const checkpoint: Checkpoint = {
      version: CHECKPOINT_VERSION,
      runId: 'run-big',
      workflow: { file: 'flow.yml', name: 'resumable', hash: 'sha256:x' },
      inputs: {},
      inputsHash: 'sha256:y',
      status: 'waiting_approval',
      ledger: { spentMicros: 5, reservedPeakMicros: 5 },
      steps: [{ id: 'fix', inputHash: 'sha256:z', costMicros: 0, record, changes: { blob } }],
      updatedAt: '2026-11-25T00:00:00.000Z',
    };
    const kept = await storeOfAJob().save(seal(checkpoint));
    expect(kept?.warning).toMatch(
      /^the checkpoint of run run-big is \d+ KB with its steps' changes, more than a pull-request comment holds, so it was kept without them: the steps that changed files run again after the answer/,
    );
    expect(checkpointComments()[0]?.body.length).toBeLessThanOrEqual(65_536);
    const loaded = await storeOfAJob().load();
    expect(loaded?.steps[0]?.changes).toBeUndefined();
    expect(loaded?.steps[0]?.record.outputs.changes).toEqual([
      { path: 'blob.bin', status: 'added' },
    ]);
  });

  it('continues on an approving review of the gated commit', async () => {
    const first = await job('pull_request', opened);
    expect(first.result?.status).toBe('waiting_approval');
    gh.addReview(7, reviewer, 'APPROVED', SHA);
    const review = {
      action: 'submitted',
      pull_request: { number: 7, head: { sha: SHA } },
      review: { state: 'approved', user: { login: 'reviewer', type: 'User' } },
    };
    const second = await job('pull_request_review', review);
    expect(second.result?.status).toBe('succeeded');
    expect(second.result?.steps.find((s) => s.id === 'ship')?.outputs.approvers).toEqual([
      'reviewer',
    ]);
    expect(prompts()).toHaveLength(3);
  });

  it('ignores a review that only comments, and a comment by a bot', async () => {
    const review = {
      action: 'submitted',
      pull_request: { number: 7, head: { sha: SHA } },
      review: { state: 'commented', user: { login: 'reviewer', type: 'User' } },
    };
    expect((await job('pull_request_review', review)).plan.kind).toBe('skip');
    expect((await job('issue_comment', commented('/approve', bot))).plan.kind).toBe('skip');
    expect(gh.requests).toHaveLength(0);
  });
});
