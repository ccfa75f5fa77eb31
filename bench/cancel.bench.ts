// Cancel latency per phase (issue #18: a cancel is answered within 200 ms in every phase):
// the time from the abort to the step's promise settling, median of RUNS, for a sandbox
// step whose engine stalls before the container starts, one whose command runs, one reading
// its workspace back, an agent step whose engine stalls at its container's create or start,
// an agent turn whose model call the server holds, an llm call the server holds, and a gate
// waiting on GitHub. The
// baseline is the 200 ms bound itself, so the ratio says how much of it is used.
import { it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancelledError, type StepContext, type StepKind } from '../src/engine/types.js';
import { createGitHubGateway } from '../src/github/github-gateway.js';
import { createDockerRuntime } from '../src/sandbox/docker-runtime.js';
import { approvalKind } from '../src/steps/approval.js';
import { agentKind } from '../src/steps/agent.js';
import { llmKind } from '../src/steps/llm.js';
import { sandboxKind } from '../src/steps/sandbox.js';
import { leftovers, sandboxContext, TEST_IMAGE, uniqueRunId } from '../__tests__/support/docker.js';
import { FakeGitHub } from '../__tests__/support/fake-github.js';
import { completion, slow, startFakeOpenAi } from '../__tests__/support/fake-openai.js';
import { stepContext } from '../__tests__/support/step-context.js';
import { closeEngines, engineStallingAt } from '../__tests__/support/stalling-engine.js';
import { reportFigure } from './report.js';

const RUNS = 5;
const BOUND_MS = 200;

/** Starts the step, aborts once `ready` resolves, and returns ms from the abort to the end. */
async function cancelLatency(
  kind: StepKind,
  ctx: (signal: AbortSignal) => StepContext,
  ready: () => Promise<void>,
): Promise<number> {
  const controller = new AbortController();
  const pending = kind.run(ctx(controller.signal));
  pending.catch(() => undefined);
  await ready();
  const start = performance.now();
  controller.abort(new CancelledError());
  await pending.catch(() => undefined);
  return performance.now() - start;
}

async function median(times: () => Promise<number>): Promise<number> {
  const all: number[] = [];
  for (let i = 0; i < RUNS; i++) all.push(await times());
  all.sort((a, b) => a - b);
  return all[Math.floor(all.length / 2)] ?? 0;
}

function figure(phase: string, ms: number): void {
  const tail = cleanUps.get(phase);
  const cleanUp = tail
    ? `; clean-up done after ${[...tail].sort((a, b) => a - b)[Math.floor(tail.length / 2)]?.toFixed(0)} ms (median, in the background)`
    : '';
  reportFigure({
    bench: 'cancel',
    case: `cancel latency: ${phase}`,
    wflo_ms: ms,
    baseline_ms: BOUND_MS,
    ratio: ms / BOUND_MS,
    note: `median of ${RUNS}; baseline: the 200 ms bound${cleanUp}`,
  });
}

/** Per sandbox phase: ms from the cancel until Docker lists nothing of the run (the background clean-up). */
const cleanUps = new Map<string, number[]>();

/** Waits until Docker lists nothing of `runId` (the clean-up a cancel `ms` ago left running). */
async function cleanUpTimed(phase: string, runId: string, ms: number): Promise<void> {
  const cancelledAt = performance.now() - ms;
  while (leftovers(runId).length > 0) await new Promise((r) => setTimeout(r, 20));
  cleanUps.set(phase, [...(cleanUps.get(phase) ?? []), performance.now() - cancelledAt]);
}

/** A sandbox step through a proxy that stalls (or only watches) at `at`; cancelled there. */
function sandboxPhase(
  phase: string,
  at: RegExp,
  observeOnly: boolean,
  afterMs: number,
  run: string,
) {
  return async () => {
    const runId = uniqueRunId('benchcancel');
    const engine = await engineStallingAt(at, { observeOnly });
    const runtime = createDockerRuntime({ dockerHost: `unix://${engine.path}` });
    const checkout = mkdtempSync(join(tmpdir(), 'wflo-bench-cancel-'));
    for (let i = 0; i < 200; i++) writeFileSync(join(checkout, `f${i}`), 'x'.repeat(10_000));
    const ms = await cancelLatency(
      sandboxKind,
      (signal) =>
        sandboxContext({
          runtime,
          runId,
          workspace: checkout,
          signal,
          config: { image: TEST_IMAGE, run, workspace: 'copy' },
        }),
      async () => {
        await engine.stalled;
        await new Promise((r) => setTimeout(r, afterMs));
      },
    );
    engine.resume();
    await cleanUpTimed(phase, runId, ms);
    await closeEngines();
    return ms;
  };
}

/** An agent step with a tiny checkout, its container through `runtime`, its model at `baseURL`. */
function agentContext(
  signal: AbortSignal,
  runId: string,
  runtime: ReturnType<typeof createDockerRuntime>,
  baseURL: string,
  mcp?: Array<{ name: string; command: string[] }>,
): StepContext {
  const checkout = mkdtempSync(join(tmpdir(), 'wflo-bench-cancel-agent-'));
  writeFileSync(join(checkout, 'a.txt'), 'a\n');
  return stepContext({
    id: 'fixer',
    kind: 'agent',
    runId,
    workspace: checkout,
    tempDir: tmpdir(),
    config: {
      model: 'gpt-4o-mini',
      task: 'fix it',
      sandbox: { image: TEST_IMAGE },
      ...(mcp ? { mcp } : {}),
    },
    llm: { baseURL, maxRetries: 0, timeoutMs: 60_000 },
    containers: runtime,
    signal,
  });
}

/**
 * An agent step whose engine stalls at `at` (with `body`, the request whose bytes match it);
 * cancelled there, clean-up timed like the sandbox's. With `mcp`, the step lists that server.
 */
function agentStallPhase(
  phase: string,
  at: RegExp,
  stall: { body?: RegExp; mcp?: Array<{ name: string; command: string[] }> } = {},
) {
  return async () => {
    const runId = uniqueRunId('benchcancel');
    const engine = await engineStallingAt(at, stall.body ? { body: stall.body } : {});
    const runtime = createDockerRuntime({ dockerHost: `unix://${engine.path}` });
    const ms = await cancelLatency(
      agentKind,
      (signal) => agentContext(signal, runId, runtime, 'http://127.0.0.1:9/v1', stall.mcp),
      () => engine.stalled,
    );
    engine.resume();
    await cleanUpTimed(phase, runId, ms);
    await closeEngines();
    return ms;
  };
}

it('cancel latency per phase', async () => {
  figure(
    'sandbox, engine stalled at the container create',
    await median(
      sandboxPhase(
        'sandbox, engine stalled at the container create',
        /^POST \S*\/containers\/create/,
        false,
        50,
        'sleep 30',
      ),
    ),
  );
  figure(
    'sandbox, command running',
    await median(
      sandboxPhase(
        'sandbox, command running',
        /^POST \S*\/containers\/\w+\/start/,
        true,
        300,
        'sleep 30',
      ),
    ),
  );
  figure(
    'sandbox, reading the workspace back',
    await median(
      sandboxPhase(
        'sandbox, reading the workspace back',
        /^GET \S*\/containers\/\w+\/archive\?path=%2Fworkspace/,
        true,
        0,
        'true',
      ),
    ),
  );

  for (const [phase, at] of [
    ['agent, engine stalled at the container create', /^POST \S*\/containers\/create/],
    ['agent, engine stalled at the container start', /^POST \S*\/containers\/\w+\/start/],
  ] as const)
    figure(phase, await median(agentStallPhase(phase, at)));
  const mcpStart = 'agent, engine stalled at the exec starting its MCP server';
  figure(
    mcpStart,
    await median(
      agentStallPhase(mcpStart, /^POST \S*\/containers\/\w+\/exec /, {
        body: /wflo-mcp-bench/,
        mcp: [{ name: 'fs', command: ['wflo-mcp-bench'] }],
      }),
    ),
  );

  const ai = await startFakeOpenAi({ handler: () => slow(completion(), 30_000) });
  const agentTurn = 'agent, model call held by the server';
  figure(
    agentTurn,
    await median(async () => {
      const runId = uniqueRunId('benchcancel');
      const ms = await cancelLatency(
        agentKind,
        (signal) => agentContext(signal, runId, createDockerRuntime(), ai.baseURL),
        async () => {
          const seen = ai.requests.length;
          while (ai.requests.length === seen) await new Promise((r) => setTimeout(r, 5));
        },
      );
      await cleanUpTimed(agentTurn, runId, ms);
      return ms;
    }),
  );
  figure(
    'llm call held by the server',
    await median(() =>
      cancelLatency(
        llmKind,
        (signal) =>
          stepContext({
            config: { model: 'gpt-4o-mini', prompt: 'hi', max_tokens: 10 },
            llm: { baseURL: ai.baseURL, maxRetries: 0, timeoutMs: 60_000 },
            signal,
          }),
        async () => {
          const seen = ai.requests.length;
          while (ai.requests.length === seen) await new Promise((r) => setTimeout(r, 5));
        },
      ),
    ),
  );
  await ai.close();

  const gh = await FakeGitHub.start();
  gh.addToken('ghs_bench', { login: 'github-actions[bot]', type: 'Bot' });
  gh.addPull(1, 'a'.repeat(40), gh.addUser('ada', { role: 'write' }));
  const gateway = createGitHubGateway({
    token: 'ghs_bench',
    apiUrl: gh.url,
    owner: gh.owner,
    repo: gh.repo,
    pullNumber: 1,
    mode: 'wait',
  });
  let run = 0;
  figure(
    'approval gate waiting on GitHub',
    await median(() => {
      const id = `bench-${++run}`;
      return cancelLatency(
        approvalKind,
        (signal) =>
          stepContext({
            kind: 'approval',
            id: 'gate',
            runId: id,
            config: { message: 'Ship?', timeout: '1h' },
            approvals: gateway,
            signal,
          }),
        async () => {
          while (!gh.comments.some((c) => c.body.includes(id)))
            await new Promise((r) => setTimeout(r, 5));
          await new Promise((r) => setTimeout(r, 200));
        },
      );
    }),
  );
  await gh.close();
});
