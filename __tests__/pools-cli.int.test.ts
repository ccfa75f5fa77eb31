// The CLI's side of budget pools: which store it opens, `wflo pools`, `wflo plan`'s pool
// lines, a store that cannot be reached (fail closed, or run-alone), pool keys evaluated
// over inputs, and the job summary's pool line.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { renderPools } from '../src/cli/pools.js';
import { FilePoolStore } from '../src/pools/file-store.js';
import { defaultFileStoreUrl } from '../src/pools/stores.js';
import { escapeInline } from '../src/common/markdown.js';
import { renderSummary } from '../src/report/summary.js';
import type { RunReport } from '../src/report/report.js';
import {
  completion,
  FAKE_API_KEY,
  startFakeOpenAi,
  type FakeOpenAi,
} from './support/fake-openai.js';

const FLOW = (extra = '', key = 'team-${{ inputs.team }}') => `version: 1
name: pooled
inputs:
  team: { type: string, default: core }
budget:
  max_usd: 1
${extra}  pools:
    - { key: '${key}', max_usd: 2, period: month }
models:
  m: { input_per_mtok: 1, output_per_mtok: 95 }
steps:
  - id: a
    llm: { model: m, prompt: Hello., max_tokens: 1000 }
`;

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
  fake.setHandler(() => completion({ usage: { prompt_tokens: 10, completion_tokens: 500 } }));
});
afterAll(async () => {
  await fake?.close();
});

async function wflo(dir: string, args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      OPENAI_API_KEY: FAKE_API_KEY,
      OPENAI_BASE_URL: fake.baseURL,
      HOME: dir,
      ...env,
    },
    onInterrupt: () => () => undefined,
    forceExit: () => undefined,
  });
  return { code, out, err };
}

async function project(text: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wflo-pools-cli-'));
  await writeFile(path.join(dir, 'flow.yml'), text);
  return dir;
}

describe('the store the CLI opens', () => {
  it('is XDG_STATE_HOME/wflo/pools, else ~/.local/state/wflo/pools', () => {
    expect(defaultFileStoreUrl({ XDG_STATE_HOME: '/s', HOME: '/h' })).toBe('file:/s/wflo/pools');
    expect(defaultFileStoreUrl({ HOME: '/h' })).toBe('file:/h/.local/state/wflo/pools');
  });

  it('is WFLO_BUDGET_STORE when set, and --budget-store above it', async () => {
    const dir = await project(FLOW());
    const env = { WFLO_BUDGET_STORE: `file:${path.join(dir, 'env-store')}` };
    expect((await wflo(dir, ['run', 'flow.yml'], env)).code).toBe(0);
    const fromEnv = await new FilePoolStore(path.join(dir, 'env-store')).list(new Date());
    expect(fromEnv.map((p) => p.key)).toEqual(['team-core']);
    const flag = `file:${path.join(dir, 'flag-store')}`;
    expect(
      (await wflo(dir, ['run', 'flow.yml', '--budget-store', flag, '--input', 'team=web'], env))
        .code,
    ).toBe(0);
    const fromFlag = await new FilePoolStore(path.join(dir, 'flag-store')).list(new Date());
    expect(fromFlag.map((p) => p.key)).toEqual(['team-web']);
    // Without either: the default file store under HOME.
    expect((await wflo(dir, ['run', 'flow.yml'])).code).toBe(0);
    const fromHome = await new FilePoolStore(path.join(dir, '.local/state/wflo/pools')).list(
      new Date(),
    );
    expect(fromHome).toHaveLength(1);
  });
});

describe('a run with pools', () => {
  it('settles its hold to what it spent and says where the pool stands', async () => {
    const dir = await project(FLOW());
    const store = `file:${path.join(dir, 'p')}`;
    const r = await wflo(dir, ['run', 'flow.yml', '--budget-store', store, '--report', 'r.json']);
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(await readFile(path.join(dir, 'r.json'), 'utf8')) as RunReport;
    const [p] = await new FilePoolStore(path.join(dir, 'p')).list(new Date());
    expect(p?.spentMicros).toBe(Math.round(report.cost_usd * 1e6));
    expect(p?.heldMicros).toBe(0);
    expect(r.err).toContain(
      `wflo: pool team-core: $${report.cost_usd} spent this month, $0.00 held by 0 running jobs, $${(2 - report.cost_usd).toFixed(6).replace(/0+$/, '')} left (cap $2.00)\n`,
    );
  });

  it('fails closed before its first step when the store cannot be reached', async () => {
    const dir = await project(FLOW());
    const calls = fake.requests.length;
    const r = await wflo(dir, ['run', 'flow.yml', '--budget-store', 'redis://127.0.0.1:1/0']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^wflo: the budget store redis:\/\/127\.0\.0\.1:1\/0 could not take a hold: .*; nothing ran \(a store that cannot be reached stops the run unless budget\.on_store_error is run-alone\)\n$/,
    );
    expect(fake.requests.length).toBe(calls);
  });

  it('runs alone within its own budget, with a warning, under on_store_error: run-alone', async () => {
    const dir = await project(FLOW('  on_store_error: run-alone\n'));
    const r = await wflo(dir, [
      'run',
      'flow.yml',
      '--budget-store',
      'redis://127.0.0.1:1/0',
      '--report',
      'r.json',
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(
      /wflo: warning: the budget store redis:\/\/127\.0\.0\.1:1\/0 could not take a hold: .*; the run goes on within its own budget only \(on_store_error: run-alone\), so the pools do not count it\n/,
    );
    const report = JSON.parse(await readFile(path.join(dir, 'r.json'), 'utf8')) as RunReport;
    expect(report.budget_usd).toBe(1);
    expect(report.pools).toBeUndefined();
  });

  it('refuses keys that evaluate alike (exit 2) and a store no build knows (exit 1)', async () => {
    const dir = await project(`version: 1
inputs:
  a: { type: string, default: x }
  b: { type: string, default: x }
budget:
  max_usd: 1
  pools:
    - { key: 'p-\${{ inputs.a }}', max_usd: 1 }
    - { key: 'p-\${{ inputs.b }}', max_usd: 1 }
models:
  m: { input_per_mtok: 1, output_per_mtok: 95 }
steps:
  - id: a
    llm: { model: m, prompt: Hello., max_tokens: 10 }
`);
    const same = await wflo(dir, ['run', 'flow.yml', '--budget-store', `file:${dir}/p`]);
    expect(same.code).toBe(2);
    expect(same.err).toBe(
      "wflo: budget.pools[1].key evaluates to 'p-x', as budget.pools[0].key does: each pool is named once\n",
    );
    const unknown = await wflo(dir, [
      'run',
      'flow.yml',
      '--input',
      'b=y',
      '--budget-store',
      'postgres://db',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(
      /^wflo: the budget store 'postgres:\/\/db' is not one this build knows \(file:, redis:, rediss:.*\); nothing ran/,
    );
  });
});

describe('wflo pools', () => {
  it('lists key, cap, period, spent, held by whom until when, and left', async () => {
    const dir = await project(FLOW());
    const storeDir = path.join(dir, 'p');
    const store = new FilePoolStore(storeDir);
    const now = new Date();
    await store.escrow({
      leaseId: 'l1',
      holder: 'acme/app run 9 attempt 1 job a',
      pools: [{ key: 'daily', capMicros: 25_000_000, period: 'day' }],
      wantMicros: 900_000,
      now,
      leaseMs: 3_600_000,
    });
    await store.escrow({
      leaseId: 'l2',
      holder: 'h2',
      pools: [{ key: 'forever', capMicros: 1_000_000 }],
      wantMicros: 250_000,
      now,
      leaseMs: 3_600_000,
    });
    await store.settle('l2', 100_000, now);
    const r = await wflo(dir, ['pools', '--budget-store', `file:${storeDir}`]);
    expect(r.code, r.err).toBe(0);
    const until = new Date(now.getTime() + 3_600_000).toISOString();
    expect(r.out).toBe(
      [
        `budget pools in file:${storeDir}`,
        'pool     cap     period' + ' '.repeat(10) + 'spent  held   left',
        `daily    $25.00  day ${now.toISOString().slice(0, 10)}  $0.00  $0.90  $24.10`,
        `  held $0.90 by acme/app run 9 attempt 1 job a until ${until}`,
        'forever  $1.00   never resets    $0.10  $0.00  $0.90',
        '',
      ].join('\n'),
    );
    expect(renderPools('file:/x', [])).toBe('no budget pools in file:/x\n');
    const broken = await wflo(dir, ['pools', '--budget-store', 'redis://127.0.0.1:1']);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(
      /^wflo: the budget store redis:\/\/127\.0\.0\.1:1 could not list its pools: /,
    );
  });
});

describe('wflo plan', () => {
  it('names the pools and what one run holds from each', async () => {
    const dir = await project(FLOW());
    const r = await wflo(dir, ['plan', 'flow.yml']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('budget pools: team-${{ inputs.team }} ($2.00 a month, UTC)\n');
    expect(r.out).toMatch(
      /each run holds from every pool before its first step: \$0\.095\d* \(the smaller of the run's budget and its worst case\), or less when a pool has less left\n/,
    );
  });
});

describe('the job summary', () => {
  it('has one line per pool: what is spent, held by how many running jobs, and left', async () => {
    const { runResult } = await import('./support/run-result.js');
    const result = {
      ...runResult(),
      costMicros: 400_000,
      pools: {
        leaseId: 'mine',
        store: 'file:/x',
        heldMicros: 1_000_000,
        carriedMicros: 0,
        pools: [
          {
            key: 'daily',
            capMicros: 25_000_000,
            period: 'day' as const,
            periodKey: '2026-12-03',
            spentMicros: 3_000_000,
            holds: [
              { leaseId: 'mine', holder: 'me', micros: 1_000_000, expiresAt: 'x' },
              { leaseId: 'a', holder: 'a', micros: 500_000, expiresAt: 'x' },
              { leaseId: 'b', holder: 'b', micros: 500_000, expiresAt: 'x' },
            ],
            heldMicros: 2_000_000,
            leftMicros: 20_000_000,
          },
        ],
      },
    };
    // Escaped as every text of the summary is ($ and parentheses would be math in GFM).
    expect(renderSummary(result)).toContain(
      `**Budget ${escapeInline('pool daily: $3.40 spent today, $1.00 held by 2 running jobs, $20.60 left (cap $25.00)')}**`,
    );
  });
});
