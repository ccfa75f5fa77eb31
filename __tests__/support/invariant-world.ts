// The in-memory world the invariant suite runs generated workflows in: a model endpoint that
// bills and can fail, a sandbox-like kind that makes changes and can hang or lose its engine,
// reviewers who answer gates for the content they saw, a checkout that records what reaches it,
// and a checkpoint store. Each collaborator records what it saw, for the invariants to read.
import type { StepContext, StepKind, StepOutcome } from '../../src/engine/types.js';
import type { ChangeSetData, Checkout } from '../../src/checkout/port.js';
import { EnvironmentError } from '../../src/engine/types.js';
import { canonicalJson } from '../../src/checkpoint/checkpoint.js';
import type { ApprovalGateway, Gate, GateDecision } from '../../src/approval/gateway.js';
import {
  LlmCallError,
  type ChatCallOptions,
  type ChatRequest,
  type ChatResult,
  type LlmClient,
} from '../../src/llm/client.js';
import type { JsonObject, ModelPrice } from '../../src/workflow/model.js';
import { costMicros, type Price } from '../../src/cost/prices.js';

/** One execution of a step's work (not a reuse), as the fakes saw it. */
export interface Execution {
  job: number;
  step: string;
  /** The rendered config, canonical JSON: what "its inputs" are. */
  config: string;
  attempt: number;
}

export interface WorldLog {
  executions: Execution[];
  /** Micro-dollars the endpoint billed, over every job. */
  billedMicros: number;
  /** Environment failures that fired, per job. */
  outages: { job: number; step: string }[];
  /** Change sets written to the checkout, with the job that wrote them. */
  applied: { job: number; changes: ChangeSetData }[];
  /** Approvals given: the gate, the key it had, and the content it held when the reviewer saw it. */
  approvals: { step: string; key: string | undefined; held: [string, ChangeSetData][] }[];
  /** Every gate message shown to a reviewer (a surface for secrets). */
  gateMessages: string[];
}

export function newLog(): WorldLog {
  return {
    executions: [],
    billedMicros: 0,
    outages: [],
    applied: [],
    approvals: [],
    gateMessages: [],
  };
}

/** The fake model's price: $1,000 and $2,000 per million tokens, so calls cost whole micro-dollars. */
export const FAKE_MODEL: ModelPrice = {
  inputPerMtokMicros: 1_000_000_000,
  outputPerMtokMicros: 2_000_000_000,
};

/**
 * The model endpoint: answers `answer(<prompt>)` with usage from the prompt's length, or fails as
 * the prompt's markers say — `[outage]` (connection refused after retries, in job 1 only: the
 * endpoint comes back), `[refusal]`, `[slow]` (never answers before the step's timeout). The
 * prompt starts `[step:<id>]`, so what it saw is told apart per step.
 */
export function fakeModel(log: WorldLog, job: () => number, price: Price): LlmClient {
  return {
    async chat(request: ChatRequest, options: ChatCallOptions = {}): Promise<ChatResult> {
      const prompt = request.messages.map((m) => m.content).join('\n');
      const step = /\[step:([^\]]+)\]/.exec(prompt)?.[1] ?? '?';
      log.executions.push({ job: job(), step, config: canonicalJson(request), attempt: 0 });
      const account = options.beforeAttempt?.(1);
      if (prompt.includes('[outage]') && job() === 1) {
        account?.release();
        log.outages.push({ job: job(), step });
        throw new LlmCallError(
          'could not reach http://127.0.0.1:9 for fake-model (3 attempts): ECONNREFUSED',
          'connection',
        );
      }
      if (prompt.includes('[slow]')) {
        // Never answers before the step's timeout aborts the call.
        await new Promise<void>((_, reject) => {
          const abort = () =>
            reject(new LlmCallError('the call to fake-model was aborted', 'aborted'));
          if (options.signal?.aborted) abort();
          options.signal?.addEventListener('abort', abort, { once: true });
        });
      }
      const usage = {
        input_tokens: Math.min(40, prompt.length),
        cached_input_tokens: 0,
        output_tokens: 10,
        reasoning_tokens: 0,
      };
      account?.settle(usage);
      log.billedMicros += costMicros(price, usage);
      const refused = prompt.includes('[refusal]');
      return {
        id: 'cmpl',
        model: request.model,
        text: refused ? '' : `answer(${prompt})`,
        refusal: refused ? 'I cannot help with that' : null,
        finish_reason: 'stop',
        tool_calls: [],
        usage,
        attempts: 1,
      };
    },
  };
}

/**
 * A sandbox-like kind ("box"): exits with `exit`, writes `writes` (path → content) as changes,
 * echoes its env (secrets too, plain and encoded) on stdout, hangs until aborted with `hang`,
 * fails its first `flaky` attempts, and with `outage` loses its Docker engine.
 */
export function boxKind(log: WorldLog, job: () => number): StepKind {
  return {
    kind: 'box',
    async run(ctx: StepContext): Promise<StepOutcome> {
      const config = ctx.config;
      log.executions.push({
        job: job(),
        step: ctx.step.id,
        config: canonicalJson(config),
        attempt: ctx.attempt,
      });
      if (config.outage === true && job() === 1) {
        log.outages.push({ job: job(), step: ctx.step.id });
        throw new EnvironmentError(
          'Docker could not inspect image box:1: connect ENOENT /var/run/docker.sock',
          'docker',
        );
      }
      const env = (config.env ?? {}) as JsonObject;
      const echoed = Object.values(env)
        .map(String)
        .map(
          (v) =>
            `${v} ${Buffer.from(v).toString('base64')} ${Buffer.from(`x${v}`).toString('base64')} ${Buffer.from(v).toString('hex')} ${encodeURIComponent(v)}`,
        )
        .join('\n');
      if (config.hang === true) {
        await new Promise<void>((resolve) => {
          if (ctx.signal.aborted) resolve();
          ctx.signal.addEventListener('abort', () => resolve(), { once: true });
        });
        ctx.log.info(`stopped, env was ${echoed}`);
        return {
          status: 'failed',
          outputs: { stdout: echoed, timed_out: true },
          error: 'the command timed out',
        };
      }
      ctx.log.info(`running with ${echoed}`);
      const flaky = typeof config.flaky === 'number' ? config.flaky : 0;
      const exit = ctx.attempt <= flaky ? 1 : typeof config.exit === 'number' ? config.exit : 0;
      const outputs: JsonObject = {
        exit_code: exit,
        stdout: echoed,
        leak: Object.values(env).map(String).join(','),
      };
      if (exit !== 0)
        return { status: 'failed', outputs, error: `the command exited with code ${exit}` };
      const writes = (config.writes ?? {}) as JsonObject;
      if (Object.keys(writes).length === 0) return { status: 'succeeded', outputs };
      return { status: 'succeeded', outputs, changes: { step: ctx.step.id, writes } };
    },
  };
}

/** A checkout in memory: change sets are `{ writes: { path: content } }`, applied whole. */
export function memoryCheckout(
  log: WorldLog,
  job: () => number,
): Checkout & { files: Map<string, string> } {
  const files = new Map<string, string>();
  return {
    files,
    async apply(_workspace, changes) {
      const writes = (changes.writes ?? {}) as Record<string, string>;
      const before = new Map([...Object.keys(writes)].map((p) => [p, files.get(p)]));
      for (const [path, content] of Object.entries(writes)) files.set(path, content);
      log.applied.push({ job: job(), changes });
      return {
        async revert() {
          for (const [path, content] of before) {
            if (content === undefined) files.delete(path);
            else files.set(path, content);
          }
          return [];
        },
      };
    },
  };
}

/**
 * What a reviewer does when a gate asks in a job: answer now; read it and approve after the job
 * ended (`approve_later`: the job pauses, the next one finds the /approve); or leave it.
 */
export type ReviewerMove = 'approve' | 'approve_later' | 'reject' | 'wait' | 'time_out';

/**
 * Reviewers: in each job, a gate is answered as `moves` says; an approval counts for the key
 * (the content) the gate had when it was given, so a later job asking about other content is
 * not approved by it — as a /approve comment is bound to the gate it answered.
 */
export function reviewers(log: WorldLog, move: (gate: Gate) => ReviewerMove): ApprovalGateway {
  const approvedKeys = new Map<string, string | undefined>();
  const decision = (d: GateDecision['decision']): GateDecision => ({
    decision: d,
    approvers: d === 'approved' || d === 'rejected' ? ['rev'] : [],
    comment: d === 'rejected' ? 'not this' : '',
    url: '',
    sha: '',
    byPolicy: false,
    ...(d === 'waiting' ? { howToAnswer: 'answer with /approve' } : {}),
  });
  return {
    async decide(gate) {
      log.gateMessages.push(gate.message);
      if (approvedKeys.has(gate.stepId) && approvedKeys.get(gate.stepId) === gate.key)
        return decision('approved');
      const next = move(gate);
      if (next === 'approve' || next === 'approve_later') {
        approvedKeys.set(gate.stepId, gate.key);
        log.approvals.push({ step: gate.stepId, key: gate.key, held: gate.held ?? [] });
        return decision(next === 'approve' ? 'approved' : 'waiting');
      }
      if (next === 'reject') return decision('rejected');
      if (next === 'time_out') return decision('timed_out');
      return decision('waiting');
    },
    async recordPolicyApproval() {
      return decision('approved');
    },
  };
}
