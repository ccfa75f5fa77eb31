// Durations in workflow files: `500ms`, `30s`, `1.5m`, `24h`, `2d`, `1h30m`, or a number of seconds.

const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 } as const;
type Unit = keyof typeof UNIT_MS;
const ORDER: readonly Unit[] = ['d', 'h', 'm', 's', 'ms'];
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/y;

/** The pattern the JSON Schema uses for duration strings (kept in step with parseDuration). */
export const DURATION_PATTERN = '^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$';

/** Milliseconds, or the end of a sentence saying what is wrong ("must be …"), for a message naming the field. */
export function parseDuration(value: number | string): { ms: number } | { error: string } {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0)
      return { error: `must be 0 or more seconds (got ${value})` };
    return { ms: Math.round(value * 1000) };
  }
  const text = value.trim();
  const wrong = `must be a duration such as 500ms, 30s, 5m, 24h or 1h30m (got '${text}')`;
  if (text === '') return { error: wrong };
  let total = 0;
  let last = -1;
  PART.lastIndex = 0;
  while (PART.lastIndex < text.length) {
    const at = PART.lastIndex;
    const match = PART.exec(text);
    if (!match) {
      return { error: wrong };
    }
    const unit = match[2] as Unit;
    const rank = ORDER.indexOf(unit);
    if (rank <= last) {
      return { error: `must list each unit once, largest first, as in 1h30m (got '${text}')` };
    }
    last = rank;
    total += Math.round(Number(match[1]) * UNIT_MS[unit]);
    if (PART.lastIndex === at) break;
  }
  if (!Number.isSafeInteger(total)) return { error: `must be a shorter duration (got '${text}')` };
  return { ms: total };
}

/** 90000 → `1m30s`, for messages. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  let rest = ms;
  let text = '';
  for (const unit of ORDER) {
    const n = Math.floor(rest / UNIT_MS[unit]);
    if (n > 0) {
      text += `${n}${unit}`;
      rest -= n * UNIT_MS[unit];
    }
  }
  return text;
}
