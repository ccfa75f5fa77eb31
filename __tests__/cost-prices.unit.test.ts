import { calcPrice } from '@pydantic/genai-prices';
import { describe, expect, it } from 'vitest';
import { costMicros, microsOf, priceOf, rateAt } from '../src/cost/prices.js';
import type { Usage } from '../src/llm/usage.js';
import type { ModelPrice } from '../src/workflow/model.js';

const usage = (input: number, cached: number, output: number, reasoning: number): Usage => ({
  input_tokens: input,
  cached_input_tokens: cached,
  output_tokens: output,
  reasoning_tokens: reasoning,
});

const withModels = (models: Record<string, ModelPrice>) => ({ models });

/** The price table's own figure for the same usage, in (fractional) micro-dollars. */
function tableMicros(model: string, u: Usage, at?: Date): number {
  const result = calcPrice(
    {
      input_tokens: u.input_tokens,
      cache_read_tokens: u.cached_input_tokens,
      output_tokens: u.output_tokens,
      output_reasoning_tokens: u.reasoning_tokens,
    },
    model,
    { providerId: 'openai', ...(at ? { timestamp: at } : {}) },
  );
  if (!result) throw new Error(`the table has no ${model}`);
  return result.total_price * 1_000_000;
}

describe('prices from the bundled table', () => {
  it('reads gpt-4o-mini as whole micro-dollars per million tokens, cached input included', () => {
    const price = priceOf('gpt-4o-mini');
    expect(price?.source).toBe('genai-prices');
    expect(price?.pricedBy).toBe('openai:gpt-4o-mini');
    expect(price?.input.baseMicros).toBe(150_000);
    expect(price?.cachedInput.baseMicros).toBe(75_000);
    expect(price?.output.baseMicros).toBe(600_000);
    expect(price?.reasoning.baseMicros).toBe(600_000);
  });

  it('prices cached and reasoning tokens exactly: 600 fresh + 400 cached in, 500 out of which 200 reasoning', () => {
    const price = priceOf('gpt-4o-mini');
    if (!price) throw new Error('no price');
    // 600×0.15 + 400×0.075 + 500×0.60 micro-dollars = 90 + 30 + 300.
    expect(costMicros(price, usage(1000, 400, 500, 200))).toBe(420);
  });

  it.each([
    ['gpt-4o-mini', usage(12_345, 6_789, 2_222, 0)],
    ['gpt-4o-2024-08-06', usage(98_765, 43_210, 4_321, 0)],
    ['o3-mini', usage(5_001, 1_024, 9_999, 8_000)],
    ['gpt-5', usage(200_003, 150_000, 33_333, 30_000)],
    ['gpt-4.1', usage(1, 0, 1, 0)],
    ['gpt-3.5-turbo', usage(777, 0, 333, 0)],
  ])('charges %s the table’s own figure rounded up to the micro-dollar', (model, u) => {
    const price = priceOf(model);
    if (!price) throw new Error(`no price for ${model}`);
    const ours = costMicros(price, u);
    const theirs = tableMicros(model, u);
    expect(Number.isSafeInteger(ours)).toBe(true);
    expect(ours).toBeGreaterThanOrEqual(theirs - 1e-6);
    expect(ours).toBeLessThan(theirs + 1);
  });

  it('switches a long-context tier for the whole call once its input passes the tier, as the table does', () => {
    const price = priceOf('gpt-5.4');
    if (!price) throw new Error('no price');
    expect(price.input.tiers).toEqual([{ aboveInputTokens: 271_999, micros: 5_000_000 }]);
    expect(rateAt(price.input, 271_999)).toBe(2_500_000);
    expect(rateAt(price.input, 272_000)).toBe(5_000_000);
    for (const u of [
      usage(271_999, 1_000, 1_000, 500),
      usage(272_000, 1_000, 1_000, 500),
      usage(400_000, 0, 10, 0),
    ]) {
      const ours = costMicros(price, u);
      const theirs = tableMicros('gpt-5.4', u);
      expect(ours).toBeGreaterThanOrEqual(theirs - 1e-6);
      expect(ours).toBeLessThan(theirs + 1);
    }
    // 272000 tokens at $5/M + 1000 out at $22.5/M = 1.36 + 0.0225 USD.
    expect(costMicros(price, usage(272_000, 0, 1_000, 0))).toBe(1_382_500);
  });

  it('uses the price in force on the given date', () => {
    expect(priceOf('o3', undefined, new Date('2025-05-01'))?.input.baseMicros).toBe(10_000_000);
    expect(priceOf('o3', undefined, new Date('2025-07-01'))?.input.baseMicros).toBe(2_000_000);
  });

  it('prices an OpenRouter-style provider/model name', () => {
    expect(priceOf('openai/gpt-4o')?.input.baseMicros).toBe(2_500_000);
  });

  it('knows no price for a model no table has', () => {
    expect(priceOf('my-private-llama')).toBeUndefined();
  });

  it("carries the table's context window, dated and provider-prefixed names included", () => {
    expect(priceOf('gpt-4o-mini')?.contextTokens).toBe(128_000);
    expect(priceOf('gpt-4.1-2025-04-14')?.contextTokens).toBe(1_000_000);
    expect(priceOf('openai/gpt-5')?.contextTokens).toBe(400_000);
    expect(priceOf('gpt-4-0613')?.contextTokens).toBe(8_192);
  });
});

describe('prices from the workflow', () => {
  it('adds a price for a private model, cached input at the input price when none is given', () => {
    const price = priceOf(
      'my-private-llama',
      withModels({
        'my-private-llama': { inputPerMtokMicros: 200_000, outputPerMtokMicros: 800_000 },
      }),
    );
    expect(price?.source).toBe('workflow');
    expect(price?.pricedBy).toBe('models.my-private-llama');
    expect(price?.cachedInput.baseMicros).toBe(200_000);
    if (!price) throw new Error('no price');
    expect(costMicros(price, usage(1_000_000, 500_000, 1_000_000, 0))).toBe(1_000_000);
  });

  it('overrides the table and wins', () => {
    const models = {
      'gpt-4o-mini': {
        inputPerMtokMicros: 1_000_000,
        outputPerMtokMicros: 2_000_000,
        cachedInputPerMtokMicros: 100_000,
      },
    };
    const price = priceOf('gpt-4o-mini', withModels(models));
    expect(price?.source).toBe('workflow');
    if (!price) throw new Error('no price');
    expect(costMicros(price, usage(1_000, 500, 1_000, 900))).toBe(500 + 50 + 2_000);
  });

  it('takes context_window from the entry, over the table when it overrides one', () => {
    const own = { inputPerMtokMicros: 1_000_000, outputPerMtokMicros: 2_000_000 };
    const models = {
      house: { ...own, contextTokens: 32_768 },
      'gpt-4o-mini': { ...own, contextTokens: 64_000 },
    };
    expect(priceOf('house', withModels(models))?.contextTokens).toBe(32_768);
    expect(priceOf('gpt-4o-mini', withModels(models))?.contextTokens).toBe(64_000);
  });

  it("keeps the table's window when the entry overrides a table model's prices without one", () => {
    const own = { inputPerMtokMicros: 1_000_000, outputPerMtokMicros: 2_000_000 };
    const models = { 'gpt-4-0613': own, house: own };
    expect(priceOf('gpt-4-0613', withModels(models))?.contextTokens).toBe(8_192);
    // A model no table knows has no window of its own; the agent falls back to 128k.
    expect(priceOf('house', withModels(models))).not.toHaveProperty('contextTokens');
  });
});

describe('rounding', () => {
  it('charges a fraction of a micro-dollar as one whole micro-dollar, once per call', () => {
    const price = priceOf('gpt-4o-mini');
    if (!price) throw new Error('no price');
    // 1 token × $0.15/M = 0.15 micro-dollars; 3 tokens in + 1 out = 1.05 micro-dollars.
    expect(costMicros(price, usage(1, 0, 0, 0))).toBe(1);
    expect(costMicros(price, usage(3, 0, 1, 0))).toBe(2);
    expect(costMicros(price, usage(0, 0, 0, 0))).toBe(0);
  });

  it('reads table floats as the decimals they were written as', () => {
    expect(microsOf(0.075)).toBe(75_000);
    expect(microsOf(0.1 + 0.2)).toBe(300_000);
    expect(microsOf(1.1)).toBe(1_100_000);
    expect(microsOf(0.0000001)).toBe(1);
  });

  it('rounds the exact sum up, not a float: 3,000,001 tokens at $0.10/M cost 300,001 micro-dollars', () => {
    const price = priceOf(
      'cheap',
      withModels({ cheap: { inputPerMtokMicros: 100_000, outputPerMtokMicros: 100_000 } }),
    );
    if (!price) throw new Error('no price');
    expect(costMicros(price, usage(3_000_000, 0, 0, 0))).toBe(300_000);
    expect(costMicros(price, usage(3_000_001, 0, 0, 0))).toBe(300_001);
  });
});
