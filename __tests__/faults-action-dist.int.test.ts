// The built action (dist/index.js) when RUNNER_TEMP is full (issue #18): the run's outcome
// still decides the job, the outputs and the summary are written, and what could not be
// written (the report) is named in a warning with the reason, instead of an internal error.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from './support/action-harness.js';

const mounts: string[] = [];
afterAll(() => {
  for (const at of mounts.splice(0)) execFileSync('umount', ['-l', at]);
});

/** A tmpfs filled to the last byte (the tests run as root, as the CI container does). */
function fullDisk(): string {
  const at = mkdtempSync(path.join(tmpdir(), 'wflo-full-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', at]);
  mounts.push(at);
  execFileSync('sh', ['-c', `dd if=/dev/zero of=${at}/fill bs=1k count=64 2>/dev/null || true`]);
  return at;
}

describe('a full RUNNER_TEMP', () => {
  it('keeps the outcome, the outputs and the summary, and says the report could not be written', async () => {
    const ws = await mkdtemp(path.join(tmpdir(), 'wflo-ws-'));
    await writeFile(
      path.join(ws, 'w.yml'),
      'version: 1\nname: tiny\nsteps:\n  - id: ok\n    shell: { run: "true" }\n',
    );
    const runnerTemp = fullDisk();
    const { main, post } = await runAction({
      workspace: ws,
      with: { workflow: 'w.yml' },
      env: { RUNNER_TEMP: runnerTemp },
    });
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);
    expect(main.stdout).not.toContain('internal error');
    expect(main.outputs.status).toBe('succeeded');
    expect(main.outputs['cost-usd']).toBe('0');
    expect(main.outputs['report-file']).toBeUndefined();
    expect(main.summary).toContain('wflo: tiny succeeded');
    const warnings = main.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^wflo cannot write the report to .*wflo-report-.*\.json: the disk is full; the report-file output is empty$/,
      ),
    );
    // Nothing half-written is left behind on the full disk.
    expect(readdirSync(runnerTemp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(post.exitCode).toBe(0);
  });
});
