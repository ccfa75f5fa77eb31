// `redis://host:port[/db]` and `rediss://` (TLS): the book's rules in Redis, one atomic script
// per escrow and one per settle (redis-scripts.ts), for fleets of runners and org-wide caps.
// Every key shares one hash tag, so a Redis Cluster keeps them in one slot.
import { Redis } from 'ioredis';
import { messageOf } from '../common/errors.js';
import { standingOf, standingsIn, type Book, type BookPool } from './book.js';
import { periodKeyOf } from './period.js';
import {
  PoolStoreError,
  type EscrowGrant,
  type EscrowRequest,
  type PoolStanding,
  type PoolStore,
} from './port.js';
import { ESCROW_SCRIPT, SETTLE_SCRIPT } from './redis-scripts.js';

const PREFIX = 'wflo:{pools}:';
const POOL = `${PREFIX}pool:`;
const LEASE = `${PREFIX}lease:`;
const INDEX = `${PREFIX}index`;

type ScriptedRedis = Redis & {
  wfloEscrow(...args: Array<string | number>): Promise<string>;
  wfloSettle(...args: Array<string | number>): Promise<number>;
};

/** The URL without its password, for messages. */
function shown(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}

export class RedisPoolStore implements PoolStore {
  readonly describe: string;
  private readonly redis: ScriptedRedis;
  private connected?: Promise<void>;

  constructor(url: string, options: { connectTimeoutMs?: number } = {}) {
    this.describe = shown(url);
    const redis = new Redis(url, {
      lazyConnect: true,
      connectTimeout: options.connectTimeoutMs ?? 5_000,
      maxRetriesPerRequest: 2,
      enableOfflineQueue: true,
      // A store that does not answer fails the run closed; reconnecting for ever would hang it.
      retryStrategy: (times) => (times > 3 ? null : 100 * times),
    });
    redis.on('error', () => undefined); // each command reports its own failure
    redis.defineCommand('wfloEscrow', { lua: ESCROW_SCRIPT });
    redis.defineCommand('wfloSettle', { lua: SETTLE_SCRIPT, numberOfKeys: 1 });
    this.redis = redis as ScriptedRedis;
  }

  async escrow(request: EscrowRequest): Promise<EscrowGrant> {
    const { pools } = request;
    const keys = [`${LEASE}${request.leaseId}`, ...pools.map((p) => `${POOL}${p.key}`), INDEX];
    const args = [
      request.now.getTime(),
      Math.floor(request.wantMicros),
      request.leaseMs,
      request.holder,
      request.leaseId,
      ...pools.flatMap((p) => [
        p.capMicros,
        p.period ?? '',
        periodKeyOf(p.period, request.now),
        p.key,
      ]),
    ];
    const text = await this.call('take a hold', () =>
      this.redis.wfloEscrow(keys.length, ...keys, ...args),
    );
    const answer = JSON.parse(text) as { held: number; pools: BookPool[] };
    return {
      leaseId: request.leaseId,
      heldMicros: answer.held,
      pools: pools.map((p, i) => standingOf(p.key, normalized(answer.pools[i]))),
    };
  }

  async settle(leaseId: string, spentMicros: number, now: Date): Promise<void> {
    await this.call('settle a hold', () =>
      this.redis.wfloSettle(`${LEASE}${leaseId}`, now.getTime(), spentMicros, leaseId, POOL),
    );
  }

  async list(now: Date): Promise<readonly PoolStanding[]> {
    const book: Book = { version: 1, pools: {}, leases: {} };
    await this.call('list its pools', async () => {
      const names = await this.redis.smembers(INDEX);
      if (names.length === 0) return;
      const values = await this.redis.mget(...names.map((n) => `${POOL}${n}`));
      names.forEach((name, i) => {
        const raw = values[i];
        if (raw) book.pools[name] = normalized(JSON.parse(raw) as BookPool);
      });
    });
    return standingsIn(book, now);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      this.connected ??= this.redis.connect();
      await this.connected;
      return await fn();
    } catch (error) {
      this.connected = undefined;
      throw new PoolStoreError(
        `the budget store ${this.describe} could not ${what}: ${messageOf(error)}`,
        { cause: error },
      );
    }
  }
}

/** cjson writes an empty table as `{}` but may write holds that became empty as `[]`. */
function normalized(pool: BookPool | undefined): BookPool {
  if (!pool) throw new Error('the escrow script answered without a pool');
  const holds = Array.isArray(pool.holds) ? {} : pool.holds;
  return { ...pool, holds };
}
