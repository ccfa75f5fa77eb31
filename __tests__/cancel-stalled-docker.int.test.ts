// A cancel while a Docker call is stalled (issue #18: a cancel is answered within 200 ms in
// every phase). The engine goes silent at one request of a sandbox step's start — a volume's
// create, a container's create, its start — and the deadline of each call is set far above
// the test's own timeout, so a step that waited for the stalled call would fail the test by
// timing out. The step ends cancelled at once; once the engine answers again, what it created
// for the run is removed by the step's own clean-up, in the background. The agent kind is
// held the same way while its kept container is created and started.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CancelledError, type StepContext, type StepOutcome } from '../src/engine/types.js';
import type { ContainerRuntime } from '../src/sandbox/runtime.js';
import { createDockerRuntime } from '../src/sandbox/docker-runtime.js';
import { createLedger, type BudgetLedger } from '../src/cost/ledger.js';
import { lateWorkEnded } from '../src/sandbox/return-on-cancel.js';
import { agentKind } from '../src/steps/agent.js';
import { sandboxKind } from '../src/steps/sandbox.js';
import {
  leftovers,
  requireDocker,
  sandboxContext,
  TEST_IMAGE,
  uniqueRunId,
} from './support/docker.js';
import { completion, slow, startFakeOpenAi } from './support/fake-openai.js';
import { stepContext } from './support/step-context.js';
import { closeEngines, engineStallingAt } from './support/stalling-engine.js';

beforeAll(() => requireDocker());

afterEach(closeEngines);

/** The step of `kind` as these tests start it, its containers through `runtime`. */
function stalledStep(
  kind: 'sandbox' | 'agent',
  runtime: ContainerRuntime,
  runId: string,
  signal: AbortSignal,
): Promise<StepOutcome> {
  if (kind === 'sandbox')
    return sandboxKind.run(
      sandboxContext({
        runtime,
        runId,
        signal,
        config: { image: TEST_IMAGE, run: 'sleep 30', workspace: 'copy' },
      }),
    );
  // The model is never reached: the step is cancelled before its first turn.
  return agentKind.run(agentContext(runtime, runId, signal, 'http://127.0.0.1:9/v1'));
}

/** An agent step with an empty checkout, its model at `baseURL`. */
function agentContext(
  runtime: ContainerRuntime,
  runId: string,
  signal: AbortSignal,
  baseURL: string,
  ledger?: BudgetLedger,
  mcp?: Array<{ name: string; command: string[] }>,
): StepContext {
  return stepContext({
    id: 'fixer',
    kind: 'agent',
    runId,
    workspace: mkdtempSync(join(tmpdir(), 'wflo-agent-ws-')),
    tempDir: tmpdir(),
    ledger,
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

describe('a cancel while the Docker engine is stalled', () => {
  for (const kind of ['sandbox', 'agent'] as const)
    for (const [phase, at] of [
      ['creating a volume', /^POST \S*\/volumes\/create/],
      ['creating a container', /^POST \S*\/containers\/create/],
      ['starting a container', /^POST \S*\/containers\/\w+\/start/],
    ] as const) {
      it(
        `ends the ${kind} step cancelled at once while ${phase}, and leaves nothing`,
        { timeout: 60_000 },
        async () => {
          const engine = await engineStallingAt(at);
          // One deadline is longer than the test may take: the cancel cannot be waiting for it.
          const runtime = createDockerRuntime({
            dockerHost: `unix://${engine.path}`,
            timeoutMs: 300_000,
          });
          const runId = uniqueRunId('stallcancel');
          const controller = new AbortController();
          const step = stalledStep(kind, runtime, runId, controller.signal);
          step.catch(() => undefined);
          await engine.stalled;
          controller.abort(new CancelledError('the run was cancelled by SIGINT'));
          await expect(step).rejects.toBeInstanceOf(CancelledError);
          // The step is over while the engine still says nothing; once it answers, the
          // clean-up that went on in the background removes what the held requests created,
          // and the edges' wait for that late work (before they exit) ends.
          engine.resume();
          expect(await lateWorkEnded(30_000)).toBe(true);
          expect(leftovers(runId)).toEqual([]);
        },
      );
    }
});

describe('a cancel while an agent step starts its MCP server on a stalled engine', () => {
  it(
    'ends the step cancelled at once, and leaves nothing once the engine answers',
    { timeout: 60_000 },
    async () => {
      // The exec that starts the server is held; the container before it started normally.
      const engine = await engineStallingAt(/^POST \S*\/containers\/\w+\/exec /, {
        body: /wflo-mcp-under-test/,
      });
      const runtime = createDockerRuntime({
        dockerHost: `unix://${engine.path}`,
        timeoutMs: 300_000,
      });
      const runId = uniqueRunId('mcpstallcancel');
      const controller = new AbortController();
      const step = agentKind.run(
        agentContext(runtime, runId, controller.signal, 'http://127.0.0.1:9/v1', undefined, [
          { name: 'fs', command: ['wflo-mcp-under-test'] },
        ]),
      );
      step.catch(() => undefined);
      await engine.stalled;
      const cancelledAt = performance.now();
      controller.abort(new CancelledError('the run was cancelled by SIGINT'));
      await expect(step).rejects.toBeInstanceOf(CancelledError);
      // Answered while the engine still says nothing: not after the exec's deadline.
      expect(performance.now() - cancelledAt).toBeLessThan(5_000);
      engine.resume();
      expect(await lateWorkEnded(30_000)).toBe(true);
      expect(leftovers(runId)).toEqual([]);
    },
  );
});

describe('a cancel of an agent turn whose model call the server holds', () => {
  it('ends the step cancelled with the call settled by its meter, and leaves nothing', async () => {
    const ai = await startFakeOpenAi({ handler: () => slow(completion(), 30_000) });
    try {
      const runId = uniqueRunId('agentturncancel');
      const ledger = createLedger({ budgetMicros: 1_000_000 });
      const controller = new AbortController();
      const step = agentKind.run(
        agentContext(createDockerRuntime(), runId, controller.signal, ai.baseURL, ledger),
      );
      step.catch(() => undefined);
      while (ai.requests.length === 0) await new Promise((r) => setTimeout(r, 10));
      controller.abort(new CancelledError('the run was cancelled by SIGINT'));
      await expect(step).rejects.toBeInstanceOf(CancelledError);
      // The request was sent, so its reservation is kept as spend: nothing left held.
      expect(ledger.reservedMicros()).toBe(0);
      expect(ledger.spentMicros()).toBeGreaterThan(0);
      expect(await lateWorkEnded(30_000)).toBe(true);
      expect(leftovers(runId)).toEqual([]);
    } finally {
      await ai.close();
    }
  });
});
