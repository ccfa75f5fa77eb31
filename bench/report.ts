// Prints one bench line and appends it to bench/results.json, so docs/ can quote the figures.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchFigure {
  bench: string;
  case: string;
  wflo_ms: number;
  baseline_ms: number;
  ratio: number;
  note?: string;
}

export function reportFigure(figure: BenchFigure): void {
  const line = `${figure.bench} | ${figure.case} | wflo ${figure.wflo_ms.toFixed(2)} ms | baseline ${figure.baseline_ms.toFixed(2)} ms | ratio ${figure.ratio.toFixed(2)}${figure.note ? ` | ${figure.note}` : ''}`;
  process.stdout.write(`${line}\n`);
  appendFileSync(
    join(import.meta.dirname, 'results.jsonl'),
    `${JSON.stringify({ ...figure, at: new Date().toISOString() })}\n`,
  );
}

/** Median of `runs` timings of `fn`, after one warm-up. */
export async function medianMs(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** Medians of `runs` timings of a and b, timed alternately so load from elsewhere hits both alike. */
export async function alternatedMediansMs(
  runs: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<[number, number]> {
  await a();
  await b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const order: Array<[() => Promise<unknown>, number[]]> = [
      [a, ta],
      [b, tb],
    ];
    if (i % 2) order.reverse();
    for (const [fn, times] of order) {
      const start = performance.now();
      await fn();
      times.push(performance.now() - start);
    }
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
  return [median(ta), median(tb)];
}
