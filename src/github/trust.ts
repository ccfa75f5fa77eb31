// Whether the event a job runs for comes from someone the repository trusts (DESIGN.md §9): a
// pull request from a fork, or a triggering author without write permission, is untrusted.
// Read live (the PR of a comment, the author's role), and failing closed when it cannot be read.
import type { JsonObject, JsonValue } from '../workflow/model.js';
import { httpStatus, type ConditionalReader } from './client.js';
import { pullNumberOf } from './event.js';
import { roleRank } from '../approval/gateway.js';
import { readRole, type Repository } from './permissions.js';

export type EventTrust = { trusted: true } | { trusted: false; why: string };

/** Events a person without write access can start; others (push, schedule, dispatch) need write. */
const OPEN_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
  'issue_comment',
  'issues',
  'discussion',
  'discussion_comment',
  // Runs with secrets after a fork's pull_request workflow finished.
  'workflow_run',
]);

const objectAt = (value: JsonValue | undefined, key: string): JsonObject | undefined => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const inner = value[key];
  return inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? inner : undefined;
};

const stringAt = (value: JsonObject | undefined, key: string): string | undefined =>
  typeof value?.[key] === 'string' ? value[key] : undefined;

/** A head with `repo` (null when the fork was deleted), as every real payload has. */
function hasHeadRepo(pull: JsonObject | undefined): boolean {
  const head = objectAt(pull, 'head');
  return head !== undefined && 'repo' in head;
}

export interface TrustQuestion {
  eventName: string | undefined;
  event: JsonValue | undefined;
  repository: Repository;
  /** Reads GitHub with the job's token; absent when there is none (then nothing can be checked). */
  reader?: ConditionalReader;
  signal?: AbortSignal;
}

/** Trusted, or why not in a clause (`the pull request comes from the fork mallory/repo`). */
export async function eventTrust(q: TrustQuestion): Promise<EventTrust> {
  if (q.eventName === undefined || !OPEN_EVENTS.has(q.eventName)) return { trusted: true };
  const { owner, repo } = q.repository;
  const own = `${owner}/${repo}`.toLowerCase();
  if (!q.reader) {
    return {
      trusted: false,
      why: `there is no github-token to read who started this ${q.eventName} event`,
    };
  }
  try {
    let pull = objectAt(q.event, 'pull_request');
    const number = pullNumberOf(q.event);
    if (!hasHeadRepo(pull) && number !== undefined) {
      // A comment's payload has no head: the pull request says where it comes from.
      const enc = encodeURIComponent;
      pull = (
        await q.reader.get<JsonObject>(
          `/repos/${enc(owner)}/${enc(repo)}/pulls/${number}`,
          q.signal,
        )
      ).data;
    }
    const run = objectAt(q.event, 'workflow_run');
    const runRepo = stringAt(objectAt(run, 'head_repository'), 'full_name');
    if (run && runRepo?.toLowerCase() !== own) {
      return {
        trusted: false,
        why: `the workflow run it follows comes from ${runRepo ?? 'a deleted fork'}`,
      };
    }
    const head = objectAt(pull, 'head');
    if (head) {
      const headRepo = objectAt(head, 'repo');
      const name = stringAt(headRepo, 'full_name');
      if (!headRepo || !name)
        return { trusted: false, why: 'the pull request comes from a deleted fork' };
      if (name.toLowerCase() !== own)
        return { trusted: false, why: `the pull request comes from the fork ${name}` };
    }
    // The sender started the event; a payload without one is read by who wrote what it carries.
    const login = [
      objectAt(q.event, 'sender'),
      objectAt(objectAt(q.event, 'comment'), 'user'),
      objectAt(objectAt(q.event, 'review'), 'user'),
      objectAt(pull, 'user'),
      objectAt(objectAt(q.event, 'issue'), 'user'),
    ]
      .map((who) => stringAt(who, 'login'))
      .find((l) => l !== undefined);
    if (!login)
      return { trusted: false, why: `the ${q.eventName} event names nobody who started it` };
    const role = await readRole(q.reader, q.repository, login, q.signal);
    if (roleRank(role) < roleRank('write')) {
      return {
        trusted: false,
        why:
          role === 'none'
            ? `${login}, who started it, is not a collaborator of ${owner}/${repo}`
            : `${login}, who started it, holds the ${role} role, not write`,
      };
    }
    return { trusted: true };
  } catch (error) {
    const status = httpStatus(error);
    return {
      trusted: false,
      why: `wflo could not read who started it (GitHub answered ${status ?? 'nothing'})`,
    };
  }
}
