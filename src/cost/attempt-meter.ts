// The meter of one model call's HTTP attempts: each reserves the call's worst case against the
// ledger first and is settled by what the server billed (the llm and agent kinds share it).
import type { AttemptAccount } from '../llm/client.js';
import type { Usage } from '../llm/usage.js';
import type { LlmCallEstimate } from './estimate.js';
import type { BudgetLedger } from './ledger.js';
import { formatMicros } from '../common/money.js';
import { costMicros, type Price } from './prices.js';

/** What a meter needs of its step: a StepContext has all of it. */
export interface MeterContext {
  step: { id: string };
  ledger: BudgetLedger;
  log: { warn(message: string): void };
}

export interface AttemptMeter {
  beforeAttempt(attempt: number): AttemptAccount;
  /** What this step's attempts have been charged so far. */
  readonly chargedMicros: number;
}

/** Reserves `estimate` before each HTTP attempt of one call and settles it by what came back. */
export function attemptMeter(
  ctx: MeterContext,
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
