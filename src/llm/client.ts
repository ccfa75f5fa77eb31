// The chat-call interface the `llm` (and later `agent`) kinds depend on. The real adapter
// is openai-client.ts; tests point it at a local Chat Completions server.
import type { Usage } from './usage.js';
import type { JsonObject } from '../workflow/model.js';
import { WfloError } from '../common/errors.js';

export type ChatRole = 'system' | 'developer' | 'user' | 'assistant' | 'tool';

/** A function call the model asked for; `arguments` is the JSON text it wrote (maybe malformed). */
export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

export interface ChatMessage {
  role: ChatRole;
  content: string;
  /** On an assistant message: the calls it asked for. */
  tool_calls?: readonly ToolCall[];
  /** On a tool message: the call it answers. */
  tool_call_id?: string;
}

/** A function the model may call; `parameters` is a JSON Schema of its arguments. */
export interface ToolDefinition {
  name: string;
  description: string;
  parameters: JsonObject;
}

/** Strict structured output: the reply's content must be JSON valid against `schema`. */
export interface JsonSchemaFormat {
  /** `[a-zA-Z0-9_-]{1,64}`, as the API requires. */
  name: string;
  schema: JsonObject;
}

export interface ChatRequest {
  model: string;
  messages: readonly ChatMessage[];
  /**
   * The most tokens the reply may have, reasoning tokens included. The adapter sends it
   * as `max_tokens` or `max_completion_tokens`, whichever the model family takes.
   */
  max_tokens: number;
  /** Dropped for model families that accept only their default. */
  temperature?: number;
  json_schema?: JsonSchemaFormat;
  /** Functions the model may call; absent or empty sends none. */
  tools?: readonly ToolDefinition[];
}

/** One HTTP attempt's hold on the budget, opened before the attempt is sent. */
export interface AttemptAccount {
  /** A 2xx answer with usage: charge what it was billed. */
  settle(usage: Usage): void;
  /** Answered before any work was done (429, other 4xx, connection refused): charge nothing. */
  release(): void;
  /** Timed out, broke mid-response, 5xx or no usage: the cost is unknown, charge the whole hold. */
  keep(): void;
}

export interface ChatCallOptions {
  signal?: AbortSignal;
  /**
   * Called before every HTTP attempt, retries included (`attempt` counts from 1).
   * Throwing refuses the attempt: it is not sent, no further attempt is made, and
   * `chat` rejects with exactly the error thrown (e.g. BudgetExceededError).
   */
  beforeAttempt?(attempt: number): AttemptAccount;
}

export type FinishReason = 'stop' | 'length' | 'content_filter' | 'tool_calls' | 'function_call';

export interface ChatResult {
  /** The server's id of the completion. */
  id: string;
  /** The model that answered, as the server names it. */
  model: string;
  /** The message content; '' when there is none (e.g. a refusal). */
  text: string;
  /** Set when the model refused to answer under structured output. */
  refusal: string | null;
  finish_reason: FinishReason;
  /** The function calls the reply asks for; empty when it asks for none. */
  tool_calls: ToolCall[];
  /** Absent when the server reported no usage (its attempt then kept its whole hold). */
  usage?: Usage;
  /** HTTP attempts made, the successful one included. */
  attempts: number;
}

export interface LlmClient {
  chat(request: ChatRequest, options?: ChatCallOptions): Promise<ChatResult>;
}

export type LlmErrorKind =
  /** The server answered with an error status (after the SDK's retries). */
  | 'status'
  /** No answer: connection refused or broken. */
  | 'connection'
  | 'timeout'
  /** The caller's signal aborted the call. */
  | 'aborted'
  /** A 2xx answer that is not a chat completion. */
  | 'invalid_response';

/** A chat call that did not produce a completion; the message is one sentence. */
export class LlmCallError extends WfloError {
  constructor(
    message: string,
    readonly kind: LlmErrorKind,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LlmCallError';
  }
}

/**
 * Whether a failed call is an outage of the endpoint rather than an answer about the step: no
 * connection or no answer in time after the SDK's retries, the key refused (401/403), or the
 * server still overloaded or failing (429, 5xx) after them (DESIGN.md §2: never covered by
 * continue_on_error).
 */
export function isOutage(error: unknown): error is LlmCallError {
  if (!(error instanceof LlmCallError)) return false;
  if (error.kind === 'connection' || error.kind === 'timeout') return true;
  const status = error.status ?? 0;
  return (
    error.kind === 'status' && (status === 401 || status === 403 || status === 429 || status >= 500)
  );
}
