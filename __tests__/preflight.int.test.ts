// Pre-flight (issue #14 Deliver 6): what the steps need of the environment — an API key, a
// Docker engine that answers, a pull request to ask a gate in, flags naming real gates — is
// checked before the first step, through the built CLI and the built action. Each case puts a
// first step that leaves a file, so "nothing ran" is seen, not assumed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runAction } from './support/action-harness.js';
import {
  completion,
  FAKE_API_KEY,
  startFakeOpenAi,
  type FakeOpenAi,
} from './support/fake-openai.js';
import { TEST_IMAGE } from './support/docker.js';
import { closeEngines, silentEngine } from './support/stalling-engine.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

function wflo(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A workspace holding wf.yml whose first step writes `first-ran` (line 3 is that step). */
async function project(rest: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wflo-preflight-'));
  await writeFile(
    path.join(dir, 'wf.yml'),
    `version: 1\nsteps:\n  - id: first\n    shell: { run: "touch first-ran" }\n${rest}`,
  );
  return dir;
}

const LLM_STEP = '  - id: ask\n    llm: { model: gpt-4o-mini, prompt: "hi", max_tokens: 10 }\n';
const BOX_STEP = `  - id: box\n    sandbox: { image: ${TEST_IMAGE}, run: "true" }\n`;
const GATE_STEP = '  - id: gate\n    approval: { message: "Ship it?" }\n';

let ai: FakeOpenAi;
beforeAll(async () => {
  ai = await startFakeOpenAi({ handler: () => completion({ content: 'ok' }) });
});
afterAll(async () => {
  await ai.close();
  await closeEngines();
});

describe('wflo run: pre-flight', () => {
  it('refuses a model step without an API key before the first step, exit 1', async () => {
    const dir = await project(LLM_STEP);
    const r = await wflo(['run', 'wf.yml', '--report', 'r.json'], dir);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(
      "wflo: Step 'ask' (wf.yml:5:5) calls a model, and no API key is set; set OPENAI_API_KEY",
    );
    expect(existsSync(path.join(dir, 'first-ran'))).toBe(false);
    expect(existsSync(path.join(dir, 'r.json'))).toBe(false);
  });

  it('goes on with a key set, and leaves a step with an `if` to the run', async () => {
    const dir = await project(
      `${LLM_STEP}  - id: maybe\n    if: \${{ false }}\n    sandbox: { image: ${TEST_IMAGE}, run: "true" }\n`,
    );
    const r = await wflo(['run', 'wf.yml'], dir, {
      OPENAI_API_KEY: FAKE_API_KEY,
      OPENAI_BASE_URL: ai.baseURL,
      DOCKER_HOST: 'unix:///nonexistent/docker.sock',
    });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'first-ran'))).toBe(true);
  });

  it('refuses container steps when the Docker engine is not there, exit 1', async () => {
    const dir = await project(BOX_STEP);
    const r = await wflo(['run', 'wf.yml'], dir, {
      DOCKER_HOST: 'unix:///nonexistent/docker.sock',
    });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(
      /^wflo: Step 'box' \(wf\.yml:5:5\) starts containers, but Docker could not be reached: .*ENOENT.*; start Docker \(or set DOCKER_HOST to a running engine\) and check the image exists\.$/m,
    );
    expect(existsSync(path.join(dir, 'first-ran'))).toBe(false);
  });

  it('refuses container steps when the Docker engine does not answer its ping', async () => {
    const dir = await project(BOX_STEP);
    const socket = await silentEngine();
    const r = await wflo(['run', 'wf.yml'], dir, {
      DOCKER_HOST: `unix://${socket}`,
      WFLO_DOCKER_TIMEOUT: '0.5',
    });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(
      "Step 'box' (wf.yml:5:5) starts containers, but Docker could not be reached: the Docker engine did not answer within 0.5 s (WFLO_DOCKER_TIMEOUT); start Docker",
    );
    expect(existsSync(path.join(dir, 'first-ran'))).toBe(false);
  });

  it('names every problem at once, one sentence each', async () => {
    const dir = await project(`${LLM_STEP}${BOX_STEP}`);
    const r = await wflo(['run', 'wf.yml'], dir, {
      DOCKER_HOST: 'unix:///nonexistent/docker.sock',
    });
    expect(r.code, r.stderr).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("Step 'ask' (wf.yml:5:5) calls a model");
    expect(lines[1]).toContain("Step 'box' (wf.yml:7:5) starts containers");
  });

  it('refuses --approve with a typo of a gate, exit 2, and suggests the gate', async () => {
    const dir = await project(GATE_STEP);
    const r = await wflo(['run', 'wf.yml', '--approve', 'gatee'], dir);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(
      "wflo: --approve gatee: wf.yml has no step 'gatee' (did you mean 'gate'?)",
    );
    expect(existsSync(path.join(dir, 'first-ran'))).toBe(false);
  });

  it('refuses --reject naming a step that is not a gate, with its position', async () => {
    const dir = await project(GATE_STEP);
    const r = await wflo(['run', 'wf.yml', '--reject', 'first'], dir);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(
      "wflo: --reject first: step 'first' (wf.yml:3:5) is not an approval step; its approval step is 'gate'",
    );
    expect(existsSync(path.join(dir, 'first-ran'))).toBe(false);
  });

  it('refuses --approve on a workflow without gates', async () => {
    const dir = await project('');
    const r = await wflo(['run', 'wf.yml', '--approve', 'ship'], dir);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(
      "wflo: --approve ship: wf.yml has no step 'ship'; wf.yml has no approval step",
    );
  });
});

describe('the action: pre-flight', () => {
  it(
    'fails on a model step without the openai-api-key input, naming the input, nothing run',
    { timeout: 60_000 },
    async () => {
      const ws = await project(LLM_STEP);
      const { main } = await runAction({ workspace: ws, with: { workflow: 'wf.yml' } });
      expect(main.exitCode).toBe(1);
      const error = main.commands.find((c) => c.command === 'error');
      expect(error?.message).toContain(
        "wflo: Step 'ask' (wf.yml:5:5) calls a model, and no API key is set; set the openai-api-key input",
      );
      expect(main.summary).toContain('did not start');
      expect(main.outputs.status).toBe('failed');
      expect(existsSync(path.join(ws, 'first-ran'))).toBe(false);
    },
  );

  it(
    'fails on a gate in a push job, which has no pull request to ask in',
    { timeout: 60_000 },
    async () => {
      const ws = await project(GATE_STEP);
      const { main } = await runAction({
        workspace: ws,
        with: { workflow: 'wf.yml' },
        eventName: 'push',
        eventPayload: { ref: 'refs/heads/main' },
      });
      expect(main.exitCode).toBe(1);
      const error = main.commands.find((c) => c.command === 'error');
      expect(error?.message).toContain(
        "wflo: Approval step 'gate' (wf.yml:5:5) cannot be answered here: the job runs for a push event, which has no pull request to ask in; run the workflow on pull_request events",
      );
      expect(existsSync(path.join(ws, 'first-ran'))).toBe(false);
    },
  );

  it('lets a gate decided by policy run in a push job', { timeout: 60_000 }, async () => {
    const ws = await project(
      '  - id: gate\n    approval: { message: "Ship it?", auto_approve: true }\n',
    );
    const { main } = await runAction({
      workspace: ws,
      with: { workflow: 'wf.yml' },
      eventName: 'push',
    });
    expect(main.exitCode, main.stdout).toBe(0);
    expect(existsSync(path.join(ws, 'first-ran'))).toBe(true);
  });

  it(
    'fails on container steps when the Docker engine is not there',
    { timeout: 60_000 },
    async () => {
      const ws = await project(BOX_STEP);
      const { main } = await runAction({
        workspace: ws,
        with: { workflow: 'wf.yml' },
        env: { DOCKER_HOST: 'unix:///nonexistent/docker.sock' },
      });
      expect(main.exitCode).toBe(1);
      const error = main.commands.find((c) => c.command === 'error');
      expect(error?.message).toMatch(
        /^wflo: Step 'box' \(wf\.yml:5:5\) starts containers, but Docker could not be reached: .*; run the job on a runner with Docker/,
      );
      expect(existsSync(path.join(ws, 'first-ran'))).toBe(false);
    },
  );
});
