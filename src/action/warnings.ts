// The workflow's validation warnings (DESIGN.md §9: outside text on its way to power) as
// annotations on the workflow file's lines: the run goes on, the pull request shows them.
import * as core from '@actions/core';
import type { Workflow } from '../workflow/model.js';

export function annotateWarnings(workflow: Workflow): void {
  for (const w of workflow.warnings ?? []) {
    core.warning(w.message, {
      title: 'wflo: outside text reaches a model with power',
      file: w.file,
      startLine: w.line,
      startColumn: w.col,
    });
  }
}
