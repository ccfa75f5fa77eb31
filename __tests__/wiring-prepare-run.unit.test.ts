// The run preparation both edges share: checks before the first step, the scratch directory,
// the interrupt that cancels, and the engine call, with a fake engine in front.
import { access, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/workflow/inputs.js';
import type { RunOptions } from '../src/engine/run.js';
import type { RunResult, StepKindRegistry } from '../src/engine/types.js';
import type { Engine } from '../src/wiring/engine.js';
import { runPrepared, type RunPreparation } from '../src/wiring/prepare-run.js';
import { makeWorkflow } from './support/engine-fixtures.js';

const workflow = makeWorkflow([{ id: 'a' }]);

function fakeEngine(answer: (options: RunOptions) => Promise<RunResult>): Engine & {
  runs: RunOptions[];
} {
  const runs: RunOptions[] = [];
  const registry: StepKindRegistry = new Map();
  return {
    runs,
    load: () => Promise.resolve(workflow),
    run: (options) => {
      runs.push(options);
      return answer(options);
    },
    registry: () => registry,
  };
}

const done = { status: 'succeeded' } as RunResult;

async function preparation(
  engine: Engine,
  extra: Partial<RunPreparation> = {},
): Promise<RunPreparation> {
  return {
    engine,
    workflow,
    inputs: {},
    workspace: process.cwd(),
    runId: 'r1',
    scratchBase: await mkdtemp(path.join(tmpdir(), 'wflo-prep-test-')),
    serviceSettings: { env: {} },
    observer: {},
    setupHint: () => 'hint',
    listen: () => () => undefined,
    warn: () => undefined,
    removeScratch: true,
    ...extra,
  };
}

describe('runPrepared', () => {
  it('runs the checks before the first step in order and stops at the first refusal, before anything starts', async () => {
    const engine = fakeEngine(() => Promise.resolve(done));
    const asked: string[] = [];
    const prep = await preparation(engine, {
      beforeFirstStep: [
        () => (asked.push('one'), Promise.resolve(undefined)),
        () => (asked.push('two'), Promise.resolve('the budget pool is empty')),
        () => (asked.push('three'), Promise.resolve(undefined)),
      ],
    });
    const outcome = await runPrepared(prep);
    expect(outcome).toEqual({ kind: 'refused', why: 'check', message: 'the budget pool is empty' });
    expect(asked).toEqual(['one', 'two']);
    expect(engine.runs).toHaveLength(0);
    expect(await readdir(prep.scratchBase ?? '')).toEqual([]);
  });

  it('runs the engine in a scratch directory named for the run, and removes it when asked', async () => {
    const engine = fakeEngine(async (options) => {
      await access(options.tempDir);
      return done;
    });
    const seen: string[] = [];
    const prep = await preparation(engine, { onScratch: (dir) => seen.push(dir) });
    const outcome = await runPrepared(prep);
    expect(outcome).toEqual({ kind: 'ran', result: done });
    expect(path.basename(engine.runs[0]?.tempDir ?? '')).toMatch(/^wflo-r1-/);
    expect(seen).toEqual([engine.runs[0]?.tempDir]);
    expect(await readdir(prep.scratchBase ?? '')).toEqual([]);
  });

  it('keeps the scratch directory for the post phase when not asked to remove it', async () => {
    const engine = fakeEngine(() => Promise.resolve(done));
    const prep = await preparation(engine, { removeScratch: false });
    await runPrepared(prep);
    expect(await readdir(prep.scratchBase ?? '')).toHaveLength(1);
  });

  it('turns inputs that do not fit the workflow into a refusal', async () => {
    const engine = fakeEngine(() => Promise.reject(new InputError("input 'n' is missing")));
    const outcome = await runPrepared(await preparation(engine));
    expect(outcome).toEqual({ kind: 'refused', why: 'inputs', message: "input 'n' is missing" });
  });

  it('cancels the run on an interrupt and stops listening when the engine returns', async () => {
    let interrupt: ((reason: string) => void) | undefined;
    let listening = false;
    const engine = fakeEngine(
      (options) =>
        new Promise((resolve) => {
          options.signal?.addEventListener('abort', () => resolve(done));
          interrupt?.('the run was cancelled by SIGINT');
        }),
    );
    const prep = await preparation(engine, {
      listen: (run) => {
        listening = true;
        interrupt = (reason) => {
          expect(run.cancelled).toBe(false);
          run.cancel(reason);
          expect(run.cancelled).toBe(true);
        };
        return () => {
          listening = false;
        };
      },
    });
    await runPrepared(prep);
    const reason: unknown = engine.runs[0]?.signal?.reason;
    expect(reason).toBeInstanceOf(Error);
    expect((reason as Error).message).toBe('the run was cancelled by SIGINT');
    expect(listening).toBe(false);
  });
});
