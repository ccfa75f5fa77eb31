// The plan of a workflow (what `wflo plan` and the action's dry run print): each step's
// wave — steps of one wave only wait on earlier waves, so they may run in parallel.
import type { StepKindRegistry } from '../engine/types.js';
import type { StepSpec, Workflow } from '../workflow/model.js';
import { escapeInline } from '../common/markdown.js';
import { formatMicros } from './format.js';

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
}

export interface Plan {
  name: string;
  file: string;
  maxParallel: number;
  steps: PlannedStep[];
  /** The run's worst case when every step's is known. */
  worstCaseMicros?: number;
}

/**
 * A step's worst case from its kind (StepKind.worstCase): micro-dollars, or why it cannot be
 * known before the run; undefined for a kind that spends nothing.
 */
export async function worstCaseOf(
  step: StepSpec,
  workflow: Workflow,
  registry: StepKindRegistry,
): Promise<number | { reason: string } | undefined> {
  return registry.get(step.kind)?.worstCase?.(step, workflow);
}

export async function planOf(workflow: Workflow, registry: StepKindRegistry): Promise<Plan> {
  const waves = new Map<string, number>();
  const steps: PlannedStep[] = [];
  // Validated workflows list a step after everything it needs, so one pass suffices.
  for (const step of workflow.steps) {
    const wave = 1 + Math.max(0, ...step.needs.map((n) => waves.get(n) ?? 0));
    waves.set(step.id, wave);
    const worst = await worstCaseOf(step, workflow, registry);
    steps.push({
      id: step.id,
      kind: step.kind,
      needs: step.needs,
      wave,
      spendsMoney: registry.get(step.kind)?.spendsMoney === true,
      ...(typeof worst === 'number' ? { worstCaseMicros: worst } : {}),
      ...(typeof worst === 'object' ? { worstCaseUnknown: worst.reason } : {}),
    });
  }
  const known = steps.every((s) => s.worstCaseMicros !== undefined || !s.spendsMoney);
  const total = steps.reduce((sum, s) => sum + (s.worstCaseMicros ?? 0), 0);
  return {
    name: workflow.name,
    file: workflow.file,
    maxParallel: workflow.maxParallel,
    steps,
    ...(known ? { worstCaseMicros: total } : {}),
  };
}

function worstCaseText(step: PlannedStep): string {
  if (step.worstCaseMicros !== undefined) return formatMicros(step.worstCaseMicros);
  return step.spendsMoney ? 'n/a' : '–';
}

function runWorstCaseText(plan: Plan): string {
  return plan.worstCaseMicros === undefined ? 'n/a' : formatMicros(plan.worstCaseMicros);
}

/** One line per step shown as `n/a` that says why. */
function unknownLines(plan: Plan): string[] {
  return plan.steps
    .filter((s) => s.worstCaseMicros === undefined && s.worstCaseUnknown !== undefined)
    .map((s) => `${s.id}: n/a because ${s.worstCaseUnknown}`);
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
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const steps = plan.steps.length === 1 ? '1 step' : `${plan.steps.length} steps`;
  return [
    `${plan.name} (${plan.file}): ${steps}, max_parallel ${plan.maxParallel}`,
    line(header),
    ...rows.map(line),
    ...parallelLines(plan),
    ...unknownLines(plan),
    `run worst case: ${runWorstCaseText(plan)}`,
    '',
  ].join('\n');
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
    ...[...parallelLines(plan), ...unknownLines(plan)].map((l) => `- ${escapeInline(l)}`),
    `- run worst case: ${runWorstCaseText(plan)}`,
    '',
  ].join('\n');
}
