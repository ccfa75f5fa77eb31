"use strict";
exports.id = 513;
exports.ids = [513];
exports.modules = {

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

/***/ 24897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseCommand)
/* harmony export */ });
// The comment grammar of a gate: the first line, exactly `/approve [step-id]` or
// `/reject [step-id] [reason]`, case-insensitive. Nothing else counts: peers that match
// words anywhere let "I'd /approve later" or "/approved-ish" decide.
const COMMAND = /^\/(approve|reject)(?:\s+(.*))?$/i;
const MENTIONS_COMMAND = /\/(approve|reject)/i;
/**
 * Reads a comment body. `stepIds` are the workflow's step ids: a first word that names one
 * targets that step; for `/reject` any other text is the reason.
 */
function parseCommand(body, stepIds) {
    const [head = '', ...tailLines] = body.split(/\r?\n/);
    const firstLine = head.trim();
    const tail = tailLines.join('\n').trim();
    const match = COMMAND.exec(firstLine);
    if (!match) {
        return MENTIONS_COMMAND.test(body)
            ? {
                verb: 'invalid',
                reason: 'its first line is not exactly `/approve [step-id]` or `/reject [step-id] [reason]`',
            }
            : { verb: 'none' };
    }
    const verb = (match[1] ?? '').toLowerCase() === 'approve' ? 'approve' : 'reject';
    const rest = (match[2] ?? '').trim();
    const [first = '', ...others] = rest.split(/\s+/);
    const known = new Set(stepIds.map((id) => id.toLowerCase()));
    const target = first !== '' && known.has(first.toLowerCase()) ? first.toLowerCase() : undefined;
    if (verb === 'approve') {
        if (rest === '')
            return { verb, reason: tail };
        if (target !== undefined && others.length === 0)
            return { verb, target, reason: tail };
        return {
            verb: 'invalid',
            reason: target === undefined
                ? `\`/approve\` is followed by \`${first.replace(/`/g, '').slice(0, 40)}\`, which is not a step id`
                : '`/approve` takes only a step id',
        };
    }
    const onLine = target === undefined ? rest : rest.slice(first.length).trim();
    const reason = [onLine, tail].filter((part) => part !== '').join('\n');
    return target === undefined ? { verb, reason } : { verb, target, reason };
}


/***/ }),

/***/ 60856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ MARKER_PREFIX),
/* harmony export */   l: () => (/* binding */ evaluateAnswers)
/* harmony export */ });
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24897);
// Which answers count for a gate (DESIGN.md §6, issue #5 item 3). Pure apart from the
// `authorize` callback, which reads permissions live; every refusal carries its reason.

/** The hidden marker wflo's own gate comments carry. */
const MARKER_PREFIX = '<!-- wflo:gate ';
const at = (answer) => (answer.kind === 'comment' ? answer.createdAt : answer.submittedAt);
const sameLogin = (a, b) => a.toLowerCase() === b.toLowerCase();
function intentOf(answer, gate) {
    if (answer.kind === 'review') {
        if (answer.state === 'APPROVED')
            return { verb: 'approve', reason: answer.body.trim() };
        if (answer.state === 'CHANGES_REQUESTED')
            return { verb: 'reject', reason: answer.body.trim() };
        return { verb: 'skip' };
    }
    const command = (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommand */ .R)(answer.body, gate.stepIds);
    if (command.verb === 'none')
        return { verb: 'skip' };
    if (command.verb === 'invalid')
        return { verb: 'ignore', reason: command.reason };
    // Addressed to another gate: that gate judges it.
    if (command.target !== undefined && command.target !== gate.stepId)
        return { verb: 'skip' };
    return { verb: command.verb, reason: command.reason };
}
/** Why an answer cannot count before any permission is read, or undefined when it may. */
function refusal(answer, gate) {
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
async function evaluateAnswers(answers, gate, authorize) {
    const ordered = [...answers].sort((a, b) => Date.parse(at(a)) - Date.parse(at(b)) || a.id - b.id);
    const approvals = [];
    const ignored = [];
    const verdicts = new Map();
    for (const answer of ordered) {
        const { login } = answer.user;
        if (gate.selfLogins.some((self) => sameLogin(self, login)))
            continue;
        if (answer.kind === 'comment' && answer.body.includes(MARKER_PREFIX))
            continue;
        const intent = intentOf(answer, gate);
        if (intent.verb === 'skip')
            continue;
        const ignore = (reason) => ignored.push({ kind: answer.kind, id: answer.id, login, url: answer.url, reason });
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
        const counted = {
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
        if (approvals.length >= gate.policy.min)
            return { outcome: 'approved', approvals, ignored };
    }
    return { outcome: 'pending', approvals, ignored };
}


/***/ }),

/***/ 97372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ markerSafe),
/* harmony export */   LO: () => (/* binding */ renderGateComment),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   t7: () => (/* binding */ readMarker)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT, quote, markerFor, describeApprovers */
/* harmony import */ var _decisions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60856);

/** GitHub refuses a comment body longer than this (422 "body is too long"), in characters. */
const COMMENT_LIMIT = 65_536;
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
function escapeText(text, max = MAX_MESSAGE) {
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
function capEscaped(escaped, max) {
    if (escaped.length <= max)
        return escaped;
    const cut = escaped.slice(0, max - TRUNCATED.length).replace(/&[a-z]*$|[\uD800-\uDBFF]$/, '');
    return `${cut}${TRUNCATED}`;
}
/**
 * Quotes escaped text so every line stays inside the blockquote; the quote marks count
 * toward the message's cap too (a message of empty lines doubles in size when quoted).
 */
function quote(text) {
    const quoted = escapeText(text)
        .split(/\r?\n/)
        .map((line) => `> ${line}`)
        .join('\n');
    return quoted.length <= MAX_MESSAGE + 2 ? quoted : capEscaped(quoted, MAX_MESSAGE);
}
const SAFE = /^[A-Za-z0-9._:-]+$/;
function markerFor(state) {
    const key = state.key === undefined ? '' : ` key=${state.key}`;
    return `${_decisions_js__WEBPACK_IMPORTED_MODULE_0__/* .MARKER_PREFIX */ .K}run=${state.runId} step=${state.stepId} sha=${state.sha} opened=${state.openedAt}${key} -->`;
}
/** Reads the marker of a gate comment written for this run and step, if the body has one. */
function readMarker(body, runId, stepId) {
    const match = /^<!-- wflo:gate run=(\S+) step=(\S+) sha=(\S*) opened=(\S*)(?: key=(\S+))? -->/.exec(body);
    if (!match || match[1] !== runId || match[2] !== stepId)
        return undefined;
    const sha = match[3] ?? '';
    const openedAt = match[4] ?? '';
    const key = match[5];
    return { runId, stepId, sha, openedAt, ...(key === undefined ? {} : { key }) };
}
/** Whether ids can go into a marker without breaking it. */
function markerSafe(value) {
    return SAFE.test(value);
}
function describeApprovers(policy) {
    const routes = [];
    if (policy.permission !== undefined)
        routes.push(`anyone with the \`${policy.permission}\` role or higher`);
    if (policy.users.length > 0)
        routes.push(`the users ${policy.users.map((u) => `\`${u}\``).join(', ')}`);
    if (policy.teams.length > 0)
        routes.push(`members of ${policy.teams.map((t) => `\`${t}\``).join(', ')}`);
    const who = routes.length > 0 ? routes.join(', or ') : 'nobody (no approvers are configured)';
    const count = policy.min === 1
        ? 'one approval is needed'
        : `${policy.min} approvals from different people are needed`;
    const author = policy.allowAuthor ? 'the author may answer' : 'not the author';
    return `${who}; ${count}; humans only, ${author}`;
}
const HEADINGS = {
    open: '⏸️ Approval needed',
    approved: '✅ Approved',
    rejected: '❌ Rejected',
    timed_out: '⌛ Timed out',
};
function renderGateComment(view) {
    const { gate, state, phase } = view;
    const lines = [
        markerFor(state),
        `### ${HEADINGS[phase.phase]}: step \`${gate.stepId}\``,
        '',
        quote(gate.message),
        '',
    ];
    lines.push(phase.phase === 'open'
        ? `**Commit:** \`${state.sha}\` — answers count only for this commit; a push re-opens the gate.`
        : `**Commit:** \`${state.sha}\` — the decision is bound to this commit.`);
    if (phase.phase === 'open') {
        if (phase.reopenedFrom !== undefined) {
            lines.push(`**Re-opened** at ${state.openedAt}: the head moved from \`${phase.reopenedFrom.slice(0, 7)}\`; earlier answers no longer count.`);
        }
        lines.push(`**Who may answer:** ${describeApprovers(gate.approvers)}.`);
        lines.push(`**How:** a new comment whose first line is \`/approve ${gate.stepId}\` or \`/reject ${gate.stepId} <reason>\`, or a review (Approve / Request changes) on this commit.`);
        if (gate.deadline !== undefined) {
            const then = gate.onTimeout === 'reject' ? 'the gate rejects' : 'the run fails';
            lines.push(`**Deadline:** ${new Date(gate.deadline).toISOString()}; then ${then}.`);
        }
        if (phase.approvals.length > 0) {
            const names = phase.approvals.map((a) => `\`${a.login}\``).join(', ');
            lines.push(`**Approvals so far:** ${phase.approvals.length} of ${gate.approvers.min} (${names}).`);
        }
    }
    else if (phase.phase === 'timed_out') {
        const then = phase.onTimeout === 'reject' ? 'counted as a rejection' : 'the run stops';
        lines.push(`**No decision** before the deadline (${view.now}); ${then}.`);
    }
    else if (phase.byPolicy) {
        lines.push(`**Approved by policy** (\`auto_approve\`) at ${view.now}; nobody was asked.`);
    }
    else {
        const verb = phase.phase === 'approved' ? 'Approved' : 'Rejected';
        for (const answer of phase.answers) {
            const reason = answer.reason === ''
                ? ''
                : `: ${escapeText(answer.reason.split(/\r?\n/).join(' '), 1_000)}`;
            lines.push(`- ${verb} by \`${answer.login}\` (${answer.via}) at ${answer.at} — [answer](${answer.url})${reason}`);
        }
    }
    return withIgnored(lines.join('\n'), view.ignored);
}
/**
 * The answers not counted, newest first, as many as fit: anyone may comment on a public
 * pull request, and a flood of `/approve` from outsiders must not push the comment past
 * GitHub's limit (the update would be refused and the gate would fail).
 */
function withIgnored(head, ignored) {
    if (ignored.length === 0)
        return head;
    const open = '\n\n<details><summary>Answers not counted</summary>\n';
    const close = (left) => `${left > 0 ? `\n- … and ${left} more not listed` : ''}\n\n</details>`;
    let body = head + open;
    let listed = 0;
    const newestFirst = [...ignored].reverse();
    for (const item of newestFirst) {
        if (listed === MAX_IGNORED_LISTED)
            break;
        const line = `\n- [${item.kind}](${item.url}) by \`${item.login}\`: ${escapeText(item.reason, 500)}`;
        if (body.length + line.length + close(ignored.length).length > COMMENT_LIMIT)
            break;
        body += line;
        listed++;
    }
    return body + close(ignored.length - listed);
}


/***/ }),

/***/ 65358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ approvalRecord),
/* harmony export */   NT: () => (/* binding */ decisionOutputs),
/* harmony export */   kg: () => (/* binding */ renderApprovalsMarkdown)
/* harmony export */ });
/* unused harmony export describeDecision */
/* harmony import */ var _gate_comment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97372);

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
const cell = (text) => (0,_gate_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** A Markdown table for the job summary; reasons are escaped (people and models wrote them). */
function renderApprovalsMarkdown(records) {
    if (records.length === 0)
        return '';
    const rows = records.map((r) => {
        const who = r.by_policy
            ? 'policy (auto_approve)'
            : r.approvers.map((a) => `\`${cell(a)}\``).join(', ');
        const step = r.url === '' ? `\`${cell(r.step)}\`` : `[\`${cell(r.step)}\`](${encodeURI(r.url)})`;
        const sha = r.sha === '' ? '' : `\`${r.sha.slice(0, 7)}\``;
        return `| ${step} | ${r.decision.replace('_', ' ')} | ${who} | ${cell(r.decided_at)} | ${sha} | ${cell(r.comment)} |`;
    });
    return [
        '| Gate | Decision | Who | When | Commit | Reason |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
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
/* harmony import */ var _github_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65358);

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
        .map((s) => (0,_github_record_js__WEBPACK_IMPORTED_MODULE_0__/* .approvalRecord */ .DI)(s.id, s.outputs))
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


/***/ })

};
;