// What main hands to post through the runner's state file (GITHUB_STATE → STATE_<name>).
import * as core from '@actions/core';

export const STATE = {
  isPost: 'isPost',
  runId: 'run-id',
  tempDir: 'temp-dir',
} as const;

export function isPost(): boolean {
  return core.getState(STATE.isPost) === 'true';
}
