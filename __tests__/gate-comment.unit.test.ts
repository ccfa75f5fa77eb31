// The gate comment is written from text anyone may influence (the gate's message, answers
// from outsiders on a public pull request): whatever they write, GitHub must accept it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CountedAnswer, IgnoredAnswer } from '../src/github/decisions.js';
import { COMMENT_LIMIT, escapeText, quote, renderGateComment } from '../src/github/gate-comment.js';
import type { Gate } from '../src/approval/gateway.js';

const SHA = 'a1'.repeat(20);

function gate(message: string): Gate {
  return {
    runId: '1234',
    stepId: 'approve',
    stepIds: ['approve'],
    message,
    approvers: { permission: 'write', users: [], teams: [], min: 2, allowAuthor: false },
    onTimeout: 'fail',
  };
}

const login = fc.stringMatching(/^[A-Za-z0-9-]{1,39}$/);
const text = fc.oneof(
  fc.string({ maxLength: 2_000 }),
  fc.string({ unit: fc.constantFrom('<', '>', '&', '\n', '@a', '#1', '😀'), maxLength: 40_000 }),
  fc.nat({ max: 120_000 }).map((n) => '<'.repeat(n)),
);
const counted: fc.Arbitrary<CountedAnswer> = fc.record({
  login,
  at: fc.constant('2026-01-01T00:00:00Z'),
  url: fc.constant('https://github.com/o/r/pull/7#issuecomment-1'),
  reason: text,
  via: fc.constant('role write'),
});
const ignored: fc.Arbitrary<IgnoredAnswer> = fc.record({
  kind: fc.constantFrom('comment' as const, 'review' as const),
  id: fc.nat(),
  login,
  url: fc.constant('https://github.com/o/r/pull/7#issuecomment-2'),
  reason: text,
});

describe('the gate comment', () => {
  it('never exceeds GitHub’s 65,536 characters, whatever the message and the answers', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(counted, { maxLength: 3 }),
        fc.array(ignored, { maxLength: 1_500, size: 'large' }),
        fc.constantFrom('open', 'approved', 'rejected'),
        (message, answers, notCounted, phase) => {
          const body = renderGateComment({
            gate: gate(message),
            state: { runId: '1234', stepId: 'approve', sha: SHA, openedAt: '2026-01-01T00:00:00Z' },
            phase:
              phase === 'open'
                ? { phase, approvals: answers }
                : { phase, answers, byPolicy: false },
            ignored: notCounted,
            now: '2026-01-01T00:00:01Z',
          });
          expect([...body].length).toBeLessThanOrEqual(COMMENT_LIMIT);
          // Nothing an outsider wrote opens a tag or a hidden marker.
          const prose = body
            .split('\n')
            .slice(1)
            .join('\n')
            .replace(/`[^`\n]*`/g, '');
          expect(prose).not.toMatch(/<(?!details>|\/details>|summary>|\/summary>)/);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('cuts the message after escaping, never inside a character reference or a surrogate pair', () => {
    const cut = escapeText('<'.repeat(30_000));
    expect(cut.length).toBeLessThanOrEqual(20_000);
    expect(cut).toMatch(/^(&lt;)+… \(truncated\)$/);
    const emoji = escapeText('😀'.repeat(15_000));
    expect(emoji).toMatch(/^(😀)+… \(truncated\)$/);
    expect(quote('\n'.repeat(50_000)).length).toBeLessThanOrEqual(20_002);
    expect(escapeText('short & sweet')).toBe('short &amp; sweet');
  });
});
