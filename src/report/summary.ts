// The job summary (DESIGN.md §7): status, spend against budget, one row per step, the
// decided approval gates, how sandboxes ended, and the failure reason in one sentence. Everything that came from the file, a step or a
// model is escaped (escape.ts) and secrets are redacted before it is written.
import path from 'node:path';
import type { ChangeRecord, RunResult, StepRecord, StepStatus } from '../engine/types.js';
import { renderApprovalsMarkdown } from './approvals.js';
import { publisherFor } from './publish.js';
import { poolsAtEnd, poolLine } from '../pools/words.js';
import { escapeInline } from '../common/markdown.js';
import { approvalsOf, buildReport } from './report.js';
import { formatDuration, formatMicros, formatUsd } from './format.js';
import { toolCallLines } from './tool-calls.js';
import { modelTextsMarkdown } from './model-texts.js';

export interface SummaryOptions {
  /** Values that must not appear (the runner masks logs, and we do not rely on it here). */
  secrets?: readonly string[];
  /** Where the report file is, to mention at the bottom. */
  reportFile?: string;
  /** Adds each model-calling step's final text and an agent's tool calls (`show-outputs`). */
  showOutputs?: boolean;
}

const CHANGE_OUTCOMES: Record<ChangeRecord['outcome'], string> = {
  applied: 'applied',
  held: 'held',
  discarded: 'not applied',
  reverted: 'taken back',
};

const ICONS: Record<StepStatus, string> = {
  succeeded: '✅',
  failed: '❌',
  budget_exceeded: '💸',
  rejected: '⛔',
  timed_out: '⏱️',
  waiting_approval: '⏸️',
  cancelled: '🚫',
  skipped: '⏭️',
};

export function statusLabel(status: StepStatus): string {
  return `${ICONS[status]} ${status.replaceAll('_', ' ')}`;
}

/** A step's status in the table: a failure `continue_on_error` allowed is not a plain ❌. */
function rowLabel(step: StepRecord): string {
  if (step.status === 'failed' && step.continue_on_error && step.environment === undefined)
    return '⚠️ failed (allowed by continue_on_error)';
  return statusLabel(step.status);
}

/** A step's sentence as the run's reason quotes it: no subject naming the step, no final stop. */
function asClause(error: string, stepId: string): string {
  const text = error.trim().replace(/[.\s]+$/u, '');
  const subject = `step '${stepId}' `;
  return text.toLowerCase().startsWith(subject) ? text.slice(subject.length) : text;
}

function tokens(step: StepRecord): string {
  const u = step.usage;
  if (!u) return '–';
  return `${u.input_tokens.toLocaleString('en-US')} in / ${u.output_tokens.toLocaleString('en-US')} out`;
}

function cost(step: StepRecord): string {
  return step.cost_usd > 0 || step.usage ? formatUsd(step.cost_usd) : '–';
}

/** One line on spend: what was spent, against which budget, and the peak reserved. */
export function spendLine(result: RunResult): string {
  const spent = formatMicros(result.costMicros);
  const peak = formatMicros(result.reservedPeakMicros);
  if (result.budgetMicros === undefined)
    return `${spent} spent (no budget set; peak committed ${peak})`;
  return `${spent} of ${formatMicros(result.budgetMicros)} budget spent (peak committed ${peak})`;
}

/** A warning when a server billed above its reservations, or undefined (the normal case). */
export function overageLine(result: RunResult): string | undefined {
  if (!result.overageMicros) return undefined;
  const past =
    result.budgetMicros !== undefined && result.costMicros > result.budgetMicros
      ? `, which put spend ${formatMicros(result.costMicros - result.budgetMicros)} past the budget`
      : '';
  return `Calls were billed ${formatMicros(result.overageMicros)} above what wflo reserved for them (the server counted more tokens than wflo's bound)${past}; the bills are charged in full, and later calls were refused once the budget was spent.`;
}

export function renderSummary(result: RunResult, options: SummaryOptions = {}): string {
  // The run's secrets and the edge's, plain and encoded, hidden before escaping (an escaped
  // secret would still render as itself) and once more over the whole text.
  const publish = publisherFor(result, options.secrets);
  const safe = (text: string) => escapeInline(publish(text));
  const lines = [
    `## ${ICONS[result.status]} wflo: ${safe(result.workflow.name)} ${result.status.replaceAll('_', ' ')}`,
    '',
    `**Spend:** ${spendLine(result)}`,
    '',
  ];
  if (result.status !== 'succeeded' && result.reason) {
    lines.push(`**Why:** ${safe(result.reason)}`, '');
  }
  const over = overageLine(result);
  if (over) lines.push(`> ⚠️ ${safe(over)}`, '');
  for (const pool of result.pools ? poolsAtEnd(result.pools, result.costMicros) : []) {
    lines.push(`**Budget ${safe(poolLine(pool))}**`, '');
  }
  lines.push(
    '| Step | Kind | Status | Attempts | Duration | Tokens | Cost |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const step of result.steps) {
    const label = `${rowLabel(step)}${step.reused ? ' (reused from the checkpoint)' : ''}`;
    // A budget stop's long sentence, said by the Why line, is not said again in its row.
    const said =
      step.status === 'budget_exceeded' &&
      step.error !== undefined &&
      (result.reason ?? '').includes(asClause(step.error, step.id));
    const status = step.error && !said ? `${label}: ${safe(step.error)}` : label;
    lines.push(
      `| ${safe(step.id)} | ${safe(step.kind)} | ${status} | ${step.attempts} | ${formatDuration(step.duration_ms)} | ${tokens(step)} | ${cost(step)} |`,
    );
  }
  const approvals = approvalsOf(result);
  if (approvals.length > 0) {
    lines.push('', '### Approvals', '', publish(renderApprovalsMarkdown(approvals)));
  }
  const sandboxes = result.steps.filter(
    // Steps of kinds that run containers: how each ended.
    (s) =>
      typeof s.outputs.exit_code === 'number' &&
      result.registry.get(s.kind)?.usesContainers === true,
  );
  if (sandboxes.length > 0) {
    lines.push(
      '',
      '### Sandboxes',
      '',
      '| Step | Exit code | Timed out | Out of memory |',
      '| --- | --- | --- | --- |',
    );
    for (const s of sandboxes) {
      const yes = (v: unknown) => (v === true ? 'yes' : 'no');
      lines.push(
        `| ${safe(s.id)} | ${String(s.outputs.exit_code)} | ${yes(s.outputs.timed_out)} | ${yes(s.outputs.oom_killed)} |`,
      );
    }
  }
  lines.push(...toolCallLines(result, safe));
  if (result.changes.length > 0) {
    lines.push(
      '',
      '### Changes to the checkout',
      '',
      '| Step | Files | What became of them |',
      '| --- | --- | --- |',
    );
    for (const c of buildReport(result).changes) {
      const what =
        c.reason === null
          ? CHANGE_OUTCOMES[c.outcome]
          : `${CHANGE_OUTCOMES[c.outcome]}: ${safe(c.reason)}`;
      lines.push(`| ${safe(c.step)} | ${c.files} | ${what} |`);
    }
  }
  if (options.showOutputs === true) lines.push(modelTextsMarkdown(result, publish));
  lines.push('', `<sub>run ${safe(result.runId)} · ${safe(result.workflow.file)}`);
  // The file is on the runner, which nobody can open from the job page: name it and say how to keep it.
  if (options.reportFile)
    lines[lines.length - 1] +=
      ` · report: ${safe(path.basename(options.reportFile))}, the step's \`report-file\` output (upload it with actions/upload-artifact to keep it)`;
  lines[lines.length - 1] += '</sub>';
  lines.push('');
  return publish(lines.join('\n'));
}
