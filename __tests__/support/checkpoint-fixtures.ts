// In-memory collaborators for checkpoint and resume tests.
import { unseal, type SealedCheckpoint } from '../../src/checkpoint/checkpoint.js';
import type { CheckpointStore } from '../../src/checkpoint/store.js';
import type { StepContext, StepKind, StepOutcome } from '../../src/engine/types.js';
import { completion, type FakeOpenAi, type Handler } from './fake-openai.js';

/** A store in memory whose writes take a while, so a scheduler that did not wait would be seen. */
export function memoryStore(delayMs = 15): CheckpointStore & { saved: SealedCheckpoint[] } {
  const saved: SealedCheckpoint[] = [];
  return {
    where: 'memory',
    saved,
    async load() {
      const last = saved.at(-1);
      return last ? unseal(JSON.stringify(last), 'memory') : undefined;
    },
    async save(sealed) {
      if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
      saved.push(JSON.parse(JSON.stringify(sealed)) as SealedCheckpoint);
    },
  };
}

/** A kind that spends `cost` micro-dollars through the ledger, as an LLM call does. */
export function paidKind(): StepKind & { calls: string[] } {
  const calls: string[] = [];
  return {
    kind: 'paid',
    calls,
    async run(ctx: StepContext): Promise<StepOutcome> {
      calls.push(ctx.step.id);
      const cost = typeof ctx.config.cost === 'number' ? ctx.config.cost : 0;
      ctx.ledger.reserve(ctx.step.id, cost, `step '${ctx.step.id}'`).settle(cost);
      return {
        status: 'succeeded',
        outputs: { text: `answer to ${String(ctx.config.prompt)}` },
        usage: { input_tokens: 10, cached_input_tokens: 0, output_tokens: 5, reasoning_tokens: 0 },
        costMicros: cost,
      };
    },
  };
}

/** Answers each chat request by quoting its last message, so later prompts show their sources. */
export const echoHandler: Handler = (request) => {
  const last = request.body.messages.at(-1);
  const text = typeof last?.content === 'string' ? last.content : '';
  return completion({
    content: `<${text}>`,
    // Below the worst case wflo reserves (max_tokens 300), as a real answer is.
    usage: { prompt_tokens: 5, completion_tokens: 50 },
  });
};

/** The last message of every chat request the fake received, in order. */
export const promptsSeen = (fake: FakeOpenAi): string[] =>
  fake.requests.map((r) => {
    const last = r.body.messages.at(-1);
    return typeof last?.content === 'string' ? last.content : '';
  });

/**
 * Two paid model calls, glue steps, a gate, and a model call after it: the run every resume
 * test pauses and continues. `glue` are step lines put before the gate.
 */
export function gatedFlow(glue: string): string {
  return `version: 1
name: resumable
defaults:
  llm: { model: gpt-4o-mini, max_tokens: 300, temperature: 0 }
steps:
  - id: plan
    llm: { prompt: "Plan the fix" }
  - id: write
    llm: { prompt: "Write from \${{ steps.plan.outputs.text }}" }
${glue}  - id: ship
    approval: { message: Ship it? }
  - id: summary
    llm: { prompt: "Summarise \${{ steps.write.outputs.text }}" }
`;
}
