// A finished run as the engine hands it to the report, the summary and the edges, for tests of
// what users read: sensible defaults, each test overriding what it is about.
import { createRedactor } from '../../src/common/secrets.js';
import type { RunResult, StepRecord } from '../../src/engine/types.js';
import { builtinKinds } from '../../src/steps/index.js';
import { makeWorkflow } from './engine-fixtures.js';

export function stepRecord(over: Partial<StepRecord> & { id: string }): StepRecord {
  return {
    kind: 'shell',
    status: 'succeeded',
    attempts: 1,
    started_at: '2026-01-01T00:00:00.000Z',
    finished_at: '2026-01-01T00:00:01.500Z',
    duration_ms: 1500,
    cost_usd: 0,
    outputs: {},
    continue_on_error: false,
    ...over,
  };
}

export function runResult(over: Partial<RunResult> = {}): RunResult {
  return {
    runId: 'r1',
    workflow: makeWorkflow([{ id: 'a' }], { name: 'demo', file: '.wflo/demo.yml' }),
    status: 'succeeded',
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:02.000Z',
    steps: [stepRecord({ id: 'a' })],
    outputs: { answer: 42 },
    costMicros: 1_234_567,
    budgetMicros: 2_000_000,
    reservedPeakMicros: 1_500_001,
    changes: [],
    redactor: createRedactor(),
    registry: builtinKinds(),
    ...over,
  };
}
