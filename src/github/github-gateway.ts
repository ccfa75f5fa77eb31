// The action's gateway: asks on the pull request with one gate comment and waits by
// polling conditionally (unchanged pages answer 304, free against the rate limit).
import {
  ApprovalSetupError,
  type ApprovalGateway,
  type Gate,
  type GateDecision,
  type GateWaitOptions,
} from '../approval/gateway.js';
import {
  ConditionalReader,
  createRestClient,
  httpStatus,
  requestedWaitMs,
  type ClientSettings,
  type RestClient,
} from './client.js';
import {
  evaluateAnswers,
  type Answer,
  type Evaluation,
  type GateView,
  type IgnoredAnswer,
} from './decisions.js';
import { createAuthorizer } from './permissions.js';
import {
  describeApprovers,
  markerOf,
  markerSafe,
  readMarker,
  workflowTag,
  supersededBody,
  renderGateComment,
  type GatePhase,
  type MarkerState,
} from './gate-comment.js';
import { messageOf } from '../common/errors.js';

export interface GitHubGatewaySettings extends ClientSettings {
  owner: string;
  repo: string;
  /** The pull request the run belongs to; absent outside one (push, workflow_dispatch). */
  pullNumber?: number;
  /** `wait` polls until the deadline; `check` looks once and answers `waiting` (the resume mode). */
  mode: 'wait' | 'check';
  /** The login the token acts as, when known; otherwise learnt from the first comment wflo writes. */
  selfLogin?: string;
  /** Poll interval: starts at `min`, grows ×1.5 while nothing changes, up to `max` (ms). */
  poll?: { minMs: number; maxMs: number };
  /** Below this many remaining requests, wait for the rate-limit window to reset. */
  rateLimitFloor?: number;
  /** Where a reviewer finds the whole held diff when the comment shows part of it. */
  fullDiffAt?: string;
  /** The workflow file the run is of: a new run supersedes only that workflow's gate comments. */
  workflowFile?: string;
}

interface User {
  login: string;
  type: string;
}
interface IssueComment {
  id: number;
  body?: string;
  user: User | null;
  created_at: string;
  updated_at: string;
  html_url: string;
}
interface Review {
  id: number;
  body: string;
  state: string;
  commit_id: string | null;
  user: User | null;
  submitted_at?: string;
  html_url: string;
}
interface PullRequest {
  state: string;
  head: { sha: string };
  user: User;
}

// Unchanged polls answer 304 and cost nothing, so the ceiling is set by decision latency.
const DEFAULT_POLL = { minMs: 10_000, maxMs: 60_000 };

export function createGitHubGateway(settings: GitHubGatewaySettings): ApprovalGateway {
  const client = createRestClient(settings);
  const reader = new ConditionalReader(client);
  return {
    decide: (gate, options) => new GitHubGate(settings, client, reader, gate, options).decide(),
    recordPolicyApproval: (gate, options) =>
      new GitHubGate(settings, client, reader, gate, options).recordPolicy(),
  };
}

function toIso(dateHeader: unknown, fallbackMs: number): string {
  const parsed = typeof dateHeader === 'string' ? Date.parse(dateHeader) : NaN;
  return new Date(Number.isNaN(parsed) ? fallbackMs : parsed).toISOString().replace('.000Z', 'Z');
}

function toAnswers(comments: IssueComment[], reviews: Review[]): Answer[] {
  const answers: Answer[] = [];
  for (const c of comments) {
    if (c.user === null) continue;
    answers.push({
      kind: 'comment',
      id: c.id,
      body: c.body ?? '',
      user: { login: c.user.login, type: c.user.type },
      createdAt: c.created_at,
      updatedAt: c.updated_at,
      url: c.html_url,
    });
  }
  for (const r of reviews) {
    if (r.user === null || r.submitted_at === undefined) continue;
    answers.push({
      kind: 'review',
      id: r.id,
      state: r.state,
      body: r.body,
      commitId: r.commit_id ?? '',
      user: { login: r.user.login, type: r.user.type },
      submittedAt: r.submitted_at,
      url: r.html_url,
    });
  }
  return answers;
}

/** One gate's conversation with GitHub. */
class GitHubGate {
  private readonly base: string;
  private readonly prPath: string;
  private state!: MarkerState;
  private prAuthor = '';
  private selfLogin?: string;
  private commentId?: number;
  private commentUrl = '';
  private lastBody = '';
  private reopenedFrom?: string;
  private readonly reacted = new Set<number>();
  private readonly workflow: string | undefined;

  constructor(
    private readonly settings: GitHubGatewaySettings,
    private readonly client: RestClient,
    private readonly reader: ConditionalReader,
    private readonly gate: Gate,
    private readonly options: GateWaitOptions,
  ) {
    const enc = encodeURIComponent;
    this.base = `/repos/${enc(settings.owner)}/${enc(settings.repo)}`;
    this.prPath = `${this.base}/pulls/${settings.pullNumber ?? 0}`;
    this.selfLogin = settings.selfLogin;
    this.workflow =
      settings.workflowFile === undefined ? undefined : workflowTag(settings.workflowFile);
  }

  async decide(): Promise<GateDecision> {
    await this.open();
    const poll = this.settings.poll ?? DEFAULT_POLL;
    let interval = poll.minMs;
    let evaluation = await this.evaluate((await this.poll()).answers);
    let announced = false;
    for (;;) {
      const decided = await this.conclude(evaluation);
      if (decided) return decided;
      const now = this.options.clock.now();
      if (this.gate.deadline !== undefined && now >= this.gate.deadline) return this.timeOut();
      if (this.settings.mode === 'check') return this.waiting();
      if (!announced) {
        announced = true;
        this.options.progress?.(this.waitingLine());
      }
      await this.options.clock.sleep(this.nextSleep(interval, now), this.options.signal);
      try {
        const { changed, answers } = await this.poll();
        interval = changed ? poll.minMs : Math.min(poll.maxMs, Math.round(interval * 1.5));
        if (changed) evaluation = await this.evaluate(answers);
      } catch (error) {
        if (this.options.signal.aborted) throw this.options.signal.reason;
        if (!transient(error)) throw error;
        // A rate limit longer than the client waits inside a request (60 s) is waited out
        // here, in full: asking again earlier only prolongs a secondary limit.
        const asked = requestedWaitMs(error, this.options.clock.now());
        this.options.log(
          `Reading the gate's answers failed (${messageOf(error)}); trying again ${asked === undefined ? 'later' : `in ${Math.ceil(asked / 1000)} s, as GitHub asked`}.`,
        );
        interval = Math.max(Math.min(poll.maxMs, interval * 2), asked ?? 0);
      }
    }
  }

  async recordPolicy(): Promise<GateDecision> {
    const now = this.isoNow();
    if (this.settings.pullNumber === undefined) {
      return {
        decision: 'approved',
        approvers: [],
        comment: 'approved by policy (auto_approve)',
        url: '',
        sha: '',
        decidedAt: now,
        byPolicy: true,
      };
    }
    await this.open(false);
    await this.write({ phase: 'approved', answers: [], byPolicy: true }, []);
    return {
      decision: 'approved',
      approvers: [],
      comment: 'approved by policy (auto_approve)',
      url: this.commentUrl,
      sha: this.state.sha,
      decidedAt: now,
      byPolicy: true,
    };
  }

  /** Finds this gate's comment (a retry or a resumed run) or posts it, bound to the head SHA. */
  private async open(announce = true): Promise<void> {
    const { pullNumber } = this.settings;
    if (pullNumber === undefined) {
      throw new ApprovalSetupError(
        `The approval step '${this.gate.stepId}' needs a pull request to ask in: run the workflow on pull_request events, or use the CLI with --approve/--reject.`,
      );
    }
    if (!markerSafe(this.gate.runId) || !markerSafe(this.gate.stepId)) {
      throw new ApprovalSetupError(`The run id '${this.gate.runId}' cannot label a gate comment.`);
    }
    const pr = await this.readPull();
    this.prAuthor = pr.data.user.login;
    const headSha = pr.data.head.sha;
    const all = await this.reader.getAll<IssueComment>(
      `${this.base}/issues/${pullNumber}/comments`,
      {},
      this.options.signal,
    );
    const mine = all.data.find(
      (c) => this.isMine(c) && readMarker(c.body ?? '', this.gate.runId, this.gate.stepId),
    );
    const openedAt = toIso(pr.headers.date, this.options.clock.now());
    if (mine) {
      const found = readMarker(mine.body ?? '', this.gate.runId, this.gate.stepId);
      this.commentId = mine.id;
      this.commentUrl = mine.html_url;
      this.selfLogin ??= mine.user?.login;
      this.lastBody = mine.body ?? '';
      this.state = found ?? { ...this.fresh(headSha, openedAt) };
      if (this.state.sha !== headSha) this.reopen(headSha, openedAt);
      else if (this.state.key !== this.gate.key) {
        this.options.log(
          'What the gate holds changed since it was asked (a step before it ran again with other inputs): the gate re-opens and earlier answers no longer count.',
        );
        this.reopenedFrom = this.state.sha;
        this.state = this.fresh(headSha, openedAt);
      }
    } else {
      this.state = this.fresh(headSha, openedAt);
    }
    // Posting first also tells us which login is wflo's own before any answer is judged.
    if (announce) await this.write({ phase: 'open', approvals: [], ...this.reopenMark() }, []);
    if (announce && !mine) await this.supersedeEarlier(all.data);
  }

  /**
   * Marks the open gate comments of earlier runs for this step superseded (each new run posts
   * its own gate comment; the old ones must not look answerable).
   */
  private async supersedeEarlier(comments: readonly IssueComment[]): Promise<void> {
    const { owner, repo } = this.settings;
    for (const comment of comments) {
      if (comment.id === this.commentId || !this.isMine(comment)) continue;
      const marker = markerOf(comment.body ?? '');
      // The same gate of the same workflow, asked by an earlier run: another workflow's gate
      // of the same step id on this pull request is another question, still open.
      if (
        marker?.stepId !== this.gate.stepId ||
        marker.runId === this.gate.runId ||
        marker.workflow !== this.workflow
      )
        continue;
      const body = supersededBody(comment.body ?? '', this.commentUrl, this.isoNow());
      if (body === undefined) continue;
      await this.client.rest.issues.updateComment({
        owner,
        repo,
        comment_id: comment.id,
        body,
        request: { signal: this.options.signal },
      });
      this.options.log(
        `The gate comment of an earlier run (${marker.runId}) for step '${this.gate.stepId}' is marked superseded: ${comment.html_url}`,
      );
    }
  }

  /** Where the gate waits, who may answer it and until when: one line for the live log. */
  private waitingLine(): string {
    const until =
      this.gate.deadline === undefined
        ? 'no deadline'
        : `until ${new Date(this.gate.deadline).toISOString()}, then ${this.gate.onTimeout === 'reject' ? 'rejected' : 'failed'}`;
    const who = describeApprovers(this.gate.approvers).replaceAll('`', '');
    return `waiting for a decision at ${this.commentUrl}: ${who}; ${until}`;
  }

  private fresh(sha: string, openedAt: string): MarkerState {
    return {
      runId: this.gate.runId,
      stepId: this.gate.stepId,
      sha,
      openedAt,
      ...(this.gate.key === undefined ? {} : { key: this.gate.key }),
      ...(this.workflow === undefined ? {} : { workflow: this.workflow }),
    };
  }

  private isMine(comment: IssueComment): boolean {
    if (comment.user === null) return false;
    if (this.selfLogin !== undefined)
      return comment.user.login.toLowerCase() === this.selfLogin.toLowerCase();
    return comment.user.type === 'Bot';
  }

  private reopen(sha: string, openedAt: string): void {
    this.options.log(
      `The head of the pull request moved to ${sha.slice(0, 7)}: the gate re-opens and earlier answers no longer count.`,
    );
    this.reopenedFrom = this.state.sha;
    this.state = this.fresh(sha, openedAt);
  }

  /** The pull request; a closed one ends the gate, as nobody will answer there. */
  private async readPull() {
    const pr = await this.reader.get<PullRequest>(this.prPath, this.options.signal);
    if (pr.data.state !== 'open') {
      throw new ApprovalSetupError(
        `The pull request #${this.settings.pullNumber ?? 0} is ${pr.data.state}: the gate '${this.gate.stepId}' cannot be answered there.`,
      );
    }
    return pr;
  }

  /** Reads the pull request, comments and reviews; `changed` is false when all answered 304. */
  private async poll(): Promise<{ changed: boolean; answers: Answer[] }> {
    const pr = await this.readPull();
    let moved = false;
    if (pr.data.head.sha !== this.state.sha) {
      this.reopen(pr.data.head.sha, toIso(pr.headers.date, this.options.clock.now()));
      await this.write({ phase: 'open', approvals: [], ...this.reopenMark() }, []);
      moved = true;
    }
    const pullNumber = this.settings.pullNumber ?? 0;
    const comments = await this.reader.getAll<IssueComment>(
      `${this.base}/issues/${pullNumber}/comments`,
      { since: this.state.openedAt },
      this.options.signal,
    );
    const reviews = await this.reader.getAll<Review>(
      `${this.prPath}/reviews`,
      {},
      this.options.signal,
    );
    return {
      changed: moved || pr.changed || comments.changed || reviews.changed,
      answers: toAnswers(comments.data, reviews.data),
    };
  }

  private async evaluate(answers: Answer[]): Promise<Evaluation> {
    const view: GateView = {
      stepId: this.gate.stepId,
      stepIds: this.gate.stepIds,
      sha: this.state.sha,
      openedAt: this.state.openedAt,
      prAuthor: this.prAuthor,
      selfLogins: this.selfLogin === undefined ? [] : [this.selfLogin],
      policy: this.gate.approvers,
    };
    const authorize = createAuthorizer(
      this.reader,
      this.settings,
      this.gate.approvers,
      this.options.signal,
    );
    const evaluation = await evaluateAnswers(answers, view, authorize);
    await this.react(evaluation.ignored);
    return evaluation;
  }

  /** Writes the gate comment for a decision, or keeps it current while open; the decision if any. */
  private async conclude(evaluation: Evaluation): Promise<GateDecision | undefined> {
    if (evaluation.outcome === 'pending') {
      await this.write(
        { phase: 'open', approvals: evaluation.approvals, ...this.reopenMark() },
        evaluation.ignored,
      );
      return undefined;
    }
    const answers =
      evaluation.outcome === 'rejected' && evaluation.rejection
        ? [evaluation.rejection]
        : evaluation.approvals;
    await this.write({ phase: evaluation.outcome, answers, byPolicy: false }, evaluation.ignored);
    const last = answers[answers.length - 1];
    return {
      decision: evaluation.outcome,
      approvers: answers.map((a) => a.login),
      comment: answers
        .map((a) => a.reason)
        .filter((r) => r !== '')
        .join('\n'),
      url: this.commentUrl,
      sha: this.state.sha,
      decidedAt: last?.at ?? this.isoNow(),
      byPolicy: false,
    };
  }

  private async timeOut(): Promise<GateDecision> {
    await this.write({ phase: 'timed_out', onTimeout: this.gate.onTimeout }, []);
    return {
      decision: 'timed_out',
      approvers: [],
      comment: 'no decision before the deadline',
      url: this.commentUrl,
      sha: this.state.sha,
      decidedAt: this.isoNow(),
      byPolicy: false,
    };
  }

  private waiting(): GateDecision {
    return {
      decision: 'waiting',
      approvers: [],
      comment: '',
      url: this.commentUrl,
      sha: this.state.sha,
      byPolicy: false,
      howToAnswer: `answer on the pull request (${this.commentUrl}) with /approve ${this.gate.stepId}, /reject ${this.gate.stepId} <reason>, or a review.`,
    };
  }

  private reopenMark(): { reopenedFrom?: string } {
    return this.reopenedFrom === undefined ? {} : { reopenedFrom: this.reopenedFrom };
  }

  /** Creates or updates the gate comment, only when its text changes (each write counts). */
  private async write(phase: GatePhase, ignored: readonly IgnoredAnswer[]): Promise<void> {
    const rendered = renderGateComment({
      gate: this.gate,
      state: this.state,
      phase,
      ignored,
      now: this.isoNow(),
      ...(this.settings.fullDiffAt === undefined ? {} : { fullDiffAt: this.settings.fullDiffAt }),
    });
    const body = this.gate.publish ? this.gate.publish(rendered) : rendered;
    if (body === this.lastBody) return;
    const { owner, repo } = this.settings;
    const create = async () => {
      const created = await this.client.rest.issues.createComment({
        owner,
        repo,
        issue_number: this.settings.pullNumber ?? 0,
        body,
        request: { signal: this.options.signal },
      });
      this.commentId = created.data.id;
      this.commentUrl = created.data.html_url;
      this.selfLogin ??= created.data.user?.login;
    };
    try {
      if (this.commentId === undefined) {
        await create();
      } else {
        try {
          await this.client.rest.issues.updateComment({
            owner,
            repo,
            comment_id: this.commentId,
            body,
            request: { signal: this.options.signal },
          });
        } catch (error) {
          // Someone deleted the gate comment: that is not a missing permission, so post it again.
          if (httpStatus(error) !== 404) throw error;
          this.options.log(
            `The gate comment of step '${this.gate.stepId}' was deleted; posting it again.`,
          );
          this.commentId = undefined;
          await create();
        }
      }
    } catch (error) {
      const status = httpStatus(error);
      if (status !== 403 && status !== 404) throw error;
      if (/rate limit/i.test(messageOf(error))) throw error;
      throw new ApprovalSetupError(
        `GitHub refused to write the gate comment on pull request #${this.settings.pullNumber ?? 0} (${status}: ${messageOf(error).replace(/ - https:\S+$/, '')}); give the job \`permissions: { pull-requests: write, issues: write }\`.`,
      );
    }
    this.lastBody = body;
  }

  /** A `confused` reaction once per ignored comment; the gate comment lists why. */
  private async react(ignored: readonly IgnoredAnswer[]): Promise<void> {
    const { owner, repo } = this.settings;
    for (const item of ignored) {
      if (item.kind !== 'comment' || this.reacted.has(item.id)) continue;
      this.reacted.add(item.id);
      this.options.log(`Not counted: ${item.kind} by ${item.login}: ${item.reason}.`);
      await this.client.rest.reactions.createForIssueComment({
        owner,
        repo,
        comment_id: item.id,
        content: 'confused',
        request: { signal: this.options.signal },
      });
    }
  }

  /** The next pause: the interval, never past the deadline, longer when the rate limit runs low. */
  private nextSleep(interval: number, now: number): number {
    let ms = interval;
    const limit = this.reader.lastRateLimit;
    if (limit && limit.remaining < (this.settings.rateLimitFloor ?? 20))
      ms = Math.max(ms, limit.resetAt - now + 1000);
    if (this.gate.deadline !== undefined) ms = Math.min(ms, Math.max(0, this.gate.deadline - now));
    return ms;
  }

  private isoNow(): string {
    return new Date(this.options.clock.now()).toISOString();
  }
}

/** Worth another try later: 5xx, network trouble, rate limits the plugins gave up on. */
function transient(error: unknown): boolean {
  const status = httpStatus(error);
  if (status === undefined) return false;
  if (status >= 500 || status === 429) return true;
  return status === 403 && /rate limit/i.test(messageOf(error));
}
