// Token counting (issue #18): wflo's heap-ordered merge (src/cost/bpe.ts) against
// gpt-tokenizer's scan-every-pair merge on one word without spaces, which is what a PR body
// or a step output can hold. gpt-tokenizer is quadratic, so it is timed on 64 KiB only; the
// 1 MiB figure is wflo's alone.
import { countTokens as gptCount } from 'gpt-tokenizer/encoding/o200k_base';
import { it } from 'vitest';
import { countSteps, runInSlices, runToEnd } from '../src/cost/bpe.js';
import { alternatedMediansMs, medianMs, reportFigure } from './report.js';

const asText = { disallowedSpecial: new Set<string>() };
// gpt-tokenizer keeps the tokens of pieces it merged, so each timed run gets a new word.
let runs = 0;
const word = (bytes: number) => {
  runs += 1;
  return String.fromCharCode(97 + (runs % 26)) + 'qx'.repeat(bytes / 2 - 1) + 'z';
};

it('counts a 64 KiB word against gpt-tokenizer, and a 1 MiB word in slices', async () => {
  const [wflo, baseline] = await alternatedMediansMs(
    3,
    async () => runToEnd(countSteps(word(64 * 1024), 'o200k_base')),
    async () => gptCount(word(64 * 1024), asText),
  );
  reportFigure({
    bench: 'tokens',
    case: '64 KiB word, o200k_base',
    wflo_ms: wflo,
    baseline_ms: baseline,
    ratio: wflo / baseline,
    note: 'baseline: gpt-tokenizer countTokens',
  });

  let longestTurnMs = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longestTurnMs = Math.max(longestTurnMs, now - last);
    last = now;
  }, 0);
  const sliced = await medianMs(3, () => runInSlices(countSteps(word(1024 * 1024), 'o200k_base')));
  clearInterval(timer);
  const whole = await medianMs(3, async () =>
    runToEnd(countSteps(word(1024 * 1024), 'o200k_base')),
  );
  reportFigure({
    bench: 'tokens',
    case: '1 MiB word, o200k_base, in slices',
    wflo_ms: sliced,
    baseline_ms: whole,
    ratio: sliced / whole,
    note: `baseline: the same count without yielding; longest gap between timer turns ${longestTurnMs.toFixed(1)} ms`,
  });
});
