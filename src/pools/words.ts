// What a pool's standing says in one line: the job summary, the CLI, `wflo plan`, `wflo pools`.
import { formatMicros } from '../common/money.js';
import { periodWords } from './period.js';
import type { PoolStanding, RunPoolHold } from './port.js';

/** The figures one line about a pool shows. */
export interface PoolFigures {
  key: string;
  capMicros: number;
  period?: PoolStanding['period'];
  spentMicros: number;
  heldMicros: number;
  /** How many runs hold the held money. */
  holders: number;
  leftMicros: number;
}

/** `pool daily: $3.10 spent today, $1.50 held by 2 running jobs, $20.40 left (cap $25.00)`. */
export function poolLine(p: PoolFigures): string {
  const jobs = p.holders === 1 ? '1 running job' : `${p.holders} running jobs`;
  return `pool ${p.key}: ${formatMicros(p.spentMicros)} spent ${periodWords(p.period)}, ${formatMicros(p.heldMicros)} held by ${jobs}, ${formatMicros(p.leftMicros)} left (cap ${formatMicros(p.capMicros)})`;
}

export function figuresOf(p: PoolStanding): PoolFigures {
  return { ...p, holders: p.holds.length };
}

/** Why a run got nothing from the pool: one sentence naming it, its cap, its spend and who holds the rest. */
export function refusalSentence(p: PoolStanding, ownLeaseId: string): string {
  const others = p.holds.filter((h) => h.leaseId !== ownLeaseId);
  const held =
    others.length === 0
      ? 'no other run holds any of it'
      : `${formatMicros(others.reduce((s, h) => s + h.micros, 0))} is held by ${others.length === 1 ? '1 other run' : `${others.length} other runs`} (${others
          .slice(0, 3)
          .map((h) => `${h.holder} until ${h.expiresAt}`)
          .join('; ')}${others.length > 3 ? '; …' : ''})`;
  return `budget pool '${p.key}' has nothing left for this run: its cap is ${formatMicros(p.capMicros)}, ${formatMicros(p.spentMicros)} is spent ${periodWords(p.period)} and ${held}`;
}

/** A pool once the run has ended: its spend added, its own hold gone, the others' as they were. */
export interface PoolAtEnd extends PoolFigures {
  periodKey: string;
}

export function poolsAtEnd(hold: RunPoolHold, costMicros: number): PoolAtEnd[] {
  const own = Math.max(0, costMicros - hold.carriedMicros);
  return hold.pools.map((p) => {
    const others = p.holds.filter((h) => h.leaseId !== hold.leaseId);
    const othersHeld = others.reduce((sum, h) => sum + h.micros, 0);
    const spent = p.spentMicros + own;
    return {
      key: p.key,
      capMicros: p.capMicros,
      ...(p.period === undefined ? {} : { period: p.period }),
      periodKey: p.periodKey,
      spentMicros: spent,
      heldMicros: othersHeld,
      holders: others.length,
      leftMicros: Math.max(0, p.capMicros - spent - othersHeld),
    };
  });
}
