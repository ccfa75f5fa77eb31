import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import * as tar from 'tar-stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../src/checkout/apply.js';
import { ChangeRejectedError, type ChangeSet } from '../src/checkout/change-set.js';
import { packCheckout, readChanges, snapshotCheckout } from '../src/sandbox/workspace.js';
import { readCheckoutFile } from '../src/sandbox/checkout-read.js';
import { MAX_OUTPUT_BYTES, readOutputFile } from '../src/sandbox/output-file.js';
import { readBack, ReadBackTimeoutError } from '../src/sandbox/read-back.js';
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

/** A tar whose last entry has only its header: a body that would never come (or take forever). */
function headerOnly(entries: Entry[], last: tar.Headers): PassThrough {
  const pack = tar.pack();
  const out = new PassThrough();
  pack.pipe(out);
  pack.entry({ name: 'workspace/', type: 'directory', mode: 0o755 });
  for (const { body, ...header } of entries) pack.entry({ mode: 0o644, ...header }, body);
  // Never written to: the header goes out, the body never does.
  pack.entry({ mode: 0o644, ...last });
  return out;
}

describe('reading a hostile workspace back', () => {
  it('counts each hard link at its full size and refuses the flood at the first link past the cap', async () => {
    const root = checkout();
    const body = Buffer.alloc(40 * 1024, 1);
    const links = Array.from({ length: 150 }, (_, i) => ({
      name: `workspace/l${i}`,
      type: 'link' as const,
      linkname: 'workspace/big',
    }));
    const refused = readChanges(
      await archive([{ name: 'workspace/big', body }, ...links]),
      root,
      await snapshotCheckout(root),
      { maxFiles: 10_000, maxBytes: 100 * 1024 },
    );
    await expect(refused).rejects.toBeInstanceOf(ChangeRejectedError);
    // 40 KiB + 40 KiB fits in 100 KiB; the second link would make 120 KiB.
    await expect(refused).rejects.toThrow(
      'the workspace grew past the 102400-byte limit at l1 (a hard link counts at the full size of its target).',
    );
  });

  it('refuses a file at its header, before any of its body is read', async () => {
    const root = checkout();
    const stream = headerOnly([{ name: 'workspace/a.txt', body: 'a\n' }], {
      name: 'workspace/sparse',
      size: 5 * 1024 ** 3,
    });
    const refused = readChanges(stream, root, await snapshotCheckout(root));
    await expect(refused).rejects.toThrow(
      `the workspace grew past the ${100 * 1024 * 1024}-byte limit at sparse.`,
    );
  });

  it('refuses a name that is not valid UTF-8 with a sentence naming it', async () => {
    const refused = changesOf([
      { name: 'workspace/a.txt', body: 'a\n' },
      // tar-stream writes the name as given; bytes that are not UTF-8 decode to U+FFFD.
      { name: `workspace/bad${String.fromCharCode(0xfffd)}name`, body: 'x' },
    ]);
    await expect(refused).rejects.toThrow(
      'the step left a name that is not valid UTF-8 (bad\\ufffdname), which is never taken back.',
    );
  });
});

describe('reading the checkout to copy it in', () => {
  it('refuses a checkout name that is not valid UTF-8, naming it escaped', async () => {
    const root = checkout();
    writeFileSync(Buffer.concat([Buffer.from(`${root}/caf`), Buffer.from([0xe9])]), 'x');
    await expect(snapshotCheckout(root)).rejects.toThrow(
      'the checkout holds a name that is not valid UTF-8 (caf\\xe9)',
    );
  });

  it('reads a file swapped for a symlink as a refusal, never through the link', async () => {
    const root = checkout();
    const secret = join(mkdtempSync(join(tmpdir(), 'wflo-secret-')), 'shadow');
    writeFileSync(secret, 'secret\n');
    mkdirSync(join(root, 'd'));
    writeFileSync(join(root, 'd', 'f'), 'plain\n');
    const snapshot = await snapshotCheckout(root);
    // After the listing: the folder becomes a link to the secret's folder, the file a link.
    rmSync(join(root, 'd'), { recursive: true });
    symlinkSync(join(secret, '..'), join(root, 'd'));
    await expect(readCheckoutFile(root, 'd/shadow')).rejects.toThrow(
      'd in the checkout changed while it was being copied',
    );
    rmSync(join(root, 'd'));
    mkdirSync(join(root, 'd'));
    symlinkSync(secret, join(root, 'd', 'f'));
    await expect(readCheckoutFile(root, 'd/f')).rejects.toThrow(
      'd/f in the checkout changed while it was being copied',
    );
    expect(snapshot.get('d/f')).toMatchObject({ type: 'file', size: 6 });
  });

  it('copies in only the bytes the snapshot hashed', async () => {
    const root = checkout();
    const snapshot = await snapshotCheckout(root);
    writeFileSync(join(root, 'a.txt'), 'changed after the snapshot\n');
    const pack = packCheckout(root, snapshot, 1000, 1000);
    pack.resume();
    await expect(
      new Promise((resolve, reject) => pack.on('error', reject).on('end', resolve)),
    ).rejects.toThrow(
      'a.txt in the checkout changed while it was being copied, so nothing was copied',
    );
  });
});

describe('reading results back with a deadline', () => {
  it('refuses an output.json larger than the cap at its header', async () => {
    const stream = headerOnly([], { name: 'out/output.json', size: 5 * 1024 ** 3 });
    await expect(readOutputFile(stream)).rejects.toThrow(
      `it is larger than ${MAX_OUTPUT_BYTES} bytes`,
    );
  });

  it('refuses an output folder whose other files pass the cap', async () => {
    const stream = headerOnly([], { name: 'out/junk', size: 2 * 1024 ** 3 });
    await expect(readOutputFile(stream)).rejects.toThrow('holds more than');
  });

  it('stops at its deadline, destroys the archive and says which path', async () => {
    const endless = new PassThrough();
    const read = readBack(
      () => Promise.resolve(endless),
      (tar) => new Promise((resolve) => tar.on('end', resolve)),
      { path: '/workspace', deadlineMs: 50 },
    );
    await expect(read).rejects.toBeInstanceOf(ReadBackTimeoutError);
    await expect(read).rejects.toThrow('reading /workspace back from the container took more than');
    expect(endless.destroyed).toBe(true);
  });

  it('stops at once on cancel with the cancel as the reason', async () => {
    const endless = new PassThrough();
    const cancel = new AbortController();
    const read = readBack(
      () => Promise.resolve(endless),
      (tar) => new Promise((resolve) => tar.on('end', resolve)),
      { path: '/workspace', signal: cancel.signal },
    );
    const reason = new Error('cancelled');
    setTimeout(() => cancel.abort(reason), 10);
    const started = Date.now();
    await expect(read).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(endless.destroyed).toBe(true);
  });

  it('destroys the archive once the reader refused it, so nothing drains it', async () => {
    const stream = headerOnly([], { name: 'out/output.json', size: 5 * 1024 ** 3 });
    await expect(
      readBack(
        () => Promise.resolve(stream),
        (tar) => readOutputFile(tar),
        { path: '/run/wflo' },
      ),
    ).rejects.toThrow('larger than');
    expect(stream.destroyed).toBe(true);
  });
});
