// Applying a step's change set to the checkout: only onto what the step saw, all or
// nothing, idempotent, and taken back exactly; and the JSON form a checkpoint carries.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../src/checkout/apply.js';
import {
  ChangeRejectedError,
  decodeChangeSet,
  encodeChangeSet,
  type ChangeSet,
} from '../src/checkout/change-set.js';
import { localCheckout } from '../src/checkout/local.js';
import { readChanges, snapshotCheckout } from '../src/sandbox/workspace.js';
import { treeHash } from './support/docker-tree.js';
import { workspaceArchive, type ArchiveEntry } from './support/workspace-archive.js';

type Entry = ArchiveEntry;

/** A checkout with a text file, a script, a file to delete and a nested file. */
function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), 'wflo-apply-'));
  writeFileSync(join(root, 'README'), 'hello\n');
  writeFileSync(join(root, 'run.sh'), '#!/bin/sh\necho run\n');
  chmodSync(join(root, 'run.sh'), 0o755);
  writeFileSync(join(root, 'obsolete'), 'old\n');
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'app.ts'), 'one\ntwo\n');
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  return root;
}

/** What a copy workspace gives back: the checkout as the step left it, as Docker's archive. */
async function stepResult(root: string, entries: Entry[]): Promise<ChangeSet> {
  return readChanges(await workspaceArchive(entries), root, await snapshotCheckout(root));
}

/** The step: edits src/app.ts, deletes obsolete, adds lib/new/util.ts and a binary file. */
const edited: Entry[] = [
  { name: 'workspace/README', body: 'hello\n' },
  { name: 'workspace/run.sh', body: '#!/bin/sh\necho run\n', mode: 0o755 },
  { name: 'workspace/src/app.ts', body: 'one\n2\nthree\n' },
  { name: 'workspace/lib/new/util.ts', body: 'export {};\n' },
  { name: 'workspace/logo.bin', body: Buffer.from([0, 1, 2, 255]) },
];

describe('applying a change set', () => {
  it('applies what the step did, and takes it back to the byte, new directories included', async () => {
    const root = checkout();
    const before = treeHash(root);
    const set = await stepResult(root, edited);
    const applied = await applyChanges(set, root);
    expect(applied.written).toBe(4);
    expect(readFileSync(join(root, 'src', 'app.ts'), 'utf8')).toBe('one\n2\nthree\n');
    expect(existsSync(join(root, 'obsolete'))).toBe(false);
    expect(readFileSync(join(root, 'logo.bin'))).toEqual(Buffer.from([0, 1, 2, 255]));
    expect(await applied.revert()).toEqual([]);
    expect(treeHash(root)).toBe(before);
    expect(existsSync(join(root, 'lib'))).toBe(false);
  });

  it('refuses a checkout that changed since the step read it, naming the path and writing nothing', async () => {
    const root = checkout();
    const set = await stepResult(root, edited);
    writeFileSync(join(root, 'src', 'app.ts'), 'someone else\n');
    const before = treeHash(root);
    const refused = applyChanges(set, root);
    await expect(refused).rejects.toBeInstanceOf(ChangeRejectedError);
    await expect(refused).rejects.toThrow(
      'the checkout is not as the step saw it: src/app.ts changed since the step read it.',
    );
    expect(treeHash(root)).toBe(before);
  });

  it('refuses to add a file where one appeared since the step ran', async () => {
    const root = checkout();
    const set = await stepResult(root, edited);
    mkdirSync(join(root, 'lib', 'new'), { recursive: true });
    writeFileSync(join(root, 'lib', 'new', 'util.ts'), 'mine\n');
    await expect(applyChanges(set, root)).rejects.toThrow('lib/new/util.ts changed since');
    expect(readFileSync(join(root, 'lib', 'new', 'util.ts'), 'utf8')).toBe('mine\n');
  });

  it('applies the same change set twice as once: a continued run re-applies safely', async () => {
    const root = checkout();
    const set = await stepResult(root, edited);
    await applyChanges(set, root);
    const after = treeHash(root);
    const again = await applyChanges(set, root);
    expect(again.written).toBe(0);
    expect(treeHash(root)).toBe(after);
  });

  it('leaves a path edited after the apply as it is when taking the changes back, and says so', async () => {
    const root = checkout();
    const applied = await applyChanges(await stepResult(root, edited), root);
    writeFileSync(join(root, 'src', 'app.ts'), 'edited by a later step\n');
    expect(await applied.revert()).toEqual([
      "src/app.ts was left as it is: it changed after wflo applied the step's change",
    ]);
    expect(readFileSync(join(root, 'src', 'app.ts'), 'utf8')).toBe('edited by a later step\n');
    // The rest went back.
    expect(readFileSync(join(root, 'obsolete'), 'utf8')).toBe('old\n');
    expect(existsSync(join(root, 'logo.bin'))).toBe(false);
  });

  it('is all or nothing: a write that fails midway puts back what was written before it', async () => {
    const root = checkout();
    const before = treeHash(root);
    const set: ChangeSet = {
      changes: [
        {
          path: 'a-first.txt',
          status: 'added',
          type: 'file',
          mode: 0o644,
          content: Buffer.from('x\n'),
          additions: 1,
          deletions: 0,
          binary: false,
        },
        {
          // README is a file: writing under it must fail after a-first.txt was written.
          path: 'README/inside',
          status: 'added',
          type: 'file',
          mode: 0o644,
          content: Buffer.from('y\n'),
          additions: 1,
          deletions: 0,
          binary: false,
        },
      ],
    };
    await expect(applyChanges(set, root)).rejects.toThrow('is not a directory');
    expect(treeHash(root)).toBe(before);
  });

  it('never reads a fifo or a device the checkout holds where the step saw a file', async () => {
    const root = checkout();
    const set = await stepResult(root, edited);
    execFileSync('rm', [join(root, 'src', 'app.ts')]);
    execFileSync('mkfifo', [join(root, 'src', 'app.ts')]);
    // Reading the fifo would block forever; it is refused as changed instead.
    await expect(applyChanges(set, root)).rejects.toThrow('src/app.ts changed since');
  });

  it('refuses a path under a directory that became a symlink out of the checkout', async () => {
    const root = checkout();
    const set = await stepResult(root, edited);
    execFileSync('rm', ['-r', join(root, 'src')]);
    symlinkSync('/dev', join(root, 'src'));
    await expect(applyChanges(set, root)).rejects.toThrow(
      /writes through .*src, which is not a directory/,
    );
  });
});

describe('the change set as a checkpoint carries it', () => {
  it('keeps text as text and other bytes as base64, and reads back the same change set', async () => {
    const root = checkout();
    const set = await stepResult(root, edited);
    const json = encodeChangeSet(set);
    const text = JSON.stringify(json);
    expect(text).toContain('"text":"one\\n2\\nthree\\n"');
    expect(text).toContain('"base64":"AAEC/w=="');
    expect(decodeChangeSet(JSON.parse(text))).toEqual(set);
  });

  it('applies a carried change set to a fresh checkout of the same files', async () => {
    const first = checkout();
    const json = JSON.parse(JSON.stringify(encodeChangeSet(await stepResult(first, edited))));
    await localCheckout.apply(first, json);
    const fresh = checkout();
    await localCheckout.apply(fresh, json);
    expect(treeHash(fresh)).toBe(treeHash(first));
  });

  it.each([
    ['not a change set', { changes: [] }, 'not in the wflo.changes/1 format'],
    [
      'a change without content',
      {
        format: 'wflo.changes/1',
        changes: [{ path: 'a', status: 'added', type: 'file', mode: 420 }],
      },
      'has no content',
    ],
    [
      'an unknown status',
      { format: 'wflo.changes/1', changes: [{ path: 'a', status: 'renamed' }] },
      'has status "renamed"',
    ],
  ])('refuses %s', (_what, json, message) => {
    expect(() => decodeChangeSet(json)).toThrow(message);
  });

  it('refuses a forged change set that climbs out of the checkout or plants a git hook', async () => {
    const root = checkout();
    const before = treeHash(root);
    for (const path of ['../escape', '.git/hooks/pre-commit', '/etc/cron.d/x']) {
      const forged = {
        format: 'wflo.changes/1',
        changes: [{ path, status: 'added', type: 'file', mode: 493, text: '#!/bin/sh\n' }],
      };
      await expect(localCheckout.apply(root, forged)).rejects.toBeInstanceOf(ChangeRejectedError);
    }
    expect(treeHash(root)).toBe(before);
  });

  it('never gives back setuid bits from a forged mode', async () => {
    const root = checkout();
    const forged = {
      format: 'wflo.changes/1',
      changes: [{ path: 'tool', status: 'added', type: 'file', mode: 0o4755, text: 'x' }],
    };
    await localCheckout.apply(root, forged);
    expect(
      execFileSync('stat', ['-c', '%a', join(root, 'tool')], { encoding: 'utf8' }).trim(),
    ).toBe('755');
  });
});
