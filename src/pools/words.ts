// What a pool's standing says in one line: the job summary, the CLI, `wflo plan`, `wflo pools`.
import { formatMicros } from '../common/money.js';
import { periodWords } from './period.js';
import type { PoolStanding } from './port.js';

/** `pool daily: $3.10 spent today, $1.50 held by 2 running jobs, $20.40 left (cap $25.00)`. */
export function poolLine(p: PoolStanding): string {
  const jobs = p.holds.length === 1 ? '1 running job' : `${p.holds.length} running jobs`;
  return `pool ${p.key}: ${formatMicros(p.spentMicros)} spent ${periodWords(p.period)}, ${formatMicros(p.heldMicros)} held by ${jobs}, ${formatMicros(p.leftMicros)} left (cap ${formatMicros(p.capMicros)})`;
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
