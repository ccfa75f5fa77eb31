// The plan's worst case is a true upper bound (issue #14 Deliver 5: plan said $0.003534 under
// a $0.0036 budget, and the run exited 3). A law: for any llm step and any inputs, every
// reservation the engine makes for the step is at most the plan's worst case for it — also
// when the prompt is templated and the inputs are long (the kind refuses a call that does not
// fit its model's window, and that window bounds the plan).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChatCallOptions, ChatRequest, ChatResult, LlmClient } from '../src/llm/client.js';
import { planOf } from '../src/report/plan.js';
import { llmKind } from '../src/steps/llm.js';
import type { InputSpec, ModelPrice } from '../src/workflow/model.js';
import { makeWorkflow, runWith, services } from './support/engine-fixtures.js';

/** Keeps the whole hold of every attempt, so what is spent is exactly what was reserved. */
function keepingClient(reserved: number[]): LlmClient {
  return {
    chat(_request: ChatRequest, options?: ChatCallOptions): Promise<ChatResult> {
      options?.beforeAttempt?.(1).keep();
      reserved.push(1);
      return Promise.resolve({
        id: 'c1',
        model: 'm',
        text: 'ok',
        refusal: null,
        finish_reason: 'stop',
        tool_calls: [],
        attempts: 1,
      });
    },
  };
}

const MODELS: Record<string, ModelPrice> = {
  // No tokenizer is known: bounded by bytes. A small window, so long inputs pass it.
  'own-small': {
    inputPerMtokMicros: 3_000_000,
    outputPerMtokMicros: 9_000_000,
    contextTokens: 4_096,
  },
  'own-large': { inputPerMtokMicros: 150_000, outputPerMtokMicros: 600_000 },
};

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.integer({ min: 0, max: 20_000 }).map((n) => 'lorem ipsum '.repeat(n)),
  fc.integer({ min: 0, max: 30_000 }).map((n) => 'x'.repeat(n)),
);

const stepCase = fc.record({
  model: fc.constantFrom('gpt-4o-mini', 'gpt-4o', 'own-small', 'own-large'),
  maxTokens: fc.integer({ min: 1, max: 3_000 }),
  pieces: fc.array(
    fc.oneof(
      fc.string({ maxLength: 30 }).map((s) => ({ literal: s.replace(/\$\{\{/g, '') })),
      fc.constantFrom({ input: 'a' }, { input: 'b' }),
    ),
    { minLength: 1, maxLength: 5 },
  ),
  system: fc.option(fc.constantFrom('You review code.', '${{ inputs.b }}'), { nil: undefined }),
  a: text,
  b: text,
});

describe('the plan bounds the run', () => {
  it('every reservation of an llm step is at most its planned worst case', async () => {
    await fc.assert(
      fc.asyncProperty(stepCase, async (c) => {
        const prompt = c.pieces
          .map((p) => ('literal' in p ? p.literal : `\${{ inputs.${p.input} }}`))
          .join(' ');
        const inputs: Record<string, InputSpec> = {
          a: { type: 'string', required: false, default: '' },
          b: { type: 'string', required: false, default: '' },
        };
        const workflow = makeWorkflow(
          [
            {
              id: 'ask',
              kind: 'llm',
              config: {
                model: c.model,
                prompt: prompt.trim() === '' ? 'hi' : prompt,
                max_tokens: c.maxTokens,
                ...(c.system === undefined ? {} : { system: c.system }),
              },
            },
          ],
          { models: MODELS, inputs },
        );
        const registry = new Map([[llmKind.kind, llmKind]]);
        const plan = await planOf(workflow, registry);
        const planned = plan.steps[0]?.worstCaseMicros;
        expect(planned).toBeDefined();
        const calls: number[] = [];
        const result = await runWith(workflow, [llmKind], {
          inputs: { a: c.a, b: c.b },
          services: { ...services(), llm: keepingClient(calls) },
        });
        // Every hold was kept in full, so the spend is the sum of the reservations made.
        expect(result.costMicros).toBeLessThanOrEqual(planned ?? -1);
        if (calls.length === 0) expect(result.steps[0]?.error).toMatch(/context window/);
      }),
      { numRuns: 60, seed: 14_005 },
    );
  }, 120_000);

  it('marks a templated step with what it grows with and says when the run may pass its budget', async () => {
    const workflow = makeWorkflow(
      [
        {
          id: 'ask',
          kind: 'llm',
          config: {
            model: 'gpt-4o-mini',
            prompt: 'Summarise: ${{ inputs.a }}',
            max_tokens: 200,
          },
        },
      ],
      {
        inputs: { a: { type: 'string', required: false, default: '' } },
        budget: { maxMicros: 3_600, warnAt: [] },
      },
    );
    const { renderPlanText } = await import('../src/report/plan.js');
    const text = renderPlanText(await planOf(workflow, new Map([[llmKind.kind, llmKind]])));
    expect(text).toMatch(/ask\s+llm\s+–\s+\$0\.0\d+ \(templated\)/);
    expect(text).toContain(
      "ask: templated, grows with ${{ inputs.a }}; bounded by its model's context window less max_tokens",
    );
    expect(text).toMatch(
      /the run's worst case \$0\.\d+ is above its budget of \$0\.0036: it may stop at budget_exceeded \(exit 3\) before its last call/,
    );
  });
});
