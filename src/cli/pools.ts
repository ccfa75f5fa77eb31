// The CLI's budget pools: which store (`--budget-store`, `WFLO_BUDGET_STORE`, else the file
// store under XDG_STATE_HOME), the run's pool lines, and `wflo pools`, which lists them.
import { formatMicros } from '../common/money.js';
import { textTableLines } from '../report/format.js';
import type { RunResult } from '../engine/types.js';
import { PoolStoreError, type PoolStanding } from '../pools/port.js';
import { defaultFileStoreUrl, openPoolStore } from '../pools/stores.js';
import { poolLine, poolsAtEnd } from '../pools/words.js';
import type { Engine } from '../wiring/engine.js';
import type { PoolSettings } from '../wiring/pools.js';
import { parseCommandArgs } from './args.js';
import type { CliIo } from './io.js';
import type { CliCheckpoint } from './state.js';
import { UsageError } from './usage-error.js';

export function storeUrlOf(flag: string | undefined, io: CliIo): string {
  return flag ?? (io.env.WFLO_BUDGET_STORE || defaultFileStoreUrl(io.env));
}

/** Where `wflo run` keeps its pools, and what a continued run carries from its earlier attempt. */
export function cliPools(
  flag: string | undefined,
  io: CliIo,
  checkpoint: CliCheckpoint | undefined,
): PoolSettings {
  const carried = checkpoint?.options.resumeFrom?.ledger.spentMicros;
  return {
    storeUrl: storeUrlOf(flag, io),
    storeContext: { env: io.env, cwd: io.cwd },
    ...(carried === undefined ? {} : { carriedMicros: carried }),
  };
}

/** One line per pool the run took from, as it leaves them. */
export function poolLines(result: RunResult): string[] {
  return result.pools ? poolsAtEnd(result.pools, result.costMicros).map(poolLine) : [];
}

/** `wflo pools`: key, cap, period, spent, held (by which runs, until when), left. */
export async function poolsCommand(args: string[], io: CliIo, _engine: Engine): Promise<number> {
  const { values, positionals } = parseCommandArgs('pools', args, {
    'budget-store': { type: 'string' },
  });
  if (positionals.length > 0)
    throw new UsageError(`'wflo pools' takes no FILE, got '${positionals[0]}'`, 'pools');
  const url = storeUrlOf(values['budget-store'], io);
  let standings: readonly PoolStanding[];
  try {
    const store = await openPoolStore(url, { env: io.env, cwd: io.cwd });
    try {
      standings = await store.list(new Date());
    } finally {
      await store.close();
    }
  } catch (error) {
    if (!(error instanceof PoolStoreError)) throw error;
    io.err(`wflo: ${error.message}\n`);
    return 1;
  }
  io.out(renderPools(url, standings));
  return 0;
}

export function renderPools(url: string, standings: readonly PoolStanding[]): string {
  if (standings.length === 0) return `no budget pools in ${url}\n`;
  const header = ['pool', 'cap', 'period', 'spent', 'held', 'left'];
  const rows = standings.map((p) => [
    p.key,
    formatMicros(p.capMicros),
    p.period === undefined ? 'never resets' : `${p.period} ${p.periodKey}`,
    formatMicros(p.spentMicros),
    formatMicros(p.heldMicros),
    formatMicros(p.leftMicros),
  ]);
  const table = textTableLines(header, rows);
  const out = [`budget pools in ${url}`, table.header];
  standings.forEach((p, i) => {
    out.push(table.rows[i] ?? '');
    for (const h of p.holds)
      out.push(`  held ${formatMicros(h.micros)} by ${h.holder} until ${h.expiresAt}`);
  });
  return `${out.join('\n')}\n`;
}
