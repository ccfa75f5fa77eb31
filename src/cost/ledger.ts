// The budget ledger (DESIGN.md §4): every call that costs money reserves its worst case
// here first. JavaScript runs one callback at a time, so a reserve() that checks and
// records in the same synchronous call is atomic: parallel steps cannot overshoot together.
import { WfloError } from '../common/errors.js';
import { formatMicros } from '../common/money.js';

export interface BudgetExceededDetails {
  stepId: string;
  /** What the call tried to reserve. */
  requestedMicros: number;
  /** Which limit it did not fit: the run's budget or the step's own. */
  scope: 'run' | 'step';
  limitMicros: number;
  /** Spent plus still-reserved in that scope when the reservation was refused. */
  committedMicros: number;
  /** What was left of that limit then: `limitMicros - committedMicros`, never below 0. */
  leftMicros: number;
  label: string;
  /**
   * Reservations this ledger refused before, in the same scope (the run's, or this step's):
   * after the first, a kind says its sentence short (parallel steps refused together would
   * repeat the same long account).
   */
  refusedBefore: number;
}

export class BudgetExceededError extends WfloError {
  constructor(readonly details: BudgetExceededDetails) {
    super(
      `${details.label} needs a reservation of ${formatMicros(details.requestedMicros)}, ` +
        `but the ${details.scope === 'run' ? 'run' : `step '${details.stepId}'`} has ` +
        `${formatMicros(details.committedMicros)} of ${formatMicros(details.limitMicros)} committed`,
    );
    this.name = 'BudgetExceededError';
  }
}

/** A worst-case amount held against the budget until the call it covers settles. */
export interface Reservation {
  readonly amountMicros: number;
  /** The call finished: replace the hold with what it really cost. */
  settle(actualMicros: number): void;
  /** The call timed out or broke and its cost is unknown: charge the whole hold. */
  keep(): void;
}

export interface BudgetLedger {
  /** The run's budget (the smaller of the file's and the edge's), if any. */
  readonly budgetMicros: number | undefined;
  setStepBudget(stepId: string, micros: number | undefined): void;
  /** Holds `amountMicros` against the step's and the run's budget, or throws BudgetExceededError. */
  reserve(stepId: string, amountMicros: number, label: string): Reservation;
  spentMicros(): number;
  stepSpentMicros(stepId: string): number;
  /** Outstanding holds, not yet settled. */
  reservedMicros(): number;
  /**
   * The most the run was ever committed to (spent + reserved). Never above the budget but for
   * overages: a bill above its own reservation is charged in full (real spend is never hidden).
   */
  peakCommittedMicros(): number;
  /** Money billed above the reservations that covered it, in all (0 from a faithful server). */
  overageMicros(): number;
  /** Each bill that was above its reservation, in the order they came. */
  overages(): readonly Overage[];
  remainingMicros(): number | undefined;
}

/** A call billed more than it reserved: the bound did not hold for that server. */
export interface Overage {
  stepId: string;
  label: string;
  reservedMicros: number;
  chargedMicros: number;
}

export interface LedgerOptions {
  budgetMicros?: number;
  /** Fractions of the budget at which to warn, once each. */
  warnAt?: readonly number[];
  onWarning?: (message: string) => void;
  /** Money spent by earlier runs of the same run (a resumed run): spent stays spent. */
  carriedMicros?: number;
}

export function createLedger(options: LedgerOptions = {}): BudgetLedger {
  const budget = options.budgetMicros;
  const stepBudgets = new Map<string, number>();
  const stepSpent = new Map<string, number>();
  const stepReserved = new Map<string, number>();
  const pendingWarnings = [...(options.warnAt ?? [])].sort((a, b) => a - b);
  let spent = options.carriedMicros ?? 0;
  let reserved = 0;
  let peak = spent;
  let overage = 0;
  const overages: Overage[] = [];
  let runRefusals = 0;
  const stepRefusals = new Map<string, number>();
  // Thresholds the earlier runs already passed were warned about then.
  while (
    budget !== undefined &&
    pendingWarnings.length > 0 &&
    spent >= (pendingWarnings[0] ?? 0) * budget
  )
    pendingWarnings.shift();

  const add = (map: Map<string, number>, key: string, delta: number) =>
    map.set(key, (map.get(key) ?? 0) + delta);

  const checkWarnings = () => {
    if (budget === undefined) return;
    while (pendingWarnings.length > 0 && spent >= (pendingWarnings[0] ?? 0) * budget) {
      const fraction = pendingWarnings.shift() ?? 0;
      options.onWarning?.(
        `spend reached ${Math.round(fraction * 100)}% of the budget: ${formatMicros(spent)} of ${formatMicros(budget)}`,
      );
    }
  };

  return {
    budgetMicros: budget,
    setStepBudget(stepId, micros) {
      if (micros === undefined) stepBudgets.delete(stepId);
      else stepBudgets.set(stepId, micros);
    },
    reserve(stepId, amountMicros, label) {
      if (!Number.isSafeInteger(amountMicros) || amountMicros < 0) {
        throw new RangeError(
          `a reservation must be a whole number of micro-dollars, got ${amountMicros}`,
        );
      }
      const stepLimit = stepBudgets.get(stepId);
      const stepCommitted = (stepSpent.get(stepId) ?? 0) + (stepReserved.get(stepId) ?? 0);
      if (stepLimit !== undefined && stepCommitted + amountMicros > stepLimit) {
        const refusedBefore = stepRefusals.get(stepId) ?? 0;
        add(stepRefusals, stepId, 1);
        throw new BudgetExceededError({
          stepId,
          requestedMicros: amountMicros,
          scope: 'step',
          limitMicros: stepLimit,
          committedMicros: stepCommitted,
          leftMicros: Math.max(0, stepLimit - stepCommitted),
          label,
          refusedBefore,
        });
      }
      if (budget !== undefined && spent + reserved + amountMicros > budget) {
        throw new BudgetExceededError({
          stepId,
          requestedMicros: amountMicros,
          scope: 'run',
          limitMicros: budget,
          committedMicros: spent + reserved,
          leftMicros: Math.max(0, budget - spent - reserved),
          label,
          refusedBefore: runRefusals++,
        });
      }
      reserved += amountMicros;
      add(stepReserved, stepId, amountMicros);
      peak = Math.max(peak, spent + reserved);
      let open = true;
      const close = (chargeMicros: number) => {
        if (!open) throw new Error('a reservation settles once');
        open = false;
        reserved -= amountMicros;
        add(stepReserved, stepId, -amountMicros);
        spent += chargeMicros;
        add(stepSpent, stepId, chargeMicros);
        if (chargeMicros > amountMicros) {
          // The step says so when it happens (steps/llm.ts); the run's report adds them up.
          overage += chargeMicros - amountMicros;
          overages.push({
            stepId,
            label,
            reservedMicros: amountMicros,
            chargedMicros: chargeMicros,
          });
        }
        peak = Math.max(peak, spent + reserved);
        checkWarnings();
      };
      return {
        amountMicros,
        settle: (actualMicros) => close(actualMicros),
        keep: () => close(amountMicros),
      };
    },
    spentMicros: () => spent,
    stepSpentMicros: (stepId) => stepSpent.get(stepId) ?? 0,
    reservedMicros: () => reserved,
    peakCommittedMicros: () => peak,
    overageMicros: () => overage,
    overages: () => overages,
    remainingMicros: () => (budget === undefined ? undefined : budget - spent - reserved),
  };
}
