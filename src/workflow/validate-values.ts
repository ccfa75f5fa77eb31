// Values the schema can only half check: money (exact micro-dollars), durations, inputs'
// defaults against their type and enum, and the top-level sections built into the model.
import { formatMicros, usdToMicros } from '../common/money.js';
import { parseDuration } from './duration.js';
import type {
  BudgetSpec,
  InputSpec,
  InputType,
  JsonValue,
  ModelPrice,
  PoolDeclaration,
} from './model.js';
import { childPointer } from './positions.js';
import type { Problems } from './problems.js';
import { show } from './schema.js';
import { isObject, subjectOf } from './where.js';

const DECIMAL_TEXT = /^\+?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Micro-dollars of a USD amount the schema has already typed, or undefined (reported) when not exact. */
export function micros(
  value: JsonValue | undefined,
  pointer: string,
  problems: Problems,
  allowZero = false,
): number | undefined {
  if (typeof value !== 'number' || value < 0 || (!allowZero && value === 0)) return undefined;
  // The decimal text as written, not the float it became: 0.1000001 must not pass as 0.1.
  const text = problems.map.textAt(pointer)?.trim();
  const written = text !== undefined && DECIMAL_TEXT.test(text) ? text : value;
  try {
    return usdToMicros(written);
  } catch {
    problems.value(
      pointer,
      (w) => `${subjectOf(w)} must have at most 6 decimal places (got ${String(written)})`,
    );
    return undefined;
  }
}

/** Milliseconds of a duration field, or undefined (reported when the text is wrong). */
export function duration(
  value: JsonValue | undefined,
  pointer: string,
  problems: Problems,
): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  if (typeof value === 'number' && value < 0) return undefined; // the schema says so
  const parsed = parseDuration(value);
  if ('error' in parsed) {
    problems.value(pointer, (w) => `${subjectOf(w)} ${parsed.error}`);
    return undefined;
  }
  return parsed.ms;
}

export function readBudget(
  value: JsonValue | undefined,
  problems: Problems,
): BudgetSpec | undefined {
  if (!isObject(value)) return undefined;
  const max = micros(value.max_usd, '/budget/max_usd', problems);
  if (max === undefined) return undefined;
  const warnAt = Array.isArray(value.warn_at)
    ? value.warn_at.filter((f): f is number => typeof f === 'number' && f > 0 && f <= 1)
    : [];
  const pools = readPools(value.pools, problems);
  return {
    maxMicros: max,
    warnAt: [...new Set(warnAt)].sort((a, b) => a - b),
    ...(pools.length > 0 ? { pools } : {}),
    ...(value.on_store_error === 'run-alone' || value.on_store_error === 'fail'
      ? { onStoreError: value.on_store_error }
      : {}),
  };
}

const PERIODS = new Set(['day', 'week', 'month']);

/** `budget.pools` as declared; the keys' expressions are checked with the others (validate-pools.ts). */
function readPools(value: JsonValue | undefined, problems: Problems): PoolDeclaration[] {
  if (!Array.isArray(value)) return [];
  const out: PoolDeclaration[] = [];
  value.forEach((entry, i) => {
    if (!isObject(entry) || typeof entry.key !== 'string' || entry.key.trim() === '') return;
    const pointer = `/budget/pools/${i}`;
    const cap = micros(entry.max_usd, `${pointer}/max_usd`, problems);
    if (cap === undefined) return;
    const period = entry.period;
    out.push({
      key: entry.key,
      capMicros: cap,
      ...(typeof period === 'string' && PERIODS.has(period)
        ? { period: period as NonNullable<PoolDeclaration['period']> }
        : {}),
      pointer,
    });
  });
  return out;
}

/** A step's budget.max_usd in micro-dollars; reported when above the workflow's. */
export function readStepBudget(
  value: JsonValue | undefined,
  pointer: string,
  workflow: BudgetSpec | undefined,
  problems: Problems,
): number | undefined {
  if (!isObject(value)) return undefined;
  const at = `${pointer}/max_usd`;
  const max = micros(value.max_usd, at, problems);
  if (max !== undefined && workflow && max > workflow.maxMicros) {
    problems.value(
      at,
      (w) =>
        `${subjectOf(w)} ${formatMicros(max)} is above the workflow's budget.max_usd of ${formatMicros(workflow.maxMicros)}`,
    );
  }
  return max;
}

export function readModels(
  value: JsonValue | undefined,
  problems: Problems,
): Record<string, ModelPrice> {
  const out: Record<string, ModelPrice> = {};
  if (!isObject(value)) return out;
  for (const [name, price] of Object.entries(value)) {
    if (!isObject(price)) continue;
    const at = childPointer('/models', name);
    const input = micros(price.input_per_mtok, `${at}/input_per_mtok`, problems, true);
    const output = micros(price.output_per_mtok, `${at}/output_per_mtok`, problems, true);
    const cached =
      price.cached_input_per_mtok === undefined
        ? undefined
        : micros(price.cached_input_per_mtok, `${at}/cached_input_per_mtok`, problems, true);
    const window = tokenCount(price.context_window, `${at}/context_window`, problems);
    if (input === undefined || output === undefined) continue;
    const model: ModelPrice = { inputPerMtokMicros: input, outputPerMtokMicros: output };
    if (cached !== undefined) model.cachedInputPerMtokMicros = cached;
    if (window !== undefined) model.contextTokens = window;
    out[name] = model;
  }
  return out;
}

/**
 * A count of tokens the schema has typed as an integer of at least 1, or undefined. The
 * schema reports text, fractions and values below 1; what it lets through and arithmetic
 * cannot count exactly (above 2^53 − 1) is reported here.
 */
function tokenCount(
  value: JsonValue | undefined,
  pointer: string,
  problems: Problems,
): number | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) return undefined;
  if (Number.isSafeInteger(value)) return value;
  problems.value(
    pointer,
    (w) =>
      `${subjectOf(w)} must be a whole number of tokens up to ${Number.MAX_SAFE_INTEGER} (got ${String(value)})`,
  );
  return undefined;
}

const INPUT_TYPES: readonly InputType[] = ['string', 'number', 'boolean'];
const TYPE_WORDS: Record<InputType, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

export function readInputs(
  value: JsonValue | undefined,
  problems: Problems,
): Record<string, InputSpec> {
  const out: Record<string, InputSpec> = {};
  if (!isObject(value)) return out;
  for (const [name, spec] of Object.entries(value)) {
    if (!isObject(spec)) continue;
    const at = childPointer('/inputs', name);
    const type: InputType = INPUT_TYPES.find((t) => t === spec.type) ?? 'string';
    const input: InputSpec = { type, required: spec.required === true };
    if (typeof spec.description === 'string') input.description = spec.description;
    const fits = (v: JsonValue): v is string | number | boolean => typeof v === type;
    if (Array.isArray(spec.enum)) {
      const allowed: Array<string | number | boolean> = [];
      spec.enum.forEach((v, k) => {
        if (fits(v)) allowed.push(v);
        else if (v !== null && typeof v !== 'object') {
          problems.value(
            `${at}/enum/${k}`,
            (w) =>
              `${subjectOf(w)} must be ${TYPE_WORDS[type]}, as inputs.${name}.type says (got ${show(v)})`,
          );
        }
      });
      input.enum = allowed;
    }
    const d = spec.default;
    if (d !== undefined && d !== null && typeof d !== 'object') {
      if (!fits(d)) {
        problems.value(
          `${at}/default`,
          (w) =>
            `${subjectOf(w)} must be ${TYPE_WORDS[type]}, as inputs.${name}.type says (got ${show(d)})`,
        );
      } else if (input.enum && !input.enum.includes(d)) {
        problems.value(
          `${at}/default`,
          (w) => `${subjectOf(w)} must be one of ${input.enum?.join(', ') ?? ''} (got ${show(d)})`,
        );
      } else {
        input.default = d;
      }
    }
    out[name] = input;
  }
  return out;
}
