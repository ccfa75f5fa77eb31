// The book a store keeps, as one JSON value, and the protocol over it as pure functions
// (DESIGN.md §4 "Budget pools"; docs/budgets.md says it for users). A store only has to
// read the book, apply one function and write it back atomically: the file store does that
// under its lock, the Redis store runs the same rules in one Lua script (redis-scripts.ts).
//
// Rules, per pool: a hold counts in the period it was taken in and settles into that period;
// a hold whose lease has expired counts as spent in full and is dropped (the first operation
// that looks at the pool after the expiry moves it); a new period starts from zero spent.
// A lease is forgotten once settled or expired, so the book holds the leases of running jobs
// only: its size follows how many jobs run at once, not how many ever ran. A second settle
// finds no lease and changes nothing, which is what makes settling idempotent.
import { periodKeyOf } from './period.js';
import type {
  EscrowGrant,
  EscrowRequest,
  PoolHold,
  PoolPeriod,
  PoolSpec,
  PoolStanding,
} from './port.js';

export interface BookHold {
  holder: string;
  micros: number;
  expiresAtMs: number;
  /** The pool's period when the hold was taken. */
  periodKey: string;
}

export interface BookPool {
  capMicros: number;
  period?: PoolPeriod;
  periodKey: string;
  spentMicros: number;
  holds: Record<string, BookHold>;
}

export interface BookLease {
  holder: string;
  micros: number;
  pools: string[];
  expiresAtMs: number;
}

export interface Book {
  version: 1;
  pools: Record<string, BookPool>;
  leases: Record<string, BookLease>;
}

export function emptyBook(): Book {
  return { version: 1, pools: {}, leases: {} };
}

/** A book read from storage, checked enough that the rules below cannot misread it. */
export function parseBook(text: string): Book {
  const value: unknown = JSON.parse(text);
  if (
    typeof value !== 'object' ||
    value === null ||
    (value as { version?: unknown }).version !== 1 ||
    typeof (value as { pools?: unknown }).pools !== 'object' ||
    typeof (value as { leases?: unknown }).leases !== 'object'
  ) {
    throw new Error('not a version 1 pool book');
  }
  return value as Book;
}

/** Moves expired holds into spent and starts a new period when one has begun. Mutates `pool`. */
export function bringUpToDate(pool: BookPool, nowMs: number): void {
  const live: Record<string, BookHold> = {};
  for (const [leaseId, hold] of Object.entries(pool.holds)) {
    if (hold.expiresAtMs > nowMs) live[leaseId] = hold;
    else if (hold.periodKey === pool.periodKey) pool.spentMicros += hold.micros;
  }
  pool.holds = live;
  const current = periodKeyOf(pool.period, new Date(nowMs));
  if (current !== pool.periodKey) {
    pool.periodKey = current;
    pool.spentMicros = 0;
    // Holds of an earlier period settle into it, and it is over: they do not count now.
    pool.holds = without(pool.holds, (hold) => hold.periodKey !== current);
  }
}

/** `record` less the entries `drop` picks. */
function without<T>(record: Record<string, T>, drop: (value: T, key: string) => boolean) {
  return Object.fromEntries(Object.entries(record).filter(([k, v]) => !drop(v, k)));
}

function heldIn(pool: BookPool): number {
  let sum = 0;
  for (const hold of Object.values(pool.holds)) sum += hold.micros;
  return sum;
}

/** A pool's standing; `pool` must be up to date. */
export function standingOf(key: string, pool: BookPool): PoolStanding {
  const held = heldIn(pool);
  const holds: PoolHold[] = Object.entries(pool.holds)
    .map(([leaseId, h]) => ({
      leaseId,
      holder: h.holder,
      micros: h.micros,
      expiresAt: new Date(h.expiresAtMs).toISOString(),
    }))
    .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt) || a.leaseId.localeCompare(b.leaseId));
  return {
    key,
    capMicros: pool.capMicros,
    ...(pool.period === undefined ? {} : { period: pool.period }),
    periodKey: pool.periodKey,
    spentMicros: pool.spentMicros,
    holds,
    heldMicros: held,
    leftMicros: Math.max(0, pool.capMicros - pool.spentMicros - held),
  };
}

/** The pool a run names, created or brought up to date, its cap and period the run's. */
function poolFor(book: Book, spec: PoolSpec, nowMs: number): BookPool {
  let pool = book.pools[spec.key];
  if (!pool) {
    pool = {
      capMicros: spec.capMicros,
      periodKey: periodKeyOf(spec.period, new Date(nowMs)),
      spentMicros: 0,
      holds: {},
    };
    book.pools[spec.key] = pool;
  }
  // The latest run's cap and period are the pool's: a file edited to lower a cap takes effect.
  pool.capMicros = spec.capMicros;
  if (spec.period === undefined) delete pool.period;
  else pool.period = spec.period;
  bringUpToDate(pool, nowMs);
  return pool;
}

/** Leases past their expiry are forgotten: a settle of one is a no-op either way. */
function forgetExpiredLeases(book: Book, nowMs: number): void {
  book.leases = without(book.leases, (lease) => lease.expiresAtMs <= nowMs);
}

/** One escrow: the same hold from every named pool, or none. Mutates `book`. */
export function escrowIn(book: Book, request: EscrowRequest): EscrowGrant {
  const nowMs = request.now.getTime();
  const known = book.leases[request.leaseId];
  if (known && known.expiresAtMs > nowMs) {
    return {
      leaseId: request.leaseId,
      heldMicros: known.micros,
      pools: request.pools.map((spec) => {
        const pool = poolFor(book, spec, nowMs);
        return standingOf(spec.key, pool);
      }),
    };
  }
  forgetExpiredLeases(book, nowMs);
  const pools = request.pools.map((spec) => poolFor(book, spec, nowMs));
  const lefts = pools.map((p) => Math.max(0, p.capMicros - p.spentMicros - heldIn(p)));
  const grant = Math.max(0, Math.min(Math.floor(request.wantMicros), ...lefts));
  if (grant > 0) {
    const expiresAtMs = nowMs + request.leaseMs;
    pools.forEach((pool) => {
      pool.holds[request.leaseId] = {
        holder: request.holder,
        micros: grant,
        expiresAtMs,
        periodKey: pool.periodKey,
      };
    });
    book.leases[request.leaseId] = {
      holder: request.holder,
      micros: grant,
      pools: request.pools.map((p) => p.key),
      expiresAtMs,
    };
  }
  return {
    leaseId: request.leaseId,
    heldMicros: grant,
    pools: request.pools.map((spec, i) => standingOf(spec.key, pools[i] as BookPool)),
  };
}

/**
 * Settles a lease to what the run spent. Idempotent: a settled, expired or unknown lease is
 * left as it is. Spend above the hold (a server billing past its reservation) is recorded in
 * full, never clipped. Mutates `book`; true when it changed anything.
 */
export function settleIn(book: Book, leaseId: string, spentMicros: number, now: Date): boolean {
  const nowMs = now.getTime();
  const lease = book.leases[leaseId];
  if (!lease || lease.expiresAtMs <= nowMs) return false;
  const spent = Math.max(0, Math.floor(spentMicros));
  for (const key of lease.pools) {
    const pool = book.pools[key];
    const hold = pool?.holds[leaseId];
    if (!pool || !hold) continue;
    if (hold.periodKey === pool.periodKey) pool.spentMicros += spent;
    pool.holds = without(pool.holds, (_, id) => id === leaseId);
  }
  book.leases = without(book.leases, (_, id) => id === leaseId);
  return true;
}

/** Every pool's standing at `now`, without changing the book. */
export function standingsIn(book: Book, now: Date): PoolStanding[] {
  return Object.entries(book.pools)
    .map(([key, pool]) => {
      const copy: BookPool = { ...pool, holds: { ...pool.holds } };
      bringUpToDate(copy, now.getTime());
      return standingOf(key, copy);
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}
