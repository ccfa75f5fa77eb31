// How an approval gate asks people and learns their decision (DESIGN.md §6).
// The `approval` step kind talks only to this interface; the action wires the GitHub
// implementation (github-gateway.ts) and the CLI the local one (cli/local-approvals.ts).
import type { Clock } from '../common/clock.js';
import type { ChangeSetData } from '../checkout/port.js';
import { WfloError } from '../common/errors.js';

/** Repository roles, weakest first (GitHub's `role_name`). */
export const ROLES = ['read', 'triage', 'write', 'maintain', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who may answer a gate: any route admits a person (role, listed user, listed team). */
export interface ApproverPolicy {
  /** Minimum repository role; absent means the role route is closed (only `users`/`teams`). */
  permission?: Role;
  /** Logins, compared case-insensitively. */
  users: string[];
  /** `org/team-slug`, or a bare slug in the repository owner's organisation. */
  teams: string[];
  /** Distinct people whose approvals are needed. */
  min: number;
  /** Whether the pull request's author may answer their own gate. */
  allowAuthor: boolean;
}

export interface Gate {
  runId: string;
  stepId: string;
  /** Every step id of the workflow, so `/reject other-step` is told apart from a reason. */
  stepIds: readonly string[];
  /** The rendered message the reviewer sees (may be model-written: gateways escape it). */
  message: string;
  approvers: ApproverPolicy;
  /** Absolute time (ms since epoch) after which the gate stops waiting. */
  deadline?: number;
  /** What happens at the deadline, shown to reviewers. */
  onTimeout: 'fail' | 'reject';
  /**
   * The digest of what the gate holds (the changes held for it, the inputs upstream): when an
   * earlier job asked about other content, the gate opens anew and old answers do not count.
   */
  key?: string;
  /** The changes held for the gate, by step id: what an approval lets reach the checkout. */
  held?: [string, ChangeSetData][];
}

export type Decision = 'approved' | 'rejected' | 'timed_out' | 'waiting';

/** What a gateway learned. `waiting` means the gate cannot be answered now (see `howToAnswer`). */
export interface GateDecision {
  decision: Decision;
  /** Logins (or the local user) whose answers decided, in the order they answered. */
  approvers: string[];
  /** The reason given (a reject's text, a review body), or what happened. */
  comment: string;
  /** Where the gate can be seen (the gate comment), or '' locally. */
  url: string;
  /** The commit the decision is bound to, or '' when unknown (local runs outside git). */
  sha: string;
  /** ISO 8601 time of the decision; absent while waiting. */
  decidedAt?: string;
  byPolicy: boolean;
  /** When `waiting`: how to answer, as a clause the engine puts after the step (no subject). */
  howToAnswer?: string;
}

export interface GateWaitOptions {
  clock: Clock;
  signal: AbortSignal;
  log: (message: string) => void;
}

export interface ApprovalGateway {
  /** Asks for the gate's decision and waits as this gateway waits (polling, a prompt, flags). */
  decide(gate: Gate, options: GateWaitOptions): Promise<GateDecision>;
  /** Records an `auto_approve` decision where this gateway shows decisions; nobody is asked. */
  recordPolicyApproval(gate: Gate, options: GateWaitOptions): Promise<GateDecision>;
}

/** The gate cannot work here (no pull request, unusable ids); one sentence for the user. */
export class ApprovalSetupError extends WfloError {
  constructor(message: string) {
    super(message);
    this.name = 'ApprovalSetupError';
  }
}

/** Rank of a role for comparisons; -1 for none. */
export function roleRank(role: string | undefined): number {
  return role === undefined ? -1 : (ROLES as readonly string[]).indexOf(role);
}
