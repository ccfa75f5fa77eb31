import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject } from '../src/workflow/model.js';
import { createDockerRuntime } from '../src/sandbox/docker-runtime.js';
import { createSandboxKind } from '../src/steps/sandbox.js';
import { leftovers, requireDocker, sandboxContext, TEST_IMAGE } from './support/docker.js';

// Escape attempts, each run as a real sandbox step; every test asserts what the attempt got.

const runtime = createDockerRuntime();
const kind = createSandboxKind({ graceMs: 1000 });
const CANARY = `wflo-canary-${Math.random().toString(36).slice(2)}`;
const runIds: string[] = [];

beforeAll(() => {
  requireDocker();
  process.env.WFLO_TEST_CANARY = CANARY;
});
afterAll(() => {
  delete process.env.WFLO_TEST_CANARY;
  for (const id of runIds) expect(leftovers(id)).toEqual([]);
});

async function attempt(run: string, config: JsonObject = {}, workspace?: string) {
  const ctx = sandboxContext({
    runtime,
    hostEnv: { ...process.env, GITHUB_TOKEN: 'ghs_secret_token', OPENAI_API_KEY: 'sk-secret' },
    ...(workspace ? { workspace } : {}),
    config: { image: TEST_IMAGE, run, ...config },
  });
  runIds.push(ctx.run.id);
  const outcome = await kind.run(ctx);
  return {
    ...outcome,
    stdout: String(outcome.outputs.stdout),
    stderr: String(outcome.outputs.stderr),
  };
}

describe('sandbox escape attempts', () => {
  it('cannot write to the root filesystem', async () => {
    const r = await attempt('touch /evil; touch /bin/evil');
    expect(r.stderr).toContain('touch: /evil: Read-only file system');
    expect(r.stderr).toContain('touch: /bin/evil: Read-only file system');
  });

  it('cannot write to a read-only workspace, nor into its hidden .git', async () => {
    const checkout = mkdtempSync(join(tmpdir(), 'wflo-ro-'));
    chmodSync(checkout, 0o777);
    mkdirSync(join(checkout, '.git', 'hooks'), { recursive: true, mode: 0o777 });
    writeFileSync(join(checkout, '.git', 'config'), '[core]\n');
    // World-writable: only the read-only mount can stop the write.
    writeFileSync(join(checkout, 'file'), 'x', { mode: 0o666 });
    chmodSync(join(checkout, 'file'), 0o666);
    const r = await attempt(
      'echo y > file; echo "#!/bin/sh" > .git/hooks/pre-commit; ls -A .git | wc -l',
      { workspace: 'read-only' },
      checkout,
    );
    expect(r.stderr).toContain("can't create file: Read-only file system");
    expect(r.stderr).toContain("can't create .git/hooks/pre-commit: nonexistent directory");
    // .git internals are hidden: the directory seen inside is empty.
    expect(r.stdout.trim()).toBe('0');
  });

  it('cannot execute from /tmp', async () => {
    const r = await attempt('cp /bin/busybox /tmp/x && chmod +x /tmp/x && /tmp/x echo ran');
    expect(r.stdout).not.toContain('ran');
    expect(r.stderr).toContain('Permission denied');
  });

  it('cannot fill /tmp past its size limit', async () => {
    const r = await attempt('dd if=/dev/zero of=/tmp/fill bs=1M count=200 2>&1; du -m /tmp/fill');
    expect(r.stdout).toContain('No space left on device');
    expect(Number(r.stdout.trim().split('\n').pop()?.split('\t')[0])).toBeLessThanOrEqual(64);
  });

  it('cannot mount filesystems', async () => {
    const r = await attempt(
      'mount -t tmpfs none /tmp/m 2>&1; mkdir -p /tmp/m && mount -t proc proc /tmp/m 2>&1; echo done',
    );
    expect(r.stdout.match(/mount: permission denied/g)).toHaveLength(2);
    expect(r.stdout.trim().endsWith('done')).toBe(true);
  });

  it('gains nothing from a setuid-root binary', async () => {
    const r = await attempt('/opt/probe/suid-id');
    expect(r.stdout.trim()).toBe('uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)');
    expect(r.stdout).not.toContain('euid=0');
  });

  it('holds no capabilities, effective or bounding', async () => {
    const r = await attempt('grep -E "^Cap(Eff|Prm|Bnd|Amb)" /proc/self/status');
    expect(r.stdout.trim().split('\n')).toEqual([
      'CapPrm:\t0000000000000000',
      'CapEff:\t0000000000000000',
      'CapBnd:\t0000000000000000',
      'CapAmb:\t0000000000000000',
    ]);
  });

  it('cannot reach host processes, kernel knobs or devices through /proc, /sys and /dev', async () => {
    const r = await attempt(
      'ps -o pid,comm | wc -l; echo 1 > /proc/sys/kernel/sysrq; echo x > /sys/kernel/uevent_helper; head -c1 /proc/kcore; ls /dev',
    );
    // Only the init, the shell, ps and wc: no host process is visible.
    expect(Number(r.stdout.split('\n')[0])).toBeLessThanOrEqual(5);
    expect(r.stderr).toMatch(
      /can't create \/proc\/sys\/kernel\/sysrq: (Read-only file system|Permission denied|nonexistent directory)/,
    );
    expect(r.stderr).toMatch(
      /can't create \/sys\/kernel\/uevent_helper: (Read-only file system|Permission denied)/,
    );
    expect(r.stderr).toMatch(/kcore: (Permission denied|Operation not permitted|No such file)/);
    expect(r.stdout).not.toMatch(/\bsd[a-z]\b|\bvd[a-z]\b|\bnvme/);
  });

  it('sees neither the runner environment nor its secrets, in env or any /proc/*/environ', async () => {
    const r = await attempt('env; cat /proc/*/environ 2>/dev/null | tr "\\0" "\\n"');
    expect(r.stdout).not.toContain(CANARY);
    expect(r.stdout).not.toContain('ghs_secret_token');
    expect(r.stdout).not.toContain('sk-secret');
    expect(r.stdout).not.toContain('GITHUB_TOKEN');
  });

  it('finds no Docker socket', async () => {
    const r = await attempt('ls -l /var/run/docker.sock /run/docker.sock 2>&1; echo end');
    expect(r.stdout).toContain('/var/run/docker.sock: No such file or directory');
    expect(r.stdout).toContain('/run/docker.sock: No such file or directory');
  });

  it('cannot reach the network over TCP, UDP or DNS with network none', async () => {
    const r = await attempt(
      [
        'tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d " "',
        'echo x | nc -w 2 1.1.1.1 80 2>&1; echo "tcp $?"',
        'nslookup example.com 8.8.8.8 2>&1; echo "udp $?"',
        'nslookup example.com 2>&1; echo "dns $?"',
      ].join('; '),
    );
    const lines = r.stdout.split('\n');
    // The only interface is loopback.
    expect(lines[0]).toBe('lo');
    expect(r.stdout).toContain(
      "nc: can't connect to remote host (1.1.1.1): Network is unreachable\ntcp 1",
    );
    expect(r.stdout).toMatch(/Network is unreachable[\s\S]*udp 1/);
    expect(r.stdout).toContain('dns 1');
    expect(r.stdout).not.toMatch(/Name:\s+example\.com/);
  });

  it('cannot fork past the pids limit, and the step still ends', async () => {
    const r = await attempt(
      'i=0; while [ $i -lt 100 ]; do sleep 5 & i=$((i+1)); done; echo tried',
      { pids: 16, timeout: '20s' },
    );
    expect(r.stderr).toMatch(/can't fork|Resource temporarily unavailable/);
    expect(r.outputs.timed_out).toBe(false);
  });

  it('cannot exceed its memory limit from a child process', async () => {
    const r = await attempt('awk \'BEGIN { s = "x"; while (1) s = s s }\'; echo "child exit $?"', {
      memory: '16m',
    });
    expect(r.stdout).toBe('child exit 137\n');
    expect(r.outputs.oom_killed).toBe(false);
  });

  it('is stopped at its timeout when it busy-loops, a failure of the step with timed_out', async () => {
    const r = await attempt('while :; do :; done', { timeout: '1s' });
    expect(r.status).toBe('failed');
    expect(r.outputs.timed_out).toBe(true);
  });
});
