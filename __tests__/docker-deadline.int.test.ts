// A Docker engine that stops answering (issue #18): every call has a deadline, a step that
// waits on a container notices within one deadline, the clean-up bounds its own time, and
// once the engine answers again the run's containers are removed.
import { mkdtempSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { removeRunResources, runLabels } from '../src/sandbox/cleanup.js';
import { createDockerRuntime } from '../src/sandbox/docker-runtime.js';
import { dockerTimeoutMs } from '../src/sandbox/engine-deadline.js';
import type { ContainerSpec } from '../src/sandbox/runtime.js';
import { leftovers, requireDocker, TEST_IMAGE, uniqueRunId } from './support/docker.js';
import { closeEngines, silentEngine } from './support/stalling-engine.js';

beforeAll(() => requireDocker());

const servers: Server[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  await closeEngines();
  sockets.splice(0).forEach((s) => s.destroy());
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A proxy to the real engine that can go silent: bytes stop flowing both ways. */
async function stallableEngine(): Promise<{ path: string; stall(): void; resume(): void }> {
  const path = join(mkdtempSync(join(tmpdir(), 'wflo-proxy-')), 'docker.sock');
  let stalled = false;
  const server = createServer((client) => {
    const upstream = connect('/var/run/docker.sock');
    sockets.push(client, upstream);
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
    client.on('data', (d) => {
      if (!stalled) upstream.write(d);
    });
    upstream.on('data', (d) => {
      if (!stalled) client.write(d);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(path, r));
  return {
    path,
    stall: () => (stalled = true),
    resume: () => (stalled = false),
  };
}

function sleeper(runId: string): ContainerSpec {
  return {
    image: TEST_IMAGE,
    cmd: ['sleep', '60'],
    env: {},
    user: '65534:65534',
    workingDir: '/',
    labels: runLabels(runId, 'box', 1),
    memoryBytes: 64 * 1024 * 1024,
    nanoCpus: 1e9,
    pidsLimit: 64,
    nofileLimit: 1024,
    tmpSizeBytes: 1024 * 1024,
    network: 'none',
    mounts: [],
  };
}

describe('a Docker engine that does not answer', () => {
  it('fails every call after its deadline, in one sentence naming the call and the knob', async () => {
    const runtime = createDockerRuntime({
      dockerHost: `unix://${await silentEngine()}`,
      timeoutMs: 300,
    });
    const calls: Array<[string, Promise<unknown>]> = [
      ['list its runtimes', runtime.runtimes()],
      ['list containers', runtime.listResources(['wflo.run'])],
      [
        'create volume v',
        runtime.createVolume('v', {}, undefined, {
          sizeBytes: 1 << 20,
          inodes: 64,
          uid: 1,
          gid: 1,
          exec: false,
        }),
      ],
      ['remove container c', runtime.removeContainer('c')],
      ['inspect image busybox', runtime.inspectImage('busybox')],
      ['remove volume v', runtime.removeVolume('v')],
    ];
    for (const [what, call] of calls) {
      await expect(call).rejects.toThrow(
        new RegExp(
          `^Docker could not ${what}: the Docker engine did not answer within 0\\.3 s \\(WFLO_DOCKER_TIMEOUT\\)`,
        ),
      );
    }
  });

  it('ends the post-phase clean-up after one deadline when the engine is silent', async () => {
    const runtime = createDockerRuntime({
      dockerHost: `unix://${await silentEngine()}`,
      timeoutMs: 300,
    });
    await expect(removeRunResources(runtime, 'r')).rejects.toThrow(/did not answer within 0\.3 s/);
  });

  it('fails a running step when the engine goes silent, and the container is removed once it answers', async () => {
    const proxy = await stallableEngine();
    // 3 s, not less: on a loaded runner a real create through the proxy can take over a second,
    // and the deadline under test is the ping's once the engine is silent.
    const runtime = createDockerRuntime({ dockerHost: `unix://${proxy.path}`, timeoutMs: 3000 });
    const runId = uniqueRunId('stall');
    const run = runtime.runContainer(sleeper(runId), {
      signal: new AbortController().signal,
      timeoutMs: 120_000,
      graceMs: 1000,
      stdoutCapBytes: 1024,
      stderrCapBytes: 1024,
    });
    run.catch(() => undefined);
    // Wait until it runs, then stall the engine.
    for (let i = 0; i < 100 && leftovers(runId).length === 0; i++)
      await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 300));
    proxy.stall();
    await expect(run).rejects.toThrow(
      /the Docker engine stopped answering while the container ran: no answer to a ping within 3 s/,
    );
    expect(leftovers(runId)).not.toEqual([]);
    // The engine is back: the post phase (or the next start's sweep) removes what was left.
    proxy.resume();
    await removeRunResources(createDockerRuntime(), runId);
    expect(leftovers(runId)).toEqual([]);
  }, 30_000);

  it('reads WFLO_DOCKER_TIMEOUT in seconds, and refuses a value that is not one', async () => {
    expect(dockerTimeoutMs({})).toBe(15_000);
    expect(dockerTimeoutMs({ WFLO_DOCKER_TIMEOUT: '2.5' })).toBe(2500);
    expect(() => dockerTimeoutMs({ WFLO_DOCKER_TIMEOUT: 'soon' })).toThrow(
      "WFLO_DOCKER_TIMEOUT must be a number of seconds above 0 (got 'soon')",
    );
    const saved = process.env.WFLO_DOCKER_TIMEOUT;
    process.env.WFLO_DOCKER_TIMEOUT = '0';
    try {
      await expect(createDockerRuntime().runtimes()).rejects.toThrow(
        "WFLO_DOCKER_TIMEOUT must be a number of seconds above 0 (got '0')",
      );
    } finally {
      if (saved === undefined) delete process.env.WFLO_DOCKER_TIMEOUT;
      else process.env.WFLO_DOCKER_TIMEOUT = saved;
    }
  });
});
