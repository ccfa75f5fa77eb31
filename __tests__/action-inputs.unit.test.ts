import { describe, expect, it } from 'vitest';
import { ActionInputError, readInputs } from '../src/action/inputs.js';

const defaults: Record<string, string> = {
  workflow: '.wflo/w.yml',
  inputs: '',
  'budget-usd': '',
  'openai-api-key': '',
  'openai-base-url': '',
  'github-token': 'ghs_x',
  'approval-mode': 'wait',
  'pr-comment': 'never',
  'dry-run': 'false',
  'show-outputs': 'true',
  'budget-store': 'github',
};

function read(over: Record<string, string> = {}) {
  const values = { ...defaults, ...over };
  return readInputs((name) => values[name] ?? '');
}

function problemsOf(over: Record<string, string>): string[] {
  try {
    read(over);
  } catch (err) {
    if (err instanceof ActionInputError) return err.problems;
    throw err;
  }
  throw new Error('expected the inputs to be refused');
}

describe('action inputs', () => {
  it('gathers every input into one typed object', () => {
    expect(
      read({
        inputs: '{path: tests, retries: 3}',
        'budget-usd': '2.50',
        'dry-run': 'true',
        'approval-mode': 'resume',
      }),
    ).toEqual({
      workflow: '.wflo/w.yml',
      inputs: { path: 'tests', retries: 3 },
      budgetMicros: 2_500_000,
      githubToken: 'ghs_x',
      approvalMode: 'resume',
      prComment: 'never',
      dryRun: true,
      allowUntrusted: false,
      showOutputs: true,
      budgetStore: 'github',
    });
    expect(read({ 'allow-untrusted': 'true' }).allowUntrusted).toBe(true);
  });

  it('shows outputs unless show-outputs is false, and names the input when it is neither', () => {
    expect(read({ 'show-outputs': 'false' }).showOutputs).toBe(false);
    expect(read({ 'show-outputs': '' }).showOutputs).toBe(true);
    expect(problemsOf({ 'show-outputs': 'some' })).toEqual([
      "Input 'show-outputs' must be 'true' or 'false', got 'some'",
    ]);
  });

  it('accepts inputs written as JSON or as a YAML block', () => {
    expect(read({ inputs: '{"path": "tests"}' }).inputs).toEqual({ path: 'tests' });
    expect(read({ inputs: 'path: tests\nfast: true\n' }).inputs).toEqual({
      path: 'tests',
      fast: true,
    });
  });

  it('names the input and the expected form for a budget that is not dollars', () => {
    expect(problemsOf({ 'budget-usd': 'abc' })).toEqual([
      "Input 'budget-usd' must be a positive number of dollars with at most 6 decimals, e.g. '2.00', got 'abc'",
    ]);
    expect(problemsOf({ 'budget-usd': '0' })[0]).toContain("Input 'budget-usd'");
    expect(problemsOf({ 'budget-usd': '-1' })[0]).toContain("Input 'budget-usd'");
    expect(problemsOf({ 'budget-usd': '1.0000001' })[0]).toContain("Input 'budget-usd'");
  });

  it('keeps dollar amounts exact, without a float in between', () => {
    expect(read({ 'budget-usd': '0.000001' }).budgetMicros).toBe(1);
    expect(read({ 'budget-usd': '19.99' }).budgetMicros).toBe(19_990_000);
  });

  it('requires the workflow input', () => {
    expect(problemsOf({ workflow: '  ' })[0]).toMatch(/^Input 'workflow' is required/);
  });

  it('refuses inputs that are not a map, do not parse, or use a prototype key', () => {
    expect(problemsOf({ inputs: '[1, 2]' })[0]).toMatch(
      /^Input 'inputs' must be a YAML or JSON map.*got a list$/,
    );
    expect(problemsOf({ inputs: '{path: [' })[0]).toMatch(
      /^Input 'inputs' must be a YAML or JSON map.*does not parse/,
    );
    expect(problemsOf({ inputs: '{"__proto__": {"x": 1}}' })).toEqual([
      "Input 'inputs' may not have a key named '__proto__'",
    ]);
    expect(problemsOf({ inputs: 'a: &x 1\nb: *x' })[0]).toMatch(/^Input 'inputs'/);
  });

  it('lists the allowed values of enumerated inputs', () => {
    expect(problemsOf({ 'approval-mode': 'later' })).toEqual([
      "Input 'approval-mode' must be one of 'wait', 'resume', got 'later'",
    ]);
    expect(problemsOf({ 'pr-comment': 'sometimes' })).toEqual([
      "Input 'pr-comment' must be one of 'always', 'on-failure', 'never', got 'sometimes'",
    ]);
    expect(problemsOf({ 'dry-run': 'yes' })).toEqual([
      "Input 'dry-run' must be 'true' or 'false', got 'yes'",
    ]);
  });

  it('refuses a base URL that is not http(s)', () => {
    expect(problemsOf({ 'openai-base-url': 'localhost:8080' })[0]).toMatch(
      /^Input 'openai-base-url' must be an http\(s\) URL/,
    );
  });

  it('takes a budget store URL, github by default, and refuses one of no known form', () => {
    expect(read({ 'budget-store': '' }).budgetStore).toBe('github');
    expect(read({ 'budget-store': 'file:/var/lib/wflo' }).budgetStore).toBe('file:/var/lib/wflo');
    expect(read({ 'budget-store': 'redis://cache:6379/2' }).budgetStore).toBe(
      'redis://cache:6379/2',
    );
    expect(read({ 'budget-store': 'rediss://cache.example' }).budgetStore).toBe(
      'rediss://cache.example',
    );
    for (const bad of ['postgres://x', 'file:', 'redis://', 'redis://h:1/x', '/tmp/pools']) {
      expect(problemsOf({ 'budget-store': bad })).toEqual([
        `Input 'budget-store' must be 'github', 'file:DIR' or 'redis://host:port[/db]' (or rediss://), got '${bad}'`,
      ]);
    }
  });

  it('reports every bad input at once', () => {
    expect(problemsOf({ 'budget-usd': 'x', 'dry-run': 'maybe', workflow: '' })).toHaveLength(3);
  });
});
