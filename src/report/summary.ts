// The job summary (DESIGN.md §7): status, spend against budget, one row per step, the
// decided approval gates, how sandboxes ended, and the failure reason in one sentence. Everything that came from the file, a step or a
// model is escaped (escape.ts) and secrets are redacted before it is written.
import type { ChangeRecord, RunResult, StepRecord, StepStatus } from '../engine/types.js';
import { renderApprovalsMarkdown } from './approvals.js';
import { createRedactor } from '../common/secrets.js';
import { escapeInline } from '../common/markdown.js';
import { approvalsOf, buildReport } from './report.js';
import { formatDuration, formatMicros, formatUsd } from './format.js';

export interface SummaryOptions {
  /** Values that must not appear (the runner masks logs, and we do not rely on it here). */
  secrets?: readonly string[];
  /** Where the report file is, to mention at the bottom. */
  reportFile?: string;
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
  const redactor = createRedactor([...result.redactor.values(), ...(options.secrets ?? [])]);
  const safe = (text: string) => escapeInline(redactor.published(text));
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
  lines.push(
    '| Step | Kind | Status | Attempts | Duration | Tokens | Cost |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const step of result.steps) {
    const label = `${statusLabel(step.status)}${step.reused ? ' (reused from the checkpoint)' : ''}`;
    const status = step.error ? `${label}: ${safe(step.error)}` : label;
    lines.push(
      `| ${safe(step.id)} | ${safe(step.kind)} | ${status} | ${step.attempts} | ${formatDuration(step.duration_ms)} | ${tokens(step)} | ${cost(step)} |`,
    );
  }
  const approvals = approvalsOf(result);
  if (approvals.length > 0) {
    lines.push('', '### Approvals', '', redactor.published(renderApprovalsMarkdown(approvals)));
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
  lines.push('', `<sub>run ${safe(result.runId)} · ${safe(result.workflow.file)}`);
  if (options.reportFile) lines[lines.length - 1] += ` · report: ${safe(options.reportFile)}`;
  lines[lines.length - 1] += '</sub>';
  lines.push('');
  return redactor.published(lines.join('\n'));
}
