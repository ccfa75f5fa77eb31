// src/pools/port.ts — the one port every budget-pool store implements (DESIGN.md §4
// "Budget pools"). Amounts are integer micro-dollars (common/money.ts).

import { WfloError } from '../common/errors.js';

export type PoolPeriod = 'day' | 'week' | 'month';

/** A pool as a run names it, its key already evaluated. */
export interface PoolSpec {
  readonly key: string;
  readonly capMicros: number;
  /** Absent: the pool never resets. Periods follow the UTC calendar (ISO weeks start Monday). */
  readonly period?: PoolPeriod;
}

export interface PoolHold {
  readonly leaseId: string;
  /** Who holds it, for people: e.g. "owner/repo run 123 attempt 2 job build" or "cli pid 42 on host". */
  readonly holder: string;
  readonly micros: number;
  readonly expiresAt: string; // ISO 8601 UTC
}

/** One pool's standing in its current period. */
export interface PoolStanding {
  readonly key: string;
  readonly capMicros: number;
  readonly period?: PoolPeriod;
  /** The period this standing is for, e.g. "2026-12-03", "2026-W49", "2026-12", or "all". */
  readonly periodKey: string;
  /** Settled spend plus expired holds (an expired hold counts as spent in full). */
  readonly spentMicros: number;
  readonly holds: readonly PoolHold[]; // live holds only
  readonly heldMicros: number;
  readonly leftMicros: number; // max(0, cap - spent - held)
}

export interface EscrowRequest {
  readonly leaseId: string; // unique per run attempt; settle is idempotent by it
  readonly holder: string;
  readonly pools: readonly PoolSpec[];
  /** min(run budget, plan worst case): the most this run may hold. */
  readonly wantMicros: number;
  readonly now: Date;
  readonly leaseMs: number; // hold expires at now + leaseMs (default: 6 h, the job limit)
}

export interface EscrowGrant {
  readonly leaseId: string;
  /** min(wantMicros, each pool's left), taken from every pool alike; 0 means the run must not start. */
  readonly heldMicros: number;
  /** Standings after the hold, one per requested pool, in request order. */
  readonly pools: readonly PoolStanding[];
}

export interface PoolStore {
  /** Human name for messages: "file:/path", "redis://host:6379/0", "github owner/repo ref". */
  readonly describe: string;
  /** One atomic operation over all named pools. A second call with the same leaseId returns the first grant. */
  escrow(request: EscrowRequest): Promise<EscrowGrant>;
  /** Settles the lease to what was spent (<= held). Idempotent: a second settle of the same lease changes nothing. Unknown or expired lease: no-op. */
  settle(leaseId: string, spentMicros: number, now: Date): Promise<void>;
  /** Every pool the store knows, in its current period. */
  list(now: Date): Promise<readonly PoolStanding[]>;
  close(): Promise<void>;
}

/** The store could not be reached or answered wrongly: the run fails closed unless on_store_error: run-alone. */
export class PoolStoreError extends WfloError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PoolStoreError';
  }
}

/** What a run took from its pools (its report, summary and CLI line read it). */
export interface RunPoolHold {
  readonly leaseId: string;
  /** The store, as `describe` says it. */
  readonly store: string;
  /** The hold: the run's effective budget, less what it carried from earlier attempts. */
  readonly heldMicros: number;
  /** Spent by earlier attempts the run continues from (in its cost, already settled by them). */
  readonly carriedMicros: number;
  /** Each pool's standing right after the hold (this run's hold among `holds`). */
  readonly pools: readonly PoolStanding[];
}
