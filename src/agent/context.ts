// Keeps an agent's conversation inside the model's context window: the bound on a turn's
// input (the same bound its reservation uses) must leave room for max_tokens of reply.
// Old tool results go first, then old assistant text; the task and the latest turn stay.
import type { ChatMessage, ToolDefinition } from '../llm/client.js';
import { inputTokenBound } from '../cost/tokens.js';
import type { JsonObject } from '../workflow/model.js';

export { contextWindow, DEFAULT_CONTEXT_TOKENS } from '../cost/context-window.js';

/**
 * The messages as plain text for the token bound: tool calls, call ids and the tool
 * definitions are all prompt text to the server, so all of them are counted.
 */
export function boundMessages(
  messages: readonly ChatMessage[],
  tools: readonly ToolDefinition[],
): ChatMessage[] {
  const flat: ChatMessage[] = messages.map((m) => ({
    role: m.role,
    content:
      m.content +
      (m.tool_calls && m.tool_calls.length > 0 ? JSON.stringify(m.tool_calls) : '') +
      (m.tool_call_id ?? ''),
  }));
  if (tools.length > 0) flat.push({ role: 'system', content: JSON.stringify(tools) });
  return flat;
}

export function inputBound(
  model: string,
  messages: readonly ChatMessage[],
  tools: readonly ToolDefinition[],
  schema?: JsonObject,
): number {
  return inputTokenBound(model, boundMessages(messages, tools), schema).tokens;
}

const COMPACTED = '[compacted: ';

/**
 * Shortens old messages in place of the list until the input bound fits `limitTokens`.
 * Returns how many messages were compacted, or undefined when even the compacted
 * conversation does not fit (the task or the latest turn alone is too big).
 */
export function compact(
  messages: ChatMessage[],
  fits: (messages: readonly ChatMessage[]) => boolean,
): number | undefined {
  if (fits(messages)) return 0;
  // The latest turn: the last assistant message and the tool results after it.
  const lastAssistant = messages.map((m) => m.role).lastIndexOf('assistant');
  const protectedFrom = lastAssistant === -1 ? messages.length : lastAssistant;
  let compacted = 0;
  for (const role of ['tool', 'assistant'] as const) {
    for (let i = 0; i < protectedFrom; i++) {
      const m = messages[i];
      if (!m || m.role !== role || m.content.startsWith(COMPACTED) || m.content.length < 80)
        continue;
      messages[i] = {
        ...m,
        content: `${COMPACTED}${Buffer.byteLength(m.content)} bytes of an earlier ${role === 'tool' ? 'tool result' : 'reply'} left out to stay within the context window]`,
      };
      compacted += 1;
      if (fits(messages)) return compacted;
    }
  }
  return undefined;
}
