// Money is integer micro-dollars from the moment it is read (DESIGN.md §4). Amounts are
// converted from their decimal text, never by multiplying floats, so 0.1 is 100000 exactly.
import { WfloError } from './errors.js';

const MICROS_PER_USD = 1_000_000;
const DECIMALS = 6;
const DECIMAL = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** A USD amount that cannot be held exactly as micro-dollars. */
export class MoneyError extends WfloError {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyError';
  }
}

/** `1.50` or `"1.50"` → 1500000. Refuses negatives, more than 6 decimals, and amounts past 2^53 micro-dollars. */
export function usdToMicros(value: number | string): number {
  const text = typeof value === 'number' ? numberText(value) : value.trim();
  if (text.startsWith('-'))
    throw new MoneyError(`${text} USD is negative; amounts must be 0 or more`);
  const match = DECIMAL.exec(text.startsWith('+') ? text.slice(1) : text);
  const whole = match?.[1] ?? '';
  const fraction = match?.[2] ?? '';
  if (!match || whole + fraction === '') {
    throw new MoneyError(`'${text}' is not a USD amount; write a decimal number such as 1.50`);
  }
  // Move the decimal point by the exponent, as text.
  let digits = whole + fraction;
  const exponent = Number(match[3] ?? '0');
  if (Math.abs(exponent) > 30) throw new MoneyError(`${text} USD is out of range`);
  let point = whole.length + exponent;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
  const intPart = digits.slice(0, point);
  const fracPart = digits.slice(point).replace(/0+$/, '');
  if (fracPart.length > DECIMALS) {
    throw new MoneyError(
      `${text} USD has more than ${DECIMALS} decimal places; wflo counts money in whole micro-dollars`,
    );
  }
  const micros =
    BigInt(intPart || '0') * BigInt(MICROS_PER_USD) + BigInt(fracPart.padEnd(DECIMALS, '0'));
  if (micros > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new MoneyError(`${text} USD is too large to count exactly`);
  }
  return Number(micros);
}

/** Micro-dollars → USD as a JSON number; exact, since the shortest decimal of micros/1e6 has at most 6 places. */
export function microsToUsd(micros: number): number {
  if (!Number.isSafeInteger(micros)) {
    throw new MoneyError(`${micros} is not a whole number of micro-dollars`);
  }
  return micros / MICROS_PER_USD;
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new MoneyError(`${value} is not a USD amount`);
  // The shortest text that reads back as the same double: what the user wrote, for any sane amount.
  return String(value);
}

/** Micro-dollars as `$1.25`: cents always, further digits only when they are not zero. */
export function formatMicros(micros: number): string {
  const sign = micros < 0 ? '-' : '';
  const abs = Math.abs(micros);
  const dollars = Math.floor(abs / 1_000_000);
  const frac = String(abs % 1_000_000).padStart(6, '0');
  const trimmed = frac.replace(/0+$/, '').padEnd(2, '0');
  return `${sign}$${dollars}.${trimmed}`;
}
