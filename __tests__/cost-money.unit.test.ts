// Money is exact: read from decimal text into integer micro-dollars, never via float products.
import { describe, expect, test } from 'vitest';
import { microsToUsd, MoneyError, usdToMicros } from '../src/common/money.js';

describe('usdToMicros', () => {
  test.each([
    [1.5, 1_500_000],
    ['1.50', 1_500_000],
    [0.1, 100_000],
    [0.29, 290_000], // 0.29 * 1e6 is 290000.00000000006 as floats
    [1.005, 1_005_000],
    ['0.000001', 1],
    [0, 0],
    ['  2  ', 2_000_000],
    ['.5', 500_000],
    ['5.', 5_000_000],
    ['1e-6', 1],
    [1e-6, 1],
    ['2.5E3', 2_500_000_000],
    ['+3', 3_000_000],
    ['1.250000000', 1_250_000],
    ['9007199254.740991', Number.MAX_SAFE_INTEGER],
  ])('%j USD is %i micro-dollars', (usd, micros) => {
    expect(usdToMicros(usd)).toBe(micros);
  });

  test('refuses more than 6 decimal places, saying so', () => {
    expect(() => usdToMicros('0.0000001')).toThrow(
      new MoneyError(
        '0.0000001 USD has more than 6 decimal places; wflo counts money in whole micro-dollars',
      ),
    );
    expect(() => usdToMicros(1e-7)).toThrow(MoneyError);
    expect(() => usdToMicros(0.1 + 0.2)).toThrow(
      /0\.30000000000000004 USD has more than 6 decimal places/,
    );
  });

  test('refuses negatives, text that is not a number, and amounts beyond exact integers', () => {
    expect(() => usdToMicros(-1)).toThrow(
      new MoneyError('-1 USD is negative; amounts must be 0 or more'),
    );
    expect(() => usdToMicros('-0.5')).toThrow(/is negative/);
    expect(() => usdToMicros('1,50')).toThrow(
      new MoneyError("'1,50' is not a USD amount; write a decimal number such as 1.50"),
    );
    expect(() => usdToMicros('')).toThrow(/is not a USD amount/);
    expect(() => usdToMicros('$1')).toThrow(/is not a USD amount/);
    expect(() => usdToMicros(Number.NaN)).toThrow(/NaN is not a USD amount/);
    expect(() => usdToMicros(Infinity)).toThrow(MoneyError);
    expect(() => usdToMicros('9007199254.740992')).toThrow(/too large to count exactly/);
    expect(() => usdToMicros('1e400')).toThrow(/out of range/);
  });
});

describe('microsToUsd', () => {
  test.each([
    [1_500_000, 1.5],
    [100_000, 0.1],
    [290_000, 0.29],
    [1, 0.000001],
    [0, 0],
    [123_456_789, 123.456789],
  ])('%i micro-dollars print as %s in JSON', (micros, usd) => {
    expect(microsToUsd(micros)).toBe(usd);
    expect(JSON.stringify(microsToUsd(micros))).toBe(String(usd));
  });

  test('round-trips with usdToMicros', () => {
    for (let m = 0; m < 2_000_000; m += 7_919) expect(usdToMicros(microsToUsd(m))).toBe(m);
  });

  test('refuses a fraction of a micro-dollar', () => {
    expect(() => microsToUsd(1.5)).toThrow(
      new MoneyError('1.5 is not a whole number of micro-dollars'),
    );
  });
});
