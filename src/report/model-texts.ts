// The job summary's "what the models said" (DESIGN.md §7, action input `show-outputs`): each
// model-calling step's final text, literal in a collapsed block. An agent's tool calls are the
// summary's one "Agent tool calls" table (tool-calls.ts), not repeated here.
import type { RunResult, StepRecord } from '../engine/types.js';
import { fenced } from '../common/fence.js';
import { escapeInline } from '../common/markdown.js';

/** Characters of one step's text shown; the report keeps all of it. */
export const MAX_TEXT_SHOWN = 8_000;
/** The whole section, so a fan-out of many agents keeps the summary far below GitHub's 1 MiB. */
export const MAX_SECTION = 200_000;

/** At most `max` characters, never ending inside a surrogate pair. */
function cut(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max).replace(/[\uD800-\uDBFF]$/, '');
}

function stepBlock(step: StepRecord, text: string, redact: (t: string) => string): string {
  const safe = redact(text);
  const shown = cut(safe, MAX_TEXT_SHOWN);
  const size = `${safe.length.toLocaleString('en-US')} characters${shown.length < safe.length ? `, the first ${shown.length.toLocaleString('en-US')} shown (all of it: the report's \`steps[].outputs.text\`)` : ''}`;
  const parts = [
    `<details><summary><code>${escapeInline(step.id)}</code> (${escapeInline(step.kind)}): ${escapeInline(size)}</summary>`,
    '',
    fenced(shown, 'text'),
  ];
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
