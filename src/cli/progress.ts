// Progress lines on stderr, one per step event, prefixed with the step id so lines of
// parallel steps stay readable when they interleave.
import type { RunObserver } from '../engine/types.js';
import { formatDuration, formatUsd } from '../report/format.js';
import { printedBy } from '../report/step-output.js';

export function progressObserver(write: (line: string) => void): RunObserver {
  return {
    stepStarted(step, attempt) {
      write(`▶ ${step.id} (${step.kind})${attempt > 1 ? `, attempt ${attempt}` : ''}\n`);
    },
    stepLog(step, level, message) {
      const tag = level === 'info' ? '' : `${level}: `;
      for (const line of message.split('\n')) write(`  ${step.id} │ ${tag}${line}\n`);
    },
    stepProgress(step, message) {
      write(`  ${step.id} │ ▸ ${message}\n`);
    },
    stepFinished(record) {
      if (record.status === 'skipped') {
        write(`– ${record.id} skipped${record.error ? `: ${record.error}` : ''}\n`);
        return;
      }
      if (record.reused) {
        const spent = record.cost_usd > 0 ? `, ${formatUsd(record.cost_usd)} spent before` : '';
        write(`↺ ${record.id} reused from the checkpoint${spent}\n`);
        return;
      }
      for (const { stream, text } of printedBy(record)) {
        for (const line of text.split('\n'))
          write(`  ${record.id} │ ${stream === 'stderr' ? 'stderr: ' : ''}${line}\n`);
      }
      const mark = record.status === 'succeeded' ? '✓' : '✗';
      const cost = record.cost_usd > 0 ? `, ${formatUsd(record.cost_usd)}` : '';
      const why = record.error ? `: ${record.error}` : '';
      write(
        `${mark} ${record.id} ${record.status.replaceAll('_', ' ')} in ${formatDuration(record.duration_ms)}${cost}${why}\n`,
      );
    },
    warning(message) {
      write(`warning: ${message}\n`);
    },
  };
}
