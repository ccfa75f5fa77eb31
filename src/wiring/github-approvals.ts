// The action's approval gateway: gates are asked on the pull request the job runs for.
import type { ApprovalGateway } from '../approval/gateway.js';
import { createGitHubGateway } from '../github/github-gateway.js';
import type { JsonValue } from '../workflow/model.js';
import { pullNumberOf } from '../github/event.js';

export interface GitHubApprovalSettings {
  env: Record<string, string | undefined>;
  token?: string;
  /** `wait` polls in the job; `resume` looks once and leaves the gate waiting. */
  approvalMode: 'wait' | 'resume';
  /** The event payload (`github.event`). */
  event?: JsonValue;
  /** The workflow file: gate comments of other workflows on the pull request are not this run's. */
  workflowFile?: string;
  log?: (message: string) => void;
}

/** Undefined without a token or a repository: an approval step then says what to configure. */
export function githubApprovalsFrom(settings: GitHubApprovalSettings): ApprovalGateway | undefined {
  const [owner, repo] = (settings.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!settings.token || !owner || !repo) return undefined;
  const pullNumber = pullNumberOf(settings.event);
  return createGitHubGateway({
    token: settings.token,
    apiUrl: settings.env.GITHUB_API_URL || 'https://api.github.com',
    owner,
    repo,
    ...(pullNumber === undefined ? {} : { pullNumber }),
    ...(settings.workflowFile === undefined ? {} : { workflowFile: settings.workflowFile }),
    mode: settings.approvalMode === 'wait' ? 'wait' : 'check',
    // The action keeps no artifact of its own: the report is the step's `report-file` output.
    fullDiffAt:
      "the run report's `changes[].diff` (the wflo step's `report-file` output: upload it with actions/upload-artifact to read it)",
    ...(settings.log ? { log: settings.log } : {}),
  });
}

/**
 * Why an approval step cannot ask anyone in this job, for the pre-flight; undefined when it
 * can. The action asks on the job's pull request, so an event without one (a `push`, a
 * schedule) leaves a gate nobody can answer.
 */
export function gateUnavailableReason(
  gateway: ApprovalGateway | undefined,
  event: JsonValue | undefined,
  env: Record<string, string | undefined>,
): string | undefined {
  if (gateway === undefined)
    return 'the job has no github-token input or GITHUB_REPOSITORY to ask on GitHub with';
  if (pullNumberOf(event) !== undefined) return undefined;
  const name = env.GITHUB_EVENT_NAME || 'this';
  return `the job runs for a ${name} event, which has no pull request to ask in`;
}
