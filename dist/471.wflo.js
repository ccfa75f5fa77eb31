"use strict";
exports.id = 471;
exports.ids = [471];
exports.modules = {

/***/ 59392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _V: () => (/* binding */ formatMs),
  _L: () => (/* binding */ runStepAttempts)
});

// UNUSED EXPORTS: ABANDON_AFTER_ABORT_MS

// EXTERNAL MODULE: ./src/cost/ledger.ts
var ledger = __webpack_require__(2964);
// EXTERNAL MODULE: ./src/cost/money.ts
var money = __webpack_require__(10369);
// EXTERNAL MODULE: ./src/workflow/expressions.ts + 6 modules
var expressions = __webpack_require__(44209);
;// CONCATENATED MODULE: ./src/engine/logger.ts
/**
 * A step's logger: forwards to the observer with every secret of the run hidden. A value a step
 * masks joins the run's redactor, so it is hidden from every step's lines and records after it,
 * and the edge hears of it once (core.setSecret).
 */
function createStepLogger(step, redactor, observer) {
    const emit = (level, message) => {
        observer?.stepLog?.(step, level, redactor.published(message));
    };
    return {
        info: (m) => emit('info', m),
        warn: (m) => emit('warn', m),
        error: (m) => emit('error', m),
        mask: (secret) => {
            if (redactor.add(secret))
                observer?.secret?.(secret);
        },
        redact: (text) => redactor.published(text),
    };
}

// EXTERNAL MODULE: ./src/engine/secrets.ts
var secrets = __webpack_require__(99887);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
;// CONCATENATED MODULE: ./src/engine/attempts.ts






/**
 * How long a kind may take to wind down after its signal aborts before the scheduler stops
 * waiting: the grace, plus time for the kind to collect what the killed work left.
 */
const ABANDON_AFTER_ABORT_MS = types/* STOP_GRACE_MS */.Ts + 5_000;
const MAX_BACKOFF_MS = 5 * 60_000;
/** Statuses worth another attempt: the step failed on its own, nothing outside it said stop. */
const RETRYABLE = new Set(['failed']);
/**
 * Runs one step: renders its config, then attempts it with timeout, retry and back-off. The
 * changes of failed attempts are dropped; those of a succeeded one are returned, not applied.
 */
async function runStepAttempts(input) {
    const { spec, services, ledger, observer, runSignal } = input;
    const clock = services.clock;
    const startedAt = clock.now();
    const log = createStepLogger(spec, input.redactor, observer);
    ledger.setStepBudget(spec.id, spec.budgetMicros);
    const record = (fields, changes) => {
        const finishedAt = clock.now();
        const stepRecord = {
            id: spec.id,
            kind: spec.kind,
            attempts: 0,
            started_at: new Date(startedAt).toISOString(),
            finished_at: new Date(finishedAt).toISOString(),
            duration_ms: finishedAt - startedAt,
            cost_usd: (0,money/* microsToUsd */.$Y)(ledger.stepSpentMicros(spec.id)),
            outputs: {},
            continue_on_error: false,
            ...fields,
        };
        return changes === undefined ? { record: stepRecord } : { record: stepRecord, changes };
    };
    const kind = input.registry.get(spec.kind);
    if (!kind) {
        return record({
            status: 'failed',
            error: `step kind '${spec.kind}' is not available in this build of wflo`,
        });
    }
    let config;
    try {
        const rendered = input.renderedConfig ?? (0,expressions/* renderValue */.AI)(spec.config, input.context, input.status);
        config =
            rendered !== null && typeof rendered === 'object' && !Array.isArray(rendered) ? rendered : {};
    }
    catch (error) {
        return record({
            status: 'failed',
            error: `an expression in its fields failed: ${(0,types/* messageOf */.bD)(error)}`,
        });
    }
    // Values under secret-like names in any of the step's `env:` maps, before anything can echo them.
    for (const secret of (0,secrets/* declaredSecrets */.uk)(config, services.hostEnv))
        log.mask(secret);
    let outcome = { status: 'failed', outputs: {}, error: 'it did not run' };
    let usage;
    let attempt = 0;
    while (attempt < spec.retry.maxAttempts) {
        attempt += 1;
        if (runSignal.aborted) {
            return record({
                status: 'cancelled',
                attempts: attempt - 1,
                usage,
                error: 'the run was cancelled',
            });
        }
        observer?.stepStarted?.(spec, attempt);
        const result = await attemptOnce(input, config, attempt, log);
        if (result === 'cancelled') {
            return record({
                status: 'cancelled',
                attempts: attempt,
                usage,
                error: 'the run was cancelled',
            });
        }
        outcome = result;
        usage = addUsage(usage, outcome.usage);
        // An outage is not the step's to retry: the environment has to be fixed first.
        if (!RETRYABLE.has(outcome.status) || outcome.environment || attempt >= spec.retry.maxAttempts)
            break;
        const delay = Math.min(spec.retry.backoffMs * 2 ** (attempt - 1), MAX_BACKOFF_MS);
        log.warn(`attempt ${attempt} failed (${outcome.error ?? 'no reason given'}); retrying in ${delay} ms`);
        try {
            await clock.sleep(delay, runSignal);
        }
        catch {
            return record({
                status: 'cancelled',
                attempts: attempt,
                usage,
                error: 'the run was cancelled',
            });
        }
    }
    // continue_on_error covers the step's own work, never wflo's environment failing (DESIGN.md §2).
    const continueOnError = outcome.status === 'failed' && !outcome.environment
        ? continueOnErrorOf(spec, input, outcome.outputs, log)
        : false;
    return record({
        status: outcome.status,
        attempts: attempt,
        usage,
        outputs: outcome.outputs,
        error: outcome.status === 'succeeded'
            ? undefined
            : (outcome.error ?? 'it failed without saying why'),
        continue_on_error: continueOnError,
        ...(outcome.environment === undefined ? {} : { environment: outcome.environment }),
    }, outcome.status === 'succeeded' ? outcome.changes : undefined);
}
async function attemptOnce(input, config, attempt, log) {
    const { spec, services, runSignal } = input;
    const kind = input.registry.get(spec.kind);
    if (!kind)
        throw new Error(`unknown kind ${spec.kind}`);
    const controller = new AbortController();
    const onRunAbort = () => controller.abort(new types/* CancelledError */.cc());
    runSignal.addEventListener('abort', onRunAbort, { once: true });
    const timeoutMs = spec.timeoutMs;
    const deadline = timeoutMs === undefined ? undefined : services.clock.now() + timeoutMs;
    // Both timers go through the clock, so tests can drive time; `timers` cancels them afterwards.
    const timers = new AbortController();
    const ignore = () => undefined;
    if (timeoutMs !== undefined) {
        services.clock
            .sleep(timeoutMs, timers.signal)
            .then(() => controller.abort(new types/* StepTimeoutError */.o1(timeoutMs)), ignore);
    }
    // A kind that ignores its signal must not hold the run hostage.
    const abandoned = new Promise((resolve) => {
        controller.signal.addEventListener('abort', () => {
            services.clock
                .sleep(ABANDON_AFTER_ABORT_MS, timers.signal)
                .then(() => resolve('abandoned'), ignore);
        }, { once: true });
    });
    try {
        const result = await Promise.race([
            kind.run({
                run: input.run,
                step: spec,
                config,
                attempt,
                signal: controller.signal,
                deadline,
                ...(input.firstStartedAt === undefined ? {} : { firstStartedAt: input.firstStartedAt }),
                ...(input.gateKey === undefined ? {} : { gateKey: input.gateKey }),
                ...(input.held === undefined ? {} : { held: input.held }),
                clock: services.clock,
                log,
                services,
                ledger: input.ledger,
            }),
            abandoned,
        ]);
        const reason = controller.signal.reason;
        if (controller.signal.aborted && reason instanceof types/* CancelledError */.cc)
            return 'cancelled';
        if (controller.signal.aborted && reason instanceof types/* StepTimeoutError */.o1) {
            const outputs = result === 'abandoned' ? {} : result.outputs;
            return {
                status: 'failed',
                outputs: { ...outputs, timed_out: true },
                error: `it timed out after ${formatMs(reason.timeoutMs)}`,
            };
        }
        if (result === 'abandoned')
            return { status: 'failed', outputs: {}, error: 'it did not stop when asked' };
        return result;
    }
    catch (error) {
        const reason = controller.signal.reason;
        if (controller.signal.aborted && reason instanceof types/* CancelledError */.cc)
            return 'cancelled';
        if (controller.signal.aborted && reason instanceof types/* StepTimeoutError */.o1) {
            return {
                status: 'failed',
                outputs: { timed_out: true },
                error: `it timed out after ${formatMs(reason.timeoutMs)}`,
            };
        }
        if (error instanceof ledger/* BudgetExceededError */.Zq)
            return { status: 'budget_exceeded', outputs: {}, error: error.message };
        if (error instanceof types/* EnvironmentError */.eG)
            return { status: 'failed', outputs: {}, error: error.message, environment: error.service };
        return { status: 'failed', outputs: {}, error: (0,types/* messageOf */.bD)(error) };
    }
    finally {
        timers.abort();
        runSignal.removeEventListener('abort', onRunAbort);
    }
}
function continueOnErrorOf(spec, input, outputs, log) {
    if (typeof spec.continueOnError === 'boolean')
        return spec.continueOnError;
    try {
        // The expression may read this step's own outputs, e.g. `${{ steps.tests.outputs.exit_code == 1 }}`.
        const steps = { ...input.context.steps, [spec.id]: { outputs } };
        return (0,expressions/* renderValue */.AI)(spec.continueOnError, { ...input.context, steps }) === true;
    }
    catch (error) {
        log.warn(`continue_on_error could not be evaluated (${(0,types/* messageOf */.bD)(error)}); treating it as false`);
        return false;
    }
}
function addUsage(total, more) {
    if (!more)
        return total;
    if (!total)
        return { ...more };
    return {
        input_tokens: total.input_tokens + more.input_tokens,
        cached_input_tokens: total.cached_input_tokens + more.cached_input_tokens,
        output_tokens: total.output_tokens + more.output_tokens,
        reasoning_tokens: total.reasoning_tokens + more.reasoning_tokens,
    };
}
function formatMs(ms) {
    if (ms % 3_600_000 === 0)
        return `${ms / 3_600_000}h`;
    if (ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    if (ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}


/***/ }),

/***/ 8317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bf: () => (/* binding */ roleRank),
/* harmony export */   Jf: () => (/* binding */ ApprovalSetupError),
/* harmony export */   gg: () => (/* binding */ ROLES)
/* harmony export */ });
/** Repository roles, weakest first (GitHub's `role_name`). */
const ROLES = ['read', 'triage', 'write', 'maintain', 'admin'];
/** The gate cannot work here (no pull request, unusable ids); one sentence for the user. */
class ApprovalSetupError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ApprovalSetupError';
    }
}
/** Rank of a role for comparisons; -1 for none. */
function roleRank(role) {
    return role === undefined ? -1 : ROLES.indexOf(role);
}


/***/ }),

/***/ 22156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ LlmCallError),
/* harmony export */   u: () => (/* binding */ isOutage)
/* harmony export */ });
/** A chat call that did not produce a completion; the message is one sentence. */
class LlmCallError extends Error {
    kind;
    status;
    constructor(message, kind, status, options) {
        super(message, options);
        this.kind = kind;
        this.status = status;
        this.name = 'LlmCallError';
    }
}
/**
 * Whether a failed call is an outage of the endpoint rather than an answer about the step: no
 * connection or no answer in time after the SDK's retries, the key refused (401/403), or the
 * server still overloaded or failing (429, 5xx) after them (DESIGN.md §2: never covered by
 * continue_on_error).
 */
function isOutage(error) {
    if (!(error instanceof LlmCallError))
        return false;
    if (error.kind === 'connection' || error.kind === 'timeout')
        return true;
    const status = error.status ?? 0;
    return (error.kind === 'status' && (status === 401 || status === 403 || status === 429 || status >= 500));
}


/***/ }),

/***/ 97471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  engine: () => (/* binding */ engine),
  isInputError: () => (/* binding */ isInputError)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
;// CONCATENATED MODULE: ./src/steps/command-output.ts
const DEFAULT_STREAM_CAP_BYTES = 1024 * 1024;
/** $WFLO_OUTPUT is read whole, so it gets a limit of its own. */
const MAX_OUTPUT_FILE_BYTES = 1024 * 1024;
/** Keeps the first `capBytes` of a stream and counts the rest, so a flood costs no memory. */
class CappedCapture {
    capBytes;
    chunks = [];
    kept = 0;
    total = 0;
    constructor(capBytes = DEFAULT_STREAM_CAP_BYTES) {
        this.capBytes = capBytes;
    }
    write(chunk) {
        this.total += chunk.length;
        const room = this.capBytes - this.kept;
        if (room <= 0)
            return;
        const piece = chunk.length <= room ? chunk : chunk.subarray(0, room);
        this.chunks.push(Buffer.from(piece));
        this.kept += piece.length;
    }
    get totalBytes() {
        return this.total;
    }
    get truncated() {
        return this.total > this.kept;
    }
    /** The kept bytes as text; a multi-byte character cut by the cap becomes U+FFFD, not an exception. */
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
    }
}
function commandOutputs(fields) {
    return {
        exit_code: fields.exitCode,
        stdout: fields.stdout.text(),
        stderr: fields.stderr.text(),
        truncated: fields.stdout.truncated || fields.stderr.truncated,
        stdout_bytes: fields.stdout.totalBytes,
        stderr_bytes: fields.stderr.totalBytes,
        timed_out: fields.timedOut,
        duration_ms: fields.durationMs,
    };
}
class OutputFileError extends Error {
    constructor(message) {
        super(message);
        this.name = 'OutputFileError';
    }
}
/**
 * Parses what a command wrote to $WFLO_OUTPUT: empty means no extra outputs; otherwise a JSON
 * object. Keys the kind reports itself (exit_code, stdout, …) cannot be overridden by the command.
 */
function parseOutputFile(content, reserved) {
    if (content.length > MAX_OUTPUT_FILE_BYTES) {
        throw new OutputFileError(`$WFLO_OUTPUT holds ${content.length} bytes, more than the ${MAX_OUTPUT_FILE_BYTES} allowed`);
    }
    const text = content.toString('utf8').trim();
    if (text === '')
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new OutputFileError(`$WFLO_OUTPUT is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new OutputFileError('$WFLO_OUTPUT must hold a JSON object, e.g. {"version": "1.2.3"}');
    }
    const clash = Object.keys(parsed).filter((k) => reserved.includes(k));
    if (clash.length > 0) {
        throw new OutputFileError(`$WFLO_OUTPUT may not set ${clash.map((k) => `'${k}'`).join(', ')}: the step reports those itself`);
    }
    // JSON.parse makes own data properties only; `__proto__` arrives as a plain key, never a prototype.
    return parsed;
}

// EXTERNAL MODULE: ./src/engine/secrets.ts
var secrets = __webpack_require__(99887);
;// CONCATENATED MODULE: ./src/steps/shell.ts
// The `shell` kind: a command on the runner itself, for trusted glue (DESIGN.md §2).
// It sees only the env the step declares plus a minimal base, never the runner's secrets.







const SHELLS = {
    bash: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c'],
    sh: ['sh', '-e', '-c'],
};
const REPORTED_KEYS = [
    'exit_code',
    'stdout',
    'stderr',
    'truncated',
    'stdout_bytes',
    'stderr_bytes',
    'timed_out',
    'duration_ms',
];
const shellKind = {
    kind: 'shell',
    literalKeys: ['run'],
    run: runShell,
};
async function runShell(ctx) {
    const { config, step, log } = ctx;
    const command = typeof config.run === 'string' ? config.run : '';
    const shellName = typeof config.shell === 'string' ? config.shell : 'bash';
    const shell = SHELLS[shellName];
    if (!shell) {
        return {
            status: 'failed',
            outputs: {},
            error: `shell '${shellName}' is not supported (use bash or sh)`,
        };
    }
    const [program, ...args] = shell;
    if (!program)
        throw new Error('empty shell table entry');
    const scratch = (0,external_node_path_.join)(ctx.run.tempDir, 'steps', step.id, `attempt-${ctx.attempt}`);
    await (0,promises_.mkdir)((0,external_node_path_.join)(scratch, 'tmp'), { recursive: true });
    const outputFile = (0,external_node_path_.join)(scratch, 'wflo-output.json');
    await (0,promises_.writeFile)(outputFile, '');
    const env = commandEnv(ctx, scratch, outputFile);
    const stdout = new CappedCapture();
    const stderr = new CappedCapture();
    const started = ctx.clock.now();
    const exit = await new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(program, [...args, command], {
            cwd: ctx.run.workspace,
            env,
            stdio: ['ignore', 'pipe', 'pipe'],
            // Its own process group, so a timeout or cancel stops the whole tree, not just the shell.
            detached: true,
        });
        let killTimer;
        const stop = () => {
            signalGroup(child.pid, 'SIGTERM');
            killTimer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), types/* STOP_GRACE_MS */.Ts);
        };
        ctx.signal.addEventListener('abort', stop, { once: true });
        child.stdout.on('data', (chunk) => stdout.write(chunk));
        child.stderr.on('data', (chunk) => stderr.write(chunk));
        child.on('error', (error) => {
            ctx.signal.removeEventListener('abort', stop);
            resolve({ code: null, error });
        });
        child.on('close', (code, signal) => {
            ctx.signal.removeEventListener('abort', stop);
            if (killTimer)
                clearTimeout(killTimer);
            // A leftover grandchild may still hold the group; it goes with the step.
            signalGroup(child.pid, 'SIGKILL');
            resolve({ code: code ?? (signal ? 128 + external_node_os_.constants.signals[signal] : null) });
        });
        if (ctx.signal.aborted)
            stop();
    });
    const timedOut = ctx.signal.aborted && ctx.signal.reason instanceof types/* StepTimeoutError */.o1;
    const outputs = {
        ...commandOutputs({
            exitCode: exit.code,
            stdout,
            stderr,
            timedOut,
            durationMs: ctx.clock.now() - started,
        }),
    };
    try {
        // The runner cannot start its own shell: the environment, not the command, failed.
        if (exit.error)
            throw new types/* EnvironmentError */.eG(`the shell could not start (${exit.error.message})`, 'runner', {
                cause: exit.error,
            });
        if (stdout.truncated || stderr.truncated) {
            log.warn(`output was capped: ${stdout.totalBytes} bytes on stdout, ${stderr.totalBytes} on stderr`);
        }
        let extra = {};
        try {
            extra = parseOutputFile(await (0,promises_.readFile)(outputFile), REPORTED_KEYS);
        }
        catch (error) {
            if (error instanceof OutputFileError)
                return { status: 'failed', outputs, error: error.message };
            throw error;
        }
        const all = { ...extra, ...outputs };
        if (timedOut)
            return { status: 'failed', outputs: all, error: 'the command timed out' };
        if (exit.code !== 0) {
            return {
                status: 'failed',
                outputs: all,
                error: `the command exited with code ${exit.code ?? 'unknown'}`,
            };
        }
        return { status: 'succeeded', outputs: all };
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
/** Only what the step declares, plus what a shell needs to find programs and write temp files. */
function commandEnv(ctx, scratch, outputFile) {
    const host = ctx.services.hostEnv;
    const env = {
        PATH: host.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        HOME: host.HOME ?? scratch,
        LANG: host.LANG ?? 'C.UTF-8',
        TMPDIR: (0,external_node_path_.join)(scratch, 'tmp'),
        CI: 'true',
        WFLO_OUTPUT: outputFile,
        WFLO_RUN_ID: ctx.run.id,
        WFLO_STEP_ID: ctx.step.id,
    };
    const declared = ctx.config.env;
    if (declared && typeof declared === 'object' && !Array.isArray(declared)) {
        const named = {};
        for (const [name, value] of Object.entries(declared)) {
            named[name] = value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
        }
        (0,secrets/* maskSecrets */.QU)(named, host, (secret) => ctx.log.mask(secret));
        Object.assign(env, named);
    }
    return env;
}
function signalGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // The group is already gone.
    }
}

// EXTERNAL MODULE: ./src/workflow/errors.ts
var errors = __webpack_require__(29658);
// EXTERNAL MODULE: ./src/sandbox/config.ts
var sandbox_config = __webpack_require__(74545);
// EXTERNAL MODULE: ./src/sandbox/cleanup.ts
var cleanup = __webpack_require__(9823);
// EXTERNAL MODULE: ./src/engine/attempts.ts + 1 modules
var attempts = __webpack_require__(59392);
// EXTERNAL MODULE: ./src/sandbox/container-spec.ts
var container_spec = __webpack_require__(88138);
// EXTERNAL MODULE: ./src/sandbox/runtime.ts
var sandbox_runtime = __webpack_require__(95655);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./src/sandbox/output-file.ts

// $WFLO_OUTPUT lives in a small volume of its own: /tmp is a tmpfs, gone when the
// container stops, and the root filesystem is read-only.
const OUTPUT_DIR = '/run/wflo';
const OUTPUT_FILE = '/run/wflo/out/output.json';
/** The most the output folder may hold, output.json included. */
const MAX_OUTPUT_BYTES = 1024 * 1024;
/** The `out/` directory, owned by the step's user, put into the volume before start. */
async function outputDirArchive(uid, gid) {
    const pack = tar_stream.pack();
    const chunks = [];
    pack.on('data', (c) => chunks.push(c));
    const done = new Promise((resolve, reject) => {
        pack.on('end', resolve);
        pack.on('error', reject);
    });
    pack.entry({ name: 'out/', type: 'directory', mode: 0o755, uid, gid });
    pack.finalize();
    await done;
    return Buffer.concat(chunks);
}
/**
 * Reads `output.json` from a tar of OUTPUT_DIR; no file means no extra outputs. Sizes are
 * checked at each header, before any body is read: the first entry that would take the
 * folder past MAX_OUTPUT_BYTES refuses the whole read (a sparse 5 GiB file costs nothing).
 */
async function readOutputFile(archive) {
    const extract = tar_stream.extract();
    let text;
    let bytes = 0;
    await new Promise((resolve, reject) => {
        const refuse = (why) => {
            archive.unpipe(extract);
            extract.destroy();
            reject(new Error(why));
        };
        extract.on('entry', (header, stream, next) => {
            const isOutput = /(^|\/)out\/output\.json$/.test(header.name) && header.type === 'file';
            const size = header.size ?? 0;
            if (isOutput && size > MAX_OUTPUT_BYTES)
                return refuse(`it is larger than ${MAX_OUTPUT_BYTES} bytes`);
            bytes += size;
            if (bytes > MAX_OUTPUT_BYTES)
                return refuse(`the folder it is in (${OUTPUT_DIR}/out) holds more than ${MAX_OUTPUT_BYTES} bytes`);
            const chunks = [];
            if (isOutput)
                stream.on('data', (c) => chunks.push(c));
            else
                stream.resume();
            stream.on('end', () => {
                if (isOutput)
                    text = Buffer.concat(chunks).toString('utf8');
                next();
            });
        });
        extract.on('finish', resolve);
        extract.on('error', reject);
        archive.on('error', reject);
        archive.pipe(extract);
    });
    if (text === undefined || text.trim() === '')
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new Error('it is not valid JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('it is not a JSON object');
    return parsed;
}

// EXTERNAL MODULE: ./src/checkout/change-set.ts
var change_set = __webpack_require__(56599);
// EXTERNAL MODULE: ./src/sandbox/workspace.ts + 1 modules
var workspace = __webpack_require__(59516);
// EXTERNAL MODULE: ./src/steps/change-rules.ts
var change_rules = __webpack_require__(7629);
;// CONCATENATED MODULE: ./src/steps/sandbox.ts












const DEFAULTS = { graceMs: types/* STOP_GRACE_MS */.Ts, outputCapBytes: 1024 * 1024 };
function resourceName(runId, stepId, attempt, what) {
    const safe = `${runId}-${stepId}`.replace(/[^a-zA-Z0-9_.-]/g, '-');
    return `wflo-${safe}-${attempt}-${what}-${Math.random().toString(36).slice(2, 8)}`;
}
function failed(error, outputs = {}) {
    return { status: 'failed', outputs, error };
}
async function runSandbox(ctx, options) {
    let config;
    try {
        config = (0,sandbox_config/* parseSandboxConfig */.Xx)((0,change_rules/* withoutChangeRules */.G)(ctx.config));
    }
    catch (error) {
        if (error instanceof sandbox_config/* SandboxConfigError */.Si)
            return failed(error.message);
        throw error;
    }
    const runtime = ctx.services.containers;
    if (!runtime)
        throw new types/* EnvironmentError */.eG('it needs a Docker engine and none is set up', 'docker');
    (0,secrets/* maskSecrets */.QU)(config.env, ctx.services.hostEnv, (s) => ctx.log.mask(s));
    if (config.network === 'host')
        ctx.log.warn(`step '${ctx.step.id}' runs with the host's network (allow_host_network)`);
    const labels = (0,cleanup/* runLabels */.xU)(ctx.run.id, ctx.step.id, ctx.attempt);
    const volumes = [];
    try {
        if (config.runtime === 'runsc') {
            // Fail closed: never fall back to runc when gVisor was asked for.
            const available = await runtime.runtimes(ctx.signal);
            if (!available.includes('runsc')) {
                return failed(`it asks for runtime: runsc (gVisor), but this Docker engine offers only ${available.join(', ')}; install gVisor or use runtime: runc`);
            }
        }
        const digest = await (0,container_spec/* resolveImage */.AT)(runtime, config.image, ctx);
        const { uid, gid } = config;
        const outVolume = resourceName(ctx.run.id, ctx.step.id, ctx.attempt, 'out');
        // Listed for removal first: an aborted request may still have created it.
        volumes.push(outVolume);
        // Not cut short by a cancel: an aborted request may still create the volume after the
        // removal in `finally` has run, and leave it behind. Creating one takes milliseconds.
        await runtime.createVolume(outVolume, labels);
        const mounts = [
            { type: 'volume', source: outVolume, target: OUTPUT_DIR, readOnly: false },
        ];
        let snapshot;
        if (config.workspace === 'none') {
            mounts.push({
                type: 'tmpfs',
                target: '/workspace',
                sizeBytes: container_spec/* EMPTY_WORKSPACE_SIZE */.Ce,
                options: ['rw', 'exec', 'nosuid', 'nodev', `uid=${uid}`, `gid=${gid}`, 'mode=0755'],
            });
        }
        else if (config.workspace === 'read-only') {
            mounts.push(...(await (0,container_spec/* readOnlyCheckoutMounts */.pS)(ctx.run.workspace, '/workspace')));
        }
        else {
            const wsVolume = resourceName(ctx.run.id, ctx.step.id, ctx.attempt, 'ws');
            volumes.push(wsVolume);
            await runtime.createVolume(wsVolume, labels);
            const mount = {
                type: 'volume',
                source: wsVolume,
                target: '/workspace',
                readOnly: false,
            };
            mounts.push(mount);
            snapshot = await (0,container_spec/* fillCopyVolume */.PM)(runtime, (0,container_spec/* containerBase */.rj)(config, labels, digest), mount, ctx.run.workspace, config, ctx.signal);
        }
        let extra = {};
        let extraError;
        let changeSet;
        let changeError;
        const snap = snapshot;
        const timeoutMs = Math.max(1, Math.min(config.timeoutMs, ctx.deadline !== undefined ? ctx.deadline - ctx.clock.now() : Infinity));
        // The scheduler's step timeout stops with the grace, like ours; a cancel kills at once.
        const cancel = new AbortController();
        const stop = new AbortController();
        const onAbort = () => {
            if (ctx.signal.reason instanceof types/* StepTimeoutError */.o1)
                stop.abort(ctx.signal.reason);
            else
                cancel.abort(ctx.signal.reason);
        };
        if (ctx.signal.aborted)
            onAbort();
        ctx.signal.addEventListener('abort', onAbort, { once: true });
        const result = await runtime
            .runContainer({
            ...(0,container_spec/* containerBase */.rj)(config, labels, digest),
            cmd: ['sh', '-c', config.run],
            env: { HOME: '/tmp', ...config.env, WFLO_OUTPUT: OUTPUT_FILE },
            mounts,
        }, {
            signal: cancel.signal,
            stopSignal: stop.signal,
            timeoutMs,
            graceMs: options.graceMs,
            stdoutCapBytes: options.outputCapBytes,
            stderrCapBytes: options.outputCapBytes,
            archivesIn: [{ path: OUTPUT_DIR, tar: await outputDirArchive(uid, gid) }],
            archivesOut: [
                {
                    path: OUTPUT_DIR,
                    read: async (tar) => {
                        try {
                            extra = await readOutputFile(tar);
                        }
                        catch (error) {
                            extraError = error instanceof Error ? error.message : String(error);
                        }
                    },
                },
                ...(snap
                    ? [
                        {
                            path: '/workspace',
                            read: async (tar) => {
                                // A refusal stops the read; the runtime destroys the rest unread.
                                try {
                                    changeSet = await (0,workspace/* readChanges */.St)(tar, ctx.run.workspace, snap);
                                }
                                catch (error) {
                                    if (!(error instanceof change_set/* ChangeRejectedError */.hr))
                                        throw error;
                                    changeError = error.message;
                                }
                            },
                        },
                    ]
                    : []),
            ],
        })
            .finally(() => ctx.signal.removeEventListener('abort', onAbort));
        if (result.cancelled)
            throw ctx.signal.reason;
        const timedOut = result.timedOut;
        const outputs = {};
        for (const [key, value] of Object.entries(extra))
            outputs[key] = value;
        const builtin = {
            exit_code: result.exitCode,
            stdout: result.stdout.data.toString('utf8'),
            stderr: result.stderr.data.toString('utf8'),
            truncated: result.stdout.truncated || result.stderr.truncated,
            stdout_bytes: result.stdout.totalBytes,
            stderr_bytes: result.stderr.totalBytes,
            timed_out: timedOut,
            oom_killed: result.oomKilled,
            duration_ms: result.durationMs,
            image_digest: digest,
        };
        if (changeSet)
            builtin.changes = (0,change_set/* changesOutput */.b4)(changeSet);
        Object.assign(outputs, builtin);
        // A timeout is a failure of the step's own work, which continue_on_error covers (DESIGN.md §2).
        if (timedOut)
            return failed(`the command timed out after ${(0,attempts/* formatMs */._V)(timeoutMs)}`, outputs);
        if (result.oomKilled) {
            return failed(`the command was killed for using more than its ${config.memoryBytes}-byte memory limit`, outputs);
        }
        if (result.exitCode !== 0)
            return failed(`the command exited with code ${result.exitCode}`, outputs);
        if (extraError)
            return failed(`the command wrote an unreadable $WFLO_OUTPUT: ${extraError}`, outputs);
        if (changeError)
            return failed(`its changes were refused: ${changeError}`, outputs);
        // The engine applies these only once it knows the step succeeded (DESIGN.md §5 rollback).
        if (!changeSet || changeSet.changes.length === 0)
            return { status: 'succeeded', outputs };
        return { status: 'succeeded', outputs, changes: (0,change_set/* encodeChangeSet */.NQ)(changeSet) };
    }
    catch (error) {
        // An engine call cut short by the abort is the abort, not an engine failure.
        if (ctx.signal.aborted) {
            if (!(ctx.signal.reason instanceof types/* StepTimeoutError */.o1))
                throw ctx.signal.reason;
            return failed('it timed out before its command ran', { timed_out: true });
        }
        // The engine or the image failing is wflo's environment, not the step's work.
        if (error instanceof sandbox_runtime/* ContainerRuntimeError */.k)
            throw new types/* EnvironmentError */.eG(error.message, 'docker', { cause: error });
        throw error;
    }
    finally {
        for (const volume of volumes)
            await runtime.removeVolume(volume).catch(() => undefined);
    }
}
/** Static checks `wflo validate` runs; fields holding expressions are checked when the step runs. */
function validate(step, workflow) {
    const config = {};
    for (const [key, value] of Object.entries((0,change_rules/* withoutChangeRules */.G)(step.config))) {
        if (!(typeof value === 'string' && value.includes('${{')))
            config[key] = value;
    }
    // Stand-ins for fields that are only known at run time.
    config.run ??= 'true';
    config.image ??= 'image';
    try {
        (0,sandbox_config/* parseSandboxConfig */.Xx)(config);
        return [];
    }
    catch (error) {
        if (!(error instanceof sandbox_config/* SandboxConfigError */.Si))
            throw error;
        const field = /sandbox\.(\w+)/.exec(error.message)?.[1];
        const pointer = field && field in step.config
            ? `${step.pointer}/sandbox/${field}`
            : `${step.pointer}/sandbox`;
        return [(0,errors/* diagnosticAt */.R5)(workflow.positionOf(pointer), error.message)];
    }
}
function createSandboxKind(options = {}) {
    const resolved = {
        graceMs: options.graceMs ?? DEFAULTS.graceMs,
        outputCapBytes: options.outputCapBytes ?? DEFAULTS.outputCapBytes,
    };
    return {
        kind: 'sandbox',
        literalKeys: ['run'],
        validate,
        changeRules: change_rules/* changeRulesOf */.d,
        run: (ctx) => runSandbox(ctx, resolved),
    };
}
const sandboxKind = createSandboxKind();

// EXTERNAL MODULE: ./src/steps/llm.ts
var llm = __webpack_require__(98372);
// EXTERNAL MODULE: ./src/steps/approval.ts
var approval = __webpack_require__(98072);
// EXTERNAL MODULE: ./src/steps/agent.ts + 2 modules
var agent = __webpack_require__(96127);
;// CONCATENATED MODULE: ./src/steps/index.ts





/** Every kind this build supports; a new kind is one line here. */
function builtinKinds() {
    const kinds = [shellKind, sandboxKind, llm/* llmKind */.qT, agent/* agentKind */.aS, approval/* approvalKind */.iG];
    return new Map(kinds.map((k) => [k.kind, k]));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/workflow/positions.ts
var positions = __webpack_require__(42333);
// EXTERNAL MODULE: ./src/workflow/where.ts
var workflow_where = __webpack_require__(49142);
;// CONCATENATED MODULE: ./src/workflow/problems.ts


class Problems {
    map;
    list = [];
    /** Values already reported as broken: later checks stay quiet about them, to avoid echoes. */
    silenced = [];
    constructor(map) {
        this.map = map;
    }
    get count() {
        return this.list.length;
    }
    /** A problem with the value at `pointer` (its start). */
    value(pointer, message) {
        this.add(this.map.span(pointer).start, pointer, message);
    }
    /** A problem with a key: points at the key rather than its value. */
    key(pointer, message) {
        this.add(this.map.keyOffset(pointer), pointer, message);
    }
    /** A problem at an exact offset, about the value at `pointer`. */
    at(offset, pointer, message) {
        this.add(offset, pointer, message);
    }
    /** Later problems inside `pointer` are dropped: the value there has been reported already. */
    silence(pointer) {
        this.silenced.push(pointer);
    }
    isSilenced(pointer) {
        return this.silenced.some((p) => (0,positions/* isWithin */.UO)(pointer, p));
    }
    /** True when a problem was reported at or inside `pointer`. */
    hasWithin(pointer) {
        return this.list.some((p) => (0,positions/* isWithin */.UO)(p.pointer, pointer));
    }
    /** Every problem as a diagnostic, with `extra` ones (already positioned) merged in, sorted by position. */
    diagnostics(root, extra = []) {
        const seen = new Set();
        const out = [];
        for (const p of this.list) {
            const message = typeof p.message === 'string' ? p.message : p.message((0,workflow_where/* whereOf */.de)(root, p.pointer));
            const { line, col } = this.map.position(p.offset);
            const key = `${line}:${col}\n${message}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push({ file: this.map.file, line, col, message, order: p.order });
        }
        extra.forEach((d, i) => out.push({ ...d, order: this.list.length + i }));
        out.sort((a, b) => a.line - b.line || a.col - b.col || a.order - b.order);
        return out.map(({ file, line, col, message }) => ({ file, line, col, message }));
    }
    add(offset, pointer, message) {
        if (this.isSilenced(pointer))
            return;
        this.list.push({ offset, pointer, message, order: this.list.length });
    }
}

;// CONCATENATED MODULE: ./src/workflow/parse.ts
// Reads the YAML text into plain JSON values while recording where every value came from.
// The tree is walked by hand rather than with toJS() so that aliases are expanded under a
// cap, dangerous keys never reach an object, and tags and duplicate keys are reported
// at their own line:col.




/** Files larger than this are refused before parsing. */
const MAX_FILE_BYTES = 1024 * 1024;
/** Values an alias may add to the tree, in all: beyond this it is an alias bomb, not a workflow. */
const MAX_ALIAS_VALUES = 10_000;
/** Deeper nesting than this is refused (workflow files are shallow; deep nests only exhaust stacks). */
const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const CORE_TAG = 'tag:yaml.org,2002:';
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => CORE_TAG + t));
function parseYaml(written, file) {
    // A lone CR is a line break in YAML 1.2, but the reader takes it for a space; as LF it is
    // the same break at the same offset, so every position stays right.
    const source = written.replace(/\r(?!\n)/g, '\n');
    const map = new positions/* SourceMap */.oY(file, source);
    const problems = new Problems(map);
    const bytes = Buffer.byteLength(source, 'utf8');
    if (bytes > MAX_FILE_BYTES) {
        problems.at(0, '', `the file is ${bytes} bytes, over the limit of ${MAX_FILE_BYTES} bytes (1 MiB)`);
        return { value: undefined, map, problems, broken: true };
    }
    if (refuseCharacters(source, problems) || refuseDirectives(source, problems)) {
        return { value: undefined, map, problems, broken: true };
    }
    let doc;
    try {
        // Integers as BigInt, so one above 2^53 is refused rather than silently rounded.
        doc = (0,dist/* parseDocument */.Tp)(source, {
            uniqueKeys: false,
            prettyErrors: false,
            strict: true,
            intAsBigInt: true,
            version: '1.2',
        });
    }
    catch (error) {
        problems.at(0, '', `the YAML could not be read: ${error instanceof Error ? error.message : String(error)}`);
        return { value: undefined, map, problems, broken: true };
    }
    // After a stack overflow the reader's other errors are echoes of it.
    const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
    for (const e of overflow ? [overflow] : doc.errors)
        problems.at(e.pos[0], '', yamlMessage(e));
    for (const w of doc.warnings) {
        // Tags are reported by the walk, with advice; other warnings count as errors.
        if (w.code !== 'TAG_RESOLVE_FAILED')
            problems.at(w.pos[0], '', yamlMessage(w));
    }
    if (doc.errors.length > 0)
        return { value: undefined, map, problems, broken: true };
    const walker = new Walker(doc, source, map, problems);
    const value = doc.contents ? walker.walk(doc.contents, '', undefined, 0) : undefined;
    return { value, map, problems, broken: false };
}
/** Characters outside YAML's printable set (c-printable), each reported where it stands. */
const NOT_PRINTABLE = 
// eslint-disable-next-line no-control-regex -- finding control characters is the point
/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SHOWN_CHARACTERS = 5;
function refuseCharacters(source, problems) {
    let found = 0;
    for (const match of source.matchAll(NOT_PRINTABLE)) {
        found += 1;
        if (found > SHOWN_CHARACTERS)
            continue;
        const code = match[0].charCodeAt(0);
        const name = code === 0 ? ' (NUL)' : code === 0x1b ? ' (ESC)' : '';
        const what = code >= 0xd800 && code <= 0xdfff
            ? 'half of a UTF-16 surrogate pair, which is not text'
            : 'a control character, which YAML does not allow';
        problems.at(match.index, '', `the file holds U+${code.toString(16).toUpperCase().padStart(4, '0')}${name}, ${what}; remove it (write it as an escape such as \\u${code.toString(16).padStart(4, '0')} inside double quotes if it belongs in a value)`);
    }
    if (found > SHOWN_CHARACTERS) {
        problems.at(source.length, '', `${found - SHOWN_CHARACTERS} more characters like these are not shown`);
    }
    return found > 0;
}
/**
 * `%YAML` directives at the top of the file: one at most, and only 1.2. Under 1.1 `yes`, `no`,
 * `on` and `off` are booleans and `0777` is octal, so the same text would mean other values.
 */
function refuseDirectives(source, problems) {
    let firstAt;
    let refused = false;
    let offset = 0;
    for (const line of source.split('\n')) {
        const here = offset;
        offset += line.length + 1;
        if (line.startsWith('---') || line.startsWith('...'))
            break;
        if (!line.startsWith('%')) {
            if (line.trim() === '' || line.trimStart().startsWith('#'))
                continue;
            break;
        }
        const yaml = /^%YAML[ \t]+(\S+)/.exec(line);
        if (!yaml)
            continue;
        if (firstAt !== undefined) {
            const first = problems.map.position(firstAt).line;
            problems.at(here, '', `a second %YAML directive (the first is on line ${first}); keep one`);
            refused = true;
            continue;
        }
        firstAt = here;
        if (yaml[1] !== '1.2') {
            problems.at(here + line.indexOf(yaml[1] ?? ''), '', `%YAML ${yaml[1] ?? ''} asks for another YAML version, where yes, no, on and off would be true and false; workflow files are YAML 1.2: remove the directive or write %YAML 1.2`);
            refused = true;
        }
    }
    return refused;
}
function yamlMessage(e) {
    if (e.code === 'MULTIPLE_DOCS')
        return 'a workflow file holds one YAML document; remove the second `---`';
    // yaml turns its own stack overflow on absurd nesting into an error; say what it means.
    if (/call stack/i.test(e.message))
        return `values are nested more than ${MAX_DEPTH} levels deep`;
    const text = e.message.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
    return `YAML syntax: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
class Walker {
    doc;
    source;
    map;
    problems;
    anchors = new Map();
    aliasValues = 0;
    bombReported = false;
    constructor(doc, source, map, problems) {
        this.doc = doc;
        this.source = source;
        this.map = map;
        this.problems = problems;
    }
    /**
     * `via` is the alias being expanded, if any: values inside it are placed at the alias,
     * since that is where they appear in the file.
     */
    walk(node, pointer, via, depth, key) {
        const place = via ?? node;
        const [start, end] = place.range ?? [0, 0];
        const span = { start, end, literal: via === undefined };
        if (key?.range && via === undefined) {
            span.keyStart = key.range[0];
            span.keyEnd = key.range[1];
            // `key:` with nothing after it: point at the key, not at the empty space after the colon.
            if (start === end)
                span.start = key.range[0];
        }
        this.map.set(pointer, span);
        if (depth > MAX_DEPTH) {
            this.problems.value(pointer, `values are nested more than ${MAX_DEPTH} levels deep`);
            this.problems.silence(pointer);
            return null;
        }
        if ((0,dist/* isAlias */.Vj)(node))
            return this.expandAlias(node, pointer, via, depth, key);
        const anchor = via === undefined ? node.anchor : undefined;
        const entry = anchor ? { node, open: true } : undefined;
        if (anchor && entry)
            this.anchors.set(anchor, entry);
        try {
            if (!this.tagAllowed(node, pointer, via)) {
                span.literal = false;
                return (0,dist/* isScalar */.jn)(node) ? String(node.source ?? '') : null;
            }
            if ((0,dist/* isMap */.jh)(node))
                return this.walkMap(node.items, pointer, via, depth);
            if ((0,dist/* isSeq */.oP)(node)) {
                return node.items.map((item, i) => this.walk(item, (0,positions/* childPointer */.Y2)(pointer, i), via, depth + 1));
            }
            if ((0,dist/* isScalar */.jn)(node))
                return this.scalar(node.value, pointer);
            return null;
        }
        finally {
            if (entry)
                entry.open = false;
        }
    }
    walkMap(pairs, pointer, via, depth) {
        const out = {};
        const firstKeyAt = new Map();
        for (const pair of pairs) {
            const keyNode = pair.key;
            const key = this.keyText(keyNode, pointer);
            if (key === undefined)
                continue;
            const keyAt = keyNode?.range?.[0] ?? this.map.span(pointer).start;
            const child = (0,positions/* childPointer */.Y2)(pointer, key);
            if (FORBIDDEN_KEYS.has(key)) {
                this.problems.at(via?.range?.[0] ?? keyAt, pointer, (w) => `${(0,workflow_where/* leadOf */.M)(w)}the key '${key}'${inPath(w)} is not allowed (it names JavaScript object internals); rename it`);
                continue;
            }
            const first = firstKeyAt.get(key);
            if (first !== undefined) {
                const line = this.map.position(first).line;
                this.problems.at(keyAt, pointer, (w) => `${(0,workflow_where/* leadOf */.M)(w)}duplicate key '${key}'${inPath(w)} (first set on line ${line})`);
                continue;
            }
            firstKeyAt.set(key, keyAt);
            const valueNode = pair.value;
            if (valueNode) {
                out[key] = this.walk(valueNode, child, via, depth + 1, keyNode ?? undefined);
            }
            else {
                // `key:` with nothing after it is null; it sits right after the key.
                const at = keyNode?.range?.[1] ?? keyAt;
                this.map.set(child, { start: keyAt, end: at, keyStart: keyAt, keyEnd: at, literal: false });
                out[key] = null;
            }
        }
        return out;
    }
    keyText(node, pointer) {
        if (node === null)
            return '';
        if ((0,dist/* isScalar */.jn)(node)) {
            if (!this.tagAllowed(node, pointer, undefined))
                return undefined;
            const v = node.value;
            return v === null ? '' : String(v);
        }
        this.problems.at(node.range?.[0] ?? 0, pointer, (w) => `${(0,workflow_where/* leadOf */.M)(w)}a key must be plain text, not a list, mapping or alias`);
        return undefined;
    }
    expandAlias(node, pointer, via, depth, key) {
        const at = via ?? node;
        if (this.bombReported)
            return null;
        const target = this.anchors.get(node.source);
        if (!target) {
            this.problems.value(pointer, `the alias *${node.source} refers to no anchor &${node.source} before it`);
            this.problems.silence(pointer);
            return null;
        }
        if (target.open) {
            this.problems.value(pointer, `the alias *${node.source} refers to the value that contains it`);
            this.problems.silence(pointer);
            return null;
        }
        const size = countValues(target.node, MAX_ALIAS_VALUES + 1);
        this.aliasValues += size;
        if (this.aliasValues > MAX_ALIAS_VALUES) {
            if (!this.bombReported) {
                this.bombReported = true;
                this.problems.at(at.range?.[0] ?? 0, '', `aliases expand to more than ${MAX_ALIAS_VALUES} values; refusing what looks like an alias bomb (write the values out instead)`);
            }
            this.problems.silence(pointer);
            return null;
        }
        return this.walk(target.node, pointer, at, depth, key);
    }
    /** Core tags (`!!str`, `!!int`, …) are harmless; any other tag is refused with advice. */
    tagAllowed(node, pointer, via) {
        const tag = node.tag;
        if (tag === undefined || PLAIN_TAGS.has(tag))
            return true;
        if (via !== undefined)
            return false; // reported where the anchor was defined
        const shown = tag.startsWith(CORE_TAG) ? `!!${tag.slice(CORE_TAG.length)}` : tag;
        const start = node.range?.[0] ?? 0;
        const found = this.source.lastIndexOf(shown, start);
        const at = found >= 0 ? found : start;
        const isCondition = /^\/steps\/\d+\/if$/.test(pointer);
        if (isCondition) {
            const lineEnd = this.source.indexOf('\n', at);
            const written = this.source
                .slice(at, lineEnd < 0 ? undefined : lineEnd)
                .replace(/\s+#.*$/, '')
                .trim();
            this.problems.at(at, pointer, (w) => `${(0,workflow_where/* leadOf */.M)(w)}\`${shown}\` is a YAML tag here, not a negation; write the condition as \${{ ${written} }}`);
        }
        else {
            this.problems.at(at, pointer, (w) => `${(0,workflow_where/* leadOf */.M)(w)}\`${shown}\` is a YAML tag, which workflow files do not use; quote ${w.path || 'the value'} if it is text`);
        }
        this.problems.silence(pointer);
        return false;
    }
    scalar(value, pointer) {
        if (value === null || typeof value === 'string' || typeof value === 'boolean')
            return value;
        if (typeof value === 'bigint') {
            if (value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER))
                return Number(value);
            this.problems.value(pointer, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} is a whole number beyond ±${Number.MAX_SAFE_INTEGER} (2^53 - 1), which cannot be held exactly; use a smaller number`);
            this.problems.silence(pointer);
            return null;
        }
        if (typeof value === 'number') {
            if (Number.isFinite(value))
                return value;
            this.problems.value(pointer, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} must be a finite number (got ${value})`);
            this.problems.silence(pointer);
            return null;
        }
        return String(value);
    }
}
function inPath(w) {
    return w.path ? ` in ${w.path}` : '';
}
/** Values inside a node, counting aliases as the size of what they name; stops at `limit`. */
function countValues(node, limit) {
    let n = 0;
    const stack = [node];
    while (stack.length > 0 && n < limit) {
        const top = stack.pop();
        n++;
        if ((0,dist/* isMap */.jh)(top))
            for (const p of top.items)
                stack.push(p.value);
        else if ((0,dist/* isSeq */.oP)(top))
            stack.push(...top.items);
    }
    return n;
}

;// CONCATENATED MODULE: ./schema/workflow.schema.json
const workflow_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"BG":{"dn":{"T1":"^\\\\s*\\\\$\\\\{\\\\{[\\\\s\\\\S]*\\\\}\\\\}\\\\s*$"},"m1":{"T1":"^[0-9]+(\\\\.[0-9]+)?\\\\s*[bBkKmMgG]?[bB]?$"},"kQ":{"T1":"^[0-9]+(:[0-9]+)?$"},"DH":{"qo":{"VV":{"ld":{"T1":"^[A-Za-z0-9](-?[A-Za-z0-9])*$"}},"rX":{"ld":{"T1":"^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$"}}}},"PM":{"qo":{"id":{"T1":"^[a-z][a-z0-9_-]*$"}}}}}');
// EXTERNAL MODULE: ./src/workflow/schema-validator.generated.cjs
var schema_validator_generated = __webpack_require__(64575);
var schema_validator_generated_default = /*#__PURE__*/__webpack_require__.n(schema_validator_generated);
;// CONCATENATED MODULE: ./src/workflow/suggest.ts
// "Did you mean …?" for misspelt keys, step ids and input names.
/** The closest candidate to `word`, if it is close enough to be a likely typo. */
function closest(word, candidates) {
    const w = normalise(word);
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = distance(w, normalise(c));
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    const allowed = Math.max(1, Math.floor(word.length / 3));
    return bestDistance <= allowed ? best : undefined;
}
/** ` (did you mean 'x'?)`, or nothing. */
function didYouMean(word, candidates) {
    const c = closest(word, candidates);
    return c === undefined ? '' : ` (did you mean '${c}'?)`;
}
// `continue-on-error` and `Max_Tokens` are the same mistake as a one-letter typo.
function normalise(s) {
    return s.toLowerCase().replace(/-/g, '_');
}
/** Levenshtein distance, with a transposition counted as one edit. */
function distance(a, b) {
    if (a === b)
        return 0;
    if (Math.abs(a.length - b.length) > 3)
        return Math.abs(a.length - b.length);
    const rows = [];
    for (let i = 0; i <= a.length; i++)
        rows.push([i, ...new Array(b.length).fill(0)]);
    const first = rows[0] ?? [];
    for (let j = 0; j <= b.length; j++)
        first[j] = j;
    for (let i = 1; i <= a.length; i++) {
        const row = rows[i] ?? [];
        const prev = rows[i - 1] ?? [];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
            }
            row[j] = d;
        }
    }
    return rows[a.length]?.[b.length] ?? Infinity;
}

// EXTERNAL MODULE: ./src/workflow/duration.ts
var duration = __webpack_require__(61437);
;// CONCATENATED MODULE: ./src/workflow/schema.ts






const WORKFLOW_SCHEMA = (/* unused pure expression or super */ null && (schemaJson));
const EXPRESSION_PATTERN = workflow_schema_namespaceObject.BG.dn.T1;
const STEP_ID_PATTERN = workflow_schema_namespaceObject.BG.PM.qo.id.T1;
/** What a pattern asks for, in words; `null` means the semantic pass says it better. */
const PATTERN_WORDS = new Map([
    [duration/* DURATION_PATTERN */.Cq, null],
    [EXPRESSION_PATTERN, 'true, false or one ${{ }} expression'],
    [workflow_schema_namespaceObject.BG.m1.T1, 'a size such as 512m or 2g'],
    [workflow_schema_namespaceObject.BG.kQ.T1, 'a numeric user such as 1000 or 1000:1000'],
    [workflow_schema_namespaceObject.BG.DH.qo.VV.ld.T1, 'a GitHub login'],
    [
        workflow_schema_namespaceObject.BG.DH.qo.rX.ld.T1,
        'a team such as my-org/reviewers',
    ],
]);
/** Keys people reach for to weaken a container; the answer is that they do not exist. */
const HARDENING_KEYS = new Set([
    'privileged',
    'cap_add',
    'capabilities',
    'security_opt',
    'pid',
    'ipc',
    'uts',
    'userns',
    'userns_mode',
    'devices',
    'volumes',
    'mounts',
    'network_mode',
    'docker_socket',
]);
/** Checks the file's value against the schema; reports each error at its key or value. */
function checkSchema(value, problems) {
    if (schema_validator_generated_default()(value))
        return;
    for (const error of (schema_validator_generated_default()).errors ?? [])
        report(error, problems);
}
function report(e, problems) {
    // wflo says "exactly one kind key per step" itself, without oneOf's noise.
    if (e.keyword === 'oneOf' || e.schemaPath.includes('/oneOf/'))
        return;
    // The propertyNames error says it; its inner pattern error would repeat it.
    if (e.schemaPath.includes('/propertyNames/'))
        return;
    const pointer = e.instancePath;
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(e.params.additionalProperty);
            const known = Object.keys(e.parentSchema?.properties ?? {});
            const inSandbox = /(^|\/)sandbox$/.test(pointer);
            const isStep = /^\/steps\/\d+$/.test(pointer);
            const at = problems.map.keyOffset((0,positions/* childPointer */.Y2)(pointer, key));
            problems.at(at, pointer, (w) => unknownKey(key, known, { inSandbox, isStep }, w));
            return;
        }
        case 'required': {
            const key = String(e.params.missingProperty);
            problems.key(pointer, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} is missing required key '${key}'`);
            return;
        }
        case 'propertyNames': {
            const name = String(e.params.propertyName);
            const dash = JSON.stringify(e.schema).includes('_-]') ? ', _ or -' : ' or _';
            problems.at(problems.map.keyOffset((0,positions/* childPointer */.Y2)(pointer, name)), pointer, (w) => `${(0,workflow_where/* leadOf */.M)(w)}'${name}' is not a valid name in ${w.path}: use letters, digits${dash}, not starting with a digit`);
            return;
        }
        case 'uniqueItems': {
            // Ajv names both items; the later one is the repeat.
            const j = Math.max(Number(e.params.i), Number(e.params.j));
            const item = Array.isArray(e.data) ? e.data[j] : null;
            problems.value((0,positions/* childPointer */.Y2)(pointer, j), (w) => `${(0,workflow_where/* subjectOf */.et)(w)} repeats ${show(item)}; list each once`);
            return;
        }
        default: {
            const message = valueMessage(e);
            if (message)
                problems.value(pointer, message);
        }
    }
}
function unknownKey(key, known, place, w) {
    const where = w.path ? ` in ${w.path}` : '';
    if (!w.step && !w.path && key === 'on') {
        return `unknown key 'on': events start the GitHub workflow that uses wflo/action, so on: belongs there`;
    }
    if (!w.step && !w.path && (key === 'jobs' || key === 'runs-on')) {
        return `unknown key '${key}': this looks like a GitHub Actions workflow; a wflo workflow lists its steps directly (version: 1, steps: …)`;
    }
    if (place.isStep && (key === 'run' || key === 'uses')) {
        return `${(0,workflow_where/* leadOf */.M)(w)}unknown key '${key}'; a command goes under shell: (on the runner) or sandbox: (in a container)`;
    }
    if (place.inSandbox && HARDENING_KEYS.has(key)) {
        return `${(0,workflow_where/* leadOf */.M)(w)}unknown key '${key}'${where}: sandboxes cannot be privileged, gain capabilities or share the host's devices, mounts or namespaces`;
    }
    return `${(0,workflow_where/* leadOf */.M)(w)}unknown key '${key}'${where}${didYouMean(key, known)}`;
}
/** One sentence for an error about a value, or undefined when another check says it better. */
function valueMessage(e) {
    const data = e.data;
    const got = ` (got ${show(data)})`;
    switch (e.keyword) {
        case 'type': {
            const types = Array.isArray(e.schema) ? e.schema : String(e.schema).split(',');
            const expects = e.parentSchema?.pattern === EXPRESSION_PATTERN ? ['boolean', 'expression'] : types;
            return (w) => `${(0,workflow_where/* subjectOf */.et)(w)} must be ${typeWords(expects)}${got}`;
        }
        case 'const':
            return (w) => `${(0,workflow_where/* subjectOf */.et)(w)} must be ${show(e.schema)}${got}`;
        case 'enum': {
            const allowed = e.schema.map((v) => String(v)).join(', ');
            return (w) => `${(0,workflow_where/* subjectOf */.et)(w)} must be one of ${allowed}${got}`;
        }
        case 'pattern': {
            const pattern = String(e.schema);
            if (pattern === STEP_ID_PATTERN) {
                return (w) => `${(0,workflow_where/* leadOf */.M)(w)}id ${show(data)} must start with a lowercase letter and hold only lowercase letters, digits, _ or - ([a-z][a-z0-9_-]*)`;
            }
            const words = PATTERN_WORDS.get(pattern);
            if (words === null)
                return undefined;
            return (w) => `${(0,workflow_where/* subjectOf */.et)(w)} must be ${words ?? `text matching ${pattern}`}${got}`;
        }
        case 'minimum':
        case 'exclusiveMinimum':
        case 'maximum':
        case 'exclusiveMaximum': {
            const words = {
                minimum: 'at least',
                exclusiveMinimum: 'greater than',
                maximum: 'at most',
                exclusiveMaximum: 'less than',
            }[e.keyword];
            return (w) => `${(0,workflow_where/* subjectOf */.et)(w)} must be ${words} ${String(e.params.limit)}${got}`;
        }
        case 'minItems': {
            const n = Number(e.params.limit);
            return (w) => w.path === 'steps' && !w.step
                ? 'steps must list at least one step'
                : `${(0,workflow_where/* subjectOf */.et)(w)} must list at least ${n} item${n === 1 ? '' : 's'}`;
        }
        case 'minLength':
            return (w) => `${(0,workflow_where/* subjectOf */.et)(w)} must not be empty`;
        case 'maxLength':
            return (w) => `${(0,workflow_where/* subjectOf */.et)(w)} must be at most ${String(e.params.limit)} characters long`;
        default:
            return (w) => `${(0,workflow_where/* subjectOf */.et)(w)} ${e.message ?? 'is not valid'}`;
    }
}
const TYPE_WORDS = {
    string: 'text',
    number: 'a number',
    integer: 'an integer',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
    null: 'empty',
    expression: 'one ${{ }} expression',
};
function typeWords(types) {
    const words = types
        .filter((t) => !(t === 'number' && types.includes('integer')))
        .map((t) => TYPE_WORDS[t] ?? t);
    if (words[0] === 'true or false' && words.length === 2)
        return `true, false or ${words[1] ?? ''}`;
    return words.length <= 1
        ? (words[0] ?? '')
        : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}
/** A value as a message shows it: `'text'`, `5`, `true`, `a list`. */
function show(value) {
    if (value === null || value === undefined)
        return 'an empty value';
    if (typeof value === 'string')
        return `'${value.length > 40 ? `${value.slice(0, 37)}...` : value}'`;
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return String(value);
}

// EXTERNAL MODULE: ./src/workflow/expressions.ts + 6 modules
var expressions = __webpack_require__(44209);
;// CONCATENATED MODULE: ./src/workflow/validate-expressions.ts
// Checks every `${{ }}` of the file before anything runs: syntax, functions and contexts
// (through expressions.ts), and what each reference reads: declared inputs, steps that
// run before the reader, fields a step really has.




const CONTEXTS = ['inputs', 'env', 'steps', 'run', 'github'];
/** Top-level env is rendered before any step runs. */
const TOP_ENV_CONTEXTS = ['inputs', 'run', 'github'];
const STEP_FIELDS = ['outputs', 'outcome', 'cost_usd'];
const RUN_FIELDS = ['id', 'cost_usd', 'budget_remaining_usd'];
/** Kinds whose outputs are a closed set (DESIGN.md §2); sandbox and shell add the script's own keys. */
const KIND_OUTPUTS = {
    llm: ['text', 'json', 'model', 'finish_reason', 'usage', 'cost_usd'],
    agent: ['text', 'json', 'turns', 'tool_calls', 'stop_reason', 'changes', 'usage', 'cost_usd'],
    approval: ['decision', 'approvers', 'comment', 'url', 'by_policy'],
};
/** Checks every string inside `value` (recursively), skipping keys listed in `skip`. */
function checkValue(value, pointer, scope, facts) {
    if (typeof value === 'string') {
        if (value.includes('${{'))
            checkString(value, pointer, scope, facts);
    }
    else if (Array.isArray(value)) {
        value.forEach((item, i) => checkValue(item, (0,positions/* childPointer */.Y2)(pointer, i), scope, facts));
    }
    else if (value !== null && typeof value === 'object') {
        for (const [key, item] of Object.entries(value))
            checkValue(item, (0,positions/* childPointer */.Y2)(pointer, key), scope, facts);
    }
}
function checkString(template, pointer, scope, facts) {
    const { problems, map } = facts;
    for (const p of (0,expressions/* checkTemplate */.BU)(template, { contexts: scope.contexts, statusFunctions: false })) {
        problems.at(map.offsetInString(pointer, template, p.offset), pointer, (w) => expressionMessage(w, p.message));
    }
    checkReferences((0,expressions/* referencesIn */.ii)(template), template, template, 0, pointer, scope, facts);
}
/**
 * A step's `if`: a bare expression or exactly one `${{ }}`. Returns the expression text
 * (without `${{ }}`), or undefined when it is not usable.
 */
function checkIf(condition, pointer, scope, facts) {
    const { problems, map } = facts;
    if (condition.trim() === '') {
        problems.value(pointer, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} is empty; remove it or write a condition`);
        return undefined;
    }
    let text = condition;
    let wrapped = false;
    if (condition.includes('${{')) {
        let parts;
        try {
            parts = (0,expressions/* splitTemplate */.LL)(condition);
        }
        catch {
            parts = undefined; // unclosed: checkCondition says so, positioned
        }
        if (parts) {
            const exprs = parts.filter((p) => p.kind === 'expr');
            const extra = parts.find((p) => p.kind === 'text' && p.text.trim() !== '');
            const only = exprs[0];
            if (extra || exprs.length !== 1 || !only) {
                problems.value(pointer, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} mixes text with \${{ }}, which is always true in GitHub; write the whole condition inside one \${{ }}`);
                return undefined;
            }
            text = only.text;
            wrapped = true;
            if (text.trim() === '') {
                problems.value(pointer, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} is empty; remove it or write a condition`);
                return undefined;
            }
        }
    }
    const found = (0,expressions/* checkCondition */.Qj)(condition, { contexts: scope.contexts });
    for (const p of found) {
        problems.at(map.offsetInString(pointer, condition, p.offset), pointer, (w) => expressionMessage(w, p.message));
    }
    if (found.length > 0)
        return undefined;
    // References of a bare condition are found by reading it as one `${{ }}`.
    const template = wrapped ? condition : `\${{ ${condition} }}`;
    const shift = wrapped ? 0 : -4;
    checkReferences((0,expressions/* referencesIn */.ii)(template), template, condition, shift, pointer, scope, facts);
    return text.trim();
}
/** True when `value` is exactly one `${{ }}` and nothing else (blank text aside). */
function isSingleExpression(value) {
    try {
        const parts = (0,expressions/* splitTemplate */.LL)(value);
        return (parts.filter((p) => p.kind === 'expr').length === 1 &&
            parts.every((p) => p.kind === 'expr' || p.text.trim() === ''));
    }
    catch {
        return false;
    }
}
function checkReferences(refs, template, original, shift, pointer, scope, facts) {
    for (const ref of refs) {
        const message = referenceProblem(ref.path, scope, facts);
        if (!message)
            continue;
        const offset = Math.max(0, Math.min(original.length, ref.offset + shift));
        const at = facts.map.offsetInString(pointer, shift === 0 ? template : original, offset);
        facts.problems.at(at, pointer, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} reads ${ref.path.join('.')}, ${message(w)}`);
    }
}
function referenceProblem(path, scope, facts) {
    const [context, name, field, output] = path;
    if (context === undefined || name === undefined)
        return undefined;
    switch (context.toLowerCase()) {
        case 'inputs': {
            const declared = Object.keys(facts.inputs);
            if (declared.some((d) => d.toLowerCase() === name.toLowerCase()))
                return undefined;
            return () => `but no input '${name}' is declared under inputs${didYouMean(name, declared)}`;
        }
        case 'run':
            if (RUN_FIELDS.includes(name.toLowerCase()))
                return undefined;
            return () => `which run does not have (it has ${RUN_FIELDS.join(', ')})`;
        case 'steps':
            return stepReference(name, field, output, scope, facts);
        default:
            return undefined;
    }
}
function stepReference(name, field, output, scope, facts) {
    const { graph } = facts;
    const target = graph.indexOf.get(name.toLowerCase());
    if (target === undefined) {
        return () => `but there is no step '${name}'${didYouMean(name, graph.indexOf.keys())}`;
    }
    if (scope.step !== undefined) {
        if (target === scope.step)
            return () => `its own step, which has no results while it runs`;
        if (!graph.before(scope.step).has(target)) {
            return () => `but '${name}' does not run before this step; add it to needs`;
        }
    }
    if (field === undefined)
        return undefined;
    if (!STEP_FIELDS.includes(field.toLowerCase())) {
        const hint = closest(field, STEP_FIELDS);
        return () => `but a step has only ${STEP_FIELDS.join(', ')}${hint ? ` (did you mean '${hint}'?)` : ''}`;
    }
    const kind = facts.kinds[target];
    const known = kind === undefined ? undefined : KIND_OUTPUTS[kind];
    if (field.toLowerCase() !== 'outputs' || output === undefined || known === undefined)
        return undefined;
    if (known.includes(output.toLowerCase()))
        return undefined;
    return () => `but ${kind} steps have no output '${output}'${didYouMean(output, known)}`;
}
/** A message of expressions.ts, as the tail of one of ours: `step 'x': llm.prompt: unrecognized …`. */
function expressionMessage(w, message) {
    const text = message.replace(/\.$/, '');
    return `${(0,workflow_where/* subjectOf */.et)(w)}: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

;// CONCATENATED MODULE: ./src/workflow/validate-graph.ts



function buildGraph(steps, problems) {
    const indexOf = new Map();
    const ids = [];
    steps.forEach((step, i) => {
        const id = (0,workflow_where/* isObject */.Gv)(step) && typeof step.id === 'string' && workflow_where/* STEP_ID */.RA.test(step.id) ? step.id : undefined;
        ids.push(id);
        if (id === undefined)
            return;
        const first = indexOf.get(id);
        if (first === undefined) {
            indexOf.set(id, i);
            return;
        }
        const line = problems.map.position(problems.map.span(`/steps/${first}/id`).start).line;
        problems.value(`/steps/${i}/id`, `steps[${i}]: id '${id}' is already used by the step on line ${line}; ids must be unique`);
    });
    const needs = steps.map((step, i) => resolveNeeds(step, i, indexOf, problems));
    reportCycles(needs, ids, steps, problems);
    // Ancestor sets, built from the needs' own sets (memoised), so a 1,000-step chain stays cheap.
    const memo = new Map();
    const before = (i) => {
        const known = memo.get(i);
        if (known)
            return known;
        // Resolve the needs first, deepest first, without recursion.
        const order = [];
        const visiting = new Set([i]);
        const stack = [i];
        while (stack.length > 0) {
            const n = stack[stack.length - 1];
            const pending = (needs[n] ?? []).find((m) => !memo.has(m) && !visiting.has(m));
            if (pending === undefined) {
                stack.pop();
                order.push(n);
            }
            else {
                visiting.add(pending);
                stack.push(pending);
            }
        }
        for (const n of order) {
            const set = new Set();
            for (const m of needs[n] ?? []) {
                set.add(m);
                for (const a of memo.get(m) ?? [])
                    set.add(a);
            }
            memo.set(n, set);
        }
        return memo.get(i) ?? new Set();
    };
    return { indexOf, ids, needs, before };
}
function resolveNeeds(step, i, indexOf, problems) {
    const raw = (0,workflow_where/* isObject */.Gv)(step) ? step.needs : undefined;
    if (raw === undefined)
        return i > 0 ? [i - 1] : [];
    const pointer = `/steps/${i}/needs`;
    const listed = typeof raw === 'string'
        ? [[raw, pointer]]
        : Array.isArray(raw)
            ? raw.flatMap((n, k) => typeof n === 'string' ? [[n, (0,positions/* childPointer */.Y2)(pointer, k)]] : [])
            : [];
    const out = [];
    for (const [name, at] of listed) {
        const target = indexOf.get(name);
        if (target === undefined) {
            problems.value(at, (w) => `${w.step} needs '${name}', which is not a step${didYouMean(name, indexOf.keys())}`);
        }
        else if (target === i) {
            problems.value(at, (w) => `${w.step} needs itself; a step cannot wait for its own end`);
        }
        else if (!out.includes(target)) {
            out.push(target);
        }
    }
    return out;
}
/** Reports one cycle per strongly connected group of steps, starting at its first step in the file. */
function reportCycles(needs, ids, steps, problems) {
    for (const group of stronglyConnected(needs)) {
        if (group.length < 2)
            continue;
        const members = new Set(group);
        const start = Math.min(...group);
        const path = cyclePath(start, needs, members);
        const names = path.map((n) => ids[n] ?? `steps[${n}]`);
        const next = path[1];
        const step = steps[start];
        const explicit = (0,workflow_where/* isObject */.Gv)(step) ? step.needs : undefined;
        let at = `/steps/${start}`;
        if (typeof explicit === 'string')
            at = `/steps/${start}/needs`;
        else if (Array.isArray(explicit)) {
            const k = explicit.findIndex((n) => n === (next === undefined ? undefined : ids[next]));
            at = k >= 0 ? `/steps/${start}/needs/${k}` : `/steps/${start}/needs`;
        }
        problems.value(at, (w) => `${w.step}: needs form a cycle: ${names.join(' → ')}`);
    }
}
/** A path start → … → start through `members`, following needs. */
function cyclePath(start, needs, members) {
    const parent = new Map();
    const queue = [start];
    const seen = new Set([start]);
    while (queue.length > 0) {
        const n = queue.shift();
        for (const m of needs[n] ?? []) {
            if (!members.has(m))
                continue;
            if (m === start) {
                const path = [start];
                for (let c = n; c !== undefined && c !== start; c = parent.get(c))
                    path.splice(1, 0, c);
                return [...path, start];
            }
            if (seen.has(m))
                continue;
            seen.add(m);
            parent.set(m, n);
            queue.push(m);
        }
    }
    return [start, start];
}
/** Tarjan's algorithm, iterative so a long chain of steps cannot exhaust the stack. */
function stronglyConnected(edges) {
    const index = new Array(edges.length).fill(-1);
    const low = new Array(edges.length).fill(0);
    const onStack = new Array(edges.length).fill(false);
    const stack = [];
    const groups = [];
    let counter = 0;
    for (let root = 0; root < edges.length; root++) {
        if (index[root] !== -1)
            continue;
        const work = [[root, 0]];
        while (work.length > 0) {
            const frame = work[work.length - 1];
            const [v, k] = frame;
            if (k === 0) {
                index[v] = low[v] = counter++;
                stack.push(v);
                onStack[v] = true;
            }
            const out = edges[v] ?? [];
            if (k < out.length) {
                frame[1] = k + 1;
                const w = out[k];
                if (index[w] === -1)
                    work.push([w, 0]);
                else if (onStack[w])
                    low[v] = Math.min(low[v], index[w]);
                continue;
            }
            work.pop();
            const parent = work[work.length - 1];
            if (parent)
                low[parent[0]] = Math.min(low[parent[0]], low[v]);
            if (low[v] === index[v]) {
                const group = [];
                let w;
                do {
                    w = stack.pop();
                    onStack[w] = false;
                    group.push(w);
                } while (w !== v);
                groups.push(group);
            }
        }
    }
    return groups;
}

// EXTERNAL MODULE: ./src/workflow/config-source.ts
var config_source = __webpack_require__(47521);
;// CONCATENATED MODULE: ./src/workflow/protected-names.ts
// The names `protected_paths_allowed` takes (DESIGN.md §5): places in a checkout the host's
// tools execute or obey. `.git` is protected too and can never be opened.
const PROTECTED_PATH_NAMES = [
    '.husky',
    '.github/workflows',
    '.gitmodules',
    '.gitattributes',
    'core.hooksPath',
];

// EXTERNAL MODULE: ./src/cost/ledger.ts
var ledger = __webpack_require__(2964);
// EXTERNAL MODULE: ./src/cost/money.ts
var money = __webpack_require__(10369);
;// CONCATENATED MODULE: ./src/workflow/validate-values.ts
// Values the schema can only half check: money (exact micro-dollars), durations, inputs'
// defaults against their type and enum, and the top-level sections built into the model.






const DECIMAL_TEXT = /^\+?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Micro-dollars of a USD amount the schema has already typed, or undefined (reported) when not exact. */
function micros(value, pointer, problems, allowZero = false) {
    if (typeof value !== 'number' || value < 0 || (!allowZero && value === 0))
        return undefined;
    // The decimal text as written, not the float it became: 0.1000001 must not pass as 0.1.
    const text = problems.map.textAt(pointer)?.trim();
    const written = text !== undefined && DECIMAL_TEXT.test(text) ? text : value;
    try {
        return (0,money/* usdToMicros */.$m)(written);
    }
    catch {
        problems.value(pointer, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} must have at most 6 decimal places (got ${String(written)})`);
        return undefined;
    }
}
/** Milliseconds of a duration field, or undefined (reported when the text is wrong). */
function validate_values_duration(value, pointer, problems) {
    if (typeof value !== 'string' && typeof value !== 'number')
        return undefined;
    if (typeof value === 'number' && value < 0)
        return undefined; // the schema says so
    const parsed = (0,duration/* parseDuration */.E9)(value);
    if ('error' in parsed) {
        problems.value(pointer, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} ${parsed.error}`);
        return undefined;
    }
    return parsed.ms;
}
function readBudget(value, problems) {
    if (!(0,workflow_where/* isObject */.Gv)(value))
        return undefined;
    const max = micros(value.max_usd, '/budget/max_usd', problems);
    if (max === undefined)
        return undefined;
    const warnAt = Array.isArray(value.warn_at)
        ? value.warn_at.filter((f) => typeof f === 'number' && f > 0 && f <= 1)
        : [];
    return { maxMicros: max, warnAt: [...new Set(warnAt)].sort((a, b) => a - b) };
}
/** A step's budget.max_usd in micro-dollars; reported when above the workflow's. */
function readStepBudget(value, pointer, workflow, problems) {
    if (!(0,workflow_where/* isObject */.Gv)(value))
        return undefined;
    const at = `${pointer}/max_usd`;
    const max = micros(value.max_usd, at, problems);
    if (max !== undefined && workflow && max > workflow.maxMicros) {
        problems.value(at, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} ${(0,ledger/* formatMicros */.tF)(max)} is above the workflow's budget.max_usd of ${(0,ledger/* formatMicros */.tF)(workflow.maxMicros)}`);
    }
    return max;
}
function readModels(value, problems) {
    const out = {};
    if (!(0,workflow_where/* isObject */.Gv)(value))
        return out;
    for (const [name, price] of Object.entries(value)) {
        if (!(0,workflow_where/* isObject */.Gv)(price))
            continue;
        const at = (0,positions/* childPointer */.Y2)('/models', name);
        const input = micros(price.input_per_mtok, `${at}/input_per_mtok`, problems, true);
        const output = micros(price.output_per_mtok, `${at}/output_per_mtok`, problems, true);
        const cached = price.cached_input_per_mtok === undefined
            ? undefined
            : micros(price.cached_input_per_mtok, `${at}/cached_input_per_mtok`, problems, true);
        const window = tokenCount(price.context_window, `${at}/context_window`, problems);
        if (input === undefined || output === undefined)
            continue;
        const model = { inputPerMtokMicros: input, outputPerMtokMicros: output };
        if (cached !== undefined)
            model.cachedInputPerMtokMicros = cached;
        if (window !== undefined)
            model.contextTokens = window;
        out[name] = model;
    }
    return out;
}
/**
 * A count of tokens the schema has typed as an integer of at least 1, or undefined. The
 * schema reports text, fractions and values below 1; what it lets through and arithmetic
 * cannot count exactly (above 2^53 − 1) is reported here.
 */
function tokenCount(value, pointer, problems) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
        return undefined;
    if (Number.isSafeInteger(value))
        return value;
    problems.value(pointer, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} must be a whole number of tokens up to ${Number.MAX_SAFE_INTEGER} (got ${String(value)})`);
    return undefined;
}
const INPUT_TYPES = ['string', 'number', 'boolean'];
const validate_values_TYPE_WORDS = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
};
function readInputs(value, problems) {
    const out = {};
    if (!(0,workflow_where/* isObject */.Gv)(value))
        return out;
    for (const [name, spec] of Object.entries(value)) {
        if (!(0,workflow_where/* isObject */.Gv)(spec))
            continue;
        const at = (0,positions/* childPointer */.Y2)('/inputs', name);
        const type = INPUT_TYPES.find((t) => t === spec.type) ?? 'string';
        const input = { type, required: spec.required === true };
        if (typeof spec.description === 'string')
            input.description = spec.description;
        const fits = (v) => typeof v === type;
        if (Array.isArray(spec.enum)) {
            const allowed = [];
            spec.enum.forEach((v, k) => {
                if (fits(v))
                    allowed.push(v);
                else if (v !== null && typeof v !== 'object') {
                    problems.value(`${at}/enum/${k}`, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} must be ${validate_values_TYPE_WORDS[type]}, as inputs.${name}.type says (got ${show(v)})`);
                }
            });
            input.enum = allowed;
        }
        const d = spec.default;
        if (d !== undefined && d !== null && typeof d !== 'object') {
            if (!fits(d)) {
                problems.value(`${at}/default`, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} must be ${validate_values_TYPE_WORDS[type]}, as inputs.${name}.type says (got ${show(d)})`);
            }
            else if (input.enum && !input.enum.includes(d)) {
                problems.value(`${at}/default`, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} must be one of ${input.enum?.join(', ') ?? ''} (got ${show(d)})`);
            }
            else {
                input.default = d;
            }
        }
        out[name] = input;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/workflow/validate-steps.ts







const KINDS = ['shell', 'llm', 'sandbox', 'agent', 'approval'];
const STEP_KEYS = [
    'id',
    'name',
    'needs',
    'if',
    'timeout',
    'retry',
    'continue_on_error',
    'budget',
    ...KINDS,
];
const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five'];
/** Duration fields inside each kind's config (kept raw in the config; checked here). */
const KIND_DURATIONS = {
    sandbox: ['timeout'],
    agent: ['command_timeout'],
    approval: ['timeout'],
};
const SINGLE_EXPRESSION = /^\s*\$\{\{[\s\S]*\}\}\s*$/;
function readStep(step, index, r) {
    if (!(0,workflow_where/* isObject */.Gv)(step))
        return undefined;
    const { problems } = r;
    const pointer = `/steps/${index}`;
    const kinds = Object.keys(step).filter((k) => KINDS.includes(k));
    const kind = kinds[0];
    if (kind === undefined) {
        // A misspelt kind key ("sandbx") was reported already, with the right spelling.
        const misspelt = Object.keys(step).some((k) => !STEP_KEYS.includes(k) && closest(k, KINDS) !== undefined);
        if (!misspelt) {
            problems.value(pointer, (w) => `${w.step} has no kind: add one of ${KINDS.join(', ')}`);
        }
    }
    else if (kinds.length > 1) {
        problems.key((0,positions/* childPointer */.Y2)(pointer, kinds[1] ?? kind), (w) => `${w.step} has ${COUNT_WORDS[kinds.length] ?? kinds.length} kinds (${kinds.join(', ')}): a step does one thing`);
    }
    else if (!r.registry.has(kind)) {
        const supported = [...r.registry.keys()].join(', ') || 'none';
        problems.key((0,positions/* childPointer */.Y2)(pointer, kind), (w) => `${w.step}: the ${kind} kind is not supported by this build (supported: ${supported})`);
    }
    const { config, configPointers } = mergeConfig(step, kind, pointer, r.defaults);
    const own = kind === undefined ? undefined : step[kind];
    // A kind section that is not a mapping was reported by the schema; its fields are unknown.
    if (kind !== undefined && (0,workflow_where/* isObject */.Gv)(own)) {
        const ownKeys = Object.keys(own);
        // A misspelt field ("promt") was reported as an unknown key, with the right spelling.
        const misspelt = (field) => ownKeys.some((k) => k !== field && closest(k, [field]) !== undefined);
        checkKindConfig(kind, config, configPointers, pointer, problems, misspelt);
    }
    const spec = {
        id: typeof step.id === 'string' ? step.id : `steps[${index}]`,
        index,
        kind: kind ?? '',
        needs: [],
        retry: { maxAttempts: 1, backoffMs: 1000 },
        continueOnError: false,
        config,
        pointer,
    };
    if (typeof step.name === 'string')
        spec.name = step.name;
    const timeoutMs = validate_values_duration(step.timeout, `${pointer}/timeout`, problems);
    if (timeoutMs !== undefined)
        spec.timeoutMs = timeoutMs;
    if ((0,workflow_where/* isObject */.Gv)(step.retry)) {
        if (typeof step.retry.max_attempts === 'number')
            spec.retry.maxAttempts = step.retry.max_attempts;
        const backoff = validate_values_duration(step.retry.backoff, `${pointer}/retry/backoff`, problems);
        if (backoff !== undefined)
            spec.retry.backoffMs = backoff;
    }
    const continueOnError = step.continue_on_error;
    if (typeof continueOnError === 'boolean')
        spec.continueOnError = continueOnError;
    else if (typeof continueOnError === 'string') {
        singleExpression(continueOnError, `${pointer}/continue_on_error`, problems);
        spec.continueOnError = continueOnError;
    }
    const budget = readStepBudget(step.budget, `${pointer}/budget`, r.budget, problems);
    if (budget !== undefined)
        spec.budgetMicros = budget;
    (0,config_source/* recordConfigSources */._)(spec, configPointers);
    return { spec, configPointers };
}
/** The durations of `defaults`, once for the file rather than once per step. */
function checkDefaults(defaults, problems) {
    if (!(0,workflow_where/* isObject */.Gv)(defaults))
        return;
    for (const [kind, fields] of Object.entries(KIND_DURATIONS)) {
        const section = defaults[kind];
        if (!(0,workflow_where/* isObject */.Gv)(section))
            continue;
        for (const field of fields)
            validate_values_duration(section[field], `/defaults/${kind}/${field}`, problems);
    }
}
/** `defaults.<kind>` under the step's own fields, key by key (the step wins). */
function mergeConfig(step, kind, pointer, defaults) {
    const config = {};
    const configPointers = new Map();
    if (kind === undefined)
        return { config, configPointers };
    const fromDefaults = (0,workflow_where/* isObject */.Gv)(defaults) ? defaults[kind] : undefined;
    if ((0,workflow_where/* isObject */.Gv)(fromDefaults)) {
        for (const [key, value] of Object.entries(fromDefaults)) {
            config[key] = value;
            configPointers.set(key, (0,positions/* childPointer */.Y2)(`/defaults/${kind}`, key));
        }
    }
    const own = step[kind];
    if ((0,workflow_where/* isObject */.Gv)(own)) {
        for (const [key, value] of Object.entries(own)) {
            config[key] = value;
            configPointers.set(key, (0,positions/* childPointer */.Y2)(`${pointer}/${kind}`, key));
        }
    }
    return { config, configPointers };
}
/** What each kind needs once defaults are merged in, and the rules the schema cannot say. */
function checkKindConfig(kind, config, pointers, stepPointer, problems, misspelt) {
    const at = `${stepPointer}/${kind}`;
    const missing = (field) => {
        if (!misspelt(field)) {
            problems.key(at, (w) => `${w.step}: ${kind} has no ${field}; set ${kind}.${field} or defaults.${kind}.${field}`);
        }
    };
    for (const field of KIND_DURATIONS[kind] ?? []) {
        const p = pointers.get(field);
        // Durations from defaults are checked once, by checkDefaults.
        if (p && !p.startsWith('/defaults/'))
            validate_values_duration(config[field], p, problems);
    }
    if (kind === 'llm' || kind === 'agent') {
        if (config.model === undefined)
            missing('model');
    }
    if (kind === 'llm') {
        const hasPrompt = config.prompt !== undefined;
        const hasMessages = config.messages !== undefined;
        if (!hasPrompt && !hasMessages && !misspelt('prompt') && !misspelt('messages')) {
            problems.key(at, (w) => `${w.step}: llm needs a prompt or messages`);
        }
        else if (hasPrompt && hasMessages) {
            problems.key(pointers.get('messages') ?? at, (w) => `${w.step}: llm has both prompt and messages; use one`);
        }
    }
    if (kind === 'sandbox') {
        if (config.image === undefined)
            missing('image');
        hostNetwork(config, pointers.get('network'), problems);
        nonRootUser(config, pointers.get('user'), problems);
    }
    if (kind === 'agent') {
        const sandbox = config.sandbox;
        if (!(0,workflow_where/* isObject */.Gv)(sandbox) || sandbox.image === undefined) {
            problems.key(at, (w) => `${w.step}: agent has no sandbox.image; set agent.sandbox.image or defaults.agent.sandbox.image`);
        }
        else {
            const p = pointers.get('sandbox');
            hostNetwork(sandbox, p && `${p}/network`, problems);
            nonRootUser(sandbox, p && `${p}/user`, problems);
        }
    }
    if (kind === 'sandbox' || kind === 'agent') {
        const p = pointers.get('protected_paths_allowed');
        if (p)
            protectedPathsAllowed(config.protected_paths_allowed, p, problems);
    }
    if (kind === 'approval' && typeof config.auto_approve === 'string') {
        singleExpression(config.auto_approve, pointers.get('auto_approve') ?? at, problems);
    }
}
/** Each entry names a protected place a step may open; `.git` never, a misspelling with a suggestion. */
function protectedPathsAllowed(value, pointer, problems) {
    if (!Array.isArray(value))
        return; // the schema said it is a list
    value.forEach((entry, i) => {
        if (typeof entry !== 'string')
            return;
        if (PROTECTED_PATH_NAMES.includes(entry))
            return;
        const at = (0,positions/* childPointer */.Y2)(pointer, String(i));
        const bare = entry.replace(/\/+$/, '');
        if (bare.toLowerCase() === '.git' || bare.toLowerCase().startsWith('.git/')) {
            problems.value(at, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} names ${entry}, which can never be allowed: nothing under .git is ever taken back from a step`);
            return;
        }
        const known = PROTECTED_PATH_NAMES.find((n) => n === bare);
        problems.value(at, (w) => known
            ? `${(0,workflow_where/* subjectOf */.et)(w)} is '${entry}'; write it '${known}'`
            : `${(0,workflow_where/* subjectOf */.et)(w)} is '${entry}', which is not a protected path${didYouMean(entry, PROTECTED_PATH_NAMES)}; the protected paths are ${PROTECTED_PATH_NAMES.join(', ')}`);
    });
}
/** Containers run as a non-root user; root would undo much of the hardening. */
function nonRootUser(config, pointer, problems) {
    const user = config.user;
    if (pointer === undefined || (typeof user !== 'string' && typeof user !== 'number'))
        return;
    if (String(user)
        .split(':')
        .some((part) => /^0+$/.test(part))) {
        problems.value(pointer, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} must not be root (0); sandboxes run as a non-root user`);
    }
}
function hostNetwork(config, pointer, problems) {
    if (config.network === 'host' && config.allow_host_network !== true && pointer) {
        problems.value(pointer, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} is host, which needs allow_host_network: true beside it; the default, none, keeps the container offline`);
    }
}
/** Strings that the schema lets through as "one ${{ }}" but that hold two, or text between. */
function singleExpression(value, pointer, problems) {
    if (SINGLE_EXPRESSION.test(value) && !isSingleExpression(value)) {
        problems.value(pointer, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} must be true, false or exactly one \${{ }} expression`);
    }
}

;// CONCATENATED MODULE: ./src/workflow/validate.ts





const DEFAULT_MAX_PARALLEL = 4;
/** Builds the Workflow, reporting every semantic problem; returns the kinds' own diagnostics too. */
function validateWorkflow(v) {
    const { root, problems, map, registry } = v;
    const inputs = readInputs(root.inputs, problems);
    const budget = readBudget(root.budget, problems);
    const models = readModels(root.models, problems);
    const steps = Array.isArray(root.steps) ? root.steps : [];
    const graph = buildGraph(steps, problems);
    checkDefaults(root.defaults, problems);
    const drafts = steps.map((step, i) => readStep(step, i, { problems, defaults: root.defaults, budget, registry }));
    const facts = {
        map,
        problems,
        graph,
        inputs,
        kinds: drafts.map((d) => d?.spec.kind || undefined),
    };
    drafts.forEach((draft, i) => {
        if (!draft)
            return;
        const step = steps[i];
        const spec = draft.spec;
        spec.needs = (graph.needs[i] ?? []).map((n) => graph.ids[n] ?? `steps[${n}]`);
        const scope = { contexts: CONTEXTS, step: i };
        if (typeof step.if === 'string') {
            const condition = checkIf(step.if, `${spec.pointer}/if`, scope, facts);
            if (condition !== undefined)
                spec.if = condition;
        }
        else if (typeof step.if === 'boolean') {
            spec.if = String(step.if);
        }
        if (typeof step.continue_on_error === 'string') {
            checkValue(step.continue_on_error, `${spec.pointer}/continue_on_error`, scope, facts);
        }
        const literal = new Set(['run', ...(registry.get(spec.kind)?.literalKeys ?? [])]);
        for (const [key, value] of Object.entries(spec.config)) {
            const pointer = draft.configPointers.get(key) ?? spec.pointer;
            if (literal.has(key))
                checkLiteral(value, pointer, problems);
            else
                checkValue(value, pointer, scope, facts);
        }
    });
    if (root.env !== undefined)
        checkValue(root.env, '/env', { contexts: TOP_ENV_CONTEXTS }, facts);
    if (root.outputs !== undefined)
        checkValue(root.outputs, '/outputs', { contexts: CONTEXTS }, facts);
    const workflow = {
        file: v.file,
        hash: v.hash,
        version: 1,
        name: typeof root.name === 'string' ? root.name : baseName(v.file),
        inputs,
        env: (0,workflow_where/* isObject */.Gv)(root.env) ? root.env : {},
        models,
        maxParallel: typeof root.max_parallel === 'number' &&
            Number.isInteger(root.max_parallel) &&
            root.max_parallel >= 1
            ? root.max_parallel
            : DEFAULT_MAX_PARALLEL,
        steps: drafts.filter((d) => d !== undefined).map((d) => d.spec),
        outputs: (0,workflow_where/* isObject */.Gv)(root.outputs) ? root.outputs : {},
        positionOf: map.index,
    };
    if (typeof root.description === 'string')
        workflow.description = root.description;
    if (budget)
        workflow.budget = budget;
    return { workflow, extra: kindDiagnostics(workflow, registry, problems) };
}
/** `run` reaches a shell: a value pasted into it is script injection, so it never holds `${{ }}`. */
function checkLiteral(value, pointer, problems) {
    if (typeof value !== 'string')
        return;
    const at = value.indexOf('${{');
    if (at < 0)
        return;
    problems.at(problems.map.offsetInString(pointer, value, at), pointer, (w) => `${(0,workflow_where/* subjectOf */.et)(w)} must not contain \${{ }}: pass the value through env (env: { NAME: \${{ … }} }) and use "$NAME"`);
}
/** Each kind's own checks (e.g. a model with no price), for steps that are otherwise sound. */
function kindDiagnostics(workflow, registry, problems) {
    const out = [];
    for (const step of workflow.steps) {
        const kind = registry.get(step.kind);
        if (!kind?.validate || problems.hasWithin(step.pointer))
            continue;
        try {
            out.push(...kind.validate(step, workflow));
        }
        catch (error) {
            const range = workflow.positionOf(step.pointer);
            out.push({
                file: range.file,
                line: range.start.line,
                col: range.start.col,
                message: `step '${step.id}': the ${step.kind} kind's checks failed: ${error instanceof Error ? error.message : String(error)}`,
            });
        }
    }
    return out;
}
function baseName(file) {
    const base = file.split(/[\\/]/).pop() ?? file;
    return base.replace(/\.ya?ml$/i, '') || base;
}

;// CONCATENATED MODULE: ./src/workflow/load.ts
// Reads, parses and validates a workflow file (DESIGN.md §2): YAML with positions, the JSON
// Schema, then the semantic pass. Every problem is collected, not just the first.










/** Reads, parses and validates a workflow file; throws WorkflowError with every problem found. */
async function loadWorkflow(path, options) {
    const where = options.cwd === undefined ? path : (0,external_node_path_.resolve)(options.cwd, path);
    let bytes;
    try {
        const { size } = await (0,promises_.stat)(where);
        if (size > MAX_FILE_BYTES) {
            throw new errors/* WorkflowError */.s8([
                at(path, `the file is ${size} bytes, over the limit of ${MAX_FILE_BYTES} bytes (1 MiB)`),
            ]);
        }
        bytes = await (0,promises_.readFile)(where);
    }
    catch (error) {
        if (error instanceof errors/* WorkflowError */.s8)
            throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new errors/* WorkflowError */.s8([at(path, `cannot read the workflow file (${reason})`)]);
    }
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        // The bytes before the bad one decode exactly, so their length is its offset in the text.
        const before = bytes
            .subarray(0, bad)
            .toString('utf8')
            .replace(/^\uFEFF/, '');
        const { line, col } = new positions/* SourceMap */.oY(path, before.replace(/\r(?!\n)/g, '\n')).position(before.length);
        const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
        throw new errors/* WorkflowError */.s8([
            {
                file: path,
                line,
                col,
                message: `byte 0x${hex} (at byte offset ${bad}) is not valid UTF-8; workflow files are UTF-8 text, so save the file as UTF-8`,
            },
        ]);
    }
    return check(bytes.toString('utf8'), path, options, sha256(bytes));
}
/** Offset of the first byte that does not belong to well-formed UTF-8 (RFC 3629), or -1. */
function firstInvalidUtf8(bytes) {
    if ((0,external_node_buffer_.isUtf8)(bytes))
        return -1;
    for (let i = 0; i < bytes.length;) {
        const b = bytes[i] ?? 0;
        if (b < 0x80) {
            i += 1;
            continue;
        }
        // Lead byte: length, and the range the second byte must lie in (no overlongs, no surrogates).
        const [length, low, high] = b >= 0xc2 && b <= 0xdf
            ? [2, 0x80, 0xbf]
            : b === 0xe0
                ? [3, 0xa0, 0xbf]
                : b === 0xed
                    ? [3, 0x80, 0x9f]
                    : b >= 0xe1 && b <= 0xef
                        ? [3, 0x80, 0xbf]
                        : b === 0xf0
                            ? [4, 0x90, 0xbf]
                            : b === 0xf4
                                ? [4, 0x80, 0x8f]
                                : b >= 0xf1 && b <= 0xf3
                                    ? [4, 0x80, 0xbf]
                                    : [0, 0, 0];
        if (length === 0)
            return i;
        for (let k = 1; k < length; k++) {
            const c = bytes[i + k];
            const [lo, hi] = k === 1 ? [low, high] : [0x80, 0xbf];
            if (c === undefined || c < lo || c > hi)
                return i;
        }
        i += length;
    }
    return -1;
}
/** The same from text already in memory (`file` is used in messages only). */
function parseWorkflow(source, file, options) {
    return check(source, file, options, sha256(Buffer.from(source, 'utf8')));
}
function check(source, file, options, hash) {
    const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
    const { value, map, problems, broken } = parseYaml(text, file);
    if (broken)
        throw new errors/* WorkflowError */.s8(problems.diagnostics(undefined));
    if (!(0,workflow_where/* isObject */.Gv)(value)) {
        const what = value === undefined || value === null ? 'is empty' : 'is not a mapping';
        problems.at(0, '', `the workflow ${what}; it needs at least version: 1 and steps`);
        throw new errors/* WorkflowError */.s8(problems.diagnostics(value));
    }
    checkSchema(value, problems);
    const { workflow, extra } = validateWorkflow({
        root: value,
        file,
        hash,
        map,
        problems,
        registry: options.registry,
    });
    const diagnostics = problems.diagnostics(value, extra);
    if (diagnostics.length > 0)
        throw new errors/* WorkflowError */.s8(diagnostics);
    return workflow;
}
function at(file, message) {
    return { file, line: 1, col: 1, message };
}
function sha256(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}

;// CONCATENATED MODULE: ./src/setup/engine.ts


const engine = {
    load: loadWorkflow,
    // The scheduler is loaded for a run only, so validating or planning a file does not load it.
    run: async (options) => (await __webpack_require__.e(/* import() */ 936).then(__webpack_require__.bind(__webpack_require__, 26936))).runWorkflow(options),
    registry: builtinKinds,
};
/** The engine refused the run's inputs (missing, unknown, wrong type): invalid input, like a bad flag. */
function isInputError(err) {
    return err instanceof Error && err.name === 'InputError';
}


/***/ }),

/***/ 98072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fv: () => (/* binding */ gateWaitBoundMs),
/* harmony export */   iG: () => (/* binding */ approvalKind)
/* harmony export */ });
/* unused harmony exports readPolicy, autoApproved */
/* harmony import */ var _engine_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3171);
/* harmony import */ var _workflow_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29658);
/* harmony import */ var _workflow_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61437);
/* harmony import */ var _github_gateway_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8317);
/* harmony import */ var _github_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65358);
// The `approval` step kind (DESIGN.md §2, §6): reads its rendered fields, asks the
// gateway (GitHub or local), and turns the decision into the step's outcome.





/** Milliseconds of a rendered `timeout`, or undefined when it is not a duration. */
function durationMs(value) {
    if (typeof value !== 'number' && typeof value !== 'string')
        return undefined;
    const parsed = (0,_workflow_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(value);
    return 'ms' in parsed ? parsed.ms : undefined;
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value) => typeof value === 'string'
    ? [value]
    : Array.isArray(value)
        ? value.filter((v) => typeof v === 'string')
        : [];
const isRole = (value) => typeof value === 'string' && _github_gateway_js__WEBPACK_IMPORTED_MODULE_3__/* .ROLES */ .gg.includes(value);
/** The approver policy from rendered config; a problem as one sentence. */
function readPolicy(config) {
    const raw = isObject(config.approvers) ? config.approvers : {};
    const users = strings(raw.users);
    const teams = strings(raw.teams);
    if (raw.permission !== undefined && !isRole(raw.permission)) {
        return `approvers.permission must be one of ${_github_gateway_js__WEBPACK_IMPORTED_MODULE_3__/* .ROLES */ .gg.join(', ')}, not ${JSON.stringify(raw.permission)}`;
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
function gateWaitBoundMs(step) {
    const raw = step.config.timeout;
    if (typeof raw === 'string' && raw.includes('${{'))
        return 'templated';
    const own = durationMs(raw);
    const bounds = [own, step.timeoutMs].filter((ms) => ms !== undefined);
    return bounds.length === 0 ? undefined : Math.min(...bounds);
}
/** An `auto_approve` value counts only when it is exactly true (or the string "true"). */
function autoApproved(value) {
    return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}
function validate(step, workflow) {
    const problems = [];
    const at = (key, message) => problems.push((0,_workflow_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnosticAt */ .R5)(workflow.positionOf(`${step.pointer}/approval${key}`), message));
    const literal = (value) => !(typeof value === 'string' && value.includes('${{'));
    const config = step.config;
    if (!JSON.stringify(config.approvers ?? null).includes('${{')) {
        const policy = readPolicy(config);
        if (typeof policy === 'string')
            at('/approvers', policy);
    }
    if (config.timeout !== undefined &&
        literal(config.timeout) &&
        durationMs(config.timeout) === undefined) {
        at('/timeout', `timeout must be a duration such as 30m or 24h, not ${JSON.stringify(config.timeout)}`);
    }
    if (config.on_timeout !== undefined &&
        config.on_timeout !== 'fail' &&
        config.on_timeout !== 'reject') {
        at('/on_timeout', `on_timeout must be fail or reject, not ${JSON.stringify(config.on_timeout)}`);
    }
    return problems;
}
function gateFor(ctx, policy) {
    const { config } = ctx;
    const timeoutMs = durationMs(config.timeout);
    // A gate continued in a later job keeps the deadline it was given when first asked.
    const openedAt = ctx.firstStartedAt ?? ctx.clock.now();
    let deadline = timeoutMs === undefined ? undefined : openedAt + timeoutMs;
    // Stop a moment before the step's own timeout aborts us, so the gate records the timeout.
    if (ctx.deadline !== undefined)
        deadline = Math.min(deadline ?? Infinity, ctx.deadline - 1000);
    const message = typeof config.message === 'string' && config.message.trim() !== ''
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
function outcomeOf(gate, decision) {
    const outputs = (0,_github_record_js__WEBPACK_IMPORTED_MODULE_4__/* .decisionOutputs */ .NT)(decision);
    const who = decision.approvers.join(', ');
    switch (decision.decision) {
        case 'approved':
            return { status: 'succeeded', outputs };
        case 'rejected': {
            const reason = decision.comment === '' ? '' : ` (${decision.comment.split(/\r?\n/).join(' ')})`;
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
async function run(ctx) {
    const policy = readPolicy(ctx.config);
    const fail = (error) => ({ status: 'failed', outputs: {}, error });
    if (typeof policy === 'string')
        return fail(policy);
    if (ctx.config.timeout !== undefined && durationMs(ctx.config.timeout) === undefined) {
        return fail('its timeout must be a duration such as 30m or 24h');
    }
    const gateway = ctx.services.approvals;
    if (gateway === undefined)
        throw new _engine_types_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentError */ .eG('it has no way to ask anyone for a decision', 'github');
    const gate = gateFor(ctx, policy);
    const options = { clock: ctx.clock, signal: ctx.signal, log: (m) => ctx.log.info(m) };
    try {
        const decision = autoApproved(ctx.config.auto_approve)
            ? await gateway.recordPolicyApproval(gate, options)
            : await gateway.decide(gate, options);
        return outcomeOf(gate, decision);
    }
    catch (error) {
        if (ctx.signal.aborted)
            throw ctx.signal.reason;
        // Nowhere to ask, or GitHub unreachable after retries: wflo's environment, not the gate's work.
        if (error instanceof _github_gateway_js__WEBPACK_IMPORTED_MODULE_3__/* .ApprovalSetupError */ .Jf)
            throw new _engine_types_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentError */ .eG(error.message, 'github', { cause: error });
        const detail = error instanceof Error ? error.message : String(error);
        throw new _engine_types_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentError */ .eG(`it could not reach GitHub (${detail})`, 'github', { cause: error });
    }
}
// A gate: changes made by the steps before it reach the checkout only once it approves.
const approvalKind = { kind: 'approval', gatesChanges: true, validate, run };


/***/ }),

/***/ 98372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jg: () => (/* binding */ contentFiltered),
/* harmony export */   qT: () => (/* binding */ llmKind),
/* harmony export */   vi: () => (/* binding */ attemptMeter)
/* harmony export */ });
/* harmony import */ var _cost_ledger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2964);
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10369);
/* harmony import */ var _cost_prices_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51295);
/* harmony import */ var _workflow_config_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47521);
/* harmony import */ var _engine_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3171);
/* harmony import */ var _llm_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22156);
/* harmony import */ var _llm_model_params_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36537);
/* harmony import */ var _llm_step_config_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(57376);
/* harmony import */ var _llm_structured_output_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(27264);
/* harmony import */ var _output_schema_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(59804);
/* harmony import */ var _workflow_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(29658);











const EXPRESSION = /\$\{\{/;
const llmKind = {
    kind: 'llm',
    validate: validateLlmStep,
    run: runLlmStep,
};
function validateLlmStep(step, workflow) {
    const problems = [];
    const { model } = step.config;
    // A model chosen by an expression is priced when the step runs.
    if (typeof model === 'string' && !EXPRESSION.test(model) && !(0,_cost_prices_js__WEBPACK_IMPORTED_MODULE_2__/* .priceOf */ .xx)(model.trim(), workflow)) {
        problems.push((0,_workflow_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .diagnosticAt */ .R5)(rangeOf(step, workflow, 'model'), noPriceMessage(model.trim())));
    }
    problems.push(...(0,_output_schema_js__WEBPACK_IMPORTED_MODULE_8__/* .outputSchemaDiagnostics */ .D)(step, workflow));
    return problems;
}
/** Where the field was written: in the step, or in `defaults.llm`. */
function rangeOf(step, workflow, field) {
    return workflow.positionOf((0,_workflow_config_source_js__WEBPACK_IMPORTED_MODULE_3__/* .configPointer */ .I)(step, field));
}
function noPriceMessage(model) {
    return (`model '${model}' has no known price, so its calls cannot be budgeted; ` +
        `give one in USD per million tokens at the top level of the workflow: ${(0,_cost_prices_js__WEBPACK_IMPORTED_MODULE_2__/* .priceHint */ .Ly)(model)}`);
}
async function runLlmStep(ctx) {
    const stepId = ctx.step.id;
    const failed = (error, outputs = {}) => ({
        status: 'failed',
        outputs,
        error,
    });
    const llm = ctx.services.llm;
    if (!llm)
        throw new _engine_types_js__WEBPACK_IMPORTED_MODULE_4__/* .EnvironmentError */ .eG('it needs an OpenAI-compatible API and no key is set', 'model_api');
    const parsed = (0,_llm_step_config_js__WEBPACK_IMPORTED_MODULE_10__/* .chatRequestOf */ .JY)(stepId, ctx.config);
    if (!parsed.ok)
        return failed(parsed.error);
    let request = parsed.request;
    const price = (0,_cost_prices_js__WEBPACK_IMPORTED_MODULE_2__/* .priceOf */ .xx)(request.model, ctx.run.workflow);
    if (!price)
        return failed(noPriceMessage(request.model));
    // The request carries the strict form of the schema; the answer is read against the user's own.
    let output;
    if (request.json_schema) {
        const prepared = (0,_llm_structured_output_js__WEBPACK_IMPORTED_MODULE_7__/* .structuredOutput */ .h)(request.json_schema.name, request.json_schema.schema, 'llm.output_schema');
        if (!prepared.ok)
            return failed(prepared.error);
        output = prepared.output;
        request = { ...request, json_schema: output.format };
    }
    if (request.temperature !== undefined && !(0,_llm_model_params_js__WEBPACK_IMPORTED_MODULE_6__/* .modelParameters */ .aD)(request.model).temperature) {
        ctx.log.warn(`${request.model} takes no temperature; sending the call without it`);
    }
    // Token counting and its rank tables (megabytes) load with the first call, not at start-up.
    const [{ estimateLlmCall }, { countAhead }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(779)]).then(__webpack_require__.bind(__webpack_require__, 10779)),
        Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(235)]).then(__webpack_require__.bind(__webpack_require__, 30235)),
    ]);
    // A megabyte of step output in the prompt is counted in slices; a cancel stops it here.
    await countAhead(request.model, request.messages, ctx.signal);
    const estimate = estimateLlmCall(request, price);
    const meter = attemptMeter(ctx, estimate, price);
    let result;
    try {
        result = await llm.chat(request, { signal: ctx.signal, beforeAttempt: meter.beforeAttempt });
    }
    catch (error) {
        if (error instanceof _cost_ledger_js__WEBPACK_IMPORTED_MODULE_0__/* .BudgetExceededError */ .Zq) {
            return {
                status: 'budget_exceeded',
                outputs: costOutputs(meter.chargedMicros),
                error: budgetSentence(error, ctx.ledger, request.model, estimate),
                costMicros: meter.chargedMicros,
            };
        }
        // Cancel and step timeout are the scheduler's to report.
        if (ctx.signal.aborted)
            throw ctx.signal.reason;
        // The endpoint down (after the SDK's retries) is wflo's environment, not the step's answer.
        if ((0,_llm_client_js__WEBPACK_IMPORTED_MODULE_5__/* .isOutage */ .u)(error))
            return {
                ...failed(error.message, costOutputs(meter.chargedMicros)),
                costMicros: meter.chargedMicros,
                environment: 'model_api',
            };
        return {
            ...failed(error instanceof Error ? error.message : String(error), costOutputs(meter.chargedMicros)),
            costMicros: meter.chargedMicros,
        };
    }
    const usage = result.usage ?? zeroUsage();
    const outputs = {
        text: result.text,
        json: null,
        model: result.model,
        finish_reason: result.finish_reason,
        usage: { ...usage },
        cost_usd: (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_1__/* .microsToUsd */ .$Y)(meter.chargedMicros),
    };
    const done = (status, error) => ({
        status,
        outputs,
        usage,
        costMicros: meter.chargedMicros,
        ...(error ? { error } : {}),
    });
    if (result.refusal)
        return done('failed', `${result.model} refused to answer: ${oneLine(result.refusal)}`);
    if (result.finish_reason === 'content_filter')
        return done('failed', contentFiltered(result.model));
    if (output) {
        const answer = output.read(result.text, {
            finish: result.finish_reason,
            maxTokens: request.max_tokens,
        });
        if (!answer.ok)
            return done('failed', `${result.model} answered ${answer.why}`);
        outputs.json = answer.value;
    }
    else if (result.finish_reason === 'length') {
        ctx.log.warn(`the reply was cut at max_tokens (${request.max_tokens})`);
    }
    return done('succeeded');
}
/** Reserves `estimate` before each HTTP attempt of one call and settles it by what came back. */
function attemptMeter(ctx, estimate, price, what = `llm step '${ctx.step.id}'`) {
    let charged = 0;
    return {
        get chargedMicros() {
            return charged;
        },
        beforeAttempt(attempt) {
            const label = `${what} (${price.model}, call attempt ${attempt})`;
            const reservation = ctx.ledger.reserve(ctx.step.id, estimate.reservationMicros, label);
            return {
                settle(usage) {
                    const cost = (0,_cost_prices_js__WEBPACK_IMPORTED_MODULE_2__/* .costMicros */ .dQ)(price, usage);
                    if (cost > reservation.amountMicros) {
                        // The server billed more than the bound: charge the truth and say so.
                        ctx.log.warn(`${label} cost ${(0,_cost_ledger_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMicros */ .tF)(cost)}, above its reservation of ${(0,_cost_ledger_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMicros */ .tF)(reservation.amountMicros)}`);
                    }
                    reservation.settle(cost);
                    charged += cost;
                },
                release() {
                    reservation.settle(0);
                },
                keep() {
                    reservation.keep();
                    charged += reservation.amountMicros;
                },
            };
        },
    };
}
function budgetSentence(error, ledger, model, estimate) {
    const d = error.details;
    const spent = d.scope === 'run' ? ledger.spentMicros() : ledger.stepSpentMicros(d.stepId);
    const held = d.committedMicros - spent;
    const whose = d.scope === 'run' ? "the run's budget" : `the step's budget`;
    return (`step '${d.stepId}' did not call ${model}: its reservation of ${(0,_cost_ledger_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMicros */ .tF)(d.requestedMicros)} ` +
        `(${estimate.input.tokens} input tokens at most, ${estimate.maxOutputTokens} output tokens at most) ` +
        `does not fit ${whose} of ${(0,_cost_ledger_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMicros */ .tF)(d.limitMicros)}, of which ${(0,_cost_ledger_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMicros */ .tF)(spent)} is spent` +
        (held > 0 ? ` and ${(0,_cost_ledger_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMicros */ .tF)(held)} is held by calls in flight` : ''));
}
function costOutputs(micros) {
    return { cost_usd: (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_1__/* .microsToUsd */ .$Y)(micros) };
}
function zeroUsage() {
    return { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, reasoning_tokens: 0 };
}
/** finish_reason content_filter: the provider withheld the answer (or part of it). */
function contentFiltered(model) {
    return `${model}'s answer was withheld by the provider's content filter (finish_reason content_filter); change the prompt or the input it quotes`;
}
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}


/***/ }),

/***/ 44209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qj: () => (/* binding */ checkCondition),
  BU: () => (/* binding */ checkTemplate),
  F9: () => (/* binding */ evaluateCondition),
  ii: () => (/* binding */ referencesIn),
  AI: () => (/* binding */ renderValue),
  LL: () => (/* binding */ splitTemplate)
});

// UNUSED EXPORTS: ExpressionError, FUNCTION_NAMES, STATUS_FUNCTIONS, WFLO_CONTEXTS, checkExpression, evaluateExpression, hasExpression

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/result.js
var result = __webpack_require__(96856);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 15 modules
var dist = __webpack_require__(1281);
;// CONCATENATED MODULE: ./src/workflow/expression-data.ts
// Converts between plain JSON and @actions/expressions data, lazily and without reaching prototypes.

const isOwnEnumerable = Object.prototype.propertyIsEnumerable;
/**
 * A read-only, case-insensitive view of a plain object that converts a key only when an
 * expression reads it: `steps` may hold a thousand steps' outputs, and converting them all
 * for every rendered string would dominate a run. Only own enumerable keys exist here, so
 * `constructor` or `__proto__` read from data are data (or null), never the prototype.
 */
class JsonDictionary extends dist/* data.Dictionary */.p.bT {
    #source;
    #nullWhenMissing;
    #converted = new Map();
    #lowerKeys;
    constructor(source, nullWhenMissing = false) {
        super();
        this.#source = source;
        this.#nullWhenMissing = nullWhenMissing;
    }
    add() {
        throw new Error('A context dictionary is read-only.');
    }
    get(key) {
        const own = this.#resolve(key);
        if (own === undefined)
            return this.#nullWhenMissing ? new dist/* data.Null */.p.Uv() : undefined;
        return this.#valueOf(own);
    }
    values() {
        return this.pairs().map((p) => p.value);
    }
    pairs() {
        return [...this.#keyIndex().values()].map((key) => ({ key, value: this.#valueOf(key) }));
    }
    // An exact own key is the common case and costs no scan; otherwise match case-insensitively.
    #resolve(key) {
        if (isOwnEnumerable.call(this.#source, key))
            return key;
        return this.#keyIndex().get(key.toLowerCase());
    }
    // Lower-cased key → the first own key spelling it, as data.Dictionary keeps the first of duplicates.
    #keyIndex() {
        if (this.#lowerKeys === undefined) {
            this.#lowerKeys = new Map();
            for (const key of Object.keys(this.#source)) {
                const lower = key.toLowerCase();
                if (!this.#lowerKeys.has(lower))
                    this.#lowerKeys.set(lower, key);
            }
        }
        return this.#lowerKeys;
    }
    // Cached, so reading the same object twice gives the same reference (GitHub compares objects by reference).
    #valueOf(key) {
        let value = this.#converted.get(key);
        if (value === undefined) {
            value = toData(this.#source[key]);
            this.#converted.set(key, value);
        }
        return value;
    }
}
/** Plain JSON (or anything else: functions and symbols become null) → expression data. */
function toData(value) {
    switch (typeof value) {
        case 'string':
            return new dist/* data.StringData */.p.uQ(value);
        case 'number':
            return new dist/* data.NumberData */.p.Q9(value);
        case 'boolean':
            return new dist/* data.BooleanData */.p.bo(value);
        case 'object': {
            if (value === null)
                return new dist/* data.Null */.p.Uv();
            if (Array.isArray(value)) {
                const array = new dist/* data.Array */.p.O3();
                for (const item of value)
                    array.add(toData(item));
                return array;
            }
            return new JsonDictionary(value);
        }
        default:
            return new dist/* data.Null */.p.Uv();
    }
}
/** Expression data → plain JSON, with keys such as `__proto__` kept as own data properties. */
function expression_data_fromData(value) {
    switch (value.kind) {
        case dist/* data.Kind */.p.b8.Null:
            return null;
        case dist/* data.Kind */.p.b8.Boolean:
        case dist/* data.Kind */.p.b8.Number:
        case dist/* data.Kind */.p.b8.String:
            return value.value;
        case dist/* data.Kind */.p.b8.Array:
            return value.values().map(expression_data_fromData);
        case dist/* data.Kind */.p.b8.Dictionary: {
            const out = {};
            for (const { key, value: item } of value.pairs())
                setOwn(out, key, expression_data_fromData(item));
            return out;
        }
    }
}
/** Sets an own enumerable property even for `__proto__`, where `obj[key] = v` would swap the prototype. */
function setOwn(target, key, value) {
    Object.defineProperty(target, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
    });
}

;// CONCATENATED MODULE: ./src/workflow/expression-evaluate.ts
// Evaluates a parsed, checked expression against lazily converted context data.

/** An evaluation failure located at the function call that failed (offset relative to the expression text). */
class EvaluationFailure extends Error {
    offset;
    constructor(message, offset, options) {
        super(message, options);
        this.offset = offset;
        this.name = 'EvaluationFailure';
    }
}
/** Finds a located failure anywhere in a cause chain (the package wraps index errors in plain Errors). */
function locatedFailure(e) {
    for (let cur = e, depth = 0; cur instanceof Error && depth < 20; cur = cur.cause, depth++) {
        if (cur instanceof EvaluationFailure)
            return cur;
    }
    return undefined;
}
/**
 * GitHub's evaluator refuses to hold more than 1 MiB of strings built by functions at once,
 * counted as .NET does (two bytes a character); wflo holds the same line.
 */
const MAX_EXPRESSION_MEMORY_BYTES = 1024 * 1024;
class LocatingEvaluator extends dist/* Evaluator */.oi {
    #expr;
    /** Bytes of function results still held: a call's arguments are released when it returns its own. */
    #held = 0;
    constructor(expr, context, functions) {
        super(expr.tree, context, functions);
        this.#expr = expr;
    }
    visitFunctionCall(call) {
        const mark = this.#held;
        let result;
        try {
            result = super.visitFunctionCall(call);
        }
        catch (e) {
            const inner = locatedFailure(e);
            if (inner !== undefined)
                throw inner;
            const reason = e instanceof Error ? e.message : String(e);
            throw new EvaluationFailure(reason, this.#expr.offsetOf(call.functionName), { cause: e });
        }
        this.#held = mark + (result instanceof dist/* data.StringData */.p.uQ ? 2 * result.value.length : 0);
        if (this.#held > MAX_EXPRESSION_MEMORY_BYTES) {
            throw new EvaluationFailure(`The maximum allowed memory size was exceeded while evaluating ${call.functionName.lexeme}(): the strings built by this expression pass ${MAX_EXPRESSION_MEMORY_BYTES} bytes (2 a character).`, this.#expr.offsetOf(call.functionName));
        }
        return result;
    }
}
function evaluate(expr, context, functions) {
    // The Evaluator only reads the map; its declared type is a mutable Map.
    const evaluator = new LocatingEvaluator(expr, context, functions);
    try {
        return evaluator.evaluate();
    }
    catch (e) {
        const located = locatedFailure(e);
        if (located !== undefined)
            throw located;
        const reason = e instanceof Error ? e.message : String(e);
        // Not inside a function call (e.g. an index access): point at the expression's start.
        throw new EvaluationFailure(reason, expr.start, { cause: e });
    }
}

;// CONCATENATED MODULE: ./src/workflow/expression-functions.ts
// The functions an expression may call: GitHub's, with JSON conversion made prototype-safe, plus status functions.


const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'];
function isStatusFunction(lowerName) {
    return STATUS_FUNCTIONS.includes(lowerName);
}
// The package's toJSON/fromJSON build objects with `obj[key] =`, which drops `__proto__` keys.
const toJSON = {
    name: 'toJSON',
    minArgs: 1,
    maxArgs: 1,
    call: (value) => new dist/* data.StringData */.p.uQ(JSON.stringify(expression_data_fromData(value ?? new dist/* data.Null */.p.Uv()), null, 2)),
};
const fromJSON = {
    name: 'fromJSON',
    minArgs: 1,
    maxArgs: 1,
    call: (value) => {
        const text = (value ?? new dist/* data.Null */.p.Uv()).coerceString();
        if (text.trim() === '')
            throw new Error('fromJSON was given empty input.');
        let parsed;
        try {
            // JSON.parse makes `__proto__` an own data property; toData only ever reads own keys.
            parsed = JSON.parse(text);
        }
        catch (e) {
            throw new dist/* ExpressionEvaluationError */.ZI(`Error parsing JSON when evaluating fromJson: ${e.message}`, { cause: e });
        }
        return toData(parsed);
    },
};
/** Lower-cased name → definition; an own-key Map, so `constructor()` is never found. */
const BUILTIN_FUNCTIONS = new Map([
    ...Object.keys(dist/* wellKnownFunctions */.j7).flatMap((name) => {
        const fn = dist/* wellKnownFunctions */.j7[name];
        return fn ? [[name, fn]] : [];
    }),
    ['tojson', toJSON],
    ['fromjson', fromJSON],
]);
/** How users spell the functions, for messages. */
const FUNCTION_NAMES = [
    'contains',
    'startsWith',
    'endsWith',
    'format',
    'join',
    'toJSON',
    'fromJSON',
    'case',
];
const withStatus = new WeakMap();
/** The built-ins plus the four status functions answered by `status`. */
function functionsFor(status) {
    if (status === undefined)
        return BUILTIN_FUNCTIONS;
    let map = withStatus.get(status);
    if (map === undefined) {
        const all = new Map(BUILTIN_FUNCTIONS);
        for (const name of STATUS_FUNCTIONS) {
            all.set(name, {
                name,
                minArgs: 0,
                maxArgs: 0,
                call: () => new dist/* data.BooleanData */.p.bo(status[name]()),
            });
        }
        map = all;
        withStatus.set(status, map);
    }
    return map;
}

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/ast.js
var ast = __webpack_require__(12049);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/lexer.js
var lexer = __webpack_require__(12083);
;// CONCATENATED MODULE: ./src/workflow/expression-parse.ts
// Lexes and parses one expression with @actions/expressions, keeping exact offsets, and caches the result by text.





const NOTHING = { contexts: [], calls: [] };
/** GitHub's evaluator gives null for an empty expression; any token list that parses to null will do. */
const NULL_TREE = new dist/* Parser */.iX(new dist/* Lexer */.JG('null').lex().tokens, [], []).parse();
const CACHE_LIMIT = 10_000;
const cache = new Map();
/** Parses (once per distinct text) the inside of a `${{ }}`, or a bare `if` condition. */
function parseExpression(raw) {
    let outcome = cache.get(raw);
    if (outcome === undefined) {
        outcome = parseUncached(raw);
        if (cache.size >= CACHE_LIMIT)
            cache.clear();
        cache.set(raw, outcome);
    }
    return outcome;
}
function parseUncached(raw) {
    // GitHub trims the expression before lexing; offsets stay relative to the raw text.
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const fail = (message, offset, before = NOTHING) => ({
        ok: false,
        problem: { message, offset: lead + offset },
        before,
    });
    if (text === '')
        return { ok: true, expr: emptyExpression(lead) };
    let tokens;
    try {
        tokens = new dist/* Lexer */.JG(text).lex().tokens;
    }
    catch (e) {
        return lexerFailure(e, fail);
    }
    const offsets = tokenOffsets(text, tokens);
    unescapeStrings(tokens);
    // Every identifier is allowed here, so one parse serves every caller; which contexts and
    // functions a place allows is checked on the tree (checkUse), which also finds every problem.
    const names = tokens.filter((t) => t.type === lexer/* TokenType */.ks.IDENTIFIER).map((t) => t.lexeme);
    const anyArity = names.map((name) => ({
        name,
        minArgs: 0,
        maxArgs: Number.MAX_SAFE_INTEGER,
    }));
    let tree;
    try {
        tree = new dist/* Parser */.iX(tokens, names, anyArity).parse();
    }
    catch (e) {
        if (e instanceof dist/* ExpressionError */.tj) {
            const offset = offsets.get(e.pos) ?? 0;
            const before = usesBefore(tokens, offsets, lead, detectedAt(e, tokens, offsets, offset));
            return fail(`${e.message}.`, offset, before);
        }
        return fail(`${e.message}.`, 0);
    }
    if (tree === undefined)
        return fail('An expression was expected.', 0);
    const offsetOf = (token) => lead + (offsets.get(token.range.start) ?? 0);
    const expr = {
        tree,
        contexts: [],
        calls: [],
        references: [],
        usesStatus: false,
        start: lead,
        offsetOf,
    };
    collect(tree, expr, false);
    return { ok: true, expr };
}
function emptyExpression(lead) {
    return {
        tree: NULL_TREE,
        contexts: [],
        calls: [],
        references: [],
        usesStatus: false,
        start: lead,
        offsetOf: () => lead,
    };
}
const ARITY_ERRORS = /^(Too few parameters|Too many parameters|Even number of parameters)/;
/**
 * Where GitHub's parser found the error: a wrong argument count is reported at the function's
 * name but found at its closing parenthesis, after the arguments were read.
 */
function detectedAt(e, tokens, offsets, offset) {
    if (!ARITY_ERRORS.test(e.message))
        return offset;
    const start = tokens.findIndex((t) => t.range.start === e.pos);
    const close = start < 0 ? -1 : closingParen(tokens, start + 1);
    const token = tokens[close];
    return token === undefined ? offset : (offsets.get(token.range.start) ?? offset);
}
/** Index of the `)` matching the `(` at `open`, or -1. */
function closingParen(tokens, open) {
    let depth = 0;
    for (let i = open; i < tokens.length; i++) {
        const type = tokens[i]?.type;
        if (type === lexer/* TokenType */.ks.LEFT_PAREN)
            depth++;
        else if (type === lexer/* TokenType */.ks.RIGHT_PAREN && --depth === 0)
            return i;
    }
    return -1;
}
/** Context names and completed function calls that come before `limit` in an expression that does not parse. */
function usesBefore(tokens, offsets, lead, limit) {
    const uses = { contexts: [], calls: [] };
    tokens.forEach((token, i) => {
        const offset = offsets.get(token.range.start) ?? 0;
        if (token.type !== lexer/* TokenType */.ks.IDENTIFIER || offset >= limit)
            return;
        if (tokens[i - 1]?.type === lexer/* TokenType */.ks.DOT)
            return; // a property name
        if (tokens[i + 1]?.type !== lexer/* TokenType */.ks.LEFT_PAREN) {
            uses.contexts.push({ name: token.lexeme, offset: lead + offset });
            return;
        }
        const close = tokens[closingParen(tokens, i + 1)];
        if (close !== undefined && (offsets.get(close.range.start) ?? limit) < limit)
            uses.calls.push({ name: token.lexeme, args: 0, offset: lead + offset });
    });
    return uses;
}
function lexerFailure(e, fail) {
    const message = e instanceof Error ? e.message : String(e);
    if (message === 'ErrorExceededMaxLength')
        return fail('Exceeded max expression length 21000.', 0);
    // The lexer reports "Unexpected symbol: 'x'. Located at position N within expression: …" (N from 1).
    const located = /^(.*?)\. Located at position (\d+) within expression/s.exec(message);
    if (located?.[1] !== undefined && located[2] !== undefined)
        return fail(`${located[1]}.`, Number(located[2]) - 1);
    return fail(message, 0);
}
/**
 * Where each token starts. Tokens are contiguous slices of the text separated only by the
 * lexer's whitespace, so one forward scan finds them exactly (the lexer's own columns go
 * wrong after a string literal that spans lines). Keyed by the token's start position object,
 * which the parser's errors carry by reference.
 */
function tokenOffsets(text, tokens) {
    const offsets = new Map();
    let at = 0;
    for (const token of tokens) {
        while (at < text.length && ' \r\t\n'.includes(text.charAt(at)))
            at++;
        if (token.type === lexer/* TokenType */.ks.EOF) {
            offsets.set(token.range.start, text.length);
            continue;
        }
        const found = text.startsWith(token.lexeme, at) ? at : text.indexOf(token.lexeme, at);
        offsets.set(token.range.start, found < 0 ? at : found);
        at = (found < 0 ? at : found) + token.lexeme.length;
    }
    return offsets;
}
/** The package unescapes only the first `''` of a string literal; GitHub unescapes them all. */
function unescapeStrings(tokens) {
    for (const token of tokens) {
        if (token.type === lexer/* TokenType */.ks.STRING)
            token.value = token.lexeme.slice(1, -1).replaceAll("''", "'");
    }
}
/** The literal path an access chain reads, or undefined when an index is computed or `*`. */
function literalPath(node) {
    if (node instanceof ast/* ContextAccess */.QC)
        return [node.name.lexeme];
    if (node instanceof ast/* IndexAccess */.p_ && node.index instanceof ast/* Literal */.uS) {
        const index = node.index.literal;
        if (index.kind !== dist/* data.Kind */.p.b8.String && index.kind !== dist/* data.Kind */.p.b8.Number)
            return undefined;
        const base = literalPath(node.expr);
        return base === undefined ? undefined : [...base, index.coerceString()];
    }
    return undefined;
}
function contextToken(node) {
    if (node instanceof ast/* ContextAccess */.QC)
        return node.name;
    if (node instanceof ast/* IndexAccess */.p_)
        return contextToken(node.expr);
    return undefined;
}
/** Walks the tree once for context names, function calls and the paths read. */
function collect(node, into, extendedByParent) {
    if (node instanceof ast/* ContextAccess */.QC || node instanceof ast/* IndexAccess */.p_) {
        const path = literalPath(node);
        if (path !== undefined) {
            const token = contextToken(node);
            if (token !== undefined && node instanceof ast/* ContextAccess */.QC) {
                into.contexts.push({ name: token.lexeme, offset: into.offsetOf(token) });
            }
            if (!extendedByParent && token !== undefined)
                into.references.push({ path, offset: into.offsetOf(token) });
            if (node instanceof ast/* IndexAccess */.p_)
                collect(node.expr, into, true);
            return;
        }
        if (node instanceof ast/* IndexAccess */.p_) {
            collect(node.expr, into, false);
            if (!(node.index instanceof ast/* Star */.FE))
                collect(node.index, into, false);
        }
        return;
    }
    if (node instanceof ast/* FunctionCall */.R6) {
        const name = node.functionName.lexeme;
        const [first] = node.args;
        const format = first instanceof ast/* Literal */.uS && first.literal.kind === dist/* data.Kind */.p.b8.String
            ? first.literal.value
            : undefined;
        into.calls.push({
            name,
            args: node.args.length,
            offset: into.offsetOf(node.functionName),
            format,
        });
        if (isStatusFunction(name.toLowerCase()))
            into.usesStatus = true;
        for (const arg of node.args)
            collect(arg, into, false);
    }
    else if (node instanceof ast/* Logical */.oD) {
        for (const arg of node.args)
            collect(arg, into, false);
    }
    else if (node instanceof ast/* Binary */.yI) {
        collect(node.left, into, false);
        collect(node.right, into, false);
    }
    else if (node instanceof ast/* Unary */._c) {
        collect(node.expr, into, false);
    }
    else if (node instanceof ast/* Grouping */.aU) {
        collect(node.group, into, false);
    }
}
/** Every problem of using this expression where `rules` apply: unknown contexts and functions, arity, status functions. */
function checkUse(expr, rules) {
    const problems = [];
    for (const { name, offset } of expr.contexts) {
        if (!rules.contexts.has(name.toLowerCase())) {
            const known = rules.contextNames.length > 0 ? rules.contextNames.join(', ') : 'none';
            problems.push({
                message: `Unrecognized named-value: '${name}' (available contexts here: ${known}).`,
                offset,
            });
        }
    }
    for (const { name, args, offset, format } of expr.calls) {
        const lower = name.toLowerCase();
        if (isStatusFunction(lower)) {
            if (!rules.statusFunctions) {
                problems.push({
                    message: `The status function ${name}() is only allowed in a step's if.`,
                    offset,
                });
            }
            else if (args > 0) {
                problems.push({ message: `Too many parameters supplied: '${name}' takes none.`, offset });
            }
            continue;
        }
        const fn = BUILTIN_FUNCTIONS.get(lower);
        if (fn === undefined) {
            const known = [
                ...FUNCTION_NAMES,
                ...(rules.statusFunctions ? ['success', 'failure', 'always', 'cancelled'] : []),
            ];
            problems.push({
                message: `Unrecognized function: '${name}' (known functions: ${known.join(', ')}).`,
                offset,
            });
        }
        // Arity of the built-ins (and case's odd count) is enforced by the parser itself.
        if (lower === 'format' && format !== undefined) {
            const message = formatProblem(format, args - 1);
            if (message !== undefined)
                problems.push({ message, offset });
        }
    }
    return problems.sort((a, b) => a.offset - b.offset);
}
/**
 * A literal format string is checked before running, with the rules and messages of GitHub's
 * format(): placeholders are `{N}` only, `{{` and `}}` are literal braces, every N needs an argument.
 */
function formatProblem(format, argCount) {
    let highest = -1;
    let i = 0;
    while (i < format.length) {
        const c = format[i];
        if ((c === '{' || c === '}') && format[i + 1] === c) {
            i += 2;
        }
        else if (c === '}') {
            return invalidFormat(format);
        }
        else if (c === '{') {
            const close = format.indexOf('}', i + 1);
            const digits = close < 0 ? '' : format.slice(i + 1, close);
            if (!/^[0-9]+$/.test(digits))
                return invalidFormat(format);
            highest = Math.max(highest, Number(digits));
            i = close + 1;
        }
        else {
            i++;
        }
    }
    if (highest >= argCount) {
        const given = argCount === 1 ? '1 was' : `${argCount} were`;
        return `The following format string references more arguments than were supplied: ${format} ({${highest}} needs ${highest + 1}, ${given} given).`;
    }
    return undefined;
}
function invalidFormat(format) {
    return `The following format string is invalid: ${format} (placeholders are {0}, {1}, …; write {{ and }} for literal braces).`;
}

;// CONCATENATED MODULE: ./src/workflow/expression-template.ts
const OPEN = '${{';
const NOT_CLOSED = 'The expression is not closed: an unescaped ${{ was found, but no closing }} after it.';
function scanTemplate(template) {
    const parts = [];
    let i = 0;
    while (i < template.length) {
        const start = template.indexOf(OPEN, i);
        if (start < 0) {
            parts.push({ kind: 'text', text: template.slice(i), offset: i });
            break;
        }
        if (start > i)
            parts.push({ kind: 'text', text: template.slice(i, start), offset: i });
        const end = closingBraces(template, start + OPEN.length);
        if (end < 0)
            return { parts, unclosedAt: start };
        parts.push({ kind: 'expr', text: template.slice(start + OPEN.length, end - 1), offset: start });
        i = end + 1;
    }
    return { parts };
}
/**
 * Index of the second `}` of the first `}}` outside a string literal, or -1.
 * Toggling on every `'` also handles the escaped quote `''`, as GitHub's reader does,
 * so `${{ format('}}') }}` ends at the last `}}`.
 */
function closingBraces(s, from) {
    let inString = false;
    for (let j = from; j < s.length; j++) {
        const c = s[j];
        if (c === "'")
            inString = !inString;
        else if (!inString && c === '}' && s[j - 1] === '}')
            return j;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/workflow/expression-types.ts
// Types shared by the expression modules; re-exported by expressions.ts, the public entry.
class ExpressionError extends Error {
    offset;
    pointer;
    constructor(message, offset = 0, 
    /** JSON pointer of the failing string inside the value given to renderValue (`''` for the value itself). */
    pointer = '') {
        super(message);
        this.offset = offset;
        this.pointer = pointer;
        this.name = 'ExpressionError';
    }
}

;// CONCATENATED MODULE: ./src/workflow/expressions.ts









/** The contexts a workflow file may read (DESIGN.md §2). */
const WFLO_CONTEXTS = (/* unused pure expression or super */ null && (['inputs', 'env', 'steps', 'run', 'github']));
/** Text and `${{ }}` parts with their offsets; throws ExpressionError at an unclosed `${{`. */
function splitTemplate(template) {
    const { parts, unclosedAt } = scanTemplate(template);
    if (unclosedAt !== undefined)
        throw new ExpressionError(NOT_CLOSED, unclosedAt);
    return parts;
}
function hasExpression(template) {
    return template.includes(OPEN);
}
/** Every problem of a template used where `contexts` (and, if allowed, the status functions) are available. */
function checkTemplate(template, options) {
    const rules = useRules(options.contexts, options.statusFunctions);
    const { parts, unclosedAt } = scanTemplate(template);
    const problems = [];
    for (const part of parts) {
        if (part.kind === 'expr')
            problems.push(...problemsOf(part.text, part.offset + OPEN.length, rules));
    }
    if (unclosedAt !== undefined)
        problems.push({ message: NOT_CLOSED, offset: unclosedAt });
    return problems;
}
/** Every problem of one bare expression (no `${{ }}`), offsets relative to it. */
function checkExpression(expression, options) {
    return problemsOf(expression, 0, useRules(options.contexts, options.statusFunctions));
}
/** Every problem of a step's `if` (bare or one `${{ }}`); the status functions are allowed there. */
function checkCondition(condition, options) {
    const located = conditionExpression(condition);
    if ('problem' in located)
        return [located.problem];
    if (located.raw.trim() === '')
        return [];
    return problemsOf(located.raw, located.base, useRules(options.contexts, true));
}
/** Every context path the template's expressions read, stopping at a computed index or `*`. */
function referencesIn(template) {
    const refs = [];
    for (const part of scanTemplate(template).parts) {
        if (part.kind !== 'expr')
            continue;
        const outcome = parseExpression(part.text);
        if (!outcome.ok)
            continue;
        const base = part.offset + OPEN.length;
        for (const ref of outcome.expr.references)
            refs.push({ path: [...ref.path], offset: base + ref.offset });
    }
    return refs;
}
/** What an evaluation may see: the context's own data, the rules of its names, the functions. */
function scopeOf(context, status) {
    return {
        root: new JsonDictionary(context, true),
        rules: useRules(Object.keys(context), status !== undefined),
        functions: functionsFor(status),
    };
}
/**
 * Deep-renders a JSON value. A string that is exactly one `${{ }}` becomes the expression's
 * value with its JSON type; a string mixing text and expressions stays a string.
 */
function renderValue(value, context, status) {
    const scope = scopeOf(context, status);
    return renderIn(value, scope, '');
}
/** Evaluates one bare expression (no `${{ }}`) to a typed JSON value. */
function evaluateExpression(expression, context, status) {
    const scope = scopeOf(context, status);
    return fromData(evaluateText(expression, 0, scope, ''));
}
/**
 * A step's `if`: a bare expression or one `${{ }}`. Without a status function it means
 * `success() && (condition)`, as on GitHub; the result is coerced to a boolean as GitHub does.
 */
function evaluateCondition(condition, context, status) {
    const located = conditionExpression(condition);
    if ('problem' in located)
        throw new ExpressionError(located.problem.message, located.problem.offset);
    if (located.raw.trim() === '')
        return status.success();
    const expr = parsedOrThrow(located.raw, located.base, '');
    const scope = scopeOf(context, status);
    throwFirstProblem(expr, located.base, scope.rules, '');
    // `success() && (…)` short-circuits: the condition is not evaluated after a failure.
    if (!expr.usesStatus && !status.success())
        return false;
    return (0,result/* truthy */.vN)(evaluateParsed(expr, located.base, scope, ''));
}
function useRules(contexts, statusFunctions) {
    return {
        contexts: new Set(contexts.map((c) => c.toLowerCase())),
        contextNames: contexts,
        statusFunctions,
    };
}
function problemsOf(raw, base, rules) {
    const outcome = parseExpression(raw);
    if (!outcome.ok) {
        // GitHub reports the first problem its parser meets; those before the syntax error come first.
        const before = checkUse(outcome.before, rules).map((p) => ({
            message: p.message,
            offset: base + p.offset,
        }));
        return [...before, { message: outcome.problem.message, offset: base + outcome.problem.offset }];
    }
    return checkUse(outcome.expr, rules).map((p) => ({
        message: p.message,
        offset: base + p.offset,
    }));
}
/** The expression text of an `if` and its offset, refusing text around `${{ }}` (always true on GitHub). */
function conditionExpression(condition) {
    if (!hasExpression(condition))
        return { raw: condition, base: 0 };
    const { parts, unclosedAt } = scanTemplate(condition);
    if (unclosedAt !== undefined)
        return { problem: { message: NOT_CLOSED, offset: unclosedAt } };
    const exprs = parts.filter((p) => p.kind === 'expr');
    const text = parts.find((p) => p.kind === 'text' && p.text.trim() !== '');
    const only = exprs[0];
    if (text !== undefined || exprs.length !== 1 || only === undefined) {
        const at = text?.offset ?? exprs[1]?.offset ?? 0;
        return {
            problem: {
                message: 'An if must be one expression, bare or inside a single ${{ }}: text around ${{ }} makes a non-empty string, which is always true.',
                offset: at,
            },
        };
    }
    return { raw: only.text, base: only.offset + OPEN.length };
}
function renderIn(value, scope, pointer) {
    if (typeof value === 'string')
        return renderString(value, scope, pointer);
    if (Array.isArray(value))
        return value.map((item, i) => renderIn(item, scope, `${pointer}/${i}`));
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value)) {
            const item = value[key];
            if (item !== undefined)
                setOwn(out, key, renderIn(item, scope, `${pointer}/${escapePointer(key)}`));
        }
        return out;
    }
    return value;
}
function renderString(template, scope, pointer) {
    if (!hasExpression(template))
        return template;
    const { parts, unclosedAt } = scanTemplate(template);
    if (unclosedAt !== undefined)
        throw new ExpressionError(NOT_CLOSED, unclosedAt, pointer);
    const [first] = parts;
    if (parts.length === 1 && first?.kind === 'expr') {
        return expression_data_fromData(evaluateText(first.text, first.offset + OPEN.length, scope, pointer));
    }
    // Mixed text: each value is coerced as GitHub's format() does (numbers without trailing zeros, objects as 'Object').
    let out = '';
    for (const part of parts) {
        out +=
            part.kind === 'text'
                ? part.text
                : evaluateText(part.text, part.offset + OPEN.length, scope, pointer).coerceString();
    }
    return out;
}
function evaluateText(raw, base, scope, pointer) {
    const expr = parsedOrThrow(raw, base, pointer);
    throwFirstProblem(expr, base, scope.rules, pointer);
    return evaluateParsed(expr, base, scope, pointer);
}
function parsedOrThrow(raw, base, pointer) {
    const outcome = parseExpression(raw);
    if (!outcome.ok) {
        throw new ExpressionError(outcome.problem.message, base + outcome.problem.offset, pointer);
    }
    return outcome.expr;
}
function throwFirstProblem(expr, base, rules, pointer) {
    const [problem] = checkUse(expr, rules);
    if (problem !== undefined)
        throw new ExpressionError(problem.message, base + problem.offset, pointer);
}
function evaluateParsed(expr, base, scope, pointer) {
    try {
        return evaluate(expr, scope.root, scope.functions);
    }
    catch (e) {
        if (e instanceof EvaluationFailure)
            throw new ExpressionError(e.message, base + e.offset, pointer);
        throw e;
    }
}
function escapePointer(key) {
    return key.replaceAll('~', '~0').replaceAll('/', '~1');
}


/***/ }),

/***/ 64575:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/schema-validator.mjs from schema/workflow.schema.json: do not edit; run `npm run schema`.
module.exports = validate10;module.exports["default"] = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/wflo/action/v1/schema/workflow.schema.json","title":"wflo workflow (version 1)","description":"A wflo workflow file: steps that call models, run hardened containers and wait for human approval, within a dollar budget.","type":"object","additionalProperties":false,"required":["version","steps"],"properties":{"version":{"description":"The format version: 1.","const":1},"name":{"description":"The workflow's name (default: the file name).","type":"string"},"description":{"description":"What the workflow is for.","type":"string"},"inputs":{"description":"Values given when the workflow starts (--input name=value, or the action's inputs): name → definition. Read as inputs.<name>.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"description":"One input.","type":"object","additionalProperties":false,"properties":{"type":{"description":"The value's type (default string).","enum":["string","number","boolean"],"default":"string"},"default":{"description":"The value when none is given; must match type and enum.","type":["string","number","boolean"]},"required":{"description":"Whether a value must be given (default false).","type":"boolean","default":false},"enum":{"description":"The only values allowed.","type":"array","minItems":1,"items":{"description":"An allowed value.","type":["string","number","boolean"]}},"description":{"description":"What the input is for.","type":"string"}}}},"env":{"$ref":"#/definitions/env"},"budget":{"description":"The run's hard spending limit; the action's budget-usd input can only lower it.","type":"object","additionalProperties":false,"required":["max_usd"],"properties":{"max_usd":{"$ref":"#/definitions/usd"},"warn_at":{"description":"Fractions of max_usd at which a warning is logged, each in (0, 1], e.g. [0.5, 0.8].","type":"array","items":{"description":"A fraction of max_usd.","type":"number","exclusiveMinimum":0,"maximum":1}}}},"models":{"description":"Prices for models the price table does not know, or overrides: model name → prices in USD per million tokens, and optionally its context window.","type":"object","additionalProperties":{"description":"One model's prices and context window.","type":"object","additionalProperties":false,"required":["input_per_mtok","output_per_mtok"],"properties":{"input_per_mtok":{"description":"USD per million input tokens.","type":"number","minimum":0},"output_per_mtok":{"description":"USD per million output tokens.","type":"number","minimum":0},"cached_input_per_mtok":{"description":"USD per million cached input tokens (default: the input price).","type":"number","minimum":0},"context_window":{"description":"The model's context window in tokens (default: the price table's, else 128000). An agent's conversation is kept inside it, and it bounds `wflo plan`'s worst case of an agent step.","type":"integer","minimum":1}}}},"defaults":{"description":"Fields merged into every step of a kind (the step's own fields win, key by key).","type":"object","additionalProperties":false,"properties":{"shell":{"$ref":"#/definitions/defaults_shell"},"llm":{"$ref":"#/definitions/defaults_llm"},"sandbox":{"$ref":"#/definitions/defaults_sandbox"},"agent":{"$ref":"#/definitions/defaults_agent"},"approval":{"$ref":"#/definitions/defaults_approval"}}},"max_parallel":{"description":"The most steps that run at once (default 4).","type":"integer","minimum":1,"default":4},"steps":{"description":"The steps, in order.","type":"array","minItems":1,"items":{"$ref":"#/definitions/step"}},"outputs":{"description":"The run's outputs: name → value, usually ${{ steps.<id>.outputs.<name> }}.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"description":"An output value; may hold ${{ }} expressions."}}},"definitions":{"expression":{"description":"One GitHub-style expression, written as ${{ … }}.","type":"string","pattern":"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$"},"duration":{"description":"A duration: 500ms, 30s, 1.5m, 24h, 2d, 1h30m (units largest first), or a number of seconds.","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$","examples":["30s","5m","1h30m"]},"usd":{"description":"An amount in US dollars, at most 6 decimal places (kept exactly as micro-dollars).","type":"number","exclusiveMinimum":0},"price":{"description":"A price in US dollars per million tokens, at most 6 decimal places.","type":"number","minimum":0},"env":{"description":"Environment variables: NAME → value. Values may hold ${{ }} expressions; this is how values reach commands.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"description":"The variable's value (text, number or boolean; may hold ${{ }}).","type":["string","number","boolean"]}},"run":{"description":"The command, run with `sh -c` (sandbox) or the step's shell. Never contains ${{ }}: pass values through env and use \"$NAME\".","type":"string","minLength":1},"model":{"description":"The model name, as the OpenAI-compatible server knows it (priced from the price table or `models`).","type":"string","minLength":1},"system":{"description":"The system message.","type":"string"},"max_tokens":{"description":"The most tokens the model may write in one call; the worst case reserved against the budget.","type":"integer","minimum":1},"output_schema":{"description":"A JSON Schema the answer must follow (strict structured output); the parsed answer is outputs.json.","type":"object"},"image":{"description":"The container image, e.g. python:3.12-slim.","type":"string","minLength":1},"workspace":{"description":"How the checkout appears at /workspace: none (an empty writable folder), read-only (bound read-only, without .git internals) or copy (a private copy whose changes are applied only if the step succeeds).","enum":["none","read-only","copy"],"default":"none"},"network":{"description":"The container's network: none (default), or host (needs allow_host_network: true).","enum":["none","host"],"default":"none"},"allow_host_network":{"description":"The explicit opt-in that network: host requires.","type":"boolean","default":false},"memory":{"description":"Memory limit (memory and swap together): bytes, or a size such as 512m or 2g.","type":["string","integer"],"minimum":1,"pattern":"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$","examples":["512m","2g"]},"cpus":{"description":"CPU quota in cores, e.g. 1 or 0.5.","type":"number","exclusiveMinimum":0},"pids":{"description":"The most processes the container may hold.","type":"integer","minimum":1},"sandbox_timeout":{"description":"How long the command may run before it is stopped (with a grace period, then killed).","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},"runtime":{"description":"The container runtime: runc (default) or runsc (gVisor; fails closed where it is not installed).","enum":["runc","runsc"],"default":"runc"},"user":{"description":"The numeric user (and group) the command runs as, e.g. 1000 or \"1000:1000\"; never root (0).","type":["string","integer"],"minimum":0,"pattern":"^[0-9]+(:[0-9]+)?$"},"tools":{"description":"The tools the agent may call (all by default).","type":"array","uniqueItems":true,"items":{"description":"A tool name.","enum":["run","read_file","write_file","list_files","search"]}},"max_turns":{"description":"The most model turns the agent loop may take.","type":"integer","minimum":1},"command_timeout":{"description":"How long one command the agent runs may take.","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},"temperature":{"description":"Sampling temperature, 0 to 2.","type":"number","minimum":0,"maximum":2},"prompt":{"description":"The user message. May hold ${{ }} expressions.","type":"string"},"messages":{"description":"The conversation, instead of prompt.","type":"array","minItems":1,"items":{"description":"One message.","type":"object","additionalProperties":false,"required":["role","content"],"properties":{"role":{"description":"Who speaks.","enum":["system","developer","user","assistant"]},"content":{"description":"The text of the message. May hold ${{ }} expressions.","type":"string"}}}},"task":{"description":"What the agent is asked to do. May hold ${{ }} expressions.","type":"string","minLength":1},"approval_message":{"description":"What is asked of the approvers; shown in the PR comment. May hold ${{ }} expressions.","type":"string"},"approvers":{"description":"Who may decide. Someone counts if they hold the permission, or are a listed user, or a member of a listed team.","type":"object","additionalProperties":false,"properties":{"permission":{"description":"The least repository role an approver needs (read live from GitHub).","enum":["read","triage","write","maintain","admin"],"default":"write"},"users":{"description":"GitHub logins allowed to decide.","type":"array","items":{"description":"A GitHub login.","type":"string","pattern":"^[A-Za-z0-9](-?[A-Za-z0-9])*$"}},"teams":{"description":"Teams whose members may decide, as org/team-slug or team-slug.","type":"array","items":{"description":"A team.","type":"string","pattern":"^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$"}},"min":{"description":"How many distinct approvals are needed.","type":"integer","minimum":1,"default":1},"allow_author":{"description":"Whether the pull request's author may approve.","type":"boolean","default":false}}},"approval_timeout":{"description":"How long to wait for a decision.","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},"on_timeout":{"description":"What a timeout means: fail (the step fails) or reject (counts as a rejection).","enum":["fail","reject"],"default":"fail"},"auto_approve":{"description":"true, false, or one ${{ }} expression: when true, the gate is approved by policy without asking.","type":["boolean","string"],"pattern":"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$"},"protected_paths_allowed":{"description":"Protected places this step's changes may reach the checkout in (.husky, .github/workflows, .gitmodules, .gitattributes, core.hooksPath); .git never can. See docs/sandbox.md.","type":"array","items":{"type":"string"},"uniqueItems":true},"shell_shell":{"description":"The shell that runs the command on the runner (default bash).","enum":["bash","sh"],"default":"bash"},"step_shell":{"description":"A command on the runner itself, for trusted glue (git diff, gh).","type":"object","additionalProperties":false,"required":["run"],"properties":{"run":{"$ref":"#/definitions/run"},"env":{"$ref":"#/definitions/env"},"shell":{"$ref":"#/definitions/shell_shell"}}},"step_llm":{"description":"One chat call to the model.","type":"object","additionalProperties":false,"properties":{"model":{"$ref":"#/definitions/model"},"system":{"$ref":"#/definitions/system"},"prompt":{"$ref":"#/definitions/prompt"},"messages":{"$ref":"#/definitions/messages"},"max_tokens":{"$ref":"#/definitions/max_tokens"},"temperature":{"$ref":"#/definitions/temperature"},"output_schema":{"$ref":"#/definitions/output_schema"}}},"step_sandbox":{"description":"A command in a fresh hardened container.","type":"object","additionalProperties":false,"required":["run"],"properties":{"run":{"$ref":"#/definitions/run"},"image":{"$ref":"#/definitions/image"},"env":{"$ref":"#/definitions/env"},"workspace":{"$ref":"#/definitions/workspace"},"network":{"$ref":"#/definitions/network"},"allow_host_network":{"$ref":"#/definitions/allow_host_network"},"memory":{"$ref":"#/definitions/memory"},"cpus":{"$ref":"#/definitions/cpus"},"pids":{"$ref":"#/definitions/pids"},"timeout":{"$ref":"#/definitions/sandbox_timeout"},"runtime":{"$ref":"#/definitions/runtime"},"user":{"$ref":"#/definitions/user"},"protected_paths_allowed":{"$ref":"#/definitions/protected_paths_allowed"}}},"step_agent":{"description":"A tool-calling loop; the tools run in one hardened container kept for the step.","type":"object","additionalProperties":false,"required":["task"],"properties":{"model":{"$ref":"#/definitions/model"},"system":{"$ref":"#/definitions/system"},"task":{"$ref":"#/definitions/task"},"max_turns":{"$ref":"#/definitions/max_turns"},"max_tokens":{"$ref":"#/definitions/max_tokens"},"tools":{"$ref":"#/definitions/tools"},"sandbox":{"description":"The container the tools run in (the sandbox step's fields, without run and timeout).","type":"object","additionalProperties":false,"properties":{"image":{"$ref":"#/definitions/image"},"env":{"$ref":"#/definitions/env"},"workspace":{"$ref":"#/definitions/workspace"},"network":{"$ref":"#/definitions/network"},"allow_host_network":{"$ref":"#/definitions/allow_host_network"},"memory":{"$ref":"#/definitions/memory"},"cpus":{"$ref":"#/definitions/cpus"},"pids":{"$ref":"#/definitions/pids"},"runtime":{"$ref":"#/definitions/runtime"},"user":{"$ref":"#/definitions/user"}}},"command_timeout":{"$ref":"#/definitions/command_timeout"},"output_schema":{"$ref":"#/definitions/output_schema"},"protected_paths_allowed":{"$ref":"#/definitions/protected_paths_allowed"}}},"step_approval":{"description":"Pauses until people decide, by PR comment (/approve, /reject) or PR review.","type":"object","additionalProperties":false,"properties":{"message":{"$ref":"#/definitions/approval_message"},"approvers":{"$ref":"#/definitions/approvers"},"timeout":{"$ref":"#/definitions/approval_timeout"},"on_timeout":{"$ref":"#/definitions/on_timeout"},"auto_approve":{"$ref":"#/definitions/auto_approve"}}},"defaults_shell":{"description":"Defaults merged into every shell step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"env":{"$ref":"#/definitions/env"},"shell":{"$ref":"#/definitions/shell_shell"}}},"defaults_llm":{"description":"Defaults merged into every llm step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"model":{"$ref":"#/definitions/model"},"system":{"$ref":"#/definitions/system"},"max_tokens":{"$ref":"#/definitions/max_tokens"},"temperature":{"$ref":"#/definitions/temperature"},"output_schema":{"$ref":"#/definitions/output_schema"}}},"defaults_sandbox":{"description":"Defaults merged into every sandbox step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"image":{"$ref":"#/definitions/image"},"env":{"$ref":"#/definitions/env"},"workspace":{"$ref":"#/definitions/workspace"},"network":{"$ref":"#/definitions/network"},"allow_host_network":{"$ref":"#/definitions/allow_host_network"},"memory":{"$ref":"#/definitions/memory"},"cpus":{"$ref":"#/definitions/cpus"},"pids":{"$ref":"#/definitions/pids"},"timeout":{"$ref":"#/definitions/sandbox_timeout"},"runtime":{"$ref":"#/definitions/runtime"},"user":{"$ref":"#/definitions/user"}}},"defaults_agent":{"description":"Defaults merged into every agent step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"model":{"$ref":"#/definitions/model"},"system":{"$ref":"#/definitions/system"},"max_turns":{"$ref":"#/definitions/max_turns"},"max_tokens":{"$ref":"#/definitions/max_tokens"},"tools":{"$ref":"#/definitions/tools"},"sandbox":{"description":"The container the tools run in (the sandbox step's fields, without run and timeout).","type":"object","additionalProperties":false,"properties":{"image":{"$ref":"#/definitions/image"},"env":{"$ref":"#/definitions/env"},"workspace":{"$ref":"#/definitions/workspace"},"network":{"$ref":"#/definitions/network"},"allow_host_network":{"$ref":"#/definitions/allow_host_network"},"memory":{"$ref":"#/definitions/memory"},"cpus":{"$ref":"#/definitions/cpus"},"pids":{"$ref":"#/definitions/pids"},"runtime":{"$ref":"#/definitions/runtime"},"user":{"$ref":"#/definitions/user"}}},"command_timeout":{"$ref":"#/definitions/command_timeout"},"output_schema":{"$ref":"#/definitions/output_schema"}}},"defaults_approval":{"description":"Defaults merged into every approval step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"message":{"$ref":"#/definitions/approval_message"},"approvers":{"$ref":"#/definitions/approvers"},"timeout":{"$ref":"#/definitions/approval_timeout"},"on_timeout":{"$ref":"#/definitions/on_timeout"},"auto_approve":{"$ref":"#/definitions/auto_approve"}}},"step":{"description":"One step: an id, when it runs, and exactly one kind key (shell, llm, sandbox, agent or approval).","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"description":"Unique id: a lowercase letter, then lowercase letters, digits, _ or -. Other steps read its results as steps.<id>.","type":"string","pattern":"^[a-z][a-z0-9_-]*$","maxLength":100},"name":{"description":"A human name for logs and the job summary.","type":"string"},"needs":{"description":"The steps this one runs after. Absent: the step listed before. [] makes the step a root.","type":["string","array"],"items":{"description":"A step id.","type":"string"}},"if":{"description":"Run only when this is true: a bare expression or exactly one ${{ }}. Default success().","type":["string","boolean"]},"timeout":{"description":"How long one attempt of the step may take.","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},"retry":{"description":"Retries on failure.","type":"object","additionalProperties":false,"properties":{"max_attempts":{"description":"Attempts in all, including the first (default 1).","type":"integer","minimum":1,"maximum":100,"default":1},"backoff":{"description":"Delay before the second attempt (default 1s); doubles for each further attempt.","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"}}},"continue_on_error":{"description":"true, false, or one ${{ }} expression: when true, a failure of this step does not fail the run.","type":["boolean","string"],"pattern":"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$","default":false},"budget":{"description":"This step's own spending limit, within the workflow's.","type":"object","additionalProperties":false,"required":["max_usd"],"properties":{"max_usd":{"$ref":"#/definitions/usd"}}},"shell":{"$ref":"#/definitions/step_shell"},"llm":{"$ref":"#/definitions/step_llm"},"sandbox":{"$ref":"#/definitions/step_sandbox"},"agent":{"$ref":"#/definitions/step_agent"},"approval":{"$ref":"#/definitions/step_approval"}},"oneOf":[{"required":["shell"]},{"required":["llm"]},{"required":["sandbox"]},{"required":["agent"]},{"required":["approval"]}]}}};const schema12 = {"description":"Environment variables: NAME → value. Values may hold ${{ }} expressions; this is how values reach commands.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"description":"The variable's value (text, number or boolean; may hold ${{ }}).","type":["string","number","boolean"]}};const schema13 = {"description":"An amount in US dollars, at most 6 decimal places (kept exactly as micro-dollars).","type":"number","exclusiveMinimum":0};const func2 = Object.prototype.hasOwnProperty;const pattern0 = new RegExp("^[A-Za-z_][A-Za-z0-9_-]*$", "u");const pattern1 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");const schema14 = {"description":"Defaults merged into every shell step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"env":{"$ref":"#/definitions/env"},"shell":{"$ref":"#/definitions/shell_shell"}}};const schema16 = {"description":"The shell that runs the command on the runner (default bash).","enum":["bash","sh"],"default":"bash"};function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "env") || (key0 === "shell"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.env !== undefined){let data0 = data.env;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){const _errs5 = errors;if(typeof key1 === "string"){if(!pattern1.test(key1)){const err1 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema12.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var valid2 = _errs5 === errors;if(!valid2){const err2 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema12.propertyNames,parentSchema:schema12,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}for(const key2 in data0){let data1 = data0[key2];if(((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))) && (typeof data1 !== "boolean")){const err3 = {instancePath:instancePath+"/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/env/additionalProperties/type",keyword:"type",params:{type: schema12.additionalProperties.type},message:"must be string,number,boolean",schema:schema12.additionalProperties.type,parentSchema:schema12.additionalProperties,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.shell !== undefined){let data2 = data.shell;if(!((data2 === "bash") || (data2 === "sh"))){const err5 = {instancePath:instancePath+"/shell",schemaPath:"#/definitions/shell_shell/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate11.errors = vErrors;return errors === 0;}const schema17 = {"description":"Defaults merged into every llm step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"model":{"$ref":"#/definitions/model"},"system":{"$ref":"#/definitions/system"},"max_tokens":{"$ref":"#/definitions/max_tokens"},"temperature":{"$ref":"#/definitions/temperature"},"output_schema":{"$ref":"#/definitions/output_schema"}}};const schema18 = {"description":"The model name, as the OpenAI-compatible server knows it (priced from the price table or `models`).","type":"string","minLength":1};const schema19 = {"description":"The system message.","type":"string"};const schema20 = {"description":"The most tokens the model may write in one call; the worst case reserved against the budget.","type":"integer","minimum":1};const schema21 = {"description":"Sampling temperature, 0 to 2.","type":"number","minimum":0,"maximum":2};const schema22 = {"description":"A JSON Schema the answer must follow (strict structured output); the parsed answer is outputs.json.","type":"object"};const func3 = (__webpack_require__(36214)["default"]);function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "model") || (key0 === "system")) || (key0 === "max_tokens")) || (key0 === "temperature")) || (key0 === "output_schema"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.model !== undefined){let data0 = data.model;if(typeof data0 === "string"){if(func3(data0) < 1){const err1 = {instancePath:instancePath+"/model",schemaPath:"#/definitions/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/model",schemaPath:"#/definitions/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.system !== undefined){let data1 = data.system;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/system",schemaPath:"#/definitions/system/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.max_tokens !== undefined){let data2 = data.max_tokens;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err4 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/definitions/max_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema20.type,parentSchema:schema20,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 < 1 || isNaN(data2)){const err5 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/definitions/max_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema20,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}if(data.temperature !== undefined){let data3 = data.temperature;if((typeof data3 == "number") && (isFinite(data3))){if(data3 > 2 || isNaN(data3)){const err6 = {instancePath:instancePath+"/temperature",schemaPath:"#/definitions/temperature/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2",schema:2,parentSchema:schema21,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data3 < 0 || isNaN(data3)){const err7 = {instancePath:instancePath+"/temperature",schemaPath:"#/definitions/temperature/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/temperature",schemaPath:"#/definitions/temperature/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.type,parentSchema:schema21,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.output_schema !== undefined){let data4 = data.output_schema;if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){const err9 = {instancePath:instancePath+"/output_schema",schemaPath:"#/definitions/output_schema/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate13.errors = vErrors;return errors === 0;}const schema23 = {"description":"Defaults merged into every sandbox step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"image":{"$ref":"#/definitions/image"},"env":{"$ref":"#/definitions/env"},"workspace":{"$ref":"#/definitions/workspace"},"network":{"$ref":"#/definitions/network"},"allow_host_network":{"$ref":"#/definitions/allow_host_network"},"memory":{"$ref":"#/definitions/memory"},"cpus":{"$ref":"#/definitions/cpus"},"pids":{"$ref":"#/definitions/pids"},"timeout":{"$ref":"#/definitions/sandbox_timeout"},"runtime":{"$ref":"#/definitions/runtime"},"user":{"$ref":"#/definitions/user"}}};const schema24 = {"description":"The container image, e.g. python:3.12-slim.","type":"string","minLength":1};const schema26 = {"description":"How the checkout appears at /workspace: none (an empty writable folder), read-only (bound read-only, without .git internals) or copy (a private copy whose changes are applied only if the step succeeds).","enum":["none","read-only","copy"],"default":"none"};const schema27 = {"description":"The container's network: none (default), or host (needs allow_host_network: true).","enum":["none","host"],"default":"none"};const schema28 = {"description":"The explicit opt-in that network: host requires.","type":"boolean","default":false};const schema29 = {"description":"Memory limit (memory and swap together): bytes, or a size such as 512m or 2g.","type":["string","integer"],"minimum":1,"pattern":"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$","examples":["512m","2g"]};const schema30 = {"description":"CPU quota in cores, e.g. 1 or 0.5.","type":"number","exclusiveMinimum":0};const schema31 = {"description":"The most processes the container may hold.","type":"integer","minimum":1};const schema32 = {"description":"How long the command may run before it is stopped (with a grace period, then killed).","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"};const schema33 = {"description":"The container runtime: runc (default) or runsc (gVisor; fails closed where it is not installed).","enum":["runc","runsc"],"default":"runc"};const schema34 = {"description":"The numeric user (and group) the command runs as, e.g. 1000 or \"1000:1000\"; never root (0).","type":["string","integer"],"minimum":0,"pattern":"^[0-9]+(:[0-9]+)?$"};const pattern4 = new RegExp("^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$", "u");const pattern5 = new RegExp("^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$", "u");const pattern6 = new RegExp("^[0-9]+(:[0-9]+)?$", "u");function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema23.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.image !== undefined){let data0 = data.image;if(typeof data0 === "string"){if(func3(data0) < 1){const err1 = {instancePath:instancePath+"/image",schemaPath:"#/definitions/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/image",schemaPath:"#/definitions/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.env !== undefined){let data1 = data.env;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){const _errs8 = errors;if(typeof key1 === "string"){if(!pattern1.test(key1)){const err3 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema12.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var valid3 = _errs8 === errors;if(!valid3){const err4 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema12.propertyNames,parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}for(const key2 in data1){let data2 = data1[key2];if(((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) && (typeof data2 !== "boolean")){const err5 = {instancePath:instancePath+"/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/env/additionalProperties/type",keyword:"type",params:{type: schema12.additionalProperties.type},message:"must be string,number,boolean",schema:schema12.additionalProperties.type,parentSchema:schema12.additionalProperties,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.workspace !== undefined){let data3 = data.workspace;if(!(((data3 === "none") || (data3 === "read-only")) || (data3 === "copy"))){const err7 = {instancePath:instancePath+"/workspace",schemaPath:"#/definitions/workspace/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values",schema:schema26.enum,parentSchema:schema26,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.network !== undefined){let data4 = data.network;if(!((data4 === "none") || (data4 === "host"))){const err8 = {instancePath:instancePath+"/network",schemaPath:"#/definitions/network/enum",keyword:"enum",params:{allowedValues: schema27.enum},message:"must be equal to one of the allowed values",schema:schema27.enum,parentSchema:schema27,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.allow_host_network !== undefined){let data5 = data.allow_host_network;if(typeof data5 !== "boolean"){const err9 = {instancePath:instancePath+"/allow_host_network",schemaPath:"#/definitions/allow_host_network/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.type,parentSchema:schema28,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.memory !== undefined){let data6 = data.memory;if((typeof data6 !== "string") && (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6))))){const err10 = {instancePath:instancePath+"/memory",schemaPath:"#/definitions/memory/type",keyword:"type",params:{type: schema29.type},message:"must be string,integer",schema:schema29.type,parentSchema:schema29,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 1 || isNaN(data6)){const err11 = {instancePath:instancePath+"/memory",schemaPath:"#/definitions/memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema29,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(typeof data6 === "string"){if(!pattern4.test(data6)){const err12 = {instancePath:instancePath+"/memory",schemaPath:"#/definitions/memory/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$",parentSchema:schema29,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}if(data.cpus !== undefined){let data7 = data.cpus;if((typeof data7 == "number") && (isFinite(data7))){if(data7 <= 0 || isNaN(data7)){const err13 = {instancePath:instancePath+"/cpus",schemaPath:"#/definitions/cpus/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema30,data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/cpus",schemaPath:"#/definitions/cpus/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema30.type,parentSchema:schema30,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.pids !== undefined){let data8 = data.pids;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err15 = {instancePath:instancePath+"/pids",schemaPath:"#/definitions/pids/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.type,parentSchema:schema31,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 < 1 || isNaN(data8)){const err16 = {instancePath:instancePath+"/pids",schemaPath:"#/definitions/pids/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data.timeout !== undefined){let data9 = data.timeout;if((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))){const err17 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/sandbox_timeout/type",keyword:"type",params:{type: schema32.type},message:"must be string,number",schema:schema32.type,parentSchema:schema32,data:data9};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 0 || isNaN(data9)){const err18 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/sandbox_timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32,data:data9};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(typeof data9 === "string"){if(!pattern5.test(data9)){const err19 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/sandbox_timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$",parentSchema:schema32,data:data9};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}if(data.runtime !== undefined){let data10 = data.runtime;if(!((data10 === "runc") || (data10 === "runsc"))){const err20 = {instancePath:instancePath+"/runtime",schemaPath:"#/definitions/runtime/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data10};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.user !== undefined){let data11 = data.user;if((typeof data11 !== "string") && (!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11))))){const err21 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/user/type",keyword:"type",params:{type: schema34.type},message:"must be string,integer",schema:schema34.type,parentSchema:schema34,data:data11};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 < 0 || isNaN(data11)){const err22 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/user/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema34,data:data11};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(typeof data11 === "string"){if(!pattern6.test(data11)){const err23 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/user/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(:[0-9]+)?$"},message:"must match pattern \""+"^[0-9]+(:[0-9]+)?$"+"\"",schema:"^[0-9]+(:[0-9]+)?$",parentSchema:schema34,data:data11};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate15.errors = vErrors;return errors === 0;}const schema35 = {"description":"Defaults merged into every agent step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"model":{"$ref":"#/definitions/model"},"system":{"$ref":"#/definitions/system"},"max_turns":{"$ref":"#/definitions/max_turns"},"max_tokens":{"$ref":"#/definitions/max_tokens"},"tools":{"$ref":"#/definitions/tools"},"sandbox":{"description":"The container the tools run in (the sandbox step's fields, without run and timeout).","type":"object","additionalProperties":false,"properties":{"image":{"$ref":"#/definitions/image"},"env":{"$ref":"#/definitions/env"},"workspace":{"$ref":"#/definitions/workspace"},"network":{"$ref":"#/definitions/network"},"allow_host_network":{"$ref":"#/definitions/allow_host_network"},"memory":{"$ref":"#/definitions/memory"},"cpus":{"$ref":"#/definitions/cpus"},"pids":{"$ref":"#/definitions/pids"},"runtime":{"$ref":"#/definitions/runtime"},"user":{"$ref":"#/definitions/user"}}},"command_timeout":{"$ref":"#/definitions/command_timeout"},"output_schema":{"$ref":"#/definitions/output_schema"}}};const schema38 = {"description":"The most model turns the agent loop may take.","type":"integer","minimum":1};const schema40 = {"description":"The tools the agent may call (all by default).","type":"array","uniqueItems":true,"items":{"description":"A tool name.","enum":["run","read_file","write_file","list_files","search"]}};const schema51 = {"description":"How long one command the agent runs may take.","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"};const func0 = (__webpack_require__(24951)["default"]);function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((((key0 === "model") || (key0 === "system")) || (key0 === "max_turns")) || (key0 === "max_tokens")) || (key0 === "tools")) || (key0 === "sandbox")) || (key0 === "command_timeout")) || (key0 === "output_schema"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.model !== undefined){let data0 = data.model;if(typeof data0 === "string"){if(func3(data0) < 1){const err1 = {instancePath:instancePath+"/model",schemaPath:"#/definitions/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/model",schemaPath:"#/definitions/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.system !== undefined){let data1 = data.system;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/system",schemaPath:"#/definitions/system/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.max_turns !== undefined){let data2 = data.max_turns;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err4 = {instancePath:instancePath+"/max_turns",schemaPath:"#/definitions/max_turns/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.type,parentSchema:schema38,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 < 1 || isNaN(data2)){const err5 = {instancePath:instancePath+"/max_turns",schemaPath:"#/definitions/max_turns/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}if(data.max_tokens !== undefined){let data3 = data.max_tokens;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err6 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/definitions/max_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema20.type,parentSchema:schema20,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 1 || isNaN(data3)){const err7 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/definitions/max_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema20,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}if(data.tools !== undefined){let data4 = data.tools;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(!(((((data5 === "run") || (data5 === "read_file")) || (data5 === "write_file")) || (data5 === "list_files")) || (data5 === "search"))){const err8 = {instancePath:instancePath+"/tools/" + i0,schemaPath:"#/definitions/tools/items/enum",keyword:"enum",params:{allowedValues: schema40.items.enum},message:"must be equal to one of the allowed values",schema:schema40.items.enum,parentSchema:schema40.items,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}let i1 = data4.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data4[i1], data4[j0])){const err9 = {instancePath:instancePath+"/tools",schemaPath:"#/definitions/tools/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema40,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;break outer0;}}}}}else {const err10 = {instancePath:instancePath+"/tools",schemaPath:"#/definitions/tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.type,parentSchema:schema40,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.sandbox !== undefined){let data6 = data.sandbox;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key1 in data6){if(!(func2.call(schema35.properties.sandbox.properties, key1))){const err11 = {instancePath:instancePath+"/sandbox",schemaPath:"#/properties/sandbox/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.sandbox,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data6.image !== undefined){let data7 = data6.image;if(typeof data7 === "string"){if(func3(data7) < 1){const err12 = {instancePath:instancePath+"/sandbox/image",schemaPath:"#/definitions/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24,data:data7};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/sandbox/image",schemaPath:"#/definitions/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data6.env !== undefined){let data8 = data6.env;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key2 in data8){const _errs27 = errors;if(typeof key2 === "string"){if(!pattern1.test(key2)){const err14 = {instancePath:instancePath+"/sandbox/env",schemaPath:"#/definitions/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema12.propertyNames,data:key2,propertyName:key2};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}var valid12 = _errs27 === errors;if(!valid12){const err15 = {instancePath:instancePath+"/sandbox/env",schemaPath:"#/definitions/env/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema12.propertyNames,parentSchema:schema12,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}for(const key3 in data8){let data9 = data8[key3];if(((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))) && (typeof data9 !== "boolean")){const err16 = {instancePath:instancePath+"/sandbox/env/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/env/additionalProperties/type",keyword:"type",params:{type: schema12.additionalProperties.type},message:"must be string,number,boolean",schema:schema12.additionalProperties.type,parentSchema:schema12.additionalProperties,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/sandbox/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data6.workspace !== undefined){let data10 = data6.workspace;if(!(((data10 === "none") || (data10 === "read-only")) || (data10 === "copy"))){const err18 = {instancePath:instancePath+"/sandbox/workspace",schemaPath:"#/definitions/workspace/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values",schema:schema26.enum,parentSchema:schema26,data:data10};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data6.network !== undefined){let data11 = data6.network;if(!((data11 === "none") || (data11 === "host"))){const err19 = {instancePath:instancePath+"/sandbox/network",schemaPath:"#/definitions/network/enum",keyword:"enum",params:{allowedValues: schema27.enum},message:"must be equal to one of the allowed values",schema:schema27.enum,parentSchema:schema27,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data6.allow_host_network !== undefined){let data12 = data6.allow_host_network;if(typeof data12 !== "boolean"){const err20 = {instancePath:instancePath+"/sandbox/allow_host_network",schemaPath:"#/definitions/allow_host_network/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.type,parentSchema:schema28,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data6.memory !== undefined){let data13 = data6.memory;if((typeof data13 !== "string") && (!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13))))){const err21 = {instancePath:instancePath+"/sandbox/memory",schemaPath:"#/definitions/memory/type",keyword:"type",params:{type: schema29.type},message:"must be string,integer",schema:schema29.type,parentSchema:schema29,data:data13};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if((typeof data13 == "number") && (isFinite(data13))){if(data13 < 1 || isNaN(data13)){const err22 = {instancePath:instancePath+"/sandbox/memory",schemaPath:"#/definitions/memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema29,data:data13};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(typeof data13 === "string"){if(!pattern4.test(data13)){const err23 = {instancePath:instancePath+"/sandbox/memory",schemaPath:"#/definitions/memory/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$",parentSchema:schema29,data:data13};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}if(data6.cpus !== undefined){let data14 = data6.cpus;if((typeof data14 == "number") && (isFinite(data14))){if(data14 <= 0 || isNaN(data14)){const err24 = {instancePath:instancePath+"/sandbox/cpus",schemaPath:"#/definitions/cpus/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema30,data:data14};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/sandbox/cpus",schemaPath:"#/definitions/cpus/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema30.type,parentSchema:schema30,data:data14};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data6.pids !== undefined){let data15 = data6.pids;if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){const err26 = {instancePath:instancePath+"/sandbox/pids",schemaPath:"#/definitions/pids/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.type,parentSchema:schema31,data:data15};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if((typeof data15 == "number") && (isFinite(data15))){if(data15 < 1 || isNaN(data15)){const err27 = {instancePath:instancePath+"/sandbox/pids",schemaPath:"#/definitions/pids/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31,data:data15};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}if(data6.runtime !== undefined){let data16 = data6.runtime;if(!((data16 === "runc") || (data16 === "runsc"))){const err28 = {instancePath:instancePath+"/sandbox/runtime",schemaPath:"#/definitions/runtime/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data16};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data6.user !== undefined){let data17 = data6.user;if((typeof data17 !== "string") && (!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17))))){const err29 = {instancePath:instancePath+"/sandbox/user",schemaPath:"#/definitions/user/type",keyword:"type",params:{type: schema34.type},message:"must be string,integer",schema:schema34.type,parentSchema:schema34,data:data17};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if((typeof data17 == "number") && (isFinite(data17))){if(data17 < 0 || isNaN(data17)){const err30 = {instancePath:instancePath+"/sandbox/user",schemaPath:"#/definitions/user/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema34,data:data17};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(typeof data17 === "string"){if(!pattern6.test(data17)){const err31 = {instancePath:instancePath+"/sandbox/user",schemaPath:"#/definitions/user/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(:[0-9]+)?$"},message:"must match pattern \""+"^[0-9]+(:[0-9]+)?$"+"\"",schema:"^[0-9]+(:[0-9]+)?$",parentSchema:schema34,data:data17};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}}else {const err32 = {instancePath:instancePath+"/sandbox",schemaPath:"#/properties/sandbox/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.sandbox.type,parentSchema:schema35.properties.sandbox,data:data6};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.command_timeout !== undefined){let data18 = data.command_timeout;if((typeof data18 !== "string") && (!((typeof data18 == "number") && (isFinite(data18))))){const err33 = {instancePath:instancePath+"/command_timeout",schemaPath:"#/definitions/command_timeout/type",keyword:"type",params:{type: schema51.type},message:"must be string,number",schema:schema51.type,parentSchema:schema51,data:data18};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if((typeof data18 == "number") && (isFinite(data18))){if(data18 < 0 || isNaN(data18)){const err34 = {instancePath:instancePath+"/command_timeout",schemaPath:"#/definitions/command_timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51,data:data18};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(typeof data18 === "string"){if(!pattern5.test(data18)){const err35 = {instancePath:instancePath+"/command_timeout",schemaPath:"#/definitions/command_timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$",parentSchema:schema51,data:data18};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}if(data.output_schema !== undefined){let data19 = data.output_schema;if(!(data19 && typeof data19 == "object" && !Array.isArray(data19))){const err36 = {instancePath:instancePath+"/output_schema",schemaPath:"#/definitions/output_schema/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data19};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}validate17.errors = vErrors;return errors === 0;}const schema53 = {"description":"Defaults merged into every approval step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"message":{"$ref":"#/definitions/approval_message"},"approvers":{"$ref":"#/definitions/approvers"},"timeout":{"$ref":"#/definitions/approval_timeout"},"on_timeout":{"$ref":"#/definitions/on_timeout"},"auto_approve":{"$ref":"#/definitions/auto_approve"}}};const schema54 = {"description":"What is asked of the approvers; shown in the PR comment. May hold ${{ }} expressions.","type":"string"};const schema55 = {"description":"Who may decide. Someone counts if they hold the permission, or are a listed user, or a member of a listed team.","type":"object","additionalProperties":false,"properties":{"permission":{"description":"The least repository role an approver needs (read live from GitHub).","enum":["read","triage","write","maintain","admin"],"default":"write"},"users":{"description":"GitHub logins allowed to decide.","type":"array","items":{"description":"A GitHub login.","type":"string","pattern":"^[A-Za-z0-9](-?[A-Za-z0-9])*$"}},"teams":{"description":"Teams whose members may decide, as org/team-slug or team-slug.","type":"array","items":{"description":"A team.","type":"string","pattern":"^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$"}},"min":{"description":"How many distinct approvals are needed.","type":"integer","minimum":1,"default":1},"allow_author":{"description":"Whether the pull request's author may approve.","type":"boolean","default":false}}};const schema56 = {"description":"How long to wait for a decision.","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"};const schema57 = {"description":"What a timeout means: fail (the step fails) or reject (counts as a rejection).","enum":["fail","reject"],"default":"fail"};const schema58 = {"description":"true, false, or one ${{ }} expression: when true, the gate is approved by policy without asking.","type":["boolean","string"],"pattern":"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$"};const pattern11 = new RegExp("^[A-Za-z0-9](-?[A-Za-z0-9])*$", "u");const pattern12 = new RegExp("^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$", "u");const pattern14 = new RegExp("^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$", "u");function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "message") || (key0 === "approvers")) || (key0 === "timeout")) || (key0 === "on_timeout")) || (key0 === "auto_approve"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.message !== undefined){let data0 = data.message;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/approval_message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.approvers !== undefined){let data1 = data.approvers;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(((((key1 === "permission") || (key1 === "users")) || (key1 === "teams")) || (key1 === "min")) || (key1 === "allow_author"))){const err2 = {instancePath:instancePath+"/approvers",schemaPath:"#/definitions/approvers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data1.permission !== undefined){let data2 = data1.permission;if(!(((((data2 === "read") || (data2 === "triage")) || (data2 === "write")) || (data2 === "maintain")) || (data2 === "admin"))){const err3 = {instancePath:instancePath+"/approvers/permission",schemaPath:"#/definitions/approvers/properties/permission/enum",keyword:"enum",params:{allowedValues: schema55.properties.permission.enum},message:"must be equal to one of the allowed values",schema:schema55.properties.permission.enum,parentSchema:schema55.properties.permission,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.users !== undefined){let data3 = data1.users;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(typeof data4 === "string"){if(!pattern11.test(data4)){const err4 = {instancePath:instancePath+"/approvers/users/" + i0,schemaPath:"#/definitions/approvers/properties/users/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](-?[A-Za-z0-9])*$"},message:"must match pattern \""+"^[A-Za-z0-9](-?[A-Za-z0-9])*$"+"\"",schema:"^[A-Za-z0-9](-?[A-Za-z0-9])*$",parentSchema:schema55.properties.users.items,data:data4};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/approvers/users/" + i0,schemaPath:"#/definitions/approvers/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.users.items.type,parentSchema:schema55.properties.users.items,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/approvers/users",schemaPath:"#/definitions/approvers/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.users.type,parentSchema:schema55.properties.users,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1.teams !== undefined){let data5 = data1.teams;if(Array.isArray(data5)){const len1 = data5.length;for(let i1=0; i1<len1; i1++){let data6 = data5[i1];if(typeof data6 === "string"){if(!pattern12.test(data6)){const err7 = {instancePath:instancePath+"/approvers/teams/" + i1,schemaPath:"#/definitions/approvers/properties/teams/items/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$"+"\"",schema:"^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$",parentSchema:schema55.properties.teams.items,data:data6};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/approvers/teams/" + i1,schemaPath:"#/definitions/approvers/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.teams.items.type,parentSchema:schema55.properties.teams.items,data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/approvers/teams",schemaPath:"#/definitions/approvers/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.teams.type,parentSchema:schema55.properties.teams,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data1.min !== undefined){let data7 = data1.min;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err10 = {instancePath:instancePath+"/approvers/min",schemaPath:"#/definitions/approvers/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.min.type,parentSchema:schema55.properties.min,data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err11 = {instancePath:instancePath+"/approvers/min",schemaPath:"#/definitions/approvers/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema55.properties.min,data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}if(data1.allow_author !== undefined){let data8 = data1.allow_author;if(typeof data8 !== "boolean"){const err12 = {instancePath:instancePath+"/approvers/allow_author",schemaPath:"#/definitions/approvers/properties/allow_author/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema55.properties.allow_author.type,parentSchema:schema55.properties.allow_author,data:data8};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/approvers",schemaPath:"#/definitions/approvers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data:data1};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.timeout !== undefined){let data9 = data.timeout;if((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))){const err14 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/approval_timeout/type",keyword:"type",params:{type: schema56.type},message:"must be string,number",schema:schema56.type,parentSchema:schema56,data:data9};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 0 || isNaN(data9)){const err15 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/approval_timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema56,data:data9};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(typeof data9 === "string"){if(!pattern5.test(data9)){const err16 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/approval_timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$",parentSchema:schema56,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data.on_timeout !== undefined){let data10 = data.on_timeout;if(!((data10 === "fail") || (data10 === "reject"))){const err17 = {instancePath:instancePath+"/on_timeout",schemaPath:"#/definitions/on_timeout/enum",keyword:"enum",params:{allowedValues: schema57.enum},message:"must be equal to one of the allowed values",schema:schema57.enum,parentSchema:schema57,data:data10};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.auto_approve !== undefined){let data11 = data.auto_approve;if((typeof data11 !== "boolean") && (typeof data11 !== "string")){const err18 = {instancePath:instancePath+"/auto_approve",schemaPath:"#/definitions/auto_approve/type",keyword:"type",params:{type: schema58.type},message:"must be boolean,string",schema:schema58.type,parentSchema:schema58,data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(typeof data11 === "string"){if(!pattern14.test(data11)){const err19 = {instancePath:instancePath+"/auto_approve",schemaPath:"#/definitions/auto_approve/pattern",keyword:"pattern",params:{pattern: "^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$"},message:"must match pattern \""+"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$"+"\"",schema:"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$",parentSchema:schema58,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}}else {const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}validate19.errors = vErrors;return errors === 0;}const schema59 = {"description":"One step: an id, when it runs, and exactly one kind key (shell, llm, sandbox, agent or approval).","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"description":"Unique id: a lowercase letter, then lowercase letters, digits, _ or -. Other steps read its results as steps.<id>.","type":"string","pattern":"^[a-z][a-z0-9_-]*$","maxLength":100},"name":{"description":"A human name for logs and the job summary.","type":"string"},"needs":{"description":"The steps this one runs after. Absent: the step listed before. [] makes the step a root.","type":["string","array"],"items":{"description":"A step id.","type":"string"}},"if":{"description":"Run only when this is true: a bare expression or exactly one ${{ }}. Default success().","type":["string","boolean"]},"timeout":{"description":"How long one attempt of the step may take.","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},"retry":{"description":"Retries on failure.","type":"object","additionalProperties":false,"properties":{"max_attempts":{"description":"Attempts in all, including the first (default 1).","type":"integer","minimum":1,"maximum":100,"default":1},"backoff":{"description":"Delay before the second attempt (default 1s); doubles for each further attempt.","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"}}},"continue_on_error":{"description":"true, false, or one ${{ }} expression: when true, a failure of this step does not fail the run.","type":["boolean","string"],"pattern":"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$","default":false},"budget":{"description":"This step's own spending limit, within the workflow's.","type":"object","additionalProperties":false,"required":["max_usd"],"properties":{"max_usd":{"$ref":"#/definitions/usd"}}},"shell":{"$ref":"#/definitions/step_shell"},"llm":{"$ref":"#/definitions/step_llm"},"sandbox":{"$ref":"#/definitions/step_sandbox"},"agent":{"$ref":"#/definitions/step_agent"},"approval":{"$ref":"#/definitions/step_approval"}},"oneOf":[{"required":["shell"]},{"required":["llm"]},{"required":["sandbox"]},{"required":["agent"]},{"required":["approval"]}]};const pattern15 = new RegExp("^[a-z][a-z0-9_-]*$", "u");const schema61 = {"description":"A command on the runner itself, for trusted glue (git diff, gh).","type":"object","additionalProperties":false,"required":["run"],"properties":{"run":{"$ref":"#/definitions/run"},"env":{"$ref":"#/definitions/env"},"shell":{"$ref":"#/definitions/shell_shell"}}};const schema62 = {"description":"The command, run with `sh -c` (sandbox) or the step's shell. Never contains ${{ }}: pass values through env and use \"$NAME\".","type":"string","minLength":1};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.run === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema61.required,parentSchema:schema61,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((key0 === "run") || (key0 === "env")) || (key0 === "shell"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.run !== undefined){let data0 = data.run;if(typeof data0 === "string"){if(func3(data0) < 1){const err2 = {instancePath:instancePath+"/run",schemaPath:"#/definitions/run/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/run",schemaPath:"#/definitions/run/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.env !== undefined){let data1 = data.env;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){const _errs8 = errors;if(typeof key1 === "string"){if(!pattern1.test(key1)){const err4 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema12.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}var valid3 = _errs8 === errors;if(!valid3){const err5 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema12.propertyNames,parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}for(const key2 in data1){let data2 = data1[key2];if(((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) && (typeof data2 !== "boolean")){const err6 = {instancePath:instancePath+"/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/env/additionalProperties/type",keyword:"type",params:{type: schema12.additionalProperties.type},message:"must be string,number,boolean",schema:schema12.additionalProperties.type,parentSchema:schema12.additionalProperties,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.shell !== undefined){let data3 = data.shell;if(!((data3 === "bash") || (data3 === "sh"))){const err8 = {instancePath:instancePath+"/shell",schemaPath:"#/definitions/shell_shell/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate22.errors = vErrors;return errors === 0;}const schema65 = {"description":"One chat call to the model.","type":"object","additionalProperties":false,"properties":{"model":{"$ref":"#/definitions/model"},"system":{"$ref":"#/definitions/system"},"prompt":{"$ref":"#/definitions/prompt"},"messages":{"$ref":"#/definitions/messages"},"max_tokens":{"$ref":"#/definitions/max_tokens"},"temperature":{"$ref":"#/definitions/temperature"},"output_schema":{"$ref":"#/definitions/output_schema"}}};const schema68 = {"description":"The user message. May hold ${{ }} expressions.","type":"string"};const schema69 = {"description":"The conversation, instead of prompt.","type":"array","minItems":1,"items":{"description":"One message.","type":"object","additionalProperties":false,"required":["role","content"],"properties":{"role":{"description":"Who speaks.","enum":["system","developer","user","assistant"]},"content":{"description":"The text of the message. May hold ${{ }} expressions.","type":"string"}}}};function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((((key0 === "model") || (key0 === "system")) || (key0 === "prompt")) || (key0 === "messages")) || (key0 === "max_tokens")) || (key0 === "temperature")) || (key0 === "output_schema"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.model !== undefined){let data0 = data.model;if(typeof data0 === "string"){if(func3(data0) < 1){const err1 = {instancePath:instancePath+"/model",schemaPath:"#/definitions/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/model",schemaPath:"#/definitions/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.system !== undefined){let data1 = data.system;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/system",schemaPath:"#/definitions/system/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.prompt !== undefined){let data2 = data.prompt;if(typeof data2 !== "string"){const err4 = {instancePath:instancePath+"/prompt",schemaPath:"#/definitions/prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.type,parentSchema:schema68,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.messages !== undefined){let data3 = data.messages;if(Array.isArray(data3)){if(data3.length < 1){const err5 = {instancePath:instancePath+"/messages",schemaPath:"#/definitions/messages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema69,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.role === undefined){const err6 = {instancePath:instancePath+"/messages/" + i0,schemaPath:"#/definitions/messages/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema69.items.required,parentSchema:schema69.items,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data4.content === undefined){const err7 = {instancePath:instancePath+"/messages/" + i0,schemaPath:"#/definitions/messages/items/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema69.items.required,parentSchema:schema69.items,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}for(const key1 in data4){if(!((key1 === "role") || (key1 === "content"))){const err8 = {instancePath:instancePath+"/messages/" + i0,schemaPath:"#/definitions/messages/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema69.items,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data4.role !== undefined){let data5 = data4.role;if(!((((data5 === "system") || (data5 === "developer")) || (data5 === "user")) || (data5 === "assistant"))){const err9 = {instancePath:instancePath+"/messages/" + i0+"/role",schemaPath:"#/definitions/messages/items/properties/role/enum",keyword:"enum",params:{allowedValues: schema69.items.properties.role.enum},message:"must be equal to one of the allowed values",schema:schema69.items.properties.role.enum,parentSchema:schema69.items.properties.role,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data4.content !== undefined){let data6 = data4.content;if(typeof data6 !== "string"){const err10 = {instancePath:instancePath+"/messages/" + i0+"/content",schemaPath:"#/definitions/messages/items/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.items.properties.content.type,parentSchema:schema69.items.properties.content,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/messages/" + i0,schemaPath:"#/definitions/messages/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.items.type,parentSchema:schema69.items,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/messages",schemaPath:"#/definitions/messages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.type,parentSchema:schema69,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.max_tokens !== undefined){let data7 = data.max_tokens;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err13 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/definitions/max_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema20.type,parentSchema:schema20,data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err14 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/definitions/max_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema20,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}if(data.temperature !== undefined){let data8 = data.temperature;if((typeof data8 == "number") && (isFinite(data8))){if(data8 > 2 || isNaN(data8)){const err15 = {instancePath:instancePath+"/temperature",schemaPath:"#/definitions/temperature/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2",schema:2,parentSchema:schema21,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data8 < 0 || isNaN(data8)){const err16 = {instancePath:instancePath+"/temperature",schemaPath:"#/definitions/temperature/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/temperature",schemaPath:"#/definitions/temperature/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.type,parentSchema:schema21,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.output_schema !== undefined){let data9 = data.output_schema;if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){const err18 = {instancePath:instancePath+"/output_schema",schemaPath:"#/definitions/output_schema/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data9};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate24.errors = vErrors;return errors === 0;}const schema73 = {"description":"A command in a fresh hardened container.","type":"object","additionalProperties":false,"required":["run"],"properties":{"run":{"$ref":"#/definitions/run"},"image":{"$ref":"#/definitions/image"},"env":{"$ref":"#/definitions/env"},"workspace":{"$ref":"#/definitions/workspace"},"network":{"$ref":"#/definitions/network"},"allow_host_network":{"$ref":"#/definitions/allow_host_network"},"memory":{"$ref":"#/definitions/memory"},"cpus":{"$ref":"#/definitions/cpus"},"pids":{"$ref":"#/definitions/pids"},"timeout":{"$ref":"#/definitions/sandbox_timeout"},"runtime":{"$ref":"#/definitions/runtime"},"user":{"$ref":"#/definitions/user"},"protected_paths_allowed":{"$ref":"#/definitions/protected_paths_allowed"}}};const schema86 = {"description":"Protected places this step's changes may reach the checkout in (.husky, .github/workflows, .gitmodules, .gitattributes, core.hooksPath); .git never can. See docs/sandbox.md.","type":"array","items":{"type":"string"},"uniqueItems":true};function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.run === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema73.required,parentSchema:schema73,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func2.call(schema73.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema73,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.run !== undefined){let data0 = data.run;if(typeof data0 === "string"){if(func3(data0) < 1){const err2 = {instancePath:instancePath+"/run",schemaPath:"#/definitions/run/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/run",schemaPath:"#/definitions/run/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.image !== undefined){let data1 = data.image;if(typeof data1 === "string"){if(func3(data1) < 1){const err4 = {instancePath:instancePath+"/image",schemaPath:"#/definitions/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/image",schemaPath:"#/definitions/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.env !== undefined){let data2 = data.env;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){const _errs11 = errors;if(typeof key1 === "string"){if(!pattern1.test(key1)){const err6 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema12.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}var valid4 = _errs11 === errors;if(!valid4){const err7 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema12.propertyNames,parentSchema:schema12,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}for(const key2 in data2){let data3 = data2[key2];if(((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))) && (typeof data3 !== "boolean")){const err8 = {instancePath:instancePath+"/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/env/additionalProperties/type",keyword:"type",params:{type: schema12.additionalProperties.type},message:"must be string,number,boolean",schema:schema12.additionalProperties.type,parentSchema:schema12.additionalProperties,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.workspace !== undefined){let data4 = data.workspace;if(!(((data4 === "none") || (data4 === "read-only")) || (data4 === "copy"))){const err10 = {instancePath:instancePath+"/workspace",schemaPath:"#/definitions/workspace/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values",schema:schema26.enum,parentSchema:schema26,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.network !== undefined){let data5 = data.network;if(!((data5 === "none") || (data5 === "host"))){const err11 = {instancePath:instancePath+"/network",schemaPath:"#/definitions/network/enum",keyword:"enum",params:{allowedValues: schema27.enum},message:"must be equal to one of the allowed values",schema:schema27.enum,parentSchema:schema27,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.allow_host_network !== undefined){let data6 = data.allow_host_network;if(typeof data6 !== "boolean"){const err12 = {instancePath:instancePath+"/allow_host_network",schemaPath:"#/definitions/allow_host_network/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.type,parentSchema:schema28,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.memory !== undefined){let data7 = data.memory;if((typeof data7 !== "string") && (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7))))){const err13 = {instancePath:instancePath+"/memory",schemaPath:"#/definitions/memory/type",keyword:"type",params:{type: schema29.type},message:"must be string,integer",schema:schema29.type,parentSchema:schema29,data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err14 = {instancePath:instancePath+"/memory",schemaPath:"#/definitions/memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema29,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(typeof data7 === "string"){if(!pattern4.test(data7)){const err15 = {instancePath:instancePath+"/memory",schemaPath:"#/definitions/memory/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$",parentSchema:schema29,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}if(data.cpus !== undefined){let data8 = data.cpus;if((typeof data8 == "number") && (isFinite(data8))){if(data8 <= 0 || isNaN(data8)){const err16 = {instancePath:instancePath+"/cpus",schemaPath:"#/definitions/cpus/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema30,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/cpus",schemaPath:"#/definitions/cpus/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema30.type,parentSchema:schema30,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.pids !== undefined){let data9 = data.pids;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err18 = {instancePath:instancePath+"/pids",schemaPath:"#/definitions/pids/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.type,parentSchema:schema31,data:data9};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 1 || isNaN(data9)){const err19 = {instancePath:instancePath+"/pids",schemaPath:"#/definitions/pids/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31,data:data9};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}if(data.timeout !== undefined){let data10 = data.timeout;if((typeof data10 !== "string") && (!((typeof data10 == "number") && (isFinite(data10))))){const err20 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/sandbox_timeout/type",keyword:"type",params:{type: schema32.type},message:"must be string,number",schema:schema32.type,parentSchema:schema32,data:data10};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if((typeof data10 == "number") && (isFinite(data10))){if(data10 < 0 || isNaN(data10)){const err21 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/sandbox_timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32,data:data10};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(typeof data10 === "string"){if(!pattern5.test(data10)){const err22 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/sandbox_timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$",parentSchema:schema32,data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}if(data.runtime !== undefined){let data11 = data.runtime;if(!((data11 === "runc") || (data11 === "runsc"))){const err23 = {instancePath:instancePath+"/runtime",schemaPath:"#/definitions/runtime/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data11};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.user !== undefined){let data12 = data.user;if((typeof data12 !== "string") && (!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12))))){const err24 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/user/type",keyword:"type",params:{type: schema34.type},message:"must be string,integer",schema:schema34.type,parentSchema:schema34,data:data12};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if((typeof data12 == "number") && (isFinite(data12))){if(data12 < 0 || isNaN(data12)){const err25 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/user/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema34,data:data12};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(typeof data12 === "string"){if(!pattern6.test(data12)){const err26 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/user/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(:[0-9]+)?$"},message:"must match pattern \""+"^[0-9]+(:[0-9]+)?$"+"\"",schema:"^[0-9]+(:[0-9]+)?$",parentSchema:schema34,data:data12};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}if(data.protected_paths_allowed !== undefined){let data13 = data.protected_paths_allowed;if(Array.isArray(data13)){const len0 = data13.length;for(let i0=0; i0<len0; i0++){let data14 = data13[i0];if(typeof data14 !== "string"){const err27 = {instancePath:instancePath+"/protected_paths_allowed/" + i0,schemaPath:"#/definitions/protected_paths_allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.items.type,parentSchema:schema86.items,data:data14};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}let i1 = data13.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data13[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err28 = {instancePath:instancePath+"/protected_paths_allowed",schemaPath:"#/definitions/protected_paths_allowed/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema86,data:data13};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;break;}indices0[item0] = i1;}}}else {const err29 = {instancePath:instancePath+"/protected_paths_allowed",schemaPath:"#/definitions/protected_paths_allowed/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema86.type,parentSchema:schema86,data:data13};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}validate26.errors = vErrors;return errors === 0;}const schema87 = {"description":"A tool-calling loop; the tools run in one hardened container kept for the step.","type":"object","additionalProperties":false,"required":["task"],"properties":{"model":{"$ref":"#/definitions/model"},"system":{"$ref":"#/definitions/system"},"task":{"$ref":"#/definitions/task"},"max_turns":{"$ref":"#/definitions/max_turns"},"max_tokens":{"$ref":"#/definitions/max_tokens"},"tools":{"$ref":"#/definitions/tools"},"sandbox":{"description":"The container the tools run in (the sandbox step's fields, without run and timeout).","type":"object","additionalProperties":false,"properties":{"image":{"$ref":"#/definitions/image"},"env":{"$ref":"#/definitions/env"},"workspace":{"$ref":"#/definitions/workspace"},"network":{"$ref":"#/definitions/network"},"allow_host_network":{"$ref":"#/definitions/allow_host_network"},"memory":{"$ref":"#/definitions/memory"},"cpus":{"$ref":"#/definitions/cpus"},"pids":{"$ref":"#/definitions/pids"},"runtime":{"$ref":"#/definitions/runtime"},"user":{"$ref":"#/definitions/user"}}},"command_timeout":{"$ref":"#/definitions/command_timeout"},"output_schema":{"$ref":"#/definitions/output_schema"},"protected_paths_allowed":{"$ref":"#/definitions/protected_paths_allowed"}}};const schema90 = {"description":"What the agent is asked to do. May hold ${{ }} expressions.","type":"string","minLength":1};function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.task === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "task"},message:"must have required property '"+"task"+"'",schema:schema87.required,parentSchema:schema87,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func2.call(schema87.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema87,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.model !== undefined){let data0 = data.model;if(typeof data0 === "string"){if(func3(data0) < 1){const err2 = {instancePath:instancePath+"/model",schemaPath:"#/definitions/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/model",schemaPath:"#/definitions/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.system !== undefined){let data1 = data.system;if(typeof data1 !== "string"){const err4 = {instancePath:instancePath+"/system",schemaPath:"#/definitions/system/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.task !== undefined){let data2 = data.task;if(typeof data2 === "string"){if(func3(data2) < 1){const err5 = {instancePath:instancePath+"/task",schemaPath:"#/definitions/task/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema90,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/task",schemaPath:"#/definitions/task/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.type,parentSchema:schema90,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.max_turns !== undefined){let data3 = data.max_turns;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err7 = {instancePath:instancePath+"/max_turns",schemaPath:"#/definitions/max_turns/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.type,parentSchema:schema38,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 1 || isNaN(data3)){const err8 = {instancePath:instancePath+"/max_turns",schemaPath:"#/definitions/max_turns/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data.max_tokens !== undefined){let data4 = data.max_tokens;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err9 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/definitions/max_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema20.type,parentSchema:schema20,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 < 1 || isNaN(data4)){const err10 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/definitions/max_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema20,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data.tools !== undefined){let data5 = data.tools;if(Array.isArray(data5)){const len0 = data5.length;for(let i0=0; i0<len0; i0++){let data6 = data5[i0];if(!(((((data6 === "run") || (data6 === "read_file")) || (data6 === "write_file")) || (data6 === "list_files")) || (data6 === "search"))){const err11 = {instancePath:instancePath+"/tools/" + i0,schemaPath:"#/definitions/tools/items/enum",keyword:"enum",params:{allowedValues: schema40.items.enum},message:"must be equal to one of the allowed values",schema:schema40.items.enum,parentSchema:schema40.items,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}let i1 = data5.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data5[i1], data5[j0])){const err12 = {instancePath:instancePath+"/tools",schemaPath:"#/definitions/tools/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema40,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;break outer0;}}}}}else {const err13 = {instancePath:instancePath+"/tools",schemaPath:"#/definitions/tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.type,parentSchema:schema40,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.sandbox !== undefined){let data7 = data.sandbox;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key1 in data7){if(!(func2.call(schema87.properties.sandbox.properties, key1))){const err14 = {instancePath:instancePath+"/sandbox",schemaPath:"#/properties/sandbox/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties.sandbox,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data7.image !== undefined){let data8 = data7.image;if(typeof data8 === "string"){if(func3(data8) < 1){const err15 = {instancePath:instancePath+"/sandbox/image",schemaPath:"#/definitions/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/sandbox/image",schemaPath:"#/definitions/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data7.env !== undefined){let data9 = data7.env;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){for(const key2 in data9){const _errs30 = errors;if(typeof key2 === "string"){if(!pattern1.test(key2)){const err17 = {instancePath:instancePath+"/sandbox/env",schemaPath:"#/definitions/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema12.propertyNames,data:key2,propertyName:key2};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}var valid13 = _errs30 === errors;if(!valid13){const err18 = {instancePath:instancePath+"/sandbox/env",schemaPath:"#/definitions/env/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema12.propertyNames,parentSchema:schema12,data:data9};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}for(const key3 in data9){let data10 = data9[key3];if(((typeof data10 !== "string") && (!((typeof data10 == "number") && (isFinite(data10))))) && (typeof data10 !== "boolean")){const err19 = {instancePath:instancePath+"/sandbox/env/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/env/additionalProperties/type",keyword:"type",params:{type: schema12.additionalProperties.type},message:"must be string,number,boolean",schema:schema12.additionalProperties.type,parentSchema:schema12.additionalProperties,data:data10};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/sandbox/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data9};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data7.workspace !== undefined){let data11 = data7.workspace;if(!(((data11 === "none") || (data11 === "read-only")) || (data11 === "copy"))){const err21 = {instancePath:instancePath+"/sandbox/workspace",schemaPath:"#/definitions/workspace/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values",schema:schema26.enum,parentSchema:schema26,data:data11};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data7.network !== undefined){let data12 = data7.network;if(!((data12 === "none") || (data12 === "host"))){const err22 = {instancePath:instancePath+"/sandbox/network",schemaPath:"#/definitions/network/enum",keyword:"enum",params:{allowedValues: schema27.enum},message:"must be equal to one of the allowed values",schema:schema27.enum,parentSchema:schema27,data:data12};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data7.allow_host_network !== undefined){let data13 = data7.allow_host_network;if(typeof data13 !== "boolean"){const err23 = {instancePath:instancePath+"/sandbox/allow_host_network",schemaPath:"#/definitions/allow_host_network/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.type,parentSchema:schema28,data:data13};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data7.memory !== undefined){let data14 = data7.memory;if((typeof data14 !== "string") && (!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14))))){const err24 = {instancePath:instancePath+"/sandbox/memory",schemaPath:"#/definitions/memory/type",keyword:"type",params:{type: schema29.type},message:"must be string,integer",schema:schema29.type,parentSchema:schema29,data:data14};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if((typeof data14 == "number") && (isFinite(data14))){if(data14 < 1 || isNaN(data14)){const err25 = {instancePath:instancePath+"/sandbox/memory",schemaPath:"#/definitions/memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema29,data:data14};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(typeof data14 === "string"){if(!pattern4.test(data14)){const err26 = {instancePath:instancePath+"/sandbox/memory",schemaPath:"#/definitions/memory/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$",parentSchema:schema29,data:data14};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}if(data7.cpus !== undefined){let data15 = data7.cpus;if((typeof data15 == "number") && (isFinite(data15))){if(data15 <= 0 || isNaN(data15)){const err27 = {instancePath:instancePath+"/sandbox/cpus",schemaPath:"#/definitions/cpus/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema30,data:data15};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/sandbox/cpus",schemaPath:"#/definitions/cpus/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema30.type,parentSchema:schema30,data:data15};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data7.pids !== undefined){let data16 = data7.pids;if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){const err29 = {instancePath:instancePath+"/sandbox/pids",schemaPath:"#/definitions/pids/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.type,parentSchema:schema31,data:data16};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if((typeof data16 == "number") && (isFinite(data16))){if(data16 < 1 || isNaN(data16)){const err30 = {instancePath:instancePath+"/sandbox/pids",schemaPath:"#/definitions/pids/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31,data:data16};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}if(data7.runtime !== undefined){let data17 = data7.runtime;if(!((data17 === "runc") || (data17 === "runsc"))){const err31 = {instancePath:instancePath+"/sandbox/runtime",schemaPath:"#/definitions/runtime/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data17};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data7.user !== undefined){let data18 = data7.user;if((typeof data18 !== "string") && (!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18))))){const err32 = {instancePath:instancePath+"/sandbox/user",schemaPath:"#/definitions/user/type",keyword:"type",params:{type: schema34.type},message:"must be string,integer",schema:schema34.type,parentSchema:schema34,data:data18};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if((typeof data18 == "number") && (isFinite(data18))){if(data18 < 0 || isNaN(data18)){const err33 = {instancePath:instancePath+"/sandbox/user",schemaPath:"#/definitions/user/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema34,data:data18};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(typeof data18 === "string"){if(!pattern6.test(data18)){const err34 = {instancePath:instancePath+"/sandbox/user",schemaPath:"#/definitions/user/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(:[0-9]+)?$"},message:"must match pattern \""+"^[0-9]+(:[0-9]+)?$"+"\"",schema:"^[0-9]+(:[0-9]+)?$",parentSchema:schema34,data:data18};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}}else {const err35 = {instancePath:instancePath+"/sandbox",schemaPath:"#/properties/sandbox/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties.sandbox.type,parentSchema:schema87.properties.sandbox,data:data7};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data.command_timeout !== undefined){let data19 = data.command_timeout;if((typeof data19 !== "string") && (!((typeof data19 == "number") && (isFinite(data19))))){const err36 = {instancePath:instancePath+"/command_timeout",schemaPath:"#/definitions/command_timeout/type",keyword:"type",params:{type: schema51.type},message:"must be string,number",schema:schema51.type,parentSchema:schema51,data:data19};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if((typeof data19 == "number") && (isFinite(data19))){if(data19 < 0 || isNaN(data19)){const err37 = {instancePath:instancePath+"/command_timeout",schemaPath:"#/definitions/command_timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51,data:data19};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(typeof data19 === "string"){if(!pattern5.test(data19)){const err38 = {instancePath:instancePath+"/command_timeout",schemaPath:"#/definitions/command_timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$",parentSchema:schema51,data:data19};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}if(data.output_schema !== undefined){let data20 = data.output_schema;if(!(data20 && typeof data20 == "object" && !Array.isArray(data20))){const err39 = {instancePath:instancePath+"/output_schema",schemaPath:"#/definitions/output_schema/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data20};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data.protected_paths_allowed !== undefined){let data21 = data.protected_paths_allowed;if(Array.isArray(data21)){const len1 = data21.length;for(let i2=0; i2<len1; i2++){let data22 = data21[i2];if(typeof data22 !== "string"){const err40 = {instancePath:instancePath+"/protected_paths_allowed/" + i2,schemaPath:"#/definitions/protected_paths_allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.items.type,parentSchema:schema86.items,data:data22};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}let i3 = data21.length;let j1;if(i3 > 1){const indices0 = {};for(;i3--;){let item0 = data21[i3];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j1 = indices0[item0];const err41 = {instancePath:instancePath+"/protected_paths_allowed",schemaPath:"#/definitions/protected_paths_allowed/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema86,data:data21};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;break;}indices0[item0] = i3;}}}else {const err42 = {instancePath:instancePath+"/protected_paths_allowed",schemaPath:"#/definitions/protected_paths_allowed/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema86.type,parentSchema:schema86,data:data21};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.type,parentSchema:schema87,data};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}validate28.errors = vErrors;return errors === 0;}const schema107 = {"description":"Pauses until people decide, by PR comment (/approve, /reject) or PR review.","type":"object","additionalProperties":false,"properties":{"message":{"$ref":"#/definitions/approval_message"},"approvers":{"$ref":"#/definitions/approvers"},"timeout":{"$ref":"#/definitions/approval_timeout"},"on_timeout":{"$ref":"#/definitions/on_timeout"},"auto_approve":{"$ref":"#/definitions/auto_approve"}}};function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "message") || (key0 === "approvers")) || (key0 === "timeout")) || (key0 === "on_timeout")) || (key0 === "auto_approve"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema107,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.message !== undefined){let data0 = data.message;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/approval_message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.approvers !== undefined){let data1 = data.approvers;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(((((key1 === "permission") || (key1 === "users")) || (key1 === "teams")) || (key1 === "min")) || (key1 === "allow_author"))){const err2 = {instancePath:instancePath+"/approvers",schemaPath:"#/definitions/approvers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data1.permission !== undefined){let data2 = data1.permission;if(!(((((data2 === "read") || (data2 === "triage")) || (data2 === "write")) || (data2 === "maintain")) || (data2 === "admin"))){const err3 = {instancePath:instancePath+"/approvers/permission",schemaPath:"#/definitions/approvers/properties/permission/enum",keyword:"enum",params:{allowedValues: schema55.properties.permission.enum},message:"must be equal to one of the allowed values",schema:schema55.properties.permission.enum,parentSchema:schema55.properties.permission,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.users !== undefined){let data3 = data1.users;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(typeof data4 === "string"){if(!pattern11.test(data4)){const err4 = {instancePath:instancePath+"/approvers/users/" + i0,schemaPath:"#/definitions/approvers/properties/users/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](-?[A-Za-z0-9])*$"},message:"must match pattern \""+"^[A-Za-z0-9](-?[A-Za-z0-9])*$"+"\"",schema:"^[A-Za-z0-9](-?[A-Za-z0-9])*$",parentSchema:schema55.properties.users.items,data:data4};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/approvers/users/" + i0,schemaPath:"#/definitions/approvers/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.users.items.type,parentSchema:schema55.properties.users.items,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/approvers/users",schemaPath:"#/definitions/approvers/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.users.type,parentSchema:schema55.properties.users,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1.teams !== undefined){let data5 = data1.teams;if(Array.isArray(data5)){const len1 = data5.length;for(let i1=0; i1<len1; i1++){let data6 = data5[i1];if(typeof data6 === "string"){if(!pattern12.test(data6)){const err7 = {instancePath:instancePath+"/approvers/teams/" + i1,schemaPath:"#/definitions/approvers/properties/teams/items/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$"+"\"",schema:"^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$",parentSchema:schema55.properties.teams.items,data:data6};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/approvers/teams/" + i1,schemaPath:"#/definitions/approvers/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.teams.items.type,parentSchema:schema55.properties.teams.items,data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/approvers/teams",schemaPath:"#/definitions/approvers/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.teams.type,parentSchema:schema55.properties.teams,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data1.min !== undefined){let data7 = data1.min;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err10 = {instancePath:instancePath+"/approvers/min",schemaPath:"#/definitions/approvers/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.min.type,parentSchema:schema55.properties.min,data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err11 = {instancePath:instancePath+"/approvers/min",schemaPath:"#/definitions/approvers/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema55.properties.min,data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}if(data1.allow_author !== undefined){let data8 = data1.allow_author;if(typeof data8 !== "boolean"){const err12 = {instancePath:instancePath+"/approvers/allow_author",schemaPath:"#/definitions/approvers/properties/allow_author/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema55.properties.allow_author.type,parentSchema:schema55.properties.allow_author,data:data8};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/approvers",schemaPath:"#/definitions/approvers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data:data1};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.timeout !== undefined){let data9 = data.timeout;if((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))){const err14 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/approval_timeout/type",keyword:"type",params:{type: schema56.type},message:"must be string,number",schema:schema56.type,parentSchema:schema56,data:data9};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 0 || isNaN(data9)){const err15 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/approval_timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema56,data:data9};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(typeof data9 === "string"){if(!pattern5.test(data9)){const err16 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/approval_timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$",parentSchema:schema56,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data.on_timeout !== undefined){let data10 = data.on_timeout;if(!((data10 === "fail") || (data10 === "reject"))){const err17 = {instancePath:instancePath+"/on_timeout",schemaPath:"#/definitions/on_timeout/enum",keyword:"enum",params:{allowedValues: schema57.enum},message:"must be equal to one of the allowed values",schema:schema57.enum,parentSchema:schema57,data:data10};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.auto_approve !== undefined){let data11 = data.auto_approve;if((typeof data11 !== "boolean") && (typeof data11 !== "string")){const err18 = {instancePath:instancePath+"/auto_approve",schemaPath:"#/definitions/auto_approve/type",keyword:"type",params:{type: schema58.type},message:"must be boolean,string",schema:schema58.type,parentSchema:schema58,data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(typeof data11 === "string"){if(!pattern14.test(data11)){const err19 = {instancePath:instancePath+"/auto_approve",schemaPath:"#/definitions/auto_approve/pattern",keyword:"pattern",params:{pattern: "^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$"},message:"must match pattern \""+"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$"+"\"",schema:"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$",parentSchema:schema58,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}}else {const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.type,parentSchema:schema107,data};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}validate30.errors = vErrors;return errors === 0;}function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;let valid0 = false;let passing0 = null;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.shell === undefined){const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "shell"},message:"must have required property '"+"shell"+"'",schema:schema59.oneOf[0].required,parentSchema:schema59.oneOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs2 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.llm === undefined){const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "llm"},message:"must have required property '"+"llm"+"'",schema:schema59.oneOf[1].required,parentSchema:schema59.oneOf[1],data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.sandbox === undefined){const err2 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "sandbox"},message:"must have required property '"+"sandbox"+"'",schema:schema59.oneOf[2].required,parentSchema:schema59.oneOf[2],data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs4 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.agent === undefined){const err3 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "agent"},message:"must have required property '"+"agent"+"'",schema:schema59.oneOf[3].required,parentSchema:schema59.oneOf[3],data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 3];}else {if(_valid0){valid0 = true;passing0 = 3;}const _errs6 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.approval === undefined){const err4 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "approval"},message:"must have required property '"+"approval"+"'",schema:schema59.oneOf[4].required,parentSchema:schema59.oneOf[4],data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}var _valid0 = _errs6 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 4];}else {if(_valid0){valid0 = true;passing0 = 4;}}}}}if(!valid0){const err5 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema59.oneOf,parentSchema:schema59,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema59.required,parentSchema:schema59,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}for(const key0 in data){if(!(func2.call(schema59.properties, key0))){const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 === "string"){if(func3(data0) > 100){const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema59.properties.id,data:data0};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!pattern15.test(data0)){const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_-]*$"+"\"",schema:"^[a-z][a-z0-9_-]*$",parentSchema:schema59.properties.id,data:data0};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.id.type,parentSchema:schema59.properties.id,data:data0};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.name !== undefined){let data1 = data.name;if(typeof data1 !== "string"){const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.name.type,parentSchema:schema59.properties.name,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.needs !== undefined){let data2 = data.needs;if((typeof data2 !== "string") && (!(Array.isArray(data2)))){const err12 = {instancePath:instancePath+"/needs",schemaPath:"#/properties/needs/type",keyword:"type",params:{type: schema59.properties.needs.type},message:"must be string,array",schema:schema59.properties.needs.type,parentSchema:schema59.properties.needs,data:data2};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(typeof data3 !== "string"){const err13 = {instancePath:instancePath+"/needs/" + i0,schemaPath:"#/properties/needs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.needs.items.type,parentSchema:schema59.properties.needs.items,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}}if(data.if !== undefined){let data4 = data.if;if((typeof data4 !== "string") && (typeof data4 !== "boolean")){const err14 = {instancePath:instancePath+"/if",schemaPath:"#/properties/if/type",keyword:"type",params:{type: schema59.properties.if.type},message:"must be string,boolean",schema:schema59.properties.if.type,parentSchema:schema59.properties.if,data:data4};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.timeout !== undefined){let data5 = data.timeout;if((typeof data5 !== "string") && (!((typeof data5 == "number") && (isFinite(data5))))){const err15 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/type",keyword:"type",params:{type: schema59.properties.timeout.type},message:"must be string,number",schema:schema59.properties.timeout.type,parentSchema:schema59.properties.timeout,data:data5};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 0 || isNaN(data5)){const err16 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema59.properties.timeout,data:data5};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(typeof data5 === "string"){if(!pattern5.test(data5)){const err17 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$",parentSchema:schema59.properties.timeout,data:data5};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data.retry !== undefined){let data6 = data.retry;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key1 in data6){if(!((key1 === "max_attempts") || (key1 === "backoff"))){const err18 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.retry,data:data6};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data6.max_attempts !== undefined){let data7 = data6.max_attempts;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err19 = {instancePath:instancePath+"/retry/max_attempts",schemaPath:"#/properties/retry/properties/max_attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.retry.properties.max_attempts.type,parentSchema:schema59.properties.retry.properties.max_attempts,data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 > 100 || isNaN(data7)){const err20 = {instancePath:instancePath+"/retry/max_attempts",schemaPath:"#/properties/retry/properties/max_attempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema59.properties.retry.properties.max_attempts,data:data7};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data7 < 1 || isNaN(data7)){const err21 = {instancePath:instancePath+"/retry/max_attempts",schemaPath:"#/properties/retry/properties/max_attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema59.properties.retry.properties.max_attempts,data:data7};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}if(data6.backoff !== undefined){let data8 = data6.backoff;if((typeof data8 !== "string") && (!((typeof data8 == "number") && (isFinite(data8))))){const err22 = {instancePath:instancePath+"/retry/backoff",schemaPath:"#/properties/retry/properties/backoff/type",keyword:"type",params:{type: schema59.properties.retry.properties.backoff.type},message:"must be string,number",schema:schema59.properties.retry.properties.backoff.type,parentSchema:schema59.properties.retry.properties.backoff,data:data8};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 < 0 || isNaN(data8)){const err23 = {instancePath:instancePath+"/retry/backoff",schemaPath:"#/properties/retry/properties/backoff/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema59.properties.retry.properties.backoff,data:data8};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(typeof data8 === "string"){if(!pattern5.test(data8)){const err24 = {instancePath:instancePath+"/retry/backoff",schemaPath:"#/properties/retry/properties/backoff/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$",parentSchema:schema59.properties.retry.properties.backoff,data:data8};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}}else {const err25 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.retry.type,parentSchema:schema59.properties.retry,data:data6};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.continue_on_error !== undefined){let data9 = data.continue_on_error;if((typeof data9 !== "boolean") && (typeof data9 !== "string")){const err26 = {instancePath:instancePath+"/continue_on_error",schemaPath:"#/properties/continue_on_error/type",keyword:"type",params:{type: schema59.properties.continue_on_error.type},message:"must be boolean,string",schema:schema59.properties.continue_on_error.type,parentSchema:schema59.properties.continue_on_error,data:data9};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(typeof data9 === "string"){if(!pattern14.test(data9)){const err27 = {instancePath:instancePath+"/continue_on_error",schemaPath:"#/properties/continue_on_error/pattern",keyword:"pattern",params:{pattern: "^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$"},message:"must match pattern \""+"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$"+"\"",schema:"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$",parentSchema:schema59.properties.continue_on_error,data:data9};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}if(data.budget !== undefined){let data10 = data.budget;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){if(data10.max_usd === undefined){const err28 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/required",keyword:"required",params:{missingProperty: "max_usd"},message:"must have required property '"+"max_usd"+"'",schema:schema59.properties.budget.required,parentSchema:schema59.properties.budget,data:data10};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}for(const key2 in data10){if(!(key2 === "max_usd")){const err29 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.budget,data:data10};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data10.max_usd !== undefined){let data11 = data10.max_usd;if((typeof data11 == "number") && (isFinite(data11))){if(data11 <= 0 || isNaN(data11)){const err30 = {instancePath:instancePath+"/budget/max_usd",schemaPath:"#/definitions/usd/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema13,data:data11};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/budget/max_usd",schemaPath:"#/definitions/usd/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.type,parentSchema:schema13,data:data11};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.budget.type,parentSchema:schema59.properties.budget,data:data10};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.shell !== undefined){if(!(validate22(data.shell, {instancePath:instancePath+"/shell",parentData:data,parentDataProperty:"shell",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.llm !== undefined){if(!(validate24(data.llm, {instancePath:instancePath+"/llm",parentData:data,parentDataProperty:"llm",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data.sandbox !== undefined){if(!(validate26(data.sandbox, {instancePath:instancePath+"/sandbox",parentData:data,parentDataProperty:"sandbox",rootData}))){vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);errors = vErrors.length;}}if(data.agent !== undefined){if(!(validate28(data.agent, {instancePath:instancePath+"/agent",parentData:data,parentDataProperty:"agent",rootData}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}}if(data.approval !== undefined){if(!(validate30(data.approval, {instancePath:instancePath+"/approval",parentData:data,parentDataProperty:"approval",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}}}else {const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}validate21.errors = vErrors;return errors === 0;}function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://raw.githubusercontent.com/wflo/action/v1/schema/workflow.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.steps === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func2.call(schema11.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(1 !== data0){const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.name !== undefined){let data1 = data.name;if(typeof data1 !== "string"){const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.description !== undefined){let data2 = data.description;if(typeof data2 !== "string"){const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.description.type,parentSchema:schema11.properties.description,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.inputs !== undefined){let data3 = data.inputs;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){const _errs9 = errors;if(typeof key1 === "string"){if(!pattern0.test(key1)){const err6 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema11.properties.inputs.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}var valid1 = _errs9 === errors;if(!valid1){const err7 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema11.properties.inputs.propertyNames,parentSchema:schema11.properties.inputs,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}for(const key2 in data3){let data4 = data3[key2];if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key3 in data4){if(!(((((key3 === "type") || (key3 === "default")) || (key3 === "required")) || (key3 === "enum")) || (key3 === "description"))){const err8 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/inputs/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.inputs.additionalProperties,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data4.type !== undefined){let data5 = data4.type;if(!(((data5 === "string") || (data5 === "number")) || (data5 === "boolean"))){const err9 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/inputs/additionalProperties/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.inputs.additionalProperties.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.inputs.additionalProperties.properties.type.enum,parentSchema:schema11.properties.inputs.additionalProperties.properties.type,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data4.default !== undefined){let data6 = data4.default;if(((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))) && (typeof data6 !== "boolean")){const err10 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/default",schemaPath:"#/properties/inputs/additionalProperties/properties/default/type",keyword:"type",params:{type: schema11.properties.inputs.additionalProperties.properties.default.type},message:"must be string,number,boolean",schema:schema11.properties.inputs.additionalProperties.properties.default.type,parentSchema:schema11.properties.inputs.additionalProperties.properties.default,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data4.required !== undefined){let data7 = data4.required;if(typeof data7 !== "boolean"){const err11 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/inputs/additionalProperties/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.inputs.additionalProperties.properties.required.type,parentSchema:schema11.properties.inputs.additionalProperties.properties.required,data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data4.enum !== undefined){let data8 = data4.enum;if(Array.isArray(data8)){if(data8.length < 1){const err12 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum",schemaPath:"#/properties/inputs/additionalProperties/properties/enum/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.inputs.additionalProperties.properties.enum,data:data8};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}const len0 = data8.length;for(let i0=0; i0<len0; i0++){let data9 = data8[i0];if(((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))) && (typeof data9 !== "boolean")){const err13 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum/" + i0,schemaPath:"#/properties/inputs/additionalProperties/properties/enum/items/type",keyword:"type",params:{type: schema11.properties.inputs.additionalProperties.properties.enum.items.type},message:"must be string,number,boolean",schema:schema11.properties.inputs.additionalProperties.properties.enum.items.type,parentSchema:schema11.properties.inputs.additionalProperties.properties.enum.items,data:data9};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum",schemaPath:"#/properties/inputs/additionalProperties/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.inputs.additionalProperties.properties.enum.type,parentSchema:schema11.properties.inputs.additionalProperties.properties.enum,data:data8};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data4.description !== undefined){let data10 = data4.description;if(typeof data10 !== "string"){const err15 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/inputs/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.inputs.additionalProperties.properties.description.type,parentSchema:schema11.properties.inputs.additionalProperties.properties.description,data:data10};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/inputs/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.inputs.additionalProperties.type,parentSchema:schema11.properties.inputs.additionalProperties,data:data4};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.inputs.type,parentSchema:schema11.properties.inputs,data:data3};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.env !== undefined){let data11 = data.env;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key4 in data11){const _errs28 = errors;if(typeof key4 === "string"){if(!pattern1.test(key4)){const err18 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema12.propertyNames,data:key4,propertyName:key4};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}var valid7 = _errs28 === errors;if(!valid7){const err19 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema12.propertyNames,parentSchema:schema12,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}for(const key5 in data11){let data12 = data11[key5];if(((typeof data12 !== "string") && (!((typeof data12 == "number") && (isFinite(data12))))) && (typeof data12 !== "boolean")){const err20 = {instancePath:instancePath+"/env/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/env/additionalProperties/type",keyword:"type",params:{type: schema12.additionalProperties.type},message:"must be string,number,boolean",schema:schema12.additionalProperties.type,parentSchema:schema12.additionalProperties,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data11};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.budget !== undefined){let data13 = data.budget;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.max_usd === undefined){const err22 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/required",keyword:"required",params:{missingProperty: "max_usd"},message:"must have required property '"+"max_usd"+"'",schema:schema11.properties.budget.required,parentSchema:schema11.properties.budget,data:data13};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}for(const key6 in data13){if(!((key6 === "max_usd") || (key6 === "warn_at"))){const err23 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.budget,data:data13};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data13.max_usd !== undefined){let data14 = data13.max_usd;if((typeof data14 == "number") && (isFinite(data14))){if(data14 <= 0 || isNaN(data14)){const err24 = {instancePath:instancePath+"/budget/max_usd",schemaPath:"#/definitions/usd/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema13,data:data14};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/budget/max_usd",schemaPath:"#/definitions/usd/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.type,parentSchema:schema13,data:data14};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data13.warn_at !== undefined){let data15 = data13.warn_at;if(Array.isArray(data15)){const len1 = data15.length;for(let i1=0; i1<len1; i1++){let data16 = data15[i1];if((typeof data16 == "number") && (isFinite(data16))){if(data16 > 1 || isNaN(data16)){const err26 = {instancePath:instancePath+"/budget/warn_at/" + i1,schemaPath:"#/properties/budget/properties/warn_at/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.budget.properties.warn_at.items,data:data16};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data16 <= 0 || isNaN(data16)){const err27 = {instancePath:instancePath+"/budget/warn_at/" + i1,schemaPath:"#/properties/budget/properties/warn_at/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.budget.properties.warn_at.items,data:data16};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/budget/warn_at/" + i1,schemaPath:"#/properties/budget/properties/warn_at/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.budget.properties.warn_at.items.type,parentSchema:schema11.properties.budget.properties.warn_at.items,data:data16};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/budget/warn_at",schemaPath:"#/properties/budget/properties/warn_at/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.budget.properties.warn_at.type,parentSchema:schema11.properties.budget.properties.warn_at,data:data15};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.budget.type,parentSchema:schema11.properties.budget,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.models !== undefined){let data17 = data.models;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){for(const key7 in data17){let data18 = data17[key7];if(data18 && typeof data18 == "object" && !Array.isArray(data18)){if(data18.input_per_mtok === undefined){const err31 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/additionalProperties/required",keyword:"required",params:{missingProperty: "input_per_mtok"},message:"must have required property '"+"input_per_mtok"+"'",schema:schema11.properties.models.additionalProperties.required,parentSchema:schema11.properties.models.additionalProperties,data:data18};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data18.output_per_mtok === undefined){const err32 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/additionalProperties/required",keyword:"required",params:{missingProperty: "output_per_mtok"},message:"must have required property '"+"output_per_mtok"+"'",schema:schema11.properties.models.additionalProperties.required,parentSchema:schema11.properties.models.additionalProperties,data:data18};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}for(const key8 in data18){if(!((((key8 === "input_per_mtok") || (key8 === "output_per_mtok")) || (key8 === "cached_input_per_mtok")) || (key8 === "context_window"))){const err33 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.models.additionalProperties,data:data18};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data18.input_per_mtok !== undefined){let data19 = data18.input_per_mtok;if((typeof data19 == "number") && (isFinite(data19))){if(data19 < 0 || isNaN(data19)){const err34 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/input_per_mtok",schemaPath:"#/properties/models/additionalProperties/properties/input_per_mtok/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.models.additionalProperties.properties.input_per_mtok,data:data19};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/input_per_mtok",schemaPath:"#/properties/models/additionalProperties/properties/input_per_mtok/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.models.additionalProperties.properties.input_per_mtok.type,parentSchema:schema11.properties.models.additionalProperties.properties.input_per_mtok,data:data19};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data18.output_per_mtok !== undefined){let data20 = data18.output_per_mtok;if((typeof data20 == "number") && (isFinite(data20))){if(data20 < 0 || isNaN(data20)){const err36 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/output_per_mtok",schemaPath:"#/properties/models/additionalProperties/properties/output_per_mtok/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.models.additionalProperties.properties.output_per_mtok,data:data20};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/output_per_mtok",schemaPath:"#/properties/models/additionalProperties/properties/output_per_mtok/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.models.additionalProperties.properties.output_per_mtok.type,parentSchema:schema11.properties.models.additionalProperties.properties.output_per_mtok,data:data20};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data18.cached_input_per_mtok !== undefined){let data21 = data18.cached_input_per_mtok;if((typeof data21 == "number") && (isFinite(data21))){if(data21 < 0 || isNaN(data21)){const err38 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/cached_input_per_mtok",schemaPath:"#/properties/models/additionalProperties/properties/cached_input_per_mtok/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.models.additionalProperties.properties.cached_input_per_mtok,data:data21};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/cached_input_per_mtok",schemaPath:"#/properties/models/additionalProperties/properties/cached_input_per_mtok/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.models.additionalProperties.properties.cached_input_per_mtok.type,parentSchema:schema11.properties.models.additionalProperties.properties.cached_input_per_mtok,data:data21};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data18.context_window !== undefined){let data22 = data18.context_window;if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){const err40 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/context_window",schemaPath:"#/properties/models/additionalProperties/properties/context_window/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.models.additionalProperties.properties.context_window.type,parentSchema:schema11.properties.models.additionalProperties.properties.context_window,data:data22};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if((typeof data22 == "number") && (isFinite(data22))){if(data22 < 1 || isNaN(data22)){const err41 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/context_window",schemaPath:"#/properties/models/additionalProperties/properties/context_window/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.models.additionalProperties.properties.context_window,data:data22};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}}else {const err42 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.models.additionalProperties.type,parentSchema:schema11.properties.models.additionalProperties,data:data18};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.models.type,parentSchema:schema11.properties.models,data:data17};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data.defaults !== undefined){let data23 = data.defaults;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){for(const key9 in data23){if(!(((((key9 === "shell") || (key9 === "llm")) || (key9 === "sandbox")) || (key9 === "agent")) || (key9 === "approval"))){const err44 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults,data:data23};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data23.shell !== undefined){if(!(validate11(data23.shell, {instancePath:instancePath+"/defaults/shell",parentData:data23,parentDataProperty:"shell",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data23.llm !== undefined){if(!(validate13(data23.llm, {instancePath:instancePath+"/defaults/llm",parentData:data23,parentDataProperty:"llm",rootData}))){vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);errors = vErrors.length;}}if(data23.sandbox !== undefined){if(!(validate15(data23.sandbox, {instancePath:instancePath+"/defaults/sandbox",parentData:data23,parentDataProperty:"sandbox",rootData}))){vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);errors = vErrors.length;}}if(data23.agent !== undefined){if(!(validate17(data23.agent, {instancePath:instancePath+"/defaults/agent",parentData:data23,parentDataProperty:"agent",rootData}))){vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);errors = vErrors.length;}}if(data23.approval !== undefined){if(!(validate19(data23.approval, {instancePath:instancePath+"/defaults/approval",parentData:data23,parentDataProperty:"approval",rootData}))){vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);errors = vErrors.length;}}}else {const err45 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.defaults.type,parentSchema:schema11.properties.defaults,data:data23};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data.max_parallel !== undefined){let data29 = data.max_parallel;if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){const err46 = {instancePath:instancePath+"/max_parallel",schemaPath:"#/properties/max_parallel/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.max_parallel.type,parentSchema:schema11.properties.max_parallel,data:data29};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if((typeof data29 == "number") && (isFinite(data29))){if(data29 < 1 || isNaN(data29)){const err47 = {instancePath:instancePath+"/max_parallel",schemaPath:"#/properties/max_parallel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.max_parallel,data:data29};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}if(data.steps !== undefined){let data30 = data.steps;if(Array.isArray(data30)){if(data30.length < 1){const err48 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.steps,data:data30};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}const len2 = data30.length;for(let i2=0; i2<len2; i2++){if(!(validate21(data30[i2], {instancePath:instancePath+"/steps/" + i2,parentData:data30,parentDataProperty:i2,rootData}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}}else {const err49 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.steps.type,parentSchema:schema11.properties.steps,data:data30};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data.outputs !== undefined){let data32 = data.outputs;if(data32 && typeof data32 == "object" && !Array.isArray(data32)){for(const key10 in data32){const _errs71 = errors;if(typeof key10 === "string"){if(!pattern0.test(key10)){const err50 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema11.properties.outputs.propertyNames,data:key10,propertyName:key10};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}var valid18 = _errs71 === errors;if(!valid18){const err51 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid",schema:schema11.properties.outputs.propertyNames,parentSchema:schema11.properties.outputs,data:data32};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.outputs.type,parentSchema:schema11.properties.outputs,data:data32};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}validate10.errors = vErrors;return errors === 0;}


/***/ })

};
;