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
    mode: settings.approvalMode === 'wait' ? 'wait' : 'check',
    ...(settings.log ? { log: settings.log } : {}),
  });
}
