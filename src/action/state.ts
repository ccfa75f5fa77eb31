// What main hands to post through the runner's state file (GITHUB_STATE → STATE_<name>).
import * as core from '@actions/core';

export const STATE = {
  isPost: 'isPost',
  runId: 'run-id',
  tempDir: 'temp-dir',
  /** 'true' when the workflow has steps that start containers, so post must look for them. */
  usesContainers: 'uses-containers',
  /** The budget pools' hold, so post settles it after a cancel (in full: what it cost is unknown there). */
  poolLease: 'pool-lease',
  poolStore: 'pool-store',
  poolSettleMicros: 'pool-settle-micros',
  /** 'true' once main settled the hold: post then asks the store nothing. */
  poolSettled: 'pool-settled',
} as const;

export function isPost(): boolean {
  return core.getState(STATE.isPost) === 'true';
}
