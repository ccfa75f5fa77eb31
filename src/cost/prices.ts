// Prices of models, in integer micro-dollars per million tokens. The table is the bundled
// data of @pydantic/genai-prices (no network); a workflow's `models:` adds or overrides.
// Money math never touches floats after a table price is read: see costMicros.
import {
  calcPrice,
  findProvider,
  type ModelPrice as TablePrice,
  type PriceCalculation,
} from '@pydantic/genai-prices';
import type { Usage } from '../llm/usage.js';
import type { Workflow } from '../workflow/model.js';
import { didYouMean } from '../workflow/suggest.js';

export interface Tier {
  /** The tier applies to the whole call when its input tokens are above this. */
  aboveInputTokens: number;
  micros: number;
}

/** Micro-dollars per million tokens; tiered rates switch by the call's input tokens. */
export interface Rate {
  baseMicros: number;
  /** Ascending by aboveInputTokens. */
  tiers: readonly Tier[];
}

export interface Price {
  model: string;
  source: 'workflow' | 'genai-prices';
  /** What priced it: the table's provider:model id, or `models.<name>` of the workflow. */
  pricedBy: string;
  /** Input tokens not read from the prompt cache. */
  input: Rate;
  /** Input tokens read from the prompt cache (the input rate where no cheaper one is known). */
  cachedInput: Rate;
  output: Rate;
  /** Reasoning tokens are output tokens; priced as output unless the table says otherwise. */
  reasoning: Rate;
  /** A fee per call, in pico-dollars (10^-12 USD), from per-1000-request prices; usually 0. */
  requestPicos: bigint;
  /** Context window in tokens: the `models:` entry's, else the table's; absent if neither says. */
  contextTokens?: number;
}

const flat = (micros: number): Rate => ({ baseMicros: micros, tiers: [] });

/**
 * The price of `model`: the workflow's `models:` entry if it has one (it wins), else the
 * bundled table's price in force at `at`. Undefined when neither knows the model. An entry
 * that overrides a table model's prices but gives no context_window keeps the table's.
 */
export function priceOf(
  model: string,
  workflow?: Pick<Workflow, 'models'>,
  at: Date = new Date(),
): Price | undefined {
  const own = workflow?.models[model];
  if (own) {
    const input = flat(own.inputPerMtokMicros);
    const contextTokens = own.contextTokens ?? windowOf(lookUp(model, at));
    return {
      model,
      source: 'workflow',
      pricedBy: `models.${model}`,
      input,
      cachedInput:
        own.cachedInputPerMtokMicros === undefined ? input : flat(own.cachedInputPerMtokMicros),
      output: flat(own.outputPerMtokMicros),
      reasoning: flat(own.outputPerMtokMicros),
      requestPicos: 0n,
      ...(contextTokens === undefined ? {} : { contextTokens }),
    };
  }
  const found = lookUp(model, at);
  return found ? fromTable(model, found) : undefined;
}

function lookUp(model: string, at: Date): PriceCalculation | undefined {
  const zero = { input_tokens: 0, output_tokens: 0 };
  const attempts: Array<[string, string | undefined]> = [[model, 'openai']];
  const slash = model.indexOf('/');
  // OpenRouter-style `provider/model` names.
  if (slash > 0) attempts.push([model.slice(slash + 1), model.slice(0, slash)]);
  attempts.push([model, undefined]);
  for (const [id, providerId] of attempts) {
    try {
      const found = calcPrice(zero, id, { timestamp: at, ...(providerId ? { providerId } : {}) });
      if (found) return found;
    } catch {
      // A table entry the package itself cannot price is no price.
    }
  }
  return undefined;
}

/** The table's context window for a model, when it gives a usable one. */
function windowOf(found: PriceCalculation | undefined): number | undefined {
  const tokens = found?.model.context_window;
  return tokens !== undefined && Number.isSafeInteger(tokens) && tokens >= 1 ? tokens : undefined;
}

function fromTable(model: string, found: PriceCalculation): Price | undefined {
  const table = found.model_price;
  const input = rateOf(table.input_mtok);
  const output = rateOf(table.output_mtok);
  if (!input || !output) return undefined;
  const requests = table.requests_kcount;
  const contextTokens = windowOf(found);
  return {
    model,
    source: 'genai-prices',
    pricedBy: `${found.provider.id}:${found.model.id}`,
    input,
    cachedInput: rateOf(table.cache_read_mtok) ?? input,
    output,
    reasoning: rateOf(table.output_reasoning_mtok) ?? output,
    // USD per 1000 requests = micro-dollars per 1000 requests × 10^6 pico / 1000.
    requestPicos: typeof requests === 'number' ? BigInt(microsOf(requests)) * 1000n : 0n,
    ...(contextTokens === undefined ? {} : { contextTokens }),
  };
}

function rateOf(value: TablePrice[string]): Rate | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return flat(microsOf(value));
  return {
    baseMicros: microsOf(value.base),
    tiers: [...value.tiers]
      .sort((a, b) => a.start - b.start)
      .map((tier) => ({ aboveInputTokens: tier.start, micros: microsOf(tier.price) })),
  };
}

/**
 * USD per million tokens (a float from the table) → whole micro-dollars per million.
 * Table prices have at most 6 decimals, so rounding recovers them exactly; a price with
 * more is rounded up, never down.
 */
export function microsOf(usdPerMtok: number): number {
  const scaled = usdPerMtok * 1_000_000;
  const nearest = Math.round(scaled);
  return Math.abs(scaled - nearest) < 1e-6 ? nearest : Math.ceil(scaled);
}

/** The rate in force for a call with `inputTokens` input tokens (whole-call tiers, as the table applies them). */
export function rateAt(rate: Rate, inputTokens: number): number {
  let micros = rate.baseMicros;
  for (const tier of rate.tiers) if (inputTokens > tier.aboveInputTokens) micros = tier.micros;
  return micros;
}

/** The highest rate any call with at most `inputTokens` input tokens can be charged. */
export function maxRateUpTo(rate: Rate, inputTokens: number): number {
  let micros = rate.baseMicros;
  for (const tier of rate.tiers)
    if (inputTokens > tier.aboveInputTokens) micros = Math.max(micros, tier.micros);
  return micros;
}

const PICOS_PER_MICRO = 1_000_000n;

/** ceil(picos / 10^6): the whole micro-dollars a pico-dollar amount is charged as. */
export function picosToMicros(picos: bigint): number {
  return Number((picos + PICOS_PER_MICRO - 1n) / PICOS_PER_MICRO);
}

/**
 * What a call with this usage costs, in whole micro-dollars. Each part is
 * tokens × micro-dollars per million tokens (an exact pico-dollar integer); the parts are
 * summed exactly and the sum is rounded up once, so a call is never charged less than
 * the table's own figure and at most one micro-dollar more.
 */
export function costMicros(price: Price, usage: Usage): number {
  const total = usage.input_tokens;
  const cached = Math.min(usage.cached_input_tokens, total);
  const reasoning = Math.min(usage.reasoning_tokens, usage.output_tokens);
  const at = (rate: Rate) => BigInt(rateAt(rate, total));
  const picos =
    BigInt(total - cached) * at(price.input) +
    BigInt(cached) * at(price.cachedInput) +
    BigInt(usage.output_tokens - reasoning) * at(price.output) +
    BigInt(reasoning) * at(price.reasoning) +
    price.requestPicos;
  return picosToMicros(picos);
}

/**
 * The sentence for a model no price is known for: a likely typo of a model the table knows
 * gets "did you mean" first (inventing a price for `gpt-4o-mni` is the wrong fix).
 * `what` names what cannot be budgeted (`its calls`, `the agent's turns`).
 */
export function noPriceMessage(model: string, what: string): string {
  const known = (findProvider({ providerId: 'openai' })?.models ?? []).map((m) => m.id);
  const typo = didYouMean(model, known);
  const head = `model '${model}' has no known price${typo}, so ${what} cannot be budgeted`;
  return typo === ''
    ? `${head}; give one in USD per million tokens at the top level of the workflow: ${priceHint(model)}`
    : `${head}; if it is another model of your server, give its price in USD per million tokens at the top level of the workflow: ${priceHint(model)}`;
}

/** How to give a price for a model no table knows, as a workflow file would say it. */
export function priceHint(model: string): string {
  return `models: { ${JSON.stringify(model)}: { input_per_mtok: 0.50, output_per_mtok: 1.50 } }`;
}
