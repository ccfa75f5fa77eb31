// The file store across real processes (the built CLI, dist/cli.js): many `wflo run`s at once
// on one pool, some killed at random moments — before they settle, maybe while they hold the
// store's lock. The pool is never overspent, a killed job's hold stays held (headroom wasted,
// never overshoot), a lock left by a dead process is broken, and the book stays whole.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usdToMicros } from '../src/common/money.js';
import { FilePoolStore } from '../src/pools/file-store.js';
import type { RunReport } from '../src/report/report.js';
import { REPO_ROOT } from './support/action-harness.js';
import {
  completion,
  FAKE_API_KEY,
  startFakeOpenAi,
  type FakeOpenAi,
} from './support/fake-openai.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

const WORKFLOW = (pool: string) => `version: 1
name: pooled
budget:
  max_usd: 1
  pools:
    - { key: ${pool}, max_usd: 2 }
models:
  m: { input_per_mtok: 1, output_per_mtok: 95 }
steps:
  - id: a
    llm: { model: m, prompt: One., max_tokens: 2000 }
  - id: b
    llm: { model: m, prompt: Two., max_tokens: 2000 }
`;

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
  // Slow enough that a kill lands mid-run now and then.
  fake.setHandler(() => ({
    ...completion({ usage: { prompt_tokens: 20, completion_tokens: 1500 } }),
    headerDelayMs: Math.floor(Math.random() * 150),
  }));
});
afterAll(async () => {
  await fake?.close();
});

interface Outcome {
  code: number | null;
  killed: boolean;
  output: string;
  report?: RunReport;
}

function wflo(dir: string, i: number, store: string, killAfterMs?: number): Promise<Outcome> {
  const reportFile = path.join(dir, `r${i}.json`);
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [CLI, 'run', 'flow.yml', '--report', reportFile, '--budget-store', store],
      {
        cwd: dir,
        env: {
          PATH: process.env.PATH,
          OPENAI_API_KEY: FAKE_API_KEY,
          OPENAI_BASE_URL: fake.baseURL,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    let killed = false;
    const timer =
      killAfterMs === undefined
        ? undefined
        : setTimeout(() => {
            killed = child.kill('SIGKILL');
          }, killAfterMs);
    child.on('error', reject);
    child.on('close', async (code) => {
      if (timer) clearTimeout(timer);
      let report: RunReport | undefined;
      try {
        report = JSON.parse(await readFile(reportFile, 'utf8')) as RunReport;
      } catch {
        report = undefined;
      }
      resolve({ code, killed: killed && code === null, output, ...(report ? { report } : {}) });
    });
  });
}

describe('the file store across processes', () => {
  it(
    'is never overspent by many jobs at once, some killed before they settle',
    { timeout: 180_000 },
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'wflo-pools-proc-'));
      const pool = `proc-${Math.random().toString(36).slice(2)}`;
      await writeFile(path.join(dir, 'flow.yml'), WORKFLOW(pool));
      const storeDir = path.join(dir, 'pools');
      const store = `file:${storeDir}`;
      const jobs = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          wflo(dir, i, store, i % 3 === 0 ? 200 + Math.floor(Math.random() * 600) : undefined),
        ),
      );
      const book = new FilePoolStore(storeDir);
      const [standing] = (await book.list(new Date())).filter((s) => s.key === pool);
      expect(standing).toBeDefined();
      if (!standing) return;
      // Whatever happened, the pool never passes its cap.
      expect(standing.spentMicros + standing.heldMicros).toBeLessThanOrEqual(2_000_000);
      // What finished is spent exactly; what was killed before it settled is still held.
      const finished = jobs.filter((j) => j.report);
      const spent = finished.reduce((s, j) => s + usdToMicros(j.report?.cost_usd ?? 0), 0);
      expect(standing.spentMicros).toBe(spent);
      const killedHolding = jobs.filter((j) => j.killed && !j.report).length;
      expect(standing.holds.length).toBeLessThanOrEqual(killedHolding);
      for (const j of jobs.filter((x) => !x.killed)) {
        expect([0, 3], j.output).toContain(j.code);
      }
      // A job after them all still gets through the lock (one a killed process left is broken)
      // and is held to what the pool has left.
      const after = await wflo(dir, 99, store);
      if (standing.leftMicros === 0) expect(after.code, after.output).toBe(3);
      else {
        expect(after.report?.budget_usd, after.output).toBeGreaterThan(0);
        expect(usdToMicros(after.report?.budget_usd ?? 0)).toBeLessThanOrEqual(standing.leftMicros);
      }
      const end = (await book.list(new Date())).find((s) => s.key === pool);
      expect((end?.spentMicros ?? 0) + (end?.heldMicros ?? 0)).toBeLessThanOrEqual(2_000_000);
      await rm(dir, { recursive: true, force: true });
    },
  );
});
