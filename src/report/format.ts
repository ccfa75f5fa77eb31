// How figures read on the job page and in the terminal.
import { formatMicros } from '../common/money.js';

export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${minutes} min ${seconds} s`;
}

/** USD (a JSON number exact to the micro-dollar) as `$1.25`. */
export function formatUsd(usd: number): string {
  return formatMicros(Math.round(usd * 1_000_000));
}

export { formatMicros };

/** A plain-text table for the terminal: columns padded to their widest cell, two spaces apart. */
export function textTableLines(
  header: string[],
  rows: string[][],
): { header: string; rows: string[] } {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return { header: line(header), rows: rows.map(line) };
}
