// The invariant suite (issue #11): the laws of the product, checked after every run of generated
// workflows — random kinds, needs, continue_on_error, retry, timeout and if, gates answered at
// random, pauses and resumes, re-runs with and without changed inputs, cancels and outages —
// so the next combination bug is found by a test, not a user. The laws:
//   I1 what reaches the checkout past a gate is what that gate held when it was approved;
//   I2 spend ≤ budget, and every micro-dollar billed is accounted for;
//   I3 no step's work happens twice across pause/resume/re-run unless its inputs changed;
//   I4 no secret, plain or encoded, on any output surface;
//   I5 the run's status and exit code follow docs/engine.md from its step records;
//   I6 an environment failure never yields success;
//   I7 the copy-back laws: a change set is refused whole or applied exactly, on a real disk, and
//      nothing outside the checkout ever changes (support/copy-back-world.ts; 300 more runs in
//      copy-back-laws.unit.test.ts).
// A failing case prints its seed and the shrunk scenario; add that scenario to
// fixtures/invariant-regressions.json so it is replayed first on every run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Checkpoint } from '../src/checkpoint/checkpoint.js';
import { runWorkflow } from '../src/engine/run.js';
import type { RunResult, RunStatus, StepKind, StepRecord } from '../src/engine/types.js';
import { canonicalJson } from '../src/checkpoint/checkpoint.js';
import { priceOf } from '../src/cost/prices.js';
import { buildReport, exitCodeOf } from '../src/report/report.js';
import { renderSummary } from '../src/report/summary.js';
import { approvalKind } from '../src/steps/approval.js';
import { llmKind } from '../src/steps/llm.js';
import type { Gate } from '../src/approval/gateway.js';
import type { JsonObject, Workflow } from '../src/workflow/model.js';
import { memoryStore } from './support/checkpoint-fixtures.js';
import { checkCopyBackLaws, copyBackCaseArb } from './support/copy-back-world.js';
import { instantClock, makeWorkflow, type StepDraft } from './support/engine-fixtures.js';
import {
  boxKind,
  FAKE_MODEL,
  fakeModel,
  memoryCheckout,
  newLog,
  reviewers,
  type ReviewerMove,
  type WorldLog,
} from './support/invariant-world.js';

// ---------------------------------------------------------------- scenarios

interface StepPlan {
  kind: 'llm' | 'box' | 'approval';
  /** `previous` (the default order), `root`, or indexes into the steps before it. */
  needs: 'previous' | 'root' | number[];
  continueOnError: boolean;
  attempts: number;
  timeout: boolean;
  /** With `timeout`: the work never ends by itself (box hangs, model never answers). */
  hang: boolean;
  cond: 'none' | 'always()' | 'failure()' | 'success()';
  exit: number;
  flaky: number;
  writes: boolean;
  fault: 'none' | 'outage' | 'refusal';
  /** Whether the step's env / prompt / message carries the secrets. */
  secret: boolean;
  /** Per job, what the reviewers do when this gate asks. */
  moves: ReviewerMove[];
}

interface Scenario {
  steps: StepPlan[];
  budgetMicros: number | null;
  maxParallel: number;
  /** Cancel job 1 after this many steps finished. */
  cancelAfter: number | null;
  /** Before job 2, change the prompt (or command) of the step at this index (mod steps). */
  changeBeforeJob2: number | null;
  /** The secrets' random part. */
  nonce: string;
}

const stepPlan: fc.Arbitrary<StepPlan> = fc.record({
  kind: fc.constantFrom<StepPlan['kind']>('llm', 'box', 'box', 'approval'),
  needs: fc.oneof(
    fc.constant<'previous'>('previous'),
    fc.constant<'previous'>('previous'),
    fc.constant<'root'>('root'),
    fc.array(fc.nat({ max: 6 }), { minLength: 1, maxLength: 2 }),
  ),
  continueOnError: fc.boolean(),
  attempts: fc.integer({ min: 1, max: 3 }),
  timeout: fc.boolean(),
  hang: fc.boolean(),
  cond: fc.constantFrom<StepPlan['cond']>('none', 'none', 'always()', 'failure()', 'success()'),
  exit: fc.constantFrom(0, 0, 0, 1),
  flaky: fc.integer({ min: 0, max: 2 }),
  writes: fc.boolean(),
  fault: fc.constantFrom<StepPlan['fault']>('none', 'none', 'none', 'none', 'outage', 'refusal'),
  secret: fc.boolean(),
  moves: fc.array(
    fc.constantFrom<ReviewerMove>(
      'approve',
      'approve_later',
      'approve_later',
      'reject',
      'wait',
      'time_out',
    ),
    { minLength: 3, maxLength: 3 },
  ),
});

const scenario: fc.Arbitrary<Scenario> = fc.record({
  steps: fc.array(stepPlan, { minLength: 1, maxLength: 7 }),
  budgetMicros: fc.option(fc.integer({ min: 20_000, max: 400_000 }), { nil: null }),
  maxParallel: fc.integer({ min: 1, max: 4 }),
  cancelAfter: fc.option(fc.integer({ min: 0, max: 6 }), { freq: 6, nil: null }),
  changeBeforeJob2: fc.option(fc.nat({ max: 6 }), { freq: 2, nil: null }),
  nonce: fc.stringMatching(/^[0-9a-f]{12}$/),
});

// ---------------------------------------------------------------- the workflow

const secretsOf = (nonce: string) => ({
  api: `sk-live-${nonce}-api`,
  // A prefix of the longer one, registered first: it must not leave the longer one's tail.
  short: `sk-live-${nonce.slice(0, 6)}`,
  runner: `ghs_${nonce}runner`,
});

function workflowOf(sc: Scenario, job: number): Workflow {
  const ids = sc.steps.map((_, i) => `s${i}`);
  const drafts: StepDraft[] = sc.steps.map((plan, i) => {
    const id = ids[i] ?? `s${i}`;
    const earlier = ids.slice(0, i);
    const needs =
      plan.needs === 'previous'
        ? undefined
        : plan.needs === 'root'
          ? []
          : [
              ...new Set(
                plan.needs.map((n) => earlier[n % Math.max(1, i)]).filter((n) => n !== undefined),
              ),
            ];
    const changed =
      sc.changeBeforeJob2 !== null && job >= 2 && sc.changeBeforeJob2 % sc.steps.length === i;
    const deps = needs ?? (i === 0 ? [] : [earlier[i - 1] ?? '']);
    const upstream = deps
      .map((d) => `\${{ steps.${d}.outputs.text }}${`\${{ steps.${d}.outputs.exit_code }}`}`)
      .join(' ');
    const secretEnv: JsonObject = plan.secret
      ? {
          SHORT_TOKEN: '${{ env.SHORT_TOKEN }}',
          API_TOKEN: '${{ env.API_TOKEN }}',
          GH: '${{ env.GH_TOKEN }}',
        }
      : {};
    let config: JsonObject;
    if (plan.kind === 'llm') {
      const markers = [
        plan.fault === 'none' ? '' : `[${plan.fault}]`,
        plan.timeout && plan.hang ? '[slow]' : '',
      ].join('');
      config = {
        model: 'fake-model',
        max_tokens: 20,
        prompt: `[step:${id}]${markers} ${changed ? 'changed ' : ''}${plan.secret ? '${{ env.API_TOKEN }}' : ''} ${upstream}`,
      };
    } else if (plan.kind === 'box') {
      config = {
        exit: plan.exit,
        flaky: plan.flaky,
        outage: plan.fault === 'outage',
        hang: plan.timeout && plan.hang,
        env: secretEnv,
        run: `${changed ? 'changed ' : ''}${upstream}`,
        ...(plan.writes
          ? {
              writes: {
                [`${id}.txt`]: `made by ${id} from ${upstream}${changed ? ' changed' : ''}`,
              },
            }
          : {}),
      };
    } else {
      config = { message: `Ship ${id}? ${plan.secret ? '${{ env.API_TOKEN }}' : ''} ${upstream}` };
    }
    return {
      id,
      kind: plan.kind,
      ...(needs === undefined ? {} : { needs }),
      ...(plan.cond === 'none' ? {} : { if: `\${{ ${plan.cond} }}` }),
      ...(plan.timeout && plan.kind !== 'approval' ? { timeoutMs: 50 } : {}),
      retry: { maxAttempts: plan.attempts, backoffMs: 10 },
      continueOnError: plan.continueOnError,
      config,
    };
  });
  const secrets = secretsOf(sc.nonce);
  return makeWorkflow(drafts, {
    maxParallel: sc.maxParallel,
    models: { 'fake-model': FAKE_MODEL },
    env: { SHORT_TOKEN: secrets.short, API_TOKEN: secrets.api },
    ...(sc.budgetMicros === null ? {} : { budget: { maxMicros: sc.budgetMicros, warnAt: [] } }),
  });
}

// ---------------------------------------------------------------- running jobs

interface Job {
  number: number;
  workflow: Workflow;
  result: RunResult;
  /** Every text the run handed to the edge or stored: logs, records, the checkpoint. */
  surfaces: string[];
  /** The summary and the report: published as they are. */
  published: string[];
  checkpoint?: Checkpoint;
}

async function runJobs(
  sc: Scenario,
): Promise<{ jobs: Job[]; log: WorldLog; billedAfter: number[] }> {
  const log = newLog();
  let job = 0;
  const now = () => job;
  const price = priceOf('fake-model', { models: { 'fake-model': FAKE_MODEL } });
  if (!price) throw new Error('no price for the fake model');
  const llm = fakeModel(log, now, price);
  const checkout = memoryCheckout(log, now);
  const gateway = reviewers(log, (gate: Gate) => {
    const index = Number(gate.stepId.slice(1));
    return sc.steps[index]?.moves[job - 1] ?? 'wait';
  });
  const registry = new Map<string, StepKind>([
    ['llm', llmKind],
    ['box', boxKind(log, now)],
    ['approval', approvalKind],
  ]);
  const secrets = secretsOf(sc.nonce);
  const jobs: Job[] = [];
  const billedAfter: number[] = [];
  let resumeFrom: Checkpoint | undefined;
  for (job = 1; job <= 3; job += 1) {
    const store = memoryStore(0);
    const workflow = workflowOf(sc, job);
    const surfaces: string[] = [];
    const controller = new AbortController();
    let finished = 0;
    const result = await runWorkflow({
      workflow,
      inputs: {},
      registry,
      services: {
        clock: instantClock(),
        hostEnv: { PATH: '/usr/bin', GH_TOKEN: secrets.runner },
        llm,
        approvals: gateway,
        checkout,
      },
      workspace: '/checkout',
      tempDir: '/tmp/unused',
      runId: 'inv',
      signal: controller.signal,
      observer: {
        stepLog: (_step, _level, message) => surfaces.push(message),
        warning: (message) => surfaces.push(message),
        stepFinished: (record) => {
          surfaces.push(JSON.stringify(record));
          finished += 1;
          if (job === 1 && sc.cancelAfter !== null && finished >= sc.cancelAfter)
            controller.abort();
        },
      },
      checkpoint: { store, ...(resumeFrom ? { resumeFrom } : {}) },
    });
    const checkpoint = (await store.load()) ?? undefined;
    // The workflow is the input file (it holds the secrets by design); the rest is output.
    surfaces.push(
      JSON.stringify({ ...result, workflow: null }),
      ...store.saved.map((s) => JSON.stringify(s)),
      ...log.gateMessages,
    );
    jobs.push({
      number: job,
      workflow,
      result,
      surfaces,
      published: [renderSummary(result), JSON.stringify(buildReport(result))],
      ...(checkpoint ? { checkpoint } : {}),
    });
    resumeFrom = checkpoint;
    billedAfter.push(log.billedMicros);
  }
  return { jobs, log, billedAfter };
}

// ---------------------------------------------------------------- the laws

function ancestors(workflow: Workflow, id: string): Set<string> {
  const byId = new Map(workflow.steps.map((s) => [s.id, s]));
  const out = new Set<string>();
  const visit = (step: string) => {
    for (const need of byId.get(step)?.needs ?? []) {
      if (!out.has(need)) {
        out.add(need);
        visit(need);
      }
    }
  };
  visit(id);
  return out;
}

function gatesAfter(workflow: Workflow, id: string): string[] {
  return workflow.steps
    .filter((s) => s.kind === 'approval' && ancestors(workflow, s.id).has(id))
    .map((s) => s.id);
}

/** I1: every change set that reached the checkout past gates was held by each when approved. */
function checkI1(jobs: Job[], log: WorldLog): void {
  for (const { job, changes } of log.applied) {
    const step = String(changes.step);
    const workflow = jobs[job - 1]?.workflow ?? jobs[0]?.workflow;
    if (!workflow) continue;
    for (const gate of gatesAfter(workflow, step)) {
      const held = log.approvals
        .filter((a) => a.step === gate)
        .some((a) =>
          a.held.some(([s, c]) => s === step && canonicalJson(c) === canonicalJson(changes)),
        );
      expect(
        held,
        `I1: job ${job} applied ${step}'s changes past gate ${gate}, which never approved them`,
      ).toBe(true);
    }
  }
}

/**
 * I2: the budget holds, and what the endpoint billed up to each job is what the run says it
 * spent (its ledger carries earlier jobs' money): nothing reserved is left unsettled.
 */
function checkI2(sc: Scenario, jobs: Job[], billedAfter: number[]): void {
  for (const job of jobs) {
    const { result } = job;
    if (sc.budgetMicros !== null)
      expect(result.costMicros, `I2: job ${job.number} spent past the budget`).toBeLessThanOrEqual(
        sc.budgetMicros,
      );
    expect(result.costMicros, `I2: job ${job.number} lost track of money billed`).toBe(
      billedAfter[job.number - 1],
    );
  }
}

const ended = (r: StepRecord | undefined) =>
  r !== undefined &&
  (r.status === 'succeeded' ||
    (r.status === 'failed' && r.continue_on_error && r.environment === undefined));

/** I3: a step that ended is not worked again in a later job unless its inputs changed. */
function checkI3(jobs: Job[], log: WorldLog): void {
  for (const job of jobs.slice(1)) {
    const before = jobs[job.number - 2];
    if (!before) continue;
    const ranNow = new Set(log.executions.filter((e) => e.job === job.number).map((e) => e.step));
    for (const e of log.executions.filter((x) => x.job === job.number)) {
      const earlier = before.result.steps.find((r) => r.id === e.step);
      if (!ended(earlier)) continue;
      const last = log.executions.filter((x) => x.job < job.number && x.step === e.step).at(-1);
      const upstreamRan = [...ancestors(job.workflow, e.step)].some((a) => ranNow.has(a));
      const inputsChanged = last === undefined || last.config !== e.config;
      expect(
        inputsChanged || upstreamRan,
        `I3: job ${job.number} ran ${e.step} again although it ended (${earlier?.status}) with the same inputs`,
      ).toBe(true);
    }
  }
}

/** I4: no secret (nor a part a shorter one left behind), plain or encoded, on any surface. */
function checkI4(sc: Scenario, jobs: Job[]): void {
  const values = Object.values(secretsOf(sc.nonce));
  const plain = values.flatMap((v) => [v, v.slice(-9)]);
  const encoded = values.flatMap((v) => [
    Buffer.from(v).toString('base64').slice(3, -3),
    Buffer.from(`x${v}`).toString('base64').slice(3, -3),
    Buffer.from(v).toString('hex'),
    encodeURIComponent(v),
  ]);
  const forms = [...plain, ...encoded];
  for (const job of jobs) {
    for (const text of [...job.surfaces, ...job.published]) {
      // Checked by hand, then asserted: an expect per pair would cost more than the run.
      const found = forms.find((secret) => text.includes(secret));
      if (found !== undefined)
        expect.fail(`I4: job ${job.number} shows ${found} in ${text.slice(0, 300)}`);
    }
  }
}

/** docs/engine.md "Stopping the run", as an independent reading of the records. */
function statusFromRecords(records: StepRecord[]): RunStatus {
  if (records.some((r) => r.status === 'cancelled')) return 'cancelled';
  if (records.some((r) => r.environment !== undefined)) return 'failed';
  const order: RunStatus[] = [
    'budget_exceeded',
    'waiting_approval',
    'rejected',
    'timed_out',
    'failed',
  ];
  const counted = records.filter((r) => !(r.status === 'failed' && r.continue_on_error));
  return order.find((s) => counted.some((r) => r.status === s)) ?? 'succeeded';
}

/** I5: status and exit code follow from the records; a step timeout is a failure, not `timed_out`. */
function checkI5(jobs: Job[]): void {
  for (const { number, result } of jobs) {
    expect(result.status, `I5: job ${number}'s status does not follow from its records`).toBe(
      statusFromRecords(result.steps),
    );
    expect(buildReport(result).exit_code).toBe(exitCodeOf(result.status));
    for (const r of result.steps) {
      if (r.status === 'timed_out') expect(r.kind, `I5: ${r.id} ended timed_out`).toBe('approval');
      if (r.environment !== undefined) expect(r.continue_on_error).toBe(false);
    }
    if (result.status !== 'succeeded') {
      expect(result.reason).toMatch(
        /^(Step '[a-z0-9_-]+' .*[^.]\.|The run was cancelled\.|The run ended [a-z_]+\.)$/,
      );
    }
  }
}

/** I6: a job in which the environment failed does not succeed. */
function checkI6(jobs: Job[], log: WorldLog): void {
  for (const { number, result } of jobs) {
    if (log.outages.some((o) => o.job === number))
      expect(result.status, `I6: job ${number} had an outage and ended ${result.status}`).not.toBe(
        'succeeded',
      );
  }
}

async function holds(sc: Scenario): Promise<void> {
  const { jobs, log, billedAfter } = await runJobs(sc);
  checkI1(jobs, log);
  checkI2(sc, jobs, billedAfter);
  checkI3(jobs, log);
  checkI4(sc, jobs);
  checkI5(jobs);
  checkI6(jobs, log);
}

/** Cases a run of this suite once failed, or the issue's own pattern; `note` says which. */
const regressions = (
  JSON.parse(
    readFileSync(new URL('./fixtures/invariant-regressions.json', import.meta.url), 'utf8'),
  ) as (Scenario & { note?: string })[]
).map(({ note: _note, ...sc }) => sc);

// 1,000 scenarios of three jobs each: ~20 s here; WFLO_INVARIANT_RUNS=20000 for a long hunt.
const RUNS = Number(process.env.WFLO_INVARIANT_RUNS ?? 1000);

describe('the invariants I1–I6 over generated workflows', () => {
  it('hold for every kept regression case', async () => {
    for (const sc of regressions) await holds(sc);
  });

  it("pay the README's fuller example's model once and apply exactly the reviewed change", async () => {
    const fuller = regressions[1];
    if (!fuller) throw new Error('the fuller example is missing from the regression cases');
    const { jobs, log } = await runJobs(fuller);
    expect(jobs.map((j) => j.result.status)).toEqual([
      'waiting_approval',
      'succeeded',
      'succeeded',
    ]);
    // The failing tests (s0) and the model (s1) ran in job 1 only; job 2 reused them as they ended.
    expect(log.executions.filter((e) => e.step === 's0').map((e) => e.job)).toEqual([1]);
    expect(log.executions.filter((e) => e.step === 's1').map((e) => e.job)).toEqual([1]);
    expect(jobs[1]?.result.steps.filter((r) => r.reused).map((r) => r.id)).toEqual([
      's0',
      's1',
      's2',
    ]);
    // What reached the checkout is what the reviewer saw held at the gate in job 1.
    expect(log.approvals.map((a) => a.held)).toEqual([[['s2', log.applied[0]?.changes]]]);
    // Job 2 applied it; the re-run (job 3) applies the same set again to its fresh checkout.
    expect(log.applied.map((a) => a.job)).toEqual([2, 3]);
    expect(log.applied[1]?.changes).toEqual(log.applied[0]?.changes);
  });

  it(`hold over ${RUNS} generated runs of three jobs each`, async () => {
    await fc.assert(
      fc.asyncProperty(scenario, (sc) => holds(sc)),
      { numRuns: RUNS, examples: regressions.map((r) => [r]), verbose: 0 },
    );
  }, 120_000);

  // A real disk, so a twentieth as many: well within a tenth of the suite's time.
  it(`I7: the copy-back laws hold over ${Math.ceil(RUNS / 20)} random checkouts and change sets`, async () => {
    await fc.assert(fc.asyncProperty(copyBackCaseArb, checkCopyBackLaws), {
      numRuns: Math.ceil(RUNS / 20),
    });
  }, 60_000);
});
