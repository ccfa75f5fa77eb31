// What a reviewer reads at a gate: the held changes as a unified diff against the checkout.
import { createHash } from 'node:crypto';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeChangeSet, type Change } from '../src/checkout/change-set.js';
import { diffHeld, unifiedDiff } from '../src/checkout/diff.js';

const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
const stat = { additions: 0, deletions: 0, binary: false };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wflo-diff-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function diffOf(changes: Change[]) {
  return diffHeld(dir, [['fix', encodeChangeSet({ changes })]]);
}

describe('the held diff', () => {
  it('shows a modified file as git does, its old side read from the checkout', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'one\ntwo\nthree\n');
    const [file] = await diffOf([
      {
        path: 'a.txt',
        status: 'modified',
        type: 'file',
        mode: 0o644,
        content: Buffer.from('one\nTWO\nthree\n'),
        before: { type: 'file', sha256: sha('one\ntwo\nthree\n'), executable: false },
        ...stat,
      },
    ]);
    expect(file?.patch).toBe(
      'diff --git a/a.txt b/a.txt\n--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,3 @@\n one\n-two\n+TWO\n three\n',
    );
    expect(file).toMatchObject({ step: 'fix', path: 'a.txt', additions: 1, deletions: 1 });
  });

  it('shows additions, deletions, mode changes, symlinks and binary files sensibly', async () => {
    await writeFile(path.join(dir, 'gone.txt'), 'bye\n');
    await writeFile(path.join(dir, 'run.sh'), 'echo hi\n');
    await writeFile(path.join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0, 1]));
    const files = await diffOf([
      {
        path: 'new.txt',
        status: 'added',
        type: 'file',
        mode: 0o644,
        content: Buffer.from('hello\n'),
        ...stat,
      },
      {
        path: 'gone.txt',
        status: 'deleted',
        before: { type: 'file', sha256: sha('bye\n'), executable: false },
        ...stat,
      },
      {
        path: 'run.sh',
        status: 'modified',
        type: 'file',
        mode: 0o755,
        content: Buffer.from('echo hi\n'),
        before: { type: 'file', sha256: sha('echo hi\n'), executable: false },
        ...stat,
      },
      { path: 'link', status: 'added', type: 'symlink', target: 'new.txt', ...stat },
      {
        path: 'logo.png',
        status: 'modified',
        type: 'file',
        mode: 0o644,
        content: Buffer.from([0x89, 0x50, 0, 2]),
        before: { type: 'file', sha256: sha(Buffer.from([0x89, 0x50, 0, 1])), executable: false },
        ...stat,
        binary: true,
      },
      {
        path: 'latin1.txt',
        status: 'added',
        type: 'file',
        mode: 0o644,
        content: Buffer.from([0x63, 0x61, 0x66, 0xe9]),
        ...stat,
        binary: true,
      },
    ]);
    const text = unifiedDiff(files);
    expect(text).toContain(
      'diff --git a/new.txt b/new.txt\nnew file mode 100644\n--- /dev/null\n+++ b/new.txt\n@@ -0,0 +1,1 @@\n+hello\n',
    );
    expect(text).toContain(
      'diff --git a/gone.txt b/gone.txt\ndeleted file mode 100644\n--- a/gone.txt\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-bye\n',
    );
    expect(text).toContain('diff --git a/run.sh b/run.sh\nold mode 100644\nnew mode 100755\n');
    expect(text).toContain(
      'diff --git a/link b/link\nnew file mode 120000\n--- /dev/null\n+++ b/link\n@@ -0,0 +1,1 @@\n+new.txt\n\\ No newline at end of file\n',
    );
    expect(text).toContain('Binary files a/logo.png and b/logo.png differ\n');
    expect(text).toContain('Binary files /dev/null and b/latin1.txt differ\n');
  });

  it('leaves out what the checkout already has, and never shows a file the step did not see', async () => {
    await writeFile(path.join(dir, 'same.txt'), 'x\n');
    await writeFile(path.join(dir, 'moved.txt'), 'secret edited by hand\n');
    const files = await diffOf([
      {
        path: 'same.txt',
        status: 'modified',
        type: 'file',
        mode: 0o644,
        content: Buffer.from('x\n'),
        ...stat,
      },
      {
        path: 'moved.txt',
        status: 'modified',
        type: 'file',
        mode: 0o644,
        content: Buffer.from('new\n'),
        before: { type: 'file', sha256: sha('old\n'), executable: false },
        ...stat,
      },
    ]);
    expect(files.map((f) => f.path)).toEqual(['moved.txt']);
    expect(files[0]?.patch).toContain(
      'content not shown: the checkout changed it since the step read it',
    );
    expect(files[0]?.patch).not.toContain('secret edited by hand');
  });

  it('reads an executable bit from the checkout', async () => {
    await writeFile(path.join(dir, 'tool'), 'a\n');
    await chmod(path.join(dir, 'tool'), 0o755);
    const files = await diffOf([
      {
        path: 'tool',
        status: 'modified',
        type: 'file',
        mode: 0o755,
        content: Buffer.from('a\n'),
        ...stat,
      },
    ]);
    expect(files).toEqual([]);
  });
});
