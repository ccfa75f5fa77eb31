// The budget (issue #3): (a) overshoot over many randomized parallel runs of real llm steps
// against the local Chat Completions server — wflo's reserve-first ledger against a
// check-after-the-call ledger (what peers do) on the same random replies; (b) what the ledger
// costs per call next to one HTTP round-trip to the local server.
import { it } from 'vitest';
import {
  BudgetExceededError,
  createLedger,
  type BudgetLedger,
  type Reservation,
} from '../src/cost/ledger.js';
import { inputTokenBound } from '../src/cost/tokens.js';
import type { StepContext } from '../src/engine/types.js';
import type { ChatMessage } from '../src/llm/client.js';
import { createOpenAiClient } from '../src/llm/openai-client.js';
import { llmKind } from '../src/steps/llm.js';
import {
  FAKE_API_KEY,
  completion,
  startFakeOpenAi,
  type FakeOpenAi,
  type Reply,
} from '../__tests__/support/fake-openai.js';
import { stepContext } from '../__tests__/support/step-context.js';
import { medianMs, reportFigure } from './report.js';

const RUNS = 50;
const STEPS = 16;
const MAX_TOKENS = 1000;
const LEDGER_CALLS = 100_000;
const MODELS = { 'my-model': { inputPerMtokMicros: 1_000_000, outputPerMtokMicros: 2_000_000 } };

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function context(id: string, ledger: BudgetLedger, fake: FakeOpenAi): StepContext {
  return stepContext({
    id,
    config: {
      model: 'my-model',
      prompt: `You are step ${id}. Summarise the failing tests.`,
      max_tokens: MAX_TOKENS,
    },
    models: MODELS,
    ledger,
    llm: { baseURL: fake.baseURL, maxRetries: 0 },
  });
}

/**
 * The baseline: a ledger that only checks what was already spent before a call and adds the
 * bill afterwards, as peers do (PEERS.md). Parallel calls all see the same spend.
 */
function checkAfterLedger(budgetMicros: number): BudgetLedger {
  let spent = 0;
  const inner = createLedger();
  return {
    ...inner,
    budgetMicros,
    reserve(stepId, amountMicros, label): Reservation {
      if (spent >= budgetMicros) {
        throw new BudgetExceededError({
          stepId,
          requestedMicros: amountMicros,
          scope: 'run',
          limitMicros: budgetMicros,
          committedMicros: spent,
          leftMicros: 0,
          label,
          refusedBefore: 0,
        });
      }
      return {
        amountMicros,
        settle: (actual) => void (spent += actual),
        keep: () => void (spent += amountMicros),
      };
    },
    spentMicros: () => spent,
    peakCommittedMicros: () => spent,
  };
}

interface RunFigures {
  overshootMicros: number;
  peakOverBudget: number;
  calls: number;
}

/** RUNS runs of STEPS parallel steps; the replies depend only on the seed, not the ledger. */
async function runMany(
  fake: FakeOpenAi,
  makeLedger: (budget: number) => BudgetLedger,
): Promise<RunFigures> {
  const oneReservation =
    inputTokenBound('my-model', [
      { role: 'user', content: 'You are step s10. Summarise the failing tests.' },
    ]).tokens +
    2 * MAX_TOKENS;
  let overshoot = 0;
  let peakRatio = 0;
  let calls = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const next = random(run + 1);
    // Each step's reply (delay, usage) is drawn from its own seed, so both ledgers see the same.
    fake.setHandler(async (request): Promise<Reply> => {
      const messages = request.body.messages as ChatMessage[];
      const id = /step s(\d+)\./.exec(messages[0]?.content ?? '')?.[1] ?? '0';
      const own = random((run + 1) * 1000 + Number(id));
      await sleep(own() * 20);
      const bound = inputTokenBound('my-model', messages).tokens;
      return completion({
        usage: {
          prompt_tokens: 1 + Math.floor(own() * bound),
          completion_tokens: Math.floor(own() * (MAX_TOKENS + 1)),
        },
      });
    });
    // Room for 2–9 worst cases of 16, plus an odd remainder.
    const budget =
      oneReservation * (2 + Math.floor(next() * 8)) + Math.floor(next() * oneReservation);
    const ledger = makeLedger(budget);
    const before = fake.requests.length;
    await Promise.all(
      Array.from({ length: STEPS }, async (_, i) => {
        await sleep(next() * 30); // staggered starts: some reserve after others settled
        return llmKind.run(context(`s${10 + i}`, ledger, fake));
      }),
    );
    calls += fake.requests.length - before;
    overshoot = Math.max(overshoot, ledger.spentMicros() - budget);
    peakRatio = Math.max(peakRatio, ledger.peakCommittedMicros() / budget);
  }
  return { overshootMicros: overshoot, peakOverBudget: peakRatio, calls };
}

it('overshoot over 50 randomized runs of 16 parallel llm steps', async () => {
  const fake = await startFakeOpenAi();
  try {
    const wflo = await runMany(fake, (budget) => createLedger({ budgetMicros: budget }));
    const after = await runMany(fake, checkAfterLedger);
    reportFigure({
      bench: 'budget',
      case: `max overshoot, ${RUNS} runs × ${STEPS} parallel llm steps (micro-dollars)`,
      wflo_ms: wflo.overshootMicros,
      baseline_ms: after.overshootMicros,
      ratio: after.overshootMicros === 0 ? 0 : wflo.overshootMicros / after.overshootMicros,
      note: `counts of micro-dollars, not ms; baseline: check spend after each call; calls made ${wflo.calls} vs ${after.calls}`,
    });
    reportFigure({
      bench: 'budget',
      case: `max peak committed ÷ budget, ${RUNS} runs × ${STEPS} parallel llm steps`,
      wflo_ms: wflo.peakOverBudget,
      baseline_ms: after.peakOverBudget,
      ratio: wflo.peakOverBudget / after.peakOverBudget,
      note: `a ratio to the budget, not ms: wflo ${wflo.peakOverBudget.toFixed(4)}, baseline ${after.peakOverBudget.toFixed(4)} (its peak is its final spend)`,
    });
    if (wflo.overshootMicros > 0 || wflo.peakOverBudget > 1)
      throw new Error(`the budget was overshot by ${wflo.overshootMicros} micro-dollars`);
  } finally {
    await fake.close();
  }
});

it('ledger cost per call next to one HTTP round-trip to the local server', async () => {
  const ledger = createLedger({ budgetMicros: Number.MAX_SAFE_INTEGER });
  const ledgerBatch = async () => {
    for (let i = 0; i < LEDGER_CALLS; i += 1)
      ledger.reserve('s', 2_100, 'bench call').settle(1_000 + (i % 1_000));
  };
  const batchMs = await medianMs(7, ledgerBatch);
  const perCallMs = batchMs / LEDGER_CALLS;

  const fake = await startFakeOpenAi({ handler: () => completion() });
  try {
    const client = createOpenAiClient({
      apiKey: FAKE_API_KEY,
      baseURL: fake.baseURL,
      maxRetries: 0,
      timeoutMs: 5_000,
    });
    const roundTripMs = await medianMs(200, () =>
      client.chat({
        model: 'my-model',
        messages: [{ role: 'user', content: 'hi' }],
        max_tokens: 16,
      }),
    );
    reportFigure({
      bench: 'budget',
      case: `ledger reserve+settle per call (median of 7 × ${LEDGER_CALLS.toLocaleString('en-US')}) vs one chat call to 127.0.0.1`,
      wflo_ms: perCallMs,
      baseline_ms: roundTripMs,
      ratio: perCallMs / roundTripMs,
      note: `${(perCallMs * 1e6).toFixed(0)} ns per reserve+settle, ${(roundTripMs * 1000).toFixed(0)} µs per round-trip (median of 200 through the openai client): ×${Math.round(roundTripMs / perCallMs)}`,
    });
  } finally {
    await fake.close();
  }
});
