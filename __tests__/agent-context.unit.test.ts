// The pure parts of the agent: where tool paths may point, and how the conversation is
// compacted to fit the model's context window.
import { describe, expect, it } from 'vitest';
import {
  compact,
  contextWindow,
  DEFAULT_CONTEXT_TOKENS,
  inputBound,
} from '../src/agent/context.js';
import { confinePath, toolDefinitions } from '../src/agent/tools.js';
import { priceOf } from '../src/cost/prices.js';
import type { ChatMessage } from '../src/llm/client.js';
import type { ModelPrice } from '../src/workflow/model.js';

describe('confinePath', () => {
  it('resolves relative and absolute paths inside /workspace', () => {
    expect(confinePath('src/a.ts')).toBe('/workspace/src/a.ts');
    expect(confinePath('./x/../y')).toBe('/workspace/y');
    expect(confinePath('/workspace')).toBe('/workspace');
    expect(confinePath('/workspace/deep/../file')).toBe('/workspace/file');
  });

  it('refuses paths that leave the workspace or only look like it', () => {
    for (const path of ['..', '../etc/passwd', '/etc/passwd', '/workspace2/x', 'a/../../b', 'x\0y'])
      expect(confinePath(path), path).toBeUndefined();
  });
});

describe('compact', () => {
  const model = 'some-local-model'; // bounded by bytes
  const tools = toolDefinitions(['run']);
  const conversation = (): ChatMessage[] => [
    { role: 'system', content: 'system' },
    { role: 'user', content: 'the task' },
    { role: 'assistant', content: '', tool_calls: [{ id: 'a', name: 'run', arguments: '{}' }] },
    { role: 'tool', tool_call_id: 'a', content: 'x'.repeat(4000) },
    {
      role: 'assistant',
      content: 'y'.repeat(3000),
      tool_calls: [{ id: 'b', name: 'run', arguments: '{}' }],
    },
    { role: 'tool', tool_call_id: 'b', content: 'z'.repeat(4000) },
  ];
  const under = (limit: number) => (list: readonly ChatMessage[]) =>
    inputBound(model, list, tools) <= limit;

  it('leaves a conversation that fits alone', () => {
    const messages = conversation();
    expect(compact(messages, under(1_000_000))).toBe(0);
    expect(messages).toEqual(conversation());
  });

  it('compacts old tool results first, keeping the task and the latest turn', () => {
    const messages = conversation();
    const limit = inputBound(model, messages, tools) - 1000;
    expect(compact(messages, under(limit))).toBe(1);
    expect(messages[3]?.content).toBe(
      '[compacted: 4000 bytes of an earlier tool result left out to stay within the context window]',
    );
    expect(messages[3]?.tool_call_id).toBe('a');
    expect(messages[1]?.content).toBe('the task');
    expect(messages[5]?.content).toBe('z'.repeat(4000));
    expect(inputBound(model, messages, tools)).toBeLessThanOrEqual(limit);
  });

  it('says so when even the task and the latest turn do not fit', () => {
    const messages = conversation();
    expect(compact(messages, under(5000))).toBeUndefined();
  });
});

describe('contextWindow', () => {
  const house = { inputPerMtokMicros: 1_000_000, outputPerMtokMicros: 2_000_000 };
  const windowOf = (model: string, models: Record<string, ModelPrice> = {}) => {
    const price = priceOf(model, { models });
    if (!price) throw new Error(`no price for ${model}`);
    return contextWindow(price);
  };

  it("is the price table's window for the models it knows", () => {
    expect(windowOf('gpt-4o-mini')).toBe(128_000);
    expect(windowOf('gpt-4.1-2025-04-14')).toBe(1_000_000);
    expect(windowOf('gpt-5-mini')).toBe(400_000);
    expect(windowOf('o3')).toBe(200_000);
    expect(windowOf('gpt-4')).toBe(8_192);
  });

  it("is a models: entry's context_window, over the table's too", () => {
    expect(windowOf('llama-3-70b', { 'llama-3-70b': { ...house, contextTokens: 8_000 } })).toBe(
      8_000,
    );
    expect(windowOf('gpt-4o-mini', { 'gpt-4o-mini': { ...house, contextTokens: 32_000 } })).toBe(
      32_000,
    );
  });

  it('falls back to 128k tokens for a model nobody gives a window for', () => {
    expect(windowOf('llama-3-70b', { 'llama-3-70b': house })).toBe(DEFAULT_CONTEXT_TOKENS);
    expect(DEFAULT_CONTEXT_TOKENS).toBe(128_000);
  });
});
