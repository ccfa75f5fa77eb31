// `budget.pools` beyond the schema: each key's `${{ }}` reads only `inputs` and `github` (it is
// evaluated before the first step, when nothing else exists yet), and no two entries name the
// same pool — literally, or by the same text that evaluates alike.
import type { BudgetSpec } from './model.js';
import { checkValue, type ExpressionFacts } from './validate-expressions.js';

/** The contexts a pool key may read: the ones known before the run starts. */
export const POOL_KEY_CONTEXTS = ['inputs', 'github'] as const;

export function checkPools(budget: BudgetSpec | undefined, facts: ExpressionFacts): void {
  const seen = new Map<string, number>();
  for (const [i, pool] of (budget?.pools ?? []).entries()) {
    const pointer = `${pool.pointer}/key`;
    checkValue(pool.key, pointer, { contexts: POOL_KEY_CONTEXTS }, facts);
    const first = seen.get(pool.key);
    if (first === undefined) {
      seen.set(pool.key, i);
      continue;
    }
    facts.problems.value(
      pointer,
      () =>
        `budget.pools[${i}].key '${pool.key}' is already budget.pools[${first}]'s: each pool is named once (merge them or give one another key)`,
    );
  }
}
