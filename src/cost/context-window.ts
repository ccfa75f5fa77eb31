// An agent's context window, kept apart from token counting so `wflo validate` and the plan
// read it without loading the tokenizer.
import type { Price } from './prices.js';

/**
 * For a model neither the price table nor the workflow's `models:` gives a window for.
 * 128k is what most current chat models have at least (gpt-4o, Llama 3.1 and later, most
 * hosted open models). The plan's worst case holds whatever the real window is, since the
 * loop keeps every turn inside this one; a model with less should say so in `context_window`,
 * or its server refuses the turn that outgrows it.
 */
export const DEFAULT_CONTEXT_TOKENS = 128_000;

/** The context window an agent runs with and the plan bounds it by: one source for both. */
export function contextWindow(price: Pick<Price, 'contextTokens'>): number {
  return price.contextTokens ?? DEFAULT_CONTEXT_TOKENS;
}
