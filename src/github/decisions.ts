// Which answers count for a gate (DESIGN.md §6, issue #5 item 3). Pure apart from the
// `authorize` callback, which reads permissions live; every refusal carries its reason.
import { parseCommand } from '../approval/commands.js';
import type { ApproverPolicy } from '../approval/gateway.js';

export interface Author {
  login: string;
  /** GitHub's account type: `User`, `Bot`, `Organization`, … */
  type: string;
}

export interface CommentAnswer {
  kind: 'comment';
  id: number;
  body: string;
  user: Author;
  createdAt: string;
  updatedAt: string;
  url: string;
}

export interface ReviewAnswer {
  kind: 'review';
  id: number;
  /** `APPROVED`, `CHANGES_REQUESTED`, `COMMENTED`, `DISMISSED`, `PENDING`. */
  state: string;
  body: string;
  commitId: string;
  user: Author;
  submittedAt: string;
  url: string;
}

export type Answer = CommentAnswer | ReviewAnswer;

export interface GateView {
  stepId: string;
  stepIds: readonly string[];
  /** The commit decisions are bound to. */
  sha: string;
  /** When the gate (re)opened, server time: answers must be strictly later. */
  openedAt: string;
  prAuthor: string;
  /** Logins that are wflo itself (the token's account); their comments never count. */
  selfLogins: readonly string[];
  policy: ApproverPolicy;
}

export type Authorization = { ok: true; via: string } | { ok: false; reason: string };
export type Authorize = (login: string) => Promise<Authorization>;

export interface CountedAnswer {
  login: string;
  at: string;
  url: string;
  reason: string;
  via: string;
}

export interface IgnoredAnswer {
  kind: 'comment' | 'review';
  id: number;
  login: string;
  url: string;
  reason: string;
}

export interface Evaluation {
  outcome: 'approved' | 'rejected' | 'pending';
  approvals: CountedAnswer[];
  rejection?: CountedAnswer;
  ignored: IgnoredAnswer[];
}

/** The hidden marker wflo's own gate comments carry. */
export const MARKER_PREFIX = '<!-- wflo:gate ';

const at = (answer: Answer) => (answer.kind === 'comment' ? answer.createdAt : answer.submittedAt);
const sameLogin = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

type Intent =
  | { verb: 'approve' | 'reject'; reason: string }
  | { verb: 'skip' }
  | { verb: 'ignore'; reason: string };

function intentOf(answer: Answer, gate: GateView): Intent {
  if (answer.kind === 'review') {
    if (answer.state === 'APPROVED') return { verb: 'approve', reason: answer.body.trim() };
    if (answer.state === 'CHANGES_REQUESTED') return { verb: 'reject', reason: answer.body.trim() };
    return { verb: 'skip' };
  }
  const command = parseCommand(answer.body, gate.stepIds);
  if (command.verb === 'none') return { verb: 'skip' };
  if (command.verb === 'invalid') return { verb: 'ignore', reason: command.reason };
  // Addressed to another gate: that gate judges it.
  if (command.target !== undefined && command.target !== gate.stepId) return { verb: 'skip' };
  return { verb: command.verb, reason: command.reason };
}

/** Why an answer cannot count before any permission is read, or undefined when it may. */
function refusal(answer: Answer, gate: GateView): string | undefined {
  const { login, type } = answer.user;
  if (type !== 'User')
    return `${type === 'Bot' ? 'bots' : `${type} accounts`} cannot answer a gate`;
  if (/\[bot\]/i.test(login)) {
    return 'a login that looks like a bot cannot answer a gate';
  }
  if (Date.parse(at(answer)) <= Date.parse(gate.openedAt)) {
    return 'it was written before the gate opened for this commit';
  }
  if (answer.kind === 'comment' && answer.updatedAt !== answer.createdAt) {
    return 'it was edited; post a new comment instead';
  }
  if (answer.kind === 'review' && answer.commitId !== gate.sha) {
    return `the review is on commit ${answer.commitId.slice(0, 7)}, not the gated ${gate.sha.slice(0, 7)}`;
  }
  if (sameLogin(login, gate.prAuthor) && !gate.policy.allowAuthor) {
    return "the pull request's author cannot answer its gate (allow_author is off)";
  }
  return undefined;
}

/**
 * Walks the answers in the order they were written and stops at the first decision:
 * one valid reject decides at once; `min` distinct approvers approve.
 */
export async function evaluateAnswers(
  answers: readonly Answer[],
  gate: GateView,
  authorize: Authorize,
): Promise<Evaluation> {
  const ordered = [...answers].sort((a, b) => Date.parse(at(a)) - Date.parse(at(b)) || a.id - b.id);
  const approvals: CountedAnswer[] = [];
  const ignored: IgnoredAnswer[] = [];
  const verdicts = new Map<string, Authorization>();
  for (const answer of ordered) {
    const { login } = answer.user;
    if (gate.selfLogins.some((self) => sameLogin(self, login))) continue;
    if (answer.kind === 'comment' && answer.body.includes(MARKER_PREFIX)) continue;
    const intent = intentOf(answer, gate);
    if (intent.verb === 'skip') continue;
    const ignore = (reason: string) =>
      ignored.push({ kind: answer.kind, id: answer.id, login, url: answer.url, reason });
    if (intent.verb === 'ignore') {
      ignore(intent.reason);
      continue;
    }
    const refused = refusal(answer, gate);
    if (refused !== undefined) {
      ignore(refused);
      continue;
    }
    const key = login.toLowerCase();
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      verdict = await authorize(login);
      verdicts.set(key, verdict);
    }
    if (!verdict.ok) {
      ignore(verdict.reason);
      continue;
    }
    const counted: CountedAnswer = {
      login,
      at: at(answer),
      url: answer.url,
      reason: intent.reason,
      via: verdict.via,
    };
    if (intent.verb === 'reject')
      return { outcome: 'rejected', approvals, rejection: counted, ignored };
    if (approvals.some((a) => sameLogin(a.login, login))) {
      ignore(`${login} already approved; ${gate.policy.min} distinct people are needed`);
      continue;
    }
    approvals.push(counted);
    if (approvals.length >= gate.policy.min) return { outcome: 'approved', approvals, ignored };
  }
  return { outcome: 'pending', approvals, ignored };
}
