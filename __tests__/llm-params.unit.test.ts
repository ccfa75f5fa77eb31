import { describe, expect, it } from 'vitest';
import { modelParameters } from '../src/llm/model-params.js';
import { openAiClientFromEnv, requestBody } from '../src/llm/openai-client.js';
import { openAiSettingsFromEnv } from '../src/llm/settings.js';
import { chatRequestOf, DEFAULT_MAX_TOKENS } from '../src/llm/step-config.js';

describe('parameters by model family', () => {
  it.each([
    ['gpt-4o-mini', 'max_tokens', true],
    ['gpt-4.1', 'max_tokens', true],
    ['gpt-3.5-turbo', 'max_tokens', true],
    ['llama3.1:8b', 'max_tokens', true],
    ['omni-moderation-latest', 'max_tokens', true],
    ['o1', 'max_completion_tokens', false],
    ['o1-mini', 'max_completion_tokens', false],
    ['o3-mini', 'max_completion_tokens', false],
    ['o4-mini-2025-04-16', 'max_completion_tokens', false],
    ['codex-mini-latest', 'max_completion_tokens', false],
    ['gpt-5', 'max_completion_tokens', false],
    ['gpt-5-mini', 'max_completion_tokens', false],
    ['gpt-5.4-pro', 'max_completion_tokens', false],
    ['openai/gpt-5-nano', 'max_completion_tokens', false],
    ['gpt-5-chat-latest', 'max_completion_tokens', true],
    ['gpt-5.1-chat-latest', 'max_completion_tokens', true],
  ] as const)('%s takes %s, temperature %s', (model, field, temperature) => {
    expect(modelParameters(model)).toEqual({ tokenLimitField: field, temperature });
  });

  it('sends max_completion_tokens and no temperature to a reasoning model', () => {
    const body = requestBody({
      model: 'o3-mini',
      messages: [{ role: 'user', content: 'x' }],
      max_tokens: 50,
      temperature: 0,
    });
    expect(body).toEqual({
      model: 'o3-mini',
      messages: [{ role: 'user', content: 'x' }],
      max_completion_tokens: 50,
    });
  });

  it('sends max_tokens and temperature to gpt-4o, and a strict json_schema when asked', () => {
    const schema = { type: 'object', properties: {}, additionalProperties: false };
    const body = requestBody({
      model: 'gpt-4o',
      messages: [{ role: 'system', content: 's' }],
      max_tokens: 7,
      temperature: 0.2,
      json_schema: { name: 'out', schema },
    });
    expect(body).toEqual({
      model: 'gpt-4o',
      messages: [{ role: 'system', content: 's' }],
      max_tokens: 7,
      temperature: 0.2,
      response_format: { type: 'json_schema', json_schema: { name: 'out', schema, strict: true } },
    });
  });
});

describe('settings from the environment', () => {
  it('reads the key and base URL, keeping the SDK’s retries and timeout', () => {
    expect(
      openAiSettingsFromEnv({ OPENAI_API_KEY: ' sk-1 ', OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' }),
    ).toEqual({
      apiKey: 'sk-1',
      baseURL: 'http://127.0.0.1:1/v1',
      maxRetries: 2,
      timeoutMs: 600_000,
    });
  });

  it('gives nothing without a key, so the llm step can say what to set', () => {
    expect(openAiSettingsFromEnv({ OPENAI_BASE_URL: 'http://x' })).toBeUndefined();
    expect(openAiSettingsFromEnv({ OPENAI_API_KEY: '' })).toBeUndefined();
  });

  it('refuses a retry count that is not a whole number, naming the variable', () => {
    expect(() => openAiSettingsFromEnv({ OPENAI_API_KEY: 'k', OPENAI_MAX_RETRIES: 'two' })).toThrow(
      /OPENAI_MAX_RETRIES/,
    );
  });
});

describe('an llm step’s fields', () => {
  it('builds system + prompt messages and defaults max_tokens', () => {
    const result = chatRequestOf('s1', { model: 'gpt-4o', system: 'sys', prompt: 'hi' });
    expect(result).toEqual({
      ok: true,
      request: {
        model: 'gpt-4o',
        messages: [
          { role: 'system', content: 'sys' },
          { role: 'user', content: 'hi' },
        ],
        max_tokens: DEFAULT_MAX_TOKENS,
      },
    });
  });

  it.each([
    [{ prompt: 'x' }, 'llm.model must name a model'],
    [{ model: 'm' }, 'exactly one of llm.prompt or llm.messages'],
    [{ model: 'm', prompt: 'x', messages: [] }, 'exactly one of llm.prompt or llm.messages'],
    [{ model: 'm', messages: [{ role: 'robot', content: 'x' }] }, 'llm.messages[0] must be'],
    [{ model: 'm', prompt: 'x', max_tokens: 0 }, 'llm.max_tokens must be a whole number above 0'],
    [{ model: 'm', prompt: 'x', temperature: 3 }, 'llm.temperature must be a number from 0 to 2'],
    [
      { model: 'm', prompt: 'x', output_schema: 'object' },
      'llm.output_schema must be a JSON Schema object',
    ],
  ])('refuses %j', (config, message) => {
    const result = chatRequestOf('s1', config);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });
});

describe('the client from the environment', () => {
  it('is made when a key is set and left out otherwise', () => {
    expect(openAiClientFromEnv({ OPENAI_API_KEY: 'sk-1' })).toBeDefined();
    expect(openAiClientFromEnv({})).toBeUndefined();
  });
});
