// `budget.pools` in the file: the model it builds, and every refusal positioned (DESIGN.md §4).
import { describe, expect, test } from 'vitest';
import { formatDiagnostic, WorkflowError } from '../src/workflow/errors.js';
import { parseWorkflow } from '../src/workflow/load.js';
import type { Workflow } from '../src/workflow/model.js';
import { dummyRegistry } from './support/workflow-registry.js';

const registry = dummyRegistry();
const load = (source: string): Workflow => parseWorkflow(source, 'wf.yml', { registry });

function problems(source: string): string[] {
  try {
    load(source);
  } catch (error) {
    if (error instanceof WorkflowError) return error.diagnostics.map(formatDiagnostic);
    throw error;
  }
  throw new Error('expected the workflow to be refused');
}

const withPools = (pools: string, extra = '') => `version: 1
inputs:
  team: { type: string, default: core }
budget:
  max_usd: 2
${extra}  pools:
${pools}
steps:
  - id: a
    shell: { run: echo hi }
`;

describe('budget.pools', () => {
  test('builds each pool with its cap in micro-dollars, its period and where it is', () => {
    const wf = load(
      withPools(`    - { key: daily, max_usd: 25, period: day }
    - key: pr-\${{ github.event.pull_request.number }}
      max_usd: 10.5
    - { key: 'team-\${{ inputs.team }}', max_usd: 3, period: month }`),
    );
    expect(wf.budget?.pools).toEqual([
      { key: 'daily', capMicros: 25_000_000, period: 'day', pointer: '/budget/pools/0' },
      {
        key: 'pr-${{ github.event.pull_request.number }}',
        capMicros: 10_500_000,
        pointer: '/budget/pools/1',
      },
      {
        key: 'team-${{ inputs.team }}',
        capMicros: 3_000_000,
        period: 'month',
        pointer: '/budget/pools/2',
      },
    ]);
    expect(wf.budget?.onStoreError).toBeUndefined();
  });

  test('on_store_error: run-alone is kept; a file without pools has none', () => {
    const wf = load(withPools('    - { key: d, max_usd: 1 }', '  on_store_error: run-alone\n'));
    expect(wf.budget?.onStoreError).toBe('run-alone');
    const plain = load(
      'version: 1\nbudget: { max_usd: 1 }\nsteps: [{ id: a, shell: { run: x } }]\n',
    );
    expect(plain.budget?.pools).toBeUndefined();
  });

  test('a period other than day, week or month is refused at its position', () => {
    const found = problems(withPools('    - { key: d, max_usd: 1, period: hour }'));
    expect(found).toHaveLength(1);
    expect(found[0]).toBe(
      "wf.yml:7:37: budget.pools[0].period must be one of day, week, month (got 'hour')",
    );
  });

  test('a key reading env, steps or run is refused at the expression', () => {
    const found = problems(
      withPools(`    - { key: 'a-\${{ env.HOME }}', max_usd: 1 }
    - { key: 'b-\${{ steps.a.outputs.x }}', max_usd: 1 }
    - { key: 'c-\${{ run.id }}', max_usd: 1 }`),
    );
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^wf\.yml:7:\d+: .*env/);
    expect(found[1]).toMatch(/^wf\.yml:8:\d+: .*steps/);
    expect(found[2]).toMatch(/^wf\.yml:9:\d+: .*run/);
  });

  test('a key reading an input the file does not declare is refused', () => {
    const found = problems(withPools(`    - { key: 'x-\${{ inputs.nope }}', max_usd: 1 }`));
    expect(found.join('\n')).toMatch(/^wf\.yml:7:\d+: .*nope/);
  });

  test('two entries naming the same pool are refused at the second', () => {
    const found = problems(
      withPools(`    - { key: daily, max_usd: 1 }
    - { key: 'pr-\${{ inputs.team }}', max_usd: 2 }
    - { key: daily, max_usd: 3 }
    - { key: 'pr-\${{ inputs.team }}', max_usd: 2 }`),
    );
    expect(found).toEqual([
      "wf.yml:9:14: budget.pools[2].key 'daily' is already budget.pools[0]'s: each pool is named once (merge them or give one another key)",
      "wf.yml:10:14: budget.pools[3].key 'pr-${{ inputs.team }}' is already budget.pools[1]'s: each pool is named once (merge them or give one another key)",
    ]);
  });

  test('a pool without max_usd, or with an unknown field, is refused', () => {
    expect(problems(withPools('    - { key: d }'))[0]).toMatch(/^wf\.yml:7:\d+: .*max_usd/);
    expect(problems(withPools('    - { key: d, max_usd: 1, cap: 2 }'))[0]).toMatch(
      /^wf\.yml:7:\d+: .*cap/,
    );
  });
});
