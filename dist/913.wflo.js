"use strict";
exports.id = 913;
exports.ids = [913];
exports.modules = {

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14226);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);



/** node:util parseArgs, with its errors turned into one sentence naming the flag. */
function parseCommandArgs(command, args, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        const message = (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .b)(err);
        const flag = /'(-[^']*)'/.exec(message)?.[1];
        const code = err.code;
        if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) {
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`unknown flag '${flag}' for 'wflo ${command}'`, command);
        }
        if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`flag '${flag.split(' ')[0]}' needs a value`, command);
        }
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(message, command);
    }
}


/***/ }),

/***/ 43180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ loadOrReport)
/* harmony export */ });
/* harmony import */ var _workflow_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29658);

/** Loads one file, printing every problem as `file:line:col: message`; undefined when it is invalid. */
async function loadOrReport(engine, file, io) {
    try {
        return await engine.load(file, { registry: engine.registry(), cwd: io.cwd });
    }
    catch (err) {
        if (err instanceof _workflow_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WorkflowError */ .s8) {
            for (const d of err.diagnostics)
                io.err(`${(0,_workflow_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(d)}\n`);
            return undefined;
        }
        const code = err.code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
            io.err(`${file}: cannot read the workflow file (${code})\n`);
            return undefined;
        }
        throw err;
    }
}


/***/ }),

/***/ 39913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cliSetupHint: () => (/* binding */ cliSetupHint),
  parseRunFlags: () => (/* binding */ parseRunFlags),
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/secrets.ts
var secrets = __webpack_require__(7168);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(88850);
// EXTERNAL MODULE: ./src/report/summary.ts + 1 modules
var summary = __webpack_require__(16352);
// EXTERNAL MODULE: ./src/wiring/run-id.ts
var run_id = __webpack_require__(62401);
// EXTERNAL MODULE: ./src/common/files.ts
var files = __webpack_require__(38994);
// EXTERNAL MODULE: ./src/wiring/prepare-run.ts + 8 modules
var prepare_run = __webpack_require__(94763);
// EXTERNAL MODULE: ./src/wiring/usd.ts
var usd = __webpack_require__(16670);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/load.ts
var load = __webpack_require__(43180);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
;// CONCATENATED MODULE: ./src/cli/local-approvals.ts
// The CLI's approval gateway: a gate is answered by `--approve ID`/`--reject ID`, or asked
// on the terminal; with neither, the gate waits (the CLI exits 4 and says how to answer).


/** Strips terminal control sequences a model could put in a message (colours, cursor moves, titles). */
function terminalSafe(text) {
    /* eslint-disable no-control-regex -- matching control characters is the point */
    const safe = text
        .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
        .replace(/\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?/g, '')
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
    /* eslint-enable no-control-regex */
    return safe;
}
class LocalApprovalGateway {
    options;
    user;
    constructor(options = {}) {
        this.options = options;
        this.user = options.user ?? safeUser();
    }
    async decide(gate, wait) {
        const flagged = this.fromFlags(gate, wait);
        if (flagged)
            return flagged;
        const { input, output } = this.options;
        const interactive = this.options.interactive ?? (input?.isTTY === true && output?.isTTY === true);
        if (!interactive || input === undefined || output === undefined)
            return this.unanswered(gate);
        return this.ask(gate, wait, input, output);
    }
    unanswered(gate) {
        return {
            ...this.base(),
            decision: 'waiting',
            howToAnswer: `run again with --approve ${gate.stepId} or --reject ${gate.stepId}, or in a terminal to be asked.`,
        };
    }
    async recordPolicyApproval(_gate, wait) {
        return {
            ...this.base(),
            decision: 'approved',
            comment: 'approved by policy (auto_approve)',
            decidedAt: new Date(wait.clock.now()).toISOString(),
            byPolicy: true,
        };
    }
    base() {
        return {
            decision: 'waiting',
            approvers: [],
            comment: '',
            url: '',
            sha: this.options.sha ?? '',
            byPolicy: false,
        };
    }
    fromFlags(gate, wait) {
        const at = new Date(wait.clock.now()).toISOString();
        // A reject wins over an approve for the same step: the safer reading of a contradiction.
        if (this.options.reject?.includes(gate.stepId)) {
            return {
                ...this.base(),
                decision: 'rejected',
                approvers: [this.user],
                comment: 'rejected with --reject',
                decidedAt: at,
            };
        }
        if (this.options.approve?.includes(gate.stepId)) {
            return {
                ...this.base(),
                decision: 'approved',
                approvers: [this.user],
                comment: 'approved with --approve',
                decidedAt: at,
            };
        }
        return undefined;
    }
    async ask(gate, wait, input, output) {
        const stop = new AbortController();
        const onAbort = () => stop.abort(wait.signal.reason);
        wait.signal.addEventListener('abort', onAbort, { once: true });
        let timedOut = false;
        if (gate.deadline !== undefined) {
            wait.clock.sleep(Math.max(0, gate.deadline - wait.clock.now()), stop.signal).then(() => {
                timedOut = true;
                stop.abort(new Error('the gate timed out'));
            }, () => undefined);
        }
        const rl = (0,external_node_readline_.createInterface)({ input, terminal: false });
        let closed = false;
        // Lines are queued, so answers typed ahead of a prompt are not lost.
        const lines = [];
        let wake;
        rl.on('line', (line) => {
            lines.push(line);
            wake?.();
        });
        rl.once('close', () => {
            closed = true;
            if (!stop.signal.aborted)
                stop.abort(new Error('the terminal closed'));
        });
        const question = async (prompt) => {
            output.write(prompt);
            while (lines.length === 0) {
                stop.signal.throwIfAborted();
                await new Promise((resolve) => {
                    wake = resolve;
                    stop.signal.addEventListener('abort', () => resolve(), { once: true });
                });
            }
            return lines.shift() ?? '';
        };
        try {
            output.write(`\nApproval needed for step '${gate.stepId}':\n${terminalSafe(gate.message)}\n`);
            for (;;) {
                const answer = (await question(`Approve '${gate.stepId}'? [y/n] `)).trim().toLowerCase();
                const at = new Date(wait.clock.now()).toISOString();
                if (answer === 'y' || answer === 'yes') {
                    return {
                        ...this.base(),
                        decision: 'approved',
                        approvers: [this.user],
                        comment: '',
                        decidedAt: at,
                    };
                }
                if (answer === 'n' || answer === 'no') {
                    const reason = (await question('Reason (optional): ')).trim();
                    return {
                        ...this.base(),
                        decision: 'rejected',
                        approvers: [this.user],
                        comment: terminalSafe(reason),
                        decidedAt: at,
                    };
                }
                output.write('Please answer y or n.\n');
            }
        }
        catch (error) {
            if (timedOut) {
                output.write(`\nNo answer before the deadline for '${gate.stepId}'.\n`);
                const at = new Date(wait.clock.now()).toISOString();
                return {
                    ...this.base(),
                    decision: 'timed_out',
                    comment: 'no decision before the deadline',
                    decidedAt: at,
                };
            }
            if (wait.signal.aborted)
                throw wait.signal.reason;
            if (closed)
                return this.unanswered(gate);
            throw error;
        }
        finally {
            wait.signal.removeEventListener('abort', onAbort);
            if (!stop.signal.aborted)
                stop.abort();
            rl.close();
        }
    }
}
function safeUser() {
    try {
        return (0,external_node_os_.userInfo)().username;
    }
    catch {
        return 'local user';
    }
}

// EXTERNAL MODULE: ./src/report/step-output.ts
var step_output = __webpack_require__(40678);
;// CONCATENATED MODULE: ./src/cli/progress.ts


function progressObserver(write) {
    return {
        stepStarted(step, attempt) {
            write(`▶ ${step.id} (${step.kind})${attempt > 1 ? `, attempt ${attempt}` : ''}\n`);
        },
        stepLog(step, level, message) {
            const tag = level === 'info' ? '' : `${level}: `;
            for (const line of message.split('\n'))
                write(`  ${step.id} │ ${tag}${line}\n`);
        },
        stepFinished(record) {
            if (record.status === 'skipped') {
                write(`– ${record.id} skipped${record.error ? `: ${record.error}` : ''}\n`);
                return;
            }
            if (record.reused) {
                const spent = record.cost_usd > 0 ? `, ${(0,format/* formatUsd */.UK)(record.cost_usd)} spent before` : '';
                write(`↺ ${record.id} reused from the checkpoint${spent}\n`);
                return;
            }
            for (const { stream, text } of (0,step_output/* printedBy */.e)(record)) {
                for (const line of text.split('\n'))
                    write(`  ${record.id} │ ${stream === 'stderr' ? 'stderr: ' : ''}${line}\n`);
            }
            const mark = record.status === 'succeeded' ? '✓' : '✗';
            const cost = record.cost_usd > 0 ? `, ${(0,format/* formatUsd */.UK)(record.cost_usd)}` : '';
            const why = record.error ? `: ${record.error}` : '';
            write(`${mark} ${record.id} ${record.status.replaceAll('_', ' ')} in ${(0,format/* formatDuration */.a3)(record.duration_ms)}${cost}${why}\n`);
        },
        warning(message) {
            write(`warning: ${message}\n`);
        },
    };
}

// EXTERNAL MODULE: ./src/cli/usage-error.ts
var usage_error = __webpack_require__(14226);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/checkpoint/checkpoint.ts
var checkpoint_checkpoint = __webpack_require__(18498);
;// CONCATENATED MODULE: ./src/checkpoint/store.ts
// Where checkpoints are kept, behind one small interface: the CLI's `--state DIR` keeps them
// in a directory; the action keeps them with the paused run on the pull request
// (src/github/checkpoint-comment.ts). The engine only saves; the edges load.





/** The file a workflow's checkpoint is kept in: readable name, plus a hash of the full path. */
function checkpointFileName(workflowFile) {
    const base = external_node_path_default().basename(workflowFile).replace(/[^A-Za-z0-9._-]/g, '_');
    const id = (0,external_node_crypto_.createHash)('sha256').update(external_node_path_default().resolve(workflowFile)).digest('hex').slice(0, 8);
    return `${base}-${id}.checkpoint.json`;
}
/**
 * One checkpoint per workflow file in `dir` (created on first save), kept as a journal: the
 * first save of a run writes the run's start and the steps so far, every later save appends
 * one line with the steps finished since, so a run of 5,000 steps writes O(steps) bytes, not
 * O(steps²). Each line carries a digest chained to the line before it; a small head file,
 * replaced atomically after every append, names the last line and its digest, so an edit,
 * a cut or a line added by hand is refused. A checkpoint written whole by an earlier wflo
 * (one sealed JSON object) is still read.
 */
function directoryStore(dir, workflowFile, place = {}) {
    const file = external_node_path_default().join(dir, checkpointFileName(workflowFile));
    const headFile = `${file}.head`;
    // This run's journal so far: lines written, steps written, last digest.
    let written;
    return {
        where: file,
        async load() {
            let text;
            try {
                text = await (0,promises_.readFile)(file, 'utf8');
            }
            catch (error) {
                if (error.code === 'ENOENT')
                    return undefined;
                throw error;
            }
            if (!text.startsWith(JOURNAL_MARK))
                return (0,checkpoint_checkpoint/* unseal */.Du)(text, file);
            let head;
            try {
                head = await (0,promises_.readFile)(headFile, 'utf8');
            }
            catch (error) {
                throw new checkpoint_checkpoint/* CheckpointError */.jg(`The checkpoint ${file} has no head file (${external_node_path_default().basename(headFile)}), so it is not trusted; delete it to start the run over.`, { cause: error });
            }
            return readJournal(text, head, file);
        },
        async save(sealed) {
            const { steps, ...rest } = sealed.checkpoint;
            const moving = { status: rest.status, ledger: rest.ledger, updatedAt: rest.updatedAt };
            if (written === undefined) {
                // A run's first save starts the journal over: it is this run's checkpoint now.
                const body = { start: rest, steps };
                const digest = chained('', body);
                await (0,files/* writeFileAtomic */.Zf)(file, journalLine(body, digest), 'the checkpoint', {
                    mode: 0o600,
                    ...place,
                });
                written = { lines: 1, steps: steps.length, digest };
            }
            else {
                const body = { ...moving, steps: steps.slice(written.steps) };
                const digest = chained(written.digest, body);
                await (0,files/* appendFileNoFollow */.Pl)(file, journalLine(body, digest), 'the checkpoint', {
                    mode: 0o600,
                    ...place,
                });
                written = { lines: written.lines + 1, steps: steps.length, digest };
            }
            await (0,files/* writeFileAtomic */.Zf)(headFile, `${JSON.stringify({ lines: written.lines, digest: written.digest })}\n`, 'the checkpoint', { mode: 0o600, ...place });
            return undefined;
        },
    };
}
/** The first characters of a journal; a whole sealed checkpoint starts `{"digest"` or `{\n`. */
const JOURNAL_MARK = '{"journal":1,';
function chained(previous, body) {
    return (0,checkpoint_checkpoint/* sha256 */.sc)(`${previous}\n${(0,checkpoint_checkpoint/* canonicalJson */.dj)(body)}`);
}
function journalLine(body, digest) {
    return `${JOURNAL_MARK}"digest":${JSON.stringify(digest)},"body":${JSON.stringify(body)}}\n`;
}
function readJournal(text, headText, where) {
    const untrusted = (why) => new checkpoint_checkpoint/* CheckpointError */.jg(`The checkpoint ${where} was changed after wflo wrote it (${why}), so it is not trusted; delete it to start the run over.`);
    let head;
    try {
        head = JSON.parse(headText);
    }
    catch {
        throw untrusted('its head file is not JSON');
    }
    const count = head.lines;
    if (!Number.isSafeInteger(count) || count < 1 || typeof head.digest !== 'string')
        throw untrusted('its head file does not name a line and a digest');
    // Lines after the one the head names were written by a save that did not finish.
    const all = text.split('\n');
    if (all.at(-1) === '')
        all.pop();
    const lines = all.slice(0, count);
    if (lines.length < count)
        throw untrusted('lines are missing');
    let previous = '';
    let checkpoint;
    const steps = [];
    for (const [i, line] of lines.entries()) {
        let parsed;
        try {
            parsed = JSON.parse(line);
        }
        catch {
            throw untrusted(`line ${i + 1} is not JSON`);
        }
        const body = parsed.body;
        if (body === undefined || chained(previous, body) !== parsed.digest)
            throw untrusted(`its digest does not match at line ${i + 1}`);
        previous = parsed.digest;
        if (i === 0) {
            if (typeof body.start !== 'object' || body.start === null)
                throw untrusted('its first line does not start a run');
            checkpoint = { ...body.start };
        }
        else if (checkpoint) {
            Object.assign(checkpoint, {
                status: body.status,
                ledger: body.ledger,
                updatedAt: body.updatedAt,
            });
        }
        if (!Array.isArray(body.steps))
            throw untrusted(`line ${i + 1} has no steps`);
        steps.push(...body.steps);
    }
    if (previous !== head.digest)
        throw untrusted('the last digest is not the one its head names');
    const whole = { ...checkpoint, steps };
    if (whole.version !== checkpoint_checkpoint/* CHECKPOINT_VERSION */.Ax) {
        throw new checkpoint_checkpoint/* CheckpointError */.jg(`The checkpoint ${where} is not a wflo checkpoint of version ${checkpoint_checkpoint/* CHECKPOINT_VERSION */.Ax}; delete it to start the run over.`);
    }
    return (0,checkpoint_checkpoint/* checkShape */.eA)(whole, where);
}

;// CONCATENATED MODULE: ./src/cli/state.ts
// `wflo run --state DIR`: keep a checkpoint per workflow file in DIR, and continue from it
// when the last run there did not succeed (a gate waiting, a failure, a budget stop).


/** Throws CheckpointError when the stored checkpoint cannot be trusted. */
async function checkpointFor(stateDir, cwd, workflow) {
    const dir = external_node_path_default().resolve(cwd, stateDir);
    // The state folder may sit in the checkout: nothing is written through a link a step planted.
    const store = directoryStore(dir, external_node_path_default().resolve(cwd, workflow.file), { checkout: cwd });
    // The checkout is the directory the CLI runs in; a continued run applies the changes of
    // reused steps again where they are missing (a run that failed took its own back).
    const base = { store, workspaceKey: external_node_path_default().resolve(cwd) };
    const earlier = await store.load();
    if (earlier === undefined || earlier.status === 'succeeded')
        return { options: base, notes: [] };
    const kept = earlier.steps.filter((s) => s.record.status === 'succeeded').length;
    const carried = earlier.steps.filter((s) => s.changes !== undefined).length;
    const notes = [
        `continuing run ${earlier.runId} from ${external_node_path_default().relative(cwd, store.where) || store.where} (${earlier.status.replaceAll('_', ' ')}; ${kept} finished ${kept === 1 ? 'step' : 'steps'} kept unless their inputs changed)`,
    ];
    if (carried > 0) {
        notes.push(`the changes of ${carried} ${carried === 1 ? 'step' : 'steps'} come from the checkpoint: applied where the checkout does not have them, held ones once their gate approves`);
    }
    if (earlier.workflow.hash !== workflow.hash) {
        notes.push(`${workflow.file} changed since that run: steps whose inputs changed run again, and so does everything after them`);
    }
    return { options: { ...base, resumeFrom: earlier }, notes };
}

;// CONCATENATED MODULE: ./src/cli/run.ts
















function parseRunFlags(args) {
    const { values, positionals } = (0,cli_args/* parseCommandArgs */.Q)('run', args, {
        input: { type: 'string', multiple: true },
        'budget-usd': { type: 'string' },
        report: { type: 'string' },
        state: { type: 'string' },
        approve: { type: 'string', multiple: true },
        reject: { type: 'string', multiple: true },
    });
    const [file, ...extra] = positionals;
    if (file === undefined)
        throw new usage_error/* UsageError */.e("'wflo run' needs a FILE", 'run');
    if (extra.length > 0)
        throw new usage_error/* UsageError */.e(`'wflo run' takes one FILE, got also '${extra[0]}'`, 'run');
    const inputs = {};
    for (const pair of values.input ?? []) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            throw new usage_error/* UsageError */.e(`--input must be NAME=VALUE, got '${pair}'`, 'run');
        inputs[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    let budgetMicros;
    const budget = values['budget-usd'];
    if (budget !== undefined) {
        budgetMicros = (0,usd/* parseUsdToMicros */.u)(budget);
        if (budgetMicros === undefined) {
            throw new usage_error/* UsageError */.e(`--budget-usd must be a positive number of dollars (e.g. 2.50), got '${budget}'`, 'run');
        }
    }
    const approve = values.approve ?? [];
    const reject = values.reject ?? [];
    const both = approve.find((id) => reject.includes(id));
    if (both)
        throw new usage_error/* UsageError */.e(`step '${both}' is given to both --approve and --reject`, 'run');
    return {
        file,
        inputs,
        ...(budgetMicros === undefined ? {} : { budgetMicros }),
        ...(values.report === undefined ? {} : { report: values.report }),
        ...(values.state === undefined ? {} : { stateDir: values.state }),
        approve,
        reject,
    };
}
/** How to fix a failed part of the environment on a developer's machine (the run's reason ends with it). */
function cliSetupHint(service) {
    switch (service) {
        case 'docker':
            return 'start Docker (or set DOCKER_HOST to a running engine) and check the image exists';
        case 'model_api':
            return 'set OPENAI_API_KEY (and OPENAI_BASE_URL for another server) and check the server answers';
        case 'github':
            return 'answer the gate with --approve/--reject, or run it in the action on a pull request';
        case 'runner':
            return 'install bash (or use shell: sh) on this machine';
    }
}
async function runCommand(args, io, engine) {
    const flags = parseRunFlags(args);
    // The terminal is a surface too: whatever the run prints loses the secrets it learns of.
    const redactor = (0,secrets/* createRedactor */.lY)((0,secrets/* hostSecrets */.YR)(io.env));
    const toErr = (text) => io.err(redactor.published(text));
    const toOut = (text) => io.out(redactor.published(text));
    const workflow = await (0,load/* loadOrReport */.E)(engine, flags.file, io);
    if (!workflow)
        return report/* EXIT_INVALID */.jL;
    let checkpoint;
    if (flags.stateDir !== undefined) {
        try {
            checkpoint = await checkpointFor(flags.stateDir, io.cwd, workflow);
        }
        catch (err) {
            if (!(err instanceof checkpoint_checkpoint/* CheckpointError */.jg))
                throw err;
            io.err(`wflo: ${err.message}\n`);
            return report/* EXIT_INVALID */.jL;
        }
        for (const note of checkpoint.notes)
            io.err(`wflo: ${note}\n`);
    }
    const reportTarget = flags.report === undefined ? undefined : external_node_path_default().resolve(io.cwd, flags.report);
    const outcome = await (0,prepare_run/* runPrepared */.p)({
        engine,
        workflow,
        inputs: flags.inputs,
        workspace: io.cwd,
        runId: (0,run_id/* newRunId */.F)(),
        removeScratch: true,
        serviceSettings: { env: io.env },
        approvals: new LocalApprovalGateway({
            approve: flags.approve,
            reject: flags.reject,
            ...(io.terminal ?? {}),
        }),
        ...(flags.budgetMicros === undefined ? {} : { budgetMicros: flags.budgetMicros }),
        // Every file the run will write is checked before its first step spends anything.
        beforeFirstStep: [
            writable(reportTarget, 'the report', io.cwd),
            writable(checkpoint?.options.store.where, 'the checkpoint', io.cwd),
        ],
        listen: (run) => io.onInterrupt((signal) => {
            if (run.cancelled) {
                io.err(`wflo: ${signal} again, exiting without waiting for steps to stop\n`);
                io.forceExit(130);
                return;
            }
            io.err(`wflo: ${signal} received, stopping running steps (again to exit at once)\n`);
            run.cancel(`the run was cancelled by ${signal}`);
        }),
        warn: (message) => io.err(`wflo: warning: ${message}\n`),
        observer: { ...progressObserver(toErr), secret: (value) => redactor.add(value) },
        setupHint: cliSetupHint,
        ...(checkpoint ? { checkpoint: checkpoint.options } : {}),
    });
    if (outcome.kind === 'refused') {
        io.err(`wflo: ${outcome.message}\n`);
        return report/* EXIT_INVALID */.jL;
    }
    const result = outcome.result;
    if (reportTarget !== undefined) {
        try {
            // Checked again: a step may have planted a link there since the preflight.
            await (0,files/* writeFileAtomic */.Zf)(reportTarget, (0,report/* serializeReport */.xH)((0,report/* buildReport */.FK)(result)), 'the report', {
                checkout: io.cwd,
            });
        }
        catch (err) {
            // The run's own outcome stays the exit code: the report is about it, not part of it.
            if (!(err instanceof files/* FileWriteError */.M$))
                throw err;
            io.err(`wflo: ${err.message}\n`);
        }
    }
    const took = (0,format/* formatDuration */.a3)(Date.parse(result.finishedAt) - Date.parse(result.startedAt));
    const why = result.status !== 'succeeded' && result.reason ? ` — ${result.reason}` : '';
    toOut(`wflo: ${result.workflow.name} ${result.status.replaceAll('_', ' ')} in ${took}, ${(0,summary/* spendLine */.xU)(result)}${why}\n`);
    const over = (0,summary/* overageLine */._i)(result);
    if (over)
        io.err(`wflo: warning: ${over}\n`);
    if (result.status === 'waiting_approval' && checkpoint === undefined) {
        toErr('wflo: give both runs --state DIR so the steps that finished are not run again\n');
    }
    return (0,report/* exitCodeOf */.FO)(result.status);
}
/** A check before the first step: the file at `target` (if any) can be written there. */
function writable(target, what, checkout) {
    return async () => {
        if (target === undefined)
            return undefined;
        try {
            await (0,files/* preflightWrite */.RT)(target, what, { checkout });
            return undefined;
        }
        catch (err) {
            if (!(err instanceof files/* FileWriteError */.M$))
                throw err;
            return err.message;
        }
    };
}


/***/ })

};
;