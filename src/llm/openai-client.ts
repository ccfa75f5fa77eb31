// The LlmClient over the real `openai` SDK. The SDK keeps its retries and timeouts; a
// fetch of ours sits under it, so every HTTP attempt it makes (first try and retries)
// opens an AttemptAccount before it is sent and closes it by what came back.
import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from 'openai';
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { Usage } from './usage.js';
import {
  LlmCallError,
  type AttemptAccount,
  type ChatCallOptions,
  type ChatMessage,
  type ChatRequest,
  type ChatResult,
  type FinishReason,
  type LlmClient,
  type ToolCall,
} from './client.js';
import { modelParameters } from './model-params.js';
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, openAiSettingsFromEnv } from './settings.js';
import { messageOf } from '../common/errors.js';

export interface OpenAiClientOptions {
  apiKey: string;
  /** Any OpenAI-compatible server; absent means api.openai.com. */
  baseURL?: string;
  /** Retries after the first attempt (SDK default 2). */
  maxRetries?: number;
  /** Per attempt (SDK default 10 minutes). */
  timeoutMs?: number;
  /** The transport under the accounting; the global fetch when absent. */
  fetch?: typeof globalThis.fetch;
}

const OPENAI_BASE_URL = 'https://api.openai.com/v1';

type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export function createOpenAiClient(options: OpenAiClientOptions): LlmClient {
  const transport: Fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const server = options.baseURL ?? 'api.openai.com';

  return {
    async chat(request: ChatRequest, callOptions: ChatCallOptions = {}): Promise<ChatResult> {
      // Ours to abort: a refused reservation must stop the SDK without a retry, and the
      // SDK treats an aborted request signal as the caller's abort (never retried).
      const controller = new AbortController();
      const callerSignal = callOptions.signal;
      const onCallerAbort = () => controller.abort(callerSignal?.reason);
      if (callerSignal?.aborted) onCallerAbort();
      else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });

      let attempts = 0;
      let refused: { error: unknown } | undefined;
      const accountedFetch: Fetch = async (input, init) => {
        attempts += 1;
        let account: AttemptAccount | undefined;
        try {
          account = callOptions.beforeAttempt?.(attempts);
        } catch (error) {
          refused = { error };
          controller.abort(error);
          throw error;
        }
        return send(transport, input, init, account);
      };

      const client = new OpenAI({
        apiKey: options.apiKey,
        // Explicit, so the SDK never falls back to an OPENAI_BASE_URL of its own process.
        baseURL: options.baseURL ?? OPENAI_BASE_URL,
        maxRetries,
        timeout: timeoutMs,
        fetch: accountedFetch,
      });
      try {
        const completion = await client.chat.completions.create(requestBody(request), {
          signal: controller.signal,
        });
        return resultOf(completion, attempts, server);
      } catch (error) {
        if (refused) throw refused.error;
        throw asLlmError(error, request.model, server, attempts, timeoutMs, callerSignal);
      } finally {
        callerSignal?.removeEventListener('abort', onCallerAbort);
      }
    },
  };
}

/**
 * The client the edges wire into `services.llm`: from OPENAI_API_KEY / OPENAI_BASE_URL of
 * `env` (the action maps its inputs to those names). Undefined without a key.
 */
export function openAiClientFromEnv(
  env: Record<string, string | undefined>,
): LlmClient | undefined {
  const settings = openAiSettingsFromEnv(env);
  return settings ? createOpenAiClient(settings) : undefined;
}

/** Sends one attempt and closes its account by what came back. */
async function send(
  transport: Fetch,
  input: string | URL | Request,
  init: RequestInit | undefined,
  account: AttemptAccount | undefined,
): Promise<Response> {
  let response: Response;
  try {
    response = await transport(input, init);
  } catch (error) {
    // Refused connections never reached a server; anything else may have been billed.
    if (isNeverSent(error)) account?.release();
    else account?.keep();
    throw error;
  }
  if (!account) return response;
  if (response.status >= 400 && response.status < 500) {
    account.release();
    return response;
  }
  if (response.status < 200 || response.status >= 300) {
    account.keep();
    return response;
  }
  // Read the body here, under the SDK's per-attempt timer, so usage is known before the
  // SDK parses it; a body that breaks or stalls keeps the hold and the SDK retries.
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    account.keep();
    throw error;
  }
  const usage = usageIn(text);
  if (usage) account.settle(usage);
  else account.keep();
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  return new Response(text, { status: response.status, statusText: response.statusText, headers });
}

function isNeverSent(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = cause && typeof cause === 'object' && 'code' in cause ? cause.code : undefined;
  return code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
}

/** The billed usage of a Chat Completions body, or undefined when it reports none. */
export function usageIn(body: string): Usage | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || !isRecord(parsed.usage)) return undefined;
  const u = parsed.usage;
  const input = count(u.prompt_tokens);
  const output = count(u.completion_tokens);
  if (input === undefined || output === undefined) return undefined;
  const promptDetails = isRecord(u.prompt_tokens_details) ? u.prompt_tokens_details : {};
  const completionDetails = isRecord(u.completion_tokens_details)
    ? u.completion_tokens_details
    : {};
  return {
    input_tokens: input,
    cached_input_tokens: Math.min(count(promptDetails.cached_tokens) ?? 0, input),
    output_tokens: output,
    reasoning_tokens: Math.min(count(completionDetails.reasoning_tokens) ?? 0, output),
  };
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function requestBody(request: ChatRequest): ChatCompletionCreateParamsNonStreaming {
  const parameters = modelParameters(request.model);
  return {
    model: request.model,
    messages: request.messages.map(toParam),
    ...(parameters.tokenLimitField === 'max_tokens'
      ? { max_tokens: request.max_tokens }
      : { max_completion_tokens: request.max_tokens }),
    ...(request.temperature !== undefined && parameters.temperature
      ? { temperature: request.temperature }
      : {}),
    ...(request.json_schema
      ? {
          response_format: {
            type: 'json_schema' as const,
            json_schema: {
              name: request.json_schema.name,
              schema: request.json_schema.schema,
              strict: true,
            },
          },
        }
      : {}),
    ...(request.tools && request.tools.length > 0
      ? {
          tools: request.tools.map((tool) => ({
            type: 'function' as const,
            function: {
              name: tool.name,
              description: tool.description,
              parameters: tool.parameters,
            },
          })),
        }
      : {}),
  };
}

function toParam(message: ChatMessage): ChatCompletionMessageParam {
  switch (message.role) {
    case 'system':
      return { role: 'system', content: message.content };
    case 'developer':
      return { role: 'developer', content: message.content };
    case 'user':
      return { role: 'user', content: message.content };
    case 'assistant':
      return message.tool_calls && message.tool_calls.length > 0
        ? {
            role: 'assistant',
            content: message.content === '' ? null : message.content,
            tool_calls: message.tool_calls.map((call) => ({
              id: call.id,
              type: 'function' as const,
              function: { name: call.name, arguments: call.arguments },
            })),
          }
        : { role: 'assistant', content: message.content };
    case 'tool':
      return { role: 'tool', content: message.content, tool_call_id: message.tool_call_id ?? '' };
  }
}

const FINISH_REASONS: readonly FinishReason[] = [
  'stop',
  'length',
  'content_filter',
  'tool_calls',
  'function_call',
];

function resultOf(completion: ChatCompletion, attempts: number, server: string): ChatResult {
  const choice = completion.choices[0];
  if (!choice || !isRecord(choice.message)) {
    throw new LlmCallError(
      `${server} answered a chat completion without a choice`,
      'invalid_response',
    );
  }
  const finish = FINISH_REASONS.find((reason) => reason === choice.finish_reason) ?? 'stop';
  const usage = usageIn(JSON.stringify({ usage: completion.usage }));
  return {
    id: completion.id,
    model: completion.model,
    text: choice.message.content ?? '',
    refusal: choice.message.refusal ?? null,
    finish_reason: finish,
    tool_calls: toolCallsOf(choice.message.tool_calls),
    ...(usage ? { usage } : {}),
    attempts,
  };
}

/** Function calls of a reply; other kinds of tool call (custom tools) are not asked for, so skipped. */
function toolCallsOf(calls: ChatCompletion.Choice['message']['tool_calls']): ToolCall[] {
  const out: ToolCall[] = [];
  for (const call of calls ?? []) {
    if (call.type !== 'function' || !isRecord(call.function)) continue;
    out.push({
      id: String(call.id),
      name: String(call.function.name),
      arguments: typeof call.function.arguments === 'string' ? call.function.arguments : '',
    });
  }
  return out;
}

function asLlmError(
  error: unknown,
  model: string,
  server: string,
  attempts: number,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): Error {
  if (error instanceof LlmCallError) return error;
  const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
  if (error instanceof APIUserAbortError || callerSignal?.aborted) {
    return new LlmCallError(`the call to ${model} was aborted`, 'aborted', undefined, {
      cause: error,
    });
  }
  if (error instanceof APIConnectionTimeoutError) {
    return new LlmCallError(
      `the call to ${model} at ${server} timed out after ${timeoutMs} ms per attempt (${tries})`,
      'timeout',
      undefined,
      { cause: error },
    );
  }
  if (error instanceof APIConnectionError) {
    return new LlmCallError(
      `could not reach ${server} for ${model} (${tries}): ${error.message}`,
      'connection',
      undefined,
      {
        cause: error,
      },
    );
  }
  if (error instanceof APIError && error.status !== undefined) {
    // The SDK's message starts with the status again.
    const detail = error.message.replace(new RegExp(`^${error.status}\\s*`), '');
    return new LlmCallError(
      `${server} answered ${error.status} to the call to ${model} (${tries}): ${detail}`,
      'status',
      error.status,
      { cause: error },
    );
  }
  const message = messageOf(error);
  return new LlmCallError(
    `${server} answered the call to ${model} with something that is not a chat completion: ${message}`,
    'invalid_response',
    undefined,
    {
      cause: error,
    },
  );
}
