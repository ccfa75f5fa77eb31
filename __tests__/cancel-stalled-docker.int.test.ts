// A cancel while a Docker call is stalled (issue #18: a cancel is answered within 200 ms in
// every phase). The engine goes silent at one request of a sandbox step's start — a volume's
// create, a container's create, its start — and the deadline of each call is set far above
// the test's own timeout, so a step that waited for the stalled call would fail the test by
// timing out. The step ends cancelled at once; once the engine answers again, what it created
// for the run is removed by the step's own clean-up, in the background.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CancelledError } from '../src/engine/types.js';
import { createDockerRuntime } from '../src/sandbox/docker-runtime.js';
import { sandboxKind } from '../src/steps/sandbox.js';
import {
  leftovers,
  requireDocker,
  sandboxContext,
  TEST_IMAGE,
  uniqueRunId,
} from './support/docker.js';
import { closeEngines, engineStallingAt } from './support/stalling-engine.js';

beforeAll(() => requireDocker());

afterEach(closeEngines);

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`still not true after 30 s: ${what}`);
}

describe('a cancel while the Docker engine is stalled', () => {
  for (const [phase, at] of [
    ['creating a volume', /^POST \S*\/volumes\/create/],
    ['creating a container', /^POST \S*\/containers\/create/],
    ['starting a container', /^POST \S*\/containers\/\w+\/start/],
  ] as const) {
    it(
      `ends the step cancelled at once while ${phase}, and leaves nothing`,
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
        const ctx = sandboxContext({
          runtime,
          runId,
          signal: controller.signal,
          config: { image: TEST_IMAGE, run: 'sleep 30', workspace: 'copy' },
        });
        const step = sandboxKind.run(ctx);
        step.catch(() => undefined);
        await engine.stalled;
        controller.abort(new CancelledError('the run was cancelled by SIGINT'));
        await expect(step).rejects.toBeInstanceOf(CancelledError);
        // The step is over while the engine still says nothing; once it answers, the clean-up
        // that went on in the background removes what the held requests created.
        engine.resume();
        await until(() => leftovers(runId).length === 0, `no container or volume of ${runId}`);
      },
    );
  }
});
