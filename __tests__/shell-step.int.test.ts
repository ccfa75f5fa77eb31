import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../src/engine/clock.js';
import { runWorkflow } from '../src/engine/run.js';
import { StepTimeoutError, type StepOutcome, type StepRecord } from '../src/engine/types.js';
import { shellKind } from '../src/steps/shell.js';
import type { JsonObject } from '../src/workflow/model.js';
import { makeWorkflow } from './support/engine-fixtures.js';
import { stepContext } from './support/step-context.js';

const workspace = mkdtempSync(join(tmpdir(), 'wflo-shell-ws-'));
const tempDir = mkdtempSync(join(tmpdir(), 'wflo-shell-tmp-'));
writeFileSync(join(workspace, 'hello.txt'), 'hello from the checkout\n');

interface Harness {
  outcome: StepOutcome;
  logs: string[];
}

async function shell(
  config: JsonObject,
  options: { hostEnv?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<Harness> {
  const logs: string[] = [];
  const ctx = stepContext({
    id: 'sh',
    kind: 'shell',
    config,
    workspace,
    tempDir,
    signal: options.signal,
    log: {
      info: (m) => logs.push(m),
      warn: (m) => logs.push(m),
      error: (m) => logs.push(m),
      mask: () => undefined,
      redact: (text) => text,
    },
    hostEnv: options.hostEnv ?? { PATH: process.env.PATH },
  });
  return { outcome: await shellKind.run(ctx), logs };
}

describe('shell step', () => {
  it('runs in the checkout and reports exit code, output and duration', async () => {
    const { outcome } = await shell({ run: 'cat hello.txt; echo oops >&2' });
    expect(outcome.status).toBe('succeeded');
    expect(outcome.outputs).toMatchObject({
      exit_code: 0,
      stdout: 'hello from the checkout\n',
      stderr: 'oops\n',
      truncated: false,
      timed_out: false,
    });
    expect(outcome.outputs.duration_ms).toBeTypeOf('number');
  });

  it('fails with the exit code when the command fails, and stops at the first failing line', async () => {
    const { outcome } = await shell({ run: 'false\necho never' });
    expect(outcome).toMatchObject({ status: 'failed', error: 'the command exited with code 1' });
    expect(outcome.outputs.stdout).toBe('');
  });

  it('fails a pipeline whose first command fails (pipefail)', async () => {
    const { outcome } = await shell({ run: 'false | cat' });
    expect(outcome.outputs.exit_code).toBe(1);
  });

  it('sees only the env it declares, never the runner’s secrets', async () => {
    const hostEnv = {
      PATH: process.env.PATH ?? '',
      GITHUB_TOKEN: 'ghs_secret',
      OPENAI_API_KEY: 'sk-secret',
    };
    const { outcome } = await shell(
      { run: 'env | sort', env: { GREETING: 'hi', COUNT: 3 } },
      { hostEnv },
    );
    const stdout = String(outcome.outputs.stdout);
    expect(stdout).toContain('GREETING=hi\n');
    expect(stdout).toContain('COUNT=3\n');
    expect(stdout).not.toContain('ghs_secret');
    expect(stdout).not.toContain('sk-secret');
    expect(stdout).not.toContain('GITHUB_TOKEN');
  });

  it("hides a secret the step names in its env, text or number, on every surface, by the engine's one redactor", async () => {
    // The kind masks nothing itself: the engine's redactor learns the step's env: secrets
    // before the command starts, and every surface of the run goes through it.
    const hostEnv = { PATH: process.env.PATH ?? '', GITHUB_TOKEN: 'ghs_secret' };
    const told: string[] = [];
    const logged: string[] = [];
    const finished: StepRecord[] = [];
    const workflow = makeWorkflow([
      {
        id: 'sh',
        kind: 'shell',
        config: {
          run: 'echo "$GH_TOKEN $PIN_TOKEN"; echo "$GH_TOKEN" >&2; printf \'{"t":"%s %s"}\' "$GH_TOKEN" "$PIN_TOKEN" > "$WFLO_OUTPUT"; exit 3',
          env: { GH_TOKEN: 'ghs_secret', PIN_TOKEN: 987654, PLAIN: 'x1' },
        },
      },
    ]);
    const result = await runWorkflow({
      workflow: { ...workflow, outputs: { said: '${{ steps.sh.outputs.stdout }}' } },
      inputs: {},
      registry: new Map([['shell', shellKind]]),
      services: { clock: systemClock, hostEnv },
      workspace,
      tempDir,
      observer: {
        secret: (value) => told.push(value),
        stepLog: (_step, _level, message) => logged.push(message),
        stepFinished: (record) => finished.push(record),
        warning: (message) => logged.push(message),
      },
    });
    expect(result.status).toBe('failed');
    expect(told).toEqual(expect.arrayContaining(['ghs_secret', '987654']));
    const surfaces = JSON.stringify({
      steps: result.steps,
      outputs: result.outputs,
      reason: result.reason,
      finished,
      logged,
    });
    expect(surfaces).not.toContain('ghs_secret');
    expect(surfaces).not.toContain('987654');
    expect(String(result.steps[0]?.outputs.stdout)).toBe('*** ***\n');
  });

  it('reads the JSON the command writes to $WFLO_OUTPUT as extra outputs, keeping types', async () => {
    const { outcome } = await shell({
      run: `echo '{"version":"1.2.3","count":4,"ok":true}' > "$WFLO_OUTPUT"`,
    });
    expect(outcome.outputs).toMatchObject({ version: '1.2.3', count: 4, ok: true, exit_code: 0 });
  });

  it('fails clearly when $WFLO_OUTPUT is not a JSON object, or tries to override a reported key', async () => {
    const bad = await shell({ run: `echo 'not json' > "$WFLO_OUTPUT"` });
    expect(bad.outcome.status).toBe('failed');
    expect(bad.outcome.error).toMatch(/^\$WFLO_OUTPUT is not valid JSON/);
    const clash = await shell({ run: `echo '{"exit_code":0}' > "$WFLO_OUTPUT"; exit 3` });
    expect(clash.outcome.error).toBe(
      "$WFLO_OUTPUT may not set 'exit_code': the step reports those itself",
    );
  });

  it('caps each stream at 1 MiB while still draining a flood, and says so', async () => {
    const { outcome, logs } = await shell({ run: 'head -c 5000000 /dev/zero | tr "\\0" y' });
    expect(outcome.status).toBe('succeeded');
    expect(outcome.outputs).toMatchObject({ truncated: true, stdout_bytes: 5_000_000 });
    expect(String(outcome.outputs.stdout)).toHaveLength(1024 * 1024);
    expect(logs.some((l) => l.startsWith('output was capped'))).toBe(true);
  });

  it('stops the whole process tree when the step times out', async () => {
    const controller = new AbortController();
    const marker = join(tempDir, `child-alive-${Date.now()}`);
    setTimeout(() => controller.abort(new StepTimeoutError(100)), 100);
    const started = Date.now();
    const { outcome } = await shell(
      { run: `(sleep 1 && touch ${marker}) & sleep 30`, shell: 'bash' },
      { signal: controller.signal },
    );
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(outcome).toMatchObject({ status: 'failed', error: 'the command timed out' });
    expect(outcome.outputs.timed_out).toBe(true);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(readdirSync(tempDir).filter((f) => f.startsWith('child-alive-'))).toEqual([]);
  });

  it('supports sh as the shell', async () => {
    const { outcome } = await shell({ run: 'echo "$0"', shell: 'sh' });
    expect(outcome.outputs.stdout).toBe('sh\n');
  });

  it('refuses an unknown shell by name', async () => {
    const { outcome } = await shell({ run: 'true', shell: 'fish' });
    expect(outcome.error).toBe("shell 'fish' is not supported (use bash or sh)");
  });
});
