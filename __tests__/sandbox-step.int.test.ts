import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CancelledError, StepTimeoutError } from '../src/engine/types.js';
import { createDockerRuntime } from '../src/sandbox/docker-runtime.js';
import { removeRunResources, sweepStaleResources, runLabels } from '../src/sandbox/cleanup.js';
import { ContainerRuntimeError } from '../src/sandbox/runtime.js';
import { createSandboxKind } from '../src/steps/sandbox.js';
import {
  docker,
  leftovers,
  requireDocker,
  runningContainers,
  sandboxContext,
  TEST_IMAGE,
  uniqueRunId,
} from './support/docker.js';
import { declaredSecrets } from '../src/common/secrets.js';

const runtime = createDockerRuntime();
const kind = createSandboxKind({ graceMs: 1000 });

beforeAll(() => requireDocker());

async function waitFor(check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('sandbox step outputs', () => {
  it('returns exit code, both streams and byte counts, and leaves nothing behind', async () => {
    const ctx = sandboxContext({
      runtime,
      config: { image: TEST_IMAGE, run: 'echo out; echo err >&2; exit 3' },
    });
    const outcome = await kind.run(ctx);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe('the command exited with code 3');
    expect(outcome.outputs).toMatchObject({
      exit_code: 3,
      stdout: 'out\n',
      stderr: 'err\n',
      truncated: false,
      stdout_bytes: 4,
      stderr_bytes: 4,
      timed_out: false,
      oom_killed: false,
    });
    expect(outcome.outputs.duration_ms).toBeTypeOf('number');
    expect(String(outcome.outputs.image_digest)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(leftovers(ctx.run.id)).toEqual([]);
  });

  it('reads the JSON the command writes to $WFLO_OUTPUT back as outputs', async () => {
    const ctx = sandboxContext({
      runtime,
      config: {
        image: TEST_IMAGE,
        run: 'printf \'{"answer":42,"exit_code":"forged"}\' > "$WFLO_OUTPUT"',
      },
    });
    const outcome = await kind.run(ctx);
    expect(outcome.status).toBe('succeeded');
    expect(outcome.outputs.answer).toBe(42);
    // Built-in outputs cannot be forged by the script.
    expect(outcome.outputs.exit_code).toBe(0);
  });

  it('fails the step when $WFLO_OUTPUT is not a JSON object', async () => {
    const ctx = sandboxContext({
      runtime,
      config: { image: TEST_IMAGE, run: 'echo nope > "$WFLO_OUTPUT"' },
    });
    const outcome = await kind.run(ctx);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toContain('$WFLO_OUTPUT');
  });

  it('caps each stream at the limit while draining a flood, with memory bounded', async () => {
    const capped = createSandboxKind({ outputCapBytes: 64 * 1024 });
    const ctx = sandboxContext({
      runtime,
      config: { image: TEST_IMAGE, run: 'yes | head -c 400000000; echo done >&2' },
    });
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const outcome = await capped.run(ctx).finally(() => clearInterval(sampler));
    expect(outcome.status).toBe('succeeded');
    expect(outcome.outputs.truncated).toBe(true);
    expect(outcome.outputs.stdout_bytes).toBe(400_000_000);
    expect(String(outcome.outputs.stdout).length).toBe(64 * 1024);
    expect(outcome.outputs.stderr).toBe('done\n');
    // 400 MB went through; keeping it would have grown the runner by at least that much.
    // What growth there is (~90 MB here) is garbage awaiting collection, and does not scale with the flood.
    expect(peak - before).toBeLessThan(160_000_000);
  }, 120_000);

  it("passes only declared env, and the engine's redactor learns the declared secrets", async () => {
    const ctx = sandboxContext({
      runtime,
      hostEnv: { GITHUB_TOKEN: 'ghs_hosttoken', OPENAI_API_KEY: 'sk-host', RUNNER_SECRET: 'shh' },
      config: {
        image: TEST_IMAGE,
        run: 'env; cat /proc/1/environ | tr "\\0" "\\n"',
        env: { GREETING: 'hi', PASSED: 'ghs_hosttoken' },
      },
    });
    const outcome = await kind.run(ctx);
    const seen = String(outcome.outputs.stdout);
    expect(seen).toContain('GREETING=hi');
    expect(seen).toContain('PASSED=ghs_hosttoken');
    expect(seen).not.toContain('sk-host');
    expect(seen).not.toContain('shh');
    expect(seen).not.toContain('GITHUB_TOKEN');
    // The kind masks nothing itself: the engine masks what declaredSecrets finds before the step
    // starts (shell-step.int.test.ts follows it through every surface of a run).
    expect(ctx.log.masked).toEqual([]);
    expect(declaredSecrets(ctx.config, ctx.services.hostEnv)).toEqual(['ghs_hosttoken']);
  });
});

describe('sandbox step timeouts, cancel and OOM', () => {
  it('stops a SIGTERM-ignoring command after its timeout and grace: a failure with timed_out', async () => {
    const ctx = sandboxContext({
      runtime,
      config: { image: TEST_IMAGE, run: "trap '' TERM; while :; do :; done", timeout: '1s' },
    });
    const started = Date.now();
    const outcome = await kind.run(ctx);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe('the command timed out after 1s');
    expect(outcome.outputs).toMatchObject({ timed_out: true, oom_killed: false, exit_code: 137 });
    expect(Date.now() - started).toBeLessThan(8000);
    expect(leftovers(ctx.run.id)).toEqual([]);
  });

  it('lets a command that honours SIGTERM exit within the grace', async () => {
    const ctx = sandboxContext({
      runtime,
      config: { image: TEST_IMAGE, run: 'sleep 30', timeout: '500ms' },
    });
    const outcome = await kind.run(ctx);
    expect(outcome.status).toBe('failed');
    expect(outcome.outputs.timed_out).toBe(true);
    expect(outcome.outputs.exit_code).not.toBe(137);
  });

  it('reports a step-timeout abort from the scheduler as a failure with timed_out', async () => {
    const controller = new AbortController();
    const ctx = sandboxContext({
      runtime,
      signal: controller.signal,
      config: { image: TEST_IMAGE, run: 'sleep 30' },
    });
    const pending = kind.run(ctx);
    await waitFor(() => runningContainers(ctx.run.id).length === 1);
    controller.abort(new StepTimeoutError(1000));
    const outcome = await pending;
    expect(outcome.status).toBe('failed');
    // SIGTERM first (143), not an immediate kill (137): the scheduler's timeout gets the grace too.
    expect(outcome.outputs).toMatchObject({ timed_out: true, exit_code: 143 });
    expect(leftovers(ctx.run.id)).toEqual([]);
  });

  it('kills fast on cancel, rethrows the cancel, and leaves no labelled container', async () => {
    const controller = new AbortController();
    const ctx = sandboxContext({
      runtime,
      signal: controller.signal,
      config: { image: TEST_IMAGE, run: "trap '' TERM; sleep 60" },
    });
    // A long grace: only a kill, not a graceful stop, can end this within the bound below.
    const pending = createSandboxKind({ graceMs: 30_000 }).run(ctx);
    await waitFor(() => runningContainers(ctx.run.id).length === 1);
    const started = Date.now();
    controller.abort(new CancelledError());
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    expect(Date.now() - started).toBeLessThan(15_000);
    // The cancel returns at once; the clean-up it started goes on in the background, bounded.
    await waitFor(() => leftovers(ctx.run.id).length === 0);
  });

  it.each([0, 15, 40, 80, 150, 300])(
    'leaves nothing behind when cancelled %i ms into a copy-workspace step',
    async (delayMs) => {
      const controller = new AbortController();
      const checkout = mkdtempSync(join(tmpdir(), 'wflo-cancel-'));
      writeFileSync(join(checkout, 'f'), 'x');
      const ctx = sandboxContext({
        runtime,
        workspace: checkout,
        signal: controller.signal,
        config: { image: TEST_IMAGE, run: 'sleep 30', workspace: 'copy' },
      });
      const pending = kind.run(ctx);
      setTimeout(() => controller.abort(new CancelledError()), delayMs);
      await expect(pending).rejects.toBeInstanceOf(CancelledError);
      // The clean-up the cancel started ends in the background, bounded by its deadlines.
      await waitFor(() => leftovers(ctx.run.id).length === 0);
    },
  );

  it('says oom_killed when the main process exceeds the memory limit', async () => {
    const ctx = sandboxContext({
      runtime,
      // The shell itself grows a string until the kernel kills it.
      config: {
        image: TEST_IMAGE,
        memory: '16m',
        run: 'exec awk \'BEGIN { s = "x"; while (1) s = s s }\'',
      },
    });
    const outcome = await kind.run(ctx);
    expect(outcome.outputs).toMatchObject({ oom_killed: true, exit_code: 137, timed_out: false });
    expect(outcome.error).toContain('memory limit');
    expect(leftovers(ctx.run.id)).toEqual([]);
  });

  it('does not say oom_killed when only a child was killed for memory', async () => {
    const ctx = sandboxContext({
      runtime,
      config: {
        image: TEST_IMAGE,
        memory: '16m',
        run: 'awk \'BEGIN { s = "x"; while (1) s = s s }\'; echo survived',
      },
    });
    const outcome = await kind.run(ctx);
    expect(outcome.outputs).toMatchObject({
      oom_killed: false,
      exit_code: 0,
      stdout: 'survived\n',
    });
  });
});

describe('sandbox runtime failures and cleanup', () => {
  it('removes the container when the daemon refuses to start it', async () => {
    const runId = uniqueRunId('daemon-error');
    const spec = {
      image: TEST_IMAGE,
      cmd: ['true'],
      env: {},
      user: '65534:65534',
      // A file as working directory: created fine, refused by the OCI runtime at start.
      workingDir: '/bin/busybox',
      labels: runLabels(runId, 'box', 1),
      memoryBytes: 64 * 1024 * 1024,
      nanoCpus: 1e9,
      pidsLimit: 64,
      nofileLimit: 1024,
      tmpSizeBytes: 1024 * 1024,
      network: 'none' as const,
      mounts: [],
    };
    const run = runtime.runContainer(spec, {
      signal: new AbortController().signal,
      graceMs: 1000,
      stdoutCapBytes: 1024,
      stderrCapBytes: 1024,
    });
    await expect(run).rejects.toBeInstanceOf(ContainerRuntimeError);
    expect(leftovers(runId)).toEqual([]);
  });

  it('honours an explicit Docker host, and is an environment failure when nothing answers there', async () => {
    const explicit = createDockerRuntime({ dockerHost: 'unix:///var/run/docker.sock' });
    expect(await explicit.runtimes()).toContain('runc');
    const nowhere = createDockerRuntime({ dockerHost: 'unix:///nonexistent/docker.sock' });
    const ctx = sandboxContext({ runtime: nowhere, config: { image: TEST_IMAGE, run: 'true' } });
    await expect(kind.run(ctx)).rejects.toMatchObject({
      name: 'EnvironmentError',
      service: 'docker',
      message: expect.stringMatching(
        /^Docker could not inspect image wflo-test\/busybox:1: .*ENOENT/,
      ),
    });
  });

  it('is an environment failure when the image does not exist and cannot be pulled', async () => {
    const ctx = sandboxContext({
      runtime,
      config: { image: 'wflo-test/missing:never', run: 'true' },
    });
    await expect(kind.run(ctx)).rejects.toMatchObject({
      name: 'EnvironmentError',
      service: 'docker',
      message: expect.stringMatching(/^Docker could not pull image wflo-test\/missing:never: /),
    });
    expect(ctx.log.lines[0]).toBe('Pulling wflo-test/missing:never');
    expect(leftovers(ctx.run.id)).toEqual([]);
  });

  it('removeRunResources removes every container and volume of one run, and only of that run', async () => {
    const runId = uniqueRunId('post');
    const other = uniqueRunId('other');
    docker('volume', 'create', '--label', `wflo.run=${runId}`, `${runId}-vol`);
    docker('create', '--label', `wflo.run=${runId}`, '--network', 'none', TEST_IMAGE, 'sleep', '1');
    docker(
      'run',
      '-d',
      '--label',
      `wflo.run=${runId}`,
      '--network',
      'none',
      TEST_IMAGE,
      'sleep',
      '60',
    );
    docker('volume', 'create', '--label', `wflo.run=${other}`, `${other}-vol`);
    expect(leftovers(runId)).toHaveLength(3);
    expect(await removeRunResources(runtime, runId)).toBe(3);
    expect(leftovers(runId)).toEqual([]);
    expect(leftovers(other)).toHaveLength(1);
    await removeRunResources(runtime, other);
  });

  it('sweepStaleResources removes what a dead process on this host left, and keeps a live run', async () => {
    const dead = uniqueRunId('dead');
    const live = uniqueRunId('live');
    const deadPid = String(spawnSync('true').pid);
    const labelsOf = (runId: string, pid: string) => [
      '--label',
      `wflo.run=${runId}`,
      '--label',
      `wflo.host=${hostname()}`,
      '--label',
      `wflo.pid=${pid}`,
    ];
    docker('create', ...labelsOf(dead, deadPid), '--network', 'none', TEST_IMAGE, 'true');
    docker('volume', 'create', ...labelsOf(dead, deadPid), `${dead}-vol`);
    docker(
      'run',
      '-d',
      ...labelsOf(live, String(process.pid)),
      '--network',
      'none',
      TEST_IMAGE,
      'sleep',
      '60',
    );
    docker('volume', 'create', ...labelsOf(live, String(process.pid)), `${live}-vol`);
    await sweepStaleResources(runtime, { olderThanMs: 24 * 60 * 60_000 });
    expect(leftovers(dead)).toEqual([]);
    expect(leftovers(live)).toHaveLength(2);
    await removeRunResources(runtime, live);
  });
});

describe('sandbox runtime: runsc', () => {
  const hasRunsc = () => docker('info', '--format', '{{json .Runtimes}}').includes('"runsc"');

  it('fails closed, naming the runtimes on offer, when runsc is not installed', async () => {
    const noRunsc = {
      ...runtime,
      runtimes: () => Promise.resolve(['runc', 'io.containerd.runc.v2']),
    };
    const ctx = sandboxContext({
      runtime: noRunsc,
      config: { image: TEST_IMAGE, run: 'true', runtime: 'runsc' },
    });
    const outcome = await kind.run(ctx);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toContain(
      'runtime: runsc (gVisor), but this Docker engine offers only runc, io.containerd.runc.v2',
    );
    expect(leftovers(ctx.run.id)).toEqual([]);
  });

  it('runs under gVisor when the engine has runsc, and fails closed against the real engine when not', async () => {
    const ctx = sandboxContext({
      runtime,
      config: { image: TEST_IMAGE, run: 'dmesg 2>&1 | head -1; true', runtime: 'runsc' },
    });
    const outcome = await kind.run(ctx);
    if (hasRunsc()) {
      expect(outcome.status).toBe('succeeded');
      expect(String(outcome.outputs.stdout)).toMatch(/gVisor|Starting/);
    } else {
      expect(outcome.status).toBe('failed');
      expect(outcome.error).toContain('asks for runtime: runsc (gVisor)');
    }
  });
});
