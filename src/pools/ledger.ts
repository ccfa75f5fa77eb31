// The pool ledger as data, and the escrow protocol over it as pure functions (DESIGN.md §4
// "Budget pools"): a store reads the document, applies one of these, and writes the result
// atomically (the github store by fast-forward of a git ref). Amounts are micro-dollars.
//
// A hold is taken from each named pool in the period it was taken in; settling moves what was
// spent into that period's spend; a hold never settled counts as spent in full once its lease
// expires. Settled leases are kept for a week, so a late second settle still changes nothing.
import type {
  EscrowGrant,
  EscrowRequest,
  PoolHold,
  PoolPeriod,
  PoolSpec,
  PoolStanding,
} from './port.js';
import { PoolStoreError } from './port.js';

export const LEDGER_VERSION = 1;

export interface LedgerPool {
  capMicros: number;
  period?: PoolPeriod;
  /** Settled spend by period key (expired holds are added here when a write folds them). */
  spent: Record<string, number>;
}

export interface LedgerLease {
  holder: string;
  micros: number;
  takenAt: string;
  expiresAt: string;
  /** The pools it holds from, each in the period it was taken in. */
  pools: { key: string; periodKey: string }[];
  /** Once settled, or expired and counted in full: what it counted for. */
  settled?: { micros: number; at: string; expired?: boolean };
}

export interface Ledger {
  version: typeof LEDGER_VERSION;
  pools: Record<string, LedgerPool>;
  leases: Record<string, LedgerLease>;
}

/** How long a settled lease is remembered (a settle after that is of an unknown lease: a no-op). */
const KEEP_SETTLED_MS = 7 * 24 * 3600_000;
/** Periods of spend kept per pool (the newest); older ones are history nobody is charged for. */
const KEEP_PERIODS = 40;

export function emptyLedger(): Ledger {
  return { version: LEDGER_VERSION, pools: {}, leases: {} };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The UTC calendar period `now` falls in: "2026-12-03", "2026-W49" (ISO week), "2026-12", or "all". */
export function periodKeyOf(period: PoolPeriod | undefined, now: Date): string {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const d = now.getUTCDate();
  switch (period) {
    case undefined:
      return 'all';
    case 'day':
      return `${y}-${pad(m + 1)}-${pad(d)}`;
    case 'month':
      return `${y}-${pad(m + 1)}`;
    case 'week': {
      // The ISO week is the one its Thursday is in, numbered within the Thursday's year.
      const weekday = (now.getUTCDay() + 6) % 7; // Monday 0
      const thursday = new Date(Date.UTC(y, m, d - weekday + 3));
      const year = thursday.getUTCFullYear();
      const ordinal = (thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000;
      return `${year}-W${pad(Math.floor(ordinal / 7) + 1)}`;
    }
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isMicros = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const PERIODS = new Set(['day', 'week', 'month']);

/** Reads a stored ledger, refusing one whose shape is wrong (`where` names the store). */
export function parseLedger(text: string, where: string): Ledger {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PoolStoreError(`The budget-pool ledger in ${where} is not valid JSON.`, {
      cause: error,
    });
  }
  const problem = ledgerProblem(value);
  if (problem !== undefined)
    throw new PoolStoreError(`The budget-pool ledger in ${where} cannot be used: ${problem}.`);
  return value as Ledger;
}

function ledgerProblem(value: unknown): string | undefined {
  if (!isRecord(value) || value.version !== LEDGER_VERSION)
    return `it is not a wflo pool ledger of version ${LEDGER_VERSION}`;
  if (!isRecord(value.pools) || !isRecord(value.leases)) return 'it has no pools or leases';
  for (const [key, pool] of Object.entries(value.pools)) {
    if (!isRecord(pool) || !isMicros(pool.capMicros) || !isRecord(pool.spent))
      return `pool '${key}' has no cap or spend`;
    if (pool.period !== undefined && !PERIODS.has(pool.period as string))
      return `pool '${key}' has an unknown period`;
    if (!Object.values(pool.spent).every(isMicros)) return `pool '${key}' has a negative spend`;
  }
  for (const [id, lease] of Object.entries(value.leases)) {
    if (
      !isRecord(lease) ||
      !isMicros(lease.micros) ||
      typeof lease.expiresAt !== 'string' ||
      Number.isNaN(Date.parse(lease.expiresAt)) ||
      !Array.isArray(lease.pools)
    )
      return `lease '${id}' has no amount, expiry or pools`;
    if (
      lease.settled !== undefined &&
      (!isRecord(lease.settled) || !isMicros(lease.settled.micros))
    )
      return `lease '${id}' has a wrong settlement`;
  }
  return undefined;
}

const live = (lease: LedgerLease, now: Date) =>
  lease.settled === undefined && Date.parse(lease.expiresAt) > now.getTime();
const expiredUnsettled = (lease: LedgerLease, now: Date) =>
  lease.settled === undefined && Date.parse(lease.expiresAt) <= now.getTime();
const holdsFrom = (lease: LedgerLease, key: string, periodKey: string) =>
  lease.pools.some((p) => p.key === key && p.periodKey === periodKey);

/** A pool's standing in the period `now` falls in; `cap` and `period` override the stored ones. */
function standingOf(ledger: Ledger, spec: PoolSpec, now: Date): PoolStanding {
  const periodKey = periodKeyOf(spec.period, now);
  let spent = ledger.pools[spec.key]?.spent[periodKey] ?? 0;
  const holds: PoolHold[] = [];
  for (const [leaseId, lease] of Object.entries(ledger.leases)) {
    if (!holdsFrom(lease, spec.key, periodKey)) continue;
    if (expiredUnsettled(lease, now)) spent += lease.micros;
    else if (live(lease, now))
      holds.push({
        leaseId,
        holder: lease.holder,
        micros: lease.micros,
        expiresAt: lease.expiresAt,
      });
  }
  const held = holds.reduce((sum, h) => sum + h.micros, 0);
  return {
    key: spec.key,
    capMicros: spec.capMicros,
    ...(spec.period === undefined ? {} : { period: spec.period }),
    periodKey,
    spentMicros: spent,
    holds,
    heldMicros: held,
    leftMicros: Math.max(0, spec.capMicros - spent - held),
  };
}

/** Every pool the ledger knows, in the period `now` falls in. */
export function standingsIn(ledger: Ledger, now: Date): PoolStanding[] {
  return Object.entries(ledger.pools)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, pool]) =>
      standingOf(
        ledger,
        { key, capMicros: pool.capMicros, ...(pool.period ? { period: pool.period } : {}) },
        now,
      ),
    );
}

/**
 * A copy with expired holds counted as spent (in the period they held from) and old
 * settled leases and periods dropped: what every write stores, so the ledger stays small.
 */
function tidied(ledger: Ledger, now: Date): Ledger {
  const next: Ledger = structuredClone(ledger);
  for (const lease of Object.values(next.leases)) {
    if (!expiredUnsettled(lease, now)) continue;
    for (const { key, periodKey } of lease.pools) {
      const pool = next.pools[key];
      if (pool) pool.spent[periodKey] = (pool.spent[periodKey] ?? 0) + lease.micros;
    }
    lease.settled = { micros: lease.micros, at: now.toISOString(), expired: true };
  }
  const nowMs = now.getTime();
  next.leases = Object.fromEntries(
    Object.entries(next.leases).filter(
      ([, lease]) => !lease.settled || nowMs - Date.parse(lease.settled.at) <= KEEP_SETTLED_MS,
    ),
  );
  for (const pool of Object.values(next.pools)) {
    const kept = new Set(Object.keys(pool.spent).sort().slice(-KEEP_PERIODS));
    pool.spent = Object.fromEntries(Object.entries(pool.spent).filter(([k]) => kept.has(k)));
  }
  return next;
}

function checkRequest(request: EscrowRequest): void {
  const bad = (what: string) => new PoolStoreError(`A budget-pool escrow ${what}.`);
  if (!isMicros(request.wantMicros)) throw bad('wants a negative or fractional amount');
  if (!Number.isSafeInteger(request.leaseMs) || request.leaseMs <= 0)
    throw bad('has a lease that is not a positive whole number of milliseconds');
  for (const pool of request.pools) {
    if (!isMicros(pool.capMicros)) throw bad(`names pool '${pool.key}' with a negative cap`);
    if (pool.key === '') throw bad('names a pool with an empty key');
  }
}

/** The first grant of a lease taken earlier, with today's standings. */
function earlierGrant(ledger: Ledger, request: EscrowRequest, lease: LedgerLease): EscrowGrant {
  return {
    leaseId: request.leaseId,
    heldMicros: lease.micros,
    pools: request.pools.map((spec) => standingOf(ledger, spec, request.now)),
  };
}

/**
 * One escrow: `min(wantMicros, what each pool has left)` taken from every pool alike.
 * `ledger` is undefined for a store that holds nothing yet. `next` is undefined when nothing
 * needs writing (the lease was taken before).
 */
export function escrowIn(
  ledger: Ledger | undefined,
  request: EscrowRequest,
): { grant: EscrowGrant; next?: Ledger } {
  checkRequest(request);
  const current = ledger ?? emptyLedger();
  const earlier = current.leases[request.leaseId];
  if (earlier) return { grant: earlierGrant(current, request, earlier) };
  const next = tidied(current, request.now);
  const before = request.pools.map((spec) => standingOf(next, spec, request.now));
  const held = Math.min(request.wantMicros, ...before.map((s) => s.leftMicros));
  for (const spec of request.pools) {
    const pool = next.pools[spec.key] ?? { capMicros: spec.capMicros, spent: {} };
    pool.capMicros = spec.capMicros;
    if (spec.period === undefined) delete pool.period;
    else pool.period = spec.period;
    next.pools[spec.key] = pool;
  }
  if (held > 0) {
    next.leases[request.leaseId] = {
      holder: request.holder,
      micros: held,
      takenAt: request.now.toISOString(),
      expiresAt: new Date(request.now.getTime() + request.leaseMs).toISOString(),
      pools: before.map((s) => ({ key: s.key, periodKey: s.periodKey })),
    };
  }
  return {
    grant: {
      leaseId: request.leaseId,
      heldMicros: held,
      pools: request.pools.map((spec) => standingOf(next, spec, request.now)),
    },
    next,
  };
}

/**
 * Settles a live lease to what was spent (at most what it held). An unknown, settled or
 * expired lease changes nothing (undefined: nothing to write).
 */
export function settleIn(
  ledger: Ledger | undefined,
  leaseId: string,
  spentMicros: number,
  now: Date,
): Ledger | undefined {
  if (!Number.isSafeInteger(spentMicros) || spentMicros < 0)
    throw new PoolStoreError(
      `A settle of lease ${leaseId} names a negative or fractional amount (${spentMicros}).`,
    );
  const lease = ledger?.leases[leaseId];
  if (!ledger || !lease || !live(lease, now)) return undefined;
  const next = tidied(ledger, now);
  const mine = next.leases[leaseId];
  if (!mine) return undefined;
  const counted = Math.min(spentMicros, mine.micros);
  for (const { key, periodKey } of mine.pools) {
    const pool = next.pools[key];
    if (pool) pool.spent[periodKey] = (pool.spent[periodKey] ?? 0) + counted;
  }
  mine.settled = { micros: counted, at: now.toISOString() };
  return next;
}

/** The ledger as stored: stable key order is not needed, but one lease per line reads well in a diff. */
export function serializeLedger(ledger: Ledger): string {
  return `${JSON.stringify(ledger, null, 1)}\n`;
}
