// What started this job, as `approval-mode: resume` sees it: a run to start, an answer that may
// decide a paused gate, or an event that cannot decide anything and ends the job at once
// (no API call, no model call: most comments on a pull request are not for wflo).
import { parseCommand } from '../approval/commands.js';
import type { JsonObject, JsonValue } from '../workflow/model.js';

export type ResumeTrigger =
  { kind: 'start' } | { kind: 'answer' } | { kind: 'ignore'; why: string };

const objectAt = (value: JsonValue | undefined, key: string): JsonObject | undefined => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const inner = value[key];
  return inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? inner : undefined;
};
const stringAt = (value: JsonObject | undefined, key: string): string =>
  typeof value?.[key] === 'string' ? value[key] : '';

const isBot = (user: JsonObject | undefined) =>
  stringAt(user, 'type') === 'Bot' || /\[bot\]$/i.test(stringAt(user, 'login'));

export function resumeTriggerOf(
  eventName: string | undefined,
  event: JsonValue | undefined,
  stepIds: readonly string[],
): ResumeTrigger {
  if (eventName === 'issue_comment') {
    const comment = objectAt(event, 'comment');
    if (stringAt(event as JsonObject, 'action') !== 'created')
      return { kind: 'ignore', why: 'only a new comment can answer a gate (edits never count)' };
    if (!objectAt(objectAt(event, 'issue'), 'pull_request'))
      return { kind: 'ignore', why: 'the comment is on an issue, not on a pull request' };
    if (isBot(objectAt(comment, 'user')))
      return { kind: 'ignore', why: 'the comment is by a bot, and bots never answer a gate' };
    // A malformed command goes on, so the gate can say why it did not count.
    if (parseCommand(stringAt(comment, 'body'), stepIds).verb === 'none')
      return { kind: 'ignore', why: 'the comment is not an /approve or /reject command' };
    return { kind: 'answer' };
  }
  if (eventName === 'pull_request_review') {
    const review = objectAt(event, 'review');
    if (stringAt(event as JsonObject, 'action') !== 'submitted')
      return { kind: 'ignore', why: 'only a submitted review can answer a gate' };
    if (isBot(objectAt(review, 'user')))
      return { kind: 'ignore', why: 'the review is by a bot, and bots never answer a gate' };
    const state = stringAt(review, 'state').toLowerCase();
    if (state !== 'approved' && state !== 'changes_requested')
      return {
        kind: 'ignore',
        why: 'the review neither approves nor requests changes, so it does not answer a gate',
      };
    return { kind: 'answer' };
  }
  return { kind: 'start' };
}
