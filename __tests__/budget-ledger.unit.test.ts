// The ledger counts the reservations it refuses, per scope, so a kind can give the whole
// account of a budget stop once and say only what differs for the next step refused by it
// (an 8-way fan-out stopped by one budget used to print the same 40-word sentence 8 times).
import { describe, expect, it } from 'vitest';
import { BudgetExceededError, createLedger } from '../src/cost/ledger.js';

function refusal(fn: () => unknown): BudgetExceededError {
  try {
    fn();
  } catch (error) {
    if (error instanceof BudgetExceededError) return error;
    throw error;
  }
  throw new Error('the reservation was not refused');
}

describe('refusals the ledger has made before', () => {
  it('counts the run budget’s refusals across steps, and each step budget’s on its own', () => {
    const ledger = createLedger({ budgetMicros: 1_000 });
    ledger.setStepBudget('capped', 100);
    ledger.reserve('a', 900, 'a call');
    const first = refusal(() => ledger.reserve('b', 200, 'b call'));
    const second = refusal(() => ledger.reserve('c', 200, 'c call'));
    expect([first.details.scope, first.details.refusedBefore]).toEqual(['run', 0]);
    expect([second.details.scope, second.details.refusedBefore]).toEqual(['run', 1]);
    const own = refusal(() => ledger.reserve('capped', 150, 'capped call'));
    expect([own.details.scope, own.details.refusedBefore]).toEqual(['step', 0]);
    expect(refusal(() => ledger.reserve('capped', 150, 'again')).details.refusedBefore).toBe(1);
    // A reservation that fits is not a refusal and changes no count.
    ledger.reserve('d', 50, 'd call');
    expect(refusal(() => ledger.reserve('e', 200, 'e call')).details.refusedBefore).toBe(2);
  });
});
