// Many llm steps at once against one ledger and one server: the budget is never overshot,
// and only calls that were reserved ever reach the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedger, type BudgetLedger } from '../src/cost/ledger.js';
import { inputTokenBound } from '../src/cost/tokens.js';
import type { StepContext, StepOutcome } from '../src/engine/types.js';
import type { ChatMessage } from '../src/llm/client.js';
import { llmKind } from '../src/steps/llm.js';
import {
  completion,
  rateLimited,
  serverError,
  startFakeOpenAi,
  type FakeOpenAi,
  type Reply,
} from './support/fake-openai.js';
import { stepContext } from './support/step-context.js';

const STEPS = 20;
const MAX_TOKENS = 1000;
// $1/M in, $2/M out: a step's reservation is its input bound + 2000 micro-dollars.
const MODELS = { 'my-model': { inputPerMtokMicros: 1_000_000, outputPerMtokMicros: 2_000_000 } };

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(async () => {
  await fake.close();
});

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The ledger, counting the reservations it granted per step. */
function counting(inner: BudgetLedger) {
  const granted = new Map<string, number>();
  const ledger: BudgetLedger = {
    ...inner,
    reserve(stepId, amount, label) {
      const reservation = inner.reserve(stepId, amount, label);
      granted.set(stepId, (granted.get(stepId) ?? 0) + 1);
      return reservation;
    },
  };
  return { ledger, granted };
}

function context(id: string, ledger: BudgetLedger, warnings: string[]): StepContext {
  return stepContext({
    id,
    config: {
      model: 'my-model',
      prompt: `You are step ${id}. Summarise the failing tests.`,
      max_tokens: MAX_TOKENS,
    },
    models: MODELS,
    ledger,
    llm: fake,
    log: { warn: (m) => void warnings.push(m) },
  });
}

const stepOf = (messages: readonly ChatMessage[]) =>
  /step (s\d+)\./.exec(messages[0]?.content ?? '')?.[1] ?? '?';

describe('parallel llm steps under one budget', () => {
  it.each([1, 2, 3, 4, 5, 6])(
    'never spend past the budget and send only reserved calls (interleaving %i)',
    async (seed) => {
      const next = random(seed);
      fake.requests.length = 0;
      // Answers come late and in random order; some are 429s (free) or 5xx (charged in full).
      fake.setHandler(async (request): Promise<Reply> => {
        await sleep(next() * 30);
        const roll = next();
        if (roll < 0.1) return rateLimited(0);
        if (roll < 0.2) return serverError(500, { 'retry-after-ms': '1' });
        const messages = request.body.messages as ChatMessage[];
        const bound = inputTokenBound('my-model', messages).tokens;
        return completion({
          usage: {
            prompt_tokens: 1 + Math.floor(next() * bound),
            completion_tokens: Math.floor(next() * (MAX_TOKENS + 1)),
          },
        });
      });

      const oneReservation =
        inputTokenBound('my-model', [
          { role: 'user', content: 'You are step s10. Summarise the failing tests.' },
        ]).tokens +
        2 * MAX_TOKENS;
      // Room for a handful of worst cases out of twenty, plus an odd remainder.
      const budget =
        oneReservation * (3 + Math.floor(next() * 5)) + Math.floor(next() * oneReservation);
      const { ledger, granted } = counting(createLedger({ budgetMicros: budget }));
      const warnings: string[] = [];

      const outcomes: StepOutcome[] = await Promise.all(
        Array.from({ length: STEPS }, async (_, i) => {
          await sleep(next() * 40); // staggered starts: some reserve after others settled
          return llmKind.run(context(`s${10 + i}`, ledger, warnings));
        }),
      );

      expect(ledger.spentMicros()).toBeLessThanOrEqual(budget);
      expect(ledger.peakCommittedMicros()).toBeLessThanOrEqual(budget);
      expect(ledger.reservedMicros()).toBe(0);
      expect(outcomes.reduce((sum, o) => sum + (o.costMicros ?? 0), 0)).toBe(ledger.spentMicros());
      expect(warnings).toEqual([]);

      // Exactly the reserved attempts reached the server, step by step.
      const received = new Map<string, number>();
      for (const r of fake.requests) {
        const id = stepOf(r.body.messages as ChatMessage[]);
        received.set(id, (received.get(id) ?? 0) + 1);
      }
      expect(received).toEqual(granted);

      const stopped = outcomes.filter((o) => o.status === 'budget_exceeded');
      expect(stopped.length).toBeGreaterThan(0);
      expect(outcomes.length - stopped.length).toBeGreaterThan(0);
      for (const o of stopped)
        expect(o.error).toMatch(/^step 's\d+' did not call my-model: its reservation of \$/);
    },
  );
});
