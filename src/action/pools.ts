// The action's budget pools: the store from the `budget-store` input, what a continued run
// carries, and the hold's lease kept in the action's state so post can settle a cancelled job.
import type { CheckpointOptions } from '../checkpoint/session.js';
import type { RunEscrow } from '../pools/run-pools.js';
import type { PoolSettings } from '../wiring/pools.js';
import type { ActionInputs } from './inputs.js';
import { STATE } from './state.js';

export function actionPools(
  inputs: ActionInputs,
  workspace: string,
  checkpoint: CheckpointOptions | undefined,
): PoolSettings {
  const carried = checkpoint?.resumeFrom?.ledger.spentMicros;
  return {
    storeUrl: inputs.budgetStore,
    storeContext: {
      env: process.env,
      cwd: workspace,
      ...(inputs.githubToken ? { githubToken: inputs.githubToken } : {}),
    },
    ...(carried === undefined ? {} : { carriedMicros: carried }),
  };
}

/** What post needs to settle the hold if main never gets to (a cancel, a crash). */
export function savePoolState(
  escrow: RunEscrow,
  save: (name: string, value: string) => void,
): void {
  save(STATE.poolLease, escrow.leaseId);
  save(STATE.poolStore, escrow.storeUrl);
  save(STATE.poolSettleMicros, String(escrow.heldMicros));
}
