// `wflo diff --state DIR`: what it says when there is nothing to show (the happy path is in
// resume-cli.int.test.ts, after a real paused run).
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wfloIn } from './support/cli-io.js';

describe('wflo diff', () => {
  it('needs --state, and says so naming the command', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wflo-diff-'));
    const r = await wfloIn(dir, {}, ['diff']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("wflo: 'wflo diff' needs --state DIR (see 'wflo diff --help')\n");
  });

  it('says a folder holds no checkpoint, or several that need the FILE named', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wflo-diff-'));
    await mkdir(path.join(dir, 'st'));
    expect((await wfloIn(dir, {}, ['diff', '--state', 'st'])).stderr).toBe(
      "wflo: st holds no checkpoint (see 'wflo diff --help')\n",
    );
    await writeFile(path.join(dir, 'st', 'a.yml-1.checkpoint.json'), '{}\n');
    await writeFile(path.join(dir, 'st', 'b.yml-2.checkpoint.json'), '{}\n');
    const r = await wfloIn(dir, {}, ['diff', '--state', 'st']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('st holds checkpoints of 2 workflows; name the FILE');
  });

  it('is listed in the help', async () => {
    const r = await wfloIn(tmpdir(), {}, ['--help']);
    expect(r.stdout).toContain('wflo diff --state DIR [FILE]');
  });
});
