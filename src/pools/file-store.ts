// `file:DIR`: the book in DIR/pools.json, changed only under DIR/pools.lock and replaced by an
// atomic rename, so readers see the old book or the new one, never half of one. Safe across
// processes on one machine (a self-hosted runner, a developer's laptop); not on a network
// file system shared by several machines — use Redis there.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { messageOf } from '../common/errors.js';
import { emptyBook, escrowIn, parseBook, settleIn, standingsIn, type Book } from './book.js';
import { withFileLock, type LockOptions } from './file-lock.js';
import {
  PoolStoreError,
  type EscrowGrant,
  type EscrowRequest,
  type PoolStanding,
  type PoolStore,
} from './port.js';

export class FilePoolStore implements PoolStore {
  readonly describe: string;
  private readonly bookFile: string;
  private readonly lockFile: string;

  constructor(
    private readonly dir: string,
    private readonly lock: LockOptions = {},
  ) {
    this.describe = `file:${dir}`;
    this.bookFile = path.join(dir, 'pools.json');
    this.lockFile = path.join(dir, 'pools.lock');
  }

  escrow(request: EscrowRequest): Promise<EscrowGrant> {
    return this.change((book) => ({ value: escrowIn(book, request), changed: true }));
  }

  async settle(leaseId: string, spentMicros: number, now: Date): Promise<void> {
    await this.change((book) => ({
      value: undefined,
      changed: settleIn(book, leaseId, spentMicros, now),
    }));
  }

  async list(now: Date): Promise<readonly PoolStanding[]> {
    return standingsIn(await this.failing('read', () => this.read()), now);
  }

  async close(): Promise<void> {}

  private async read(): Promise<Book> {
    let text: string;
    try {
      text = await readFile(this.bookFile, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyBook();
      throw error;
    }
    return parseBook(text);
  }

  private async change<T>(apply: (book: Book) => { value: T; changed: boolean }): Promise<T> {
    return this.failing('update', async () => {
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
      return withFileLock(
        this.lockFile,
        async () => {
          const book = await this.read();
          const { value, changed } = apply(book);
          if (changed) await this.write(book);
          return value;
        },
        this.lock,
      );
    });
  }

  private async write(book: Book): Promise<void> {
    const temp = `${this.bookFile}.${process.pid}.${randomUUID()}.tmp`;
    try {
      await writeFile(temp, `${JSON.stringify(book)}\n`, { mode: 0o600 });
      await rename(temp, this.bookFile);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  }

  private async failing<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof PoolStoreError) throw error;
      throw new PoolStoreError(
        `the budget store ${this.describe} could not ${what} its book: ${messageOf(error)}`,
        { cause: error },
      );
    }
  }
}
