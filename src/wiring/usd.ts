// Dollar amounts typed by people (`--budget-usd 2.50`, `budget-usd: 2.00`) become
// integer micro-dollars without passing through a float.

const USD = /^\s*\$?(\d{1,9})(?:\.(\d{1,6}))?\s*$/;

/** Parses a positive dollar amount with at most 6 decimals; undefined when it is not one. */
export function parseUsdToMicros(text: string): number | undefined {
  const m = USD.exec(text);
  if (!m) return undefined;
  const micros = Number(m[1]) * 1_000_000 + Number((m[2] ?? '').padEnd(6, '0'));
  return micros > 0 ? micros : undefined;
}
