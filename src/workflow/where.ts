// How a message names the place it is about: the step (by id when it has a usable one)
// and the dotted path inside it, e.g. "step 'diagnose': llm.max_tokens".
import type { JsonValue } from './model.js';
import { pointerSegments } from './positions.js';

export const STEP_ID = /^[a-z][a-z0-9_-]*$/;

export interface Where {
  /** `step 'diagnose'`, or `steps[3]` when the step has no usable id; '' outside steps. */
  step: string;
  /** Dotted path inside the step (or the file): `llm.messages[0].role`; '' for the step or file itself. */
  path: string;
}

export function whereOf(root: JsonValue | undefined, pointer: string): Where {
  const segments = pointerSegments(pointer);
  if (segments[0] === 'steps' && segments.length >= 2) {
    const index = Number(segments[1]);
    const steps = isObject(root) ? root.steps : undefined;
    const step = Array.isArray(steps) ? steps[index] : undefined;
    const id = isObject(step) ? step.id : undefined;
    const name = typeof id === 'string' && STEP_ID.test(id) ? `step '${id}'` : `steps[${index}]`;
    return { step: name, path: dotted(segments.slice(2)) };
  }
  return { step: '', path: dotted(segments) };
}

/** What a sentence is about: `step 'x': llm.prompt`, `step 'x'`, `budget.max_usd`, or `the workflow`. */
export function subjectOf(where: Where): string {
  if (where.step && where.path) return `${where.step}: ${where.path}`;
  return where.step || where.path || 'the workflow';
}

/** `step 'x': ` before a sentence that names its own path, or nothing outside steps. */
export function leadOf(where: Where): string {
  return where.step ? `${where.step}: ` : '';
}

function dotted(segments: string[]): string {
  let out = '';
  for (const s of segments) {
    if (/^\d+$/.test(s)) out += `[${s}]`;
    else out += out ? `.${s}` : s;
  }
  return out;
}

export function isObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
