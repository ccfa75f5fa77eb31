// The worst case of a step as `wflo plan` and the action's dry run print it, from the file
// alone, calling nothing. An llm step: its call (estimate.ts) once per attempt. An agent step:
// every turn of every attempt, each at the most its reservation can reach (agent/loop.ts).
import type { JsonValue, StepSpec, Workflow } from '../workflow/model.js';
import { callWorstCaseMicros, estimateLlmStep, inputLimitTokens } from './estimate.js';
import { priceOf, type Price } from './prices.js';

/**
 * A step's worst case for the plan: micro-dollars; or micro-dollars of a prompt that grows with
 * expressions, bounded by the model's context window; or why it cannot be known before the run.
 */
export type StepWorstCase =
  | number
  | { reason: string }
  /** A known worst case; `growsWith` names a templated prompt's expressions, `covers` says what it includes (an agent's MCP tools). */
  | { micros: number; growsWith?: string[]; covers?: string };

export type AgentStepEstimate =
  | {
      stepId: string;
      ok: true;
      price: Price;
      /** The model's context window, the one the step runs with. */
      contextTokens: number;
      maxTurns: number;
      maxTokens: number;
      /** Attempts in all (`retry.max_attempts`): a failed agent step runs again from its first turn. */
      attempts: number;
      /** The most one turn can reserve: input up to the window less max_tokens, max_tokens of reply. */
      turnMicros: number;
      /** turnMicros × maxTurns × attempts. */
      turnsMicros: number;
      /** The step's own budget (`budget.max_usd`): the ledger never lets the step commit more. */
      budgetMicros?: number;
      /** The smaller of turnsMicros and budgetMicros: what plan prints. */
      worstCaseMicros: number;
    }
  | { stepId: string; ok: false; reason: string };

const EXPRESSION = /\$\{\{/;

/** What the agent kind runs with when the file says nothing, and its model's window. */
export interface AgentLimits {
  maxTurns: number;
  maxTokens: number;
  contextWindow(price: Price): number;
}

/**
 * An agent step's worst case. Before each turn the loop compacts the conversation until its
 * input bound fits the context window less max_tokens, then reserves that bound plus
 * max_tokens of reply (estimateLlmCall); so no turn can reserve more than a call with
 * window − max_tokens input tokens, whatever the task and the tools bring in.
 */
export function estimateAgentStep(
  step: StepSpec,
  workflow: Workflow,
  limits: AgentLimits,
  at?: Date,
): AgentStepEstimate {
  const stepId = step.id;
  const fail = (reason: string): AgentStepEstimate => ({ stepId, ok: false, reason });
  const { model: rawModel, max_turns, max_tokens } = step.config;
  if (typeof rawModel !== 'string' || rawModel.trim() === '')
    return fail('it names no model (agent.model), so it fails before its first turn');
  const model = rawModel.trim();
  if (EXPRESSION.test(model))
    return fail(`its model is chosen by an expression (${model}), priced when it runs`);
  const price = priceOf(model, workflow, at);
  if (!price) return fail(`no price is known for model '${model}'`);
  const maxTurns = countOf(max_turns, limits.maxTurns);
  if (maxTurns === undefined) return fail(`agent.max_turns is not a whole number above 0`);
  const maxTokens = countOf(max_tokens, limits.maxTokens);
  if (maxTokens === undefined) return fail(`agent.max_tokens is not a whole number above 0`);
  const contextTokens = limits.contextWindow(price);
  const inputLimit = contextTokens - maxTokens;
  if (inputLimit < 1) {
    return fail(
      `max_tokens ${maxTokens} leaves no room for input in ${model}'s context window of ${contextTokens} tokens, so no turn can be sent`,
    );
  }
  const attempts = step.retry.maxAttempts;
  const turnMicros = callWorstCaseMicros(price, inputLimit, maxTokens);
  const turnsMicros = turnMicros * maxTurns * attempts;
  const budgetMicros = step.budgetMicros;
  return {
    stepId,
    ok: true,
    price,
    contextTokens,
    maxTurns,
    maxTokens,
    attempts,
    turnMicros,
    turnsMicros,
    ...(budgetMicros === undefined ? {} : { budgetMicros }),
    worstCaseMicros: budgetMicros === undefined ? turnsMicros : Math.min(turnsMicros, budgetMicros),
  };
}

/** The step's value, its default when absent; undefined when it is no whole number above 0. */
function countOf(value: JsonValue | undefined, fallback: number): number | undefined {
  const n = value ?? fallback;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 1 ? n : undefined;
}

/**
 * An llm step's worst case in micro-dollars (the llm kind's StepKind.worstCase), or why it
 * cannot be known before the run.
 */
export function llmStepWorstCase(step: StepSpec, workflow: Workflow): StepWorstCase {
  const llm = estimateLlmStep(step, workflow);
  if (!llm.ok) return { reason: llm.reason };
  const { price, maxOutputTokens } = llm.estimate;
  // A templated prompt may expand to anything: its bound is the most input the call may carry
  // (the kind refuses more before reserving), or the text as written when that is larger.
  const call = llm.templated
    ? Math.max(
        llm.estimate.reservationMicros,
        callWorstCaseMicros(price, inputLimitTokens(price, maxOutputTokens), maxOutputTokens),
      )
    : llm.estimate.reservationMicros;
  // Every attempt of the step reserves its call again; the step's own budget caps them all.
  const attempts = call * step.retry.maxAttempts;
  const micros = step.budgetMicros === undefined ? attempts : Math.min(attempts, step.budgetMicros);
  return llm.templated ? { micros, growsWith: llm.growsWith } : micros;
}
