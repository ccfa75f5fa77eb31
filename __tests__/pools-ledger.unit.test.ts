// The pool ledger's laws (DESIGN.md §4), as pure functions every store applies: holds never
// exceed what a pool has left, a settle is idempotent, an expired hold counts as spent in
// full, and periods follow the UTC calendar (ISO weeks start on Monday).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escrowIn, periodKeyOf, settleIn, standingsIn, type Ledger } from '../src/pools/ledger.js';
import type { PoolSpec } from '../src/pools/port.js';

const HOUR = 3600_000;
const T0 = Date.parse('2026-12-03T10:00:00Z');

describe('periods', () => {
  it('follow the UTC calendar', () => {
    const at = (iso: string) => new Date(iso);
    expect(periodKeyOf('day', at('2026-12-03T23:59:59.999Z'))).toBe('2026-12-03');
    expect(periodKeyOf('day', at('2026-12-04T00:00:00Z'))).toBe('2026-12-04');
    expect(periodKeyOf('month', at('2026-12-31T23:00:00-05:00'))).toBe('2027-01');
    expect(periodKeyOf(undefined, at('2026-12-03T00:00:00Z'))).toBe('all');
    expect(periodKeyOf('week', at('2026-12-03T10:00:00Z'))).toBe('2026-W49');
    expect(periodKeyOf('week', at('2027-01-01T00:00:00Z'))).toBe('2026-W53');
    expect(periodKeyOf('week', at('2024-12-30T00:00:00Z'))).toBe('2025-W01');
    expect(periodKeyOf('week', at('2021-01-03T23:59:59Z'))).toBe('2020-W53');
  });

  it('put the seven days from a Monday in one ISO week, and the next Monday in another', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (weeks) => {
        const monday = Date.parse('2020-01-06T00:00:00Z') + weeks * 7 * 24 * HOUR;
        const key = periodKeyOf('week', new Date(monday));
        for (let h = 0; h < 7 * 24; h += 5)
          expect(periodKeyOf('week', new Date(monday + h * HOUR))).toBe(key);
        expect(periodKeyOf('week', new Date(monday + 7 * 24 * HOUR))).not.toBe(key);
      }),
    );
  });
});

type Op =
  | { kind: 'escrow'; want: number; leaseHours: number }
  | { kind: 'settle'; which: number; share: number }
  | { kind: 'wait'; hours: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('escrow' as const),
    want: fc.integer({ min: 0, max: 4_000_000 }),
    leaseHours: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({
    kind: fc.constant('settle' as const),
    which: fc.nat(),
    share: fc.double({ min: 0, max: 1.5, noNaN: true }),
  }),
  fc.record({ kind: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 5 }) }),
);

describe('escrow and settle', () => {
  it('never hold or count more than the cap, settle once, and count an expired hold in full', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(op, { maxLength: 40 }),
        (cap, ops) => {
          const pool: PoolSpec = { key: 'k', capMicros: cap };
          let ledger: Ledger | undefined;
          let now = T0;
          const leases: { id: string; held: number; expiresAt: number; settled?: number }[] = [];
          for (const [i, o] of ops.entries()) {
            if (o.kind === 'wait') now += o.hours * HOUR;
            if (o.kind === 'escrow') {
              const request = {
                leaseId: `l${i}`,
                holder: 'h',
                pools: [pool],
                wantMicros: o.want,
                now: new Date(now),
                leaseMs: o.leaseHours * HOUR,
              };
              const { grant, next } = escrowIn(ledger, request);
              ledger = next ?? ledger;
              expect(grant.heldMicros).toBeLessThanOrEqual(o.want);
              // The same lease again is the first grant and writes nothing (a zero grant holds nothing).
              if (grant.heldMicros > 0) {
                expect(escrowIn(ledger, request).next).toBeUndefined();
                expect(escrowIn(ledger, request).grant.heldMicros).toBe(grant.heldMicros);
              }
              if (grant.heldMicros > 0)
                leases.push({
                  id: request.leaseId,
                  held: grant.heldMicros,
                  expiresAt: now + request.leaseMs,
                });
            }
            if (o.kind === 'settle' && leases.length > 0) {
              const lease = leases[o.which % leases.length];
              if (!lease) continue;
              const spent = Math.floor(lease.held * o.share);
              const next = settleIn(ledger, lease.id, spent, new Date(now));
              const live = lease.settled === undefined && lease.expiresAt > now;
              expect(next !== undefined).toBe(live);
              if (next) {
                lease.settled = Math.min(spent, lease.held);
                ledger = next;
                expect(settleIn(ledger, lease.id, spent, new Date(now))).toBeUndefined();
              }
            }
            const standing = ledger && standingsIn(ledger, new Date(now))[0];
            if (!standing) continue;
            expect(standing.spentMicros + standing.heldMicros).toBeLessThanOrEqual(cap);
            const spent = leases.reduce(
              (sum, l) => sum + (l.settled ?? (l.expiresAt <= now ? l.held : 0)),
              0,
            );
            const held = leases.reduce(
              (sum, l) => sum + (l.settled === undefined && l.expiresAt > now ? l.held : 0),
              0,
            );
            expect(standing.spentMicros).toBe(spent);
            expect(standing.heldMicros).toBe(held);
            expect(standing.leftMicros).toBe(cap - spent - held);
          }
        },
      ),
    );
  });

  it('takes the same amount from every pool named, the least any has left', () => {
    const now = new Date(T0);
    const small: PoolSpec = { key: 'pr-7', capMicros: 1_000_000 };
    const big: PoolSpec = { key: 'daily', capMicros: 25_000_000, period: 'day' };
    const { grant } = escrowIn(undefined, {
      leaseId: 'a',
      holder: 'h',
      pools: [big, small],
      wantMicros: 2_000_000,
      now,
      leaseMs: HOUR,
    });
    expect(grant.heldMicros).toBe(1_000_000);
    expect(grant.pools.map((p) => [p.key, p.heldMicros, p.leftMicros])).toEqual([
      ['daily', 1_000_000, 24_000_000],
      ['pr-7', 1_000_000, 0],
    ]);
  });
});
