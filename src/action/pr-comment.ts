// The run's summary as one sticky pull-request comment (the `pr-comment` input): found
// again by a hidden marker and updated in place, so a PR carries one comment per workflow.
import { createRestClient, type PullRequestTarget } from '../github/client.js';

export type PrCommentTarget = PullRequestTarget;

/** GitHub refuses comments over 65,536 characters. */
const MAX_BODY = 65_000;

export function markerOf(workflowFile: string): string {
  // `--` would end the HTML comment early; the file name is the user's, so keep it inert.
  return `<!-- wflo:summary ${workflowFile.replace(/-->|--|[<>]/g, '_')} -->`;
}

/** Creates or updates the sticky comment; resolves to its URL. */
export async function upsertSummaryComment(
  target: PrCommentTarget,
  summary: string,
): Promise<string> {
  const client = createRestClient({ token: target.token, apiUrl: target.apiUrl });
  const marker = markerOf(target.workflowFile);
  const text =
    summary.length > MAX_BODY
      ? `${summary.slice(0, MAX_BODY)}\n\n…(cut; the job summary has it all)`
      : summary;
  const body = `${marker}\n${text}`;
  const where = { owner: target.owner, repo: target.repo };
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...where,
    issue_number: target.pullNumber,
    per_page: 100,
  });
  // Only a bot's comment is ours to update: a person could paste the marker into theirs.
  const mine = comments.find((c) => c.user?.type === 'Bot' && (c.body ?? '').startsWith(marker));
  if (mine) {
    const updated = await client.rest.issues.updateComment({ ...where, comment_id: mine.id, body });
    return updated.data.html_url;
  }
  const created = await client.rest.issues.createComment({
    ...where,
    issue_number: target.pullNumber,
    body,
  });
  return created.data.html_url;
}
