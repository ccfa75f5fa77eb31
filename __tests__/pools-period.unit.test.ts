// Periods by the UTC calendar: days, ISO weeks (Monday first, the ISO week-year) and months.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodKeyOf } from '../src/pools/period.js';

const at = (iso: string) => new Date(iso);

describe('periodKeyOf', () => {
  it('names days and months by the UTC date, whatever the local time zone says', () => {
    expect(periodKeyOf('day', at('2026-12-03T23:59:59.999Z'))).toBe('2026-12-03');
    expect(periodKeyOf('day', at('2026-12-04T00:00:00Z'))).toBe('2026-12-04');
    expect(periodKeyOf('month', at('2026-02-28T23:00:00-05:00'))).toBe('2026-03');
    expect(periodKeyOf(undefined, at('2026-12-03T10:00:00Z'))).toBe('all');
  });

  it('names ISO weeks, the year being the week-year at the turn of the year', () => {
    expect(periodKeyOf('week', at('2026-12-03T10:00:00Z'))).toBe('2026-W49');
    expect(periodKeyOf('week', at('2026-01-01T00:00:00Z'))).toBe('2026-W01'); // a Thursday
    expect(periodKeyOf('week', at('2027-01-01T00:00:00Z'))).toBe('2026-W53'); // a Friday
    expect(periodKeyOf('week', at('2024-12-30T00:00:00Z'))).toBe('2025-W01'); // a Monday
    expect(periodKeyOf('week', at('2021-01-03T23:59:59Z'))).toBe('2020-W53'); // a Sunday
  });

  it('keeps a week from Monday 00:00 UTC to Sunday 23:59, and starts the next on Monday', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 86_399_999 }),
        (weeks, ms) => {
          const monday = Date.UTC(2020, 0, 6) + weeks * 7 * 86_400_000; // 2020-01-06 is a Monday
          const key = periodKeyOf('week', new Date(monday));
          for (let day = 0; day < 7; day++) {
            expect(periodKeyOf('week', new Date(monday + day * 86_400_000 + ms))).toBe(key);
          }
          expect(periodKeyOf('week', new Date(monday + 7 * 86_400_000))).not.toBe(key);
          expect(periodKeyOf('week', new Date(monday - 1))).not.toBe(key);
          expect(key).toMatch(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/);
        },
      ),
    );
  });
});
