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
import { McpServerError } from './mcp-config.js';
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

/** Why the loop stops early, as the result says it. */
interface Stop {
  reason: StopReason;
  error?: string;
  environment?: EnvironmentService;
}

/** What the loop has built so far: the conversation, the transcript, what it used and spent. */
interface LoopState {
  messages: ChatMessage[];
  transcript: TranscriptEntry[];
  usage: Usage;
  charged: number;
  turns: number;
  toolCalls: number;
  text: string;
  finishReason?: FinishReason;
}

export async function runAgentLoop(
  ctx: StepContext,
  llm: LlmClient,
  settings: AgentSettings,
  executeTool: ExecuteTool,
): Promise<AgentResult> {
  const state: LoopState = {
    messages: [
      ...(settings.system ? [{ role: 'system' as const, content: settings.system }] : []),
      { role: 'user', content: settings.task },
    ],
    transcript: [],
    usage: { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, reasoning_tokens: 0 },
    charged: 0,
    turns: 0,
    toolCalls: 0,
    text: '',
  };
  for (;;) {
    if (state.turns >= settings.maxTurns) {
      return resultOf(state, {
        reason: 'max_turns',
        error: `it stopped after max_turns (${settings.maxTurns}) without a final answer`,
      });
    }
    const unfit = await fitContext(ctx, settings, state.messages);
    if (unfit) return resultOf(state, unfit);
    const reply = await askModel(ctx, llm, settings, state);
    if ('reason' in reply) return resultOf(state, reply);
    recordReply(state, reply, settings);
    if (reply.finish_reason === 'content_filter') {
      return resultOf(state, {
        reason: 'error',
        error: `turn ${state.turns} failed: ${contentFiltered(settings.model)}`,
      });
    }
    if (reply.tool_calls.length === 0) {
      turnLine(ctx, settings, state, 'final answer');
      return resultOf(state, { reason: 'finished' });
    }
    const toolStop = await runTools(ctx, settings, state, reply.tool_calls, executeTool);
    if (toolStop) return resultOf(state, toolStop);
  }
}

/** The live line of a turn (DESIGN.md §7): what it did and what the step has spent so far. */
function turnLine(ctx: StepContext, settings: AgentSettings, state: LoopState, what: string): void {
  ctx.log.progress?.(
    `turn ${state.turns}/${settings.maxTurns}: ${what}; ${formatMicros(state.charged)} spent so far`,
  );
}

function resultOf(state: LoopState, { reason, error, environment }: Stop): AgentResult {
  return {
    stopReason: reason,
    text: state.text,
    turns: state.turns,
    toolCalls: state.toolCalls,
    transcript: state.transcript,
    usage: state.usage,
    chargedMicros: state.charged,
    ...(state.finishReason ? { finishReason: state.finishReason } : {}),
    ...(error ? { error } : {}),
    ...(environment ? { environment } : {}),
  };
}

/** Counts the conversation ahead of the turn and compacts it to fit the context window. */
async function fitContext(
  ctx: StepContext,
  settings: AgentSettings,
  messages: ChatMessage[],
): Promise<Stop | undefined> {
  try {
    await countAhead(settings.model, boundMessages(messages, settings.tools), ctx.signal);
  } catch (error) {
    const stopped = abortStop(ctx);
    if (stopped) return stopped;
    throw error;
  }
  const inputLimit = settings.contextTokens - settings.maxTokens;
  const fits = (list: readonly ChatMessage[]) =>
    inputBound(settings.model, list, settings.tools, settings.jsonSchema?.schema) <= inputLimit;
  const compacted = compact(messages, fits);
  if (compacted === undefined) {
    return {
      reason: 'error',
      error: `it stopped: its conversation no longer fits ${settings.model}'s context window of ${settings.contextTokens} tokens with ${settings.maxTokens} left for the reply`,
    };
  }
  if (compacted > 0) ctx.log.info(`compacted ${compacted} earlier messages to fit the context`);
  return undefined;
}

/** One turn's model call, reserved against the budget attempt by attempt; what it cost is charged. */
async function askModel(
  ctx: StepContext,
  llm: LlmClient,
  settings: AgentSettings,
  state: LoopState,
): Promise<ChatResult | Stop> {
  const { messages } = state;
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
  const turn = state.turns + 1;
  const meter = attemptMeter(
    ctx,
    estimate,
    settings.price,
    `agent step '${ctx.step.id}' turn ${turn}`,
  );
  try {
    const reply = await llm.chat(request, {
      signal: ctx.signal,
      beforeAttempt: meter.beforeAttempt,
    });
    state.charged += meter.chargedMicros;
    return reply;
  } catch (error) {
    state.charged += meter.chargedMicros;
    if (error instanceof BudgetExceededError) {
      const d = error.details;
      const whose = d.scope === 'run' ? "the run's" : "the step's";
      // The full account once; after another refusal by the same budget, what differs.
      const account =
        d.refusedBefore > 0
          ? `does not fit the ${formatMicros(d.leftMicros)} left of ${whose} budget either`
          : `does not fit ${whose} budget of ${formatMicros(d.limitMicros)}, of which ${formatMicros(d.committedMicros)} is spent or held`;
      return {
        reason: 'budget_exceeded',
        error: `it stopped before turn ${turn}: its reservation of ${formatMicros(d.requestedMicros)} ${account}`,
      };
    }
    const stopped = abortStop(ctx);
    if (stopped) return stopped;
    return {
      reason: 'error',
      error: `turn ${turn} failed: ${messageOf(error)}`,
      ...(isOutage(error) ? { environment: 'model_api' as const } : {}),
    };
  }
}

/** A reply joins the conversation and the transcript; its usage and text are the loop's now. */
function recordReply(state: LoopState, reply: ChatResult, settings: AgentSettings): void {
  state.turns += 1;
  if (reply.usage) addUsage(state.usage, reply.usage);
  state.text = reply.text;
  state.finishReason = reply.finish_reason;
  state.transcript.push({
    turn: state.turns,
    type: 'reply',
    text: clip(reply.text, settings.transcriptCapChars),
    finish_reason: reply.finish_reason,
    tool_calls: reply.tool_calls.map((c) => c.name),
  });
  state.messages.push({
    role: 'assistant',
    content: reply.text,
    ...(reply.tool_calls.length > 0 ? { tool_calls: reply.tool_calls } : {}),
  });
}

/** Runs the reply's tool calls in order; each answer joins the conversation and the transcript. */
async function runTools(
  ctx: StepContext,
  settings: AgentSettings,
  state: LoopState,
  calls: readonly ToolCall[],
  executeTool: ExecuteTool,
): Promise<Stop | undefined> {
  const done: string[] = [];
  for (const call of calls) {
    state.toolCalls += 1;
    const started = Date.now();
    let outcome: ToolOutcome;
    try {
      outcome = await executeTool(call);
    } catch (error) {
      const stopped = abortStop(ctx);
      if (stopped) return stopped;
      state.transcript.push(failedCall(state.turns, call, error, Date.now() - started, settings));
      return {
        reason: 'error',
        error: `its tool ${call.name} failed: ${messageOf(error)}`,
        ...(error instanceof ContainerRuntimeError ? { environment: 'docker' as const } : {}),
      };
    }
    state.transcript.push({
      turn: state.turns,
      type: 'tool',
      id: call.id,
      tool: call.name,
      arguments: clip(call.arguments, settings.transcriptCapChars),
      ok: outcome.ok,
      result: clip(outcome.content, settings.transcriptCapChars),
      duration_ms: Date.now() - started,
      ...(outcome.server ? { server: outcome.server } : {}),
    });
    state.messages.push({ role: 'tool', tool_call_id: call.id, content: outcome.content });
    done.push(toolSummary(call.name, outcome));
  }
  turnLine(ctx, settings, state, done.join(', '));
  return undefined;
}

/** The transcript's entry for a call that failed the step (an MCP server that stopped). */
function failedCall(
  turn: number,
  call: ToolCall,
  error: unknown,
  durationMs: number,
  settings: AgentSettings,
): TranscriptEntry {
  return {
    turn,
    type: 'tool',
    id: call.id,
    tool: call.name,
    arguments: clip(call.arguments, settings.transcriptCapChars),
    ok: false,
    result: clip(`error: ${messageOf(error)}`, settings.transcriptCapChars),
    duration_ms: durationMs,
    ...(error instanceof McpServerError ? { server: error.server } : {}),
  };
}

/** `run (exit 0)`, `read_file`, `write_file (refused)`: a tool call in the turn's live line. */
function toolSummary(name: string, outcome: ToolOutcome): string {
  // The name is the model's: shown short and printable only.
  const shown = clip(name.replace(/[^\w.-]/g, '?'), 40);
  if (outcome.exitCode !== undefined) return `${shown} (exit ${outcome.exitCode})`;
  return outcome.ok ? shown : `${shown} (refused)`;
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
