// The action's approval gateway: gates are asked on the pull request the job runs for.
import type { ApprovalGateway } from '../github/gateway.js';
import { createGitHubGateway } from '../github/github-gateway.js';
import type { JsonObject, JsonValue } from '../workflow/model.js';

export interface GitHubApprovalSettings {
  env: Record<string, string | undefined>;
  token?: string;
  /** `wait` polls in the job; `resume` looks once and leaves the gate waiting. */
  approvalMode: 'wait' | 'resume';
  /** The event payload (`github.event`). */
  event?: JsonValue;
  log?: (message: string) => void;
}

const objectAt = (value: JsonValue | undefined, key: string): JsonObject | undefined => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const inner = value[key];
  return inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? inner : undefined;
};

/** The pull request number of `pull_request`, `pull_request_review` and PR `issue_comment` events. */
export function pullNumberOf(event: JsonValue | undefined): number | undefined {
  const pr = objectAt(event, 'pull_request');
  if (typeof pr?.number === 'number') return pr.number;
  const issue = objectAt(event, 'issue');
  if (issue && objectAt(issue, 'pull_request') && typeof issue.number === 'number')
    return issue.number;
  return undefined;
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
    mode: settings.approvalMode === 'wait' ? 'wait' : 'check',
    ...(settings.log ? { log: settings.log } : {}),
  });
}
