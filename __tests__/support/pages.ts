// The pages users look at, one per way a run ends, plus a gate comment with held changes: the
// rendered-HTML tests check them and scripts/screenshots.sh photographs the same Markdown.
import type { FileDiff } from '../../src/checkout/diff.js';
import type { RunResult, StepRecord } from '../../src/engine/types.js';
import { renderGateComment, type GateCommentView } from '../../src/github/gate-comment.js';
import { renderSummary } from '../../src/report/summary.js';
import { makeWorkflow } from './engine-fixtures.js';
import { runResult, stepRecord } from './run-result.js';

const PR = 'https://github.com/octo-org/widgets/pull/7';
export const GATE_URL = `${PR}#issuecomment-1000`;
const SHA = '3f2a9c1e7b4d6a8f0c2e4b6d8a0c2e4f6b8d0a2c';
const REPORT = '/home/runner/work/_temp/wflo-report-mx1-4f2a.json';

const workflow = makeWorkflow(
  [{ id: 'diagnose' }, { id: 'fix' }, { id: 'tests' }, { id: 'approve' }, { id: 'ship' }],
  { name: 'fix-failing-test', file: '.wflo/fix-failing-test.yml' },
);

const usage = (input: number, output: number) => ({
  input_tokens: input,
  cached_input_tokens: 0,
  output_tokens: output,
  reasoning_tokens: 0,
});

const diagnose = stepRecord({
  id: 'diagnose',
  kind: 'llm',
  cost_usd: 0.000412,
  usage: usage(1840, 212),
  outputs: {
    text: 'The test `parses dates` fails because `parseDate("2026-02-30")` returns a date in March.\n\nFix: validate the day against the month length before building the `Date`.',
  },
});

const fix = stepRecord({
  id: 'fix',
  kind: 'agent',
  duration_ms: 41_200,
  cost_usd: 0.003105,
  usage: usage(14_020, 1_310),
  outputs: {
    text: 'Added a day-of-month check to `src/date.ts` and a test for 30 February. `npm test` passes.',
    exit_code: 0,
    changes: [
      { path: 'src/date.ts', status: 'modified', additions: 4, deletions: 1, binary: false },
      { path: 'test/date.test.ts', status: 'added', additions: 3, deletions: 0, binary: false },
      { path: 'docs/logo.png', status: 'modified', additions: 0, deletions: 0, binary: true },
    ],
    transcript: [
      {
        turn: 1,
        type: 'tool',
        id: 'c1',
        tool: 'read_file',
        arguments: '{"path":"src/date.ts"}',
        ok: true,
        result: '',
        duration_ms: 40,
      },
      {
        turn: 2,
        type: 'tool',
        id: 'c2',
        tool: 'write_file',
        arguments: '{"path":"src/date.ts"}',
        ok: true,
        result: '',
        duration_ms: 35,
      },
      {
        turn: 3,
        type: 'tool',
        id: 'c3',
        tool: 'run',
        arguments: '{"cmd":"npm test"}',
        ok: false,
        result: '',
        duration_ms: 8_100,
      },
      {
        turn: 4,
        type: 'tool',
        id: 'c4',
        tool: 'write_file',
        arguments: '{"path":"test/date.test.ts"}',
        ok: true,
        result: '',
        duration_ms: 30,
      },
      {
        turn: 5,
        type: 'tool',
        id: 'c5',
        tool: 'run',
        arguments: '{"cmd":"npm test"}',
        ok: true,
        result: '',
        duration_ms: 7_900,
      },
    ],
  },
});

const tests = stepRecord({
  id: 'tests',
  kind: 'sandbox',
  duration_ms: 9_400,
  outputs: { exit_code: 0, timed_out: false, oom_killed: false },
});

const approved = stepRecord({
  id: 'approve',
  kind: 'approval',
  duration_ms: 312_000,
  outputs: {
    decision: 'approved',
    approvers: ['carol'],
    comment: '',
    url: GATE_URL,
    by_policy: false,
    sha: SHA,
    decided_at: '2026-01-01T00:05:12Z',
  },
});

function notStarted(id: string, kind: string, error?: string): StepRecord {
  return {
    id,
    kind,
    status: 'skipped',
    attempts: 0,
    cost_usd: 0,
    outputs: {},
    continue_on_error: false,
    ...(error ? { error } : {}),
  };
}

function base(over: Partial<RunResult>): RunResult {
  return runResult({
    workflow,
    runId: 'mx1-4f2a',
    costMicros: 3_517,
    budgetMicros: 50_000,
    reservedPeakMicros: 9_800,
    ...over,
  });
}

export const RUNS: Record<'succeeded' | 'failed' | 'budget' | 'waiting' | 'rejected', RunResult> = {
  succeeded: base({
    steps: [diagnose, fix, tests, approved, stepRecord({ id: 'ship', kind: 'shell' })],
    outputs: { summary: 'fixed parseDate' },
    changes: [{ step: 'fix', outcome: 'applied' }],
  }),
  failed: base({
    status: 'failed',
    reason: "Step 'tests' failed: its command exited 1.",
    steps: [
      diagnose,
      fix,
      stepRecord({
        id: 'lint',
        kind: 'shell',
        status: 'failed',
        error: 'it exited 2',
        continue_on_error: true,
      }),
      {
        ...tests,
        status: 'failed',
        error: 'its command exited 1',
        outputs: { exit_code: 1, timed_out: false, oom_killed: false },
      },
      notStarted('approve', 'approval'),
    ],
    changes: [{ step: 'fix', outcome: 'reverted', reason: 'the run ended failed' }],
  }),
  budget: base({
    status: 'budget_exceeded',
    costMicros: 3_005,
    budgetMicros: 3_600,
    reservedPeakMicros: 3_517,
    reason:
      "Step 'fix' stopped the run at the budget: did not call gpt-4o-mini: its reservation of $0.002100 (9,000 input tokens at most, 1,000 output tokens at most) does not fit the run's budget of $0.003600, of which $0.000412 is spent and $0.002593 is held by calls in flight.",
    steps: [
      diagnose,
      stepRecord({
        id: 'fix',
        kind: 'agent',
        status: 'budget_exceeded',
        error:
          "step 'fix' did not call gpt-4o-mini: its reservation of $0.002100 (9,000 input tokens at most, 1,000 output tokens at most) does not fit the run's budget of $0.003600, of which $0.000412 is spent and $0.002593 is held by calls in flight",
      }),
      // A parallel step refused by the same budget just after: the ledger's second refusal.
      stepRecord({
        id: 'review',
        kind: 'llm',
        status: 'budget_exceeded',
        error:
          "step 'review' did not call gpt-4o-mini: its reservation of $0.001800 does not fit the $0.000595 left of the run's budget either",
      }),
      notStarted('tests', 'sandbox', 'the budget ran out before this step started'),
    ],
  }),
  waiting: base({
    status: 'waiting_approval',
    reason: `Step 'approve' is waiting for approval: answer on the pull request (${GATE_URL}) with /approve approve, /reject approve <reason>, or a review.`,
    steps: [
      diagnose,
      fix,
      tests,
      stepRecord({
        id: 'approve',
        kind: 'approval',
        status: 'waiting_approval',
        error: `answer on the pull request (${GATE_URL}) with /approve approve, /reject approve <reason>, or a review`,
      }),
    ],
    changes: [
      {
        step: 'fix',
        outcome: 'held',
        reason: 'the run is waiting at an approval gate; the checkpoint keeps them',
      },
    ],
  }),
  rejected: base({
    status: 'rejected',
    reason:
      "Step 'approve' was rejected by carol (the check belongs in the parser, not in the caller).",
    steps: [
      diagnose,
      fix,
      tests,
      {
        ...approved,
        status: 'rejected',
        error: 'by carol (the check belongs in the parser, not in the caller)',
        outputs: {
          ...approved.outputs,
          decision: 'rejected',
          comment: 'the check belongs in the parser, not in the caller',
        },
      },
    ],
    changes: [{ step: 'fix', outcome: 'discarded', reason: 'no approval let them through' }],
  }),
};

/** The job summary of each run, as the action writes it (show-outputs on, the default). */
export function summaryOf(name: keyof typeof RUNS): string {
  return renderSummary(RUNS[name], { reportFile: REPORT, showOutputs: true });
}

const HELD: FileDiff[] = [
  {
    step: 'fix',
    path: 'src/date.ts',
    additions: 4,
    deletions: 1,
    patch: [
      'diff --git a/src/date.ts b/src/date.ts',
      '--- a/src/date.ts',
      '+++ b/src/date.ts',
      '@@ -10,7 +10,10 @@ export function parseDate(text: string): Date {',
      '   const [y, m, d] = text.split("-").map(Number);',
      '-  return new Date(Date.UTC(y, m - 1, d));',
      '+  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();',
      '+  if (d < 1 || d > days) throw new RangeError(`no day ${d} in ${text.slice(0, 7)}`);',
      '+  // ``` and </details> in a file stay text: the fence is longer than any run of backticks',
      '+  return new Date(Date.UTC(y, m - 1, d));',
      ' }',
      '',
    ].join('\n'),
  },
  {
    step: 'fix',
    path: 'test/date.test.ts',
    additions: 3,
    deletions: 0,
    patch: [
      'diff --git a/test/date.test.ts b/test/date.test.ts',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/test/date.test.ts',
      '@@ -0,0 +1,3 @@',
      "+it('refuses 30 February', () => {",
      "+  expect(() => parseDate('2026-02-30')).toThrow(RangeError);",
      '+});',
      '',
    ].join('\n'),
  },
  {
    step: 'fix',
    path: 'docs/logo.png',
    additions: 0,
    deletions: 0,
    patch:
      'diff --git a/docs/logo.png b/docs/logo.png\nBinary files a/docs/logo.png and b/docs/logo.png differ\n',
  },
];

/** The gate both gate-comment pages show: the fix held for review. */
const HELD_GATE = {
  gate: {
    runId: 'mx1-4f2a',
    stepId: 'approve',
    stepIds: ['diagnose', 'fix', 'tests', 'approve', 'ship'],
    message: 'Apply the fix to `parseDate`? The tests pass in the sandbox.',
    approvers: { permission: 'write', users: [], teams: [], min: 1, allowAuthor: false },
    deadline: Date.parse('2026-01-01T06:00:00Z'),
    onTimeout: 'fail',
    diff: HELD,
  },
  state: { runId: 'mx1-4f2a', stepId: 'approve', sha: SHA, openedAt: '2026-01-01T00:00:00Z' },
} satisfies Pick<GateCommentView, 'gate' | 'state'>;

/** The gate comment while it waits, with the held changes. */
export function gateCommentWithDiff(): string {
  return renderGateComment({
    ...HELD_GATE,
    phase: { phase: 'open', approvals: [] },
    ignored: [],
    now: '2026-01-01T00:00:01Z',
  });
}

/** The same gate once approved: who answered, when, and the link to their answer. */
export function gateCommentApproved(): string {
  return renderGateComment({
    ...HELD_GATE,
    phase: {
      phase: 'approved',
      byPolicy: false,
      answers: [
        {
          login: 'carol',
          at: '2026-01-01T00:12:00Z',
          url: `${PR}#issuecomment-1001`,
          reason: 'looks right; the 30 February test is the one we missed',
          via: 'comment',
        },
      ],
    },
    ignored: [],
    now: '2026-01-01T00:12:01Z',
  });
}
