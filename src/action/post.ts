// The post phase only cleans up and only warns: it never fails the job. Docker owns the
// containers, not the runner, so after a cancel they are still running until removed here.
import { rm } from 'node:fs/promises';
import * as core from '@actions/core';
import { removeRunResources } from '../sandbox/cleanup.js';
import { createDockerRuntime } from '../sandbox/docker-runtime.js';
import { settleLease } from '../pools/run-pools.js';
import { STATE } from './state.js';
import { messageOf } from '../common/errors.js';

export async function runPost(): Promise<void> {
  const runId = core.getState(STATE.runId);
  const tempDir = core.getState(STATE.tempDir);
  if (runId && core.getState(STATE.usesContainers) === 'true') {
    try {
      const removed = await removeRunResources(createDockerRuntime(), runId);
      if (removed > 0)
        core.info(`wflo: removed ${removed} container(s) and volume(s) of run ${runId}`);
    } catch (err) {
      core.warning(`wflo could not remove the containers of run ${runId}: ${messageOf(err)}`);
    }
  }
  const lease = core.getState(STATE.poolLease);
  if (lease && core.getState(STATE.poolSettled) !== 'true') {
    // Main settles when it ends (and says so: then post asks the store nothing); after a
    // cancel it did not, and what the run spent is unknown here: the hold is settled in full.
    const unsettled = await settleLease(
      core.getState(STATE.poolStore),
      { env: process.env, cwd: process.env.GITHUB_WORKSPACE || process.cwd(), ...tokenOf() },
      lease,
      Number(core.getState(STATE.poolSettleMicros)) || 0,
      new Date(),
    );
    if (unsettled) core.warning(`wflo ${unsettled}`);
  }
  try {
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
    core.info(`wflo: cleaned up after run ${runId || '(none)'}`);
  } catch (err) {
    core.warning(`wflo could not remove the scratch directory of run ${runId}: ${messageOf(err)}`);
  }
}

function tokenOf(): { githubToken?: string } {
  const token = core.getInput('github-token');
  return token ? { githubToken: token } : {};
}
