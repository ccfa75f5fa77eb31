// The comment grammar and the rules that decide which answers count, without I/O.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../src/approval/commands.js';
import {
  evaluateAnswers,
  type Answer,
  type Authorize,
  type GateView,
} from '../src/github/decisions.js';
import { escapeText } from '../src/github/gate-comment.js';
import { effectiveRole } from '../src/github/permissions.js';

const STEPS = ['build', 'approve', 'deploy'];
const SHA = 'c0ffee'.repeat(6) + 'beef';

describe('the comment grammar', () => {
  it.each([
    ['/approve', { verb: 'approve', reason: '' }],
    ['/Approve', { verb: 'approve', reason: '' }],
    ['  /approve approve  ', { verb: 'approve', target: 'approve', reason: '' }],
    ['/approve deploy', { verb: 'approve', target: 'deploy', reason: '' }],
    ['/reject', { verb: 'reject', reason: '' }],
    ['/reject too risky', { verb: 'reject', reason: 'too risky' }],
    [
      '/reject approve too risky\nmore detail',
      { verb: 'reject', target: 'approve', reason: 'too risky\nmore detail' },
    ],
    ['/approve\nLGTM', { verb: 'approve', reason: 'LGTM' }],
  ])('reads %j', (body, expected) => {
    expect(parseCommand(body, STEPS)).toEqual(expected);
  });

  it.each([
    ["I'd /approve later"],
    ['/approved-ish'],
    ['/approved'],
    ['please /approve'],
    ['> /approve'],
    ['`/approve`'],
  ])('refuses %j as not a command', (body) => {
    expect(parseCommand(body, STEPS)).toMatchObject({ verb: 'invalid' });
  });

  it('refuses /approve followed by something that is not a step id', () => {
    expect(parseCommand('/approve please', STEPS)).toMatchObject({
      verb: 'invalid',
      reason: expect.stringContaining('not a step id'),
    });
    expect(parseCommand('/approve approve now', STEPS)).toMatchObject({ verb: 'invalid' });
  });

  it('passes over comments that do not mention a command', () => {
    expect(parseCommand('looks good to me', STEPS)).toEqual({ verb: 'none' });
  });
});

const view = (extra: Partial<GateView> = {}): GateView => ({
  stepId: 'approve',
  stepIds: STEPS,
  sha: SHA,
  openedAt: '2026-01-01T00:00:10Z',
  prAuthor: 'ada',
  selfLogins: ['github-actions[bot]'],
  policy: { permission: 'write', users: [], teams: [], min: 1, allowAuthor: false },
  ...extra,
});

let nextId = 1;
const comment = (
  login: string,
  body: string,
  at = '2026-01-01T00:01:00Z',
  extra: Partial<Answer> = {},
): Answer =>
  ({
    kind: 'comment',
    id: nextId++,
    body,
    user: { login, type: 'User' },
    createdAt: at,
    updatedAt: at,
    url: `https://example.test/${nextId}`,
    ...extra,
  }) as Answer;

const writers: Authorize = (login) =>
  Promise.resolve(
    ['bob', 'carol', 'ada'].includes(login)
      ? { ok: true, via: 'role write' }
      : { ok: false, reason: `${login} holds the read role` },
  );

describe('which answers count', () => {
  it('refuses a comment created before the gate opened, saying so', async () => {
    const result = await evaluateAnswers(
      [comment('bob', '/approve', '2026-01-01T00:00:05Z')],
      view(),
      writers,
    );
    expect(result.outcome).toBe('pending');
    expect(result.ignored[0]?.reason).toBe('it was written before the gate opened for this commit');
  });

  it('refuses a comment created in the same second the gate opened', async () => {
    const result = await evaluateAnswers(
      [comment('bob', '/approve', '2026-01-01T00:00:10Z')],
      view(),
      writers,
    );
    expect(result.outcome).toBe('pending');
  });

  it("skips wflo's own comments and anything carrying a gate marker, without a reason", async () => {
    const result = await evaluateAnswers(
      [
        comment('github-actions[bot]', '/approve'),
        comment('bob', '/approve\n<!-- wflo:gate run=1 step=approve sha=x opened=y -->'),
      ],
      view(),
      writers,
    );
    expect(result).toMatchObject({ outcome: 'pending', ignored: [] });
  });

  it('does not ask for permissions of answers refused earlier', async () => {
    const asked: string[] = [];
    const authorize: Authorize = (login) => {
      asked.push(login);
      return writers(login);
    };
    await evaluateAnswers(
      [
        comment('dependabot[bot]', '/approve', undefined, {
          user: { login: 'dependabot[bot]', type: 'Bot' },
        }),
        comment('ada', '/approve'),
      ],
      view(),
      authorize,
    );
    expect(asked).toEqual([]);
  });

  it('decides in the order the answers were written', async () => {
    const result = await evaluateAnswers(
      [
        comment('carol', '/reject', '2026-01-01T00:03:00Z'),
        comment('bob', '/approve', '2026-01-01T00:02:00Z'),
      ],
      view(),
      writers,
    );
    expect(result.outcome).toBe('approved');
    expect(result.approvals.map((a) => a.login)).toEqual(['bob']);
  });
});

describe('roles', () => {
  it('reads role_name, and for a custom role never more than the legacy field', () => {
    expect(effectiveRole({ role_name: 'maintain', permission: 'write' })).toBe('maintain');
    expect(effectiveRole({ role_name: 'triage', permission: 'read' })).toBe('triage');
    expect(effectiveRole({ role_name: 'security-auditor', permission: 'read' })).toBe('read');
    expect(effectiveRole({ role_name: 'none', permission: 'none' })).toBe('none');
  });
});

describe('escaping text for the gate comment', () => {
  it('neutralises HTML, markers, mentions and issue references', () => {
    const out = escapeText('<!-- wflo:gate --> <img src=x> @octocat @org/team #42 & done');
    expect(out).not.toMatch(/<|>/);
    expect(out).not.toMatch(/@[a-z]/);
    expect(out).not.toMatch(/#4/);
    expect(out).toContain('&amp; done');
  });

  it('caps a very long message', () => {
    expect(escapeText('x'.repeat(50_000)).length).toBeLessThan(21_000);
  });
});
