// The `approval` step kind (DESIGN.md §2, §6): reads its rendered fields, asks the
// gateway (GitHub or local), and turns the decision into the step's outcome.
import {
  EnvironmentError,
  type StepContext,
  type StepKind,
  type StepOutcome,
} from '../engine/types.js';
import type { JsonObject, JsonValue, StepSpec, Workflow } from '../workflow/model.js';
import { diagnosticAt, type Diagnostic } from '../workflow/errors.js';
import { parseDuration } from '../workflow/duration.js';
import { singleExpression } from '../workflow/validate-steps.js';
import {
  ApprovalSetupError,
  ROLES,
  type ApproverPolicy,
  type Gate,
  type GateDecision,
  type Role,
} from '../approval/gateway.js';
import { decisionOutputs } from '../approval/record.js';
import { messageOf } from '../common/errors.js';

/** Milliseconds of a rendered `timeout`, or undefined when it is not a duration. */
function durationMs(value: JsonValue | undefined): number | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  const parsed = parseDuration(value);
  return 'ms' in parsed ? parsed.ms : undefined;
}

const isObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: JsonValue | undefined): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((v) => typeof v === 'string')
      : [];
const isRole = (value: JsonValue | undefined): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** The approver policy from rendered config; a problem as one sentence. */
export function readPolicy(config: JsonObject): ApproverPolicy | string {
  const raw = isObject(config.approvers) ? config.approvers : {};
  const users = strings(raw.users);
  const teams = strings(raw.teams);
  if (raw.permission !== undefined && !isRole(raw.permission)) {
    return `approvers.permission must be one of ${ROLES.join(', ')}, not ${JSON.stringify(raw.permission)}`;
  }
  const min = raw.min ?? 1;
  if (typeof min !== 'number' || !Number.isInteger(min) || min < 1) {
    return `approvers.min must be a whole number of at least 1, not ${JSON.stringify(min)}`;
  }
  // The schema's default: the role route is open at write unless the file says otherwise.
  const permission = isRole(raw.permission) ? raw.permission : 'write';
  return { permission, users, teams, min, allowAuthor: raw.allow_author === true };
}

/**
 * The longest a gate can wait, as written in the file: the smaller of its `timeout` and the
 * step's own, `undefined` when neither bounds it (it waits until answered), or `'templated'`
 * when an expression decides it at run time.
 */
export function gateWaitBoundMs(step: StepSpec): number | 'templated' | undefined {
  const raw = step.config.timeout;
  if (typeof raw === 'string' && raw.includes('${{')) return 'templated';
  const own = durationMs(raw);
  const bounds = [own, step.timeoutMs].filter((ms): ms is number => ms !== undefined);
  return bounds.length === 0 ? undefined : Math.min(...bounds);
}

/** An `auto_approve` value counts only when it is exactly true (or the string "true"). */
export function autoApproved(value: JsonValue | undefined): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

function validate(step: StepSpec, workflow: Workflow): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const at = (key: string, message: string) =>
    problems.push(diagnosticAt(workflow.positionOf(`${step.pointer}/approval${key}`), message));
  const literal = (value: JsonValue | undefined) =>
    !(typeof value === 'string' && value.includes('${{'));
  const config = step.config;
  if (!JSON.stringify(config.approvers ?? null).includes('${{')) {
    const policy = readPolicy(config);
    if (typeof policy === 'string') at('/approvers', policy);
  }
  if (
    config.timeout !== undefined &&
    literal(config.timeout) &&
    durationMs(config.timeout) === undefined
  ) {
    at(
      '/timeout',
      `timeout must be a duration such as 30m or 24h, not ${JSON.stringify(config.timeout)}`,
    );
  }
  if (
    config.on_timeout !== undefined &&
    config.on_timeout !== 'fail' &&
    config.on_timeout !== 'reject'
  ) {
    at(
      '/on_timeout',
      `on_timeout must be fail or reject, not ${JSON.stringify(config.on_timeout)}`,
    );
  }
  return problems;
}

function gateFor(ctx: StepContext, policy: ApproverPolicy): Gate {
  const { config } = ctx;
  const timeoutMs = durationMs(config.timeout);
  // A gate continued in a later job keeps the deadline it was given when first asked.
  const openedAt = ctx.firstStartedAt ?? ctx.clock.now();
  let deadline = timeoutMs === undefined ? undefined : openedAt + timeoutMs;
  // Stop a moment before the step's own timeout aborts us, so the gate records the timeout.
  if (ctx.deadline !== undefined) deadline = Math.min(deadline ?? Infinity, ctx.deadline - 1000);
  const message =
    typeof config.message === 'string' && config.message.trim() !== ''
      ? ctx.log.redact(config.message)
      : `Approve the step '${ctx.step.id}'?`;
  return {
    runId: ctx.run.id,
    stepId: ctx.step.id,
    stepIds: ctx.run.workflow.steps.map((s) => s.id),
    message,
    approvers: policy,
    ...(deadline === undefined ? {} : { deadline }),
    onTimeout: config.on_timeout === 'reject' ? 'reject' : 'fail',
    ...(ctx.gateKey === undefined ? {} : { key: ctx.gateKey }),
    ...(ctx.held === undefined ? {} : { held: ctx.held }),
  };
}

function outcomeOf(gate: Gate, decision: GateDecision): StepOutcome {
  const outputs = decisionOutputs(decision);
  const who = decision.approvers.join(', ');
  switch (decision.decision) {
    case 'approved':
      return { status: 'succeeded', outputs };
    case 'rejected': {
      const reason =
        decision.comment === '' ? '' : ` (${decision.comment.split(/\r?\n/).join(' ')})`;
      return {
        status: 'rejected',
        outputs,
        error: `by ${who || 'a reviewer'}${reason}`,
      };
    }
    case 'timed_out':
      if (gate.onTimeout === 'reject') {
        return {
          status: 'rejected',
          outputs: {
            ...outputs,
            decision: 'rejected',
            comment: 'no decision before the deadline (on_timeout: reject)',
          },
          error: 'no decision came before its deadline, and on_timeout rejects it',
        };
      }
      return {
        status: 'timed_out',
        outputs,
        error: 'no decision came before its deadline',
      };
    case 'waiting':
      return {
        status: 'waiting_approval',
        outputs,
        error: decision.howToAnswer ?? 'nobody has answered it yet',
      };
  }
}

async function run(ctx: StepContext): Promise<StepOutcome> {
  const policy = readPolicy(ctx.config);
  const fail = (error: string): StepOutcome => ({ status: 'failed', outputs: {}, error });
  if (typeof policy === 'string') return fail(policy);
  if (ctx.config.timeout !== undefined && durationMs(ctx.config.timeout) === undefined) {
    return fail('its timeout must be a duration such as 30m or 24h');
  }
  const gateway = ctx.services.approvals;
  if (gateway === undefined)
    throw new EnvironmentError('it has no way to ask anyone for a decision', 'github');
  const gate = gateFor(ctx, policy);
  const options = { clock: ctx.clock, signal: ctx.signal, log: (m: string) => ctx.log.info(m) };
  try {
    const decision = autoApproved(ctx.config.auto_approve)
      ? await gateway.recordPolicyApproval(gate, options)
      : await gateway.decide(gate, options);
    return outcomeOf(gate, decision);
  } catch (error) {
    if (ctx.signal.aborted) throw ctx.signal.reason;
    // Nowhere to ask, or GitHub unreachable after retries: wflo's environment, not the gate's work.
    if (error instanceof ApprovalSetupError)
      throw new EnvironmentError(error.message, 'github', { cause: error });
    const detail = messageOf(error);
    throw new EnvironmentError(`it could not reach GitHub (${detail})`, 'github', { cause: error });
  }
}

// A gate: changes made by the steps before it reach the checkout only once it approves.
export const approvalKind: StepKind = {
  kind: 'approval',
  gatesChanges: true,
  readsWorkspace: false,
  outputs: ['decision', 'approvers', 'comment', 'url', 'by_policy'],
  durationFields: ['timeout'],
  checkConfig({ config, pointers, at, problems }) {
    if (typeof config.auto_approve === 'string')
      singleExpression(config.auto_approve, pointers.get('auto_approve') ?? at, problems);
  },
  validate,
  run,
};
