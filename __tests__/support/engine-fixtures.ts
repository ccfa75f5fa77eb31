// In-memory collaborators for scheduler tests: a workflow builder, a scriptable kind, a fast clock.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../src/common/clock.js';
import { runWorkflow, type RunOptions } from '../../src/engine/run.js';
import type { Services } from '../../src/engine/services.js';
import type { RunResult, StepContext, StepKind, StepOutcome } from '../../src/engine/types.js';
import type { JsonObject, SourceRange, StepSpec, Workflow } from '../../src/workflow/model.js';

export interface StepDraft {
  id: string;
  kind?: string;
  needs?: string[];
  if?: string;
  timeoutMs?: number;
  retry?: { maxAttempts: number; backoffMs: number };
  continueOnError?: boolean | string;
  budgetMicros?: number;
  config?: JsonObject;
}

export function makeWorkflow(
  steps: StepDraft[],
  extra: Partial<Omit<Workflow, 'steps'>> = {},
): Workflow {
  const specs: StepSpec[] = steps.map((d, index) => ({
    id: d.id,
    index,
    kind: d.kind ?? 'test',
    needs: d.needs ?? (index === 0 ? [] : [steps[index - 1]?.id ?? '']),
    if: d.if,
    timeoutMs: d.timeoutMs,
    retry: d.retry ?? { maxAttempts: 1, backoffMs: 1000 },
    continueOnError: d.continueOnError ?? false,
    budgetMicros: d.budgetMicros,
    config: d.config ?? {},
    pointer: `/steps/${index}`,
  }));
  const here: SourceRange = {
    file: 'test.yml',
    start: { line: 1, col: 1 },
    end: { line: 1, col: 1 },
  };
  return {
    file: 'test.yml',
    hash: 'test',
    version: 1,
    name: 'test',
    inputs: {},
    env: {},
    models: {},
    maxParallel: 4,
    outputs: {},
    positionOf: () => here,
    ...extra,
    steps: specs,
  };
}

/** Real time, sped up: a 1 s sleep takes 1 ms, and every requested delay is recorded. */
export function fastClock(scale = 1000): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  let offset = 0;
  return {
    sleeps,
    now: () => Date.now() + offset,
    sleep(ms, signal) {
      sleeps.push(ms);
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const timer = setTimeout(() => {
          offset += ms - ms / scale;
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, ms / scale);
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}

/**
 * Virtual time: every sleep ends on the next turn of the event loop (setImmediate) and moves the
 * clock on by what it asked for, so timeouts, back-offs and grace periods cost nothing real.
 * Work that answers within microtasks still beats a timeout; work that waits for its signal
 * sees the timeout fire.
 */
export function instantClock(): Clock {
  let now = Date.parse('2026-01-01T00:00:00Z');
  return {
    now: () => now,
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const onAbort = () => {
          clearImmediate(timer);
          reject(signal?.reason);
        };
        const timer = setImmediate(() => {
          now += ms;
          signal?.removeEventListener('abort', onAbort);
          resolve();
        });
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}

export function services(clock: Clock = fastClock()): Services {
  return { clock, hostEnv: {} };
}

export interface ScriptedCall {
  id: string;
  attempt: number;
  config: JsonObject;
  startedAt: number;
  finishedAt?: number;
}

/**
 * A kind whose behaviour comes from its config: `delay_ms` (real ms, abortable), `fail_attempts`
 * (fail this many attempts first), `status` (final status), `outputs`, `hang` (ignore the signal).
 */
export function scriptedKind(
  kind = 'test',
): StepKind & { calls: ScriptedCall[]; active: () => number; peak: () => number } {
  const calls: ScriptedCall[] = [];
  let active = 0;
  let peak = 0;
  return {
    kind,
    calls,
    active: () => active,
    peak: () => peak,
    async run(ctx: StepContext): Promise<StepOutcome> {
      const call: ScriptedCall = {
        id: ctx.step.id,
        attempt: ctx.attempt,
        config: ctx.config,
        startedAt: Date.now(),
      };
      calls.push(call);
      active += 1;
      peak = Math.max(peak, active);
      try {
        const delay = typeof ctx.config.delay_ms === 'number' ? ctx.config.delay_ms : 5;
        if (ctx.config.hang === true) await new Promise((r) => setTimeout(r, delay));
        else await abortableDelay(delay, ctx.signal);
        const failAttempts =
          typeof ctx.config.fail_attempts === 'number' ? ctx.config.fail_attempts : 0;
        if (ctx.attempt <= failAttempts)
          return {
            status: 'failed',
            outputs: {},
            error: `attempt ${ctx.attempt} failed on purpose`,
          };
        const status = (ctx.config.status ?? 'succeeded') as StepOutcome['status'];
        const outputs = (ctx.config.outputs ?? {}) as JsonObject;
        return status === 'succeeded'
          ? { status, outputs }
          : { status, outputs, error: `it ended ${status} on purpose` };
      } finally {
        active -= 1;
        call.finishedAt = Date.now();
      }
    },
  };
}

function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'wflo-engine-'));

/** Runs a workflow with the given kinds, in-memory services and a scratch checkout. */
export function runWith(
  workflow: Workflow,
  kinds: StepKind[],
  extra: Partial<RunOptions> = {},
): Promise<RunResult> {
  return runWorkflow({
    workflow,
    inputs: {},
    registry: new Map(kinds.map((k) => [k.kind, k])),
    services: services(),
    workspace: scratch,
    tempDir: scratch,
    ...extra,
  });
}
