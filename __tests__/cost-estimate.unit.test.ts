import { describe, expect, it } from 'vitest';
import { estimateLlmCall, estimateLlmStep } from '../src/cost/estimate.js';
import { worstCaseOf } from '../src/report/plan.js';
import { builtinKinds } from '../src/steps/index.js';

const stepWorstCase = (step: StepSpec, wf: Workflow) => worstCaseOf(step, wf, builtinKinds());
import { priceOf, type Price } from '../src/cost/prices.js';
import { inputTokenBound } from '../src/cost/tokens.js';
import type { ChatMessage } from '../src/llm/client.js';
import { toStrictSchema } from '../src/llm/strict-schema.js';
import type { JsonObject, ModelPrice, StepSpec, Workflow } from '../src/workflow/model.js';
import { makeWorkflow } from './support/engine-fixtures.js';
import { stepContext } from './support/step-context.js';

function workflow(models: Record<string, ModelPrice> = {}): Workflow {
  return makeWorkflow([], { models });
}

function step(config: JsonObject): StepSpec {
  return stepContext({ id: 'diagnose', config }).step;
}

const PRIVATE = { 'my-model': { inputPerMtokMicros: 1_000_000, outputPerMtokMicros: 2_000_000 } };

function priced(model: string, models: Record<string, ModelPrice> = {}): Price {
  const price = priceOf(model, { models });
  if (!price) throw new Error(`no price for ${model}`);
  return price;
}

describe('the reservation of an llm call', () => {
  it('is input bound × input price + max_tokens × output price', () => {
    const messages: ChatMessage[] = [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Summarise the diff.' },
    ];
    const bound = inputTokenBound('my-model', messages).tokens;
    const estimate = estimateLlmCall(
      { model: 'my-model', messages, max_tokens: 500 },
      priced('my-model', PRIVATE),
    );
    // $1/M in and $2/M out: one micro-dollar per input token, two per output token.
    expect(estimate.reservationMicros).toBe(bound + 2 * 500);
    expect(estimate.input.method).toBe('bytes');
    expect(estimate.maxOutputTokens).toBe(500);
  });

  it('rounds a fractional worst case up to the next micro-dollar', () => {
    const messages: ChatMessage[] = [{ role: 'user', content: 'hi' }];
    const price = priced('gpt-4o-mini');
    const estimate = estimateLlmCall({ model: 'gpt-4o-mini', messages, max_tokens: 1 }, price);
    // (tokens × 0.15 + 1 × 0.60) micro-dollars, rounded up.
    expect(estimate.reservationMicros).toBe(
      Math.ceil((estimate.input.tokens * 150_000 + 600_000) / 1_000_000),
    );
  });

  it('prices the whole worst case at a long-context tier once the input bound can reach it', () => {
    const price = priced('gpt-5.4');
    const small = estimateLlmCall(
      { model: 'gpt-5.4', messages: [{ role: 'user', content: 'hi' }], max_tokens: 1000 },
      price,
    );
    expect(small.reservationMicros).toBe(
      Math.ceil((small.input.tokens * 2_500_000 + 1000 * 15_000_000) / 1_000_000),
    );
    const long = 'token '.repeat(300_000);
    const big = estimateLlmCall(
      { model: 'gpt-5.4', messages: [{ role: 'user', content: long }], max_tokens: 1000 },
      price,
    );
    expect(big.input.tokens).toBeGreaterThan(271_999);
    expect(big.reservationMicros).toBe(
      Math.ceil((big.input.tokens * 5_000_000 + 1000 * 22_500_000) / 1_000_000),
    );
  });

  it('counts the output schema into the input bound', () => {
    const messages: ChatMessage[] = [{ role: 'user', content: 'x' }];
    const schema = { type: 'object', properties: { why: { type: 'string' } } };
    const price = priced('my-model', PRIVATE);
    const plain = estimateLlmCall({ model: 'my-model', messages, max_tokens: 10 }, price);
    const structured = estimateLlmCall(
      { model: 'my-model', messages, max_tokens: 10, json_schema: { name: 's', schema } },
      price,
    );
    expect(structured.reservationMicros - plain.reservationMicros).toBe(
      JSON.stringify(schema).length + 64,
    );
  });
});

describe('the worst case of a step, for wflo plan', () => {
  it('estimates a step as written, defaulting max_tokens to 1024', () => {
    const result = estimateLlmStep(
      step({ model: 'my-model', prompt: 'Say hi.' }),
      workflow(PRIVATE),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.templated).toBe(false);
    expect(result.estimate.maxOutputTokens).toBe(1024);
    expect(result.estimate.reservationMicros).toBe(result.estimate.input.tokens + 2 * 1024);
  });

  it('bounds the strict form of output_schema, the one the call carries', () => {
    const schema: JsonObject = {
      type: 'object',
      required: ['a'],
      properties: { a: { type: 'string' }, b: { type: 'string' } },
    };
    const result = estimateLlmStep(
      step({ model: 'my-model', prompt: 'Say hi.', output_schema: schema }),
      workflow(PRIVATE),
    );
    if (!result.ok) throw new Error(result.reason);
    const strict = toStrictSchema(schema);
    if (!strict.ok) throw new Error('not strict');
    const call = (s: JsonObject) =>
      estimateLlmCall(
        {
          model: 'my-model',
          messages: [{ role: 'user', content: 'Say hi.' }],
          max_tokens: 1024,
          json_schema: { name: 'diagnose', schema: s },
        },
        priced('my-model', PRIVATE),
      ).reservationMicros;
    expect(result.estimate.reservationMicros).toBe(call(strict.schema));
    expect(call(strict.schema)).toBeGreaterThan(call(schema));
  });

  it('flags a prompt whose expressions are expanded only at run time', () => {
    const result = estimateLlmStep(
      step({ model: 'my-model', prompt: 'Failed: ${{ steps.tests.outputs.stdout }}' }),
      workflow(PRIVATE),
    );
    expect(result.ok && result.templated).toBe(true);
  });

  it('says why it cannot price a model chosen by an expression or missing from every table', () => {
    const chosen = estimateLlmStep(step({ model: '${{ inputs.model }}', prompt: 'x' }), workflow());
    expect(chosen).toMatchObject({ ok: false, reason: expect.stringContaining('expression') });
    const unknown = estimateLlmStep(step({ model: 'nobody-knows', prompt: 'x' }), workflow());
    expect(unknown).toMatchObject({
      ok: false,
      reason: "no price is known for model 'nobody-knows'",
    });
  });

  it('gives plan the reservation of llm steps, why it cannot, and nothing for other kinds', async () => {
    const llm = step({ model: 'my-model', prompt: 'Say hi.', max_tokens: 10 });
    const result = estimateLlmStep(llm, workflow(PRIVATE));
    expect(await stepWorstCase(llm, workflow(PRIVATE))).toBe(
      result.ok ? result.estimate.reservationMicros : -1,
    );
    expect(
      await stepWorstCase({ ...llm, kind: 'shell', config: { run: 'true' } }, workflow(PRIVATE)),
    ).toBeUndefined();
    expect(await stepWorstCase(step({ model: 'nobody-knows', prompt: 'x' }), workflow())).toEqual({
      reason: "no price is known for model 'nobody-knows'",
    });
  });
});
