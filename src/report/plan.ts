// The plan of a workflow (what `wflo plan` and the action's dry run print): each step's
// wave — steps of one wave only wait on earlier waves, so they may run in parallel.
import type { StepKindRegistry } from '../engine/types.js';
import type { StepWorstCase } from '../cost/step-estimate.js';
import type { StepSpec, Workflow } from '../workflow/model.js';
import { escapeInline } from '../common/markdown.js';
import { formatMicros, textTableLines } from './format.js';

export interface PlannedStep {
  id: string;
  kind: string;
  needs: string[];
  /** 1 for steps that wait on nothing. */
  wave: number;
  /** Its kind spends money (StepKind.spendsMoney): an unknown worst case shows as `n/a`. */
  spendsMoney: boolean;
  /** Worst-case cost in micro-dollars, when an estimator knows it. */
  worstCaseMicros?: number;
  /** Why the worst case of a step that spends money is not known before it runs. */
  worstCaseUnknown?: string;
  /** What a known worst case includes, when the kind says (an agent's MCP tools). */
  worstCaseCovers?: string;
  /** The expressions its prompt grows with: the worst case is then bounded by the context window. */
  growsWith?: string[];
}

export interface Plan {
  name: string;
  file: string;
  maxParallel: number;
  steps: PlannedStep[];
  /** The run's worst case when every step's is known. */
  worstCaseMicros?: number;
  /** The run's budget (`budget.max_usd`), to say when the worst case passes it. */
  budgetMicros?: number;
  /** The file's budget pools (keys as written) and what one run holds from each, at most. */
  pools: PlannedPool[];
  /** min(run budget, worst case): a run's hold from its pools when they have it. */
  poolHoldMicros?: number;
}

export interface PlannedPool {
  key: string;
  capMicros: number;
  period?: 'day' | 'week' | 'month';
}

/**
 * A step's worst case from its kind (StepKind.worstCase): micro-dollars, or why it cannot be
 * known before the run; undefined for a kind that spends nothing.
 */
export async function worstCaseOf(
  step: StepSpec,
  workflow: Workflow,
  registry: StepKindRegistry,
): Promise<StepWorstCase | undefined> {
  return registry.get(step.kind)?.worstCase?.(step, workflow);
}

export async function planOf(workflow: Workflow, registry: StepKindRegistry): Promise<Plan> {
  const steps: PlannedStep[] = [];
  // A step may need one written after it (`needs` orders, not the file), so waves are depths.
  const waveOf = wavesOf(workflow.steps);
  for (const step of workflow.steps) {
    const wave = waveOf(step.id);
    const worst = await worstCaseOf(step, workflow, registry);
    steps.push({
      id: step.id,
      kind: step.kind,
      needs: step.needs,
      wave,
      spendsMoney: registry.get(step.kind)?.spendsMoney === true,
      ...(typeof worst === 'number' ? { worstCaseMicros: worst } : {}),
      ...(typeof worst === 'object' && 'reason' in worst ? { worstCaseUnknown: worst.reason } : {}),
      ...(typeof worst === 'object' && 'micros' in worst
        ? {
            worstCaseMicros: worst.micros,
            ...(worst.covers ? { worstCaseCovers: worst.covers } : {}),
            ...(worst.growsWith ? { growsWith: worst.growsWith } : {}),
          }
        : {}),
    });
  }
  const known = steps.every((s) => s.worstCaseMicros !== undefined || !s.spendsMoney);
  const total = steps.reduce((sum, s) => sum + (s.worstCaseMicros ?? 0), 0);
  const budget = workflow.budget?.maxMicros;
  const hold = known ? Math.min(total, budget ?? total) : budget;
  return {
    name: workflow.name,
    file: workflow.file,
    maxParallel: workflow.maxParallel,
    steps,
    ...(known ? { worstCaseMicros: total } : {}),
    ...(workflow.budget?.maxMicros === undefined
      ? {}
      : { budgetMicros: workflow.budget.maxMicros }),
    pools: (workflow.budget?.pools ?? []).map((p) => ({
      key: p.key,
      capMicros: p.capMicros,
      ...(p.period === undefined ? {} : { period: p.period }),
    })),
    ...(hold === undefined ? {} : { poolHoldMicros: hold }),
  };
}

/** Each step's wave: 1 past the deepest step it needs (a validated workflow has no cycle). */
function wavesOf(specs: readonly StepSpec[]): (id: string) => number {
  const byId = new Map(specs.map((s) => [s.id, s]));
  const waves = new Map<string, number>();
  const waveOf = (id: string): number => {
    const known = waves.get(id);
    if (known !== undefined) return known;
    waves.set(id, 1); // a cycle, were one to slip through, ends here instead of looping
    const needs = byId.get(id)?.needs ?? [];
    const wave = 1 + Math.max(0, ...needs.map(waveOf));
    waves.set(id, wave);
    return wave;
  };
  return waveOf;
}

function worstCaseText(step: PlannedStep): string {
  if (step.worstCaseMicros !== undefined)
    return `${formatMicros(step.worstCaseMicros)}${step.growsWith ? ' (templated)' : ''}`;
  return step.spendsMoney ? 'n/a' : '–';
}

function runWorstCaseText(plan: Plan): string {
  return plan.worstCaseMicros === undefined ? 'n/a' : formatMicros(plan.worstCaseMicros);
}

/** One line per step shown as `n/a` that says why, and per templated step what it grows with. */
function unknownLines(plan: Plan): string[] {
  return plan.steps.flatMap((s) => {
    if (s.worstCaseMicros === undefined && s.worstCaseUnknown !== undefined)
      return [`${s.id}: n/a because ${s.worstCaseUnknown}`];
    if (s.growsWith)
      return [
        `${s.id}: templated, grows with ${s.growsWith.join(', ')}; bounded by its model's context window less max_tokens`,
      ];
    return [];
  });
}

/** One line when the run's worst case passes its budget: the run may stop there (exit 3). */
function budgetLines(plan: Plan): string[] {
  const { worstCaseMicros: worst, budgetMicros: budget } = plan;
  if (worst === undefined || budget === undefined || worst <= budget) return [];
  return [
    `the run's worst case ${formatMicros(worst)} is above its budget of ${formatMicros(budget)}: it may stop at budget_exceeded (exit 3) before its last call`,
  ];
}

/** One line per step whose worst case says what it includes. */
function coversLines(plan: Plan): string[] {
  return plan.steps
    .filter((s) => s.worstCaseCovers !== undefined)
    .map((s) => `${s.id}: its worst case ${s.worstCaseCovers}`);
}

function parallelLines(plan: Plan): string[] {
  const byWave = new Map<number, string[]>();
  for (const s of plan.steps) byWave.set(s.wave, [...(byWave.get(s.wave) ?? []), s.id]);
  return [...byWave.entries()]
    .filter(([, ids]) => ids.length > 1)
    .map(
      ([wave, ids]) =>
        `wave ${wave}: ${ids.join(', ')} run in parallel (up to ${plan.maxParallel} at a time)`,
    );
}

/** A plain-text table for the terminal. */
export function renderPlanText(plan: Plan): string {
  const header = ['wave', 'step', 'kind', 'needs', 'worst case'];
  const rows = plan.steps.map((s) => [
    String(s.wave),
    s.id,
    s.kind,
    s.needs.length > 0 ? s.needs.join(', ') : '–',
    worstCaseText(s),
  ]);
  const table = textTableLines(header, rows);
  const steps = plan.steps.length === 1 ? '1 step' : `${plan.steps.length} steps`;
  return [
    `${plan.name} (${plan.file}): ${steps}, max_parallel ${plan.maxParallel}`,
    table.header,
    ...table.rows,
    ...parallelLines(plan),
    ...unknownLines(plan),
    ...coversLines(plan),
    `run worst case: ${runWorstCaseText(plan)}`,
    ...budgetLines(plan),
    ...poolLines(plan),
    '',
  ].join('\n');
}

/** What a run takes from each budget pool, and the pools (keys as written). */
function poolLines(plan: Plan): string[] {
  if (plan.pools.length === 0) return [];
  const each = plan.pools.map(
    (p) =>
      `${p.key} (${formatMicros(p.capMicros)}${p.period ? ` a ${p.period}, UTC` : ', never resets'})`,
  );
  const hold =
    plan.poolHoldMicros === undefined
      ? 'what each pool has left (no budget and no known worst case bound it)'
      : `${formatMicros(plan.poolHoldMicros)} (the smaller of the run's budget and its worst case), or less when a pool has less left`;
  return [
    `budget pools: ${each.join(', ')}`,
    `each run holds from every pool before its first step: ${hold}`,
  ];
}

/** The same plan as Markdown for the job summary. */
export function renderPlanMarkdown(plan: Plan): string {
  const rows = plan.steps.map(
    (s) =>
      `| ${s.wave} | ${escapeInline(s.id)} | ${escapeInline(s.kind)} | ${s.needs.map(escapeInline).join(', ') || '–'} | ${worstCaseText(s)} |`,
  );
  return [
    `### Plan of ${escapeInline(plan.name)} (dry run: nothing ran)`,
    '',
    '| Wave | Step | Kind | Needs | Worst case |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...[...parallelLines(plan), ...unknownLines(plan), ...coversLines(plan)].map(
      (l) => `- ${escapeInline(l)}`,
    ),
    `- run worst case: ${runWorstCaseText(plan)}`,
    ...budgetLines(plan).map((l) => `- ${escapeInline(l)}`),
    ...poolLines(plan).map((l) => `- ${escapeInline(l)}`),
    '',
  ].join('\n');
}
