// What `wflo validate` says about an agent step before anything runs.
import { describe, expect, it } from 'vitest';
import { validationProblems } from './support/validation.js';

const problems = (source: string) => validationProblems(source, 'agent.yml');

const workflow = (agent: string) => `version: 1
name: a
steps:
  - id: fix
    agent:
${agent
  .split('\n')
  .map((line) => `      ${line}`)
  .join('\n')}
`;

describe('the agent kind at validate time', () => {
  it('accepts the example workflow shape with an image from an expression', () => {
    expect(
      problems(
        workflow(`model: gpt-4o-mini
task: fix it
sandbox: { image: '\${{ github.sha }}', memory: 256m }`),
      ),
    ).toEqual([]);
  });

  it('points at an unpriced model', () => {
    expect(
      problems(workflow(`model: no-such-model\ntask: t\nsandbox: { image: busybox }`)),
    ).toEqual([
      expect.stringMatching(/^agent\.yml:6:14: .*model 'no-such-model' has no known price/),
    ]);
  });

  it("points at an output_schema keyword OpenAI's strict mode refuses, and accepts optional fields", () => {
    expect(
      problems(
        workflow(`model: gpt-4o-mini
task: t
sandbox: { image: busybox }
output_schema:
  type: object
  properties:
    summary: { type: string }
    files: { type: array, items: { type: string }, minItems: 1, contains: { const: a } }`),
      ),
    ).toEqual([
      "agent.yml:13:71: 'contains' is not supported by OpenAI's strict structured output; describe the items in description",
    ]);
  });

  it('checks the sandbox fields as a sandbox step would', () => {
    expect(
      problems(workflow(`model: gpt-4o-mini\ntask: t\nsandbox: { image: busybox, memory: 2m }`)),
    ).toEqual([
      expect.stringMatching(/^agent\.yml:8:\d+: .*agent\.sandbox\.memory must be at least 6m/),
    ]);
  });
});
