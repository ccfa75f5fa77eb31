// What a container may fill and see on the runner (issue #12, DESIGN.md §5 "The way back"):
// every writable place is a capped tmpfs, noexec where no exec is needed, image VOLUMEs
// leave nothing behind, read-only hides every .git, the sweep runs at start, and an agent
// command's setsid children die at its timeout. Each case runs against the real engine.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { LABEL_HOST, LABEL_PID, LABEL_RUN, runLabels } from '../src/sandbox/cleanup.js';
import { createDockerRuntime } from '../src/sandbox/docker-runtime.js';
import { toCreateOptions } from '../src/sandbox/hardening.js';
import { createSandboxKind } from '../src/steps/sandbox.js';
import type { JsonObject } from '../src/workflow/model.js';
import {
  docker,
  holderContainers,
  leftovers,
  requireDocker,
  sandboxContext,
  TEST_IMAGE,
  uniqueRunId,
} from './support/docker.js';

const runtime = createDockerRuntime();
const kind = createSandboxKind({ graceMs: 1000 });
const VOLUME_IMAGE = 'wflo-test/c12-volume:1';
const TMP0755_IMAGE = 'wflo-test/c12-tmp0755:1';
const runIds: string[] = [];

beforeAll(() => {
  requireDocker();
  const dir = mkdtempSync(join(tmpdir(), 'wflo-img-'));
  writeFileSync(join(dir, 'Dockerfile'), `FROM ${TEST_IMAGE}\nVOLUME /data\n`);
  docker('build', '-q', '-t', VOLUME_IMAGE, dir);
  // The busybox image's files with /tmp at 0755, as some slim images have it.
  const root = mkdtempSync(join(tmpdir(), 'wflo-root-'));
  const id = docker('create', TEST_IMAGE, 'true');
  execFileSync('sh', ['-c', `docker export ${id} | tar -C ${root} -x && chmod 0755 ${root}/tmp`]);
  docker('rm', id);
  execFileSync('sh', [
    '-c',
    `tar -C ${root} --numeric-owner -c . | docker import -c 'ENV PATH=/bin' -c 'WORKDIR /workspace' - ${TMP0755_IMAGE}`,
  ]);
  rmSync(root, { recursive: true, force: true });
}, 120_000);

afterEach(() => {
  for (const id of runIds.splice(0)) expect(leftovers(id)).toEqual([]);
});

afterAll(() => {
  docker('rmi', '-f', VOLUME_IMAGE, TMP0755_IMAGE);
});

async function step(run: string, config: JsonObject = {}, workspace?: string) {
  const ctx = sandboxContext({
    runtime,
    ...(workspace ? { workspace } : {}),
    config: { image: TEST_IMAGE, run, ...config },
  });
  runIds.push(ctx.run.id);
  const outcome = await kind.run(ctx);
  return {
    ...outcome,
    stdout: String(outcome.outputs.stdout),
    stderr: String(outcome.outputs.stderr),
    ctx,
  };
}

/** Used KiB of the filesystem that holds Docker's volumes: the runner's disk. */
function dockerDiskUsedKiB(): number {
  const out = execFileSync('df', ['-Pk', '/var/lib/docker'], { encoding: 'utf8' });
  return Number(out.trim().split('\n')[1]?.split(/\s+/)[2]);
}

describe('disk and inode caps', () => {
  it('fails the step with a sentence about the disk cap when the copy is filled past disk:, leaving the runner disk as it was', async () => {
    const before = dockerDiskUsedKiB();
    const outcome = await step('dd if=/dev/zero of=big bs=1M count=200', {
      workspace: 'copy',
      disk: '32MiB',
      memory: '256m',
    });
    const after = dockerDiskUsedKiB();
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toMatch(/filling a disk cap \(No space left on device\)/);
    expect(outcome.error).toMatch(/workspace copy holds 32 MiB \(disk:\)/);
    expect(Math.abs(after - before)).toBeLessThan(8 * 1024);
  });

  it('stops 200,000 small files at the inode cap of the copy', async () => {
    const outcome = await step(
      'i=0; while [ $i -lt 200000 ]; do printf "" > f$i || { echo "stopped at $i" >&2; exit 1; }; i=$((i+1)); done',
      { workspace: 'copy', disk: '64MiB', memory: '512m', timeout: '5m' },
    );
    expect(outcome.status).toBe('failed');
    expect(outcome.stderr).toMatch(/No space left on device/);
    // 64 MiB / 8 KiB = 8,192 files, far below 200,000.
    const stopped = Number(/stopped at (\d+)/.exec(outcome.stderr)?.[1]);
    expect(stopped).toBeLessThan(8_192);
  }, 300_000);

  it('refuses 100 MiB in the folder of $WFLO_OUTPUT', async () => {
    const outcome = await step(
      'dd if=/dev/zero of="$(dirname "$WFLO_OUTPUT")/big" bs=1M count=100',
    );
    expect(outcome.status).toBe('failed');
    expect(outcome.stderr).toMatch(/No space left on device/);
    expect(outcome.error).toMatch(/\$WFLO_OUTPUT's folder 64 MiB/);
  });

  it('executes no script from the output folder or /tmp (noexec), but does from the copy', async () => {
    const outcome = await step(
      [
        'out=$(dirname "$WFLO_OUTPUT")',
        'for d in "$out" /tmp /workspace; do printf "#!/bin/sh\\necho ran\\n" > $d/s.sh; chmod +x $d/s.sh; $d/s.sh >/dev/null 2>&1 && echo "$d: ran" || echo "$d: refused"; done',
        'rm -f /workspace/s.sh',
      ].join('; '),
      { workspace: 'copy' },
    );
    expect(outcome.status).toBe('succeeded');
    expect(outcome.stdout).toBe('/run/wflo/out: refused\n/tmp: refused\n/workspace: ran\n');
  });

  it('gives an image VOLUME a capped tmpfs and leaves no volume behind', async () => {
    const volumesBefore = docker('volume', 'ls', '-q').split('\n').filter(Boolean).sort();
    const outcome = await step(
      'grep " /data " /proc/mounts; dd if=/dev/zero of=/data/big bs=1M count=100 2>&1 | grep -o "No space left on device"',
      { image: VOLUME_IMAGE },
    );
    const volumesAfter = docker('volume', 'ls', '-q').split('\n').filter(Boolean).sort();
    expect(volumesAfter).toEqual(volumesBefore);
    expect(outcome.stdout).toMatch(/^tmpfs \/data tmpfs rw,nosuid,nodev,noexec/);
    expect(outcome.stdout).toMatch(/No space left on device/);
  });

  it('lets the step write HOME=/tmp even when the image has /tmp at 0755, and /tmp is 1777 where the image allows', async () => {
    const run =
      'stat -c "%a %u" /tmp; grep " /tmp " /proc/mounts | grep -o "nr_inodes=[0-9]*"; echo hi > "$HOME/x" && echo wrote';
    const slim = await step(run, { image: TMP0755_IMAGE, user: '1000:1000' });
    // runc keeps the covered directory's mode; the step's user owns the tmpfs, so it writes.
    expect({ stdout: slim.stdout, stderr: slim.stderr }).toEqual({
      stdout: '755 1000\nnr_inodes=16384\nwrote\n',
      stderr: '',
    });
    const usual = await step(run, { user: '1000:1000' });
    expect(usual.stdout).toBe('1777 1000\nnr_inodes=16384\nwrote\n');
  });

  it('runs no image binary as root: the step and its holder both run as the step user', async () => {
    const ctx = sandboxContext({
      runtime,
      config: { image: TEST_IMAGE, run: 'sleep 3', workspace: 'copy' },
    });
    runIds.push(ctx.run.id);
    const pending = kind.run(ctx);
    const users = new Set<string>();
    const seen = new Set<string>();
    const until = Date.now() + 15_000;
    while (Date.now() < until && seen.size < 2) {
      for (const id of docker('ps', '-q', '--filter', `label=wflo.run=${ctx.run.id}`)
        .split('\n')
        .filter(Boolean)) {
        // Gone between the listing and the inspect: the step ended; go on.
        try {
          users.add(
            docker('inspect', '--format', '{{.Config.User}} {{json .HostConfig.CapAdd}}', id),
          );
          seen.add(id);
        } catch {
          continue;
        }
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await pending).status).toBe('succeeded');
    expect(seen.size).toBe(2);
    // Two containers seen, both non-root and without added capabilities.
    expect([...users].sort()).toEqual(['65534:65534 []']);
    expect(holderContainers(ctx.run.id)).toEqual([]);
  });
});

describe('workspace: read-only', () => {
  it('hides a nested repository’s .git/config and a submodule’s .git file', async () => {
    const checkout = mkdtempSync(join(tmpdir(), 'wflo-ro-'));
    mkdirSync(join(checkout, '.git'));
    writeFileSync(join(checkout, '.git', 'config'), 'top');
    mkdirSync(join(checkout, 'sub', '.git'), { recursive: true });
    writeFileSync(join(checkout, 'sub', '.git', 'config'), 'extraheader = AUTHORIZATION: token');
    mkdirSync(join(checkout, 'mod'));
    writeFileSync(join(checkout, 'mod', '.git'), 'gitdir: ../.git/modules/mod');
    writeFileSync(join(checkout, 'README'), 'readme');
    for (const path of ['', 'sub', 'sub/.git', 'mod', '.git'])
      execFileSync('chmod', ['a+rx', join(checkout, path)]);
    execFileSync('chmod', ['-R', 'a+r', checkout]);
    const outcome = await step(
      'cat README; echo; cat sub/.git/config 2>&1 || true; echo "[$(cat mod/.git)]"; ls -A .git sub/.git | tr "\\n" " "',
      { workspace: 'read-only' },
      checkout,
    );
    expect(outcome.status).toBe('succeeded');
    expect(outcome.stdout).not.toMatch(/token|top|gitdir/);
    expect(outcome.stdout).toMatch(/^readme\n/);
    expect(outcome.stdout).toMatch(/\[\]/);
  });

  it('keeps a host mount below the checkout read-only (the bind is non-recursive)', async () => {
    const checkout = mkdtempSync(join(tmpdir(), 'wflo-ro-'));
    execFileSync('chmod', ['0755', checkout]);
    const below = join(checkout, 'mnt');
    mkdirSync(below);
    // The request itself says NonRecursive, whatever the host allows.
    const options = toCreateOptions({
      image: 'i',
      cmd: ['true'],
      env: {},
      user: '1000:1000',
      workingDir: '/workspace',
      labels: {},
      memoryBytes: 1 << 26,
      nanoCpus: 1e9,
      pidsLimit: 8,
      nofileLimit: 64,
      tmpSizeBytes: 1 << 20,
      network: 'none',
      mounts: [{ type: 'bind', source: checkout, target: '/workspace', readOnly: true }],
    });
    expect(options.HostConfig?.Mounts?.[0]).toMatchObject({
      ReadOnly: true,
      BindOptions: { NonRecursive: true },
    });
    // And the engine honours it: a writable tmpfs mounted below the checkout on the host.
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=1777', 'tmpfs', below]);
    try {
      writeFileSync(join(below, 'host-file'), 'host');
      const outcome = await step(
        'ls mnt; echo x > mnt/planted 2>/dev/null && echo wrote || echo refused',
        { workspace: 'read-only' },
        checkout,
      );
      expect(outcome.stdout).toMatch(/refused\n$/);
      expect(() => statSync(join(below, 'planted'))).toThrow();
    } finally {
      execFileSync('umount', [below]);
    }
  });
});

describe('the start-up sweep', () => {
  it('removes a stale labelled container and volume of a dead process when the CLI starts', async () => {
    // A pid that is not running: a short-lived child's, after it exited.
    const deadPid = Number(execFileSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).trim());
    const stale = uniqueRunId('stale');
    runIds.push(stale);
    const labels: Record<string, string> = {
      ...runLabels(stale, 'box', 1),
      [LABEL_PID]: String(deadPid),
    };
    const labelArgs = Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]);
    docker('volume', 'create', ...labelArgs, `wflo-${stale}-v`);
    docker('create', ...labelArgs, TEST_IMAGE, 'true');
    expect(leftovers(stale)).toHaveLength(2);
    expect(labels[LABEL_HOST]).toBeTruthy();
    expect(labels[LABEL_RUN]).toBe(stale);

    const cwd = mkdtempSync(join(tmpdir(), 'wflo-cli-'));
    writeFileSync(
      join(cwd, 'w.yml'),
      `version: 1\nsteps:\n  - id: box\n    sandbox:\n      image: ${TEST_IMAGE}\n      run: "true"\n`,
    );
    let stderr = '';
    const code = await runCli(['run', 'w.yml'], {
      out: () => undefined,
      err: (t) => void (stderr += t),
      cwd,
      env: { PATH: process.env.PATH },
      forceExit: () => undefined,
      onInterrupt: () => () => undefined,
    });
    expect(stderr).not.toMatch(/warning/);
    expect(code).toBe(0);
    expect(leftovers(stale)).toEqual([]);
  });
});

describe('agent commands', () => {
  it('kills a setsid child at command_timeout: the file it writes stops growing', async () => {
    const start = runtime.startContainer?.bind(runtime);
    if (!start) throw new Error('the Docker runtime keeps containers');
    const runId = uniqueRunId('agent');
    runIds.push(runId);
    const box = await start(
      {
        image: TEST_IMAGE,
        cmd: ['sh', '-c', 'while :; do sleep 3600; done'],
        env: {},
        user: '65534:65534',
        workingDir: '/workspace',
        labels: runLabels(runId, 'agent', 1),
        memoryBytes: 1 << 28,
        nanoCpus: 1e9,
        pidsLimit: 64,
        nofileLimit: 256,
        tmpSizeBytes: 1 << 24,
        network: 'none',
        mounts: [
          {
            type: 'tmpfs',
            target: '/workspace',
            sizeBytes: 1 << 24,
            options: ['rw', 'nosuid', 'nodev', 'uid=65534', 'gid=65534'],
          },
        ],
      },
      { signal: new AbortController().signal },
    );
    try {
      const result = await box.exec(
        [
          'sh',
          '-c',
          "setsid sh -c 'while :; do echo x >> /workspace/leak; sleep 0.1; done' & sleep 30",
        ],
        { timeoutMs: 1500, capBytes: 4096 },
      );
      expect(result.timedOut).toBe(true);
      const size = async () =>
        (
          await box.exec(['sh', '-c', 'wc -c < /workspace/leak'], { timeoutMs: 5000, capBytes: 64 })
        ).stdout.data
          .toString()
          .trim();
      const first = await size();
      await new Promise((r) => setTimeout(r, 1000));
      expect(Number(first)).toBeGreaterThan(0);
      expect(await size()).toBe(first);
    } finally {
      await box.remove();
    }
  });
});
