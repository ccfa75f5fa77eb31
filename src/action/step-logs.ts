// Log grouping on the job page. GitHub's `::group::` blocks cannot nest or interleave,
// and parallel steps log at the same time, so each step's lines are buffered and its
// group is written whole when the step finishes. A one-line "started" marker is written
// live, outside any group, so a long step still shows progress. A step that logged and
// printed nothing gets one line instead of an empty group.
import { randomUUID } from 'node:crypto';
import type { RunObserver, StepStatus } from '../engine/types.js';
import { formatDuration, formatUsd } from '../report/format.js';
import { printedBy } from '../report/step-output.js';

/** The parts of @actions/core the grouping writes through (swappable in tests). */
export interface LogSink {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
}

interface Line {
  level: 'info' | 'warn' | 'error';
  message: string;
  /** Printed by the step's command: never read as a workflow command (`::add-mask::`, …). */
  untrusted?: boolean;
}

const MARK: Record<StepStatus, string> = {
  succeeded: '✓',
  failed: '✗',
  budget_exceeded: '✗',
  rejected: '✗',
  timed_out: '✗',
  waiting_approval: '⏸',
  cancelled: '✗',
  skipped: '–',
};

export function groupedStepLogs(sink: LogSink): RunObserver & { flushAll(): void } {
  const buffers = new Map<string, Line[]>();
  const flush = (title: string, lines: Line[]) => {
    sink.startGroup(title);
    const printed = lines.filter((l) => l.untrusted);
    if (printed.length > 0) {
      // The runner stops reading `::commands::` until it sees this unguessable token again.
      const token = randomUUID();
      sink.info(`::stop-commands::${token}`);
      for (const line of printed) sink.info(line.message);
      sink.info(`::${token}::`);
    }
    for (const line of lines.filter((l) => !l.untrusted)) {
      // Inside a group, warnings and errors still become annotations on the job page.
      if (line.level === 'warn') sink.warning(line.message);
      else if (line.level === 'error') sink.error(line.message);
      else sink.info(line.message);
    }
    sink.endGroup();
  };
  return {
    stepStarted(step, attempt) {
      if (!buffers.has(step.id)) buffers.set(step.id, []);
      sink.info(`▶ ${step.id} (${step.kind}) started${attempt > 1 ? `, attempt ${attempt}` : ''}`);
    },
    stepLog(step, level, message) {
      const lines = buffers.get(step.id) ?? [];
      // Engine and kind lines may quote what a model wrote: only warnings and errors (escaped by
      // the toolkit) go out as commands.
      lines.push({ level, message, untrusted: level === 'info' });
      buffers.set(step.id, lines);
    },
    // Live, outside any group (the step's own group is written when it ends); the prefix keeps
    // the line from ever being read as a runner command.
    stepProgress(step, message) {
      sink.info(`▸ ${step.id}: ${message}`);
    },
    stepFinished(record) {
      if (record.reused) {
        const spent = record.cost_usd > 0 ? `, ${formatUsd(record.cost_usd)} spent before` : '';
        sink.info(`↺ ${record.id} (${record.kind}) reused from the checkpoint${spent}`);
        return;
      }
      const lines = buffers.get(record.id) ?? [];
      buffers.delete(record.id);
      // The command's own output goes in its step's group, after the engine's lines.
      for (const { stream, text } of printedBy(record)) {
        for (const line of text.split('\n')) {
          lines.push({
            level: 'info',
            message: stream === 'stderr' ? `stderr: ${line}` : line,
            untrusted: true,
          });
        }
      }
      const cost = record.cost_usd > 0 ? `, ${formatUsd(record.cost_usd)}` : '';
      const time = record.status === 'skipped' ? '' : ` in ${formatDuration(record.duration_ms)}`;
      const title = `${MARK[record.status]} ${record.id} (${record.kind}) ${record.status.replaceAll('_', ' ')}${time}${cost}`;
      if (lines.length === 0 && !record.error) {
        sink.info(title);
        return;
      }
      if (record.error)
        lines.push({
          level: record.status === 'skipped' ? 'info' : 'error',
          message: `${record.id}: ${record.error}`,
        });
      flush(title, lines);
    },
    warning(message) {
      sink.warning(message);
    },
    /** Writes what steps that never finished (a crash, a cancel) had logged. */
    flushAll() {
      for (const [id, lines] of buffers) if (lines.length > 0) flush(`${id}: unfinished`, lines);
      buffers.clear();
    },
  };
}
