"use strict";
exports.id = 919;
exports.ids = [919];
exports.modules = {

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

/***/ 5919:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./src/wiring/signals.ts
var signals = __webpack_require__(46103);
;// CONCATENATED MODULE: ./src/cli/io.ts
// What the CLI touches of the outside world, so commands run in-process in tests.

function processIo() {
    return {
        out: (text) => process.stdout.write(text),
        err: (text) => process.stderr.write(text),
        cwd: process.cwd(),
        env: process.env,
        terminal: { input: process.stdin, output: process.stderr },
        forceExit: (code) => process.exit(code),
        onInterrupt: signals/* onInterruptSignals */.q,
    };
}

// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(88850);
;// CONCATENATED MODULE: ./src/wiring/version.ts
/** wflo's version; a unit test keeps it equal to package.json's (kept out of the bundle so dist/ does not depend on package.json). */
const WFLO_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/help.ts

const MAIN_HELP = `wflo ${WFLO_VERSION} — run AI-agent workflow files with a hard dollar budget

Usage:
  wflo validate FILE...         check workflow files; every error as file:line:col
  wflo plan FILE                show the steps, what runs in parallel, worst-case cost
  wflo run FILE [flags]         run a workflow
  wflo help [COMMAND]           help on one command
  wflo --version

Run flags:
  --input NAME=VALUE            set an input (repeatable)
  --budget-usd N                cap spend at N dollars (the smaller of this and the file's)
  --report PATH                 write the run report (JSON) to PATH
  --state DIR                   keep checkpoints in DIR (resume after an approval)
  --approve STEP, --reject STEP answer an approval gate (repeatable)

Exit codes: 0 succeeded, 1 a step failed or the run was cancelled, 2 invalid
input or flags, 3 budget exceeded, 4 rejected, timed out or waiting at an approval.
Environment: OPENAI_API_KEY, OPENAI_BASE_URL, GITHUB_TOKEN, GITHUB_API_URL, DOCKER_HOST.
Docs: docs/cli.md, docs/workflow-format.md
`;
const COMMAND_HELP = {
    validate: `Usage: wflo validate FILE...

Parses and validates each workflow file (YAML, schema, references, expressions,
prices) without running anything. Prints one "file:line:col: message" line per
error on stderr. Exits 0 when every file is valid, 2 otherwise.
`,
    plan: `Usage: wflo plan FILE

Prints the steps in order with their kind and needs, the wave each runs in (steps
of one wave may run in parallel, up to max_parallel), and the worst-case cost of
each LLM step and of the run. Exits 2 when the file is invalid.
`,
    run: `Usage: wflo run FILE [flags]

  --input NAME=VALUE     set an input declared under inputs: (repeatable)
  --budget-usd N         cap spend at N dollars; the run's budget is the smaller
                         of this and the file's budget.max_usd
  --report PATH          write the run report (JSON, docs/report.md) to PATH
  --state DIR            keep a checkpoint in DIR; a later run with the same DIR
                         continues an unfinished run (docs/resume.md)
  --approve STEP         approve the gate of step STEP (repeatable)
  --reject STEP          reject the gate of step STEP (repeatable)

Progress goes to stderr, one line per step event; the final status line to stdout.
Ctrl-C stops running steps and ends the run as cancelled.
Exit codes: 0 succeeded, 1 failed or cancelled, 2 invalid input or flags,
3 budget exceeded, 4 rejected, timed out or waiting at an approval.
`,
};

// EXTERNAL MODULE: ./src/cli/usage-error.ts
var usage_error = __webpack_require__(14226);
;// CONCATENATED MODULE: ./src/cli/main.ts




// Each command is loaded when it is named, so `wflo --version` or `wflo validate` does not
// load (or, in the bundle, compile) the Docker, OpenAI and GitHub clients `wflo run` needs.
const COMMANDS = {
    validate: async () => (await __webpack_require__.e(/* import() */ 446).then(__webpack_require__.bind(__webpack_require__, 84446))).validateCommand,
    plan: async () => (await __webpack_require__.e(/* import() */ 943).then(__webpack_require__.bind(__webpack_require__, 18943))).planCommand,
    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(40), __webpack_require__.e(110), __webpack_require__.e(193), __webpack_require__.e(198), __webpack_require__.e(440), __webpack_require__.e(265), __webpack_require__.e(913)]).then(__webpack_require__.bind(__webpack_require__, 39913))).runCommand,
};
function isCommand(name) {
    return Object.hasOwn(COMMANDS, name);
}
/**
 * Runs one command line; resolves to the process exit code. Without `engine`, the real one,
 * loaded only for a command that needs it.
 */
async function runCli(argv, io, engine) {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h') {
        io.out(MAIN_HELP);
        return first === undefined ? report/* EXIT_INVALID */.jL : 0;
    }
    if (first === '--version' || first === '-V') {
        io.out(`${WFLO_VERSION}\n`);
        return 0;
    }
    if (first === 'help') {
        const topic = rest[0];
        io.out(topic !== undefined && isCommand(topic) ? (COMMAND_HELP[topic] ?? MAIN_HELP) : MAIN_HELP);
        return 0;
    }
    if (!isCommand(first)) {
        io.err(`wflo: unknown command '${first}'; commands are validate, plan, run (see 'wflo --help')\n`);
        return report/* EXIT_INVALID */.jL;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        io.out(COMMAND_HELP[first] ?? MAIN_HELP);
        return 0;
    }
    try {
        const command = await COMMANDS[first]();
        return await command(rest, io, engine ?? (await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(110), __webpack_require__.e(198), __webpack_require__.e(440)]).then(__webpack_require__.bind(__webpack_require__, 48440))).engine);
    }
    catch (err) {
        if (err instanceof usage_error/* UsageError */.e) {
            io.err(`wflo: ${err.message} (see 'wflo ${err.command ?? ''} --help')\n`.replace('  ', ' '));
            return report/* EXIT_INVALID */.jL;
        }
        io.err(`wflo: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        return 1;
    }
}

// EXTERNAL MODULE: ./src/wiring/exit.ts
var exit = __webpack_require__(11772);
;// CONCATENATED MODULE: ./src/cli/index.ts



void runCli(process.argv.slice(2), processIo()).then((code) => (0,exit/* exitWhenIdleOrSoon */.x)(code));


/***/ }),

/***/ 14226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);

/** A wrong command line: the message names the flag or argument; the CLI exits 2. */
class UsageError extends _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WfloError */ .J {
    command;
    constructor(message, 
    /** The command whose help to point at. */
    command) {
        super(message);
        this.command = command;
        this.name = 'UsageError';
    }
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

/***/ 11772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ exitWhenIdleOrSoon)
/* harmony export */ });
/* unused harmony export EXIT_GRACE_MS */
// Both edges end when their work is done. Node exits once nothing is pending; a handle that
// should not be there (a socket to an engine that stopped answering, a library's timer)
// would keep the process, and the job, alive for good. So the process leaves on its own
// when idle, and at the latest after a short grace that lets piped output drain.
/** How long a finished edge waits for pending output before it exits anyway. */
const EXIT_GRACE_MS = 2_000;
function exitWhenIdleOrSoon(code) {
    if (code !== undefined)
        process.exitCode = code;
    // Unref'd: it never keeps the process alive itself, it only ends one that something else would.
    setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
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