// Which events may continue a paused run (approval-mode: resume), decided from the payload alone.
import { describe, expect, it } from 'vitest';
import { resumeTriggerOf } from '../src/checkpoint/trigger.js';

const steps = ['plan', 'ship'];
const comment = (body: string, extra: object = {}) => ({
  action: 'created',
  issue: { number: 7, pull_request: { url: 'x' } },
  comment: { body, user: { login: 'reviewer', type: 'User' } },
  ...extra,
});
const review = (state: string, action = 'submitted') => ({
  action,
  pull_request: { number: 7 },
  review: { state, user: { login: 'reviewer', type: 'User' } },
});

describe('what may continue a paused run', () => {
  it('starts a run on pull_request and other events', () => {
    expect(resumeTriggerOf('pull_request', {}, steps)).toEqual({ kind: 'start' });
    expect(resumeTriggerOf('workflow_dispatch', {}, steps)).toEqual({ kind: 'start' });
  });

  it('takes /approve and /reject comments, with or without a step id, in any case', () => {
    for (const body of ['/approve', '/APPROVE ship', '/reject too risky', '/reject ship\nwhy'])
      expect(resumeTriggerOf('issue_comment', comment(body), steps)).toEqual({ kind: 'answer' });
  });

  it('lets a malformed command through, so the gate can say why it did not count', () => {
    expect(resumeTriggerOf('issue_comment', comment('/approved'), steps)).toEqual({
      kind: 'answer',
    });
  });

  it('ends at once on a comment that is no command, an edit, a bot, or a plain issue', () => {
    const why = (event: Parameters<typeof resumeTriggerOf>[1]) => {
      const t = resumeTriggerOf('issue_comment', event, steps);
      return t.kind === 'ignore' ? t.why : t.kind;
    };
    expect(why(comment('I know this looks fine'))).toBe(
      'the comment is not an /approve or /reject command',
    );
    expect(why(comment('/approve', { action: 'edited' }))).toBe(
      'only a new comment can answer a gate (edits never count)',
    );
    expect(
      why({ ...comment('/approve'), comment: { body: '/approve', user: { login: 'x[bot]' } } }),
    ).toBe('the comment is by a bot, and bots never answer a gate');
    expect(why({ ...comment('/approve'), issue: { number: 3 } })).toBe(
      'the comment is on an issue, not on a pull request',
    );
  });

  it('takes reviews that approve or request changes, and nothing else', () => {
    expect(resumeTriggerOf('pull_request_review', review('approved'), steps).kind).toBe('answer');
    expect(resumeTriggerOf('pull_request_review', review('CHANGES_REQUESTED'), steps).kind).toBe(
      'answer',
    );
    expect(resumeTriggerOf('pull_request_review', review('commented'), steps).kind).toBe('ignore');
    expect(resumeTriggerOf('pull_request_review', review('approved', 'edited'), steps).kind).toBe(
      'ignore',
    );
  });
});
