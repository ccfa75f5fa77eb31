// The job summary's "what the models said" (DESIGN.md §7, action input `show-outputs`): each
// model-calling step's final text, literal in a collapsed block, and an agent's tool calls.
import type { RunResult, StepRecord } from '../engine/types.js';
import type { JsonValue } from '../workflow/model.js';
import { fenced } from '../common/fence.js';
import { escapeInline } from '../common/markdown.js';
import { formatDuration } from './format.js';

/** Characters of one step's text shown; the report keeps all of it. */
export const MAX_TEXT_SHOWN = 8_000;
/** Tool calls listed per step; the rest are counted. */
export const MAX_TOOL_CALLS_LISTED = 50;
/** The whole section, so a fan-out of many agents keeps the summary far below GitHub's 1 MiB. */
export const MAX_SECTION = 200_000;

interface ToolCall {
  turn: number;
  tool: string;
  ok: boolean;
  durationMs: number;
}

function toolCallsOf(transcript: JsonValue | undefined): ToolCall[] {
  if (!Array.isArray(transcript)) return [];
  return transcript.flatMap((entry) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return [];
    if (entry.type !== 'tool' || typeof entry.tool !== 'string') return [];
    return [
      {
        turn: typeof entry.turn === 'number' ? entry.turn : 0,
        tool: entry.tool,
        ok: entry.ok === true,
        durationMs: typeof entry.duration_ms === 'number' ? entry.duration_ms : 0,
      },
    ];
  });
}

/** At most `max` characters, never ending inside a surrogate pair. */
function cut(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max).replace(/[\uD800-\uDBFF]$/, '');
}

function stepBlock(step: StepRecord, text: string, redact: (t: string) => string): string {
  const safe = redact(text);
  const shown = cut(safe, MAX_TEXT_SHOWN);
  const size = `${safe.length.toLocaleString('en-US')} characters${shown.length < safe.length ? `, the first ${shown.length.toLocaleString('en-US')} shown (all of it: the report's \`steps[].outputs.text\`)` : ''}`;
  const calls = toolCallsOf(step.outputs.transcript);
  const parts = [
    `<details><summary><code>${escapeInline(step.id)}</code> (${escapeInline(step.kind)}): ${escapeInline(size)}</summary>`,
    '',
    fenced(shown, 'text'),
  ];
  if (calls.length > 0) {
    parts.push(
      `**Tool calls** (${calls.length}):`,
      '',
      '| Turn | Tool | Result | Time |',
      '| --- | --- | --- | --- |',
    );
    for (const call of calls.slice(0, MAX_TOOL_CALLS_LISTED)) {
      parts.push(
        `| ${call.turn} | ${escapeInline(redact(call.tool))} | ${call.ok ? 'ok' : 'error'} | ${formatDuration(call.durationMs)} |`,
      );
    }
    if (calls.length > MAX_TOOL_CALLS_LISTED)
      parts.push('', `… and ${calls.length - MAX_TOOL_CALLS_LISTED} more in the report.`);
    parts.push('');
  }
  parts.push('</details>', '');
  return parts.join('\n');
}

/**
 * The section, or '' when no model-calling step left a text. `redact` hides the run's secrets
 * before anything is cut, so no cut leaves part of a secret behind.
 */
export function modelTextsMarkdown(result: RunResult, redact: (text: string) => string): string {
  const blocks: string[] = [];
  let size = 0;
  let left = 0;
  for (const step of result.steps) {
    const text = step.outputs.text;
    if (result.registry.get(step.kind)?.spendsMoney !== true) continue;
    if (typeof text !== 'string' || text === '') continue;
    const block = stepBlock(step, text, redact);
    if (size + block.length > MAX_SECTION) {
      left++;
      continue;
    }
    blocks.push(block);
    size += block.length;
  }
  if (blocks.length === 0 && left === 0) return '';
  const more = left > 0 ? [`… and ${left} more steps' texts, in the report.`, ''] : [];
  return ['', '### What the models said', '', ...blocks, ...more].join('\n');
}
