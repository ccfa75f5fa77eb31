// Issue #11's "Done when", with the real adapters: the README's fuller example (failing tests
// under continue_on_error → a model → a change → a gate → continue) in the CLI (--state,
// --approve) and the action (approval-mode: resume), a step timeout under continue_on_error,
// Docker down, and a secret a step echoes — against Docker, the local OpenAI and GitHub servers.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { prepareActionResume } from '../src/checkpoint/action-resume.js';
import type { CliIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/main.js';
import { runWorkflow } from '../src/engine/run.js';
import type { RunResult } from '../src/engine/types.js';
import { actionSetupHint } from '../src/action/main.js';
import { buildReport } from '../src/report/report.js';
import { renderSummary } from '../src/report/summary.js';
import { githubApprovalsFrom } from '../src/wiring/github-approvals.js';
import { newRunId } from '../src/wiring/run-id.js';
import { createServices } from '../src/wiring/services.js';
import { builtinKinds } from '../src/steps/index.js';
import { loadWorkflow } from '../src/workflow/load.js';
import type { JsonValue } from '../src/workflow/model.js';
import { echoHandler, promptsSeen } from './support/checkpoint-fixtures.js';
import { requireDocker, TEST_IMAGE } from './support/docker.js';
import { FAKE_API_KEY, startFakeOpenAi, type FakeOpenAi } from './support/fake-openai.js';
import { FakeGitHub, type FakeUser } from './support/fake-github.js';

const SECRET = 'tok-fuller-0123456789abcdef';

/** The README's fuller example, with the model's answer written into the checkout by a sandbox. */
const FULLER = `version: 1
name: fuller
defaults:
  llm: { model: gpt-4o-mini, max_tokens: 300, temperature: 0 }
steps:
  - id: tests
    continue_on_error: true
    sandbox:
      image: ${TEST_IMAGE}
      env: { MY_TOKEN: "\${{ env.MY_TOKEN }}" }
      run: echo "testing with $MY_TOKEN" && exit 1
  - id: diagnose
    if: \${{ steps.tests.outcome == 'failure' }}
    llm: { prompt: "Tests exited \${{ steps.tests.outputs.exit_code }}: fix them" }
  - id: fix
    sandbox:
      image: ${TEST_IMAGE}
      workspace: copy
      env: { FIX: "\${{ steps.diagnose.outputs.text }}" }
      run: printf '%s\\n' "$FIX" > fix.txt
  - id: review
    approval: { message: "Apply the fix?" }
  - id: after
    shell: { run: cat fix.txt }
outputs:
  applied: \${{ steps.after.outputs.stdout }}
`;

let ai: FakeOpenAi;
beforeAll(() => requireDocker());
beforeEach(async () => {
  ai = await startFakeOpenAi({ handler: echoHandler });
});
afterEach(async () => {
  await ai.close();
});

async function project(flow: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wflo-fuller-'));
  await writeFile(path.join(dir, 'flow.yml'), flow);
  return dir;
}

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  report: string;
}

async function wflo(dir: string, env: Record<string, string>, ...args: string[]): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    cwd: dir,
    env: {
      OPENAI_API_KEY: FAKE_API_KEY,
      OPENAI_BASE_URL: ai.baseURL,
      PATH: process.env.PATH,
      MY_TOKEN: SECRET,
      ...env,
    },
    onInterrupt: () => () => undefined,
    forceExit: () => undefined,
  };
  const code = await runCli(['run', 'flow.yml', '--report', 'r.json', ...args], io);
  const report = await readFile(path.join(dir, 'r.json'), 'utf8').catch(() => '');
  return { code, stdout, stderr, report };
}

describe('the fuller example in the CLI', () => {
  it('calls the model once and applies exactly the reviewed change, with the secret nowhere', async () => {
    const dir = await project(FULLER);
    const first = await wflo(dir, {}, '--state', 'st');
    expect(first.code, first.stderr).toBe(4);
    expect(JSON.parse(first.report)).toMatchObject({ status: 'waiting_approval' });
    expect(promptsSeen(ai)).toEqual(['Tests exited 1: fix them']);
    // Held for the gate: not in the checkout yet.
    await expect(readFile(path.join(dir, 'fix.txt'), 'utf8')).rejects.toThrow();

    const second = await wflo(dir, {}, '--state', 'st', '--approve', 'review');
    expect(second.code, second.stderr).toBe(0);
    // The failed tests (under continue_on_error) and the model are reused, not run or paid again.
    expect(second.stderr).toMatch(/^↺ tests reused from the checkpoint/m);
    expect(second.stderr).toMatch(/^↺ diagnose reused from the checkpoint/m);
    expect(second.stderr).not.toContain('▶ diagnose');
    expect(promptsSeen(ai)).toEqual(['Tests exited 1: fix them']);
    expect(await readFile(path.join(dir, 'fix.txt'), 'utf8')).toBe('<Tests exited 1: fix them>\n');
    const report = JSON.parse(second.report) as { status: string; outputs: { applied: string } };
    expect(report.status).toBe('succeeded');
    expect(report.outputs.applied).toBe('<Tests exited 1: fix them>\n');

    const everything = [first, second].flatMap((r) => [r.stdout, r.stderr, r.report]).join('\n');
    expect(first.stderr).toContain('testing with ***');
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(Buffer.from(SECRET).toString('base64').slice(0, 20));
  });

  it('lets the run go on after a step timeout under continue_on_error, killing within the grace', async () => {
    const dir = await project(`version: 1
name: timeout
steps:
  - id: stuck
    continue_on_error: true
    timeout: 1s
    sandbox:
      image: ${TEST_IMAGE}
      run: trap '' TERM; while :; do :; done
  - id: next
    shell: { run: echo next ran }
`);
    const started = Date.now();
    const ran = await wflo(dir, {});
    // The documented grace is 5 s (STOP_GRACE_MS): 1 s + 5 s, plus Docker's own time.
    expect(Date.now() - started).toBeLessThan(1000 + 5000 + 4000);
    expect(ran.code, ran.stderr).toBe(0);
    const report = JSON.parse(ran.report) as {
      status: string;
      steps: { id: string; status: string; outputs: { timed_out?: boolean } }[];
    };
    expect(report.status).toBe('succeeded');
    expect(report.steps.map((s) => [s.id, s.status])).toEqual([
      ['stuck', 'failed'],
      ['next', 'succeeded'],
    ]);
    expect(report.steps[0]?.outputs.timed_out).toBe(true);
  });

  it('fails the run with exit 1 and one sentence when Docker is down, whatever continue_on_error says', async () => {
    const dir = await project(FULLER);
    const ran = await wflo(dir, { DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
    expect(ran.code, ran.stderr).toBe(1);
    expect(JSON.parse(ran.report)).toMatchObject({ status: 'failed' });
    expect(promptsSeen(ai)).toEqual([]);
    // The status line; the workflow's outputs follow it.
    const line = ran.stdout.split('\n').find((l) => l.startsWith('wflo: ')) ?? '';
    expect(line).toMatch(
      /— Step 'tests' could not run: Docker could not inspect image wflo-test\/busybox:1: .*; start Docker \(or set DOCKER_HOST to a running engine\) and check the image exists\.$/,
    );
    expect(line).not.toMatch(/\.\.$/);
  });
});

describe('workflows-examples/fix-tests.yml with Docker down', () => {
  it('fails with exit 1 before the model is called, not green', async () => {
    const example = await readFile(
      new URL('../workflows-examples/fix-tests.yml', import.meta.url),
      'utf8',
    );
    const dir = await project(example);
    const ran = await wflo(dir, { DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
    expect(ran.code, ran.stderr).toBe(1);
    const report = JSON.parse(ran.report) as {
      status: string;
      steps: { id: string; status: string }[];
    };
    expect(report.status).toBe('failed');
    expect(report.steps.map((s) => [s.id, s.status])).toEqual([
      ['tests', 'failed'],
      ['diagnose', 'skipped'],
      ['approve', 'skipped'],
      ['apply', 'skipped'],
    ]);
    expect(promptsSeen(ai)).toEqual([]);
  });
});

describe('the fuller example in the action (approval-mode: resume)', () => {
  const SHA = '0123456789abcdef0123456789abcdef01234567';
  const TOKEN = 'ghs_fullerTestToken0000000000000000001';
  let gh: FakeGitHub;
  let reviewer: FakeUser;
  let ws: string;

  beforeEach(async () => {
    gh = await FakeGitHub.start({ owner: 'octo-org', repo: 'octo-repo', validate: true });
    const bot = gh.addUser('github-actions[bot]', { type: 'Bot' });
    gh.addToken(TOKEN, bot);
    const author = gh.addUser('author', { role: 'write' });
    reviewer = gh.addUser('reviewer', { role: 'write' });
    gh.addPull(7, SHA, author);
    ws = await project(FULLER);
  });
  afterEach(async () => {
    await gh.close();
  });

  const env = () => ({
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_API_URL: gh.url,
    GITHUB_SHA: SHA,
    OPENAI_API_KEY: FAKE_API_KEY,
    OPENAI_BASE_URL: ai.baseURL,
    PATH: process.env.PATH,
    MY_TOKEN: SECRET,
  });

  /** One job, as src/action/main.ts runs it (resume plan, GitHub gateway, setup hints). */
  async function job(eventName: string, event: JsonValue): Promise<RunResult | undefined> {
    const registry = builtinKinds();
    const workflow = await loadWorkflow(path.join(ws, 'flow.yml'), { registry });
    const plan = await prepareActionResume({
      env: env(),
      eventName,
      event,
      token: TOKEN,
      workflow,
      inputs: {},
      workspace: ws,
    });
    if (plan.kind !== 'run') return undefined;
    const approvals = githubApprovalsFrom({
      env: env(),
      token: TOKEN,
      approvalMode: 'resume',
      event,
    });
    return runWorkflow({
      workflow,
      inputs: {},
      registry,
      services: { ...createServices({ env: env() }), ...(approvals ? { approvals } : {}) },
      workspace: ws,
      tempDir: ws,
      runId: newRunId(),
      secrets: [TOKEN],
      setupHint: actionSetupHint,
      ...(plan.checkpoint ? { checkpoint: plan.checkpoint } : {}),
    });
  }

  it('calls the model once and applies exactly the reviewed change on /approve', async () => {
    const first = await job('pull_request', {
      action: 'opened',
      pull_request: { number: 7, head: { sha: SHA } },
    });
    expect(first?.status).toBe('waiting_approval');
    expect(promptsSeen(ai)).toEqual(['Tests exited 1: fix them']);

    gh.addComment(7, reviewer, '/approve');
    const second = await job('issue_comment', {
      action: 'created',
      issue: { number: 7, pull_request: { url: 'x' } },
      comment: { body: '/approve', user: { login: reviewer.login, type: reviewer.type } },
    });
    expect(second?.status).toBe('succeeded');
    expect(second?.steps.filter((s) => s.reused).map((s) => s.id)).toEqual([
      'tests',
      'diagnose',
      'fix',
    ]);
    expect(promptsSeen(ai)).toEqual(['Tests exited 1: fix them']);
    expect(await readFile(path.join(ws, 'fix.txt'), 'utf8')).toBe('<Tests exited 1: fix them>\n');

    // No surface the action publishes holds the secret: comments, summary, report.
    const published = [
      ...gh.comments.map((c) => c.body),
      ...[first, second].flatMap((r) =>
        r ? [renderSummary(r), JSON.stringify(buildReport(r))] : [],
      ),
    ].join('\n');
    expect(published).not.toContain(SECRET);
    expect(published).not.toContain(TOKEN);
  });
});
