import { describe, expect, it } from 'vitest';
import { CappedSink } from '../src/sandbox/capped-sink.js';
import {
  parseDisk,
  parseDuration,
  parseMemory,
  parseSandboxConfig,
} from '../src/sandbox/config.js';
import { toCreateOptions } from '../src/sandbox/hardening.js';
import { sandboxKind } from '../src/steps/sandbox.js';
import type { StepSpec, Workflow } from '../src/workflow/model.js';
import type { ContainerRuntime } from '../src/sandbox/runtime.js';
import { sandboxContext } from './support/docker.js';

describe('sandbox step fields', () => {
  it('fills the defaults: no network, 512m, 1 cpu, 256 pids, 10m, runc, 65534:65534, workspace none', () => {
    expect(parseSandboxConfig({ run: 'true', image: 'img' })).toEqual({
      run: 'true',
      image: 'img',
      env: {},
      workspace: 'none',
      network: 'none',
      memoryBytes: 512 * 1024 ** 2,
      diskBytes: 1024 ** 3,
      nanoCpus: 1e9,
      pidsLimit: 256,
      timeoutMs: 600_000,
      runtime: 'runc',
      uid: 65534,
      gid: 65534,
    });
  });

  it('reads disk: as binary sizes and refuses what is not one, or out of range', () => {
    expect(parseDisk('512MiB')).toBe(512 * 1024 ** 2);
    expect(parseDisk('2GiB')).toBe(2 * 1024 ** 3);
    expect(parseDisk('1g')).toBe(1024 ** 3);
    expect(parseDisk(1048576)).toBe(1024 ** 2);
    expect(() => parseDisk('lots')).toThrow(
      "sandbox.disk must be a size such as 512MiB or 2GiB, not 'lots'.",
    );
    expect(() => parseDisk('100KiB')).toThrow(
      "sandbox.disk must be between 1MiB and 64GiB, not '100KiB'.",
    );
    expect(() => parseDisk('65GiB')).toThrow(/between 1MiB and 64GiB/);
  });

  it('reads Docker memory notation and durations', () => {
    expect(parseMemory('1g')).toBe(1024 ** 3);
    expect(parseMemory('64M')).toBe(64 * 1024 ** 2);
    expect(parseDuration('250ms', 't')).toBe(250);
    expect(parseDuration('1.5m', 't')).toBe(90_000);
    expect(parseDuration(30, 't')).toBe(30_000);
    expect(parseDuration('1h30m', 't')).toBe(5_400_000);
    expect(() => parseDuration('0s', 'sandbox.timeout')).toThrow(
      'sandbox.timeout must be more than 0.',
    );
    expect(() => parseMemory('lots')).toThrow(
      "sandbox.memory must look like 512m or 1g, not 'lots'.",
    );
    expect(() => parseDuration('soon', 'sandbox.timeout')).toThrow(
      "sandbox.timeout must be a duration such as 500ms, 30s, 5m, 24h or 1h30m (got 'soon').",
    );
  });

  it.each([
    [{ user: '0' }, 'sandbox.user must not be root (0)'],
    [{ user: '1000:0' }, 'must not be root'],
    [{ user: 'root' }, 'sandbox.user must be a numeric uid or uid:gid'],
    [{ network: 'host' }, 'sandbox.network: host needs allow_host_network: true'],
    [{ network: 'bridge' }, 'sandbox.network must be one of none, host'],
    [{ workspace: 'rw' }, 'sandbox.workspace must be one of none, read-only, copy'],
    [{ runtime: 'kata' }, 'sandbox.runtime must be one of runc, runsc'],
    [{ env: { WFLO_OUTPUT: '/x' } }, 'must not set WFLO_OUTPUT'],
    [{ env: { 'BAD-NAME': 'x' } }, "'BAD-NAME' is not a valid environment variable name"],
    [{ pids: 0 }, 'sandbox.pids must be an integer of at least 8'],
    [{ cpus: -1 }, 'sandbox.cpus must be a positive number'],
    [{ image: '' }, 'sandbox.image is required'],
    [
      { privileged: true },
      'sandbox.privileged is not allowed: sandbox steps cannot ask for privileges',
    ],
    [{ cap_add: ['SYS_ADMIN'] }, 'sandbox.cap_add is not allowed'],
    [{ pid: 'host' }, 'sandbox.pid is not allowed'],
    [{ volumes: ['/:/host'] }, 'sandbox.volumes is not allowed'],
    [{ colour: 'blue' }, 'sandbox.colour is not a sandbox field.'],
  ])('refuses %j', (fields, message) => {
    expect(() => parseSandboxConfig({ run: 'true', image: 'img', ...fields })).toThrow(message);
  });

  it('allows the host network only with the explicit opt-in', () => {
    expect(
      parseSandboxConfig({ run: 'true', image: 'i', network: 'host', allow_host_network: true })
        .network,
    ).toBe('host');
  });

  it('validate points at the offending field, and leaves expressions for run time', () => {
    const step = {
      id: 's',
      pointer: '/steps/0',
      config: { run: 'true', image: '${{ inputs.image }}', user: '0' },
    } as unknown as StepSpec;
    const workflow = {
      positionOf: (pointer: string) => ({
        file: 'w.yml',
        start: { line: pointer.length, col: 3 },
        end: { line: 1, col: 1 },
      }),
    } as unknown as Workflow;
    expect(sandboxKind.validate?.(step, workflow)).toEqual([
      {
        file: 'w.yml',
        line: '/steps/0/sandbox/user'.length,
        col: 3,
        message: 'sandbox.user must not be root (0): sandbox steps run as a non-root user.',
      },
    ]);
    expect(sandboxKind.literalKeys).toEqual(['run']);
  });
});

describe('the sandbox kind without an engine', () => {
  it('is an environment failure (the engine fails the run, whatever continue_on_error says)', async () => {
    const ctx = sandboxContext({
      runtime: undefined as unknown as ContainerRuntime,
      config: { image: 'i', run: 'true' },
    });
    ctx.services.containers = undefined;
    await expect(sandboxKind.run(ctx)).rejects.toMatchObject({
      name: 'EnvironmentError',
      service: 'docker',
      message: 'it needs a Docker engine and none is set up',
    });
  });
});

describe('hardening', () => {
  it('cannot be turned off by a spec: even the volume holder runs as the given non-root user with no capabilities', () => {
    const options = toCreateOptions({
      image: 'i',
      cmd: ['chown'],
      env: {},
      user: '1000:1000',
      workingDir: '/workspace',
      labels: {},
      memoryBytes: 1,
      nanoCpus: 1,
      pidsLimit: 8,
      nofileLimit: 64,
      tmpSizeBytes: 1,
      network: 'none',
      mounts: [],
      openStdin: true,
    });
    expect(options.User).toBe('1000:1000');
    expect(options.HostConfig).toMatchObject({
      CapDrop: ['ALL'],
      CapAdd: [],
      SecurityOpt: ['no-new-privileges'],
      ReadonlyRootfs: true,
      Privileged: false,
      NetworkMode: 'none',
      LogConfig: { Type: 'none' },
    });
  });
});

describe('output capture', () => {
  it('keeps the first bytes up to the cap and counts the rest', async () => {
    const sink = new CappedSink(5);
    for (const part of ['abc', 'defg', 'hij']) sink.write(Buffer.from(part));
    sink.end();
    await new Promise((r) => sink.on('finish', r));
    expect(sink.captured()).toEqual({
      data: Buffer.from('abcde'),
      totalBytes: 10,
      truncated: true,
    });
  });
});
