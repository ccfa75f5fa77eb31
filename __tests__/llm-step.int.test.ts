// The `llm` kind end to end: llmKind.run → the real openai client → the local fake server.
import { parseWorkflow } from '../src/workflow/load.js';
import { formatDiagnostic, WorkflowError } from '../src/workflow/errors.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { estimateLlmCall } from '../src/cost/estimate.js';
import { createLedger, type BudgetLedger } from '../src/cost/ledger.js';
import { formatMicros } from '../src/common/money.js';
import { priceOf } from '../src/cost/prices.js';
import { StepTimeoutError, type StepContext } from '../src/engine/types.js';
import { chatRequestOf } from '../src/llm/step-config.js';
import { llmKind } from '../src/steps/llm.js';
import type { JsonObject, ModelPrice } from '../src/workflow/model.js';
import {
  completion,
  rateLimited,
  serverError,
  startFakeOpenAi,
  type FakeOpenAi,
} from './support/fake-openai.js';
import { stepContext } from './support/step-context.js';

let fake: FakeOpenAi;
beforeEach(async () => {
  fake = await startFakeOpenAi();
});
afterEach(async () => {
  await fake.close();
});

interface Harness {
  ctx: StepContext;
  warnings: string[];
}

function harness(
  id: string,
  config: JsonObject,
  options: { ledger?: BudgetLedger; models?: Record<string, ModelPrice>; llm?: boolean } = {},
): Harness {
  const warnings: string[] = [];
  const ctx = stepContext({
    id,
    config,
    models: options.models,
    ledger: options.ledger,
    llm: options.llm === false ? undefined : fake,
    log: { warn: (m) => void warnings.push(m) },
  });
  return { ctx, warnings };
}

const SCHEMA = {
  type: 'object',
  required: ['diff', 'why'],
  properties: { diff: { type: 'string' }, why: { type: 'string' } },
  additionalProperties: false,
};

function reservationOf(
  id: string,
  config: JsonObject,
  models: Record<string, ModelPrice> = {},
): number {
  const parsed = chatRequestOf(id, config);
  const price = parsed.ok ? priceOf(parsed.request.model, { models }) : undefined;
  if (!parsed.ok || !price) throw new Error('cannot estimate');
  return estimateLlmCall(parsed.request, price).reservationMicros;
}

describe('the llm step', () => {
  it('answers with text, model, finish reason, usage and its exact cost', async () => {
    fake.enqueue(
      completion({
        content: 'Patch: none needed.',
        model: 'gpt-4o-mini-2024-07-18',
        usage: {
          prompt_tokens: 1000,
          completion_tokens: 500,
          cached_tokens: 400,
          reasoning_tokens: 200,
        },
      }),
    );
    const ledger = createLedger({ budgetMicros: 1_000_000 });
    const { ctx } = harness(
      'diagnose',
      {
        model: 'gpt-4o-mini',
        system: 'Be careful.',
        prompt: 'Fix it.',
        max_tokens: 600,
        temperature: 0,
      },
      { ledger },
    );
    const outcome = await llmKind.run(ctx);
    expect(outcome.status).toBe('succeeded');
    // 600 × $0.15/M + 400 × $0.075/M + 500 × $0.60/M = $0.00042.
    expect(outcome.outputs).toEqual({
      text: 'Patch: none needed.',
      json: null,
      model: 'gpt-4o-mini-2024-07-18',
      finish_reason: 'stop',
      usage: {
        input_tokens: 1000,
        cached_input_tokens: 400,
        output_tokens: 500,
        reasoning_tokens: 200,
      },
      cost_usd: 0.00042,
    });
    expect(outcome.costMicros).toBe(420);
    expect(outcome.usage).toEqual({
      input_tokens: 1000,
      cached_input_tokens: 400,
      output_tokens: 500,
      reasoning_tokens: 200,
    });
    expect(ledger.spentMicros()).toBe(420);
    expect(ledger.reservedMicros()).toBe(0);
    expect(fake.requests[0]?.body).toMatchObject({
      messages: [
        { role: 'system', content: 'Be careful.' },
        { role: 'user', content: 'Fix it.' },
      ],
      max_tokens: 600,
      temperature: 0,
    });
  });

  it('exposes structured output, re-validated, as outputs.json', async () => {
    fake.enqueue(completion({ content: '{"diff":"--- a\\n+++ b","why":"off by one"}' }));
    const { ctx } = harness('diagnose', {
      model: 'gpt-4o-mini',
      prompt: 'Fix it.',
      output_schema: SCHEMA,
    });
    const outcome = await llmKind.run(ctx);
    expect(outcome.status).toBe('succeeded');
    expect(outcome.outputs.json).toEqual({ diff: '--- a\n+++ b', why: 'off by one' });
    expect(fake.requests[0]?.body).toMatchObject({
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'diagnose', schema: SCHEMA, strict: true },
      },
    });
  });

  it('sends an optional field as required and nullable, and drops the null from outputs.json', async () => {
    // docs/structured-output.md's example: `risk` is optional, no additionalProperties given.
    const schema = {
      type: 'object',
      required: ['summary'],
      properties: { summary: { type: 'string' }, risk: { enum: ['low', 'high'] } },
    };
    fake.enqueue(completion({ content: '{"summary":"fixed","risk":null}' }));
    const { ctx } = harness('diagnose', {
      model: 'gpt-4o-mini',
      prompt: 'Fix it.',
      output_schema: schema,
    });
    const outcome = await llmKind.run(ctx);
    expect(outcome.error).toBeUndefined();
    expect(outcome.status).toBe('succeeded');
    expect(outcome.outputs.json).toEqual({ summary: 'fixed' });
    expect(outcome.outputs.text).toBe('{"summary":"fixed","risk":null}');
    // The fake answers 400 to a schema strict mode refuses, as the API does; this one it took.
    expect(fake.requests[0]?.body).toMatchObject({
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'diagnose',
          strict: true,
          schema: {
            type: 'object',
            additionalProperties: false,
            required: ['summary', 'risk'],
            properties: {
              summary: { type: 'string' },
              risk: { anyOf: [{ enum: ['low', 'high'] }, { type: 'null' }] },
            },
          },
        },
      },
    });
  });

  it('fails, naming the keyword, before calling when a rendered schema has one strict mode refuses', async () => {
    const { ctx } = harness('diagnose', {
      model: 'gpt-4o-mini',
      prompt: 'Fix it.',
      output_schema: { type: 'object', properties: { a: { type: 'string', maxLength: 9 } } },
    });
    const outcome = await llmKind.run(ctx);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe(
      "llm.output_schema at properties.a.maxLength: 'maxLength' is not supported by OpenAI's strict structured output; describe the length in description",
    );
    expect(fake.requests).toHaveLength(0);
  });

  it('fails, and still charges, when the content filter withheld the answer', async () => {
    fake.enqueue(completion({ content: '', finish_reason: 'content_filter' }));
    const ledger = createLedger();
    const { ctx } = harness('diagnose', { model: 'gpt-4o-mini', prompt: 'Fix it.' }, { ledger });
    const outcome = await llmKind.run(ctx);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe(
      "gpt-4o-mini-2024-07-18's answer was withheld by the provider's content filter (finish_reason content_filter); change the prompt or the input it quotes",
    );
    expect(outcome.outputs.finish_reason).toBe('content_filter');
    expect(outcome.costMicros).toBeGreaterThan(0);
    expect(ledger.spentMicros()).toBe(outcome.costMicros);
  });

  it('fails clearly, and still charges, when the model refuses under structured output', async () => {
    fake.enqueue(completion({ content: null, refusal: "I'm sorry, I can't assist with that." }));
    const ledger = createLedger();
    const { ctx } = harness(
      'diagnose',
      { model: 'gpt-4o-mini', prompt: 'Fix it.', output_schema: SCHEMA },
      { ledger },
    );
    const outcome = await llmKind.run(ctx);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe(
      "gpt-4o-mini-2024-07-18 refused to answer: I'm sorry, I can't assist with that.",
    );
    expect(outcome.costMicros).toBeGreaterThan(0);
    expect(ledger.spentMicros()).toBe(outcome.costMicros);
  });

  it('fails when structured output is not JSON, saying the reply was cut at max_tokens', async () => {
    fake.enqueue(completion({ content: '{"diff": "--- a', finish_reason: 'length' }));
    const { ctx } = harness('diagnose', {
      model: 'gpt-4o-mini',
      prompt: 'Fix it.',
      output_schema: SCHEMA,
      max_tokens: 5,
    });
    const outcome = await llmKind.run(ctx);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toContain('is not JSON (the reply was cut at max_tokens 5)');
    expect(outcome.outputs.text).toBe('{"diff": "--- a');
  });

  it('fails when the JSON does not match output_schema', async () => {
    fake.enqueue(completion({ content: '{"diff":"x"}' }));
    const { ctx } = harness('diagnose', {
      model: 'gpt-4o-mini',
      prompt: 'Fix it.',
      output_schema: SCHEMA,
    });
    const outcome = await llmKind.run(ctx);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toContain(
      "does not match llm.output_schema: / must have required property 'why'",
    );
  });

  it('charges only the attempt that was answered after a 429', async () => {
    fake.enqueue(
      rateLimited(0),
      completion({ usage: { prompt_tokens: 100, completion_tokens: 100 } }),
    );
    const ledger = createLedger({ budgetMicros: 1_000_000 });
    const { ctx } = harness('diagnose', { model: 'gpt-4o-mini', prompt: 'Fix it.' }, { ledger });
    const outcome = await llmKind.run(ctx);
    expect(fake.requests).toHaveLength(2);
    // 100 × 0.15 + 100 × 0.60 = 75 micro-dollars; the 429 cost nothing.
    expect(outcome.costMicros).toBe(75);
    expect(ledger.spentMicros()).toBe(75);
  });

  it('charges a 5xx attempt its whole reservation, since its cost is unknown', async () => {
    const config = { model: 'gpt-4o-mini', prompt: 'Fix it.', max_tokens: 100 };
    fake.enqueue(
      serverError(503, { 'retry-after-ms': '5' }),
      completion({ usage: { prompt_tokens: 100, completion_tokens: 100 } }),
    );
    const ledger = createLedger({ budgetMicros: 1_000_000 });
    const outcome = await llmKind.run(harness('diagnose', config, { ledger }).ctx);
    expect(outcome.costMicros).toBe(reservationOf('diagnose', config) + 75);
    expect(ledger.spentMicros()).toBe(outcome.costMicros);
    expect(outcome.outputs.cost_usd).toBe((reservationOf('diagnose', config) + 75) / 1e6);
  });

  it('never calls when the reservation does not fit, and says what was spent, the budget, the step and the reservation', async () => {
    const models = {
      'my-model': { inputPerMtokMicros: 1_000_000, outputPerMtokMicros: 2_000_000 },
    };
    const config = { model: 'my-model', prompt: 'Fix it.', max_tokens: 1000 };
    const reservation = reservationOf('diagnose', config, models);
    const ledger = createLedger({ budgetMicros: 100_000 });
    ledger.reserve('earlier', 99_000, 'earlier call').settle(98_500);
    const outcome = await llmKind.run(harness('diagnose', config, { ledger, models }).ctx);
    expect(outcome.status).toBe('budget_exceeded');
    expect(fake.requests).toHaveLength(0);
    expect(outcome.error).toBe(
      `step 'diagnose' did not call my-model: its reservation of ${formatMicros(reservation)} ` +
        `(${reservation - 2000} input tokens at most, 1000 output tokens at most) ` +
        `does not fit the run's budget of $0.10, of which $0.0985 is spent`,
    );
    expect(ledger.spentMicros()).toBe(98_500);
  });

  it('names the step budget when that is the limit that refused', async () => {
    const ledger = createLedger({ budgetMicros: 10_000_000 });
    ledger.setStepBudget('diagnose', 10);
    const outcome = await llmKind.run(
      harness('diagnose', { model: 'gpt-4o', prompt: 'Fix it.' }, { ledger }).ctx,
    );
    expect(outcome.status).toBe('budget_exceeded');
    expect(outcome.error).toContain("does not fit the step's budget of $0.00001");
    expect(fake.requests).toHaveLength(0);
  });

  it('warns and drops temperature for a reasoning model', async () => {
    fake.enqueue(completion({ model: 'o3-mini' }));
    const { ctx, warnings } = harness('think', { model: 'o3-mini', prompt: 'x', temperature: 0.2 });
    await llmKind.run(ctx);
    expect(warnings).toEqual(['o3-mini takes no temperature; sending the call without it']);
    expect(fake.requests[0]?.body).not.toHaveProperty('temperature');
  });

  it('sends a messages list as given, after the system message', async () => {
    fake.enqueue(completion());
    const messages = [
      { role: 'user', content: 'What failed?' },
      { role: 'assistant', content: 'test_parse' },
      { role: 'user', content: 'Why?' },
    ];
    const outcome = await llmKind.run(
      harness('chat', { model: 'gpt-4o-mini', system: 'sys', messages }).ctx,
    );
    expect(outcome.status).toBe('succeeded');
    expect(fake.requests[0]?.body.messages).toEqual([
      { role: 'system', content: 'sys' },
      ...messages,
    ]);
  });

  it('leaves a step timeout to the scheduler, keeping the hold of the call in flight', async () => {
    fake.enqueue({ type: 'hang' });
    const ledger = createLedger({ budgetMicros: 1_000_000 });
    const config = { model: 'gpt-4o-mini', prompt: 'Fix it.' };
    const { ctx } = harness('diagnose', config, { ledger });
    const controller = new AbortController();
    const timeout = new StepTimeoutError(100);
    setTimeout(() => controller.abort(timeout), 100);
    const error = await llmKind.run({ ...ctx, signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBe(timeout);
    expect(ledger.spentMicros()).toBe(reservationOf('diagnose', config));
    expect(ledger.reservedMicros()).toBe(0);
  });

  it('charges what the server billed even above the reservation, and warns', async () => {
    fake.enqueue(completion({ usage: { prompt_tokens: 5_000_000, completion_tokens: 10 } }));
    const ledger = createLedger();
    const { ctx, warnings } = harness(
      'diagnose',
      { model: 'gpt-4o-mini', prompt: 'x' },
      { ledger },
    );
    const outcome = await llmKind.run(ctx);
    // 5M × $0.15/M + 10 × $0.60/M = $0.750006.
    expect(outcome.costMicros).toBe(750_006);
    expect(ledger.spentMicros()).toBe(750_006);
    // Recorded as an overage: the report's overage_usd and the summary's warning add these up.
    const reserved = ledger.overages()[0]?.reservedMicros ?? 0;
    expect(ledger.overages()).toEqual([
      {
        stepId: 'diagnose',
        label: expect.any(String),
        reservedMicros: reserved,
        chargedMicros: 750_006,
      },
    ]);
    expect(ledger.overageMicros()).toBe(750_006 - reserved);
    expect(reserved).toBeGreaterThan(0);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^llm step 'diagnose' \(gpt-4o-mini, call attempt 1\) cost \$0\.750006, above its reservation of \$0\.\d+$/,
      ),
    ]);
  });

  it('is an environment failure when no client is given (the edge says how to configure it)', async () => {
    await expect(
      llmKind.run(harness('diagnose', { model: 'gpt-4o', prompt: 'x' }, { llm: false }).ctx),
    ).rejects.toMatchObject({
      name: 'EnvironmentError',
      service: 'model_api',
      message: 'it needs an OpenAI-compatible API and no key is set',
    });
  });

  it('fails before calling when a rendered model has no price', async () => {
    const outcome = await llmKind.run(
      harness('diagnose', { model: 'nobody-knows', prompt: 'x' }).ctx,
    );
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toContain("model 'nobody-knows' has no known price");
    expect(fake.requests).toHaveLength(0);
  });
});

describe('validating an llm step', () => {
  const registry = new Map([['llm', llmKind]]);
  const messages = (source: string) => {
    try {
      parseWorkflow(source, '.wflo/fix.yml', { registry });
      return [];
    } catch (error) {
      if (error instanceof WorkflowError) return error.diagnostics.map(formatDiagnostic);
      throw error;
    }
  };
  const hint = (model: string) =>
    `model '${model}' has no known price, so its calls cannot be budgeted; give one in USD per million tokens ` +
    `at the top level of the workflow: models: { "${model}": { input_per_mtok: 0.50, output_per_mtok: 1.50 } }`;

  it('points at the model of a step no price table knows and shows how to add one', () => {
    const source = [
      'version: 1',
      'steps:',
      '  - id: diagnose',
      '    llm:',
      '      model: my-llama',
      '      prompt: x',
    ].join('\n');
    expect(messages(source)).toEqual([`.wflo/fix.yml:5:14: ${hint('my-llama')}`]);
  });

  it('points at each output_schema keyword strict mode refuses, at its own line and column', () => {
    const source = [
      'version: 1',
      'steps:',
      '  - id: diagnose',
      '    llm:',
      '      model: gpt-4o-mini',
      '      prompt: x',
      '      output_schema:',
      '        type: object',
      '        properties:',
      '          name: { type: string, minLength: 1 }',
      '          tags:',
      '            type: array',
      '            items: { type: string }',
      '            uniqueItems: true',
      '        additionalProperties: true',
    ].join('\n');
    expect(messages(source)).toEqual([
      ".wflo/fix.yml:10:33: 'minLength' is not supported by OpenAI's strict structured output; describe the length in description",
      ".wflo/fix.yml:14:13: 'uniqueItems' is not supported by OpenAI's strict structured output; say so in description",
      '.wflo/fix.yml:15:9: strict structured output needs every object closed: set additionalProperties: false (or remove it) and list the properties',
    ]);
  });

  it('accepts optional fields, a developer message and a schema left to be rendered', () => {
    const source = (schema: string) =>
      [
        'version: 1',
        'steps:',
        '  - id: diagnose',
        '    llm:',
        '      model: gpt-4o-mini',
        '      messages:',
        '        - { role: developer, content: Answer in JSON. }',
        '        - { role: user, content: x }',
        `      output_schema: ${schema}`,
      ].join('\n');
    expect(
      messages(
        source(
          '{ type: object, required: [a], properties: { a: { type: string }, b: { type: integer } } }',
        ),
      ),
    ).toEqual([]);
    expect(messages(source("{ type: object, properties: { a: '${{ github.sha }}' } }"))).toEqual(
      [],
    );
  });

  it('points at defaults.llm when the unpriced model comes from there', () => {
    const source = [
      'version: 1',
      'defaults:',
      '  llm: { model: my-llama }',
      'steps:',
      '  - id: diagnose',
      '    llm:',
      '      prompt: x',
    ].join('\n');
    expect(messages(source)).toEqual([`.wflo/fix.yml:3:17: ${hint('my-llama')}`]);
  });

  it('accepts a model priced by the table or by models:, and one chosen by an expression', () => {
    const step = (model: string) => [
      'steps:',
      '  - id: a',
      '    llm:',
      `      model: "${model}"`,
      '      prompt: x',
    ];
    expect(messages(['version: 1', ...step('gpt-4o-mini')].join('\n'))).toEqual([]);
    expect(
      messages(
        [
          'version: 1',
          'models:',
          '  my-llama: { input_per_mtok: 1, output_per_mtok: 1 }',
          ...step('my-llama'),
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(
      messages(
        [
          'version: 1',
          'inputs:',
          '  model: { type: string, default: gpt-4o }',
          ...step('${{ inputs.model }}'),
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
