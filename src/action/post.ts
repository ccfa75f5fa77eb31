// The post phase only cleans up and only warns: it never fails the job.
import { rm } from 'node:fs/promises';
import * as core from '@actions/core';
import { STATE } from './state.js';

export async function runPost(): Promise<void> {
  const runId = core.getState(STATE.runId);
  const tempDir = core.getState(STATE.tempDir);
  try {
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
    core.info(`wflo: cleaned up after run ${runId || '(none)'}`);
  } catch (err) {
    core.warning(
      `wflo: could not clean up after run ${runId}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}
