// The job summary lists every agent step's tool calls, built-in and MCP, from its transcript.
import { describe, expect, it } from 'vitest';
import { renderSummary } from '../src/report/summary.js';
import { LISTED_CALLS } from '../src/report/tool-calls.js';
import type { JsonObject } from '../src/workflow/model.js';
import { runResult, stepRecord } from './support/run-result.js';

const tool = (turn: number, name: string, ok: boolean, extra: JsonObject = {}): JsonObject => ({
  turn,
  type: 'tool',
  id: `c${turn}`,
  tool: name,
  arguments: '{}',
  ok,
  result: 'r',
  duration_ms: 1200,
  ...extra,
});

const agent = (transcript: JsonObject[]) =>
  runResult({
    steps: [stepRecord({ id: 'fix', kind: 'agent', outputs: { transcript } })],
  });

describe('the summary of agent tool calls', () => {
  it('lists each call with its turn, tool, MCP server, result and duration', () => {
    const summary = renderSummary(
      agent([
        { turn: 1, type: 'reply', text: '', finish_reason: 'tool_calls', tool_calls: ['run'] },
        tool(1, 'run', true),
        tool(2, 'fs__read_text_file', true, { server: 'fs' }),
        tool(2, 'fs__write_file', false),
      ]),
    );
    expect(summary).toContain(
      [
        '### Agent tool calls',
        '',
        '| Step | Turn | Tool | MCP server | Result | Duration |',
        '| --- | --- | --- | --- | --- | --- |',
        '| fix | 1 | run | – | ok | 1.2 s |',
        '| fix | 2 | fs&#95;&#95;read&#95;text&#95;file | fs | ok | 1.2 s |',
        '| fix | 2 | fs&#95;&#95;write&#95;file | – | error | 1.2 s |',
      ].join('\n'),
    );
  });

  it('counts the calls past the listed ones and escapes what the model named', () => {
    const calls = Array.from({ length: LISTED_CALLS + 3 }, (_, i) => tool(i + 1, 'a|b', true));
    const summary = renderSummary(agent(calls));
    expect(summary).toContain("| fix | … | 3 more calls (in the report's transcript) | | | |");
    expect(summary).not.toContain('| a|b |');
  });

  it('has no such section when no step called a tool', () => {
    expect(renderSummary(agent([]))).not.toContain('Agent tool calls');
  });
});
