// Re-runs never re-pay (DESIGN.md §4), through the built action as the runner runs it, against
// the local GitHub and the local OpenAI server: attempt 1 of a CI run fails at a flaky step;
// "Re-run failed jobs" starts attempt 2 of the same run (GITHUB_RUN_ID equal, GITHUB_RUN_ATTEMPT
// 2) on a fresh checkout, which continues from attempt 1's checkpoint in
// refs/wflo/checkpoints/<run id>/<job key>: every step that ended is reused with its outputs and
// changes, and the model sees each succeeded call exactly once — on push and on pull_request.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_GITHUB_TOKEN, runAction, type PhaseResult } from './support/action-harness.js';
import { echoHandler, promptsSeen } from './support/checkpoint-fixtures.js';
import { requireDocker } from './support/docker.js';
import { FakeGitHub } from './support/fake-github.js';
import { FAKE_API_KEY, startFakeOpenAi, type FakeOpenAi } from './support/fake-openai.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
let gh: FakeGitHub;
let ai: FakeOpenAi;
let flag: string;

/** A flaky check: it fails until the test "fixes" what it waits for (the flag file). */
function flow(withSandbox: boolean): string {
  return `version: 1
name: rerunnable
defaults:
  llm: { model: gpt-4o-mini, max_tokens: 300, temperature: 0 }
steps:
  - id: plan
    llm: { prompt: "Plan the fix" }
${
  withSandbox
    ? `  - id: fix
    sandbox: { image: wflo-test/busybox:1, run: "echo fixed-in-copy; sed -i s/bug/ok/ app.txt", workspace: copy }
`
    : ''
}  - id: write
    llm: { prompt: "Write from \${{ steps.plan.outputs.text }}" }
  - id: check
    shell: { run: "test -f ${flag} || { echo flaky-on-first-attempt; exit 1; }" }
  - id: summary
    llm: { prompt: "Summarise \${{ steps.write.outputs.text }}" }
`;
}

/** A fresh checkout, as actions/checkout gives every attempt. */
async function checkout(withSandbox: boolean): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wflo-rerun-'));
  await writeFile(path.join(dir, 'flow.yml'), flow(withSandbox));
  await writeFile(path.join(dir, 'app.txt'), 'a bug\n');
  return dir;
}

beforeAll(() => requireDocker(), 180_000);

beforeEach(async () => {
  gh = await FakeGitHub.start({ owner: 'octo-org', repo: 'octo-repo', validate: true });
  gh.addToken(FAKE_GITHUB_TOKEN, gh.addUser('github-actions[bot]', { type: 'Bot' }));
  gh.addPull(7, SHA, gh.addUser('author', { role: 'write' }));
  ai = await startFakeOpenAi({ handler: echoHandler });
  flag = path.join(await mkdtemp(path.join(tmpdir(), 'wflo-rerun-flag-')), 'fixed');
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
  await ai.close();
});

async function attempt(
  n: number,
  workspace: string,
  event: { name: string; payload: object },
  extra: Record<string, string> = {},
): Promise<PhaseResult> {
  const { main } = await runAction({
    workspace,
    with: {
      workflow: 'flow.yml',
      'openai-api-key': FAKE_API_KEY,
      'openai-base-url': ai.baseURL,
      ...extra,
    },
    eventName: event.name,
    eventPayload: event.payload,
    env: {
      GITHUB_API_URL: gh.url,
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: String(n),
      GITHUB_JOB: 'agent',
    },
    timeoutMs: 80_000,
  });
  return main;
}

async function reportOf(main: PhaseResult) {
  return JSON.parse(await readFile(main.outputs['report-file'] ?? '', 'utf8')) as {
    run_id: string;
    cost_usd: number;
    steps: { id: string; cost_usd: number; status: string }[];
  };
}

const checkpointRefs = () =>
  [...gh.refs.keys()].filter((r) => r.startsWith('refs/wflo/checkpoints/4242/'));

const ALL_CALLS = [
  'Plan the fix',
  'Write from <Plan the fix>',
  'Summarise <Write from <Plan the fix>>',
];

describe('a re-run of a failed job continues from the previous attempt', () => {
  it(
    'on push: reuses every ended step with its outputs and changes, and pays only for the rest',
    { timeout: 240_000 },
    async () => {
      const push = { name: 'push', payload: { ref: 'refs/heads/main', after: SHA } };
      const first = await attempt(1, await checkout(true), push);
      expect(first.outputs.status, first.stdout + first.stderr).toBe('failed');
      expect(first.stdout).toContain('flaky-on-first-attempt');
      expect(first.stdout).toContain('fixed-in-copy');
      expect(promptsSeen(ai)).toEqual(ALL_CALLS.slice(0, 2));
      expect(checkpointRefs()).toHaveLength(1);
      const r1 = await reportOf(first);

      await writeFile(flag, 'fixed\n');
      const ws = await checkout(true);
      const second = await attempt(2, ws, push);
      expect(second.outputs.status, second.stdout + second.stderr).toBe('succeeded');
      expect(second.stdout).toContain(`re-run: continuing run ${r1.run_id}`);
      for (const id of ['plan', 'fix', 'write']) expect(second.stdout).not.toContain(`▶ ${id} (`);
      expect(second.stdout).not.toContain('fixed-in-copy');
      // The sandbox step's changes came with the checkpoint to the fresh checkout.
      expect(await readFile(path.join(ws, 'app.txt'), 'utf8')).toBe('a ok\n');
      // Each succeeded call once, across both attempts; the reused outputs fed the last prompt.
      expect(promptsSeen(ai)).toEqual(ALL_CALLS);
      const r2 = await reportOf(second);
      expect(r2.run_id).toBe(r1.run_id);
      const summaryCost = r2.steps.find((s) => s.id === 'summary')?.cost_usd ?? 0;
      expect(summaryCost).toBeGreaterThan(0);
      expect(r2.cost_usd).toBeCloseTo(r1.cost_usd + summaryCost, 6);
      // Nothing is left to re-run: the checkpoint's ref is gone.
      expect(checkpointRefs()).toEqual([]);
    },
  );

  it(
    'on pull_request (approval-mode: resume too): calls the model only for steps that had not ended',
    { timeout: 240_000 },
    async () => {
      const opened = {
        name: 'pull_request',
        payload: { action: 'opened', pull_request: { number: 7, head: { sha: SHA } } },
      };
      const first = await attempt(1, await checkout(false), opened, { 'approval-mode': 'resume' });
      expect(first.outputs.status, first.stdout + first.stderr).toBe('failed');
      expect(promptsSeen(ai)).toEqual(ALL_CALLS.slice(0, 2));

      // Re-run before the flaky step is fixed: it fails again, and nothing ended is paid again.
      const again = await attempt(2, await checkout(false), opened, { 'approval-mode': 'resume' });
      expect(again.outputs.status, again.stdout + again.stderr).toBe('failed');
      expect(again.stdout).toContain('re-run: continuing run');
      expect(promptsSeen(ai)).toEqual(ALL_CALLS.slice(0, 2));

      await writeFile(flag, 'fixed\n');
      const third = await attempt(3, await checkout(false), opened, { 'approval-mode': 'resume' });
      expect(third.outputs.status, third.stdout + third.stderr).toBe('succeeded');
      expect(promptsSeen(ai)).toEqual(ALL_CALLS);
      expect((await reportOf(third)).run_id).toBe((await reportOf(first)).run_id);
      expect(checkpointRefs()).toEqual([]);
    },
  );

  it(
    'keeps a first attempt that succeeds from writing anything',
    { timeout: 120_000 },
    async () => {
      await writeFile(flag, 'fixed\n');
      const push = { name: 'push', payload: {} };
      const only = await attempt(1, await checkout(false), push);
      expect(only.outputs.status, only.stdout + only.stderr).toBe('succeeded');
      expect(gh.requests).toEqual([]);
    },
  );
});
