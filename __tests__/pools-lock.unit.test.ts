// The file store's lock (src/pools/file-lock.ts): one holder at a time, a lock whose owner
// died is broken, a live owner's is waited for and, past the timeout, the store is
// unreachable (the run fails closed).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FilePoolStore } from '../src/pools/file-store.js';
import { LockTimeoutError, withFileLock } from '../src/pools/file-lock.js';
import { PoolStoreError } from '../src/pools/port.js';

/** The pid of a process that has exited: its lock is stale. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('the file lock', () => {
  it('lets one holder in at a time', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wflo-lock-'));
    const file = path.join(dir, 'x.lock');
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        withFileLock(file, async () => {
          inside++;
          most = Math.max(most, inside);
          await new Promise((r) => setTimeout(r, 2));
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('breaks a lock whose owner is dead, and only that one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wflo-lock-'));
    const file = path.join(dir, 'x.lock');
    await writeFile(file, JSON.stringify({ host: hostname(), pid: deadPid(), token: 'old' }));
    expect(await withFileLock(file, async () => 'in')).toBe('in');
    expect(await readdir(dir)).toEqual([]);
  });

  it("waits for a live owner's lock and gives up after the timeout", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wflo-lock-'));
    const file = path.join(dir, 'x.lock');
    const live = JSON.stringify({ host: hostname(), pid: process.pid, token: 'live' });
    await writeFile(file, live);
    await expect(withFileLock(file, async () => 'in', { timeoutMs: 100 })).rejects.toBeInstanceOf(
      LockTimeoutError,
    );
    expect(await readFile(file, 'utf8')).toBe(live); // not broken
  });

  it('makes the store unreachable when the lock cannot be had: a PoolStoreError', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wflo-lock-'));
    await writeFile(
      path.join(dir, 'pools.lock'),
      JSON.stringify({ host: hostname(), pid: process.pid, token: 'live' }),
    );
    const store = new FilePoolStore(dir, { timeoutMs: 50 });
    const escrow = store.escrow({
      leaseId: 'l',
      holder: 'h',
      pools: [{ key: 'p', capMicros: 1 }],
      wantMicros: 1,
      now: new Date(),
      leaseMs: 1000,
    });
    await expect(escrow).rejects.toBeInstanceOf(PoolStoreError);
    await expect(escrow).rejects.toThrow(
      /^the budget store file:.* could not update its book: the lock .* stayed taken for 50 ms$/,
    );
  });

  it('refuses a book that is not one (fail closed, not an empty pool)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wflo-lock-'));
    await writeFile(path.join(dir, 'pools.json'), '{"version": 7}');
    await expect(new FilePoolStore(dir).list(new Date())).rejects.toThrow(
      /could not read its book: not a version 1 pool book/,
    );
  });
});
