// Which period of a pool a moment falls in, by the UTC calendar: "2026-12-03" for a day,
// "2026-W49" for an ISO week (Monday first; the year is the ISO week-year), "2026-12" for a
// month, "all" for a pool that never resets.
import type { PoolPeriod } from './port.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function periodKeyOf(period: PoolPeriod | undefined, now: Date): string {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 1;
  switch (period) {
    case undefined:
      return 'all';
    case 'day':
      return `${y}-${pad(m)}-${pad(now.getUTCDate())}`;
    case 'month':
      return `${y}-${pad(m)}`;
    case 'week': {
      // ISO 8601: the week holding the year's first Thursday is week 1.
      const day = new Date(Date.UTC(y, now.getUTCMonth(), now.getUTCDate()));
      const weekday = day.getUTCDay() || 7;
      day.setUTCDate(day.getUTCDate() + 4 - weekday); // that week's Thursday
      const year = day.getUTCFullYear();
      const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
      return `${year}-W${pad(week)}`;
    }
  }
}

/** "today", "this week", "this month" or "in all", for sentences about what a pool spent. */
export function periodWords(period: PoolPeriod | undefined): string {
  switch (period) {
    case undefined:
      return 'so far';
    case 'day':
      return 'today';
    case 'week':
      return 'this week';
    case 'month':
      return 'this month';
  }
}
