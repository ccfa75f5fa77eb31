// The worst case of an llm call: what is reserved before every attempt, and what
// `wflo plan` prints. Input bound × the highest input rate it can meet + max_tokens ×
// the highest output rate (reasoning tokens are output tokens, capped by the same limit).
import type { ChatRequest } from '../llm/client.js';
import { chatRequestOf } from '../llm/step-config.js';
import { toStrictSchema } from '../llm/strict-schema.js';
import type { StepSpec, Workflow } from '../workflow/model.js';
import { maxRateUpTo, picosToMicros, priceOf, type Price } from './prices.js';
import { inputTokenBound, type InputBound } from './tokens.js';
import { contextWindow } from './context-window.js';

export interface LlmCallEstimate {
  price: Price;
  input: InputBound;
  maxOutputTokens: number;
  /** The most one attempt of this call can cost, in whole micro-dollars. */
  reservationMicros: number;
}

export function estimateLlmCall(
  request: Pick<ChatRequest, 'model' | 'messages' | 'max_tokens' | 'json_schema'>,
  price: Price,
): LlmCallEstimate {
  const input = inputTokenBound(request.model, request.messages, request.json_schema?.schema);
  return {
    price,
    input,
    maxOutputTokens: request.max_tokens,
    reservationMicros: callWorstCaseMicros(price, input.tokens, request.max_tokens),
  };
}

/**
 * The most one attempt of a call with at most `inputTokens` of input and `maxOutputTokens` of
 * reply can cost: the one pricing of a worst case, for llm calls and agent turns alike.
 * It never falls as `inputTokens` grows, so a bound on the tokens bounds the money.
 */
export function callWorstCaseMicros(
  price: Price,
  inputTokens: number,
  maxOutputTokens: number,
): number {
  // Tiers switch by the call's real input tokens, which can be anything up to the bound.
  const inputRate = Math.max(
    maxRateUpTo(price.input, inputTokens),
    maxRateUpTo(price.cachedInput, inputTokens),
  );
  const outputRate = Math.max(
    maxRateUpTo(price.output, inputTokens),
    maxRateUpTo(price.reasoning, inputTokens),
  );
  const picos =
    BigInt(inputTokens) * BigInt(inputRate) +
    BigInt(maxOutputTokens) * BigInt(outputRate) +
    price.requestPicos;
  return picosToMicros(picos);
}

export type LlmStepEstimate =
  | {
      stepId: string;
      ok: true;
      estimate: LlmCallEstimate;
      /**
       * The prompt holds `${{ }}` expressions: the bound covers the text as written, and
       * the run's reservation grows with what they expand to.
       */
      templated: boolean;
      /** The expressions the prompt grows with, as written (`${{ steps.x.outputs.stdout }}`). */
      growsWith: string[];
    }
  | { stepId: string; ok: false; reason: string };

const EXPRESSION = /\$\{\{/;
const EXPRESSIONS = /\$\{\{[\s\S]*?\}\}/g;

/**
 * The most input an llm call may carry: the model's context window less its `max_tokens`.
 * The llm kind refuses a call whose input bound is above it before reserving, so it bounds
 * every reservation of a prompt whatever its expressions expand to (the plan's worst case).
 */
export function inputLimitTokens(price: Price, maxTokens: number): number {
  return contextWindow(price) - maxTokens;
}

/** A step's worst case from its config as written, without calling anything (`wflo plan`). */
export function estimateLlmStep(step: StepSpec, workflow: Workflow, at?: Date): LlmStepEstimate {
  const parsed = chatRequestOf(step.id, step.config);
  if (!parsed.ok) return { stepId: step.id, ok: false, reason: parsed.error };
  const { request } = parsed;
  if (EXPRESSION.test(request.model)) {
    return {
      stepId: step.id,
      ok: false,
      reason: `its model is chosen by an expression (${request.model}), priced when it runs`,
    };
  }
  const price = priceOf(request.model, workflow, at);
  if (!price)
    return { stepId: step.id, ok: false, reason: `no price is known for model '${request.model}'` };
  const growsWith = [
    ...new Set(request.messages.flatMap((m) => m.content.match(EXPRESSIONS) ?? [])),
  ];
  const templated = growsWith.length > 0;
  // The call carries the strict form of output_schema (structured-output.md): bound that one.
  const strict = request.json_schema ? toStrictSchema(request.json_schema.schema) : undefined;
  const sent =
    request.json_schema && strict?.ok
      ? { ...request, json_schema: { ...request.json_schema, schema: strict.schema } }
      : request;
  return {
    stepId: step.id,
    ok: true,
    estimate: estimateLlmCall(sent, price),
    templated,
    growsWith,
  };
}
