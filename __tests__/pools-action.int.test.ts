// The action's side of budget pools (dist/index.js as the runner runs it): main holds and
// settles, the summary has the pool's line, an empty pool fails the job before anything is
// called, and post settles — in full — the hold of a main phase that was killed.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FilePoolStore } from '../src/pools/file-store.js';
import type { RunReport } from '../src/report/report.js';
import { runAction } from './support/action-harness.js';
import {
  completion,
  FAKE_API_KEY,
  startFakeOpenAi,
  type FakeOpenAi,
} from './support/fake-openai.js';

const FLOW = (pool: string, cap = 5) => `version: 1
name: pooled
budget:
  max_usd: 1
  pools:
    - { key: ${pool}, max_usd: ${cap}, period: week }
models:
  m: { input_per_mtok: 1, output_per_mtok: 95 }
steps:
  - id: a
    llm: { model: m, prompt: Hello., max_tokens: 1000 }
`;

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(async () => {
  await fake?.close();
});

async function workspace(pool: string, cap?: number) {
  const ws = await mkdtemp(path.join(tmpdir(), 'wflo-pools-action-'));
  await writeFile(path.join(ws, 'flow.yml'), FLOW(pool, cap));
  return { ws, storeDir: path.join(ws, '..', `${path.basename(ws)}-pools`) };
}

const key = () => `act-${Math.random().toString(36).slice(2)}`;

describe('the action with budget pools', () => {
  it(
    'holds before the first step, settles at the end, and shows the pool in the summary',
    { timeout: 60_000 },
    async () => {
      const pool = key();
      const { ws, storeDir } = await workspace(pool);
      fake.setHandler(() => completion({ usage: { prompt_tokens: 10, completion_tokens: 500 } }));
      const { main, post } = await runAction({
        workspace: ws,
        with: {
          workflow: 'flow.yml',
          'openai-api-key': FAKE_API_KEY,
          'openai-base-url': fake.baseURL,
          'budget-store': `file:${storeDir}`,
        },
        env: {
          GITHUB_RUN_ID: '77',
          GITHUB_RUN_ATTEMPT: '1',
          GITHUB_JOB: 'review',
          GITHUB_REPOSITORY: 'acme/app',
        },
      });
      expect(main.exitCode, main.stdout + main.stderr).toBe(0);
      const report = JSON.parse(
        await readFile(main.outputs['report-file'] ?? '', 'utf8'),
      ) as RunReport;
      expect(report.pools?.[0]).toMatchObject({
        key: pool,
        period: 'week',
        held_usd: report.budget_usd,
      });
      expect(main.state['pool-lease']).toBe(report.pools?.[0]?.lease_id);
      expect(main.summary).toContain(`**Budget pool ${pool}: `);
      expect(post.exitCode).toBe(0);
      const [standing] = await new FilePoolStore(storeDir).list(new Date());
      expect(standing).toMatchObject({
        key: pool,
        heldMicros: 0,
        spentMicros: Math.round(report.cost_usd * 1e6),
      });
    },
  );

  it(
    'fails the job with one sentence naming the pool when it has nothing left',
    { timeout: 60_000 },
    async () => {
      const pool = key();
      const { ws, storeDir } = await workspace(pool, 0.5);
      const store = new FilePoolStore(storeDir);
      await store.escrow({
        leaseId: 'other',
        holder: 'acme/app run 5 attempt 1 job x',
        pools: [{ key: pool, capMicros: 500_000, period: 'week' }],
        wantMicros: 500_000,
        now: new Date(),
        leaseMs: 3_600_000,
      });
      const calls = fake.requests.length;
      const { main } = await runAction({
        workspace: ws,
        with: {
          workflow: 'flow.yml',
          'openai-api-key': FAKE_API_KEY,
          'openai-base-url': fake.baseURL,
          'budget-store': `file:${storeDir}`,
        },
      });
      expect(main.exitCode).not.toBe(0);
      const errors = main.commands.filter((c) => c.command === 'error').map((c) => c.message);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        new RegExp(
          `^wflo: budget pool '${pool}' has nothing left for this run: its cap is \\$0\\.50, \\$0\\.00 is spent this week and \\$0\\.50 is held by 1 other run \\(acme/app run 5 attempt 1 job x until `,
        ),
      );
      expect(fake.requests.length).toBe(calls);
    },
  );

  it(
    'settles in post, in full, the hold of a main phase that was killed mid-call',
    { timeout: 60_000 },
    async () => {
      const pool = key();
      const { ws, storeDir } = await workspace(pool);
      fake.setHandler(() => ({ type: 'hang' }));
      const calls = fake.requests.length;
      let held = 0;
      const { post } = await runAction({
        workspace: ws,
        with: {
          workflow: 'flow.yml',
          'openai-api-key': FAKE_API_KEY,
          'openai-base-url': fake.baseURL,
          'budget-store': `file:${storeDir}`,
        },
        async duringMain(phase) {
          while (fake.requests.length === calls) await new Promise((r) => setTimeout(r, 20));
          const [standing] = await new FilePoolStore(storeDir).list(new Date());
          held = standing?.heldMicros ?? 0;
          phase.kill('SIGKILL');
        },
      });
      expect(held).toBeGreaterThan(0);
      expect(post.exitCode).toBe(0);
      const [standing] = await new FilePoolStore(storeDir).list(new Date());
      // A crash may waste headroom (the whole hold is spent), never leave it held or overshoot.
      expect(standing).toMatchObject({ heldMicros: 0, spentMicros: held });
    },
  );
});
