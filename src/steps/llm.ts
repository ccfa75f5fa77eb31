// The `llm` kind: one chat call, its worst case reserved against the ledger before every
// HTTP attempt (retries included) and settled to the billed usage after it.
import type { LlmCallEstimate } from '../cost/estimate.js';
import { BudgetExceededError, type BudgetLedger } from '../cost/ledger.js';
import { formatMicros } from '../common/money.js';
import { microsToUsd } from '../common/money.js';
import type { KindConfigCheck } from '../workflow/kinds.js';
import { NO_REACH } from './reach.js';
import { noPriceMessage, priceOf } from '../cost/prices.js';
import { configPointer } from '../workflow/config-source.js';
import {
  EnvironmentError,
  type StepContext,
  type StepKind,
  type StepOutcome,
} from '../engine/types.js';
import type { Usage } from '../llm/usage.js';
import { isOutage, type ChatResult } from '../llm/client.js';
import { modelParameters } from '../llm/model-params.js';
import { chatRequestOf } from '../llm/step-config.js';
import { structuredOutput, type StructuredOutput } from '../llm/structured-output.js';
import { outputSchemaDiagnostics } from './output-schema.js';
import { diagnosticAt, type Diagnostic } from '../workflow/errors.js';
import type { JsonObject, SourceRange, StepSpec, Workflow } from '../workflow/model.js';
import { messageOf } from '../common/errors.js';
import { attemptMeter } from '../cost/attempt-meter.js';
import { contentFiltered } from '../llm/content-filter.js';

const EXPRESSION = /\$\{\{/;

export const llmKind: StepKind = {
  kind: 'llm',
  spendsMoney: true,
  readsWorkspace: false,
  instructionKeys: ['system', 'prompt', 'messages'],
  reach: () => NO_REACH,
  outputs: ['text', 'json', 'model', 'finish_reason', 'usage', 'cost_usd'],
  // Token counting is loaded when a plan asks, not when a file is validated.
  worstCase: async (step, workflow) =>
    (await import('../cost/step-estimate.js')).llmStepWorstCase(step, workflow),
  checkConfig: checkLlmConfig,
  validate: validateLlmStep,
  run: runLlmStep,
};

function checkLlmConfig({ config, pointers, at, problems, missing, misspelt }: KindConfigCheck) {
  if (config.model === undefined) missing('model');
  const hasPrompt = config.prompt !== undefined;
  const hasMessages = config.messages !== undefined;
  if (!hasPrompt && !hasMessages && !misspelt('prompt') && !misspelt('messages')) {
    problems.key(at, (w) => `${w.step}: llm needs a prompt or messages`);
  } else if (hasPrompt && hasMessages) {
    problems.key(
      pointers.get('messages') ?? at,
      (w) => `${w.step}: llm has both prompt and messages; use one`,
    );
  }
}

function validateLlmStep(step: StepSpec, workflow: Workflow): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const { model } = step.config;
  // A model chosen by an expression is priced when the step runs.
  if (typeof model === 'string' && !EXPRESSION.test(model) && !priceOf(model.trim(), workflow)) {
    problems.push(
      diagnosticAt(rangeOf(step, workflow, 'model'), noPriceMessage(model.trim(), 'its calls')),
    );
  }
  problems.push(...outputSchemaDiagnostics(step, workflow));
  return problems;
}

/** Where the field was written: in the step, or in `defaults.llm`. */
function rangeOf(step: StepSpec, workflow: Workflow, field: string): SourceRange {
  return workflow.positionOf(configPointer(step, field));
}

async function runLlmStep(ctx: StepContext): Promise<StepOutcome> {
  const stepId = ctx.step.id;
  const failed = (error: string, outputs: JsonObject = {}): StepOutcome => ({
    status: 'failed',
    outputs,
    error,
  });

  const llm = ctx.services.llm;
  if (!llm)
    throw new EnvironmentError('it needs an OpenAI-compatible API and no key is set', 'model_api');
  const parsed = chatRequestOf(stepId, ctx.config);
  if (!parsed.ok) return failed(parsed.error);
  let request = parsed.request;
  const price = priceOf(request.model, ctx.run.workflow);
  if (!price) return failed(noPriceMessage(request.model, 'its calls'));

  // The request carries the strict form of the schema; the answer is read against the user's own.
  let output: StructuredOutput | undefined;
  if (request.json_schema) {
    const prepared = structuredOutput(
      request.json_schema.name,
      request.json_schema.schema,
      'llm.output_schema',
    );
    if (!prepared.ok) return failed(prepared.error);
    output = prepared.output;
    request = { ...request, json_schema: output.format };
  }
  if (request.temperature !== undefined && !modelParameters(request.model).temperature) {
    ctx.log.warn(`${request.model} takes no temperature; sending the call without it`);
  }

  // Token counting and its rank tables (megabytes) load with the first call, not at start-up.
  const [{ estimateLlmCall, inputLimitTokens }, { countAhead }] = await Promise.all([
    import('../cost/estimate.js'),
    import('../cost/tokens.js'),
  ]);
  // A megabyte of step output in the prompt is counted in slices; a cancel stops it here.
  await countAhead(request.model, request.messages, ctx.signal);
  const estimate = estimateLlmCall(request, price);
  // Refused before anything is reserved: a call that cannot fit its model would be refused by
  // the server, and this limit is what bounds the plan's worst case of a templated prompt.
  const limit = inputLimitTokens(price, request.max_tokens);
  if (estimate.input.tokens > limit) {
    return failed(
      `its input of up to ${estimate.input.tokens} tokens does not fit ${request.model}'s context window of ${limit + request.max_tokens} tokens less max_tokens ${request.max_tokens}; shorten what the prompt brings in, or set the model's context_window under models:`,
    );
  }
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
    // The endpoint down (after the SDK's retries) is wflo's environment, not the step's answer.
    if (isOutage(error))
      return {
        ...failed(error.message, costOutputs(meter.chargedMicros)),
        costMicros: meter.chargedMicros,
        environment: 'model_api',
      };
    return {
      ...failed(messageOf(error), costOutputs(meter.chargedMicros)),
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
  if (result.finish_reason === 'content_filter')
    return done('failed', contentFiltered(result.model));
  if (output) {
    const answer = output.read(result.text, {
      finish: result.finish_reason,
      maxTokens: request.max_tokens,
    });
    if (!answer.ok) return done('failed', `${result.model} answered ${answer.why}`);
    outputs.json = answer.value;
  } else if (result.finish_reason === 'length') {
    ctx.log.warn(`the reply was cut at max_tokens (${request.max_tokens})`);
  }
  return done('succeeded');
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
  // The full account once; a second step refused by the same budget says what differs.
  if (d.refusedBefore > 0)
    return (
      `step '${d.stepId}' did not call ${model}: its reservation of ${formatMicros(d.requestedMicros)} ` +
      `does not fit the ${formatMicros(d.leftMicros)} left of ${whose} either`
    );
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

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
