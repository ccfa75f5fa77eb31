// The `llm` kind: one chat call, its worst case reserved against the ledger before every
// HTTP attempt (retries included) and settled to the billed usage after it.
import Ajv, { type ValidateFunction } from 'ajv';
import type { LlmCallEstimate } from '../cost/estimate.js';
import { BudgetExceededError, formatMicros, type BudgetLedger } from '../cost/ledger.js';
import { microsToUsd } from '../cost/money.js';
import { costMicros, priceHint, priceOf, type Price } from '../cost/prices.js';
import { configPointer } from '../workflow/config-source.js';
import type { StepContext, StepKind, StepOutcome, Usage } from '../engine/types.js';
import type { AttemptAccount, ChatResult } from '../llm/client.js';
import { modelParameters } from '../llm/model-params.js';
import { chatRequestOf } from '../llm/step-config.js';
import { diagnosticAt, type Diagnostic } from '../workflow/errors.js';
import type { JsonObject, JsonValue, SourceRange, StepSpec, Workflow } from '../workflow/model.js';

const EXPRESSION = /\$\{\{/;

export const llmKind: StepKind = {
  kind: 'llm',
  validate: validateLlmStep,
  run: runLlmStep,
};

function validateLlmStep(step: StepSpec, workflow: Workflow): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const { model, output_schema: schema } = step.config;
  // A model chosen by an expression is priced when the step runs.
  if (typeof model === 'string' && !EXPRESSION.test(model) && !priceOf(model.trim(), workflow)) {
    problems.push(diagnosticAt(rangeOf(step, workflow, 'model'), noPriceMessage(model.trim())));
  }
  if (isObject(schema) && !EXPRESSION.test(JSON.stringify(schema))) {
    const error = schemaError(schema);
    if (error)
      problems.push(
        diagnosticAt(
          rangeOf(step, workflow, 'output_schema'),
          `output_schema is not a valid JSON Schema: ${error}`,
        ),
      );
  }
  return problems;
}

/** Where the field was written: in the step, or in `defaults.llm`. */
function rangeOf(step: StepSpec, workflow: Workflow, field: string): SourceRange {
  return workflow.positionOf(configPointer(step, field));
}

function noPriceMessage(model: string): string {
  return (
    `model '${model}' has no known price, so its calls cannot be budgeted; ` +
    `give one in USD per million tokens at the top level of the workflow: ${priceHint(model)}`
  );
}

async function runLlmStep(ctx: StepContext): Promise<StepOutcome> {
  const stepId = ctx.step.id;
  const failed = (error: string, outputs: JsonObject = {}): StepOutcome => ({
    status: 'failed',
    outputs,
    error,
  });

  const llm = ctx.services.llm;
  if (!llm) {
    return failed(
      `step '${stepId}' needs an OpenAI-compatible API: set OPENAI_API_KEY (and OPENAI_BASE_URL for another server), or the action input openai-api-key`,
    );
  }
  const parsed = chatRequestOf(stepId, ctx.config);
  if (!parsed.ok) return failed(parsed.error);
  const request = parsed.request;
  const price = priceOf(request.model, ctx.run.workflow);
  if (!price) return failed(noPriceMessage(request.model));

  let validate: ValidateFunction | undefined;
  if (request.json_schema) {
    const compiled = compileSchema(request.json_schema.schema);
    if (typeof compiled === 'string')
      return failed(`llm.output_schema is not a valid JSON Schema: ${compiled}`);
    validate = compiled;
  }
  if (request.temperature !== undefined && !modelParameters(request.model).temperature) {
    ctx.log.warn(`${request.model} takes no temperature; sending the call without it`);
  }

  // Token counting and its rank tables (megabytes) load with the first call, not at start-up.
  const { estimateLlmCall } = await import('../cost/estimate.js');
  const estimate = estimateLlmCall(request, price);
  const meter = attemptMeter(ctx, estimate, price);
  let result: ChatResult;
  try {
    result = await llm.chat(request, { signal: ctx.signal, beforeAttempt: meter.beforeAttempt });
  } catch (error) {
    if (error instanceof BudgetExceededError) {
      return {
        status: 'budget_exceeded',
        outputs: costOutputs(meter.chargedMicros),
        error: budgetSentence(error, ctx.ledger, request.model, estimate),
        costMicros: meter.chargedMicros,
      };
    }
    // Cancel and step timeout are the scheduler's to report.
    if (ctx.signal.aborted) throw ctx.signal.reason;
    return {
      ...failed(
        error instanceof Error ? error.message : String(error),
        costOutputs(meter.chargedMicros),
      ),
      costMicros: meter.chargedMicros,
    };
  }

  const usage = result.usage ?? zeroUsage();
  const outputs: JsonObject = {
    text: result.text,
    json: null,
    model: result.model,
    finish_reason: result.finish_reason,
    usage: { ...usage },
    cost_usd: microsToUsd(meter.chargedMicros),
  };
  const done = (status: 'succeeded' | 'failed', error?: string): StepOutcome => ({
    status,
    outputs,
    usage,
    costMicros: meter.chargedMicros,
    ...(error ? { error } : {}),
  });

  if (result.refusal)
    return done('failed', `${result.model} refused to answer: ${oneLine(result.refusal)}`);
  if (validate) {
    let value: JsonValue;
    try {
      value = JSON.parse(result.text) as JsonValue;
    } catch {
      const why =
        result.finish_reason === 'length'
          ? ` (the reply was cut at max_tokens ${request.max_tokens})`
          : '';
      return done(
        'failed',
        `${result.model} answered text that is not JSON${why}, though output_schema asks for JSON`,
      );
    }
    if (!validate(value)) {
      return done(
        'failed',
        `${result.model} answered JSON that does not match output_schema: ${validate.errors?.map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ')}`,
      );
    }
    outputs.json = value;
  } else if (result.finish_reason === 'length') {
    ctx.log.warn(`the reply was cut at max_tokens (${request.max_tokens})`);
  }
  return done('succeeded');
}

export interface AttemptMeter {
  beforeAttempt(attempt: number): AttemptAccount;
  /** What this step's attempts have been charged so far. */
  readonly chargedMicros: number;
}

/** Reserves `estimate` before each HTTP attempt of one call and settles it by what came back. */
export function attemptMeter(
  ctx: StepContext,
  estimate: LlmCallEstimate,
  price: Price,
  what = `llm step '${ctx.step.id}'`,
): AttemptMeter {
  let charged = 0;
  return {
    get chargedMicros() {
      return charged;
    },
    beforeAttempt(attempt) {
      const label = `${what} (${price.model}, call attempt ${attempt})`;
      const reservation = ctx.ledger.reserve(ctx.step.id, estimate.reservationMicros, label);
      return {
        settle(usage: Usage) {
          const cost = costMicros(price, usage);
          if (cost > reservation.amountMicros) {
            // The server billed more than the bound: charge the truth and say so.
            ctx.log.warn(
              `${label} cost ${formatMicros(cost)}, above its reservation of ${formatMicros(reservation.amountMicros)}`,
            );
          }
          reservation.settle(cost);
          charged += cost;
        },
        release() {
          reservation.settle(0);
        },
        keep() {
          reservation.keep();
          charged += reservation.amountMicros;
        },
      };
    },
  };
}

function budgetSentence(
  error: BudgetExceededError,
  ledger: BudgetLedger,
  model: string,
  estimate: LlmCallEstimate,
): string {
  const d = error.details;
  const spent = d.scope === 'run' ? ledger.spentMicros() : ledger.stepSpentMicros(d.stepId);
  const held = d.committedMicros - spent;
  const whose = d.scope === 'run' ? "the run's budget" : `the step's budget`;
  return (
    `step '${d.stepId}' did not call ${model}: its reservation of ${formatMicros(d.requestedMicros)} ` +
    `(${estimate.input.tokens} input tokens at most, ${estimate.maxOutputTokens} output tokens at most) ` +
    `does not fit ${whose} of ${formatMicros(d.limitMicros)}, of which ${formatMicros(spent)} is spent` +
    (held > 0 ? ` and ${formatMicros(held)} is held by calls in flight` : '')
  );
}

function costOutputs(micros: number): JsonObject {
  return { cost_usd: microsToUsd(micros) };
}

function zeroUsage(): Usage {
  return { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, reasoning_tokens: 0 };
}

function compileSchema(schema: JsonObject): ValidateFunction | string {
  try {
    // A fresh instance each time: schemas of different steps may share an `$id`.
    return new Ajv({ strict: false, allErrors: true }).compile(schema);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function schemaError(schema: JsonObject): string | undefined {
  const compiled = compileSchema(schema);
  return typeof compiled === 'string' ? compiled : undefined;
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
