// The action's default budget store, `github`, through the built action as the runner runs it:
// the job takes its hold from the ledger in refs/heads/wflo/budget-pools of the local GitHub before
// its first step and settles it to what it spent; a second job finds the money spent.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_GITHUB_TOKEN, runAction } from './support/action-harness.js';
import { echoHandler, promptsSeen } from './support/checkpoint-fixtures.js';
import { FakeGitHub } from './support/fake-github.js';
import { FAKE_API_KEY, startFakeOpenAi, type FakeOpenAi } from './support/fake-openai.js';

const FLOW = `version: 1
name: pooled
budget:
  max_usd: 1
  pools:
    - key: daily
      max_usd: 5
      period: day
defaults:
  llm: { model: gpt-4o-mini, max_tokens: 300, temperature: 0 }
steps:
  - id: plan
    llm: { prompt: "Plan the fix" }
`;

let gh: FakeGitHub;
let ai: FakeOpenAi;

beforeEach(async () => {
  gh = await FakeGitHub.start({ owner: 'octo-org', repo: 'octo-repo', validate: true });
  gh.addToken(FAKE_GITHUB_TOKEN, gh.addUser('github-actions[bot]', { type: 'Bot' }));
  ai = await startFakeOpenAi({ handler: echoHandler });
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
  await ai.close();
});

async function job(runId: string) {
  const workspace = await mkdtemp(path.join(tmpdir(), 'wflo-pools-action-'));
  await writeFile(path.join(workspace, 'flow.yml'), FLOW);
  const { main, post } = await runAction({
    workspace,
    with: { workflow: 'flow.yml', 'openai-api-key': FAKE_API_KEY, 'openai-base-url': ai.baseURL },
    env: { GITHUB_API_URL: gh.url, GITHUB_RUN_ID: runId, GITHUB_JOB: 'agent' },
    timeoutMs: 60_000,
  });
  const report = JSON.parse(await readFile(main.outputs['report-file'] ?? '', 'utf8')) as {
    cost_usd: number;
  };
  return { main, post, report };
}

interface LedgerFile {
  pools: Record<string, { spentMicros: number; holds: Record<string, unknown> }>;
}
const ledger = () =>
  JSON.parse(gh.fileAt('refs/heads/wflo/budget-pools', 'budget-pools.json') ?? '{}') as LedgerFile;

describe("the action's github budget store", () => {
  it('holds before the first step, settles to the spend, and the next job sees it spent', async () => {
    const first = await job('501');
    expect(first.main.outputs.status, first.main.stdout + first.main.stderr).toBe('succeeded');
    const spent = Math.round(first.report.cost_usd * 1e6);
    expect(spent).toBeGreaterThan(0);
    expect(ledger().pools.daily?.spentMicros).toBe(spent);
    expect(ledger().pools.daily?.holds).toEqual({});

    const second = await job('502');
    expect(second.main.outputs.status).toBe('succeeded');
    expect(ledger().pools.daily?.spentMicros).toBe(
      spent + Math.round(second.report.cost_usd * 1e6),
    );
    expect(promptsSeen(ai)).toHaveLength(2);
    // What the ledger costs a job in GitHub requests, the same however long its history: the
    // first job of a repository creates the branch (a read, tree, commit, ref) and settles
    // (1); every later job reads (1), escrows (1) and settles on its own escrow (1). The post
    // phases, told by main that it settled, ask nothing.
    expect(
      gh.requests.map((r) => `${r.method} ${r.path.replace(/^\/repos\/[^/]+\/[^/]+/, '')}`),
    ).toEqual([
      'POST /graphql',
      'POST /git/trees',
      'POST /git/commits',
      'POST /git/refs',
      'POST /graphql',
      'POST /graphql',
      'POST /graphql',
      'POST /graphql',
    ]);
    expect(first.main.state['pool-settled']).toBe('true');
  });
});
