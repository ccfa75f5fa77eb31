// Budget pools (issue #15): (a) store operations and GitHub requests per run, at 1, 100 and
// 1,000 earlier runs in the ledger — the count must not grow with history; (b) one escrow per
// store next to the cheapest thing that store's medium does (a plain write + rename, a Redis
// PING, one GET from the local GitHub); (c) overshoot over 1,000 randomized races of
// simulated jobs across the stores (goal 0), next to a check-then-write ledger that does
// overshoot, so the measurement can fail; (d) money held but never spent, as a fraction of
// the pool. Everything runs in process against a real redis-server and the local fake GitHub.
import { mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, it } from 'vitest';
import { formatMicros } from '../src/common/money.js';
import { refDocument } from '../src/github/ref-document.js';
import type { RestClient } from '../src/github/client.js';
import { emptyBook, escrowIn, settleIn, type Book } from '../src/pools/book.js';
import { FilePoolStore } from '../src/pools/file-store.js';
import { createGithubPoolStore, DEFAULT_POOL_REF } from '../src/pools/github-store.js';
import type { EscrowRequest, PoolSpec, PoolStore } from '../src/pools/port.js';
import { RedisPoolStore } from '../src/pools/redis-store.js';
import { escrowForRun, settleRun } from '../src/pools/run-pools.js';
import { parseWorkflow } from '../src/workflow/load.js';
import { fakeGitHubWithClient, type FakeGitHub } from '../__tests__/support/fake-github.js';
import { startRedisServer, type RedisServer } from '../__tests__/support/redis-server.js';
import { dummyRegistry } from '../__tests__/support/workflow-registry.js';
import { alternatedMediansMs, reportFigure } from './report.js';

const TOKEN = 'ghs_poolsBenchToken';
const HOUR = 3_600_000;
const T0 = Date.parse('2026-12-03T10:00:00Z');
const HISTORIES = [1, 100, 1000];
const RACES = { file: 475, redis: 475, github: 50 }; // 1,000 in all
const yieldOnce = () => new Promise<void>((resolve) => setImmediate(resolve));

let redis: RedisServer;
let gh: FakeGitHub;
let client: RestClient;
let scratch: string;
let dirs = 0;

beforeAll(async () => {
  redis = await startRedisServer();
  // No OpenAPI check of every answer here (the tests do that): it would dominate the timings.
  ({ gh, client } = await fakeGitHubWithClient(TOKEN, { validate: false }));
  scratch = await mkdtemp(path.join(tmpdir(), 'wflo-pools-bench-'));
});
afterAll(async () => {
  await redis?.stop();
  await gh?.close();
  await rm(scratch, { recursive: true, force: true });
});

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

let refs = 0;
/** Fast backoff by default (the races measure overshoot, not time); `real`: the store's own. */
function githubStore(ref: string, real = false): PoolStore {
  return createGithubPoolStore({
    token: TOKEN,
    apiUrl: gh.url,
    owner: gh.owner,
    repo: gh.repo,
    client,
    ref,
    ...(real
      ? {}
      : { backoff: { maxAttempts: 500, baseDelayMs: 1, maxDelayMs: 4, sleep: yieldOnce } }),
  });
}

type Kind = 'file' | 'redis' | 'github';
/** A fresh, empty place for one store kind, and a factory of clients of it (one per job). */
function freshStore(kind: Kind): { open: () => PoolStore; where: string } {
  if (kind === 'file') {
    const dir = path.join(scratch, `s${++dirs}`);
    return { open: () => new FilePoolStore(dir), where: dir };
  }
  if (kind === 'redis') return { open: () => new RedisPoolStore(redis.url), where: redis.url };
  const ref = `${DEFAULT_POOL_REF}-bench-${++refs}`;
  return { open: () => githubStore(ref), where: ref };
}

const escrowOf = (leaseId: string, pools: PoolSpec[], want: number, at = T0): EscrowRequest => ({
  leaseId,
  holder: `job ${leaseId}`,
  pools,
  wantMicros: want,
  now: new Date(at),
  leaseMs: 6 * HOUR,
});

/** `runs` earlier runs, each escrowed and settled, as the book every store keeps. */
function historyBook(runs: number, pools: PoolSpec[]): Book {
  const book = emptyBook();
  for (let i = 0; i < runs; i += 1) {
    escrowIn(book, escrowOf(`earlier-${i}`, pools, 10_000, T0 - HOUR));
    settleIn(book, `earlier-${i}`, 5_000, new Date(T0 - HOUR));
  }
  return book;
}
const serialized = (book: Book) => `${JSON.stringify(book, null, 1)}\n`;

/** Writes `runs` earlier runs into the store (the file and github stores: the book at once). */
async function seedHistory(kind: Kind, where: string, runs: number, pools: PoolSpec[]) {
  if (kind === 'file') {
    await rm(where, { recursive: true, force: true });
    const { mkdir } = await import('node:fs/promises');
    await mkdir(where, { recursive: true });
    await writeFile(path.join(where, 'pools.json'), serialized(historyBook(runs, pools)));
    return;
  }
  if (kind === 'github') {
    const text = serialized(historyBook(runs, pools));
    const doc = refDocument({
      client,
      owner: gh.owner,
      repo: gh.repo,
      ref: where,
      file: 'budget-pools.json',
      message: 'bench: history',
    });
    await doc.update(() => ({ value: undefined, text }));
    return;
  }
  const store = new RedisPoolStore(redis.url);
  try {
    for (let i = 0; i < runs; i += 1) {
      await store.escrow(escrowOf(`earlier-${i}`, pools, 10_000, T0 - HOUR));
      await store.settle(`earlier-${i}`, 5_000, new Date(T0 - HOUR));
    }
  } finally {
    await store.close();
  }
}

/** Counts what a run asks of its store. */
function counting(store: PoolStore, calls: { escrow: number; settle: number }): PoolStore {
  return {
    describe: store.describe,
    escrow: (request) => ((calls.escrow += 1), store.escrow(request)),
    settle: (leaseId, micros, now) => ((calls.settle += 1), store.settle(leaseId, micros, now)),
    list: (now) => store.list(now),
    close: () => store.close(),
  };
}

const WORKFLOW = `version: 1
name: bench-pools
budget:
  max_usd: 0.50
  pools:
    - key: run-\${{ github.run_id }}
      max_usd: 1000
    - { key: daily, max_usd: 5000, period: day }
steps:
  - id: s
    shell: { run: 'true' }
`;

it('store operations and GitHub requests per run do not grow with the ledger’s history', async () => {
  const workflow = parseWorkflow(WORKFLOW, 'bench-pools.yml', { registry: dummyRegistry() });
  const specs: PoolSpec[] = [
    { key: 'run-42', capMicros: 1_000_000_000 },
    { key: 'daily', capMicros: 5_000_000_000, period: 'day' },
  ];
  for (const kind of ['file', 'redis', 'github'] as const) {
    for (const history of HISTORIES) {
      const { open, where } = freshStore(kind);
      if (kind === 'redis') {
        const admin = new Redis(redis.url);
        await admin.flushall();
        admin.disconnect();
      }
      await seedHistory(kind, where, history, specs);
      const calls = { escrow: 0, settle: 0 };
      const before = gh.requests.length;
      const escrow = await escrowForRun({
        workflow,
        context: { inputs: {}, github: { run_id: '42' } },
        storeUrl: `bench-${kind}`,
        storeContext: { env: {}, cwd: scratch },
        worstCaseMicros: 20_000,
        leaseId: `bench-run-${history}`,
        holder: 'bench run',
        now: () => new Date(T0),
        warn: () => undefined,
        open: async () => counting(open(), calls),
      });
      if (!escrow) throw new Error('the bench run took no hold');
      const afterEscrow = gh.requests.length;
      const warning = await settleRun(escrow, 7_000, new Date(T0 + 60_000));
      if (warning) throw new Error(warning);
      const afterSettle = gh.requests.length;
      // The action's post phase asks nothing once main said it settled; after a cancel it
      // settles a lease main never did: measured on a second run that stops after its escrow.
      const cancelled = `bench-cancelled-${history}`;
      const cancelledStore = open();
      await cancelledStore.escrow(escrowOf(cancelled, specs, 20_000, T0));
      await cancelledStore.close();
      const beforePost = gh.requests.length;
      const post = counting(open(), calls);
      await post.settle(cancelled, 20_000, new Date(T0 + 61_000));
      await post.close();
      const afterPost = gh.requests.length;
      const bytes =
        kind === 'file'
          ? (await stat(path.join(where, 'pools.json'))).size
          : kind === 'github'
            ? Buffer.byteLength(gh.fileAt(where, 'budget-pools.json') ?? '')
            : 0;
      const requests =
        kind === 'github'
          ? ` | GitHub requests: escrow ${afterEscrow - before}, settle ${afterSettle - afterEscrow}, job ${afterSettle - before}; a cancelled job's post settle ${afterPost - beforePost}`
          : '';
      process.stdout.write(
        `pools | ops per run | ${kind} | ${history} earlier runs | escrow ${calls.escrow}, settle ${calls.settle} (1 of them the post phase's, for a cancelled job)${requests}${bytes ? ` | ledger ${bytes} bytes` : ''}\n`,
      );
    }
  }
});

it('one escrow per store against the cheapest operation of its medium', async () => {
  const pools: PoolSpec[] = [{ key: 'latency', capMicros: 1_000_000_000_000 }];
  let n = 0;
  // file: the escrow (lock, read, write + rename, unlock) next to one write + rename.
  {
    const { open, where } = freshStore('file');
    const store = open();
    await store.escrow(escrowOf('warm', pools, 1));
    const plain = path.join(where, 'plain.json');
    const [wflo, baseline] = await alternatedMediansMs(
      200,
      () => store.escrow(escrowOf(`f${++n}`, pools, 1)),
      async () => {
        await writeFile(`${plain}.tmp`, '{"version":1}\n');
        await rename(`${plain}.tmp`, plain);
      },
    );
    reportFigure({
      bench: 'pools',
      case: 'escrow, file store',
      wflo_ms: wflo,
      baseline_ms: baseline,
      ratio: wflo / baseline,
      note: 'baseline: one writeFile + rename',
    });
    await store.close();
  }
  // redis: one Lua script next to one PING, both over an open connection.
  {
    const store = new RedisPoolStore(redis.url);
    const ping = new Redis(redis.url);
    const [wflo, baseline] = await alternatedMediansMs(
      200,
      () => store.escrow(escrowOf(`r${++n}`, pools, 1)),
      () => ping.ping(),
    );
    reportFigure({
      bench: 'pools',
      case: 'escrow, redis store',
      wflo_ms: wflo,
      baseline_ms: baseline,
      ratio: wflo / baseline,
      note: 'baseline: one PING',
    });
    ping.disconnect();
    await store.close();
  }
  // github: one GraphQL read + one createCommitOnBranch next to one GET of the ref.
  {
    const { open, where } = freshStore('github');
    const store = open();
    await store.escrow(escrowOf('warm', pools, 1));
    const [wflo, baseline] = await alternatedMediansMs(
      40,
      () => store.escrow(escrowOf(`g${++n}`, pools, 1)),
      () =>
        client.rest.git.getRef({
          owner: gh.owner,
          repo: gh.repo,
          ref: where.slice('refs/'.length),
        }),
    );
    reportFigure({
      bench: 'pools',
      case: 'escrow, github store (local fake GitHub)',
      wflo_ms: wflo,
      baseline_ms: baseline,
      ratio: wflo / baseline,
      note: 'baseline: one GET of the ref',
    });
    await store.close();
  }
});

interface RaceJob {
  want: number;
  spendFraction: number;
  crashes: boolean;
}

/** A ledger that checks what is left, awaits, then adds: what a store without atomicity does. */
function checkThenWrite(cap: number) {
  let committed = 0;
  return async (want: number): Promise<number> => {
    const left = Math.max(0, cap - committed);
    await yieldOnce();
    const take = Math.min(want, left);
    committed += take;
    return take;
  };
}

it('overshoot over 1,000 randomized races, and money held but never spent', async () => {
  const rand = random(152026);
  const totals = new Map<string, { races: number; over: number; overMicros: number; ms: number }>();
  let unusedFractionSum = 0;
  let unusedFractionMax = 0;
  let refusedWhileHeldLater = 0;
  let races = 0;
  let githubRequests = 0;
  let githubJobs = 0;
  const started = performance.now();
  for (const kind of ['file', 'redis', 'github'] as const) {
    const kindStarted = performance.now();
    for (let r = 0; r < RACES[kind]; r += 1) {
      const cap = 1_000_000 + Math.floor(rand() * 9_000_000);
      const jobs: RaceJob[] = Array.from({ length: 2 + Math.floor(rand() * 7) }, () => ({
        want: 1 + Math.floor(rand() * 3_000_000),
        spendFraction: rand(),
        crashes: rand() < 0.15,
      }));
      const { open } = freshStore(kind);
      const pool: PoolSpec = { key: `race-${kind}-${r}`, capMicros: cap };
      const requestsBefore = gh.requests.length;
      const racers = jobs.map((job) => ({ job, store: open() }));
      const stores = racers.map((racer) => racer.store);
      try {
        const grants = await Promise.all(
          racers.map(({ job, store }, i) =>
            store.escrow(escrowOf(`${pool.key}-j${i}`, [pool], job.want)).then((g) => g.heldMicros),
          ),
        );
        const heldTogether = grants.reduce((a, b) => a + b, 0);
        let spent = 0;
        let unused = 0;
        await Promise.all(
          racers.map(async ({ job, store }, i) => {
            const held = grants[i] ?? 0;
            if (held === 0 || job.crashes) {
              spent += held; // a crashed hold counts in full once its lease expires
              return;
            }
            const used = Math.floor(held * job.spendFraction);
            spent += used;
            unused += held - used;
            await store.settle(`${pool.key}-j${i}`, used, new Date(T0 + 60_000));
          }),
        );
        // After every lease has expired, the pool's spend must be the sum above, within the cap.
        if (kind === 'github') {
          githubRequests += gh.requests.length - requestsBefore;
          githubJobs += jobs.length;
        }
        const reader = open();
        const standing = (await reader.list(new Date(T0 + 7 * HOUR))).find(
          (p) => p.key === pool.key,
        );
        await reader.close();
        const bookSpent = standing?.spentMicros ?? 0;
        if (bookSpent !== spent) throw new Error(`${kind} race ${r}: book ${bookSpent} ≠ ${spent}`);
        const overMicros = Math.max(0, heldTogether - cap, bookSpent - cap);
        const t = totals.get(kind) ?? { races: 0, over: 0, overMicros: 0, ms: 0 };
        totals.set(kind, {
          races: t.races + 1,
          over: t.over + (overMicros > 0 ? 1 : 0),
          overMicros: t.overMicros + overMicros,
          ms: performance.now() - kindStarted,
        });
        unusedFractionSum += unused / cap;
        unusedFractionMax = Math.max(unusedFractionMax, unused / cap);
        if (grants.some((g) => g === 0) && unused > 0) refusedWhileHeldLater += 1;
        races += 1;
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    }
  }
  const elapsed = performance.now() - started;
  // The same random races against a check-then-write ledger: it must overshoot.
  const naive = { races: 0, over: 0, overMicros: 0 };
  const rand2 = random(152026);
  for (let r = 0; r < races; r += 1) {
    const cap = 1_000_000 + Math.floor(rand2() * 9_000_000);
    // Drawn as the races above draw them (want, spend, crash), so these are the same races.
    const wants = Array.from({ length: 2 + Math.floor(rand2() * 7) }, () => {
      const want = 1 + Math.floor(rand2() * 3_000_000);
      rand2();
      rand2();
      return want;
    });
    const take = checkThenWrite(cap);
    const held = (await Promise.all(wants.map((w) => take(w)))).reduce((a, b) => a + b, 0);
    naive.races += 1;
    if (held > cap) {
      naive.over += 1;
      naive.overMicros += held - cap;
    }
  }
  for (const [kind, t] of totals)
    process.stdout.write(
      `pools | overshoot | ${kind} | ${t.races} races in ${(t.ms / 1000).toFixed(1)} s | ${t.over} overshot | ${formatMicros(t.overMicros)} over in all\n`,
    );
  process.stdout.write(
    `pools | overshoot | check-then-write baseline | ${naive.races} races | ${naive.over} overshot | ${formatMicros(naive.overMicros)} over in all\n`,
  );
  process.stdout.write(
    `pools | overshoot | github requests per job (escrow + settle, 2–8 jobs at once) | ${(githubRequests / githubJobs).toFixed(1)}\n`,
  );
  // Not timings: the law itself, and proof that the measurement can see an overshoot.
  for (const [kind, t] of totals)
    if (t.over > 0) throw new Error(`the ${kind} store overshot its pool in ${t.over} races`);
  if (naive.over === 0) throw new Error('the check-then-write baseline never overshot');
  process.stdout.write(
    `pools | headroom | held but never spent: mean ${((unusedFractionSum / races) * 100).toFixed(1)}% of the pool, max ${(unusedFractionMax * 100).toFixed(1)}% | races where a job was refused while others held money they then returned: ${refusedWhileHeldLater} of ${races} | ${races} races in ${(elapsed / 1000).toFixed(1)} s\n`,
  );
});

it(
  'github requests per job when every job of a matrix escrows at the same instant',
  { timeout: 600_000 },
  async () => {
    for (const jobs of [4, 16, 32]) {
      // The store's own backoff (full jitter from 0.2 s, doubling to 5 s), as on a runner.
      const ref = `${DEFAULT_POOL_REF}-matrix-${jobs}`;
      const open = () => githubStore(ref, true);
      const started = performance.now();
      const pool: PoolSpec = { key: `matrix-${jobs}`, capMicros: 1_000_000_000 };
      // The branch exists already (a repository's first pooled job created it).
      const first = open();
      await first.escrow(escrowOf(`matrix-${jobs}-first`, [pool], 1));
      await first.settle(`matrix-${jobs}-first`, 0, new Date(T0));
      const before = gh.requests.length;
      const stores = Array.from({ length: jobs }, () => open());
      await Promise.all(
        stores.map(async (store, i) => {
          await store.escrow(escrowOf(`matrix-${jobs}-${i}`, [pool], 10_000));
          await store.settle(`matrix-${jobs}-${i}`, 5_000, new Date(T0 + 60_000));
        }),
      );
      const stale = gh.requests.slice(before).length;
      const [standing] = (await open().list(new Date(T0 + 120_000))).filter(
        (p) => p.key === pool.key,
      );
      if (standing?.spentMicros !== jobs * 5_000)
        throw new Error(`matrix of ${jobs}: spend is wrong`);
      process.stdout.write(
        `pools | matrix | github | ${jobs} jobs escrow at once, then settle | ${(stale / jobs).toFixed(1)} requests per job (3 uncontended) | ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
      );
    }
  },
);
