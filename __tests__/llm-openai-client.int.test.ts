// The real `openai` client against the local fake server: every HTTP attempt is accounted.
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Usage } from '../src/llm/usage.js';
import { LlmCallError, type AttemptAccount, type ChatRequest } from '../src/llm/client.js';
import { createOpenAiClient } from '../src/llm/openai-client.js';
import {
  FAKE_API_KEY,
  brokenCompletion,
  completion,
  errorReply,
  rateLimited,
  serverError,
  slow,
  startFakeOpenAi,
  type FakeOpenAi,
} from './support/fake-openai.js';

type Closed = { attempt: number; how: 'settle' | 'release' | 'keep'; usage?: Usage };

/** Records how each attempt's account was closed; `refuseFrom` refuses that attempt and later ones. */
function accounting(refuseFrom = Infinity) {
  const opened: number[] = [];
  const closed: Closed[] = [];
  const beforeAttempt = (attempt: number): AttemptAccount => {
    if (attempt >= refuseFrom) throw new RangeError(`refused attempt ${attempt}`);
    opened.push(attempt);
    return {
      settle: (usage) => void closed.push({ attempt, how: 'settle', usage }),
      release: () => void closed.push({ attempt, how: 'release' }),
      keep: () => void closed.push({ attempt, how: 'keep' }),
    };
  };
  return { opened, closed, beforeAttempt };
}

const ASK: ChatRequest = {
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Say hi.' }],
  max_tokens: 64,
};

let fake: FakeOpenAi;
beforeEach(async () => {
  fake = await startFakeOpenAi();
});
afterEach(async () => {
  await fake.close();
});

const client = (options: { maxRetries?: number; timeoutMs?: number } = {}) =>
  createOpenAiClient({
    apiKey: FAKE_API_KEY,
    baseURL: fake.baseURL,
    maxRetries: 2,
    timeoutMs: 5_000,
    ...options,
  });

describe('the OpenAI adapter', () => {
  it('sends one chat request and settles the attempt to the billed usage, cached and reasoning tokens included', async () => {
    fake.enqueue(
      completion({
        content: 'hi',
        usage: { prompt_tokens: 20, completion_tokens: 9, cached_tokens: 16, reasoning_tokens: 4 },
      }),
    );
    const books = accounting();
    const result = await client().chat(ASK, { beforeAttempt: books.beforeAttempt });
    expect(result).toMatchObject({ text: 'hi', refusal: null, finish_reason: 'stop', attempts: 1 });
    const usage = {
      input_tokens: 20,
      cached_input_tokens: 16,
      output_tokens: 9,
      reasoning_tokens: 4,
    };
    expect(result.usage).toEqual(usage);
    expect(books.closed).toEqual([{ attempt: 1, how: 'settle', usage }]);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.body).toEqual({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Say hi.' }],
      max_tokens: 64,
    });
  });

  it('asks a gpt-5 model with max_completion_tokens, no temperature, and a strict schema', async () => {
    fake.enqueue(completion({ content: '{"ok":true}', model: 'gpt-5-2025-08-07' }));
    const schema = {
      type: 'object',
      properties: { ok: { type: 'boolean' } },
      required: ['ok'],
      additionalProperties: false,
    };
    await client().chat({
      ...ASK,
      model: 'gpt-5',
      temperature: 0,
      json_schema: { name: 'answer', schema },
    });
    expect(fake.requests[0]?.body).toEqual({
      model: 'gpt-5',
      messages: [{ role: 'user', content: 'Say hi.' }],
      max_completion_tokens: 64,
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'answer', schema, strict: true },
      },
    });
  });

  it('retries a 429 after its retry-after, releasing the 429 and settling the retry', async () => {
    fake.enqueue(
      rateLimited(0.15),
      completion({ usage: { prompt_tokens: 11, completion_tokens: 3 } }),
    );
    const books = accounting();
    const result = await client().chat(ASK, { beforeAttempt: books.beforeAttempt });
    expect(result.attempts).toBe(2);
    expect(fake.requests).toHaveLength(2);
    const [first, second] = fake.requests;
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(140);
    expect(books.opened).toEqual([1, 2]);
    expect(books.closed.map((c) => `${c.attempt}:${c.how}`)).toEqual(['1:release', '2:settle']);
  });

  it('keeps the hold of a 5xx attempt, whose cost is unknown, and settles the retry', async () => {
    fake.enqueue(serverError(500, { 'retry-after-ms': '10' }), completion());
    const books = accounting();
    await client().chat(ASK, { beforeAttempt: books.beforeAttempt });
    expect(fake.requests).toHaveLength(2);
    expect(books.closed.map((c) => `${c.attempt}:${c.how}`)).toEqual(['1:keep', '2:settle']);
  });

  it('keeps the hold of a response that breaks mid-body, and the SDK retries', async () => {
    fake.enqueue(brokenCompletion(), completion({ content: 'second time' }));
    const books = accounting();
    const result = await client().chat(ASK, { beforeAttempt: books.beforeAttempt });
    expect(result.text).toBe('second time');
    expect(fake.requests).toHaveLength(2);
    expect(books.closed.map((c) => `${c.attempt}:${c.how}`)).toEqual(['1:keep', '2:settle']);
  });

  it('keeps the hold of every attempt that times out and fails with a timeout', async () => {
    fake.enqueue({ type: 'hang' }, slow(completion(), 2_000));
    const books = accounting();
    const error = await client({ maxRetries: 1, timeoutMs: 200 })
      .chat(ASK, { beforeAttempt: books.beforeAttempt })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmCallError);
    expect((error as LlmCallError).kind).toBe('timeout');
    expect((error as LlmCallError).message).toMatch(
      /timed out after 200 ms per attempt \(2 attempts\)/,
    );
    expect(fake.requests).toHaveLength(2);
    expect(books.closed.map((c) => `${c.attempt}:${c.how}`)).toEqual(['1:keep', '2:keep']);
  });

  it('keeps the hold of a body that stalls past the timeout after its headers arrived', async () => {
    fake.enqueue({
      ...(completion() as Extract<ReturnType<typeof completion>, { type: 'json' }>),
      bodyDelayMs: 2_000,
    });
    const books = accounting();
    const error = await client({ maxRetries: 0, timeoutMs: 300 })
      .chat(ASK, { beforeAttempt: books.beforeAttempt })
      .catch((e: unknown) => e);
    expect((error as LlmCallError).kind).toBe('timeout');
    expect(books.closed).toEqual([{ attempt: 1, how: 'keep' }]);
  });

  it('never sends a call whose first reservation is refused, and rejects with that very error', async () => {
    const books = accounting(1);
    const error = await client()
      .chat(ASK, { beforeAttempt: books.beforeAttempt })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toBe('refused attempt 1');
    expect(fake.requests).toHaveLength(0);
  });

  it('stops retrying when the reservation of a retry is refused', async () => {
    fake.enqueue(rateLimited(0), completion());
    const books = accounting(2);
    const error = await client()
      .chat(ASK, { beforeAttempt: books.beforeAttempt })
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe('refused attempt 2');
    expect(fake.requests).toHaveLength(1);
    expect(books.closed).toEqual([{ attempt: 1, how: 'release' }]);
  });

  it('is answered 400, as the real API answers, when a schema under strict: true is not strict', async () => {
    // The local server holds OpenAI's rules (support/openai-request-check.ts): without this the
    // fake would accept what api.openai.com refuses, and no test here could catch it.
    const open = { type: 'object', properties: { ok: { type: 'boolean' } } };
    const error = await client()
      .chat({ ...ASK, json_schema: { name: 'answer', schema: open } })
      .catch((e: unknown) => e);
    expect((error as LlmCallError).status).toBe(400);
    expect((error as LlmCallError).message).toContain(
      "Invalid schema for response_format 'answer': In context=(), 'additionalProperties' is required to be supplied and to be false.",
    );
    const closed = { ...open, additionalProperties: false };
    const partly = await client()
      .chat({ ...ASK, json_schema: { name: 'answer', schema: closed } })
      .catch((e: unknown) => e);
    expect((partly as LlmCallError).message).toContain(
      "In context=(), 'required' is required to be supplied and to be an array including every key in properties. Missing 'ok'.",
    );
    const keyword = {
      type: 'object',
      properties: { s: { type: 'string', minLength: 1 } },
      required: ['s'],
      additionalProperties: false,
    };
    const refused = await client()
      .chat({ ...ASK, json_schema: { name: 'answer', schema: keyword } })
      .catch((e: unknown) => e);
    expect((refused as LlmCallError).message).toContain(
      "In context=('properties', 's'), 'minLength' is not permitted.",
    );
  });

  it('sends a developer message with the developer role, which the spec accepts', async () => {
    fake.enqueue(completion({ content: 'ok' }));
    await client().chat({
      ...ASK,
      messages: [
        { role: 'developer', content: 'Answer tersely.' },
        { role: 'user', content: 'Say hi.' },
      ],
    });
    expect(fake.requests[0]?.body.messages).toEqual([
      { role: 'developer', content: 'Answer tersely.' },
      { role: 'user', content: 'Say hi.' },
    ]);
  });

  it('reports finish_reason content_filter as it came', async () => {
    fake.enqueue(completion({ content: '', finish_reason: 'content_filter' }));
    const result = await client().chat(ASK);
    expect(result).toMatchObject({ text: '', finish_reason: 'content_filter' });
  });

  it('does not retry a 400 and releases it', async () => {
    fake.enqueue(
      errorReply(400, "Invalid schema for response_format 'out'", 'invalid_request_error'),
    );
    const books = accounting();
    const error = await client()
      .chat(ASK, { beforeAttempt: books.beforeAttempt })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmCallError);
    expect((error as LlmCallError).status).toBe(400);
    expect((error as LlmCallError).message).toBe(
      `${fake.baseURL} answered 400 to the call to gpt-4o-mini (1 attempt): Invalid schema for response_format 'out'`,
    );
    expect(fake.requests).toHaveLength(1);
    expect(books.closed).toEqual([{ attempt: 1, how: 'release' }]);
  });

  it('keeps the hold when a 2xx reports no usage', async () => {
    fake.enqueue(completion({ usage: null }));
    const books = accounting();
    const result = await client().chat(ASK, { beforeAttempt: books.beforeAttempt });
    expect(result.usage).toBeUndefined();
    expect(books.closed).toEqual([{ attempt: 1, how: 'keep' }]);
  });

  it('keeps the hold of a call the caller aborts mid-flight and says it was aborted', async () => {
    fake.enqueue({ type: 'hang' });
    const books = accounting();
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('cancelled')), 100);
    const error = await client()
      .chat(ASK, { signal: controller.signal, beforeAttempt: books.beforeAttempt })
      .catch((e: unknown) => e);
    expect((error as LlmCallError).kind).toBe('aborted');
    expect(fake.requests).toHaveLength(1);
    expect(books.closed).toEqual([{ attempt: 1, how: 'keep' }]);
  });

  it('releases attempts that found nothing listening', async () => {
    const port = await freePort();
    const books = accounting();
    const error = await createOpenAiClient({
      apiKey: FAKE_API_KEY,
      baseURL: `http://127.0.0.1:${port}/v1`,
      maxRetries: 1,
      timeoutMs: 2_000,
    })
      .chat(ASK, { beforeAttempt: books.beforeAttempt })
      .catch((e: unknown) => e);
    expect((error as LlmCallError).kind).toBe('connection');
    expect(books.closed.map((c) => c.how)).toEqual(['release', 'release']);
  });

  it('keeps the hold of a 200 whose body is malformed JSON and fails saying so', async () => {
    fake.enqueue({ type: 'raw', status: 200, body: '{"id": "chatcmpl-1", "choices": [' });
    const books = accounting();
    const error = await client()
      .chat(ASK, { beforeAttempt: books.beforeAttempt })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmCallError);
    expect((error as LlmCallError).kind).toBe('invalid_response');
    expect((error as LlmCallError).message).toContain('not a chat completion');
    expect(books.closed).toEqual([{ attempt: 1, how: 'keep' }]);
  });

  it('reports a refusal under structured output', async () => {
    fake.enqueue(completion({ content: null, refusal: "I'm sorry, I can't help with that." }));
    const result = await client().chat(ASK);
    expect(result).toMatchObject({ text: '', refusal: "I'm sorry, I can't help with that." });
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}
