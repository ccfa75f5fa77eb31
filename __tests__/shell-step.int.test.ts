import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StepTimeoutError, type StepOutcome } from '../src/engine/types.js';
import { shellKind } from '../src/steps/shell.js';
import type { JsonObject } from '../src/workflow/model.js';
import { stepContext } from './support/step-context.js';

const workspace = mkdtempSync(join(tmpdir(), 'wflo-shell-ws-'));
const tempDir = mkdtempSync(join(tmpdir(), 'wflo-shell-tmp-'));
writeFileSync(join(workspace, 'hello.txt'), 'hello from the checkout\n');

interface Harness {
  outcome: StepOutcome;
  masked: string[];
  logs: string[];
}

async function shell(
  config: JsonObject,
  options: { hostEnv?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<Harness> {
  const masked: string[] = [];
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
      mask: (s) => masked.push(s),
      redact: (text) => text,
    },
    hostEnv: options.hostEnv ?? { PATH: process.env.PATH },
  });
  return { outcome: await shellKind.run(ctx), masked, logs };
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

  it('masks a secret the step names explicitly in its env', async () => {
    const hostEnv = { PATH: process.env.PATH ?? '', GITHUB_TOKEN: 'ghs_secret' };
    const { masked, outcome } = await shell(
      { run: 'test -n "$GH_TOKEN"', env: { GH_TOKEN: 'ghs_secret', PLAIN: 'x1' } },
      { hostEnv },
    );
    expect(outcome.status).toBe('succeeded');
    expect(masked).toEqual(['ghs_secret']);
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
