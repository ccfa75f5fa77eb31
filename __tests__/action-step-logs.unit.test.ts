import { describe, expect, it } from 'vitest';
import { groupedStepLogs, type LogSink } from '../src/action/step-logs.js';
import type { StepRecord } from '../src/engine/types.js';
import { makeWorkflow } from './support/engine-fixtures.js';

function recordingSink(): LogSink & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    startGroup: (n) => lines.push(`group: ${n}`),
    endGroup: () => lines.push('endgroup'),
  };
}

/** The stop-commands token is random; tests compare it as T. */
const tokenless = (lines: string[]) =>
  lines.map((l) => l.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, 'T'));

const record = (id: string, over: Partial<StepRecord> = {}): StepRecord => ({
  id,
  kind: 'shell',
  status: 'succeeded',
  attempts: 1,
  duration_ms: 20,
  cost_usd: 0,
  outputs: {},
  continue_on_error: false,
  ...over,
});

describe('log groups per step', () => {
  it('keeps the lines of parallel steps in their own group even when they interleave, reading no commands in them', () => {
    const wf = makeWorkflow([
      { id: 'a', kind: 'shell' },
      { id: 'b', kind: 'shell', needs: [] },
    ]);
    const [a, b] = wf.steps;
    if (!a || !b) throw new Error('fixture');
    const sink = recordingSink();
    const logs = groupedStepLogs(sink);
    logs.stepStarted?.(a, 1);
    logs.stepStarted?.(b, 1);
    logs.stepLog?.(a, 'info', 'a1');
    logs.stepLog?.(b, 'info', 'b1');
    logs.stepLog?.(a, 'warn', 'a2');
    logs.stepFinished?.(record('b'));
    logs.stepFinished?.(record('a', { status: 'failed', error: 'exit code 1' }));
    expect(tokenless(sink.lines)).toEqual([
      '▶ a (shell) started',
      '▶ b (shell) started',
      'group: ✓ b (shell) succeeded in 20 ms',
      '::stop-commands::T',
      'b1',
      '::T::',
      'endgroup',
      'group: ✗ a (shell) failed in 20 ms',
      '::stop-commands::T',
      'a1',
      '::T::',
      'warning: a2',
      'error: a: exit code 1',
      'endgroup',
    ]);
  });

  it('writes a skipped step as one line, and what an unfinished step logged on flush', () => {
    const wf = makeWorkflow([{ id: 'a', kind: 'shell' }]);
    const [a] = wf.steps;
    if (!a) throw new Error('fixture');
    const sink = recordingSink();
    const logs = groupedStepLogs(sink);
    logs.stepFinished?.(record('s', { status: 'skipped' }));
    logs.stepStarted?.(a, 2);
    logs.stepLog?.(a, 'info', 'half way');
    logs.flushAll();
    expect(tokenless(sink.lines)).toEqual([
      '– s (shell) skipped',
      '▶ a (shell) started, attempt 2',
      'group: a: unfinished',
      '::stop-commands::T',
      'half way',
      '::T::',
      'endgroup',
    ]);
  });

  it('puts what the command printed in its group, where the runner reads no commands', () => {
    const sink = recordingSink();
    const logs = groupedStepLogs(sink);
    logs.stepFinished?.(
      record('a', { outputs: { stdout: 'line 1\n::add-mask::x\n', stderr: 'oops\n' } }),
    );
    const [start, stop, ...rest] = sink.lines;
    expect(start).toBe('group: ✓ a (shell) succeeded in 20 ms');
    const token = /^::stop-commands::(\S+)$/.exec(stop ?? '')?.[1];
    expect(token).toBeTruthy();
    expect(rest).toEqual(['line 1', '::add-mask::x', 'stderr: oops', `::${token}::`, 'endgroup']);
  });
});
