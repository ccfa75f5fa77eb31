// The run report (DESIGN.md §3): one JSON object that the CLI's `--report` and the
// action's `report-file` output share, built from the engine's RunResult.
import type { ChangeRecord, RunResult, RunStatus, StepStatus } from '../engine/types.js';
import type { Usage } from '../llm/usage.js';
import { approvalRecord, type ApprovalRecord } from '../approval/record.js';
import type { JsonObject } from '../workflow/model.js';
import type { RunPoolHold } from '../pools/port.js';
import { poolsAtEnd } from '../pools/words.js';

export interface StepReport {
  id: string;
  kind: string;
  status: StepStatus;
  attempts: number;
  started_at: string | null;
  finished_at: string | null;
  cost_usd: number;
  usage: Usage | null;
  outputs: JsonObject;
  error: string | null;
}

export interface ApprovalReport {
  step: string;
  decision: 'approved' | 'rejected' | 'timed_out';
  approvers: string[];
  comment: string | null;
  url: string | null;
  sha: string | null;
}

/** What became of one step's changes to the checkout (its files: the step's `outputs.changes`). */
export interface ChangeReport {
  step: string;
  outcome: ChangeRecord['outcome'];
  /** How many paths the change set touches. */
  files: number;
  /** Why the changes are not in the checkout; null when they are. */
  reason: string | null;
  /** For `held` changes: a unified diff against the checkout (what the gate asks about); else null. */
  diff: string | null;
}

export interface RunReport {
  version: 1;
  /** The workflow's `name`. */
  workflow: string;
  run_id: string;
  status: RunStatus;
  exit_code: number;
  /** The run's budget (the smaller of the file's and the edge's), or null when there is none. */
  budget_usd: number | null;
  cost_usd: number;
  reserved_usd_peak: number;
  /** Billed above the reservations (a server that counted more than wflo's bound); 0 normally. */
  overage_usd: number;
  started_at: string;
  finished_at: string;
  steps: StepReport[];
  approvals: ApprovalReport[];
  /** One per step that returned changes: applied, held for a gate, discarded or taken back. */
  changes: ChangeReport[];
  outputs: JsonObject;
  /** The file's budget pools as the run leaves them (absent when it names none): docs/report.md. */
  pools?: PoolReport[];
}

/** One budget pool after the run: this run's hold and spend, and the pool's other figures. */
export interface PoolReport {
  key: string;
  period: 'day' | 'week' | 'month' | null;
  /** "2026-12-03", "2026-W49", "2026-12", or "all". */
  period_key: string;
  cap_usd: number;
  /** What this run held from the pool before its first step (its effective budget). */
  held_usd: number;
  /** The pool's spend in its period, this run's included. */
  spent_usd: number;
  /** Held by other runs when this one took its hold, and by how many. */
  others_held_usd: number;
  others_holding: number;
  left_usd: number;
  lease_id: string;
  store: string;
}

/** Exit code for invalid input or flags (CLI only: the run never started). */
export const EXIT_INVALID = 2;

/** The process exit code a run's status maps to (DESIGN.md §3). */
export function exitCodeOf(status: RunStatus): number {
  switch (status) {
    case 'succeeded':
      return 0;
    case 'failed':
    case 'cancelled':
      return 1;
    case 'budget_exceeded':
      return 3;
    case 'rejected':
    case 'timed_out':
    case 'waiting_approval':
      return 4;
  }
}

/**
 * Integer micro-dollars to USD as a JSON number. Dividing an integer by 1e6 gives the
 * double nearest the decimal, which JSON prints as exactly that decimal (6 places at most).
 */
export function usdOf(micros: number): number {
  return micros / 1_000_000;
}

/** The decided gates of a run, from its gate steps' outputs (StepKind.gatesChanges), in step order. */
export function approvalsOf(result: RunResult): ApprovalRecord[] {
  return result.steps
    .filter((s) => result.registry.get(s.kind)?.gatesChanges === true)
    .map((s) => approvalRecord(s.id, s.outputs))
    .filter((r): r is ApprovalRecord => r !== undefined);
}

/** The report, with every secret of the run hidden, plain or encoded (it may be published). */
export function buildReport(result: RunResult): RunReport {
  return result.redactor.json(
    unredactedReport(result) as unknown as JsonObject,
    'published',
  ) as unknown as RunReport;
}

function unredactedReport(result: RunResult): RunReport {
  const approvals = approvalsOf(result).map((r): ApprovalReport => ({
    step: r.step,
    decision: r.decision,
    approvers: r.approvers,
    comment: r.comment === '' ? null : r.comment,
    url: r.url === '' ? null : r.url,
    sha: r.sha === '' ? null : r.sha,
  }));
  return {
    version: 1,
    workflow: result.workflow.name,
    run_id: result.runId,
    status: result.status,
    exit_code: exitCodeOf(result.status),
    budget_usd: result.budgetMicros === undefined ? null : usdOf(result.budgetMicros),
    cost_usd: usdOf(result.costMicros),
    reserved_usd_peak: usdOf(result.reservedPeakMicros),
    overage_usd: usdOf(result.overageMicros ?? 0),
    started_at: result.startedAt,
    finished_at: result.finishedAt,
    steps: result.steps.map((s) => ({
      id: s.id,
      kind: s.kind,
      status: s.status,
      attempts: s.attempts,
      started_at: s.started_at ?? null,
      finished_at: s.finished_at ?? null,
      cost_usd: s.cost_usd,
      usage: s.usage ?? null,
      outputs: s.outputs,
      error: s.error ?? null,
    })),
    approvals,
    changes: result.changes.map((c) => {
      const listed = result.steps.find((s) => s.id === c.step)?.outputs.changes;
      return {
        step: c.step,
        outcome: c.outcome,
        files: Array.isArray(listed) ? listed.length : 0,
        reason: c.reason ?? null,
        diff: c.diff ?? null,
      };
    }),
    outputs: result.outputs,
    ...(result.pools ? { pools: poolReports(result.pools, result.costMicros) } : {}),
  };
}

function poolReports(hold: RunPoolHold, costMicros: number): PoolReport[] {
  return poolsAtEnd(hold, costMicros).map((p) => ({
    key: p.key,
    period: p.period ?? null,
    period_key: p.periodKey,
    cap_usd: usdOf(p.capMicros),
    held_usd: usdOf(hold.heldMicros),
    spent_usd: usdOf(p.spentMicros),
    others_held_usd: usdOf(p.heldMicros),
    others_holding: p.holders,
    left_usd: usdOf(p.leftMicros),
    lease_id: hold.leaseId,
    store: hold.store,
  }));
}

/** The report as the file holds it: pretty JSON with a final newline. */
export function serializeReport(report: RunReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
