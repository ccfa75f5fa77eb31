import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGitEntries, readOnlyCheckoutMounts } from '../src/sandbox/container-spec.js';

describe('the walk for nested .git (workspace: read-only)', () => {
  it('finds .git folders and files at any depth and in any letter case, never through a symlink', async () => {
    const root = mkdtempSync(join(tmpdir(), 'wflo-walk-'));
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, 'a', 'b', '.GIT'), { recursive: true });
    mkdirSync(join(root, 'mod'));
    writeFileSync(join(root, 'mod', '.git'), 'gitdir: ../.git/modules/mod');
    const outside = mkdtempSync(join(tmpdir(), 'wflo-outside-'));
    mkdirSync(join(outside, 'other', '.git'), { recursive: true });
    symlinkSync(outside, join(root, 'link'));
    const found = await findGitEntries(root);
    expect(found.sort((x, y) => (x.path < y.path ? -1 : 1))).toEqual([
      { path: '.git', dir: true },
      { path: 'a/b/.GIT', dir: true },
      { path: 'mod/.git', dir: false },
    ]);
    const mounts = await readOnlyCheckoutMounts(root, '/workspace', tmpdir());
    expect(mounts.map((m) => `${m.type} ${m.target}`)).toEqual([
      'bind /workspace',
      expect.stringMatching(/^tmpfs \/workspace\/(\.git|a\/b\/\.GIT)$/),
      expect.stringMatching(/^(tmpfs|bind) \/workspace\//),
      expect.stringMatching(/^(tmpfs|bind) \/workspace\//),
    ]);
    expect(
      mounts.filter((m) => m.type === 'bind' && m.target === '/workspace/mod/.git'),
    ).toHaveLength(1);
  });
});
