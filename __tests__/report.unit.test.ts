import { createRedactor } from '../src/common/secrets.js';
import { describe, expect, it } from 'vitest';
import { escapeInline } from '../src/common/markdown.js';
import { planOf, renderPlanText } from '../src/report/plan.js';
import { buildReport, exitCodeOf, serializeReport } from '../src/report/report.js';
import { overageLine, renderSummary } from '../src/report/summary.js';
import { builtinKinds } from '../src/steps/index.js';
import { makeWorkflow } from './support/engine-fixtures.js';
import { runResult as result, stepRecord as step } from './support/run-result.js';

describe('run report', () => {
  it('lists what became of each step’s changes to the checkout, with how many files', () => {
    const report = buildReport(
      result({
        status: 'rejected',
        steps: [
          step({
            id: 'fix',
            kind: 'agent',
            outputs: { changes: [{ path: 'a.ts' }, { path: 'b.ts' }] },
          }),
          step({ id: 'tidy', kind: 'sandbox', outputs: { changes: [{ path: 'c.ts' }] } }),
        ],
        changes: [
          {
            step: 'tidy',
            outcome: 'reverted',
            reason: 'the run ended rejected',
          },
          { step: 'fix', outcome: 'discarded', reason: 'no approval let them through' },
        ],
      }),
    );
    expect(report.changes).toEqual([
      {
        step: 'tidy',
        outcome: 'reverted',
        files: 1,
        reason: 'the run ended rejected',
        diff: null,
      },
      {
        step: 'fix',
        outcome: 'discarded',
        files: 2,
        reason: 'no approval let them through',
        diff: null,
      },
    ]);
  });

  it('has every field of DESIGN.md §3, money exact to the micro-dollar', () => {
    const report = JSON.parse(serializeReport(buildReport(result())));
    expect(Object.keys(report)).toEqual([
      'version',
      'workflow',
      'run_id',
      'status',
      'exit_code',
      'budget_usd',
      'cost_usd',
      'reserved_usd_peak',
      'overage_usd',
      'started_at',
      'finished_at',
      'steps',
      'approvals',
      'changes',
      'outputs',
    ]);
    expect(report).toMatchObject({
      version: 1,
      workflow: 'demo',
      run_id: 'r1',
      status: 'succeeded',
      exit_code: 0,
      budget_usd: 2,
      cost_usd: 1.234567,
      reserved_usd_peak: 1.500001,
      overage_usd: 0,
      approvals: [],
      outputs: { answer: 42 },
    });
    expect(Object.keys(report.steps[0])).toEqual([
      'id',
      'kind',
      'status',
      'attempts',
      'started_at',
      'finished_at',
      'cost_usd',
      'usage',
      'outputs',
      'error',
    ]);
    expect(serializeReport(buildReport(result({ costMicros: 1 })))).toContain(
      '"cost_usd": 0.000001',
    );
  });

  it('gives null for a budget that was never set and for a skipped step’s times', () => {
    const report = buildReport(
      result({
        budgetMicros: undefined,
        steps: [
          step({ id: 'a', status: 'skipped', started_at: undefined, finished_at: undefined }),
        ],
      }),
    );
    expect(report.budget_usd).toBeNull();
    expect(report.steps[0]).toMatchObject({
      started_at: null,
      finished_at: null,
      usage: null,
      error: null,
    });
  });

  it('maps each run status to the exit code the CLI contract names', () => {
    expect(exitCodeOf('succeeded')).toBe(0);
    expect(exitCodeOf('failed')).toBe(1);
    expect(exitCodeOf('cancelled')).toBe(1);
    expect(exitCodeOf('budget_exceeded')).toBe(3);
    expect(exitCodeOf('rejected')).toBe(4);
    expect(exitCodeOf('timed_out')).toBe(4);
    expect(exitCodeOf('waiting_approval')).toBe(4);
  });
});

describe('approvals in the report and the summary', () => {
  const gate = step({
    id: 'ship',
    kind: 'approval',
    outputs: {
      decision: 'approved',
      approvers: ['reviewer'],
      comment: '',
      url: 'https://github.com/o/r/pull/7#issuecomment-1',
      by_policy: false,
      sha: '0123456789abcdef',
      decided_at: '2026-01-01T00:00:01Z',
    },
  });

  it('lists each decided gate with who, the comment, the link and the commit', () => {
    expect(buildReport(result({ steps: [gate] })).approvals).toEqual([
      {
        step: 'ship',
        decision: 'approved',
        approvers: ['reviewer'],
        comment: null,
        url: 'https://github.com/o/r/pull/7#issuecomment-1',
        sha: '0123456789abcdef',
      },
    ]);
  });

  it('leaves out a gate that is still waiting', () => {
    const waiting = step({
      id: 'ship',
      kind: 'approval',
      status: 'waiting_approval',
      outputs: { decision: 'waiting' },
    });
    expect(buildReport(result({ steps: [waiting] })).approvals).toEqual([]);
  });

  it('shows approvals and how sandboxes ended in the summary', () => {
    const box = step({
      id: 'tests',
      kind: 'sandbox',
      status: 'failed',
      outputs: { exit_code: 137, timed_out: false, oom_killed: true },
    });
    const md = renderSummary(result({ steps: [gate, box] }));
    expect(md).toContain('### Approvals');
    expect(md).toContain('reviewer');
    expect(md).toContain('### Sandboxes');
    expect(md).toContain('| tests | 137 | no | yes |');
  });
});

describe('job summary', () => {
  it('says what became of each step’s changes to the checkout', () => {
    const md = renderSummary(
      result({
        status: 'failed',
        steps: [
          step({ id: 'fix', kind: 'agent', outputs: { changes: [{ path: 'a' }, { path: 'b' }] } }),
        ],
        changes: [{ step: 'fix', outcome: 'reverted', reason: 'the run ended failed' }],
      }),
    );
    expect(md).toContain('### Changes to the checkout');
    expect(md).toContain('| fix | 2 | taken back: the run ended failed |');
  });

  it('shows the status, spend against budget and one row per step', () => {
    const md = renderSummary(
      result({
        steps: [step({ id: 'a' }), step({ id: 'b', status: 'skipped', duration_ms: undefined })],
      }),
    );
    expect(md).toContain('succeeded');
    expect(md).toContain('**Spend:** $1.234567 of $2.00 budget spent');
    expect(md).toContain('| Step | Kind | Status | Attempts | Duration | Tokens | Cost |');
    expect(md).toMatch(/\| a \| shell \| ✅ succeeded \| 1 \| 1\.5 s \| – \| – \|/);
    expect(md).toMatch(/\| b \| shell \| ⏭️ skipped \| 1 \| – \|/);
  });

  it('says in one sentence why a failed run failed', () => {
    const md = renderSummary(
      result({
        status: 'failed',
        reason: "Step 'a' failed: exit code 1.",
        steps: [step({ id: 'a', status: 'failed', error: 'exit code 1' })],
      }),
    );
    expect(md).toContain('**Why:** Step &#39;a&#39; failed: exit code 1.');
  });

  it('cannot be made to render HTML, images, links, mentions or extra table cells by step text', () => {
    const hostile =
      '<img src=x onerror=alert(1)> ![t](http://evil/x.png) [click](javascript:alert(1)) @octocat | injected | `code`\n## heading';
    const md = renderSummary(
      result({
        status: 'failed',
        reason: hostile,
        steps: [step({ id: 'a', status: 'failed', error: hostile })],
      }),
    );
    const row = md.split('\n').find((l) => l.startsWith('| a |')) ?? '';
    expect(row.split('|')).toHaveLength(9); // 7 cells, no more
    for (const danger of ['<img', '![', '](', '@octocat', '`code`', '\n## heading'])
      expect(md).not.toContain(danger);
  });

  it('redacts secrets that reached step errors', () => {
    const md = renderSummary(
      result({ status: 'failed', reason: 'bad key sk-secret-123', steps: [] }),
      { secrets: ['sk-secret-123'] },
    );
    expect(md).not.toContain('sk-secret-123');
    expect(md).toContain('&#42;&#42;&#42;');
  });

  it('shows tokens and cost for steps that used a model', () => {
    const md = renderSummary(
      result({
        steps: [
          step({
            id: 'ask',
            kind: 'llm',
            cost_usd: 0.0125,
            usage: {
              input_tokens: 1200,
              cached_input_tokens: 0,
              output_tokens: 80,
              reasoning_tokens: 0,
            },
          }),
        ],
      }),
    );
    expect(md).toContain('| 1,200 in / 80 out | $0.0125 |');
  });
});

describe('escaping and redaction', () => {
  it('turns every active character into a character reference and newlines into spaces', () => {
    expect(escapeInline('a<b>&|\n*_')).toBe('a&#60;b&#62;&#38;&#124; &#42;&#95;');
  });
  it('hides the longer of two overlapping secrets completely, whatever order they came in', () => {
    expect(createRedactor(['abc', 'abc123xyz']).text('token abc123xyz')).toBe('token ***');
    expect(createRedactor(['abc123xyz', 'abc']).text('token abc123xyz abc')).toBe('token *** ***');
  });
  it("hides a secret's base64, hex and URL-encoded forms in the summary and the report", () => {
    const secret = 'tok/en+value 42';
    const encodings = [
      Buffer.from(secret).toString('base64'),
      Buffer.from(`x${secret}`).toString('base64'),
      Buffer.from(`xy${secret}`).toString('base64url'),
      Buffer.from(secret).toString('hex'),
      encodeURIComponent(secret),
    ];
    const failing = result({
      status: 'failed',
      reason: `leaked ${encodings.join(' ')}`,
      steps: [step({ id: 'a', status: 'failed', outputs: { stdout: encodings.join('\n') } })],
      redactor: createRedactor([secret]),
    });
    const published = [renderSummary(failing), JSON.stringify(buildReport(failing))].join('\n');
    for (const form of encodings) {
      // What depends only on the secret is gone (the edges may keep a character of a neighbour).
      expect(published).not.toContain(form.slice(3, -3));
    }
  });
});

const unused = () => Promise.reject(new Error('plan runs nothing'));

describe('plan', () => {
  it('puts steps that only wait on earlier waves into one wave, shown as parallel', async () => {
    const wf = makeWorkflow([
      { id: 'greet', kind: 'shell' },
      { id: 'shout', kind: 'shell', needs: ['greet'] },
      { id: 'count', kind: 'shell', needs: ['greet'] },
      { id: 'ask', kind: 'llm', needs: ['shout', 'count'] },
    ]);
    const plan = await planOf(wf, builtinKinds());
    expect(plan.steps.map((s) => [s.id, s.wave])).toEqual([
      ['greet', 1],
      ['shout', 2],
      ['count', 2],
      ['ask', 3],
    ]);
    const text = renderPlanText(plan);
    expect(text).toContain('wave 2: shout, count run in parallel (up to 4 at a time)');
    expect(text).toMatch(/3\s+ask\s+llm\s+shout, count\s+n\/a/);
    expect(text).toContain('run worst case: n/a');
  });

  it('sums the worst case of the run when an estimator knows every LLM step', async () => {
    const wf = makeWorkflow([
      { id: 'a', kind: 'llm' },
      { id: 'b', kind: 'llm' },
    ]);
    const llm = { kind: 'llm', spendsMoney: true, worstCase: async () => 250_000, run: unused };
    const plan = await planOf(wf, new Map([['llm', llm]]));
    expect(plan.worstCaseMicros).toBe(500_000);
    expect(renderPlanText(plan)).toContain('run worst case: $0.50');
  });
});

describe('an overage: a bill above its reservation', () => {
  it('is in the report and, as a warning, in the summary, with how far past the budget', () => {
    const over = result({ costMicros: 2_300_000, budgetMicros: 2_000_000, overageMicros: 500_000 });
    expect(JSON.parse(serializeReport(buildReport(over))).overage_usd).toBe(0.5);
    expect(overageLine(over)).toBe(
      "Calls were billed $0.50 above what wflo reserved for them (the server counted more tokens than wflo's bound), which put spend $0.30 past the budget; the bills are charged in full, and later calls were refused once the budget was spent.",
    );
    expect(renderSummary(over)).toContain('> ⚠️ Calls were billed &#36;0.50 above');
  });

  it('is absent from a run whose server billed within its reservations', () => {
    expect(overageLine(result())).toBeUndefined();
    expect(renderSummary(result())).not.toContain('⚠️');
  });
});
