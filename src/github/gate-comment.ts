// The one comment a gate keeps on the pull request, found again by its hidden marker
// and rewritten in place as the gate opens, re-opens and decides.
import type { ApproverPolicy, Gate } from '../approval/gateway.js';
import { MARKER_PREFIX, type CountedAnswer, type IgnoredAnswer } from './decisions.js';

/** GitHub refuses a comment body longer than this (422 "body is too long"), in characters. */
export const COMMENT_LIMIT = 65_536;
/** The gate's message, after escaping: escaping can grow text fivefold, so the cap is on the result. */
const MAX_MESSAGE = 20_000;
/** Answers not counted that the comment lists by name; the rest are counted, not listed. */
const MAX_IGNORED_LISTED = 50;
const TRUNCATED = '… (truncated)';

/**
 * Makes text (possibly model-written) inert in a GitHub comment: no HTML, no hidden
 * markers, no @mentions that notify people, no cross-reference pings. At most `max`
 * characters come out (a cut never splits a character reference or a surrogate pair).
 */
export function escapeText(text: string, max = MAX_MESSAGE): string {
  // Escaping never shrinks text, so more than `max` characters in cannot fit once escaped.
  const escaped = text
    .slice(0, max + 1)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b');
  return capEscaped(escaped, max);
}

/** Escaped text in at most `max` characters, cut never inside a reference or a surrogate pair. */
function capEscaped(escaped: string, max: number): string {
  if (escaped.length <= max) return escaped;
  const cut = escaped.slice(0, max - TRUNCATED.length).replace(/&[a-z]*$|[\uD800-\uDBFF]$/, '');
  return `${cut}${TRUNCATED}`;
}

/**
 * Quotes escaped text so every line stays inside the blockquote; the quote marks count
 * toward the message's cap too (a message of empty lines doubles in size when quoted).
 */
export function quote(text: string): string {
  const quoted = escapeText(text)
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');
  return quoted.length <= MAX_MESSAGE + 2 ? quoted : capEscaped(quoted, MAX_MESSAGE);
}

export interface MarkerState {
  runId: string;
  stepId: string;
  sha: string;
  openedAt: string;
  /** The digest of what the gate holds (Gate.key); another key is another question. */
  key?: string;
}

const SAFE = /^[A-Za-z0-9._:-]+$/;

export function markerFor(state: MarkerState): string {
  const key = state.key === undefined ? '' : ` key=${state.key}`;
  return `${MARKER_PREFIX}run=${state.runId} step=${state.stepId} sha=${state.sha} opened=${state.openedAt}${key} -->`;
}

/** Reads the marker of a gate comment written for this run and step, if the body has one. */
export function readMarker(body: string, runId: string, stepId: string): MarkerState | undefined {
  const match =
    /^<!-- wflo:gate run=(\S+) step=(\S+) sha=(\S*) opened=(\S*)(?: key=(\S+))? -->/.exec(body);
  if (!match || match[1] !== runId || match[2] !== stepId) return undefined;
  const sha = match[3] ?? '';
  const openedAt = match[4] ?? '';
  const key = match[5];
  return { runId, stepId, sha, openedAt, ...(key === undefined ? {} : { key }) };
}

/** Whether ids can go into a marker without breaking it. */
export function markerSafe(value: string): boolean {
  return SAFE.test(value);
}

export function describeApprovers(policy: ApproverPolicy): string {
  const routes: string[] = [];
  if (policy.permission !== undefined)
    routes.push(`anyone with the \`${policy.permission}\` role or higher`);
  if (policy.users.length > 0)
    routes.push(`the users ${policy.users.map((u) => `\`${u}\``).join(', ')}`);
  if (policy.teams.length > 0)
    routes.push(`members of ${policy.teams.map((t) => `\`${t}\``).join(', ')}`);
  const who = routes.length > 0 ? routes.join(', or ') : 'nobody (no approvers are configured)';
  const count =
    policy.min === 1
      ? 'one approval is needed'
      : `${policy.min} approvals from different people are needed`;
  const author = policy.allowAuthor ? 'the author may answer' : 'not the author';
  return `${who}; ${count}; humans only, ${author}`;
}

export type GatePhase =
  | { phase: 'open'; approvals: CountedAnswer[]; reopenedFrom?: string }
  | { phase: 'approved' | 'rejected'; answers: CountedAnswer[]; byPolicy: boolean }
  | { phase: 'timed_out'; onTimeout: 'fail' | 'reject' };

export interface GateCommentView {
  gate: Gate;
  state: MarkerState;
  phase: GatePhase;
  ignored: readonly IgnoredAnswer[];
  now: string;
}

const HEADINGS = {
  open: '⏸️ Approval needed',
  approved: '✅ Approved',
  rejected: '❌ Rejected',
  timed_out: '⌛ Timed out',
} as const;

export function renderGateComment(view: GateCommentView): string {
  const { gate, state, phase } = view;
  const lines = [
    markerFor(state),
    `### ${HEADINGS[phase.phase]}: step \`${gate.stepId}\``,
    '',
    quote(gate.message),
    '',
  ];
  lines.push(
    phase.phase === 'open'
      ? `**Commit:** \`${state.sha}\` — answers count only for this commit; a push re-opens the gate.`
      : `**Commit:** \`${state.sha}\` — the decision is bound to this commit.`,
  );
  if (phase.phase === 'open') {
    if (phase.reopenedFrom !== undefined) {
      lines.push(
        `**Re-opened** at ${state.openedAt}: the head moved from \`${phase.reopenedFrom.slice(0, 7)}\`; earlier answers no longer count.`,
      );
    }
    lines.push(`**Who may answer:** ${describeApprovers(gate.approvers)}.`);
    lines.push(
      `**How:** a new comment whose first line is \`/approve ${gate.stepId}\` or \`/reject ${gate.stepId} <reason>\`, or a review (Approve / Request changes) on this commit.`,
    );
    if (gate.deadline !== undefined) {
      const then = gate.onTimeout === 'reject' ? 'the gate rejects' : 'the run fails';
      lines.push(`**Deadline:** ${new Date(gate.deadline).toISOString()}; then ${then}.`);
    }
    if (phase.approvals.length > 0) {
      const names = phase.approvals.map((a) => `\`${a.login}\``).join(', ');
      lines.push(
        `**Approvals so far:** ${phase.approvals.length} of ${gate.approvers.min} (${names}).`,
      );
    }
  } else if (phase.phase === 'timed_out') {
    const then = phase.onTimeout === 'reject' ? 'counted as a rejection' : 'the run stops';
    lines.push(`**No decision** before the deadline (${view.now}); ${then}.`);
  } else if (phase.byPolicy) {
    lines.push(`**Approved by policy** (\`auto_approve\`) at ${view.now}; nobody was asked.`);
  } else {
    const verb = phase.phase === 'approved' ? 'Approved' : 'Rejected';
    for (const answer of phase.answers) {
      const reason =
        answer.reason === ''
          ? ''
          : `: ${escapeText(answer.reason.split(/\r?\n/).join(' '), 1_000)}`;
      lines.push(
        `- ${verb} by \`${answer.login}\` (${answer.via}) at ${answer.at} — [answer](${answer.url})${reason}`,
      );
    }
  }
  return withIgnored(lines.join('\n'), view.ignored);
}

/**
 * The answers not counted, newest first, as many as fit: anyone may comment on a public
 * pull request, and a flood of `/approve` from outsiders must not push the comment past
 * GitHub's limit (the update would be refused and the gate would fail).
 */
function withIgnored(head: string, ignored: readonly IgnoredAnswer[]): string {
  if (ignored.length === 0) return head;
  const open = '\n\n<details><summary>Answers not counted</summary>\n';
  const close = (left: number): string =>
    `${left > 0 ? `\n- … and ${left} more not listed` : ''}\n\n</details>`;
  let body = head + open;
  let listed = 0;
  const newestFirst = [...ignored].reverse();
  for (const item of newestFirst) {
    if (listed === MAX_IGNORED_LISTED) break;
    const line = `\n- [${item.kind}](${item.url}) by \`${item.login}\`: ${escapeText(item.reason, 500)}`;
    if (body.length + line.length + close(ignored.length).length > COMMENT_LIMIT) break;
    body += line;
    listed++;
  }
  return body + close(ignored.length - listed);
}
