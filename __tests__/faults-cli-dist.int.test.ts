// Faults of the environment, through the built CLI (dist/cli.js) as a user meets them
// (issue #18): a report path that cannot be written is found before the first step, a disk
// that fills during the run costs the report but not the run's exit code, and an engine that
// answers nothing fails the step and lets the process exit.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/action-harness.js';
import { requireDocker, TEST_IMAGE } from './support/docker.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

function wflo(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    // A hang fails the test instead of the suite.
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A workflow whose one step leaves a marker, so a test can tell whether any step ran. */
function markerWorkflow(dir: string, run = 'touch "$MARK"'): string {
  const file = path.join(dir, 'wf.yml');
  writeFileSync(
    file,
    `version: 1\nsteps:\n  - id: mark\n    shell:\n      run: ${JSON.stringify(run)}\n      env: { MARK: ${JSON.stringify(path.join(dir, 'ran'))} }\n`,
  );
  return file;
}

// A small tmpfs stands in for a full or read-only disk (the tests run as root, as the CI
// container does; mount fails loudly otherwise rather than skipping).
const mounts: string[] = [];
function tmpfs(options: string): string {
  const at = mkdtempSync(path.join(tmpdir(), 'wflo-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', at]);
  mounts.push(at);
  return at;
}
afterAll(() => {
  for (const at of mounts.splice(0)) execFileSync('umount', ['-l', at]);
});

describe('report paths that cannot be written', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wflo-faults-'));
  const file = markerWorkflow(dir);
  mkdirSync(path.join(dir, 'a-directory'));
  writeFileSync(path.join(dir, 'a-file'), '');

  it.each([
    ['a directory', () => path.join(dir, 'a-directory'), 'it is a directory'],
    ['a path under /proc', () => '/proc/self/wflo-report.json', 'proc is not a place for files'],
    [
      'a path through a file',
      () => path.join(dir, 'a-file', 'report.json'),
      'is a file, not a directory',
    ],
    [
      'a read-only file system',
      () => path.join(tmpfs('size=64k,ro'), 'report.json'),
      'the file system is read-only',
    ],
    [
      'a full disk',
      () => {
        const at = tmpfs('size=8k');
        execFileSync('sh', [
          '-c',
          `dd if=/dev/zero of=${at}/fill bs=1k count=64 2>/dev/null || true`,
        ]);
        return path.join(at, 'report.json');
      },
      'the disk is full',
    ],
  ])('%s is refused before the first step, in one sentence', async (_name, target, reason) => {
    const report = target();
    const r = await wflo(['run', file, '--report', report], dir);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^wflo: cannot write the report to .*: /);
    expect(r.stderr).toContain(reason);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(dir, 'ran'))).toBe(false);
  });

  it('a disk that fills during the run loses the report, not the exit code, and leaves no temp file', async () => {
    const disk = tmpfs('size=64k');
    const run = path.join(dir, 'fills');
    mkdirSync(run);
    const wf = markerWorkflow(
      run,
      `dd if=/dev/zero of=${disk}/fill bs=1k count=1024 2>/dev/null || true; touch "$MARK"`,
    );
    const r = await wflo(['run', wf, '--report', path.join(disk, 'report.json')], run);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(run, 'ran'))).toBe(true);
    expect(r.stderr).toMatch(/wflo: cannot write the report to .*report\.json: the disk is full\n/);
    expect(r.stdout).toMatch(/succeeded/);
    expect(readdirSync(disk)).toEqual(['fill']);
  });
});

describe('an engine that answers nothing', () => {
  const sockets: Socket[] = [];
  const server = createServer((s) => {
    sockets.push(s);
    s.on('error', () => undefined);
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'wflo-stalled-'));
  const socket = path.join(dir, 'docker.sock');
  beforeAll(async () => {
    requireDocker();
    await new Promise<void>((r) => server.listen(socket, r));
  });
  afterAll(async () => {
    sockets.forEach((s) => s.destroy());
    await new Promise((r) => server.close(r));
  });

  it('refuses the sandbox step before it starts, in one sentence, and the CLI exits', async () => {
    writeFileSync(
      path.join(dir, 'wf.yml'),
      `version: 1\nsteps:\n  - id: box\n    sandbox: { image: ${TEST_IMAGE}, run: 'true' }\n`,
    );
    const r = await wflo(['run', 'wf.yml', '--report', 'report.json'], dir, {
      DOCKER_HOST: `unix://${socket}`,
      WFLO_DOCKER_TIMEOUT: '0.5',
    });
    expect(r.code, r.stderr).toBe(1);
    // The pre-flight's ping finds it before the first step: one sentence, and the CLI exits.
    expect(r.stderr).toMatch(
      /^wflo: Step 'box' \(wf\.yml:3:5\) starts containers, but Docker could not be reached: the Docker engine did not answer within 0\.5 s \(WFLO_DOCKER_TIMEOUT\); start Docker/m,
    );
    expect(existsSync(path.join(dir, 'report.json'))).toBe(false);
  });
});
