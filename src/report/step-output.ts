import type { StepRecord } from '../engine/types.js';

/** What a command step printed (shell, sandbox), as its outputs carry it; empty streams left out. */
export function printedBy(
  record: StepRecord,
): Array<{ stream: 'stdout' | 'stderr'; text: string }> {
  const printed: Array<{ stream: 'stdout' | 'stderr'; text: string }> = [];
  for (const stream of ['stdout', 'stderr'] as const) {
    const text = record.outputs[stream];
    if (typeof text === 'string' && text.trim() !== '')
      printed.push({ stream, text: text.replace(/\n$/, '') });
  }
  return printed;
}
