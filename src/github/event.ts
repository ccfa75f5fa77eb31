// What wflo reads of a GitHub event payload (`github.event`).
import type { JsonObject, JsonValue } from '../workflow/model.js';

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
