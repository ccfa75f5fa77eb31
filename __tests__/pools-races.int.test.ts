// Many simulated jobs at once against each store — for Redis each job its own client, for the
// file store each its own store object (the lock is what they share) — with random budgets,
// random crashes before settle and random lease expiry (fast-check). Laws: the pool is never
// overspent, every settle is idempotent, the money of settled holds returns, an expired hold
// is spent in full and no more.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FilePoolStore } from '../src/pools/file-store.js';
import type { PoolSpec, PoolStore } from '../src/pools/port.js';
import { RedisPoolStore } from '../src/pools/redis-store.js';
import { startRedisServer, type RedisServer } from './support/redis-server.js';

let redis: RedisServer;
let scratch: string;
beforeAll(async () => {
  redis = await startRedisServer();
  scratch = await mkdtemp(path.join(tmpdir(), 'wflo-pool-races-'));
});
afterAll(async () => {
  await redis?.stop();
  await rm(scratch, { recursive: true, force: true });
});

const T0 = Date.parse('2026-12-03T10:00:00Z');
const LEASE_MS = 60_000;

interface SimJob {
  want: number;
  /** Fraction of its hold it spends. */
  spend: number;
  crashes: boolean;
  /** Settles (if it does) twice, to show the second changes nothing. */
  settlesTwice: boolean;
}

const jobArb: fc.Arbitrary<SimJob> = fc.record({
  want: fc.integer({ min: 1, max: 2_000_000 }),
  spend: fc.double({ min: 0, max: 1, noNaN: true }),
  crashes: fc.boolean(),
  settlesTwice: fc.boolean(),
});

let n = 0;
const kinds: Array<[string, (dir: string) => () => PoolStore]> = [
  ['file', (dir) => () => new FilePoolStore(dir)],
  ['redis', () => () => new RedisPoolStore(redis.url)],
];

describe.each(kinds)('simulated jobs racing on the %s store', (_kind, factoryOf) => {
  test('never overspend, settle idempotently, return held money, spend expired holds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(jobArb, { minLength: 2, maxLength: 24 }),
        fc.integer({ min: 1_000_000, max: 10_000_000 }),
        fc.boolean(),
        async (jobs, cap, leasesExpire) => {
          const open = factoryOf(path.join(scratch, `s${++n}`));
          const pool: PoolSpec = {
            key: `race-${n}-${Math.random().toString(36).slice(2)}`,
            capMicros: cap,
          };
          // Every job at once, each with its own client, escrow then (unless it crashes) settle.
          const results = await Promise.all(
            jobs.map(async (job, i) => {
              const store = open();
              try {
                const leaseId = `${pool.key}-job${i}`;
                const grant = await store.escrow({
                  leaseId,
                  holder: `job ${i}`,
                  pools: [pool],
                  wantMicros: job.want,
                  now: new Date(T0),
                  leaseMs: LEASE_MS,
                });
                const spent = Math.floor(grant.heldMicros * job.spend);
                if (grant.heldMicros > 0 && !job.crashes) {
                  await store.settle(leaseId, spent, new Date(T0 + 1000));
                  if (job.settlesTwice)
                    await store.settle(leaseId, grant.heldMicros, new Date(T0 + 2000));
                }
                return { held: grant.heldMicros, spent, crashed: job.crashes };
              } finally {
                await store.close();
              }
            }),
          );
          const store = open();
          try {
            const totalHeld = results.reduce((s, r) => s + r.held, 0);
            const settled = results
              .filter((r) => !r.crashed && r.held > 0)
              .reduce((s, r) => s + r.spent, 0);
            const crashedHeld = results.filter((r) => r.crashed).reduce((s, r) => s + r.held, 0);
            // What the jobs consumed — spent by those that settled, held by those that did not —
            // never passes the cap, however their escrows and settles interleaved.
            expect(settled + crashedHeld).toBeLessThanOrEqual(cap);
            const at = leasesExpire ? T0 + LEASE_MS + 1 : T0 + 3000;
            const [p] = (await store.list(new Date(at))).filter((s) => s.key === pool.key);
            if (totalHeld === 0) return;
            expect(p).toBeDefined();
            if (!p) return;
            if (leasesExpire) {
              // Crashed jobs' holds are spent in full now, nothing is held.
              expect(p.spentMicros).toBe(settled + crashedHeld);
              expect(p.heldMicros).toBe(0);
            } else {
              // Settled holds returned what they did not spend; crashed ones still hold.
              expect(p.spentMicros).toBe(settled);
              expect(p.heldMicros).toBe(crashedHeld);
            }
            expect(p.spentMicros + p.heldMicros).toBeLessThanOrEqual(cap);
            expect(p.leftMicros).toBe(cap - p.spentMicros - p.heldMicros);
            // A job got less than it wanted only when the pool had no more at its escrow.
            const wanted = jobs.reduce((s, j) => s + j.want, 0);
            if (wanted <= cap) expect(totalHeld).toBe(wanted);
          } finally {
            await store.close();
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
