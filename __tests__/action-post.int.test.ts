// The post phase removes the containers a run left behind (DESIGN.md §3): Docker owns
// them, so a main phase killed outright leaves them running.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { runAction } from './support/action-harness.js';

const run = promisify(execFile);
const IMAGE = 'wflo-test/busybox:1';

async function containersOf(runId: string): Promise<string[]> {
  const { stdout } = await run('docker', ['ps', '-aq', '--filter', `label=wflo.run=${runId}`]);
  return stdout.split('\n').filter(Boolean);
}

it(
  'removes the sandbox container of a run whose main phase was killed',
  { timeout: 90_000 },
  async () => {
    const ws = await mkdtemp(path.join(tmpdir(), 'wflo-ws-'));
    await writeFile(
      path.join(ws, 'w.yml'),
      `version: 1\nname: left-behind\nsteps:\n  - id: wait\n    sandbox: { image: "${IMAGE}", run: "sleep 60" }\n`,
    );
    let runId = '';
    let seenRunning: string[] = [];
    const { main, post } = await runAction({
      workspace: ws,
      with: { workflow: 'w.yml' },
      timeoutMs: 60_000,
      async duringMain(phase) {
        const deadline = Date.now() + 30_000;
        while (Date.now() < deadline) {
          runId = (await phase.state())['run-id'] ?? '';
          if (runId) seenRunning = await containersOf(runId);
          if (seenRunning.length > 0) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        phase.kill('SIGKILL');
      },
    });
    // The step's container, and its volume holder if the poll came late enough to see both.
    expect(
      seenRunning.length,
      'the sandbox containers were running when main was killed',
    ).toBeGreaterThan(0);
    expect(main.signal, main.stdout + main.stderr).toBe('SIGKILL');
    expect(runId).not.toBe('');
    expect(main.state['uses-containers']).toBe('true');
    expect(post.exitCode, post.stdout).toBe(0);
    expect(await containersOf(runId)).toEqual([]);
  },
);
