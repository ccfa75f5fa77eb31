// A lock between processes on one machine: a lock file created with O_EXCL (`wx`) holding
// its owner's host, pid and a random token. A lock whose owner is gone (same host, pid not
// alive) or that is older than any store operation can take is stale and may be broken —
// under a second O_EXCL file, so two processes breaking the same stale lock cannot remove a
// live one taken between their checks (docs/budgets.md, "Stores").
import { randomUUID } from 'node:crypto';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { WfloError } from '../common/errors.js';
import { processAlive } from '../sandbox/cleanup.js';

export interface LockOptions {
  /** Give up after this long (the store is then unreachable). */
  timeoutMs?: number;
  /** A lock older than this is stale whatever its owner: operations take milliseconds. */
  staleMs?: number;
}

interface Owner {
  host: string;
  pid: number;
  token: string;
}

export class LockTimeoutError extends WfloError {}

const code = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code;

async function createExclusive(file: string, text: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx', 0o600);
  } catch (error) {
    if (code(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
  return true;
}

async function readOwner(file: string): Promise<{ owner?: Owner; ageMs: number } | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    const ageMs = Date.now() - info.mtimeMs;
    try {
      const owner = JSON.parse(text) as Owner;
      return typeof owner.token === 'string' ? { owner, ageMs } : { ageMs };
    } catch {
      return { ageMs }; // being written, or its writer died between open and write
    }
  } catch (error) {
    if (code(error) === 'ENOENT') return undefined;
    throw error;
  }
}

function isStale(found: { owner?: Owner; ageMs: number }, staleMs: number): boolean {
  if (found.ageMs > staleMs) return true;
  const owner = found.owner;
  if (!owner) return found.ageMs > 2_000;
  return owner.host === hostname() && !processAlive(owner.pid);
}

/** Removes the lock if it still is the stale one seen; at most one breaker at a time. */
async function breakStale(file: string, seen: Owner | undefined, staleMs: number): Promise<void> {
  const breaker = `${file}.break`;
  if (!(await createExclusive(breaker, String(process.pid)))) {
    const other = await readOwner(breaker);
    // A breaker holds its file for microseconds; one left behind is from a crash.
    if (other && other.ageMs > 5_000) await unlink(breaker).catch(() => undefined);
    return;
  }
  try {
    const now = await readOwner(file);
    if (now && isStale(now, staleMs) && now.owner?.token === seen?.token) {
      await unlink(file).catch(() => undefined);
    }
  } finally {
    await unlink(breaker).catch(() => undefined);
  }
}

/** Runs `fn` holding the lock at `file`. */
export async function withFileLock<T>(
  file: string,
  fn: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleMs = options.staleMs ?? 30_000;
  const owner: Owner = { host: hostname(), pid: process.pid, token: randomUUID() };
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    if (await createExclusive(file, JSON.stringify(owner))) break;
    const found = await readOwner(file);
    if (found && isStale(found, staleMs)) {
      await breakStale(file, found.owner, staleMs);
      continue;
    }
    if (Date.now() - started > timeoutMs) {
      throw new LockTimeoutError(`the lock ${file} stayed taken for ${timeoutMs} ms`);
    }
    await sleep(Math.min(50, 1 + attempt) * (0.5 + Math.random()));
  }
  try {
    return await fn();
  } finally {
    const still = await readOwner(file);
    if (still?.owner?.token === owner.token) await unlink(file).catch(() => undefined);
  }
}
