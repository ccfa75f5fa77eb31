// The summary's list of an agent step's tool calls (built-in and MCP), from its transcript
// output: turn, tool, the MCP server that answered, how it went and how long it took.
import type { RunResult } from '../engine/types.js';
import { isObject } from '../workflow/where.js';
import { formatDuration } from './format.js';

/** More calls than this per step are counted, not listed. */
export const LISTED_CALLS = 50;

/** The section's lines (none when no step made a tool call); `safe` escapes and redacts. */
export function toolCallLines(result: RunResult, safe: (text: string) => string): string[] {
  const rows: string[] = [];
  for (const step of result.steps) {
    const transcript = step.outputs.transcript;
    if (!Array.isArray(transcript)) continue;
    const calls = transcript.filter((e) => isObject(e) && e.type === 'tool');
    calls.slice(0, LISTED_CALLS).forEach((call) => {
      if (!isObject(call)) return;
      const server = typeof call.server === 'string' ? safe(call.server) : '–';
      const ms = typeof call.duration_ms === 'number' ? formatDuration(call.duration_ms) : '–';
      rows.push(
        `| ${safe(step.id)} | ${String(call.turn)} | ${safe(String(call.tool))} | ${server} | ${call.ok === true ? 'ok' : 'error'} | ${ms} |`,
      );
    });
    if (calls.length > LISTED_CALLS)
      rows.push(
        `| ${safe(step.id)} | … | ${calls.length - LISTED_CALLS} more calls (in the report's transcript) | | | |`,
      );
  }
  if (rows.length === 0) return [];
  return [
    '',
    '### Agent tool calls',
    '',
    '| Step | Turn | Tool | MCP server | Result | Duration |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ];
}
