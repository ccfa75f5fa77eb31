// An `llm` step's fields (DESIGN.md §2) read from its config into a ChatRequest.
import type { JsonObject, JsonValue } from '../workflow/model.js';
import type { ChatMessage, ChatRequest, ChatRole } from './client.js';
import { isObject } from '../workflow/where.js';

/** Used when a step (and `defaults.llm`) gives no `max_tokens`: it bounds the reservation. */
export const DEFAULT_MAX_TOKENS = 1024;

const ROLES: readonly ChatRole[] = ['system', 'developer', 'user', 'assistant'];

export type ConfigResult = { ok: true; request: ChatRequest } | { ok: false; error: string };

/** Reads the step's fields; `error` is one sentence naming the field. */
export function chatRequestOf(stepId: string, config: JsonObject): ConfigResult {
  const fail = (error: string): ConfigResult => ({ ok: false, error });
  const {
    model,
    system,
    prompt,
    messages,
    max_tokens: maxTokens,
    temperature,
    output_schema: schema,
  } = config;

  if (typeof model !== 'string' || model.trim() === '')
    return fail(`llm.model must name a model, got ${show(model)}`);
  if (system !== undefined && typeof system !== 'string')
    return fail(`llm.system must be a string, got ${show(system)}`);
  if ((prompt === undefined) === (messages === undefined))
    return fail('an llm step needs exactly one of llm.prompt or llm.messages');

  const list: ChatMessage[] = [];
  if (typeof system === 'string') list.push({ role: 'system', content: system });
  if (prompt !== undefined) {
    if (typeof prompt !== 'string') return fail(`llm.prompt must be a string, got ${show(prompt)}`);
    list.push({ role: 'user', content: prompt });
  } else {
    if (!Array.isArray(messages) || messages.length === 0)
      return fail('llm.messages must be a non-empty list of { role, content }');
    for (const [i, m] of messages.entries()) {
      const role = isObject(m) ? ROLES.find((r) => r === m.role) : undefined;
      const content = isObject(m) ? m.content : undefined;
      if (!role || typeof content !== 'string') {
        return fail(
          `llm.messages[${i}] must be { role: ${ROLES.join('|')}, content: string }, got ${show(m)}`,
        );
      }
      list.push({ role, content });
    }
  }

  const limit = maxTokens ?? DEFAULT_MAX_TOKENS;
  if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1) {
    return fail(`llm.max_tokens must be a whole number above 0, got ${show(maxTokens)}`);
  }
  if (
    temperature !== undefined &&
    (typeof temperature !== 'number' || temperature < 0 || temperature > 2)
  ) {
    return fail(`llm.temperature must be a number from 0 to 2, got ${show(temperature)}`);
  }
  if (schema !== undefined && !isObject(schema))
    return fail(`llm.output_schema must be a JSON Schema object, got ${show(schema)}`);

  return {
    ok: true,
    request: {
      model: model.trim(),
      messages: list,
      max_tokens: limit,
      ...(typeof temperature === 'number' ? { temperature } : {}),
      ...(isObject(schema) ? { json_schema: { name: schemaName(stepId), schema } } : {}),
    },
  };
}

/** A structured-output name the API accepts (`[a-zA-Z0-9_-]{1,64}`), from a step id. */
export function schemaName(stepId: string): string {
  return stepId.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64) || 'output';
}

/** A config value, short, for one-sentence messages. */
export function show(value: JsonValue | undefined): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
