// The held diff in the gate comment, rendered as GitHub renders it (cmark-gfm): whatever the
// changed files contain, it stays one literal, collapsed code block and the comment fits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileDiff } from '../src/checkout/diff.js';
import { COMMENT_LIMIT, renderGateComment, supersededBody } from '../src/github/gate-comment.js';
import type { Gate } from '../src/approval/gateway.js';
import type { IgnoredAnswer } from '../src/github/decisions.js';
import { renderGfm } from './support/gfm.js';

const SHA = 'b2'.repeat(20);
const state = { runId: 'r1', stepId: 'approve', sha: SHA, openedAt: '2026-01-01T00:00:00Z' };

function gateWith(diff: FileDiff[], message = 'Apply the fix?'): Gate {
  return {
    runId: 'r1',
    stepId: 'approve',
    stepIds: ['fix', 'approve'],
    message,
    approvers: { permission: 'write', users: [], teams: [], min: 1, allowAuthor: false },
    onTimeout: 'fail',
    diff,
  };
}

function fileDiff(path: string, lines: string[]): FileDiff {
  const body = lines.map((l) => `+${l}\n`).join('');
  return {
    step: 'fix',
    path,
    patch: `diff --git a/${path} b/${path}\nnew file mode 100644\n--- /dev/null\n+++ b/${path}\n@@ -0,0 +1,${lines.length} @@\n${body}`,
    additions: lines.length,
    deletions: 0,
  };
}

function render(gate: Gate, ignored: IgnoredAnswer[] = []): string {
  return renderGateComment({
    gate,
    state,
    phase: { phase: 'open', approvals: [] },
    ignored,
    now: '2026-01-01T00:00:01Z',
  });
}

const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the held diff in the gate comment', () => {
  it('renders as one collapsed, literal code block whatever the files hold', () => {
    const line = fc.string({
      unit: fc.constantFrom(
        '`',
        '```',
        '</details>',
        '<script>',
        '&amp;',
        '@octocat',
        '#1',
        '~~~',
        'x',
        ' ',
        '<!--',
      ),
      maxLength: 30,
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const diff = fileDiff('src/a.ts', lines);
        const html = renderGfm(render(gateWith([diff])));
        const details = html.slice(html.indexOf('<details>'));
        expect(details.match(/<details>/g)).toHaveLength(1);
        expect(details).not.toMatch(/<details open/);
        expect(details.match(/<pre>/g)).toHaveLength(1);
        const code = /<pre><code class="language-diff">([\s\S]*?)<\/code><\/pre>/.exec(
          details,
        )?.[1];
        expect(decode(code ?? '')).toBe(diff.patch);
        // Nothing inside became a tag, a link or a mention.
        expect(details).not.toMatch(/<script|<a /);
      }),
      { numRuns: 40 },
    );
  });

  it('cuts a diff too long for a comment, says what was left out and where all of it is', () => {
    const big = Array.from({ length: 40 }, (_, i) =>
      fileDiff(
        `src/file-${i}.ts`,
        Array.from({ length: 60 }, (_, j) => `line ${j} `.repeat(4)),
      ),
    );
    const ignored: IgnoredAnswer[] = Array.from({ length: 800 }, (_, i) => ({
      kind: 'comment',
      id: i,
      login: `outsider${i}`,
      url: `https://github.com/o/r/pull/7#issuecomment-${i}`,
      reason: 'not a collaborator '.repeat(10),
    }));
    for (const answers of [[], ignored]) {
      const body = render(gateWith(big, '<'.repeat(30_000)), answers);
      expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      const html = renderGfm(body);
      expect(html).toMatch(
        /Not shown here<\/strong> \(too long for a comment\): the last \d+ lines of src\/file-\d+\.ts and \d+ files \(src\/file-/,
      );
      expect(html).toContain('changes[].diff');
      expect(html).toContain('Held changes: 40 files, +2400 −0');
      expect(html.match(/<pre>/g)).toHaveLength(1);
      if (answers.length > 0) expect(html).toContain('Answers not counted');
    }
  });

  it('shows the whole diff when it fits, with no note', () => {
    const html = renderGfm(render(gateWith([fileDiff('README.md', ['hello'])])));
    expect(html).toContain(
      '<summary>Held changes: 1 file, +1 −0 (from <code>fix</code>)</summary>',
    );
    expect(html).not.toContain('Not shown');
  });
});

describe('a superseded gate comment', () => {
  it('stays within the limit even when the old one filled it', () => {
    const big = Array.from({ length: 40 }, (_, i) =>
      fileDiff(
        `src/file-${i}.ts`,
        Array.from({ length: 60 }, (_, j) => `line ${j} `.repeat(4)),
      ),
    );
    const old = render(gateWith(big, 'x'));
    expect(old.length).toBeGreaterThan(COMMENT_LIMIT - 4_000);
    const url = `https://github.com/o/r/pull/7#issuecomment-${'9'.repeat(COMMENT_LIMIT)}`;
    const body = supersededBody(old, url.slice(0, 3_000), '2026-01-02T00:00:00Z') ?? '';
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain('**Superseded** by');
    expect(renderGfm(body)).not.toContain('<strong>How:</strong>');
  });
});
