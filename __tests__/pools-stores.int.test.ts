// The PoolStore contract (src/pools/port.ts), held by every store alike: the file store, the
// Redis store (a real redis-server) and the github store (the local GitHub) run the same cases
// (the github store's own races: pools-github.int.test.ts), and fast-check drives the file and
// Redis stores through the same random histories — their answers must be equal, and the laws hold on each: a pool
// is never overspent, every settle is idempotent, held money returns, expired holds are spent.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FilePoolStore } from '../src/pools/file-store.js';
import type { PoolSpec, PoolStanding, PoolStore } from '../src/pools/port.js';
import { RedisPoolStore } from '../src/pools/redis-store.js';
import { KEEP_LEASE_KEY_MS } from '../src/pools/redis-scripts.js';
import { Redis } from 'ioredis';
import { startRedisServer, type RedisServer } from './support/redis-server.js';
import type { RestClient } from '../src/github/client.js';
import { createGithubPoolStore } from '../src/pools/github-store.js';
import { fakeGitHubWithClient, type FakeGitHub } from './support/fake-github.js';

let redis: RedisServer;
let scratch: string;
let counter = 0;

beforeAll(async () => {
  redis = await startRedisServer();
  scratch = await mkdtemp(path.join(tmpdir(), 'wflo-pools-'));
});
afterAll(async () => {
  await github?.close();
  await redis?.stop();
  await rm(scratch, { recursive: true, force: true });
});

/** A fresh, empty store of each kind: Redis databases are shared, so keys get a fresh run. */
let lastFileDir = '';
async function fileStore(): Promise<PoolStore> {
  lastFileDir = path.join(scratch, `s${++counter}`);
  return new FilePoolStore(lastFileDir);
}
async function redisStore(): Promise<PoolStore> {
  const store = new RedisPoolStore(redis.url);
  return store;
}

const HOUR = 3_600_000;
const T0 = new Date('2026-12-03T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const unique = (name: string) => `${name}-${++counter}-${Math.random().toString(36).slice(2)}`;

function escrowOf(store: PoolStore, leaseId: string, pools: PoolSpec[], want: number, now = T0) {
  return store.escrow({
    leaseId,
    holder: `test ${leaseId}`,
    pools,
    wantMicros: want,
    now,
    leaseMs: HOUR,
  });
}

/** The github store: its ledger in a git ref of the local GitHub, a fresh ref each time. */
let github: FakeGitHub | undefined;
let lastGithubRef = '';
let githubClient: RestClient | undefined;
async function githubStore(): Promise<PoolStore> {
  if (!github || !githubClient)
    ({ gh: github, client: githubClient } = await fakeGitHubWithClient('ghs_contract'));
  const client = githubClient;
  return createGithubPoolStore({
    token: 'ghs_contract',
    apiUrl: github.url,
    owner: github.owner,
    repo: github.repo,
    ref: (lastGithubRef = `refs/heads/wflo/contract-${++counter}`),
    client,
    backoff: { maxAttempts: 100, baseDelayMs: 1, maxDelayMs: 4 },
  });
}

/** The bytes the store keeps: the file store's file, the github store's blob, Redis's keys. */
async function ledgerBytes(store: PoolStore): Promise<number> {
  if (store instanceof FilePoolStore)
    return (await stat(path.join(lastFileDir, 'pools.json'))).size;
  if (store instanceof RedisPoolStore) {
    const raw = new Redis(redis.url);
    try {
      // Its keys of this test's leases: each a key of its own while it runs.
      return (await raw.keys('wflo:{pools}:lease:job-*')).length;
    } finally {
      raw.disconnect();
    }
  }
  if (!github) throw new Error('no local GitHub');
  return github.fileAt(lastGithubRef, 'budget-pools.json')?.length ?? 0;
}

const stores: Array<[string, () => Promise<PoolStore>]> = [
  ['file', fileStore],
  ['redis', redisStore],
  ['github', githubStore],
];

describe.each(stores)('the %s store', (_name, open) => {
  test('holds the smallest of what the run wants and what each pool has left, from each', async () => {
    const store = await open();
    const a: PoolSpec = { key: unique('a'), capMicros: 5_000_000 };
    const b: PoolSpec = { key: unique('b'), capMicros: 3_000_000, period: 'day' };
    const first = await escrowOf(store, unique('l'), [a, b], 2_000_000);
    expect(first.heldMicros).toBe(2_000_000);
    const second = await escrowOf(store, unique('l'), [a, b], 2_000_000);
    expect(second.heldMicros).toBe(1_000_000); // b had $1 left
    expect(second.pools.map((p) => [p.key, p.heldMicros, p.leftMicros, p.periodKey])).toEqual([
      [a.key, 3_000_000, 2_000_000, 'all'],
      [b.key, 3_000_000, 0, '2026-12-03'],
    ]);
    const third = await escrowOf(store, unique('l'), [a, b], 2_000_000);
    expect(third.heldMicros).toBe(0);
    expect(third.pools[1]?.holds).toHaveLength(2);
    await store.close();
  });

  test('keeps large amounts exact to the micro-dollar (a pool of almost $100 million: 14-digit amounts)', async () => {
    const store = await open();
    const pool: PoolSpec = { key: unique('big'), capMicros: 99_999_999_000_000 };
    const lease = unique('l');
    const grant = await escrowOf(store, lease, [pool], 12_345_678_912_347);
    expect(grant.heldMicros).toBe(12_345_678_912_347);
    await store.settle(lease, 12_345_678_912_341, at(1));
    const [p] = (await store.list(at(2))).filter((s) => s.key === pool.key);
    expect(p).toMatchObject({ spentMicros: 12_345_678_912_341, leftMicros: 87_654_320_087_659 });
    await store.close();
  });

  test('a second escrow with the same lease returns the first grant', async () => {
    const store = await open();
    const pool: PoolSpec = { key: unique('p'), capMicros: 5_000_000 };
    const lease = unique('l');
    expect((await escrowOf(store, lease, [pool], 2_000_000)).heldMicros).toBe(2_000_000);
    const again = await escrowOf(store, lease, [pool], 4_000_000);
    expect(again.heldMicros).toBe(2_000_000);
    expect(again.pools[0]?.heldMicros).toBe(2_000_000);
    await store.close();
  });

  test('settle returns what was not spent, once, however often it is called', async () => {
    const store = await open();
    const pool: PoolSpec = { key: unique('p'), capMicros: 5_000_000 };
    const lease = unique('l');
    await escrowOf(store, lease, [pool], 4_000_000);
    await store.settle(lease, 1_250_000, at(1000));
    await store.settle(lease, 1_250_000, at(2000));
    await store.settle(lease, 3_000_000, at(3000));
    const [p] = (await store.list(at(4000))).filter((s) => s.key === pool.key);
    expect(p).toMatchObject({ spentMicros: 1_250_000, heldMicros: 0, leftMicros: 3_750_000 });
    await store.settle(unique('unknown'), 1, at(5000)); // unknown lease: nothing happens
    await store.close();
  });

  test('an expired hold counts as spent in full, and its late settle changes nothing', async () => {
    const store = await open();
    const pool: PoolSpec = { key: unique('p'), capMicros: 5_000_000 };
    const lease = unique('l');
    await escrowOf(store, lease, [pool], 2_000_000);
    await store.settle(lease, 10, at(HOUR + 1));
    const later = await escrowOf(store, unique('l'), [pool], 9_000_000, at(HOUR + 2));
    expect(later.heldMicros).toBe(3_000_000);
    expect(later.pools[0]?.spentMicros).toBe(2_000_000);
    await store.close();
  });

  // Runners' clocks are not the store's: a lease's expiry is judged on the caller's clock, so a
  // runner hours behind (or ahead of) the machine that keeps the store still settles its own
  // hold. (The Redis store once set its lease keys to expire at the caller's moment on
  // Redis's clock: a runner behind lost its lease at once and its hold was spent in full.)
  test.each([
    ['behind', -3 * HOUR],
    ['ahead of', 3 * HOUR],
  ])('a runner whose clock is hours %s the store settles its hold', async (_way, skew) => {
    const store = await open();
    const pool: PoolSpec = { key: unique('p'), capMicros: 5_000_000 };
    const lease = unique('l');
    const now = new Date(Date.now() + skew);
    await escrowOf(store, lease, [pool], 2_000_000, now);
    await store.settle(lease, 500_000, new Date(now.getTime() + 1000));
    const [p] = (await store.list(new Date(now.getTime() + 2000))).filter(
      (s) => s.key === pool.key,
    );
    expect(p).toMatchObject({ spentMicros: 500_000, heldMicros: 0, leftMicros: 4_500_000 });
    await store.close();
  });

  test("forgets a lease once it is settled: after 40 jobs the ledger is the size it was after 1, but for the spend's digits", async () => {
    const store = await open();
    const pool: PoolSpec = { key: unique('p'), capMicros: 5_000_000, period: 'day' };
    const sizes: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      const lease = `job-${String(i).padStart(3, '0')}`;
      await escrowOf(store, lease, [pool], 1_000, at(i * 1000));
      await store.settle(lease, 10, at(i * 1000 + 500));
      sizes.push(await ledgerBytes(store));
    }
    // Only the spend's digits grow (10 → 400 micro-dollars); a kept lease would add ~100 bytes each.
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(2);
    const [p] = (await store.list(at(50_000))).filter((s) => s.key === pool.key);
    expect(p).toMatchObject({ spentMicros: 400, heldMicros: 0 });
    await store.close();
  });

  test('a daily pool starts again at midnight UTC; holds count in the day they were taken', async () => {
    const store = await open();
    const pool: PoolSpec = { key: unique('d'), capMicros: 1_000_000, period: 'day' };
    const late = new Date('2026-12-03T23:59:00Z');
    const lease = unique('l');
    expect((await escrowOf(store, lease, [pool], 1_000_000, late)).heldMicros).toBe(1_000_000);
    const next = new Date('2026-12-04T00:01:00Z');
    const fresh = await escrowOf(store, unique('l'), [pool], 1_000_000, next);
    expect(fresh.heldMicros).toBe(1_000_000);
    expect(fresh.pools[0]?.periodKey).toBe('2026-12-04');
    await store.settle(lease, 1_000_000, next); // yesterday's spend stays yesterday's
    const [p] = (await store.list(next)).filter((s) => s.key === pool.key);
    expect(p).toMatchObject({ spentMicros: 0, heldMicros: 1_000_000, leftMicros: 0 });
    await store.close();
  });

  test('lists each pool with its holders and when their holds expire', async () => {
    const store = await open();
    const pool: PoolSpec = { key: unique('w'), capMicros: 9_000_000, period: 'week' };
    await escrowOf(store, 'lease-x', [pool], 1_000_000);
    const [p] = (await store.list(T0)).filter((s) => s.key === pool.key);
    expect(p).toEqual({
      key: pool.key,
      capMicros: 9_000_000,
      period: 'week',
      periodKey: '2026-W49',
      spentMicros: 0,
      holds: [
        {
          leaseId: 'lease-x',
          holder: 'test lease-x',
          micros: 1_000_000,
          expiresAt: '2026-12-03T11:00:00.000Z',
        },
      ],
      heldMicros: 1_000_000,
      leftMicros: 8_000_000,
    });
    await store.settle('lease-x', 0, T0);
    await store.close();
  });
});

type Op =
  | { kind: 'escrow'; pools: number[]; want: number }
  | { kind: 'settle'; lease: number; fraction: number }
  | { kind: 'wait'; ms: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('escrow' as const),
    pools: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 3 }),
    want: fc.integer({ min: 1, max: 4_000_000 }),
  }),
  fc.record({
    kind: fc.constant('settle' as const),
    lease: fc.nat(30),
    fraction: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 3 * HOUR }) }),
);

/** What each store must agree on, without the lease ids' order of listing. */
function shape(standings: readonly PoolStanding[], keys: string[]) {
  return standings
    .filter((s) => keys.includes(s.key))
    .map((s) => ({ ...s, key: keys.indexOf(s.key) }));
}

describe('random histories (fast-check), both stores alike', () => {
  test('never overspent, settles idempotent, held money returns, expiry spends', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 6_000_000 }), { minLength: 3, maxLength: 3 }),
        fc.constantFrom<Array<'day' | undefined>>(
          [undefined, 'day', undefined],
          ['day', 'day', undefined],
        ),
        async (ops, caps, periods) => {
          const run = unique('h');
          const keys = caps.map((_, i) => `${run}-pool${i}`);
          const specs: PoolSpec[] = caps.map((capMicros, i) => ({
            key: keys[i] as string,
            capMicros,
            ...(periods[i] ? { period: periods[i] } : {}),
          }));
          const both = [await fileStore(), await redisStore()];
          let clock = T0.getTime();
          const leases: Array<{ id: string; held: number; pools: number[]; at: number }> = [];
          // Per pool and period: what the model says can be spent at most (holds granted).
          const granted = new Map<string, number>();
          for (const op of ops) {
            const now = new Date(clock);
            if (op.kind === 'wait') {
              clock += op.ms;
              continue;
            }
            if (op.kind === 'escrow') {
              const id = `${run}-lease${leases.length}`;
              const pools = op.pools.map((i) => specs[i] as PoolSpec);
              const grants = await Promise.all(
                both.map((s) =>
                  s.escrow({
                    leaseId: id,
                    holder: id,
                    pools,
                    wantMicros: op.want,
                    now,
                    leaseMs: HOUR,
                  }),
                ),
              );
              expect(grants[1]).toEqual(grants[0]);
              const grant = grants[0];
              if (!grant) throw new Error('no grant');
              expect(grant.heldMicros).toBeLessThanOrEqual(op.want);
              for (const p of grant.pools) {
                expect(p.spentMicros + p.heldMicros).toBeLessThanOrEqual(p.capMicros);
                const period = `${p.key}@${p.periodKey}`;
                granted.set(period, (granted.get(period) ?? 0) + grant.heldMicros);
              }
              leases.push({ id, held: grant.heldMicros, pools: op.pools, at: clock });
            } else {
              const lease = leases[op.lease % Math.max(1, leases.length)];
              if (!lease) continue;
              const spent = Math.floor(lease.held * op.fraction);
              for (const s of both) await s.settle(lease.id, spent, now);
              const once = await Promise.all(both.map((s) => s.list(now)));
              for (const s of both) await s.settle(lease.id, spent, now); // again: no change
              const twice = await Promise.all(both.map((s) => s.list(now)));
              expect(twice).toEqual(once);
            }
            const listed = await Promise.all(both.map((s) => s.list(new Date(clock))));
            expect(shape(listed[1] ?? [], keys)).toEqual(shape(listed[0] ?? [], keys));
            for (const p of shape(listed[0] ?? [], keys)) {
              // Spent plus held never passes the cap, and never what the period's holds allowed.
              expect(p.spentMicros + p.heldMicros).toBeLessThanOrEqual(p.capMicros);
              const key = `${keys[p.key]}@${p.periodKey}`;
              expect(p.spentMicros + p.heldMicros).toBeLessThanOrEqual(granted.get(key) ?? 0);
            }
          }
          // Every lease settled at 0: what is left held is nothing; what is spent is only settled or expired.
          const end = new Date(clock);
          for (const lease of leases) for (const s of both) await s.settle(lease.id, 0, end);
          const after = await Promise.all(both.map((s) => s.list(end)));
          for (const p of shape(after[0] ?? [], keys)) expect(p.heldMicros).toBe(0);
          expect(shape(after[1] ?? [], keys)).toEqual(shape(after[0] ?? [], keys));
          await Promise.all(both.map((s) => s.close()));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("the redis store's lease keys", () => {
  test('Redis collects the key of a lease never settled a day after it ends, on its own clock; a settle deletes it', async () => {
    const store = await redisStore();
    const pool: PoolSpec = { key: unique('p'), capMicros: 5_000_000 };
    const [open, settled] = [unique('l'), unique('l')];
    // A caller clock far behind Redis's: an absolute expiry on it would be long past.
    const now = new Date(Date.now() - 30 * 24 * HOUR);
    await escrowOf(store, open, [pool], 1_000_000, now);
    await escrowOf(store, settled, [pool], 1_000_000, now);
    await store.settle(settled, 1, new Date(now.getTime() + 1000));
    const raw = new Redis(redis.url);
    try {
      const ttl = await raw.pttl(`wflo:{pools}:lease:${open}`);
      expect(ttl).toBeGreaterThan(HOUR + KEEP_LEASE_KEY_MS - 60_000);
      expect(ttl).toBeLessThanOrEqual(HOUR + KEEP_LEASE_KEY_MS);
      expect(await raw.exists(`wflo:{pools}:lease:${settled}`)).toBe(0);
    } finally {
      raw.disconnect();
      await store.close();
    }
  });
});
