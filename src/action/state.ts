// What main hands to post through the runner's state file (GITHUB_STATE → STATE_<name>).
import * as core from '@actions/core';
import type { StepKindRegistry } from '../engine/types.js';
import type { Workflow } from '../workflow/model.js';

export const STATE = {
  isPost: 'isPost',
  runId: 'run-id',
  tempDir: 'temp-dir',
  /** 'true' when the workflow has steps that start containers, so post must look for them. */
  usesContainers: 'uses-containers',
} as const;

export function isPost(): boolean {
  return core.getState(STATE.isPost) === 'true';
}

/**
 * Whether post must look for the run's containers: a step's kind starts some
 * (StepKind.usesContainers), so a cancel could leave them running.
 */
export function startsContainers(workflow: Workflow, registry: StepKindRegistry): boolean {
  return workflow.steps.some((s) => registry.get(s.kind)?.usesContainers === true);
}
