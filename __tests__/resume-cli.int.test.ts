// `wflo run --state DIR` in-process with the real engine, the real openai client and the local
// OpenAI server: a run paused at a gate continues with --approve, paying for nothing twice.
import { chmod, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/main.js';
import { echoHandler, promptsSeen } from './support/checkpoint-fixtures.js';
import { wfloIn } from './support/cli-io.js';
import { requireDocker, TEST_IMAGE } from './support/docker.js';
import { FAKE_API_KEY, startFakeOpenAi, type FakeOpenAi } from './support/fake-openai.js';

let fake: FakeOpenAi;
beforeEach(async () => {
  fake = await startFakeOpenAi({
    // Each answer quotes the prompt it got, so later prompts show where their text came from.
    handler: echoHandler,
  });
});
afterEach(async () => {
  await fake.close();
});

const FLOW = `version: 1
name: resumable
inputs:
  task: { type: string, default: fix the tests }
defaults:
  llm: { model: gpt-4o-mini, max_tokens: 300, temperature: 0 }
steps:
  - id: plan
    needs: []
    llm: { prompt: "Plan: \${{ inputs.task }}" }
  - id: write
    needs: [plan]
    llm: { prompt: "Write from \${{ steps.plan.outputs.text }}" }
  - id: check
    needs: []
    shell: { run: "echo checked >> checks.txt" }
  - id: gate
    needs: [write, check]
    approval: { message: Ship it? }
  - id: summary
    needs: [gate]
    llm: { prompt: "Summarise \${{ steps.write.outputs.text }}" }
outputs:
  summary: \${{ steps.summary.outputs.text }}
`;

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  report: {
    status: string;
    cost_usd: number;
    steps: { id: string; cost_usd: number; status: string }[];
    changes?: {
      step: string;
      outcome: string;
      files: number;
      reason: string | null;
      diff: string | null;
    }[];
  };
}

async function wflo(dir: string, ...args: string[]): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    cwd: dir,
    env: { OPENAI_API_KEY: FAKE_API_KEY, OPENAI_BASE_URL: fake.baseURL, PATH: process.env.PATH },
    onInterrupt: () => () => undefined,
    forceExit: () => undefined,
  };
  const code = await runCli(
    ['run', path.join(dir, 'flow.yml'), '--state', 'st', '--report', 'r.json', ...args],
    io,
  );
  let report: Ran['report'] = { status: '', cost_usd: -1, steps: [] };
  try {
    report = JSON.parse(await readFile(path.join(dir, 'r.json'), 'utf8')) as Ran['report'];
  } catch {
    // No report: the run did not start (the test says which).
  }
  return { code, stdout, stderr, report };
}

async function project(flow = FLOW): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wflo-resume-cli-'));
  await writeFile(path.join(dir, 'flow.yml'), flow);
  return dir;
}

const prompts = () => promptsSeen(fake);
const stepCost = (run: Ran, id: string) => run.report.steps.find((s) => s.id === id)?.cost_usd ?? 0;

describe('wflo run --state DIR', () => {
  it('stops at the gate with exit 4, then continues with --approve without calling the model again', async () => {
    const dir = await project();
    const first = await wflo(dir);
    expect(first.code, first.stderr).toBe(4);
    expect(first.report.status).toBe('waiting_approval');
    expect(prompts()).toEqual(['Plan: fix the tests', 'Write from <Plan: fix the tests>']);
    expect(first.report.cost_usd).toBeGreaterThan(0);

    const second = await wflo(dir, '--approve', 'gate');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('continuing run');
    expect(second.stderr).toMatch(/^↺ plan reused from the checkpoint, \$0\.\d+ spent before$/m);
    expect(second.stderr).not.toContain('▶ plan');
    expect(second.report.status).toBe('succeeded');
    // Each call exactly once across both runs; the summary read the reused step's output.
    expect(prompts()).toEqual([
      'Plan: fix the tests',
      'Write from <Plan: fix the tests>',
      'Summarise <Write from <Plan: fix the tests>>',
    ]);
    expect(await readFile(path.join(dir, 'checks.txt'), 'utf8')).toBe('checked\n');
    // The ledger's total is the sum over the runs: what run 1 spent plus the one new call.
    expect(second.report.cost_usd).toBeCloseTo(
      first.report.cost_usd + stepCost(second, 'summary'),
      6,
    );
    expect(stepCost(second, 'plan')).toBe(stepCost(first, 'plan'));

    // A finished run is not continued: the next run starts over.
    const third = await wflo(dir, '--approve', 'gate');
    expect(third.code).toBe(0);
    expect(third.stderr).not.toContain('continuing run');
    expect(fake.requests).toHaveLength(6);
  });

  it('re-runs exactly the edited step and the steps after it', async () => {
    const dir = await project();
    const first = await wflo(dir);
    expect(first.code, first.stderr).toBe(4);
    await writeFile(path.join(dir, 'flow.yml'), FLOW.replace('Write from', 'Rewrite from'));
    const second = await wflo(dir, '--approve', 'gate');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('flow.yml changed since that run');
    expect(prompts()).toEqual([
      'Plan: fix the tests',
      'Write from <Plan: fix the tests>',
      'Rewrite from <Plan: fix the tests>',
      'Summarise <Rewrite from <Plan: fix the tests>>',
    ]);
    // `check` does not depend on `write`: it was kept, not run again.
    expect(await readFile(path.join(dir, 'checks.txt'), 'utf8')).toBe('checked\n');
    expect(second.report.cost_usd).toBeCloseTo(
      first.report.cost_usd + stepCost(second, 'write') + stepCost(second, 'summary'),
      6,
    );
  });

  it('refuses a tampered checkpoint with one sentence and exit 2', async () => {
    const dir = await project();
    const first = await wflo(dir);
    expect(first.code, first.stderr + first.stdout).toBe(4);
    const [file] = await readdir(path.join(dir, 'st'));
    const where = path.join(dir, 'st', file ?? '');
    const text = await readFile(where, 'utf8');
    await writeFile(where, text.replace(/"spentMicros":\d+/, '"spentMicros":0'));
    const second = await wflo(dir, '--approve', 'gate');
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(
      /^wflo: The checkpoint .+\.checkpoint\.json was changed after wflo wrote it \(its digest does not match[^)]*\), so it is not trusted; delete it to start the run over\.\n$/,
    );
    expect(fake.requests).toHaveLength(2);
  });

  it('without --state, says how to keep finished steps for the next run', async () => {
    const dir = await project();
    let stderr = '';
    const code = await runCli(['run', path.join(dir, 'flow.yml')], {
      out: () => undefined,
      err: (t) => void (stderr += t),
      cwd: dir,
      env: { OPENAI_API_KEY: FAKE_API_KEY, OPENAI_BASE_URL: fake.baseURL, PATH: process.env.PATH },
      onInterrupt: () => () => undefined,
      forceExit: () => undefined,
    });
    expect(code).toBe(4);
    expect(stderr).toContain('give both runs --state DIR');
    await expect(readdir(path.join(dir, 'st'))).rejects.toThrow();
  });
});

describe('wflo run --state DIR with changes held at the gate', () => {
  beforeAll(() => requireDocker(), 180_000);

  const HELD = `version: 1
name: held
steps:
  - id: fix
    sandbox: { image: ${TEST_IMAGE}, run: "echo ran-fix; sed -i s/bug/ok/ app.txt", workspace: copy }
  - id: gate
    approval: { message: Apply the fix? }
`;

  async function heldProject(): Promise<string> {
    const dir = await project(HELD);
    await writeFile(path.join(dir, 'app.txt'), 'a bug\n');
    // As a runner's checkout is: readable by the sandbox's unprivileged user.
    await chmod(dir, 0o755);
    return dir;
  }

  it('keeps the changes in the checkpoint at the pause and applies exactly them after --approve', async () => {
    const dir = await heldProject();
    const first = await wflo(dir);
    expect(first.code, first.stderr).toBe(4);
    expect(first.stdout + first.stderr).toContain('ran-fix');
    expect(await readFile(path.join(dir, 'app.txt'), 'utf8')).toBe('a bug\n');
    expect(first.report.changes).toEqual([
      {
        step: 'fix',
        outcome: 'held',
        files: 1,
        reason: 'the run is waiting at an approval gate; the checkpoint keeps them',
        diff: 'diff --git a/app.txt b/app.txt\n--- a/app.txt\n+++ b/app.txt\n@@ -1,1 +1,1 @@\n-a bug\n+a ok\n',
      },
    ]);
    // Without a terminal the run says what it stopped at, so the --approve is not blind.
    expect(first.stderr).toContain(
      "Approval needed for step 'gate':\nApply the fix?\n\nChanges held for this gate (1 file):\ndiff --git a/app.txt b/app.txt\n--- a/app.txt\n+++ b/app.txt\n@@ -1,1 +1,1 @@\n-a bug\n+a ok\n",
    );
    const shown = await wfloIn(dir, {}, ['diff', '--state', 'st']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toBe(
      'diff --git a/app.txt b/app.txt\n--- a/app.txt\n+++ b/app.txt\n@@ -1,1 +1,1 @@\n-a bug\n+a ok\n',
    );
    expect(shown.stderr).toMatch(
      /^wflo: run \S+ \(waiting approval\) holds 1 changed file from fix\n$/,
    );

    const second = await wflo(dir, '--approve', 'gate');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout + second.stderr).not.toContain('ran-fix');
    expect(second.stderr).toMatch(/^↺ fix reused from the checkpoint/m);
    expect(second.stderr).toContain(
      'the changes of 1 step come from the checkpoint: applied where the checkout does not have them, held ones once their gate approves',
    );
    expect(await readFile(path.join(dir, 'app.txt'), 'utf8')).toBe('a ok\n');
    expect(second.report.changes).toEqual([
      { step: 'fix', outcome: 'applied', files: 1, reason: null, diff: null },
    ]);
  });

  it('refuses to apply them onto a file edited since, naming it, and leaves the edit alone', async () => {
    const dir = await heldProject();
    expect((await wflo(dir)).code).toBe(4);
    await writeFile(path.join(dir, 'app.txt'), 'a bug, edited by hand\n');
    const second = await wflo(dir, '--approve', 'gate');
    expect(second.code).toBe(1);
    expect(second.stdout + second.stderr).toContain(
      "approved, but the changes of step 'fix' could not be applied to the checkout: the checkout is not as the step saw it: app.txt changed since the step read it.",
    );
    expect(await readFile(path.join(dir, 'app.txt'), 'utf8')).toBe('a bug, edited by hand\n');
    expect(second.report.changes).toEqual([
      {
        step: 'fix',
        outcome: 'discarded',
        files: 1,
        reason: 'the checkout is not as the step saw it: app.txt changed since the step read it.',
        diff: null,
      },
    ]);
  });

  it('never applies them when the gate is rejected', async () => {
    const dir = await heldProject();
    expect((await wflo(dir)).code).toBe(4);
    const second = await wflo(dir, '--reject', 'gate');
    expect(second.code).toBe(4);
    expect(second.report.status).toBe('rejected');
    expect(await readFile(path.join(dir, 'app.txt'), 'utf8')).toBe('a bug\n');
    expect(second.report.changes).toEqual([
      {
        step: 'fix',
        outcome: 'discarded',
        files: 1,
        reason: 'no approval let them through',
        diff: null,
      },
    ]);
  });
});
