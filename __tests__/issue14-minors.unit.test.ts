// The small things issue #14 found on the pages and in the messages users read, each pinned.
import { describe, expect, it } from 'vitest';
import { planOf } from '../src/report/plan.js';
import { renderSummary } from '../src/report/summary.js';
import { builtinKinds } from '../src/steps/index.js';
import { formatDiagnostic, WorkflowError } from '../src/workflow/errors.js';
import { parseWorkflow } from '../src/workflow/load.js';
import { makeWorkflow } from './support/engine-fixtures.js';
import { renderGfm } from './support/gfm.js';
import { runResult, stepRecord } from './support/run-result.js';

function problems(source: string): string[] {
  try {
    parseWorkflow(source, 'wf.yml', { registry: builtinKinds() });
  } catch (error) {
    if (error instanceof WorkflowError) return error.diagnostics.map(formatDiagnostic);
    throw error;
  }
  return [];
}

describe('messages', () => {
  it('suggests the known model for a misspelt one instead of inventing a price', () => {
    const [problem] = problems(`version: 1
name: m
steps:
  - id: a
    llm: { model: gpt-4o-mni, prompt: hi, max_tokens: 10 }
`);
    expect(problem).toContain(
      "model 'gpt-4o-mni' has no known price (did you mean 'gpt-4o-mini'?)",
    );
    expect(problem).toContain('if it is another model of your server');
  });

  it('says strings take single quotes when an expression uses double ones', () => {
    expect(
      problems(`version: 1
name: q
steps:
  - id: a
    if: \${{ github.event_name == "push" }}
    shell: { run: echo a }
`),
    ).toEqual([
      `wf.yml:5:34: step 'a': if: unexpected symbol: '"push"'. Strings take single quotes: write 'push', not "push"`,
    ]);
  });
});

describe('wflo plan', () => {
  it('puts a step after the step it needs, even when that one is written later', async () => {
    const wf = makeWorkflow([
      { id: 'a', kind: 'shell', needs: ['b'] },
      { id: 'b', kind: 'shell', needs: [] },
      { id: 'c', kind: 'shell', needs: ['a'] },
      { id: 'd', kind: 'shell', needs: [] },
    ]);
    const plan = await planOf(wf, builtinKinds());
    expect(plan.steps.map((s) => [s.id, s.wave])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 3],
      ['d', 1],
    ]);
  });
});

describe('the job summary', () => {
  it('shows a failure continue_on_error allowed as allowed, not as a plain ❌ in a ✅ run', () => {
    const html = renderGfm(
      renderSummary(
        runResult({
          steps: [
            stepRecord({
              id: 'lint',
              status: 'failed',
              error: 'it exited 1',
              continue_on_error: true,
            }),
            stepRecord({ id: 'test' }),
          ],
        }),
      ),
    );
    expect(html).toContain('<td>⚠️ failed (allowed by continue_on_error): it exited 1</td>');
    expect(html).not.toContain('❌');
  });

  it('names the report file and the output to fetch it by, not a runner path nobody can open', () => {
    const md = renderSummary(runResult(), {
      reportFile: '/home/runner/work/_temp/wflo-report-r1.json',
    });
    expect(md).not.toContain('/home/runner');
    const html = renderGfm(md);
    expect(html).toContain(
      "report: wflo-report-r1.json, the step's <code>report-file</code> output",
    );
    expect(html).not.toMatch(/<a href="[^"]*_temp/);
  });

  it('says a budget stop’s sentence once, in the reason, not again in the row', () => {
    const sentence =
      "step 'ask' did not call gpt-4o-mini: its reservation of $0.0021 (900 input tokens at most, 300 output tokens at most) does not fit the run's budget of $0.0036, of which $0.0030 is spent";
    const md = renderSummary(
      runResult({
        status: 'budget_exceeded',
        // As the engine words it: the step's own subject dropped from its clause.
        reason: `Step 'ask' stopped the run at the budget: ${sentence.replace("step 'ask' ", '')}.`,
        steps: [stepRecord({ id: 'ask', kind: 'llm', status: 'budget_exceeded', error: sentence })],
      }),
    );
    expect(md.split('its reservation of')).toHaveLength(2);
    expect(md).toContain('| ask | llm | 💸 budget exceeded |');
  });
});
