"use strict";
exports.id = 675;
exports.ids = [675];
exports.modules = {

/***/ 83675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionSetupHint: () => (/* binding */ actionSetupHint),
  runMain: () => (/* binding */ runMain)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
// EXTERNAL MODULE: ./src/workflow/errors.ts
var errors = __webpack_require__(29658);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/plan.ts
var report_plan = __webpack_require__(51307);
// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(88850);
// EXTERNAL MODULE: ./src/report/summary.ts + 1 modules
var summary = __webpack_require__(16352);
// EXTERNAL MODULE: ./src/common/files.ts
var files = __webpack_require__(38994);
// EXTERNAL MODULE: ./src/wiring/engine.ts + 22 modules
var wiring_engine = __webpack_require__(48440);
// EXTERNAL MODULE: ./src/approval/gateway.ts
var gateway = __webpack_require__(27205);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(37607);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./src/github/client.ts
// The REST client a gate uses: Octokit with retry (5xx) and throttling (403/429 rate
// limits, honouring retry-after and x-ratelimit-reset), plus conditional reads so an
// unchanged page answers 304 and costs nothing against the rate limit.



const RestClient = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** A Bottleneck.Group look-alike that runs jobs at once (what the throttling plugin calls). */
const immediateGroup = {
    key: () => ({
        schedule: (...args) => {
            const rest = typeof args[0] === 'function' ? args : args.slice(1);
            const [job, ...params] = rest;
            return Promise.resolve(job(...params));
        },
    }),
};
function createRestClient(settings) {
    const maxRetries = settings.maxRetries ?? 3;
    const maxRetryAfter = settings.maxRetryAfterSeconds ?? 60;
    const log = settings.log ?? (() => undefined);
    const onLimit = (what) => (retryAfter, options, _octokit, retryCount) => {
        // A long wait is left to the caller, which paces itself by the reset time and its deadline.
        if (retryCount >= maxRetries || retryAfter > maxRetryAfter) {
            log(`GitHub ${what} on ${options.method} ${options.url}; not retrying (reset in ${retryAfter} s).`);
            return false;
        }
        log(`GitHub ${what} on ${options.method} ${options.url}; retrying in ${retryAfter} s.`);
        return true;
    };
    const base = settings.retryAfterBaseMs ?? 1000;
    return new RestClient({
        auth: settings.token,
        baseUrl: settings.apiUrl.replace(/\/+$/, ''),
        userAgent: 'wflo',
        log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
        retry: { retries: maxRetries, retryAfterBaseValue: base },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            retryAfterBaseValue: base,
            ...(settings.spaceWrites === false
                ? { write: immediateGroup, notifications: immediateGroup }
                : {}),
        },
    });
}
/** Remembers each URL's ETag and body, so a repeat read sends If-None-Match. */
class ConditionalReader {
    client;
    cache = new Map();
    /** Rate-limit headers of the last answer, for pacing the next poll. */
    lastRateLimit;
    constructor(client) {
        this.client = client;
    }
    async get(url, signal) {
        const cached = this.cache.get(url);
        try {
            const response = await this.client.request({
                method: 'GET',
                url,
                headers: cached ? { 'if-none-match': cached.etag } : {},
                ...(signal === undefined ? {} : { request: { signal } }),
            });
            this.noteRateLimit(response.headers);
            const etag = response.headers.etag;
            if (typeof etag === 'string')
                this.cache.set(url, { etag, data: response.data });
            return { data: response.data, changed: true, headers: response.headers };
        }
        catch (error) {
            const headers = responseHeaders(error);
            this.noteRateLimit(headers);
            if (httpStatus(error) === 304 && cached)
                return { data: cached.data, changed: false, headers };
            throw error;
        }
    }
    /** Reads every page of a list (per_page=100), each page conditionally. */
    async getAll(path, query = {}, signal) {
        const items = [];
        let changed = false;
        let headers;
        for (let page = 1;; page++) {
            const params = new URLSearchParams({ ...query, per_page: '100', page: String(page) });
            const result = await this.get(`${path}?${params.toString()}`, signal);
            changed ||= result.changed;
            headers = result.headers;
            items.push(...result.data);
            // A full page may have a successor even when its own answer (and Link) did not change.
            const link = typeof result.headers.link === 'string' ? result.headers.link : '';
            if (result.data.length < 100 && !/rel="next"/.test(link))
                break;
            if (result.data.length === 0)
                break;
        }
        return { data: items, changed, headers: headers ?? {} };
    }
    noteRateLimit(headers) {
        const remaining = Number(headers['x-ratelimit-remaining']);
        const reset = Number(headers['x-ratelimit-reset']);
        if (Number.isFinite(remaining) && Number.isFinite(reset)) {
            this.lastRateLimit = { remaining, resetAt: reset * 1000 };
        }
    }
}
/** The HTTP status of an Octokit RequestError (duck-typed: the class is a transitive package). */
function httpStatus(error) {
    if (typeof error !== 'object' || error === null || !('status' in error))
        return undefined;
    return typeof error.status === 'number' ? error.status : undefined;
}
function responseHeaders(error) {
    if (typeof error !== 'object' || error === null || !('response' in error))
        return {};
    const response = error.response;
    if (typeof response !== 'object' || response === null || !('headers' in response))
        return {};
    return (response.headers ?? {});
}

// EXTERNAL MODULE: ./src/github/decisions.ts
var decisions = __webpack_require__(60856);
;// CONCATENATED MODULE: ./src/github/permissions.ts


/** The role a permission answer grants: `role_name`, or for a custom role its legacy base (never higher). */
function effectiveRole(answer) {
    if (gateway/* ROLES */.gg.includes(answer.role_name))
        return answer.role_name;
    return gateway/* ROLES */.gg.includes(answer.permission) ? answer.permission : 'none';
}
function createAuthorizer(reader, repository, policy, signal) {
    const { owner, repo } = repository;
    const enc = encodeURIComponent;
    return async (login) => {
        const reasons = [];
        if (policy.users.some((user) => user.toLowerCase() === login.toLowerCase())) {
            return { ok: true, via: 'listed user' };
        }
        if (policy.permission !== undefined) {
            let role = 'none';
            try {
                const { data } = await reader.get(`/repos/${enc(owner)}/${enc(repo)}/collaborators/${enc(login)}/permission`, signal);
                role = effectiveRole(data);
            }
            catch (error) {
                if (httpStatus(error) !== 404)
                    throw error;
            }
            if ((0,gateway/* roleRank */.Bf)(role) >= (0,gateway/* roleRank */.Bf)(policy.permission))
                return { ok: true, via: `role ${role}` };
            reasons.push(role === 'none'
                ? `${login} is not a collaborator of ${owner}/${repo}`
                : `${login} holds the ${role} role; ${policy.permission} or higher is needed`);
        }
        for (const team of policy.teams) {
            const [org, slug] = team.includes('/') ? team.split('/', 2) : [owner, team];
            try {
                const { data } = await reader.get(`/orgs/${enc(org ?? owner)}/teams/${enc(slug ?? '')}/memberships/${enc(login)}`, signal);
                if (data.state === 'active')
                    return { ok: true, via: `team ${team}` };
                reasons.push(`${login}'s membership of ${team} is ${data.state}`);
            }
            catch (error) {
                const status = httpStatus(error);
                if (status === 404)
                    reasons.push(`${login} is not a member of ${team}`);
                else if (status === 403)
                    reasons.push(`the token cannot read ${team}'s members (it needs read:org)`);
                else
                    throw error;
            }
        }
        if (policy.users.length > 0)
            reasons.push(`${login} is not a listed approver`);
        return {
            ok: false,
            reason: reasons.length > 0 ? reasons.join('; ') : 'no approvers are configured',
        };
    };
}

// EXTERNAL MODULE: ./src/github/gate-comment.ts
var gate_comment = __webpack_require__(97372);
// EXTERNAL MODULE: ./src/common/errors.ts
var common_errors = __webpack_require__(71922);
;// CONCATENATED MODULE: ./src/github/github-gateway.ts
// The action's gateway: asks on the pull request with one gate comment and waits by
// polling conditionally (unchanged pages answer 304, free against the rate limit).






// Unchanged polls answer 304 and cost nothing, so the ceiling is set by decision latency.
const DEFAULT_POLL = { minMs: 10_000, maxMs: 60_000 };
function createGitHubGateway(settings) {
    const client = createRestClient(settings);
    const reader = new ConditionalReader(client);
    return {
        decide: (gate, options) => new GitHubGate(settings, client, reader, gate, options).decide(),
        recordPolicyApproval: (gate, options) => new GitHubGate(settings, client, reader, gate, options).recordPolicy(),
    };
}
function toIso(dateHeader, fallbackMs) {
    const parsed = typeof dateHeader === 'string' ? Date.parse(dateHeader) : NaN;
    return new Date(Number.isNaN(parsed) ? fallbackMs : parsed).toISOString().replace('.000Z', 'Z');
}
function toAnswers(comments, reviews) {
    const answers = [];
    for (const c of comments) {
        if (c.user === null)
            continue;
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
        if (r.user === null || r.submitted_at === undefined)
            continue;
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
    settings;
    client;
    reader;
    gate;
    options;
    base;
    prPath;
    state;
    prAuthor = '';
    selfLogin;
    commentId;
    commentUrl = '';
    lastBody = '';
    reopenedFrom;
    reacted = new Set();
    constructor(settings, client, reader, gate, options) {
        this.settings = settings;
        this.client = client;
        this.reader = reader;
        this.gate = gate;
        this.options = options;
        const enc = encodeURIComponent;
        this.base = `/repos/${enc(settings.owner)}/${enc(settings.repo)}`;
        this.prPath = `${this.base}/pulls/${settings.pullNumber ?? 0}`;
        this.selfLogin = settings.selfLogin;
    }
    async decide() {
        await this.open();
        const poll = this.settings.poll ?? DEFAULT_POLL;
        let interval = poll.minMs;
        let evaluation = await this.evaluate((await this.poll()).answers);
        for (;;) {
            const decided = await this.conclude(evaluation);
            if (decided)
                return decided;
            const now = this.options.clock.now();
            if (this.gate.deadline !== undefined && now >= this.gate.deadline)
                return this.timeOut();
            if (this.settings.mode === 'check')
                return this.waiting();
            await this.options.clock.sleep(this.nextSleep(interval, now), this.options.signal);
            try {
                const { changed, answers } = await this.poll();
                interval = changed ? poll.minMs : Math.min(poll.maxMs, Math.round(interval * 1.5));
                if (changed)
                    evaluation = await this.evaluate(answers);
            }
            catch (error) {
                if (this.options.signal.aborted)
                    throw this.options.signal.reason;
                if (!github_gateway_transient(error))
                    throw error;
                this.options.log(`Reading the gate's answers failed (${(0,common_errors/* messageOf */.b)(error)}); trying again later.`);
                interval = Math.min(poll.maxMs, interval * 2);
            }
        }
    }
    async recordPolicy() {
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
    async open(announce = true) {
        const { pullNumber } = this.settings;
        if (pullNumber === undefined) {
            throw new gateway/* ApprovalSetupError */.Jf(`The approval step '${this.gate.stepId}' needs a pull request to ask in: run the workflow on pull_request events, or use the CLI with --approve/--reject.`);
        }
        if (!(0,gate_comment/* markerSafe */.As)(this.gate.runId) || !(0,gate_comment/* markerSafe */.As)(this.gate.stepId)) {
            throw new gateway/* ApprovalSetupError */.Jf(`The run id '${this.gate.runId}' cannot label a gate comment.`);
        }
        const pr = await this.readPull();
        this.prAuthor = pr.data.user.login;
        const headSha = pr.data.head.sha;
        const all = await this.reader.getAll(`${this.base}/issues/${pullNumber}/comments`, {}, this.options.signal);
        const mine = all.data.find((c) => this.isMine(c) && (0,gate_comment/* readMarker */.t7)(c.body ?? '', this.gate.runId, this.gate.stepId));
        const openedAt = toIso(pr.headers.date, this.options.clock.now());
        if (mine) {
            const found = (0,gate_comment/* readMarker */.t7)(mine.body ?? '', this.gate.runId, this.gate.stepId);
            this.commentId = mine.id;
            this.commentUrl = mine.html_url;
            this.selfLogin ??= mine.user?.login;
            this.lastBody = mine.body ?? '';
            this.state = found ?? { ...this.fresh(headSha, openedAt) };
            if (this.state.sha !== headSha)
                this.reopen(headSha, openedAt);
            else if (this.state.key !== this.gate.key) {
                this.options.log('What the gate holds changed since it was asked (a step before it ran again with other inputs): the gate re-opens and earlier answers no longer count.');
                this.reopenedFrom = this.state.sha;
                this.state = this.fresh(headSha, openedAt);
            }
        }
        else {
            this.state = this.fresh(headSha, openedAt);
        }
        // Posting first also tells us which login is wflo's own before any answer is judged.
        if (announce)
            await this.write({ phase: 'open', approvals: [], ...this.reopenMark() }, []);
    }
    fresh(sha, openedAt) {
        return {
            runId: this.gate.runId,
            stepId: this.gate.stepId,
            sha,
            openedAt,
            ...(this.gate.key === undefined ? {} : { key: this.gate.key }),
        };
    }
    isMine(comment) {
        if (comment.user === null)
            return false;
        if (this.selfLogin !== undefined)
            return comment.user.login.toLowerCase() === this.selfLogin.toLowerCase();
        return comment.user.type === 'Bot';
    }
    reopen(sha, openedAt) {
        this.options.log(`The head of the pull request moved to ${sha.slice(0, 7)}: the gate re-opens and earlier answers no longer count.`);
        this.reopenedFrom = this.state.sha;
        this.state = this.fresh(sha, openedAt);
    }
    /** The pull request; a closed one ends the gate, as nobody will answer there. */
    async readPull() {
        const pr = await this.reader.get(this.prPath, this.options.signal);
        if (pr.data.state !== 'open') {
            throw new gateway/* ApprovalSetupError */.Jf(`The pull request #${this.settings.pullNumber ?? 0} is ${pr.data.state}: the gate '${this.gate.stepId}' cannot be answered there.`);
        }
        return pr;
    }
    /** Reads the pull request, comments and reviews; `changed` is false when all answered 304. */
    async poll() {
        const pr = await this.readPull();
        let moved = false;
        if (pr.data.head.sha !== this.state.sha) {
            this.reopen(pr.data.head.sha, toIso(pr.headers.date, this.options.clock.now()));
            await this.write({ phase: 'open', approvals: [], ...this.reopenMark() }, []);
            moved = true;
        }
        const pullNumber = this.settings.pullNumber ?? 0;
        const comments = await this.reader.getAll(`${this.base}/issues/${pullNumber}/comments`, { since: this.state.openedAt }, this.options.signal);
        const reviews = await this.reader.getAll(`${this.prPath}/reviews`, {}, this.options.signal);
        return {
            changed: moved || pr.changed || comments.changed || reviews.changed,
            answers: toAnswers(comments.data, reviews.data),
        };
    }
    async evaluate(answers) {
        const view = {
            stepId: this.gate.stepId,
            stepIds: this.gate.stepIds,
            sha: this.state.sha,
            openedAt: this.state.openedAt,
            prAuthor: this.prAuthor,
            selfLogins: this.selfLogin === undefined ? [] : [this.selfLogin],
            policy: this.gate.approvers,
        };
        const authorize = createAuthorizer(this.reader, this.settings, this.gate.approvers, this.options.signal);
        const evaluation = await (0,decisions/* evaluateAnswers */.l)(answers, view, authorize);
        await this.react(evaluation.ignored);
        return evaluation;
    }
    /** Writes the gate comment for a decision, or keeps it current while open; the decision if any. */
    async conclude(evaluation) {
        if (evaluation.outcome === 'pending') {
            await this.write({ phase: 'open', approvals: evaluation.approvals, ...this.reopenMark() }, evaluation.ignored);
            return undefined;
        }
        const answers = evaluation.outcome === 'rejected' && evaluation.rejection
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
    async timeOut() {
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
    waiting() {
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
    reopenMark() {
        return this.reopenedFrom === undefined ? {} : { reopenedFrom: this.reopenedFrom };
    }
    /** Creates or updates the gate comment, only when its text changes (each write counts). */
    async write(phase, ignored) {
        const body = (0,gate_comment/* renderGateComment */.LO)({
            gate: this.gate,
            state: this.state,
            phase,
            ignored,
            now: this.isoNow(),
        });
        if (body === this.lastBody)
            return;
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
            }
            else {
                try {
                    await this.client.rest.issues.updateComment({
                        owner,
                        repo,
                        comment_id: this.commentId,
                        body,
                        request: { signal: this.options.signal },
                    });
                }
                catch (error) {
                    // Someone deleted the gate comment: that is not a missing permission, so post it again.
                    if (httpStatus(error) !== 404)
                        throw error;
                    this.options.log(`The gate comment of step '${this.gate.stepId}' was deleted; posting it again.`);
                    this.commentId = undefined;
                    await create();
                }
            }
        }
        catch (error) {
            const status = httpStatus(error);
            if (status !== 403 && status !== 404)
                throw error;
            if (/rate limit/i.test((0,common_errors/* messageOf */.b)(error)))
                throw error;
            throw new gateway/* ApprovalSetupError */.Jf(`GitHub refused to write the gate comment on pull request #${this.settings.pullNumber ?? 0} (${status}: ${(0,common_errors/* messageOf */.b)(error).replace(/ - https:\S+$/, '')}); give the job \`permissions: { pull-requests: write, issues: write }\`.`);
        }
        this.lastBody = body;
    }
    /** A `confused` reaction once per ignored comment; the gate comment lists why. */
    async react(ignored) {
        const { owner, repo } = this.settings;
        for (const item of ignored) {
            if (item.kind !== 'comment' || this.reacted.has(item.id))
                continue;
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
    nextSleep(interval, now) {
        let ms = interval;
        const limit = this.reader.lastRateLimit;
        if (limit && limit.remaining < (this.settings.rateLimitFloor ?? 20))
            ms = Math.max(ms, limit.resetAt - now + 1000);
        if (this.gate.deadline !== undefined)
            ms = Math.min(ms, Math.max(0, this.gate.deadline - now));
        return ms;
    }
    isoNow() {
        return new Date(this.options.clock.now()).toISOString();
    }
}
/** Worth another try later: 5xx, network trouble, rate limits the plugins gave up on. */
function github_gateway_transient(error) {
    const status = httpStatus(error);
    if (status === undefined)
        return false;
    if (status >= 500 || status === 429)
        return true;
    return status === 403 && /rate limit/i.test((0,common_errors/* messageOf */.b)(error));
}

;// CONCATENATED MODULE: ./src/github/event.ts
const objectAt = (value, key) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const inner = value[key];
    return inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? inner : undefined;
};
/** The pull request number of `pull_request`, `pull_request_review` and PR `issue_comment` events. */
function pullNumberOf(event) {
    const pr = objectAt(event, 'pull_request');
    if (typeof pr?.number === 'number')
        return pr.number;
    const issue = objectAt(event, 'issue');
    if (issue && objectAt(issue, 'pull_request') && typeof issue.number === 'number')
        return issue.number;
    return undefined;
}

;// CONCATENATED MODULE: ./src/wiring/github-approvals.ts


/** Undefined without a token or a repository: an approval step then says what to configure. */
function githubApprovalsFrom(settings) {
    const [owner, repo] = (settings.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!settings.token || !owner || !repo)
        return undefined;
    const pullNumber = pullNumberOf(settings.event);
    return createGitHubGateway({
        token: settings.token,
        apiUrl: settings.env.GITHUB_API_URL || 'https://api.github.com',
        owner,
        repo,
        ...(pullNumber === undefined ? {} : { pullNumber }),
        mode: settings.approvalMode === 'wait' ? 'wait' : 'check',
        ...(settings.log ? { log: settings.log } : {}),
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/wiring/github-context.ts
// The read-only `github` context expressions see (DESIGN.md §2), from the runner's
// environment; outside Actions it is mostly empty.

const FIELDS = {
    repository: 'GITHUB_REPOSITORY',
    repository_owner: 'GITHUB_REPOSITORY_OWNER',
    sha: 'GITHUB_SHA',
    ref: 'GITHUB_REF',
    ref_name: 'GITHUB_REF_NAME',
    head_ref: 'GITHUB_HEAD_REF',
    base_ref: 'GITHUB_BASE_REF',
    event_name: 'GITHUB_EVENT_NAME',
    actor: 'GITHUB_ACTOR',
    run_id: 'GITHUB_RUN_ID',
    run_number: 'GITHUB_RUN_NUMBER',
    run_attempt: 'GITHUB_RUN_ATTEMPT',
    workflow: 'GITHUB_WORKFLOW',
    job: 'GITHUB_JOB',
    server_url: 'GITHUB_SERVER_URL',
    api_url: 'GITHUB_API_URL',
};
function githubContextFrom(env) {
    const ctx = {};
    for (const [key, name] of Object.entries(FIELDS)) {
        const value = env[name];
        if (value !== undefined && value !== '')
            ctx[key] = value;
    }
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath) {
        try {
            ctx.event = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        }
        catch {
            // A missing or unreadable payload leaves `github.event` out rather than stopping the run.
        }
    }
    return ctx;
}

// EXTERNAL MODULE: ./src/wiring/run-id.ts
var run_id = __webpack_require__(62401);
// EXTERNAL MODULE: ./src/wiring/prepare-run.ts + 8 modules
var prepare_run = __webpack_require__(94763);
// EXTERNAL MODULE: ./src/wiring/signals.ts
var signals = __webpack_require__(46103);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/wiring/usd.ts
var usd = __webpack_require__(16670);
;// CONCATENATED MODULE: ./src/action/inputs.ts
// Every input of action.yml, gathered once into one typed object and validated up
// front: a bad value stops the action with a sentence naming the input and the form
// it must take, before anything runs.



/** One or more inputs are wrong; the message has one sentence per input. */
class ActionInputError extends common_errors/* WfloError */.J {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
        this.name = 'ActionInputError';
    }
}
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
function parseInputsMap(text, problems) {
    if (text.trim() === '')
        return {};
    const form = "a YAML or JSON map of input names to values, e.g. '{path: tests}'";
    let value;
    try {
        value = (0,dist/* parse */.qg)(text, { maxAliasCount: 0, uniqueKeys: true });
    }
    catch (err) {
        const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
        problems.push(`Input 'inputs' must be ${form}; it does not parse: ${why}`);
        return {};
    }
    if (value === null || value === undefined)
        return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        problems.push(`Input 'inputs' must be ${form}, got ${Array.isArray(value) ? 'a list' : `'${text.trim()}'`}`);
        return {};
    }
    const out = {};
    for (const [key, v] of Object.entries(value)) {
        if (FORBIDDEN_KEYS.has(key)) {
            problems.push(`Input 'inputs' may not have a key named '${key}'`);
            continue;
        }
        out[key] = v;
    }
    return out;
}
function oneOf(name, raw, allowed, fallback, problems) {
    if (raw === '')
        return fallback;
    if (allowed.includes(raw))
        return raw;
    problems.push(`Input '${name}' must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got '${raw}'`);
    return fallback;
}
function booleanInput(name, raw, problems) {
    // The YAML 1.2 core schema's booleans, as core.getBooleanInput accepts them.
    if (raw === '' || ['false', 'False', 'FALSE'].includes(raw))
        return false;
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    problems.push(`Input '${name}' must be 'true' or 'false', got '${raw}'`);
    return false;
}
function readInputs(read) {
    const problems = [];
    const get = (name) => read(name).trim();
    const workflow = get('workflow');
    if (workflow === '') {
        problems.push("Input 'workflow' is required: the path of a workflow file, e.g. '.wflo/fix-tests.yml'");
    }
    const inputs = parseInputsMap(read('inputs'), problems);
    let budgetMicros;
    const budget = get('budget-usd');
    if (budget !== '') {
        budgetMicros = (0,usd/* parseUsdToMicros */.u)(budget);
        if (budgetMicros === undefined) {
            problems.push(`Input 'budget-usd' must be a positive number of dollars with at most 6 decimals, e.g. '2.00', got '${budget}'`);
        }
    }
    const openaiBaseUrl = get('openai-base-url');
    if (openaiBaseUrl !== '' && !/^https?:\/\/[^\s/]+/.test(openaiBaseUrl)) {
        problems.push(`Input 'openai-base-url' must be an http(s) URL, e.g. 'https://api.openai.com/v1', got '${openaiBaseUrl}'`);
    }
    const result = {
        workflow,
        inputs,
        ...(budgetMicros === undefined ? {} : { budgetMicros }),
        ...(get('openai-api-key') === '' ? {} : { openaiApiKey: get('openai-api-key') }),
        ...(openaiBaseUrl === '' ? {} : { openaiBaseUrl }),
        ...(get('github-token') === '' ? {} : { githubToken: get('github-token') }),
        approvalMode: oneOf('approval-mode', get('approval-mode'), ['wait', 'resume'], 'wait', problems),
        prComment: oneOf('pr-comment', get('pr-comment'), ['always', 'on-failure', 'never'], 'never', problems),
        dryRun: booleanInput('dry-run', get('dry-run'), problems),
    };
    if (problems.length > 0)
        throw new ActionInputError(problems);
    return result;
}

;// CONCATENATED MODULE: ./src/action/pr-comment.ts
// The run's summary as one sticky pull-request comment (the `pr-comment` input): found
// again by a hidden marker and updated in place, so a PR carries one comment per workflow.

/** GitHub refuses comments over 65,536 characters. */
const MAX_BODY = 65_000;
function markerOf(workflowFile) {
    // `--` would end the HTML comment early; the file name is the user's, so keep it inert.
    return `<!-- wflo:summary ${workflowFile.replace(/-->|--|[<>]/g, '_')} -->`;
}
/** Creates or updates the sticky comment; resolves to its URL. */
async function upsertSummaryComment(target, summary) {
    const client = createRestClient({ token: target.token, apiUrl: target.apiUrl });
    const marker = markerOf(target.workflowFile);
    const text = summary.length > MAX_BODY
        ? `${summary.slice(0, MAX_BODY)}\n\n…(cut; the job summary has it all)`
        : summary;
    const body = `${marker}\n${text}`;
    const where = { owner: target.owner, repo: target.repo };
    const comments = await client.paginate(client.rest.issues.listComments, {
        ...where,
        issue_number: target.pullNumber,
        per_page: 100,
    });
    // Only a bot's comment is ours to update: a person could paste the marker into theirs.
    const mine = comments.find((c) => c.user?.type === 'Bot' && (c.body ?? '').startsWith(marker));
    if (mine) {
        const updated = await client.rest.issues.updateComment({ ...where, comment_id: mine.id, body });
        return updated.data.html_url;
    }
    const created = await client.rest.issues.createComment({
        ...where,
        issue_number: target.pullNumber,
        body,
    });
    return created.data.html_url;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/checkpoint/checkpoint.ts
var checkpoint_checkpoint = __webpack_require__(18498);
// EXTERNAL MODULE: ./src/workflow/inputs.ts
var inputs = __webpack_require__(59624);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/checkpoint/pr-store.ts
// The action's checkpoint store: the paused run's checkpoint lives on its pull request, in
// one hidden comment per workflow written by wflo's own token (docs/resume.md says why).
// The first line carries the run id, its status and the digest; the data follows, gzipped.



/** GitHub refuses comment bodies over 65,536 characters. */
const pr_store_MAX_BODY = 65_000;
const MARKER = /^<!-- wflo:checkpoint workflow=(\S+) run=(\S+) status=(\S+) digest=(sha256:[0-9a-f]{64}) -->/;
const DATA = /<!-- wflo:checkpoint-data ([A-Za-z0-9+/=]+) -->/;
/** The workflow file as it can stand inside an HTML comment and a marker. */
function markerName(workflowFile) {
    return workflowFile.replace(/-->|--|[<>\s]/g, '_');
}
function prCheckpointStore(target) {
    const client = createRestClient({ token: target.token, apiUrl: target.apiUrl });
    const where = { owner: target.owner, repo: target.repo };
    const name = markerName(target.workflowFile);
    let found;
    let looked = false;
    const find = async () => {
        if (looked)
            return found;
        const comments = await client.paginate(client.rest.issues.listComments, {
            ...where,
            issue_number: target.pullNumber,
            per_page: 100,
        });
        // Only a bot's comment is wflo's: a person could paste the marker into theirs. Newest wins.
        const mine = comments
            .filter((c) => c.user?.type === 'Bot' && MARKER.exec(c.body ?? '')?.[1] === name)
            .at(-1);
        found = mine && { id: mine.id, url: mine.html_url, body: mine.body ?? '' };
        looked = true;
        return found;
    };
    return {
        where: `on pull request #${target.pullNumber}`,
        async load() {
            const comment = await find();
            const marker = comment && MARKER.exec(comment.body);
            if (!comment || !marker || marker[3] !== 'waiting_approval')
                return undefined;
            const data = DATA.exec(comment.body)?.[1];
            let text;
            try {
                text = (0,external_node_zlib_.gunzipSync)(Buffer.from(data ?? '', 'base64')).toString('utf8');
            }
            catch (error) {
                throw new checkpoint_checkpoint/* CheckpointError */.jg(`The checkpoint in ${comment.url} cannot be read (its data is damaged), so the paused run cannot continue; push a commit to start a new run.`, { cause: error });
            }
            return (0,checkpoint_checkpoint/* unseal */.Du)(text, `in ${comment.url}`, marker[4]);
        },
        async save(sealed) {
            const { checkpoint } = sealed;
            // Only where the run ends matters to a later job; the steps between are not written.
            if (checkpoint.status === 'running')
                return;
            const existing = await find();
            // A run that ends without pausing writes only to retire an earlier paused run.
            if (!existing && checkpoint.status !== 'waiting_approval')
                return;
            let body = renderBody(name, sealed);
            let warning;
            if (body.length > pr_store_MAX_BODY && checkpoint.steps.some((s) => s.changes !== undefined)) {
                // Kept without the change sets, the run can still continue: the steps that made them
                // run again after the answer (docs/resume.md says what that costs).
                const slim = (0,checkpoint_checkpoint/* seal */.od)({
                    ...checkpoint,
                    steps: checkpoint.steps.map(({ changes: _dropped, ...step }) => step),
                });
                const slimBody = renderBody(name, slim);
                if (slimBody.length <= pr_store_MAX_BODY) {
                    warning = `the checkpoint of run ${checkpoint.runId} is ${Math.ceil(body.length / 1024)} KB with its steps' changes, more than a pull-request comment holds, so it was kept without them: the steps that changed files run again after the answer, and what they change then may differ from what the gate showed; use approval-mode: wait for this workflow to apply exactly what was shown`;
                    body = slimBody;
                }
            }
            if (body.length > pr_store_MAX_BODY) {
                throw new checkpoint_checkpoint/* CheckpointError */.jg(`The checkpoint of run ${checkpoint.runId} is ${Math.ceil(body.length / 1024)} KB, more than a pull-request comment holds; use approval-mode: wait for this workflow.`);
            }
            if (existing) {
                await client.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
                found = { ...existing, body };
            }
            else {
                const created = await client.rest.issues.createComment({
                    ...where,
                    issue_number: target.pullNumber,
                    body,
                });
                found = { id: created.data.id, url: created.data.html_url, body };
            }
            return warning === undefined ? undefined : { warning };
        },
    };
}
function renderBody(name, sealed) {
    const { checkpoint, digest } = sealed;
    const data = (0,external_node_zlib_.gzipSync)(Buffer.from(JSON.stringify(sealed), 'utf8')).toString('base64');
    const what = checkpoint.status === 'waiting_approval'
        ? `is paused at an approval gate; an answer to the gate continues it from here`
        : `ended ${checkpoint.status.replaceAll('_', ' ')}; nothing is left to continue`;
    return [
        `<!-- wflo:checkpoint workflow=${name} run=${checkpoint.runId} status=${checkpoint.status} digest=${digest} -->`,
        `wflo run \`${checkpoint.runId}\` of \`${name}\` ${what}. This comment keeps the run's checkpoint for the next job; leave it as it is.`,
        `<!-- wflo:checkpoint-data ${data} -->`,
    ].join('\n');
}

// EXTERNAL MODULE: ./src/approval/commands.ts
var commands = __webpack_require__(27529);
;// CONCATENATED MODULE: ./src/checkpoint/trigger.ts
// What started this job, as `approval-mode: resume` sees it: a run to start, an answer that may
// decide a paused gate, or an event that cannot decide anything and ends the job at once
// (no API call, no model call: most comments on a pull request are not for wflo).

const trigger_objectAt = (value, key) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const inner = value[key];
    return inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? inner : undefined;
};
const stringAt = (value, key) => typeof value?.[key] === 'string' ? value[key] : '';
const isBot = (user) => stringAt(user, 'type') === 'Bot' || /\[bot\]$/i.test(stringAt(user, 'login'));
function resumeTriggerOf(eventName, event, stepIds) {
    if (eventName === 'issue_comment') {
        const comment = trigger_objectAt(event, 'comment');
        if (stringAt(event, 'action') !== 'created')
            return { kind: 'ignore', why: 'only a new comment can answer a gate (edits never count)' };
        if (!trigger_objectAt(trigger_objectAt(event, 'issue'), 'pull_request'))
            return { kind: 'ignore', why: 'the comment is on an issue, not on a pull request' };
        if (isBot(trigger_objectAt(comment, 'user')))
            return { kind: 'ignore', why: 'the comment is by a bot, and bots never answer a gate' };
        // A malformed command goes on, so the gate can say why it did not count.
        if ((0,commands/* parseCommand */.R)(stringAt(comment, 'body'), stepIds).verb === 'none')
            return { kind: 'ignore', why: 'the comment is not an /approve or /reject command' };
        return { kind: 'answer' };
    }
    if (eventName === 'pull_request_review') {
        const review = trigger_objectAt(event, 'review');
        if (stringAt(event, 'action') !== 'submitted')
            return { kind: 'ignore', why: 'only a submitted review can answer a gate' };
        if (isBot(trigger_objectAt(review, 'user')))
            return { kind: 'ignore', why: 'the review is by a bot, and bots never answer a gate' };
        const state = stringAt(review, 'state').toLowerCase();
        if (state !== 'approved' && state !== 'changes_requested')
            return {
                kind: 'ignore',
                why: 'the review neither approves nor requests changes, so it does not answer a gate',
            };
        return { kind: 'answer' };
    }
    return { kind: 'start' };
}

;// CONCATENATED MODULE: ./src/checkpoint/action-resume.ts
// `approval-mode: resume` in the action: decides, before anything runs, whether this job
// starts a run, continues the run paused on its pull request, or has nothing to do.






async function prepareActionResume(settings) {
    const { workflow } = settings;
    const trigger = resumeTriggerOf(settings.eventName, settings.event, workflow.steps.map((s) => s.id));
    if (trigger.kind === 'ignore') {
        return { kind: 'skip', message: `wflo: nothing to continue: ${trigger.why}.` };
    }
    const [owner, repo] = (settings.env.GITHUB_REPOSITORY ?? '').split('/');
    const pullNumber = pullNumberOf(settings.event);
    const store = settings.store ??
        (settings.token && owner && repo && pullNumber !== undefined
            ? prCheckpointStore({
                token: settings.token,
                apiUrl: settings.env.GITHUB_API_URL || 'https://api.github.com',
                owner,
                repo,
                pullNumber,
                workflowFile: workflow.file,
            })
            : undefined);
    // Outside a pull request there is no gate to pause at; the approval step says so itself.
    if (!store) {
        return trigger.kind === 'answer'
            ? {
                kind: 'skip',
                message: 'wflo: nothing to continue: this job has no pull request or token.',
            }
            : { kind: 'run' };
    }
    const commit = checkoutCommit(settings.workspace, settings.env);
    // A new job starts from a fresh checkout; the checkpoint carries the changes to apply again.
    const base = { store, workspaceKey: commit };
    if (trigger.kind === 'start')
        return { kind: 'run', checkpoint: base };
    let paused;
    try {
        paused = await store.load();
    }
    catch (error) {
        if (error instanceof checkpoint_checkpoint/* CheckpointError */.jg)
            return { kind: 'refuse', message: error.message };
        throw error;
    }
    if (!paused) {
        return {
            kind: 'skip',
            message: `wflo: nothing to continue: no run of ${workflow.file} is paused on this pull request.`,
        };
    }
    if (paused.workflow.hash !== workflow.hash) {
        return {
            kind: 'refuse',
            message: `The workflow file ${workflow.file} changed since run ${paused.runId} paused (its hash differs), so the answer cannot continue that run; push a commit to start a new run.`,
        };
    }
    if (paused.workspaceKey !== undefined && paused.workspaceKey !== commit) {
        // The reviewer answered about changes made against that commit; applying them to
        // another one would put in the checkout something nobody saw.
        return {
            kind: 'refuse',
            message: `The checkout is at ${shortCommit(commit)}, but run ${paused.runId} paused at ${shortCommit(paused.workspaceKey)}, so the answer cannot continue that run; check out the pull request's head in every job (ref: refs/pull/<number>/head), or push a commit to start a new run.`,
        };
    }
    let given;
    try {
        given = (0,checkpoint_checkpoint/* inputsHash */.Oq)((0,inputs/* resolveInputs */.e)(workflow, settings.inputs));
    }
    catch {
        given = undefined; // The engine refuses the same inputs with its own sentence.
    }
    if (given !== undefined && given !== paused.inputsHash) {
        return {
            kind: 'refuse',
            message: `Input 'inputs' differs from the inputs run ${paused.runId} paused with, so the answer cannot continue that run; give the same inputs on every event.`,
        };
    }
    return {
        kind: 'run',
        checkpoint: { ...base, resumeFrom: paused },
        message: `wflo: continuing run ${paused.runId} of ${workflow.file}, paused at an approval gate.`,
    };
}
function shortCommit(commit) {
    return /^[0-9a-f]{40}$/.test(commit) ? commit.slice(0, 7) : commit || 'an unknown commit';
}
/** The commit the checkout is at: the workspace's identity for steps that read it. */
function checkoutCommit(workspace, env) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', ['rev-parse', 'HEAD'], {
            cwd: workspace,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            timeout: 10_000,
        }).trim();
    }
    catch {
        return env.GITHUB_SHA ?? '';
    }
}

// EXTERNAL MODULE: ./src/action/state.ts
var state = __webpack_require__(33175);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/step-output.ts
var step_output = __webpack_require__(40678);
;// CONCATENATED MODULE: ./src/action/step-logs.ts
// Log grouping on the job page. GitHub's `::group::` blocks cannot nest or interleave,
// and parallel steps log at the same time, so each step's lines are buffered and its
// group is written whole when the step finishes. A one-line "started" marker is written
// live, outside any group, so a long step still shows progress. A step that logged and
// printed nothing gets one line instead of an empty group.



const MARK = {
    succeeded: '✓',
    failed: '✗',
    budget_exceeded: '✗',
    rejected: '✗',
    timed_out: '✗',
    waiting_approval: '⏸',
    cancelled: '✗',
    skipped: '–',
};
function groupedStepLogs(sink) {
    const buffers = new Map();
    const flush = (title, lines) => {
        sink.startGroup(title);
        const printed = lines.filter((l) => l.untrusted);
        if (printed.length > 0) {
            // The runner stops reading `::commands::` until it sees this unguessable token again.
            const token = (0,external_node_crypto_.randomUUID)();
            sink.info(`::stop-commands::${token}`);
            for (const line of printed)
                sink.info(line.message);
            sink.info(`::${token}::`);
        }
        for (const line of lines.filter((l) => !l.untrusted)) {
            // Inside a group, warnings and errors still become annotations on the job page.
            if (line.level === 'warn')
                sink.warning(line.message);
            else if (line.level === 'error')
                sink.error(line.message);
            else
                sink.info(line.message);
        }
        sink.endGroup();
    };
    return {
        stepStarted(step, attempt) {
            if (!buffers.has(step.id))
                buffers.set(step.id, []);
            sink.info(`▶ ${step.id} (${step.kind}) started${attempt > 1 ? `, attempt ${attempt}` : ''}`);
        },
        stepLog(step, level, message) {
            const lines = buffers.get(step.id) ?? [];
            // Engine and kind lines may quote what a model wrote: only warnings and errors (escaped by
            // the toolkit) go out as commands.
            lines.push({ level, message, untrusted: level === 'info' });
            buffers.set(step.id, lines);
        },
        stepFinished(record) {
            if (record.reused) {
                const spent = record.cost_usd > 0 ? `, ${(0,format/* formatUsd */.UK)(record.cost_usd)} spent before` : '';
                sink.info(`↺ ${record.id} (${record.kind}) reused from the checkpoint${spent}`);
                return;
            }
            const lines = buffers.get(record.id) ?? [];
            buffers.delete(record.id);
            // The command's own output goes in its step's group, after the engine's lines.
            for (const { stream, text } of (0,step_output/* printedBy */.e)(record)) {
                for (const line of text.split('\n')) {
                    lines.push({
                        level: 'info',
                        message: stream === 'stderr' ? `stderr: ${line}` : line,
                        untrusted: true,
                    });
                }
            }
            const cost = record.cost_usd > 0 ? `, ${(0,format/* formatUsd */.UK)(record.cost_usd)}` : '';
            const time = record.status === 'skipped' ? '' : ` in ${(0,format/* formatDuration */.a3)(record.duration_ms)}`;
            const title = `${MARK[record.status]} ${record.id} (${record.kind}) ${record.status.replaceAll('_', ' ')}${time}${cost}`;
            if (lines.length === 0 && !record.error) {
                sink.info(title);
                return;
            }
            if (record.error)
                lines.push({
                    level: record.status === 'skipped' ? 'info' : 'error',
                    message: `${record.id}: ${record.error}`,
                });
            flush(title, lines);
        },
        warning(message) {
            sink.warning(message);
        },
        /** Writes what steps that never finished (a crash, a cancel) had logged. */
        flushAll() {
            for (const [id, lines] of buffers)
                if (lines.length > 0)
                    flush(`${id}: unfinished`, lines);
            buffers.clear();
        },
    };
}

// EXTERNAL MODULE: ./src/steps/approval.ts
var approval = __webpack_require__(98072);
// EXTERNAL MODULE: ./src/workflow/duration.ts
var duration = __webpack_require__(61437);
;// CONCATENATED MODULE: ./src/action/wait-limit.ts


const JOB_LIMIT_MS = 6 * 3_600_000;
function longGateWarnings(workflow, registry) {
    const warnings = [];
    for (const step of workflow.steps) {
        if (registry.get(step.kind)?.gatesChanges !== true)
            continue;
        const bound = (0,approval/* gateWaitBoundMs */.fv)(step);
        if (typeof bound === 'number' && bound <= JOB_LIMIT_MS)
            continue;
        const waits = bound === undefined
            ? 'has no timeout, so it waits in this job until someone answers'
            : bound === 'templated'
                ? 'waits as long as its timeout expression says'
                : `may wait ${(0,duration/* formatDuration */.a3)(bound)} in this job`;
        const at = step.config.timeout !== undefined
            ? workflow.positionOf(`${step.pointer}/${step.kind}/timeout`)
            : workflow.positionOf(step.pointer);
        warnings.push({
            message: `The gate '${step.id}' ${waits} (approval-mode: wait), but GitHub stops a job after 6 h ` +
                `by default and bills the runner while it waits; use approval-mode: resume (the job ` +
                `ends at the gate and the answer's comment continues the run) or a timeout of at most 6h.`,
            at,
        });
    }
    return warnings;
}

;// CONCATENATED MODULE: ./src/action/main.ts
// The action's main phase: inputs → workflow → engine → outputs, report, summary.
// It translates between the runner and the engine and decides nothing of its own.
























async function runMain(engine = wiring_engine.engine) {
    saveStateOrWarn(state/* STATE */.c.isPost, 'true');
    try {
        const inputs = readInputs((name) => core.getInput(name));
        for (const secret of [inputs.openaiApiKey, inputs.githubToken])
            if (secret)
                core.setSecret(secret);
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        // Relative paths in annotations are relative to the repository root, which is the workspace.
        if (external_node_path_default().resolve(workspace) !== process.cwd())
            process.chdir(workspace);
        const workflow = await loadWithAnnotations(engine, inputs.workflow);
        if (!workflow)
            return;
        if (inputs.dryRun) {
            await dryRun(workflow, inputs, engine.registry());
            return;
        }
        await runAndReport(engine, workflow, inputs, workspace);
    }
    catch (err) {
        if (err instanceof ActionInputError) {
            core.setFailed((0,common_errors/* messageOf */.b)(err));
            return;
        }
        core.debug(err instanceof Error ? (err.stack ?? err.message) : String(err));
        core.setFailed(`wflo stopped on an internal error: ${(0,common_errors/* messageOf */.b)(err)}`);
    }
}
/** The `pr-comment` input: the summary as one sticky comment on the job's pull request. */
async function maybeCommentOnPr(inputs, workflow, result, summary) {
    const wanted = inputs.prComment === 'always' ||
        (inputs.prComment === 'on-failure' && result.status !== 'succeeded');
    if (!wanted)
        return;
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    const pullNumber = pullNumberOf(githubContextFrom(process.env).event);
    if (!inputs.githubToken || !owner || !repo || pullNumber === undefined) {
        core.info('wflo: pr-comment is set, but this job has no pull request (or no token) to comment on.');
        return;
    }
    try {
        const url = await upsertSummaryComment({
            token: inputs.githubToken,
            apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
            owner,
            repo,
            pullNumber,
            workflowFile: workflow.file,
        }, summary);
        core.info(`wflo: summary posted on the pull request: ${url}`);
    }
    catch (err) {
        core.warning(`wflo could not comment on pull request #${pullNumber} (it needs 'pull-requests: write'): ${(0,common_errors/* messageOf */.b)(err)}`);
    }
}
/** Each validation problem becomes an annotation on its line of the workflow file. */
async function loadWithAnnotations(engine, file) {
    try {
        return await engine.load(file, { registry: engine.registry() });
    }
    catch (err) {
        if (err instanceof errors/* WorkflowError */.s8) {
            for (const d of err.diagnostics) {
                core.error(d.message, {
                    title: 'wflo: invalid workflow',
                    file: d.file,
                    startLine: d.line,
                    startColumn: d.col,
                });
            }
            const n = err.diagnostics.length;
            const list = err.diagnostics.map((d) => `- ${(0,report_escape/* escapeInline */.V)((0,errors/* formatDiagnostic */.xy)(d))}`);
            try {
                await core.summary
                    .addRaw([`## ❌ wflo: ${(0,report_escape/* escapeInline */.V)(file)} is not a valid workflow`, '', ...list, ''].join('\n'))
                    .write();
            }
            catch (summaryErr) {
                core.warning(`wflo could not write the job summary: ${(0,common_errors/* messageOf */.b)(summaryErr)}`);
            }
            core.setFailed(`The workflow file ${file} has ${n} ${n === 1 ? 'error' : 'errors'}; see the annotations on it.`);
            return undefined;
        }
        const code = err.code;
        if (code === 'ENOENT' || code === 'EISDIR') {
            core.setFailed(`Input 'workflow' names ${file}, which is not a file in the workspace (${code}).`);
            return undefined;
        }
        throw err;
    }
}
async function dryRun(workflow, inputs, registry) {
    const plan = await (0,report_plan/* planOf */.XC)(workflow, registry);
    core.info((0,report_plan/* renderPlanText */.$D)(plan));
    if (inputs.budgetMicros !== undefined)
        core.setOutput('budget-usd', String((0,report/* usdOf */.IA)(inputs.budgetMicros)));
    try {
        await core.summary.addRaw((0,report_plan/* renderPlanMarkdown */.d$)(plan)).write();
    }
    catch (err) {
        core.warning(`wflo could not write the job summary: ${(0,common_errors/* messageOf */.b)(err)}`);
    }
}
async function runAndReport(engine, workflow, inputs, workspace) {
    const github = githubContextFrom(process.env);
    if (inputs.approvalMode === 'wait') {
        for (const w of longGateWarnings(workflow, engine.registry())) {
            core.warning(w.message, {
                title: 'wflo: a gate may outlast the job',
                file: w.at.file,
                startLine: w.at.start.line,
                startColumn: w.at.start.col,
            });
        }
    }
    let checkpoint;
    if (inputs.approvalMode === 'resume') {
        // Decided before anything starts: a comment that cannot answer a gate ends the job here.
        const resume = await prepareActionResume({
            env: process.env,
            eventName: process.env.GITHUB_EVENT_NAME,
            ...(github.event === undefined ? {} : { event: github.event }),
            ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
            workflow,
            inputs: inputs.inputs,
            workspace,
        });
        if (resume.kind === 'skip')
            return core.info(resume.message);
        if (resume.kind === 'refuse')
            return core.setFailed(resume.message);
        if (resume.message)
            core.info(resume.message);
        checkpoint = resume.checkpoint;
    }
    // A continued run keeps its id: its gate comment and container labels are keyed on it.
    const runId = checkpoint?.resumeFrom?.runId ?? (0,run_id/* newRunId */.F)();
    const runnerTemp = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    saveStateOrWarn(state/* STATE */.c.runId, runId);
    const registry = engine.registry();
    saveStateOrWarn(state/* STATE */.c.usesContainers, String((0,types/* startsContainers */.G8)(workflow, registry)));
    const approvals = githubApprovalsFrom({
        env: process.env,
        ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
        approvalMode: inputs.approvalMode,
        ...(github.event === undefined ? {} : { event: github.event }),
        log: (line) => core.info(line),
    });
    const logs = groupedStepLogs(core);
    const inputSecrets = [inputs.openaiApiKey, inputs.githubToken].filter((s) => Boolean(s));
    let outcome;
    try {
        outcome = await (0,prepare_run/* runPrepared */.p)({
            engine,
            workflow,
            inputs: inputs.inputs,
            workspace,
            runId,
            scratchBase: runnerTemp,
            scratchBaseName: 'RUNNER_TEMP',
            // The post phase removes the scratch directory, after a cancel too.
            onScratch: (dir) => saveStateOrWarn(state/* STATE */.c.tempDir, dir),
            removeScratch: false,
            serviceSettings: {
                env: process.env,
                ...(inputs.openaiApiKey ? { openaiApiKey: inputs.openaiApiKey } : {}),
                ...(inputs.openaiBaseUrl ? { openaiBaseUrl: inputs.openaiBaseUrl } : {}),
                ...(inputs.githubToken ? { githubToken: inputs.githubToken } : {}),
            },
            ...(approvals ? { approvals } : {}),
            ...(inputs.budgetMicros === undefined ? {} : { budgetMicros: inputs.budgetMicros }),
            github,
            listen: (run) => (0,signals/* onInterruptSignals */.q)((signal) => {
                if (run.cancelled)
                    return;
                core.info(`wflo: ${signal} received, stopping running steps`);
                run.cancel(`the run was cancelled (${signal})`);
            }),
            warn: (message) => core.warning(message),
            // Every secret the run learns of is masked by the runner too, wherever it prints; once
            // each (the key inputs were registered before anything was logged).
            observer: {
                ...logs,
                secret: (value) => {
                    if (inputSecrets.includes(value))
                        return;
                    core.setSecret(value);
                },
            },
            secrets: inputSecrets,
            setupHint: actionSetupHint,
            ...(checkpoint ? { checkpoint } : {}),
        });
    }
    finally {
        logs.flushAll();
    }
    if (outcome.kind === 'refused') {
        core.setFailed(outcome.why === 'inputs'
            ? `Input 'inputs' does not fit the workflow: ${outcome.message}`
            : `wflo: ${outcome.message}`);
        return;
    }
    const result = outcome.result;
    // A full RUNNER_TEMP (where the runner keeps the output, summary and state files too) costs
    // what cannot be written, each with a warning saying why; the run's outcome still decides.
    const outputsSet = [
        setOutputOrWarn('status', result.status),
        setOutputOrWarn('cost-usd', String((0,report/* usdOf */.IA)(result.costMicros))),
        setOutputOrWarn('budget-usd', result.budgetMicros === undefined ? '' : String((0,report/* usdOf */.IA)(result.budgetMicros))),
        setOutputOrWarn('outputs', JSON.stringify(result.outputs)),
    ].every(Boolean);
    let reportFile = external_node_path_default().join(runnerTemp, `wflo-report-${runId}.json`);
    try {
        await (0,files/* writeFileAtomic */.Zf)(reportFile, (0,report/* serializeReport */.xH)((0,report/* buildReport */.FK)(result)), 'the report');
        setOutputOrWarn('report-file', reportFile);
    }
    catch (err) {
        core.warning(`wflo ${(0,common_errors/* messageOf */.b)(err)}; the report-file output is empty`);
        reportFile = undefined;
    }
    const over = (0,summary/* overageLine */._i)(result);
    if (over)
        core.warning(`wflo: ${over}`);
    const secrets = inputSecrets;
    try {
        await core.summary
            .addRaw((0,summary/* renderSummary */.Br)(result, { secrets, ...(reportFile ? { reportFile } : {}) }))
            .write();
    }
    catch (err) {
        core.warning(`wflo could not write the job summary: ${(0,files/* ioReason */.Ny)(err)}`);
    }
    if (!outputsSet)
        core.info(`wflo: the run ended ${result.status}; this log and the job's result say so.`);
    await maybeCommentOnPr(inputs, workflow, result, (0,summary/* renderSummary */.Br)(result, { secrets }));
    if (result.status !== 'succeeded') {
        core.setFailed(`wflo: ${result.reason ?? `the run ended ${result.status.replaceAll('_', ' ')}.`}`);
    }
    else {
        core.info(`wflo: ${workflow.name} succeeded`);
    }
}
/** A state value for the post phase; a full disk costs a warning, not the run. */
function saveStateOrWarn(name, value) {
    try {
        core.saveState(name, value);
    }
    catch (err) {
        core.warning(`wflo could not save '${name}' for its post phase (${(0,files/* ioReason */.Ny)(err)}); the post phase may not clean up`);
    }
}
function setOutputOrWarn(name, value) {
    try {
        core.setOutput(name, value);
        return true;
    }
    catch (err) {
        core.warning(`wflo could not set the output '${name}': ${(0,files/* ioReason */.Ny)(err)}`);
        return false;
    }
}
/** How to fix a failed part of the environment on a runner (the run's reason ends with it). */
function actionSetupHint(service) {
    switch (service) {
        case 'docker':
            return 'run the job on a runner with Docker (ubuntu-latest has it) or set DOCKER_HOST, and check the image exists';
        case 'model_api':
            return 'set the openai-api-key input (and openai-base-url for another server) and check the server answers';
        case 'github':
            return "run the workflow on pull_request events and give github-token the permissions 'pull-requests: write' and 'issues: write'";
        case 'runner':
            return 'install bash on the runner (or use shell: sh)';
    }
}


/***/ }),

/***/ 83846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ approvalRecord),
/* harmony export */   NT: () => (/* binding */ decisionOutputs)
/* harmony export */ });
/* unused harmony export describeDecision */
/** The `approval` step's outputs for a decision. */
function decisionOutputs(decision) {
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
const str = (value) => (typeof value === 'string' ? value : '');
/** Reads a record back from an `approval` step's outputs; undefined when the step never decided. */
function approvalRecord(step, outputs) {
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
function describeDecision(record) {
    const who = record.by_policy
        ? 'by policy (auto_approve)'
        : record.approvers.length > 0
            ? `by ${record.approvers.join(', ')}`
            : '';
    const parts = [`${record.step}: ${record.decision.replace('_', ' ')}`];
    if (who !== '')
        parts.push(who);
    if (record.decided_at !== '')
        parts.push(`at ${record.decided_at}`);
    if (record.sha !== '')
        parts.push(`on ${record.sha.slice(0, 7)}`);
    const reason = record.comment === '' ? '' : ` (${record.comment.split(/\r?\n/).join(' ')})`;
    return `${parts.join(' ')}${reason}`;
}


/***/ }),

/***/ 71922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ WfloError),
/* harmony export */   b: () => (/* binding */ messageOf)
/* harmony export */ });
// The root of wflo's own errors, and the one way to read a thrown value's text. The base
// folder: imports nothing of wflo (docs/architecture.md).
/**
 * Every error wflo throws on purpose extends this, so `err instanceof WfloError` tells ours
 * from a library's or a bug, and the cause of an internal error is kept (`{ cause }`).
 */
class WfloError extends Error {
    constructor(message, options) {
        super(message, options);
        // Each subclass names itself too: a minified bundle would rename its class.
        this.name = 'WfloError';
    }
}
/** The text of anything thrown, for one-sentence messages. */
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 51307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ renderPlanText),
/* harmony export */   XC: () => (/* binding */ planOf),
/* harmony export */   d$: () => (/* binding */ renderPlanMarkdown)
/* harmony export */ });
/* unused harmony export worstCaseOf */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14031);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12011);


/**
 * A step's worst case from its kind (StepKind.worstCase): micro-dollars, or why it cannot be
 * known before the run; undefined for a kind that spends nothing.
 */
async function worstCaseOf(step, workflow, registry) {
    return registry.get(step.kind)?.worstCase?.(step, workflow);
}
async function planOf(workflow, registry) {
    const waves = new Map();
    const steps = [];
    // Validated workflows list a step after everything it needs, so one pass suffices.
    for (const step of workflow.steps) {
        const wave = 1 + Math.max(0, ...step.needs.map((n) => waves.get(n) ?? 0));
        waves.set(step.id, wave);
        const worst = await worstCaseOf(step, workflow, registry);
        steps.push({
            id: step.id,
            kind: step.kind,
            needs: step.needs,
            wave,
            spendsMoney: registry.get(step.kind)?.spendsMoney === true,
            ...(typeof worst === 'number' ? { worstCaseMicros: worst } : {}),
            ...(typeof worst === 'object' ? { worstCaseUnknown: worst.reason } : {}),
        });
    }
    const known = steps.every((s) => s.worstCaseMicros !== undefined || !s.spendsMoney);
    const total = steps.reduce((sum, s) => sum + (s.worstCaseMicros ?? 0), 0);
    return {
        name: workflow.name,
        file: workflow.file,
        maxParallel: workflow.maxParallel,
        steps,
        ...(known ? { worstCaseMicros: total } : {}),
    };
}
function worstCaseText(step) {
    if (step.worstCaseMicros !== undefined)
        return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMicros */ .tF)(step.worstCaseMicros);
    return step.spendsMoney ? 'n/a' : '–';
}
function runWorstCaseText(plan) {
    return plan.worstCaseMicros === undefined ? 'n/a' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMicros */ .tF)(plan.worstCaseMicros);
}
/** One line per step shown as `n/a` that says why. */
function unknownLines(plan) {
    return plan.steps
        .filter((s) => s.worstCaseMicros === undefined && s.worstCaseUnknown !== undefined)
        .map((s) => `${s.id}: n/a because ${s.worstCaseUnknown}`);
}
function parallelLines(plan) {
    const byWave = new Map();
    for (const s of plan.steps)
        byWave.set(s.wave, [...(byWave.get(s.wave) ?? []), s.id]);
    return [...byWave.entries()]
        .filter(([, ids]) => ids.length > 1)
        .map(([wave, ids]) => `wave ${wave}: ${ids.join(', ')} run in parallel (up to ${plan.maxParallel} at a time)`);
}
/** A plain-text table for the terminal. */
function renderPlanText(plan) {
    const header = ['wave', 'step', 'kind', 'needs', 'worst case'];
    const rows = plan.steps.map((s) => [
        String(s.wave),
        s.id,
        s.kind,
        s.needs.length > 0 ? s.needs.join(', ') : '–',
        worstCaseText(s),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    const steps = plan.steps.length === 1 ? '1 step' : `${plan.steps.length} steps`;
    return [
        `${plan.name} (${plan.file}): ${steps}, max_parallel ${plan.maxParallel}`,
        line(header),
        ...rows.map(line),
        ...parallelLines(plan),
        ...unknownLines(plan),
        `run worst case: ${runWorstCaseText(plan)}`,
        '',
    ].join('\n');
}
/** The same plan as Markdown for the job summary. */
function renderPlanMarkdown(plan) {
    const rows = plan.steps.map((s) => `| ${s.wave} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .V)(s.id)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .V)(s.kind)} | ${s.needs.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .V).join(', ') || '–'} | ${worstCaseText(s)} |`);
    return [
        `### Plan of ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .V)(plan.name)} (dry run: nothing ran)`,
        '',
        '| Wave | Step | Kind | Needs | Worst case |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
        ...[...parallelLines(plan), ...unknownLines(plan)].map((l) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .V)(l)}`),
        `- run worst case: ${runWorstCaseText(plan)}`,
        '',
    ].join('\n');
}


/***/ }),

/***/ 88850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   IA: () => (/* binding */ usdOf),
/* harmony export */   jL: () => (/* binding */ EXIT_INVALID),
/* harmony export */   mh: () => (/* binding */ approvalsOf),
/* harmony export */   xH: () => (/* binding */ serializeReport)
/* harmony export */ });
/* harmony import */ var _approval_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83846);

/** Exit code for invalid input or flags (CLI only: the run never started). */
const EXIT_INVALID = 2;
/** The process exit code a run's status maps to (DESIGN.md §3). */
function exitCodeOf(status) {
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
function usdOf(micros) {
    return micros / 1_000_000;
}
/** The decided gates of a run, from its gate steps' outputs (StepKind.gatesChanges), in step order. */
function approvalsOf(result) {
    return result.steps
        .filter((s) => result.registry.get(s.kind)?.gatesChanges === true)
        .map((s) => (0,_approval_record_js__WEBPACK_IMPORTED_MODULE_0__/* .approvalRecord */ .DI)(s.id, s.outputs))
        .filter((r) => r !== undefined);
}
/** The report, with every secret of the run hidden, plain or encoded (it may be published). */
function buildReport(result) {
    return result.redactor.json(unredactedReport(result), 'published');
}
function unredactedReport(result) {
    const approvals = approvalsOf(result).map((r) => ({
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
            };
        }),
        outputs: result.outputs,
    };
}
/** The report as the file holds it: pretty JSON with a final newline. */
function serializeReport(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}


/***/ }),

/***/ 46103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ onInterruptSignals)
/* harmony export */ });
// The interrupts an edge listens to while a run is under way (a cancelled job, a Ctrl-C).
// Kept apart from prepare-run.ts so importing it loads nothing else.
/** Calls `handler` on SIGINT and SIGTERM; returns the unsubscribe. */
function onInterruptSignals(handler) {
    const signals = ['SIGINT', 'SIGTERM'];
    for (const s of signals)
        process.on(s, handler);
    return () => {
        for (const s of signals)
            process.off(s, handler);
    };
}


/***/ })

};
;