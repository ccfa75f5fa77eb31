// The one comment a gate keeps on the pull request, found again by its hidden marker
// and rewritten in place as the gate opens, re-opens and decides.
import { createHash } from 'node:crypto';
import type { ApproverPolicy, Gate } from '../approval/gateway.js';
import { MARKER_PREFIX, type CountedAnswer, type IgnoredAnswer } from './decisions.js';
import type { FileDiff } from '../checkout/diff.js';
import { fenceFor } from '../common/fence.js';
import { capEscaped, COMMENT_TEXT_MAX, escapeMarkdown } from '../common/markdown.js';

/** GitHub refuses a comment body longer than this (422 "body is too long"), in characters. */
export const COMMENT_LIMIT = 65_536;
/** The gate's message, after escaping: escaping can grow text fivefold, so the cap is on the result. */
const MAX_MESSAGE = COMMENT_TEXT_MAX;
/** Answers not counted that the comment lists by name; the rest are counted, not listed. */
const MAX_IGNORED_LISTED = 50;
/** Kept free of the held diff for the answers not counted, so a flood still lists some by name. */
const IGNORED_RESERVE = 6_000;
/** Kept free inside the diff's block for the note of what was left out. */
const DIFF_NOTE_RESERVE = 3_000;
/** Left-out paths the note names; the rest are counted. */
const MAX_OMITTED_NAMED = 10;
/** Where the whole held diff is, when the comment cannot carry it all (the gateway may say better). */
export const FULL_DIFF_DEFAULT =
  "the run report's `changes[].diff` (`wflo diff --state DIR` for a paused local run)";
/** Text (possibly model-written) inert in a GitHub comment: common/markdown.ts's comment variant. */
export function escapeText(text: string, max = MAX_MESSAGE): string {
  return escapeMarkdown(text, { kind: 'comment', max });
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
  /** Which workflow file asked (workflowTag): a newer run supersedes only its own workflow's gates. */
  workflow?: string;
}

const SAFE = /^[A-Za-z0-9._:-]+$/;

export function markerFor(state: MarkerState): string {
  const key = state.key === undefined ? '' : ` key=${state.key}`;
  const workflow = state.workflow === undefined ? '' : ` wf=${state.workflow}`;
  return `${MARKER_PREFIX}run=${state.runId} step=${state.stepId} sha=${state.sha} opened=${state.openedAt}${key}${workflow} -->`;
}

const MARKER =
  /^<!-- wflo:gate run=(\S+) step=(\S+) sha=(\S*) opened=(\S*)(?: key=(\S+))?(?: wf=(\S+))? -->/;

/** Reads the marker of a gate comment written for this run and step, if the body has one. */
export function readMarker(body: string, runId: string, stepId: string): MarkerState | undefined {
  const found = markerOf(body);
  return found?.runId === runId && found.stepId === stepId ? found : undefined;
}

/** The run, step and workflow a gate comment's marker names, whichever run wrote it. */
export function markerOf(body: string): MarkerState | undefined {
  const match = MARKER.exec(body);
  if (!match?.[1] || !match[2]) return undefined;
  const [, runId, stepId, sha = '', openedAt = '', key, workflow] = match;
  return {
    runId,
    stepId,
    sha,
    openedAt,
    ...(key === undefined ? {} : { key }),
    ...(workflow === undefined ? {} : { workflow }),
  };
}

/**
 * A workflow file as a marker field: a short digest of its path, so two workflows with a gate
 * of the same step id on one pull request keep apart (a path's `/` and spaces cannot go in).
 */
export function workflowTag(workflowFile: string): string {
  return createHash('sha256').update(workflowFile).digest('hex').slice(0, 12);
}

/**
 * An open gate comment of an earlier run, rewritten once a newer run asks the same gate: a
 * line pointing at the newer comment and no instructions to answer (answers here no longer
 * count for anything). Undefined when the comment is not an open gate (decided ones stay).
 */
export function supersededBody(body: string, newerUrl: string, at: string): string | undefined {
  const lines = body.split('\n');
  const heading = lines[1] ?? '';
  const open = `### ${HEADINGS.open}: `;
  if (!heading.startsWith(open)) return undefined;
  const kept = lines.filter(
    (line) => !/^\*\*(How|Who may answer|Deadline|Approvals so far|Re-opened)\b/.test(line),
  );
  kept[1] = `### ${SUPERSEDED}: ${heading.slice(open.length)}`;
  kept.splice(
    2,
    0,
    '',
    `**Superseded** by [a newer run's gate](${newerUrl}) at ${at}: answer there; answers here no longer count.`,
  );
  const rewritten = kept.join('\n');
  if (rewritten.length <= COMMENT_LIMIT) return rewritten;
  // A comment that filled the limit keeps its question, not its collapsed lists and diff.
  const lists = rewritten.indexOf('\n\n<details>');
  const head = rewritten.slice(0, lists < 0 ? COMMENT_LIMIT - 200 : lists);
  return `${head}\n\n(The held changes and the answers not counted are in the newer gate comment.)`;
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
  /** Where a reviewer finds the whole held diff when the comment shows part of it. */
  fullDiffAt?: string;
}

const SUPERSEDED = '⏭️ Superseded';
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
  // Each field its own paragraph: lines only a newline apart render as one run-on paragraph.
  const head = lines
    .flatMap((line, i) =>
      i > 0 && line.startsWith('**') && lines[i - 1] !== '' ? ['', line] : [line],
    )
    .join('\n');
  const diff =
    gate.diff === undefined || gate.diff.length === 0
      ? ''
      : heldDiffBlock(
          gate.diff,
          COMMENT_LIMIT - head.length - (view.ignored.length > 0 ? IGNORED_RESERVE : 0),
          view.fullDiffAt ?? FULL_DIFF_DEFAULT,
        );
  return withIgnored(head + diff, view.ignored);
}

/**
 * The held changes as a collapsed unified diff in at most `budget` characters. The fence is
 * longer than any run of backticks in the diff, so no line of it can close the block and
 * everything inside stays literal text (no HTML, no mentions); what does not fit is named in
 * a note that says where all of it is.
 */
export function heldDiffBlock(
  files: readonly FileDiff[],
  budget: number,
  fullDiffAt: string,
): string {
  const fence = fenceFor(files.map((f) => f.patch).join(''));
  const additions = files.reduce((n, f) => n + f.additions, 0);
  const deletions = files.reduce((n, f) => n + f.deletions, 0);
  const steps = [...new Set(files.map((f) => f.step))]
    .map((s) => `<code>${escapeText(s, 100)}</code>`)
    .join(', ');
  const count = `${files.length} ${files.length === 1 ? 'file' : 'files'}`;
  const open = `\n\n<details><summary>Held changes: ${count}, +${additions} −${deletions} (${steps === '' ? 'no step' : `from ${steps}`})</summary>\n\n${fence}diff\n`;
  const close = `${fence}\n\n`;
  const end = '</details>';
  let room = budget - open.length - close.length - end.length - DIFF_NOTE_RESERVE;
  let shown = '';
  const omitted: string[] = [];
  let cutLines = 0;
  let cutPath: string | undefined;
  for (const file of files) {
    if (cutPath !== undefined || omitted.length > 0 || room <= 0) {
      omitted.push(file.path);
      continue;
    }
    if (file.patch.length <= room) {
      shown += file.patch;
      room -= file.patch.length;
      continue;
    }
    const lines = file.patch.split('\n').slice(0, -1);
    let taken = 0;
    for (const line of lines) {
      if (line.length + 1 > room) break;
      shown += `${line}\n`;
      room -= line.length + 1;
      taken++;
    }
    if (taken === 0) omitted.push(file.path);
    else {
      cutPath = file.path;
      cutLines = lines.length - taken;
    }
  }
  if (cutPath === undefined && omitted.length === 0) return `${open}${shown}${close}${end}`;
  const parts: string[] = [];
  if (cutPath !== undefined)
    parts.push(
      `the last ${cutLines} ${cutLines === 1 ? 'line' : 'lines'} of ${escapeText(cutPath, 200)}`,
    );
  if (omitted.length > 0) {
    const named = omitted.slice(0, MAX_OMITTED_NAMED).map((p) => escapeText(p, 200));
    const more = omitted.length - named.length;
    parts.push(
      `${omitted.length} ${omitted.length === 1 ? 'file' : 'files'} (${named.join(', ')}${more > 0 ? `, and ${more} more` : ''})`,
    );
  }
  const note = `**Not shown here** (too long for a comment): ${parts.join(' and ')}. All of it: ${fullDiffAt}.\n\n`;
  return `${open}${shown}${close}${note}${end}`;
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
