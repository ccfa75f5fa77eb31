// A run's hold on its budget pools, as both edges take it before the first step (DESIGN.md §4
// "Escrow"): the inputs resolved as the run will see them, the plan's worst case (each
// step's attempts included), the hold — or the one sentence and exit code that stop the run instead.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { InputError, resolveInputs } from '../workflow/inputs.js';
import type { StepKindRegistry } from '../engine/types.js';
import { PoolStoreError, type RunPoolHold } from '../pools/port.js';
import {
  escrowForRun,
  PoolKeyError,
  PoolRefusedError,
  settleRun,
  type RunEscrow,
} from '../pools/run-pools.js';
import type { StoreContext } from '../pools/stores.js';
import { planOf } from '../report/plan.js';
import { EXIT_INVALID } from '../report/report.js';
import type { JsonObject, JsonValue, Workflow } from '../workflow/model.js';

export interface PoolStart {
  workflow: Workflow;
  registry: StepKindRegistry;
  /** The inputs as the edge got them (the engine resolves them the same way). */
  inputs: Record<string, JsonValue>;
  github: JsonObject;
  storeUrl: string;
  storeContext: StoreContext;
  budgetMicros?: number;
  carriedMicros?: number;
  runId: string;
  /** Who holds it, for `wflo pools` and refusals: the job, or this process. */
  holder?: string;
  warn: (message: string) => void;
  now?: () => Date;
}

/** What an edge says about its pools: where they are kept, and what an earlier attempt carried. */
export interface PoolSettings {
  storeUrl: string;
  storeContext: StoreContext;
  /** Spent by the earlier attempt a continued run carries in its ledger (already settled by it). */
  carriedMicros?: number;
}

/** The pools' part of a run preparation; none when the edge gives no settings (then no pools are used). */
export function poolStartOf(prep: {
  pools?: PoolSettings;
  budgetMicros?: number;
}): Pick<PoolStart, 'storeUrl' | 'storeContext' | 'budgetMicros' | 'carriedMicros'> {
  return {
    storeUrl: prep.pools?.storeUrl ?? '',
    storeContext: prep.pools?.storeContext ?? { env: {}, cwd: process.cwd() },
    ...(prep.budgetMicros === undefined ? {} : { budgetMicros: prep.budgetMicros }),
    ...(prep.pools?.carriedMicros === undefined ? {} : { carriedMicros: prep.pools.carriedMicros }),
  };
}

export type PoolOutcome =
  | { kind: 'run'; escrow?: RunEscrow; hold?: RunPoolHold; budgetMicros?: number }
  | { kind: 'stop'; exitCode: number; message: string };

/** `owner/repo run 123 attempt 2 job build` in a job, `cli pid 42 on host` elsewhere. */
export function holderOf(env: StoreContext['env']): string {
  if (env.GITHUB_RUN_ID) {
    const repo = env.GITHUB_REPOSITORY ?? 'a repository';
    return `${repo} run ${env.GITHUB_RUN_ID} attempt ${env.GITHUB_RUN_ATTEMPT ?? '1'} job ${env.GITHUB_JOB ?? '?'}`;
  }
  return `cli pid ${process.pid} on ${hostname()}`;
}

export async function takePoolHold(o: PoolStart): Promise<PoolOutcome> {
  const alone = {
    kind: 'run' as const,
    ...(o.budgetMicros === undefined ? {} : { budgetMicros: o.budgetMicros }),
  };
  if ((o.workflow.budget?.pools ?? []).length === 0) return alone;
  let inputs: JsonObject;
  try {
    inputs = resolveInputs(o.workflow, o.inputs);
  } catch (error) {
    if (error instanceof InputError) return alone; // the engine refuses them, with its words
    throw error;
  }
  const worst = (await planOf(o.workflow, o.registry)).worstCaseMicros;
  try {
    const escrow = await escrowForRun({
      workflow: o.workflow,
      context: { inputs, github: o.github },
      storeUrl: o.storeUrl,
      storeContext: o.storeContext,
      ...(o.budgetMicros === undefined ? {} : { budgetMicros: o.budgetMicros }),
      ...(worst === undefined ? {} : { worstCaseMicros: worst }),
      ...(o.carriedMicros === undefined ? {} : { carriedMicros: o.carriedMicros }),
      // Unique per attempt: a continued run keeps its run id, never its lease.
      leaseId: `${o.runId}.${randomBytes(4).toString('hex')}`,
      holder: o.holder ?? holderOf(o.storeContext.env),
      now: o.now ?? (() => new Date()),
      warn: o.warn,
    });
    if (!escrow) return alone;
    return {
      kind: 'run',
      escrow,
      budgetMicros: escrow.budgetMicros,
      hold: {
        leaseId: escrow.leaseId,
        store: escrow.store.describe,
        heldMicros: escrow.heldMicros,
        carriedMicros: escrow.carriedMicros,
        pools: escrow.pools,
      },
    };
  } catch (error) {
    if (error instanceof PoolRefusedError)
      return { kind: 'stop', exitCode: 3, message: error.message };
    if (error instanceof PoolKeyError)
      return { kind: 'stop', exitCode: EXIT_INVALID, message: error.message };
    if (error instanceof PoolStoreError) {
      return {
        kind: 'stop',
        exitCode: 1,
        message: `${error.message}; nothing ran (a store that cannot be reached stops the run unless budget.on_store_error is run-alone)`,
      };
    }
    throw error;
  }
}

/**
 * Settles the run's hold to what it cost — in full when the cost is unknown (the run broke
 * off) — once; a sentence when that failed (the lease then expires and counts in full).
 */
export async function settlePoolHold(
  outcome: PoolOutcome,
  costMicros: number | undefined,
): Promise<string | undefined> {
  if (outcome.kind !== 'run' || !outcome.escrow) return undefined;
  const escrow = outcome.escrow;
  delete outcome.escrow;
  return settleRun(escrow, costMicros ?? escrow.carriedMicros + escrow.heldMicros, new Date());
}
