// An approval gate through the built action, against the local GitHub (fake-github.ts).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_GITHUB_TOKEN, runAction } from './support/action-harness.js';
import { FakeGitHub, type FakeUser } from './support/fake-github.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const GATED =
  'version: 1\nname: gated\nsteps:\n  - id: ship\n    approval: { message: "Ship it?" }\n  - id: after\n    shell: { run: "echo shipped" }\n';

let gh: FakeGitHub;
let bot: FakeUser;
let reviewer: FakeUser;

beforeEach(async () => {
  gh = await FakeGitHub.start({ owner: 'octo-org', repo: 'octo-repo', validate: true });
  bot = gh.addUser('github-actions[bot]', { type: 'Bot' });
  gh.addToken(FAKE_GITHUB_TOKEN, bot);
  const author = gh.addUser('author', { role: 'write' });
  reviewer = gh.addUser('reviewer', { role: 'write' });
  gh.addPull(7, SHA, author);
});

afterEach(async () => {
  await gh.close();
});

async function workspace(): Promise<string> {
  const ws = await mkdtemp(path.join(tmpdir(), 'wflo-ws-'));
  await writeFile(path.join(ws, 'gated.yml'), GATED);
  return ws;
}

const pullRequestEvent = { pull_request: { number: 7, head: { sha: SHA } } };
const gateComments = () =>
  gh.comments.filter(
    (c) => c.issue === 7 && c.user.login === bot.login && c.body.startsWith('<!-- wflo:gate '),
  );

describe('an approval gate in the action', () => {
  it(
    'asks on the pull request and continues once a writer comments /approve',
    { timeout: 90_000 },
    async () => {
      const { main } = await runAction({
        workspace: await workspace(),
        with: { workflow: 'gated.yml' },
        eventName: 'pull_request',
        eventPayload: pullRequestEvent,
        env: { GITHUB_API_URL: gh.url, GITHUB_SHA: SHA },
        timeoutMs: 80_000,
        async duringMain() {
          while (gateComments().length === 0) await new Promise((r) => setTimeout(r, 100));
          gh.addComment(7, reviewer, '/approve');
        },
      });
      expect(main.exitCode, main.stdout + main.stderr).toBe(0);
      expect(main.outputs.status).toBe('succeeded');
      expect(gateComments()[0]?.body).toContain('Ship it?');
      expect(main.stdout).toContain('shipped');
      expect(gh.violations).toEqual([]);
    },
  );

  it(
    'in resume mode, asks once and ends the job waiting at the gate',
    { timeout: 60_000 },
    async () => {
      const { main } = await runAction({
        workspace: await workspace(),
        with: { workflow: 'gated.yml', 'approval-mode': 'resume' },
        eventName: 'pull_request',
        eventPayload: pullRequestEvent,
        env: { GITHUB_API_URL: gh.url, GITHUB_SHA: SHA },
      });
      expect(main.outputs.status, main.stdout + main.stderr).toBe('waiting_approval');
      expect(gateComments()).toHaveLength(1);
      expect(main.stdout).not.toContain('shipped');
      expect(main.summary).toContain('waiting approval');
    },
  );
});

describe('the pr-comment input', () => {
  it(
    'posts the summary as one comment and updates it in place on the next run',
    { timeout: 60_000 },
    async () => {
      const ws = await mkdtemp(path.join(tmpdir(), 'wflo-ws-'));
      await writeFile(
        path.join(ws, 'w.yml'),
        'version: 1\nname: noisy\nsteps:\n  - id: a\n    shell: { run: "true" }\n',
      );
      // Someone pasting the marker into their own comment does not capture the sticky comment.
      gh.addComment(7, reviewer, '<!-- wflo:summary w.yml -->\nnot wflo');
      const run = () =>
        runAction({
          workspace: ws,
          with: { workflow: 'w.yml', 'pr-comment': 'always' },
          eventName: 'pull_request',
          eventPayload: pullRequestEvent,
          env: { GITHUB_API_URL: gh.url },
        });
      const first = await run();
      expect(first.main.exitCode, first.main.stdout).toBe(0);
      const mine = () => gh.comments.filter((c) => c.issue === 7 && c.user.login === bot.login);
      expect(mine()).toHaveLength(1);
      expect(mine()[0]?.body).toMatch(/^<!-- wflo:summary w\.yml -->\n## ✅ wflo: noisy succeeded/);
      const second = await run();
      expect(second.main.exitCode).toBe(0);
      expect(mine()).toHaveLength(1);
      expect(gh.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
      expect(gh.violations).toEqual([]);
    },
  );

  it('does not comment on success when set to on-failure', async () => {
    const ws = await mkdtemp(path.join(tmpdir(), 'wflo-ws-'));
    await writeFile(
      path.join(ws, 'w.yml'),
      'version: 1\nname: quiet\nsteps:\n  - id: a\n    shell: { run: "true" }\n',
    );
    const { main } = await runAction({
      workspace: ws,
      with: { workflow: 'w.yml', 'pr-comment': 'on-failure' },
      eventName: 'pull_request',
      eventPayload: pullRequestEvent,
      env: { GITHUB_API_URL: gh.url },
    });
    expect(main.exitCode).toBe(0);
    expect(gateComments()).toHaveLength(0);
  });
});
