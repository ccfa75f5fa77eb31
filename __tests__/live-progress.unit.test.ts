// Live progress (issue #14 Deliver 4): the byte count of an image pull, throttled; the
// progress lines on the CLI's stderr and, in the action, live outside the held step groups.
import { describe, expect, it } from 'vitest';
import { groupedStepLogs, type LogSink } from '../src/action/step-logs.js';
import { progressObserver } from '../src/cli/progress.js';
import { createStepLogger } from '../src/engine/logger.js';
import { createRedactor } from '../src/common/secrets.js';
import { formatBytes, pullProgress } from '../src/sandbox/pull-progress.js';
import type { StepSpec } from '../src/workflow/model.js';

const step = { id: 'fix', kind: 'agent' } as StepSpec;
const MiB = 1024 * 1024;

describe('pull progress in bytes', () => {
  it('sums the layers, says it at most once per interval, and once more at the end', () => {
    const lines: string[] = [];
    let now = 0;
    const p = pullProgress(
      'python:3.12',
      (l) => lines.push(l),
      () => now,
      2000,
    );
    p.event({ id: 'a', status: 'Pulling fs layer' });
    p.event({
      id: 'a',
      status: 'Downloading',
      progressDetail: { current: 1 * MiB, total: 10 * MiB },
    });
    now = 500;
    p.event({
      id: 'b',
      status: 'Downloading',
      progressDetail: { current: 2 * MiB, total: 4 * MiB },
    });
    now = 1999;
    p.event({
      id: 'a',
      status: 'Downloading',
      progressDetail: { current: 5 * MiB, total: 10 * MiB },
    });
    now = 2000;
    p.event({ id: 'b', status: 'Download complete' });
    p.event({
      id: 'a',
      status: 'Downloading',
      progressDetail: { current: 6 * MiB, total: 10 * MiB },
    });
    p.event({ id: 'a', status: 'Download complete' });
    p.end();
    expect(lines).toEqual([
      'pulling python:3.12: 1.0 MiB of 10.0 MiB (1 layer)',
      'pulling python:3.12: 10.0 MiB of 14.0 MiB (2 layers)',
      'pulling python:3.12: 14.0 MiB of 14.0 MiB (2 layers)',
    ]);
  });

  it('says nothing for an image whose layers were all there', () => {
    const lines: string[] = [];
    const p = pullProgress('x', (l) => lines.push(l));
    p.event({ id: 'a', status: 'Already exists' });
    p.end();
    expect(lines).toEqual([]);
  });

  it('formats bytes in binary units', () => {
    expect([512, 3500, 12.34 * MiB, 1.5 * 1024 * MiB].map(formatBytes)).toEqual([
      '512 B',
      '3.4 KiB',
      '12.3 MiB',
      '1.5 GiB',
    ]);
  });
});

describe('progress lines on the edges', () => {
  it('go to the CLI stderr at once, under the step id', () => {
    const out: string[] = [];
    const log = createStepLogger(
      step,
      createRedactor([]),
      progressObserver((l) => out.push(l)),
    );
    log.progress?.('turn 1/6: run (exit 0); $0.00012 spent so far');
    expect(out).toEqual(['  fix │ ▸ turn 1/6: run (exit 0); $0.00012 spent so far\n']);
  });

  it('are live in the action, outside the group the step writes when it ends, one line each', () => {
    const calls: string[] = [];
    const sink: LogSink = {
      info: (m) => calls.push(`info ${m}`),
      warning: (m) => calls.push(`warning ${m}`),
      error: (m) => calls.push(`error ${m}`),
      startGroup: (n) => calls.push(`group ${n}`),
      endGroup: () => calls.push('endgroup'),
    };
    const logs = groupedStepLogs(sink);
    const log = createStepLogger(step, createRedactor(['sk-secret-1']), logs);
    logs.stepStarted?.(step, 1);
    log.info('held for the group');
    log.progress?.('turn 1/6: run (exit 2)\n::set-output name=x::sk-secret-1; $0.01 spent so far');
    expect(calls).toEqual([
      'info ▶ fix (agent) started',
      'info ▸ fix: turn 1/6: run (exit 2) ::set-output name=x::***; $0.01 spent so far',
    ]);
    logs.flushAll();
    expect(calls.slice(2)).toContain('group fix: unfinished');
  });
});
