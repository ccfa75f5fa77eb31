// The agent loop: model → tools → model, until the model answers without a tool call, the
// turns run out, the budget refuses a turn's reservation, the step times out or a call
// fails. Every turn's worst case is reserved through the ledger before it is sent (the
// llm kind's meter); whatever stops the loop, the work so far is returned.
import { estimateLlmCall } from '../cost/estimate.js';
import { countAhead } from '../cost/tokens.js';
import { BudgetExceededError } from '../cost/ledger.js';
import { formatMicros } from '../common/money.js';
import { messageOf } from '../common/errors.js';
import type { Price } from '../cost/prices.js';
import { StepTimeoutError, type EnvironmentService, type StepContext } from '../engine/types.js';
import type { Usage } from '../llm/usage.js';
import { ContainerRuntimeError } from '../sandbox/runtime.js';
import {
  isOutage,
  type ChatMessage,
  type ChatResult,
  type FinishReason,
  type JsonSchemaFormat,
  type LlmClient,
  type ToolCall,
  type ToolDefinition,
} from '../llm/client.js';
import { attemptMeter } from '../cost/attempt-meter.js';
import { contentFiltered } from '../llm/content-filter.js';
import { boundMessages, compact, inputBound } from './context.js';
import { clip, type ToolOutcome } from './tools.js';
import type { TranscriptEntry } from './transcript.js';

export type StopReason = 'finished' | 'max_turns' | 'budget_exceeded' | 'timeout' | 'error';

export interface AgentSettings {
  model: string;
  price: Price;
  system?: string;
  task: string;
  maxTurns: number;
  maxTokens: number;
  tools: readonly ToolDefinition[];
  jsonSchema?: JsonSchemaFormat;
  /** The model's context window in tokens. */
  contextTokens: number;
  /** How much of each result the transcript keeps. */
  transcriptCapChars: number;
}

export interface AgentResult {
  stopReason: StopReason;
  /** The last assistant message's text (the final answer when finished). */
  text: string;
  turns: number;
  toolCalls: number;
  transcript: TranscriptEntry[];
  usage: Usage;
  chargedMicros: number;
  /** Why the last reply ended, when there was one. */
  finishReason?: FinishReason;
  /** One sentence, when the loop did not finish. */
  error?: string;
  /** Set when the loop stopped because wflo's environment failed (the endpoint, Docker). */
  environment?: EnvironmentService;
}

export type ExecuteTool = (call: ToolCall) => Promise<ToolOutcome>;

export async function runAgentLoop(
  ctx: StepContext,
  llm: LlmClient,
  settings: AgentSettings,
  executeTool: ExecuteTool,
): Promise<AgentResult> {
  const messages: ChatMessage[] = [];
  if (settings.system) messages.push({ role: 'system', content: settings.system });
  messages.push({ role: 'user', content: settings.task });

  const usage: Usage = {
    input_tokens: 0,
    cached_input_tokens: 0,
    output_tokens: 0,
    reasoning_tokens: 0,
  };
  const transcript: TranscriptEntry[] = [];
  let charged = 0;
  let turns = 0;
  let toolCalls = 0;
  let text = '';
  let finishReason: FinishReason | undefined;
  const result = (
    stopReason: StopReason,
    error?: string,
    environment?: EnvironmentService,
  ): AgentResult => ({
    stopReason,
    text,
    turns,
    toolCalls,
    transcript,
    usage,
    chargedMicros: charged,
    ...(finishReason ? { finishReason } : {}),
    ...(error ? { error } : {}),
    ...(environment ? { environment } : {}),
  });
  const stepId = ctx.step.id;
  const inputLimit = settings.contextTokens - settings.maxTokens;
  const fits = (list: readonly ChatMessage[]) =>
    inputBound(settings.model, list, settings.tools, settings.jsonSchema?.schema) <= inputLimit;

  for (;;) {
    if (turns >= settings.maxTurns) {
      return result(
        'max_turns',
        `it stopped after max_turns (${settings.maxTurns}) without a final answer`,
      );
    }
    try {
      await countAhead(settings.model, boundMessages(messages, settings.tools), ctx.signal);
    } catch (error) {
      const stopped = abortStop(ctx);
      if (stopped) return result(stopped.reason, stopped.error);
      throw error;
    }
    const compacted = compact(messages, fits);
    if (compacted === undefined) {
      return result(
        'error',
        `it stopped: its conversation no longer fits ${settings.model}'s context window of ${settings.contextTokens} tokens with ${settings.maxTokens} left for the reply`,
      );
    }
    if (compacted > 0) ctx.log.info(`compacted ${compacted} earlier messages to fit the context`);

    const request = {
      model: settings.model,
      messages: [...messages],
      max_tokens: settings.maxTokens,
      tools: settings.tools,
      ...(settings.jsonSchema ? { json_schema: settings.jsonSchema } : {}),
    };
    // The bound counts tool calls and tool definitions too (context.ts).
    const estimate = estimateLlmCall(
      { ...request, messages: boundMessages(messages, settings.tools) },
      settings.price,
    );
    const meter = attemptMeter(
      ctx,
      estimate,
      settings.price,
      `agent step '${stepId}' turn ${turns + 1}`,
    );
    let reply: ChatResult;
    try {
      reply = await llm.chat(request, { signal: ctx.signal, beforeAttempt: meter.beforeAttempt });
    } catch (error) {
      charged += meter.chargedMicros;
      if (error instanceof BudgetExceededError) {
        const d = error.details;
        return result(
          'budget_exceeded',
          `it stopped before turn ${turns + 1}: its reservation of ${formatMicros(d.requestedMicros)} does not fit ${d.scope === 'run' ? "the run's" : "the step's"} budget of ${formatMicros(d.limitMicros)}, of which ${formatMicros(d.committedMicros)} is spent or held`,
        );
      }
      const stopped = abortStop(ctx);
      if (stopped) return result(stopped.reason, stopped.error);
      return result(
        'error',
        `turn ${turns + 1} failed: ${messageOf(error)}`,
        isOutage(error) ? 'model_api' : undefined,
      );
    }
    charged += meter.chargedMicros;
    turns += 1;
    if (reply.usage) addUsage(usage, reply.usage);
    text = reply.text;
    finishReason = reply.finish_reason;
    transcript.push({
      turn: turns,
      type: 'reply',
      text: clip(reply.text, settings.transcriptCapChars),
      finish_reason: reply.finish_reason,
      tool_calls: reply.tool_calls.map((c) => c.name),
    });
    messages.push({
      role: 'assistant',
      content: reply.text,
      ...(reply.tool_calls.length > 0 ? { tool_calls: reply.tool_calls } : {}),
    });
    if (reply.finish_reason === 'content_filter')
      return result('error', `turn ${turns} failed: ${contentFiltered(settings.model)}`);
    if (reply.tool_calls.length === 0) return result('finished');

    for (const call of reply.tool_calls) {
      toolCalls += 1;
      const started = Date.now();
      let outcome: ToolOutcome;
      try {
        outcome = await executeTool(call);
      } catch (error) {
        const stopped = abortStop(ctx);
        if (stopped) return result(stopped.reason, stopped.error);
        return result(
          'error',
          `its tool ${call.name} failed: ${messageOf(error)}`,
          error instanceof ContainerRuntimeError ? 'docker' : undefined,
        );
      }
      transcript.push({
        turn: turns,
        type: 'tool',
        id: call.id,
        tool: call.name,
        arguments: clip(call.arguments, settings.transcriptCapChars),
        ok: outcome.ok,
        result: clip(outcome.content, settings.transcriptCapChars),
        duration_ms: Date.now() - started,
      });
      messages.push({ role: 'tool', tool_call_id: call.id, content: outcome.content });
    }
  }
}

/** Cancel is rethrown (the scheduler reports it); the step's timeout stops the loop. */
function abortStop(ctx: StepContext): { reason: StopReason; error: string } | undefined {
  if (!ctx.signal.aborted) return undefined;
  if (ctx.signal.reason instanceof StepTimeoutError)
    return { reason: 'timeout', error: 'it timed out and the agent was stopped' };
  throw ctx.signal.reason;
}

function addUsage(total: Usage, add: Usage): void {
  total.input_tokens += add.input_tokens;
  total.cached_input_tokens += add.cached_input_tokens;
  total.output_tokens += add.output_tokens;
  total.reasoning_tokens += add.reasoning_tokens;
}
