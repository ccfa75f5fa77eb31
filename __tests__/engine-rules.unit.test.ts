// DESIGN.md §2 "How a step ends, exactly", pinned as examples (the invariant suite checks the
// same laws over generated workflows): timeouts, outages, one sentence per failure, secrets.
import { describe, expect, it } from 'vitest';
import {
  EnvironmentError,
  type StepContext,
  type StepKind,
  type StepOutcome,
} from '../src/engine/types.js';
import { buildReport } from '../src/report/report.js';
import { renderSummary } from '../src/report/summary.js';
import { makeWorkflow, runWith, scriptedKind } from './support/engine-fixtures.js';

const run = runWith;

/** A kind whose engine is down: it throws EnvironmentError, counting its attempts. */
function downKind(): StepKind & { attempts: number } {
  const kind = {
    kind: 'down',
    attempts: 0,
    async run(): Promise<StepOutcome> {
      kind.attempts += 1;
      throw new EnvironmentError(
        'Docker could not inspect image busybox: connect ENOENT /var/run/docker.sock',
        'docker',
      );
    },
  };
  return kind;
}

describe('a step timeout', () => {
  it('is a failure with timed_out that continue_on_error covers: the run goes on', async () => {
    const kind = scriptedKind();
    const result = await run(
      makeWorkflow([
        { id: 'slow', timeoutMs: 1000, continueOnError: true, config: { delay_ms: 5000 } },
        { id: 'after' },
      ]),
      [kind],
    );
    expect(result.status).toBe('succeeded');
    expect(result.steps.map((s) => [s.id, s.status])).toEqual([
      ['slow', 'failed'],
      ['after', 'succeeded'],
    ]);
    expect(result.steps[0]?.outputs.timed_out).toBe(true);
  });

  it('without continue_on_error fails the run (exit 1), never as a gate timeout', async () => {
    const result = await run(
      makeWorkflow([{ id: 'slow', timeoutMs: 1000, config: { delay_ms: 5000 } }]),
      [scriptedKind()],
    );
    expect(result.status).toBe('failed');
    expect(result.reason).toBe("Step 'slow' failed: it timed out after 1s.");
    expect(buildReport(result).exit_code).toBe(1);
  });
});

describe('an environment failure', () => {
  it('fails the run whatever continue_on_error says, is not retried, and nothing new starts', async () => {
    const down = downKind();
    const other = scriptedKind();
    const result = await run(
      makeWorkflow([
        {
          id: 'tests',
          kind: 'down',
          continueOnError: true,
          retry: { maxAttempts: 3, backoffMs: 10 },
        },
        { id: 'diagnose', if: '${{ always() }}' },
      ]),
      [down, other],
      { setupHint: (service) => `fix ${service} here` },
    );
    expect(down.attempts).toBe(1);
    expect(other.calls).toEqual([]);
    expect(result.status).toBe('failed');
    expect(result.steps[0]).toMatchObject({
      status: 'failed',
      continue_on_error: false,
      environment: 'docker',
    });
    expect(result.steps[1]?.status).toBe('skipped');
    expect(result.reason).toBe(
      "Step 'tests' could not run: Docker could not inspect image busybox: connect ENOENT /var/run/docker.sock; fix docker here.",
    );
    expect(buildReport(result).exit_code).toBe(1);
  });

  it('outranks a gate waiting on another branch: the run fails, it does not pause', async () => {
    const waiting: StepKind = {
      kind: 'gate',
      run: async () => ({ status: 'waiting_approval', outputs: {}, error: 'answer it' }),
    };
    const result = await run(
      makeWorkflow([
        { id: 'ask', kind: 'gate', needs: [] },
        { id: 'build', kind: 'down', needs: [] },
      ]),
      [waiting, downKind()],
    );
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/^Step 'build' could not run: /);
  });
});

describe('one sentence per failure', () => {
  it('names the step once and ends with one full stop, whatever the kind wrote', async () => {
    const kind: StepKind = {
      kind: 'loud',
      run: async () => ({
        status: 'failed',
        outputs: {},
        error: "Step 'last' exited with code 5.",
      }),
    };
    const result = await run(makeWorkflow([{ id: 'last', kind: 'loud' }]), [kind]);
    expect(result.reason).toBe("Step 'last' failed: exited with code 5.");
  });

  it('reads a rejection as one phrase', async () => {
    const kind: StepKind = {
      kind: 'gate',
      run: async () => ({
        status: 'rejected',
        outputs: {},
        error: 'by carol (too risky)',
      }),
    };
    const result = await run(makeWorkflow([{ id: 'review', kind: 'gate' }]), [kind]);
    expect(result.reason).toBe("Step 'review' was rejected by carol (too risky).");
  });
});

describe('secrets', () => {
  const long = 'sk-live-0123456789abcdef';
  const short = 'sk-live-0123';
  /** Echoes its env on stdout and in a log line, plain and encoded, then fails with it. */
  const echo: StepKind = {
    kind: 'echo',
    async run(ctx: StepContext): Promise<StepOutcome> {
      const values = Object.values((ctx.config.env ?? {}) as Record<string, string>);
      const text = values
        .map((v) => `${v} ${Buffer.from(v).toString('base64')} ${Buffer.from(v).toString('hex')}`)
        .join(' ');
      ctx.log.info(`env: ${text}`);
      return { status: 'failed', outputs: { stdout: text }, error: `it printed ${text}` };
    },
  };

  it('never reach a log line, a record, the reason, the outputs, the summary or the report', async () => {
    const lines: string[] = [];
    const told: string[] = [];
    const result = await run(
      makeWorkflow(
        [
          {
            id: 'leak',
            kind: 'echo',
            // The shorter one first: masking in registration order would leave the longer's tail.
            config: { env: { SHORT_TOKEN: short, MY_TOKEN: long } },
          },
        ],
        { outputs: { out: '${{ steps.leak.outputs.stdout }}' } },
      ),
      [echo],
      {
        observer: {
          stepLog: (_s, _l, m) => lines.push(m),
          stepFinished: (r) => lines.push(JSON.stringify(r)),
          secret: (v) => told.push(v),
        },
      },
    );
    const surfaces = [
      ...lines,
      JSON.stringify({ ...result, workflow: null }),
      JSON.stringify(buildReport(result)),
      renderSummary(result),
    ].join('\n');
    for (const value of [short, long]) {
      for (const form of [
        value,
        Buffer.from(value).toString('base64').slice(0, -4),
        Buffer.from(value).toString('hex'),
      ])
        expect(surfaces).not.toContain(form);
    }
    expect(surfaces).not.toContain('456789abcdef');
    expect(lines[0]).toMatch(/^env: \*\*\* /);
    // The edge hears of each once, to mask it too (core.setSecret).
    expect(told.sort()).toEqual([long, short].sort());
  });
});
