// A run's part in its budget pools, from start to settle (DESIGN.md §4 "Escrow"): the pool
// keys evaluated, one hold taken across every pool before the first step, the hold made the
// run's budget, and the settle at the end. The edges call `escrowForRun` and `settle`.
import { WfloError, messageOf } from '../common/errors.js';
import { renderValue } from '../workflow/expressions.js';
import type { JsonObject, Workflow } from '../workflow/model.js';
import { PoolStoreError, type PoolSpec, type PoolStanding, type PoolStore } from './port.js';
import { openPoolStore, type StoreContext } from './stores.js';
import { refusalSentence } from './words.js';

/** The job limit on GitHub-hosted runners: a hold never settled is spent after it. */
export const DEFAULT_LEASE_MS = 6 * 60 * 60 * 1000;

/** The run got a hold of 0: it must not start (exit 3). */
export class PoolRefusedError extends WfloError {
  constructor(message: string) {
    super(message);
    this.name = 'PoolRefusedError';
  }
}

/** A pool key that evaluates to nothing, or two keys that evaluate alike (invalid input, exit 2). */
export class PoolKeyError extends WfloError {
  constructor(message: string) {
    super(message);
    this.name = 'PoolKeyError';
  }
}

/** The pools a workflow names, keys evaluated over `inputs` and `github`. */
export function poolSpecsOf(workflow: Workflow, context: JsonObject): PoolSpec[] {
  const specs: PoolSpec[] = [];
  const seen = new Map<string, number>();
  for (const [i, pool] of (workflow.budget?.pools ?? []).entries()) {
    let key: string;
    try {
      const value = renderValue(pool.key, context);
      key = typeof value === 'string' ? value : JSON.stringify(value);
    } catch (error) {
      throw new PoolKeyError(`budget.pools[${i}].key could not be evaluated: ${messageOf(error)}`);
    }
    if (key.trim() === '') {
      throw new PoolKeyError(`budget.pools[${i}].key '${pool.key}' evaluates to an empty key`);
    }
    const first = seen.get(key);
    if (first !== undefined) {
      throw new PoolKeyError(
        `budget.pools[${i}].key evaluates to '${key}', as budget.pools[${first}].key does: each pool is named once`,
      );
    }
    seen.set(key, i);
    specs.push({
      key,
      capMicros: pool.capMicros,
      ...(pool.period === undefined ? {} : { period: pool.period }),
    });
  }
  return specs;
}

export interface EscrowForRun {
  workflow: Workflow;
  /** The run's inputs, resolved (the same values its steps see), and the `github` context. */
  context: { inputs: JsonObject; github: JsonObject };
  /** `--budget-store`, `WFLO_BUDGET_STORE`, the action's `budget-store`. */
  storeUrl: string;
  storeContext: StoreContext;
  /** The edge's cap (`--budget-usd`); the run budget is the smaller of it and the file's. */
  budgetMicros?: number;
  /** The run's worst case (report/plan.ts), when every step's is known. */
  worstCaseMicros?: number;
  /** Spent by earlier attempts this run continues from: already settled, still in the ledger. */
  carriedMicros?: number;
  leaseId: string;
  holder: string;
  leaseMs?: number;
  now: () => Date;
  /** The one warning of `on_store_error: run-alone`. */
  warn: (message: string) => void;
  /** Opens the store (tests give their own). */
  open?: (url: string, context: StoreContext) => Promise<PoolStore>;
}

/** A run's hold, to settle once it ends. */
export interface RunEscrow {
  leaseId: string;
  /** The URL it was opened from (the action's post phase opens it again). */
  storeUrl: string;
  store: PoolStore;
  heldMicros: number;
  /** The budget the run's ledger enforces: the hold, plus what it carries from earlier attempts. */
  budgetMicros: number;
  carriedMicros: number;
  /** Standings right after the hold. */
  pools: readonly PoolStanding[];
}

/**
 * Takes the run's hold, or undefined when it names no pools (or runs alone). Throws
 * PoolRefusedError for a hold of 0, PoolStoreError when the store fails and the file does
 * not say `on_store_error: run-alone`, PoolKeyError for keys that cannot name pools.
 */
export async function escrowForRun(o: EscrowForRun): Promise<RunEscrow | undefined> {
  const specs = poolSpecsOf(o.workflow, o.context);
  if (specs.length === 0) return undefined;
  const carried = o.carriedMicros ?? 0;
  const budget = smaller(o.workflow.budget?.maxMicros, o.budgetMicros);
  const want = Math.min(
    budget === undefined ? Number.MAX_SAFE_INTEGER : Math.max(0, budget - carried),
    o.worstCaseMicros ?? Number.MAX_SAFE_INTEGER,
  );
  // A run whose worst case is known to be $0 needs nothing from any pool.
  if (want === 0 && o.worstCaseMicros === 0) return undefined;
  let store: PoolStore | undefined;
  try {
    store = await (o.open ?? openPoolStore)(o.storeUrl, o.storeContext);
    const grant = await store.escrow({
      leaseId: o.leaseId,
      holder: o.holder,
      pools: specs,
      wantMicros: want,
      now: o.now(),
      leaseMs: o.leaseMs ?? DEFAULT_LEASE_MS,
    });
    if (grant.heldMicros <= 0) {
      const empty = grant.pools.find((p) => p.leftMicros <= 0) ?? grant.pools[0];
      await store.close();
      throw new PoolRefusedError(
        empty ? refusalSentence(empty, o.leaseId) : 'no budget pool had anything left',
      );
    }
    return {
      leaseId: o.leaseId,
      storeUrl: o.storeUrl,
      store,
      heldMicros: grant.heldMicros,
      budgetMicros: carried + grant.heldMicros,
      carriedMicros: carried,
      pools: grant.pools,
    };
  } catch (error) {
    if (error instanceof PoolRefusedError) throw error;
    await store?.close().catch(() => undefined);
    const failure =
      error instanceof PoolStoreError
        ? error
        : new PoolStoreError(`the budget store ${o.storeUrl} failed: ${messageOf(error)}`, {
            cause: error,
          });
    if (o.workflow.budget?.onStoreError !== 'run-alone') throw failure;
    o.warn(
      `${failure.message}; the run goes on within its own budget only (on_store_error: run-alone), so the pools do not count it`,
    );
    return undefined;
  }
}

/**
 * Settles the hold to what this run spent (`costMicros`, the run's total, less what it
 * carried) and closes the store. Never throws: a settle that fails leaves the lease to expire,
 * when it counts as spent in full; the returned sentence says so.
 */
export async function settleRun(
  escrow: RunEscrow,
  costMicros: number,
  now: Date,
): Promise<string | undefined> {
  try {
    await escrow.store.settle(escrow.leaseId, Math.max(0, costMicros - escrow.carriedMicros), now);
    return undefined;
  } catch (error) {
    return `could not settle the budget pools' hold (${messageOf(error)}): it stays held until its lease expires, then counts as spent in full`;
  } finally {
    await escrow.store.close().catch(() => undefined);
  }
}

function smaller(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

/** Settles a lease by its id alone (the action's post phase, after a cancel); never throws. */
export async function settleLease(
  url: string,
  context: StoreContext,
  leaseId: string,
  spentMicros: number,
  now: Date,
): Promise<string | undefined> {
  let store: PoolStore | undefined;
  try {
    store = await openPoolStore(url, context);
    await store.settle(leaseId, spentMicros, now);
    return undefined;
  } catch (error) {
    return `could not settle the budget pools' hold ${leaseId} in ${url} (${messageOf(error)}): it stays held until its lease expires, then counts as spent in full`;
  } finally {
    await store?.close().catch(() => undefined);
  }
}
