// A gate's decision as the report, the job summary and the action outputs show it.
import type { JsonObject } from '../workflow/model.js';
import type { GateDecision } from './gateway.js';

/** One entry of the report's `approvals` (DESIGN.md §3), plus how and when it was decided. */
export interface ApprovalRecord {
  step: string;
  decision: 'approved' | 'rejected' | 'timed_out';
  approvers: string[];
  comment: string;
  url: string;
  sha: string;
  by_policy: boolean;
  decided_at: string;
}

/** The `approval` step's outputs for a decision. */
export function decisionOutputs(decision: GateDecision): JsonObject {
  return {
    decision: decision.decision === 'waiting' ? 'waiting' : decision.decision,
    approvers: decision.approvers,
    comment: decision.comment,
    url: decision.url,
    by_policy: decision.byPolicy,
    sha: decision.sha,
    decided_at: decision.decidedAt ?? '',
  };
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** Reads a record back from an `approval` step's outputs; undefined when the step never decided. */
export function approvalRecord(step: string, outputs: JsonObject): ApprovalRecord | undefined {
  const decision = outputs.decision;
  if (decision !== 'approved' && decision !== 'rejected' && decision !== 'timed_out')
    return undefined;
  const approvers = Array.isArray(outputs.approvers)
    ? outputs.approvers.filter((a) => typeof a === 'string')
    : [];
  return {
    step,
    decision,
    approvers,
    comment: str(outputs.comment),
    url: str(outputs.url),
    sha: str(outputs.sha),
    by_policy: outputs.by_policy === true,
    decided_at: str(outputs.decided_at),
  };
}

/** One plain sentence: "approve: approved by alice at … on 1a2b3c4 (reason)". */
export function describeDecision(record: ApprovalRecord): string {
  const who = record.by_policy
    ? 'by policy (auto_approve)'
    : record.approvers.length > 0
      ? `by ${record.approvers.join(', ')}`
      : '';
  const parts = [`${record.step}: ${record.decision.replace('_', ' ')}`];
  if (who !== '') parts.push(who);
  if (record.decided_at !== '') parts.push(`at ${record.decided_at}`);
  if (record.sha !== '') parts.push(`on ${record.sha.slice(0, 7)}`);
  const reason = record.comment === '' ? '' : ` (${record.comment.split(/\r?\n/).join(' ')})`;
  return `${parts.join(' ')}${reason}`;
}
