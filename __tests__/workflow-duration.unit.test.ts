// Durations as workflow files write them.
import { describe, expect, test } from 'vitest';
import { DURATION_PATTERN, formatDuration, parseDuration } from '../src/workflow/duration.js';

describe('parseDuration', () => {
  test.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['5m', 300_000],
    ['24h', 86_400_000],
    ['2d', 172_800_000],
    ['1h30m', 5_400_000],
    ['1m30s250ms', 90_250],
    ['1.5m', 90_000],
    ['0.25s', 250],
    ['0s', 0],
    [45, 45_000],
    [0.5, 500],
    [0, 0],
  ])('%j is %i ms', (text, ms) => {
    expect(parseDuration(text)).toEqual({ ms });
  });

  test.each(['5 minutes', '1,5h', 'm', '', '10', '-5s', '5M', '.5s'])(
    '%j is not a duration',
    (text) => {
      expect(parseDuration(text)).toEqual({
        error: `must be a duration such as 500ms, 30s, 5m, 24h or 1h30m (got '${text.trim()}')`,
      });
    },
  );

  test('units come largest first, once each', () => {
    expect(parseDuration('30m1h')).toEqual({
      error: "must list each unit once, largest first, as in 1h30m (got '30m1h')",
    });
    expect(parseDuration('5m5m')).toEqual({
      error: "must list each unit once, largest first, as in 1h30m (got '5m5m')",
    });
  });

  test('a negative number of seconds is refused', () => {
    expect(parseDuration(-1)).toEqual({ error: 'must be 0 or more seconds (got -1)' });
  });

  test('the schema pattern accepts what the parser accepts', () => {
    const pattern = new RegExp(DURATION_PATTERN);
    for (const text of ['500ms', '1h30m', '2d', '1.5m', '30m1h'])
      expect(pattern.test(text)).toBe(true);
    for (const text of ['5 minutes', '1,5h', '.5s', '']) expect(pattern.test(text)).toBe(false);
  });
});

test('formatDuration writes the largest units first', () => {
  expect(formatDuration(5_400_000)).toBe('1h30m');
  expect(formatDuration(90_250)).toBe('1m30s250ms');
  expect(formatDuration(0)).toBe('0s');
});
