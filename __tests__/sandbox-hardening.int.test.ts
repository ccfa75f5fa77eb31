import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CancelledError } from '../src/engine/types.js';
import { createDockerRuntime } from '../src/sandbox/docker-runtime.js';
import { LATE_WORK_MS, lateWorkEnded } from '../src/sandbox/return-on-cancel.js';
import { createSandboxKind } from '../src/steps/sandbox.js';
import {
  docker,
  leftovers,
  requireDocker,
  runningContainers,
  sandboxContext,
  TEST_IMAGE,
} from './support/docker.js';

// What `docker inspect` says about a running sandbox container: each hardening default, read from the engine.

const runtime = createDockerRuntime();
const kind = createSandboxKind({ graceMs: 1000 });

interface Inspected {
  Config: { User: string; Env: string[]; Labels: Record<string, string> };
  HostConfig: Record<string, unknown> & {
    Tmpfs: Record<string, string>;
    Ulimits: Array<{ Name: string; Soft: number; Hard: number }>;
    LogConfig: { Type: string };
  };
  Mounts: Array<{ Type: string; Source: string; Destination: string; RW: boolean }>;
}

let inspected: Inspected;
let runId: string;
let checkout: string;

beforeAll(async () => {
  requireDocker();
  checkout = mkdtempSync(join(tmpdir(), 'wflo-checkout-'));
  mkdirSync(join(checkout, '.git'));
  writeFileSync(join(checkout, 'README'), 'hi\n');
  const controller = new AbortController();
  const ctx = sandboxContext({
    runtime,
    workspace: checkout,
    signal: controller.signal,
    config: {
      image: TEST_IMAGE,
      run: 'sleep 60',
      workspace: 'read-only',
      memory: '128m',
      cpus: 0.5,
      pids: 64,
    },
  });
  runId = ctx.run.id;
  const pending = kind.run(ctx);
  const until = Date.now() + 15_000;
  while (runningContainers(runId).length === 0 && Date.now() < until)
    await new Promise((r) => setTimeout(r, 50));
  const [id] = runningContainers(runId);
  if (!id) throw new Error('the sandbox container never started');
  inspected = (JSON.parse(docker('inspect', id)) as Inspected[])[0] as Inspected;
  controller.abort(new CancelledError());
  await pending.catch(() => undefined);
  // The step answers a cancel at once and removes its container in the background; the edges
  // wait for that clean-up before they exit, and so does this test.
  expect(await lateWorkEnded(LATE_WORK_MS)).toBe(true);
});

describe('a sandbox container as docker inspect shows it', () => {
  it('drops every capability and adds none', () => {
    expect(inspected.HostConfig.CapDrop).toEqual(['ALL']);
    expect(inspected.HostConfig.CapAdd ?? []).toEqual([]);
    expect(inspected.HostConfig.Privileged).toBe(false);
  });

  it('sets no-new-privileges', () => {
    expect(inspected.HostConfig.SecurityOpt).toContain('no-new-privileges');
  });

  it('has a read-only root and a noexec,nosuid,nodev size-limited /tmp', () => {
    expect(inspected.HostConfig.ReadonlyRootfs).toBe(true);
    const tmp = inspected.HostConfig.Tmpfs['/tmp'] ?? '';
    expect(tmp.split(',')).toEqual(expect.arrayContaining(['noexec', 'nosuid', 'nodev']));
    expect(tmp).toMatch(/size=\d+/);
  });

  it('limits pids, open files, memory without swap, and CPU', () => {
    expect(inspected.HostConfig.PidsLimit).toBe(64);
    expect(inspected.HostConfig.Ulimits).toEqual([{ Name: 'nofile', Soft: 1024, Hard: 1024 }]);
    expect(inspected.HostConfig.Memory).toBe(128 * 1024 * 1024);
    expect(inspected.HostConfig.MemorySwap).toBe(inspected.HostConfig.Memory);
    expect(inspected.HostConfig.NanoCpus).toBe(5e8);
  });

  it('runs as the non-root numeric user 65534:65534 under an init process', () => {
    expect(inspected.Config.User).toBe('65534:65534');
    expect(inspected.HostConfig.Init).toBe(true);
  });

  it('keeps no log of the output', () => {
    expect(inspected.HostConfig.LogConfig.Type).toBe('none');
  });

  it('has no devices, no host namespaces and no network', () => {
    expect(inspected.HostConfig.Devices ?? []).toEqual([]);
    expect(inspected.HostConfig.NetworkMode).toBe('none');
    expect(inspected.HostConfig.PidMode).toBe('');
    expect(inspected.HostConfig.IpcMode).toBe('private');
    expect(inspected.HostConfig.UTSMode).toBe('');
    expect(inspected.HostConfig.UsernsMode).toBe('');
  });

  it('binds nothing but the checkout, read-only, with .git hidden, and never the Docker socket', () => {
    expect(inspected.HostConfig.Binds ?? []).toEqual([]);
    const binds = inspected.Mounts.filter((m) => m.Type === 'bind');
    expect(binds).toEqual([
      expect.objectContaining({ Source: checkout, Destination: '/workspace', RW: false }),
    ]);
    expect(inspected.Mounts.some((m) => m.Source.includes('docker.sock'))).toBe(false);
    expect(inspected.HostConfig.Tmpfs['/workspace/.git']?.split(',')).toContain('ro');
  });

  it('is labelled with the run and step, and the only env is what wflo sets', () => {
    expect(inspected.Config.Labels).toMatchObject({
      'wflo.run': runId,
      'wflo.step': 'box',
      'wflo.attempt': '1',
    });
    const names = inspected.Config.Env.map((e) => e.split('=')[0]);
    expect(names.sort()).toEqual(['HOME', 'PATH', 'WFLO_OUTPUT']);
  });

  it('is gone once the step was cancelled', () => {
    expect(leftovers(runId)).toEqual([]);
  });
});
