// Issue #15's "done when", through the engine: sixteen parallel jobs sharing a $5 pool, each
// with a random budget of its own, spend at most $5 together — whichever store they use: the
// file store, the Redis store (a real redis-server), the github store (the local GitHub, each
// job its own Octokit client with GitHub's write spacing and the store's own backoff) — every
// hold settles, and a job the pool cannot cover exits 3 before it calls anything, naming it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMicros, usdToMicros } from '../src/common/money.js';
import { openPoolStore } from '../src/pools/stores.js';
import type { RunReport } from '../src/report/report.js';
import {
  completion,
  FAKE_API_KEY,
  startFakeOpenAi,
  type FakeOpenAi,
} from './support/fake-openai.js';
import { startRedisServer, type RedisServer } from './support/redis-server.js';
import { fakeGitHubWithClient, type FakeGitHub } from './support/fake-github.js';
import { wfloDist, wfloIn } from './support/cli-io.js';

const GITHUB_TOKEN = 'ghs_poolsE2eToken';

// $1/M in, $95/M out, max_tokens 3000: each call reserves a little over $0.285 and, billed
// 2500 output tokens, costs about $0.24: three of them are a job's worst case (~$0.86), so
// sixteen jobs want far more than the pool has.
const WORKFLOW = (pool: string, cap = 5) => `version: 1
name: shared-pool
budget:
  max_usd: 1
  pools:
    - { key: ${pool}, max_usd: ${cap}, period: day }
models:
  review-model: { input_per_mtok: 1, output_per_mtok: 95 }
steps:
  - id: a
    llm: { model: review-model, prompt: Review part A., max_tokens: 3000 }
  - id: b
    needs: []
    llm: { model: review-model, prompt: Review part B., max_tokens: 3000 }
  - id: c
    needs: [a, b]
    llm: { model: review-model, prompt: Sum up., max_tokens: 3000 }
`;

let fake: FakeOpenAi;
let redis: RedisServer;
let github: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeOpenAi();
  fake.setHandler(() => completion({ usage: { prompt_tokens: 40, completion_tokens: 2500 } }));
  redis = await startRedisServer();
  ({ gh: github } = await fakeGitHubWithClient(GITHUB_TOKEN));
});
afterAll(async () => {
  expect(github?.violations ?? []).toEqual([]);
  await fake?.close();
  await redis?.stop();
  await github?.close();
});

/** What a job's environment holds beyond the model's: the github store's token and API. */
const githubEnv = () => ({ GITHUB_TOKEN, GITHUB_API_URL: github.url });

interface Job {
  code: number;
  output: string;
  report?: RunReport;
}

/** One job: in this process, or (`ownProcess`) as `node dist/cli.js`, as jobs on runners are. */
async function job(
  dir: string,
  i: number,
  store: string,
  budget: string,
  ownProcess = false,
): Promise<Job> {
  const reportFile = path.join(dir, `report-${i}.json`);
  const args = [
    'run',
    'flow.yml',
    '--budget-usd',
    budget,
    '--report',
    reportFile,
    '--budget-store',
    store,
  ];
  const env = {
    PATH: process.env.PATH,
    OPENAI_API_KEY: FAKE_API_KEY,
    OPENAI_BASE_URL: fake.baseURL,
    HOME: dir,
    ...githubEnv(),
  };
  const printed = await (ownProcess ? wfloDist : wfloIn)(dir, env, args);
  const { code } = printed;
  const output = printed.stdout + printed.stderr;
  let report: RunReport | undefined;
  try {
    report = JSON.parse(await readFile(reportFile, 'utf8')) as RunReport;
  } catch {
    report = undefined; // refused before the run: no report
  }
  return { code, output, ...(report ? { report } : {}) };
}

describe.each([
  ['file', (dir: string) => `file:${path.join(dir, 'pools')}`, false],
  ['redis', () => redis.url, false],
  [
    'github',
    () => `github:${github.owner}/${github.repo}@wflo/e2e-${Math.random().toString(36).slice(2)}`,
    true,
  ],
] as const)(
  'sixteen parallel jobs sharing a five-dollar pool (%s store)',
  (_name, storeOf, ownProcess) => {
    it(
      'spend at most $5 together, settle every hold, and refuse the rest with exit 3',
      { timeout: 120_000 },
      async () => {
        const dir = await mkdtemp(path.join(tmpdir(), 'wflo-pools-e2e-'));
        const pool = `daily-${Math.random().toString(36).slice(2)}`;
        await writeFile(path.join(dir, 'flow.yml'), WORKFLOW(pool));
        const store = storeOf(dir);
        const before = fake.requests.length;
        // Random budgets between $0.10 and $1.00: some jobs can afford all three calls, some not.
        const budgets = Array.from({ length: 16 }, () => (0.1 + Math.random() * 0.9).toFixed(2));
        const jobs = await Promise.all(budgets.map((b, i) => job(dir, i, store, b, ownProcess)));

        const spent = jobs.reduce((sum, j) => sum + usdToMicros(j.report?.cost_usd ?? 0), 0);
        expect(spent).toBeLessThanOrEqual(5_000_000);
        expect(spent).toBeGreaterThan(0);
        // Run in full, the jobs would spend ~$11: some must have been cut short or refused.
        expect(jobs.some((j) => j.code === 3)).toBe(true);
        // Every call the server saw was paid for by some job's report: nothing unaccounted.
        const calls = fake.requests.length - before;
        const billed = jobs.reduce(
          (n, j) => n + (j.report?.steps.filter((s) => s.usage !== null).length ?? 0),
          0,
        );
        expect(calls).toBe(billed);

        // The pool's book agrees to the micro-dollar, and nothing is left held.
        const opened = await openPoolStore(store, { env: githubEnv(), cwd: dir });
        const [standing] = (await opened.list(new Date())).filter((s) => s.key === pool);
        await opened.close();
        expect(standing?.heldMicros).toBe(0);
        expect(standing?.spentMicros).toBe(spent);

        for (const j of jobs) {
          if (j.report) {
            const [p] = j.report.pools ?? [];
            expect(p?.key).toBe(pool);
            expect(p?.held_usd).toBeLessThanOrEqual(j.report.budget_usd ?? 0);
            expect(j.report.budget_usd).toBe(p?.held_usd);
            expect(j.output).toMatch(new RegExp(`wflo: pool ${pool}: \\$\\d+\\.\\d+ spent today`));
          } else {
            // Refused before anything ran: one sentence naming the pool, its cap and its spend.
            expect(j.code, j.output).toBe(3);
            expect(j.output).toMatch(
              new RegExp(
                `^wflo: budget pool '${pool}' has nothing left for this run: its cap is \\$5\\.00, \\$\\d+\\.\\d+ is spent today and `,
              ),
            );
          }
        }
        await rm(dir, { recursive: true, force: true });
      },
    );
  },
);

describe('a pool smaller than a job', () => {
  it(
    'holds what is left, stops the job at it, and refuses once nothing is left',
    { timeout: 60_000 },
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'wflo-pools-small-'));
      const pool = `small-${Math.random().toString(36).slice(2)}`;
      await writeFile(path.join(dir, 'flow.yml'), WORKFLOW(pool, 0.6));
      const store = `file:${path.join(dir, 'pools')}`;
      const first = await job(dir, 0, store, '1');
      expect(first.code, first.output).toBe(3);
      expect(first.report?.status).toBe('budget_exceeded');
      // The hold: the pool's $0.60, not the ~$0.86 the job's worst case wanted.
      expect(first.report?.budget_usd).toBe(0.6);
      const spent = first.report?.cost_usd ?? 0;
      expect(spent).toBeGreaterThan(0);
      expect(spent).toBeLessThanOrEqual(0.6);
      expect(first.report?.pools).toEqual([
        {
          key: pool,
          period: 'day',
          period_key: new Date().toISOString().slice(0, 10),
          cap_usd: 0.6,
          held_usd: 0.6,
          spent_usd: spent,
          others_held_usd: 0,
          others_holding: 0,
          left_usd: (usdToMicros(0.6) - usdToMicros(spent)) / 1e6,
          lease_id: expect.stringMatching(/\./) as unknown as string,
          store,
        },
      ]);
      // Less than a call's reservation is left: the next job holds it, calls nothing, and its
      // settle at $0 returns the hold.
      const calls = fake.requests.length;
      const second = await job(dir, 1, store, '1');
      expect(second.code, second.output).toBe(3);
      expect(second.report?.cost_usd).toBe(0);
      expect(fake.requests.length).toBe(calls);
      const opened = await openPoolStore(store, { env: githubEnv(), cwd: dir });
      const [standing] = await opened.list(new Date());
      expect(standing).toMatchObject({ spentMicros: usdToMicros(spent), heldMicros: 0 });
      // Spend the rest by hand (another job): now a job is refused before it starts.
      const rest = standing?.leftMicros ?? 0;
      await opened.escrow({
        leaseId: 'other',
        holder: 'another job',
        pools: [{ key: pool, capMicros: 600_000, period: 'day' }],
        wantMicros: rest,
        now: new Date(),
        leaseMs: 60_000,
      });
      await opened.close();
      const third = await job(dir, 2, store, '1');
      expect(third.code, third.output).toBe(3);
      expect(third.report).toBeUndefined();
      const other = (
        await openPoolStore(store, { env: {}, cwd: dir }).then((s) => s.list(new Date()))
      )[0]?.holds[0];
      expect(third.output).toBe(
        `wflo: budget pool '${pool}' has nothing left for this run: its cap is $0.60, ${formatMicros(usdToMicros(spent))} is spent today and ${formatMicros(rest)} is held by 1 other run (another job until ${other?.expiresAt})\n`,
      );
      await rm(dir, { recursive: true, force: true });
    },
  );
});
