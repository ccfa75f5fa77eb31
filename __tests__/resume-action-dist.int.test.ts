// approval-mode: resume through the built action (dist/index.js), as the runner runs it,
// against the local GitHub and the local OpenAI server: three jobs, one run.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_GITHUB_TOKEN, runAction, type PhaseResult } from './support/action-harness.js';
import { echoHandler, gatedFlow, promptsSeen } from './support/checkpoint-fixtures.js';
import { requireDocker } from './support/docker.js';
import { FakeGitHub, type FakeUser } from './support/fake-github.js';
import { FAKE_API_KEY, startFakeOpenAi, type FakeOpenAi } from './support/fake-openai.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const FLOW = gatedFlow(
  `  - id: check
    shell: { run: "echo checked-by-shell" }
  - id: tests
    sandbox: { image: wflo-test/busybox:1, run: "echo sandboxed-$((6*7))", workspace: read-only }
  - id: fix
    sandbox: { image: wflo-test/busybox:1, run: "echo fixed-in-copy; sed -i s/bug/ok/ app.txt && echo new > added.txt", workspace: copy }
`,
);

/** A fresh checkout of the pull request, as actions/checkout gives every job. */
async function freshCheckout(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wflo-resume-dist-'));
  await writeFile(path.join(dir, 'flow.yml'), FLOW);
  await writeFile(path.join(dir, 'app.txt'), 'a bug\n');
  return dir;
}

let gh: FakeGitHub;
let ai: FakeOpenAi;
let reviewer: FakeUser;
let ws: string;

beforeAll(() => requireDocker(), 180_000);

beforeEach(async () => {
  gh = await FakeGitHub.start({ owner: 'octo-org', repo: 'octo-repo', validate: true });
  const bot = gh.addUser('github-actions[bot]', { type: 'Bot' });
  gh.addToken(FAKE_GITHUB_TOKEN, bot);
  const author = gh.addUser('author', { role: 'write' });
  reviewer = gh.addUser('reviewer', { role: 'write' });
  gh.addPull(7, SHA, author);
  ai = await startFakeOpenAi({ handler: echoHandler });
  ws = await freshCheckout();
});

afterEach(async () => {
  await gh.close();
  await ai.close();
});

const opened = { action: 'opened', pull_request: { number: 7, head: { sha: SHA } } };
const commented = (body: string) => ({
  action: 'created',
  issue: { number: 7, pull_request: { url: 'x' } },
  comment: { body, user: { login: reviewer.login, type: 'User' } },
});

async function job(eventName: string, eventPayload: object): Promise<PhaseResult> {
  const { main } = await runAction({
    workspace: ws,
    with: {
      workflow: 'flow.yml',
      'approval-mode': 'resume',
      'openai-api-key': FAKE_API_KEY,
      'openai-base-url': ai.baseURL,
      'pr-comment': 'always',
    },
    eventName,
    eventPayload,
    env: { GITHUB_API_URL: gh.url },
    timeoutMs: 80_000,
  });
  return main;
}

async function reportOf(main: PhaseResult) {
  const file = main.outputs['report-file'] ?? '';
  return JSON.parse(await readFile(file, 'utf8')) as {
    run_id: string;
    cost_usd: number;
    steps: { id: string; cost_usd: number; status: string }[];
    changes: {
      step: string;
      outcome: string;
      files: number;
      reason: string | null;
      diff: string | null;
    }[];
  };
}

const checkpointComments = () =>
  gh.comments.filter((c) => c.issue === 7 && c.body.startsWith('<!-- wflo:checkpoint '));
const summaryComments = () =>
  gh.comments.filter((c) => c.issue === 7 && c.body.startsWith('<!-- wflo:summary '));

describe('approval-mode: resume in the built action', () => {
  it(
    'ends job 1 at the gate, ends job 2 (chatter) at once, and finishes in job 3 after /approve',
    { timeout: 240_000 },
    async () => {
      const first = await job('pull_request', opened);
      expect(first.outputs.status, first.stdout + first.stderr).toBe('waiting_approval');
      expect(first.stdout).toContain('checked-by-shell');
      expect(first.stdout).toContain('sandboxed-42');
      expect(promptsSeen(ai)).toHaveLength(2);
      expect(checkpointComments()).toHaveLength(1);
      const r1 = await reportOf(first);
      // The copy step's changes wait for the gate: the checkout is untouched, the checkpoint keeps them.
      expect(first.stdout).toContain('fixed-in-copy');
      expect(await readFile(path.join(ws, 'app.txt'), 'utf8')).toBe('a bug\n');
      const appDiff =
        'diff --git a/app.txt b/app.txt\n--- a/app.txt\n+++ b/app.txt\n@@ -1,1 +1,1 @@\n-a bug\n+a ok\n';
      const addedDiff =
        'diff --git a/added.txt b/added.txt\nnew file mode 100644\n--- /dev/null\n+++ b/added.txt\n@@ -0,0 +1,1 @@\n+new\n';
      expect(r1.changes).toMatchObject([
        {
          step: 'fix',
          outcome: 'held',
          files: 2,
          reason: 'the run is waiting at an approval gate; the checkpoint keeps them',
        },
      ]);
      expect(r1.changes[0]?.diff).toContain(appDiff);
      expect(r1.changes[0]?.diff).toContain(addedDiff);
      // The reviewer reads exactly those changes in the gate comment, collapsed.
      const gate = gh.comments.find((c) => c.body.startsWith('<!-- wflo:gate '));
      expect(gate?.body).toContain(
        '<details><summary>Held changes: 2 files, +2 −1 (from <code>fix</code>)</summary>',
      );
      expect(gate?.body).toContain(appDiff);
      expect(gate?.body).toContain(addedDiff);

      const before = gh.requests.length;
      gh.addComment(7, reviewer, 'Nice, reading it now.');
      const second = await job('issue_comment', commented('Nice, reading it now.'));
      expect(second.exitCode, second.stdout).toBe(0);
      expect(second.outputs.status).toBeUndefined();
      expect(second.stdout).toContain(
        'nothing to continue: the comment is not an /approve or /reject command',
      );
      expect(gh.requests.length).toBe(before);
      expect(promptsSeen(ai)).toHaveLength(2);

      gh.addComment(7, reviewer, '/approve');
      // Each job checks the pull request out afresh: the held changes come with the checkpoint.
      ws = await freshCheckout();
      const third = await job('issue_comment', commented('/approve'));
      expect(third.outputs.status, third.stdout + third.stderr).toBe('succeeded');
      expect(third.stdout).toContain('continuing run');
      // Finished steps, the shell and the sandbox steps too, were reused: none started again.
      for (const id of ['plan', 'write', 'check', 'tests', 'fix'])
        expect(third.stdout).not.toContain(`▶ ${id} (`);
      expect(third.stdout).not.toContain('fixed-in-copy');
      // What the reviewer approved is what reached the new checkout.
      expect(await readFile(path.join(ws, 'app.txt'), 'utf8')).toBe('a ok\n');
      expect(await readFile(path.join(ws, 'added.txt'), 'utf8')).toBe('new\n');
      expect(third.stdout).toContain('▶ ship (approval) started');
      expect(third.stdout).toMatch(/^↺ tests \(sandbox\) reused from the checkpoint$/m);
      expect(third.stdout).not.toContain('sandboxed-42');
      expect(promptsSeen(ai)).toEqual([
        'Plan the fix',
        'Write from <Plan the fix>',
        'Summarise <Write from <Plan the fix>>',
      ]);
      const r3 = await reportOf(third);
      expect(r3.run_id).toBe(r1.run_id);
      expect(r3.changes).toEqual([
        { step: 'fix', outcome: 'applied', files: 2, reason: null, diff: null },
      ]);
      const summaryCost = r3.steps.find((s) => s.id === 'summary')?.cost_usd ?? 0;
      expect(r3.cost_usd).toBeCloseTo(r1.cost_usd + summaryCost, 6);
      expect(Number(third.outputs['cost-usd'])).toBeCloseTo(r3.cost_usd, 6);
      // One sticky summary, updated in place from "waiting" to "succeeded".
      expect(summaryComments()).toHaveLength(1);
      expect(summaryComments()[0]?.body).toContain('succeeded');
      expect(third.summary).toMatch(
        /\| plan \| llm \| ✅ succeeded \(reused from the checkpoint\) \|/,
      );
      expect(checkpointComments()[0]?.body).toContain('status=succeeded');
      expect(gh.violations).toEqual([]);
    },
  );

  it(
    'refuses to continue from a checkpoint changed on the pull request',
    { timeout: 180_000 },
    async () => {
      const first = await job('pull_request', opened);
      expect(first.outputs.status).toBe('waiting_approval');
      const comment = checkpointComments()[0];
      if (!comment) throw new Error('no checkpoint comment');
      // Someone with the rights to edit it changes the recorded digest.
      comment.body = comment.body.replace(
        /digest=sha256:([0-9a-f])/,
        (_, c: string) => `digest=sha256:${c === '0' ? '1' : '0'}`,
      );
      gh.addComment(7, reviewer, '/approve');
      const second = await job('issue_comment', commented('/approve'));
      expect(second.exitCode).not.toBe(0);
      expect(second.stdout).toContain('was changed after wflo wrote it');
      expect(promptsSeen(ai)).toHaveLength(2);
    },
  );
});
