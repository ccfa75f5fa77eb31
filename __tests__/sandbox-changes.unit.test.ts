import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../src/checkout/apply.js';
import { ChangeRejectedError, type ChangeSet } from '../src/checkout/change-set.js';
import { readChanges, snapshotCheckout } from '../src/sandbox/workspace.js';
import { treeHash } from './support/docker-tree.js';
import { workspaceArchive, type ArchiveEntry } from './support/workspace-archive.js';

type Entry = ArchiveEntry;
const archive = workspaceArchive;

function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), 'wflo-changes-'));
  writeFileSync(join(root, 'a.txt'), 'a\n');
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  return root;
}

async function changesOf(
  entries: Entry[],
  limits?: { maxFiles: number; maxBytes: number },
): Promise<ChangeSet> {
  const root = checkout();
  return readChanges(await archive(entries), root, await snapshotCheckout(root), limits);
}

describe('change sets coming back from a copy workspace', () => {
  it('lists nothing when the copy is unchanged', async () => {
    expect(await changesOf([{ name: 'workspace/a.txt', body: 'a\n' }])).toEqual({ changes: [] });
  });

  it.each([
    ['a path with ..', { name: 'workspace/../escape', body: 'x' }, "path with '..'"],
    ['an absolute path', { name: '/etc/cron.d/x', body: 'x' }, 'absolute path'],
    ['a file under .git', { name: 'workspace/.git/hooks/pre-commit', body: 'x' }, 'under .git'],
    ['a nested .git', { name: 'workspace/sub/.git/config', body: 'x' }, 'under .git'],
    [
      'an absolute symlink',
      { name: 'workspace/l', type: 'symlink', linkname: '/etc/shadow' },
      'points outside',
    ],
    [
      'a climbing symlink',
      { name: 'workspace/d/l', type: 'symlink', linkname: '../../x' },
      'points outside',
    ],
    [
      'a symlink into .git',
      { name: 'workspace/l', type: 'symlink', linkname: '.git/config' },
      'points outside',
    ],
    [
      'a hard link to a file not in the workspace',
      { name: 'workspace/h', type: 'link', linkname: 'etc/passwd' },
      'hard link',
    ],
    ['a character device', { name: 'workspace/dev', type: 'character-device' }, 'special file'],
    ['a fifo', { name: 'workspace/pipe', type: 'fifo' }, 'special file'],
  ] as Array<[string, Entry, string]>)('refuses %s', async (_what, entry, message) => {
    const refused = changesOf([{ name: 'workspace/a.txt', body: 'a\n' }, entry]);
    await expect(refused).rejects.toBeInstanceOf(ChangeRejectedError);
    await expect(refused).rejects.toThrow(message);
  });

  it('refuses a workspace past the byte limit', async () => {
    const big = 'x'.repeat(2048);
    await expect(
      changesOf([{ name: 'workspace/big', body: big }], { maxFiles: 10, maxBytes: 1024 }),
    ).rejects.toThrow('the workspace grew past the 1024-byte limit at big.');
  });

  it('refuses more changed files than the limit', async () => {
    const entries = [1, 2, 3].map((i) => ({ name: `workspace/f${i}`, body: 'x' }));
    await expect(changesOf(entries, { maxFiles: 2, maxBytes: 1e6 })).rejects.toThrow(
      'more than 2 files',
    );
  });

  it('keeps a hard link within the workspace as a copy of its target', async () => {
    const set = await changesOf([
      { name: 'workspace/a.txt', body: 'a\n' },
      { name: 'workspace/b.txt', type: 'link', linkname: 'workspace/a.txt' },
    ]);
    expect(set.changes).toMatchObject([
      { path: 'b.txt', status: 'added', type: 'file', content: Buffer.from('a\n') },
    ]);
  });

  it('lets an unchanged symlink of the checkout come back, wherever it points', async () => {
    const root = checkout();
    symlinkSync('/etc/hostname', join(root, 'host'));
    const entries = [
      { name: 'workspace/a.txt', body: 'a\n' },
      { name: 'workspace/host', type: 'symlink', linkname: '/etc/hostname' },
    ] as Entry[];
    expect(await readChanges(await archive(entries), root, await snapshotCheckout(root))).toEqual({
      changes: [],
    });
  });

  it('drops setuid bits from files that come back', async () => {
    const set = await changesOf([
      { name: 'workspace/a.txt', body: 'a\n' },
      { name: 'workspace/run', body: '#!/bin/sh\n', mode: 0o4755 },
    ]);
    expect(set.changes).toMatchObject([{ path: 'run', mode: 0o755 }]);
  });
});

describe('applying a change set to the checkout', () => {
  it('refuses a hand-made change set with .. and leaves the checkout as it was', async () => {
    const root = checkout();
    const before = treeHash(root);
    const set = {
      changes: [
        {
          path: '../outside',
          status: 'added',
          type: 'file',
          mode: 0o644,
          content: Buffer.from('x'),
          additions: 1,
          deletions: 0,
          binary: false,
        },
      ],
    } as ChangeSet;
    await expect(applyChanges(set, root)).rejects.toThrow("path with '..'");
    expect(treeHash(root)).toBe(before);
  });

  it('refuses to write through a symlinked directory in the checkout', async () => {
    const root = checkout();
    const outside = mkdtempSync(join(tmpdir(), 'wflo-outside-'));
    symlinkSync(outside, join(root, 'linked'));
    const set = {
      changes: [
        {
          path: 'linked/x',
          status: 'added',
          type: 'file',
          mode: 0o644,
          content: Buffer.from('x'),
          additions: 1,
          deletions: 0,
          binary: false,
        },
      ],
    } as ChangeSet;
    await expect(applyChanges(set, root)).rejects.toThrow('is not a directory');
  });

  it('replaces a directory the step emptied with a file of the same name', async () => {
    const root = checkout();
    mkdirSync(join(root, 'd'));
    writeFileSync(join(root, 'd', 'inner'), 'x\n');
    const set = await readChanges(
      await archive([
        { name: 'workspace/a.txt', body: 'a\n' },
        { name: 'workspace/d', body: 'now a file\n' },
      ]),
      root,
      await snapshotCheckout(root),
    );
    await applyChanges(set, root);
    expect(readFileSync(join(root, 'd'), 'utf8')).toBe('now a file\n');
  });

  it('replaces a symlinked file rather than writing through it', async () => {
    const root = checkout();
    const outside = join(mkdtempSync(join(tmpdir(), 'wflo-outside-')), 'target');
    writeFileSync(outside, 'keep\n');
    symlinkSync(outside, join(root, 'f'));
    const set = {
      changes: [
        {
          path: 'f',
          status: 'modified',
          type: 'file',
          mode: 0o644,
          content: Buffer.from('new\n'),
          additions: 1,
          deletions: 0,
          binary: false,
        },
      ],
    } as ChangeSet;
    await applyChanges(set, root);
    expect(readFileSync(outside, 'utf8')).toBe('keep\n');
    expect(readFileSync(join(root, 'f'), 'utf8')).toBe('new\n');
  });
});
