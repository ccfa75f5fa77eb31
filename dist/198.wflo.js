"use strict";
exports.id = 198;
exports.ids = [198];
exports.modules = {

/***/ 31864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ CappedSink)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Keeps the first `cap` bytes of a stream and counts the rest while accepting them,
 * so a flooding container keeps being drained and the runner's memory stays bounded.
 */
class CappedSink extends node_stream__WEBPACK_IMPORTED_MODULE_0__.Writable {
    cap;
    chunks = [];
    kept = 0;
    total = 0;
    constructor(cap) {
        super();
        this.cap = cap;
    }
    _write(chunk, _encoding, done) {
        this.total += chunk.length;
        const room = this.cap - this.kept;
        if (room > 0) {
            const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
            // Copy: the demuxer may reuse its buffers.
            this.chunks.push(Buffer.from(part));
            this.kept += part.length;
        }
        done();
    }
    captured() {
        return {
            data: Buffer.concat(this.chunks, this.kept),
            totalBytes: this.total,
            truncated: this.total > this.kept,
        };
    }
}


/***/ }),

/***/ 9823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jv: () => (/* binding */ removeRunResources),
/* harmony export */   mP: () => (/* binding */ sweepAtStart),
/* harmony export */   xU: () => (/* binding */ runLabels)
/* harmony export */ });
/* unused harmony exports LABEL_RUN, LABEL_STEP, LABEL_ATTEMPT, LABEL_HOST, LABEL_PID, ownerIsDead, sweepStaleResources, SWEEP_OLDER_THAN_MS, SWEEP_DEADLINE_MS */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95655);
/* harmony import */ var _engine_deadline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82742);



// Docker owns containers, not the runner: a cancelled job leaves them running.
// Every resource carries the run's labels so these functions can find it, and the
// owning process's host and pid so a start-up sweep can tell a dead run from a live one.
const LABEL_RUN = 'wflo.run';
const LABEL_STEP = 'wflo.step';
const LABEL_ATTEMPT = 'wflo.attempt';
const LABEL_HOST = 'wflo.host';
const LABEL_PID = 'wflo.pid';
function runLabels(runId, stepId, attempt) {
    return {
        [LABEL_RUN]: runId,
        [LABEL_STEP]: stepId,
        [LABEL_ATTEMPT]: String(attempt),
        [LABEL_HOST]: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.hostname)(),
        [LABEL_PID]: String(process.pid),
    };
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: it exists but belongs to someone else.
        return error.code === 'EPERM';
    }
}
/** The run that made it is known to be gone: same host, and its process no longer exists. */
function ownerIsDead(resource, host = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.hostname)()) {
    const pid = Number(resource.labels[LABEL_PID]);
    return (resource.labels[LABEL_HOST] === host && Number.isInteger(pid) && pid > 0 && !processAlive(pid));
}
async function removeAll(runtime, resources) {
    let removed = 0;
    const failures = [];
    // Containers first: a volume in use cannot be removed.
    const ordered = [
        ...resources.filter((r) => r.kind === 'container'),
        ...resources.filter((r) => r.kind === 'volume'),
    ];
    for (const r of ordered) {
        try {
            if (r.kind === 'container')
                await runtime.removeContainer(r.id);
            else
                await runtime.removeVolume(r.id);
            removed++;
        }
        catch (error) {
            // One stuck resource must not keep the others alive.
            failures.push(`${r.kind} ${r.id}: ${error instanceof Error ? error.message : String(error)}`);
            // An engine that stopped answering answers none of the rest: one deadline, not one each.
            if ((0,_engine_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .isEngineDeadline */ .$e)(error))
                break;
        }
    }
    if (failures.length > 0) {
        throw new _runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .ContainerRuntimeError */ .k(`Removed ${removed} Docker resources but not ${failures.length}: ${failures.join('; ')}`);
    }
    return removed;
}
/** Removes every container and volume of one run (the action's post phase). Returns how many. */
async function removeRunResources(runtime, runId) {
    return removeAll(runtime, await runtime.listResources([`${LABEL_RUN}=${runId}`]));
}
/**
 * Start-up sweep for self-hosted runners: removes resources of runs whose process on this
 * host is gone, and of any run (another host's, or a reused pid's) older than `olderThanMs`.
 */
async function sweepStaleResources(runtime, options) {
    const cutoff = (options.now ?? Date.now()) - options.olderThanMs;
    const resources = await runtime.listResources([LABEL_RUN]);
    return removeAll(runtime, resources.filter((r) => r.createdMs <= cutoff || ownerIsDead(r, options.host)));
}
/** Longer than any job may run (GitHub ends one at 6 hours): nothing live is that old. */
const SWEEP_OLDER_THAN_MS = 6 * 60 * 60_000;
/** The sweep never holds a run up for longer than this. */
const SWEEP_DEADLINE_MS = 10_000;
/**
 * The start-up sweep as the CLI and the action call it: only for a workflow with container
 * steps, within SWEEP_DEADLINE_MS, and never failing the run — a problem is a warning.
 */
async function sweepAtStart(runtime, usesContainers, warn) {
    if (!runtime || !usesContainers)
        return;
    let timer;
    const late = new Promise((resolve) => {
        timer = setTimeout(() => resolve('late'), SWEEP_DEADLINE_MS);
        timer.unref();
    });
    try {
        const outcome = await Promise.race([
            sweepStaleResources(runtime, { olderThanMs: SWEEP_OLDER_THAN_MS }),
            late,
        ]);
        if (outcome === 'late')
            warn(`the start-up sweep of stale wflo containers did not finish within ${SWEEP_DEADLINE_MS / 1000} s; the run goes on`);
    }
    catch (error) {
        warn(`the start-up sweep of stale wflo containers failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ }),

/***/ 82742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ isEngineDeadline),
/* harmony export */   PZ: () => (/* binding */ engineHeartbeat),
/* harmony export */   yZ: () => (/* binding */ withDeadlines),
/* harmony export */   yc: () => (/* binding */ dockerTimeoutMs)
/* harmony export */ });
/* unused harmony exports DEFAULT_DOCKER_TIMEOUT_MS, EngineDeadlineError */
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95655);

const DEFAULT_DOCKER_TIMEOUT_MS = 15_000;
/** An upload (a workspace into a volume) may be large: it gets this many deadlines. */
const UPLOAD_DEADLINES = 8;
/** How often a long wait asks the engine whether it is still there. */
const HEARTBEAT_MS = 5_000;
/** The deadline of one engine call: WFLO_DOCKER_TIMEOUT seconds, 15 by default. */
function dockerTimeoutMs(env = process.env) {
    const raw = env.WFLO_DOCKER_TIMEOUT;
    if (raw === undefined || raw.trim() === '')
        return DEFAULT_DOCKER_TIMEOUT_MS;
    const seconds = Number(raw);
    if (!Number.isFinite(seconds) || seconds <= 0) {
        throw new _runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .ContainerRuntimeError */ .k(`WFLO_DOCKER_TIMEOUT must be a number of seconds above 0 (got '${raw.slice(0, 40)}')`);
    }
    return Math.round(seconds * 1000);
}
/**
 * The engine did not answer in time: the sentence says so and names the knob. Not itself a
 * ContainerRuntimeError, so the adapter wraps it with what it was trying to do.
 */
class EngineDeadlineError extends Error {
    constructor(ms) {
        super(`the Docker engine did not answer within ${formatSeconds(ms)} (WFLO_DOCKER_TIMEOUT); is the daemon stalled?`);
        this.name = 'EngineDeadlineError';
    }
}
function formatSeconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}
const deadlined = new WeakSet();
/**
 * Puts every request of this client under a deadline of `ms`: the whole call for a plain
 * request, `UPLOAD_DEADLINES` of them for an upload, and the wait for the first response bytes
 * for a stream (its body may rightly last as long as the step). `/wait` has none: a container
 * may run for hours, and `engineHeartbeat` watches it instead.
 */
function withDeadlines(docker, ms) {
    const modem = docker.modem;
    if (deadlined.has(modem))
        return docker;
    deadlined.add(modem);
    const dial = modem.dial.bind(modem);
    modem.dial = (options, callback) => {
        // A WFLO_DOCKER_TIMEOUT that is not a number fails every call with its one sentence.
        if (ms instanceof Error) {
            callback(ms);
            return undefined;
        }
        if (/\/wait(\?|$)/.test(options.path ?? ''))
            return dial(options, callback);
        const limit = options.file !== undefined ? ms * UPLOAD_DEADLINES : ms;
        const expiry = new AbortController();
        const timer = setTimeout(() => expiry.abort(new EngineDeadlineError(limit)), limit);
        timer.unref();
        // The callback comes with a stream's first bytes (its body may last as long as the step)
        // and with a plain call's whole answer; the deadline ends there.
        options.abortSignal = anyOf(options.abortSignal, expiry.signal);
        return dial(options, (error, data) => {
            clearTimeout(timer);
            if (error !== null && error !== undefined && expiry.signal.aborted)
                callback(expiry.signal.reason);
            else
                callback(error, data);
        });
    };
    return docker;
}
function anyOf(outer, deadline) {
    return outer ? AbortSignal.any([outer, deadline]) : deadline;
}
/**
 * Pings the engine every few seconds while something waits on it for long (a container's
 * exit, a stream's body): a daemon that went away or stalled fails the step within one
 * deadline, with one sentence, instead of leaving it to its timeout.
 */
function engineHeartbeat(docker, ms, what) {
    let stopped = false;
    let timer;
    let fail = () => undefined;
    const lost = new Promise((_resolve, reject) => {
        fail = reject;
    });
    lost.catch(() => undefined);
    const beat = () => {
        timer = setTimeout(() => {
            docker.ping().then(() => {
                if (!stopped)
                    beat();
            }, (error) => {
                if (stopped)
                    return;
                const reason = error instanceof EngineDeadlineError
                    ? `no answer to a ping within ${formatSeconds(ms)} (WFLO_DOCKER_TIMEOUT)`
                    : error instanceof Error
                        ? error.message
                        : String(error);
                fail(new _runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .ContainerRuntimeError */ .k(`the Docker engine stopped answering ${what}: ${reason}`, {
                    cause: error,
                }));
            });
        }, Math.min(HEARTBEAT_MS, ms));
        timer.unref();
    };
    beat();
    return {
        lost,
        stop() {
            stopped = true;
            clearTimeout(timer);
        },
    };
}
/** True when `error`, or an error it was caused by, is an engine deadline. */
function isEngineDeadline(error) {
    for (let e = error, depth = 0; e instanceof Error && depth < 8; depth++) {
        if (e instanceof EngineDeadlineError)
            return true;
        e = e.cause;
    }
    return false;
}


/***/ }),

/***/ 71242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ KEEP_ALIVE_CMD),
/* harmony export */   s: () => (/* binding */ startKeptContainer)
/* harmony export */ });
/* harmony import */ var _capped_sink_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31864);
/* harmony import */ var _hardening_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51105);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95655);



/** Keeps the container alive until removed; `Init` (tini) reaps what exec'd commands leave. */
const KEEP_ALIVE_CMD = ['sh', '-c', 'while :; do sleep 3600; done'];
/** The environment mark each exec'd command and all its descendants carry. */
const EXEC_MARK = 'WFLO_EXEC';
/** Where an exec'd command records its pid, so a timeout can kill it. */
const PID_DIR = '/tmp';
function errorText(error) {
    const json = error?.json;
    if (json && typeof json.message === 'string')
        return json.message;
    return error instanceof Error ? error.message : String(error);
}
async function engine(what, call) {
    try {
        return await call();
    }
    catch (error) {
        throw new _runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .ContainerRuntimeError */ .k(`Docker could not ${what}: ${errorText(error)}`, {
            cause: error,
        });
    }
}
/** Creates, fills and starts a container running `spec.cmd` (usually KEEP_ALIVE_CMD). */
async function startKeptContainer(docker, spec, options, heartbeat) {
    options.signal.throwIfAborted();
    const container = await engine('create the container', () => docker.createContainer({ ...(0,_hardening_js__WEBPACK_IMPORTED_MODULE_2__/* .toCreateOptions */ .G)(spec), abortSignal: options.signal }));
    let removed;
    const remove = () => (removed ??= container.remove({ force: true, v: false }).then(() => undefined, (error) => {
        const status = error?.statusCode;
        if (status !== 404 && status !== 409)
            throw new _runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .ContainerRuntimeError */ .k(`Docker could not remove the container: ${errorText(error)}`, { cause: error });
    }));
    try {
        await engine('start the container', () => container.start({ abortSignal: options.signal }));
        for (const archive of options.archivesIn ?? []) {
            options.signal.throwIfAborted();
            await engine(`copy files into ${archive.path}`, () => container.putArchive(archive.tar, { path: archive.path, abortSignal: options.signal }));
        }
    }
    catch (error) {
        await remove().catch(() => undefined);
        throw error;
    }
    let counter = 0;
    async function exec(cmd, opts) {
        const tag = `${process.pid}-${++counter}`;
        const pidFile = `${PID_DIR}/.wflo-exec-${tag}`;
        // Records its pid, then becomes the command. Every process it starts inherits the mark,
        // `setsid` children included, so a timeout finds and kills all of them.
        const wrapped = ['sh', '-c', 'echo $$ > "$0"; exec "$@"', pidFile, ...cmd];
        const mark = `${EXEC_MARK}=${tag}`;
        const calls = new AbortController();
        const started = Date.now();
        const stdout = new _capped_sink_js__WEBPACK_IMPORTED_MODULE_0__/* .CappedSink */ .V(opts.capBytes);
        const stderr = new _capped_sink_js__WEBPACK_IMPORTED_MODULE_0__/* .CappedSink */ .V(opts.capBytes);
        stdout.on('error', () => undefined);
        stderr.on('error', () => undefined);
        let timedOut = false;
        let timer;
        let beat;
        const onAbort = () => calls.abort(opts.signal?.reason);
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        try {
            opts.signal?.throwIfAborted();
            const handle = await engine('start a command in the container', () => container.exec({
                Cmd: wrapped,
                Env: [mark],
                AttachStdin: false,
                AttachStdout: true,
                AttachStderr: true,
                Tty: false,
                abortSignal: calls.signal,
            }));
            const stream = await engine('start a command in the container', () => handle.start({ hijack: true, stdin: false, abortSignal: calls.signal }));
            container.modem.demuxStream(stream, stdout, stderr);
            const finished = new Promise((resolve) => {
                const done = () => resolve();
                stream.once('end', done);
                stream.once('close', done);
                stream.once('error', done);
            });
            const expired = new Promise((resolve) => {
                timer = setTimeout(() => {
                    timedOut = true;
                    resolve();
                }, opts.timeoutMs);
            });
            const aborted = new Promise((resolve) => {
                if (calls.signal.aborted)
                    resolve();
                calls.signal.addEventListener('abort', () => resolve(), { once: true });
            });
            beat = heartbeat?.('while a command ran in the container');
            await Promise.race([finished, expired, aborted, ...(beat ? [beat.lost] : [])]);
            if (timedOut || calls.signal.aborted) {
                stream.destroy();
                await killRecorded(pidFile, mark);
                if (calls.signal.aborted)
                    throw opts.signal?.reason ?? new Error('aborted');
            }
            const info = timedOut
                ? undefined
                : await engine('read a command’s exit code', () => handle.inspect());
            return {
                exitCode: info?.ExitCode ?? -1,
                timedOut,
                stdout: stdout.captured(),
                stderr: stderr.captured(),
                durationMs: Date.now() - started,
            };
        }
        finally {
            beat?.stop();
            clearTimeout(timer);
            opts.signal?.removeEventListener('abort', onAbort);
            calls.abort();
            stdout.end();
            stderr.end();
        }
    }
    /**
     * Kills the recorded process, its group, and every process carrying the command's mark
     * (those that left the group or session with `setsid`); a few passes catch what was being
     * forked meanwhile. Runs as the container's own non-root user; quiet if all are gone.
     */
    async function killRecorded(pidFile, mark) {
        const script = [
            'p=$(cat "$0" 2>/dev/null) && { kill -KILL -"$p" 2>/dev/null; kill -KILL "$p" 2>/dev/null; }',
            'for pass in 1 2 3; do for d in /proc/[0-9]*; do',
            '  [ "${d#/proc/}" = $$ ] && continue',
            '  tr "\\000" "\\n" < "$d/environ" 2>/dev/null | grep -qx "$1" && kill -KILL "${d#/proc/}" 2>/dev/null',
            'done; done',
            'rm -f "$0"; exit 0',
        ].join('\n');
        try {
            const handle = await container.exec({
                Cmd: ['sh', '-c', script, pidFile, mark],
                AttachStdout: true,
                AttachStderr: true,
            });
            const stream = await handle.start({ hijack: true, stdin: false });
            stream.resume();
            await new Promise((resolve) => {
                stream.once('end', () => resolve());
                stream.once('close', () => resolve());
                stream.once('error', () => resolve());
            });
        }
        catch {
            // The container itself may be gone; nothing is left to kill then.
        }
    }
    return {
        id: container.id,
        exec,
        getArchive: (path, signal) => engine(`read ${path} from the container`, () => container.getArchive({ path, ...(signal ? { abortSignal: signal } : {}) })),
        remove,
    };
}


/***/ }),

/***/ 51105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ toCreateOptions)
/* harmony export */ });
/* unused harmony export TMP_INODES */
/** Files /tmp may hold: a cap on inodes as well as bytes. */
const TMP_INODES = 16_384;
function tmpOwner(user) {
    const [uid = '65534', gid = uid] = user.split(':');
    return `uid=${uid},gid=${gid}`;
}
/**
 * Docker create options for a spec, with every hardening default on (DESIGN.md §5).
 * Nothing in a spec can turn one off: the spec carries limits and mounts, not privileges.
 */
function toCreateOptions(spec) {
    const tmpfs = {
        // HOME=/tmp must be writable by the step's user whatever the image's /tmp is. runc gives
        // a tmpfs the mode of the directory it covers (an image's 0755 /tmp wins over mode=1777),
        // so the step's user also owns it.
        '/tmp': `rw,noexec,nosuid,nodev,size=${spec.tmpSizeBytes},nr_inodes=${TMP_INODES},mode=1777,${tmpOwner(spec.user)}`,
    };
    const mounts = [];
    for (const m of spec.mounts) {
        if (m.type === 'tmpfs') {
            tmpfs[m.target] = [...m.options, `size=${m.sizeBytes}`].join(',');
        }
        else if (m.type === 'bind') {
            // Non-recursive: a host mount below the checkout is not exposed (read-only binds
            // recurse writable otherwise).
            mounts.push({
                Type: 'bind',
                Source: m.source,
                Target: m.target,
                ReadOnly: m.readOnly,
                BindOptions: { NonRecursive: true },
            });
        }
        else {
            // NoCopy: the image's files at the target never populate a volume.
            mounts.push({
                Type: 'volume',
                Source: m.source,
                Target: m.target,
                ReadOnly: m.readOnly,
                VolumeOptions: { NoCopy: true },
            });
        }
    }
    return {
        Image: spec.image,
        Cmd: spec.cmd,
        // The image's entrypoint would run before `sh -c`: the step's command is all that runs.
        Entrypoint: [],
        Env: Object.entries(spec.env).map(([k, v]) => `${k}=${v}`),
        User: spec.user,
        WorkingDir: spec.workingDir,
        Labels: spec.labels,
        Tty: false,
        OpenStdin: spec.openStdin === true,
        AttachStdin: false,
        AttachStdout: true,
        AttachStderr: true,
        NetworkDisabled: spec.network === 'none',
        HostConfig: {
            CapDrop: ['ALL'],
            CapAdd: [],
            SecurityOpt: ['no-new-privileges'],
            Privileged: false,
            ReadonlyRootfs: true,
            Tmpfs: tmpfs,
            Mounts: mounts,
            Binds: [],
            Devices: [],
            PidsLimit: spec.pidsLimit,
            Ulimits: [{ Name: 'nofile', Soft: spec.nofileLimit, Hard: spec.nofileLimit }],
            Memory: spec.memoryBytes,
            // Equal to Memory: no swap, so a memory limit is a limit.
            MemorySwap: spec.memoryBytes,
            NanoCpus: spec.nanoCpus,
            Init: true,
            LogConfig: { Type: 'none', Config: {} },
            NetworkMode: spec.network,
            IpcMode: 'private',
            PidMode: '',
            UTSMode: '',
            UsernsMode: '',
            ...(spec.runtime ? { Runtime: spec.runtime } : {}),
            AutoRemove: false,
        },
    };
}


/***/ }),

/***/ 40975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ht: () => (/* binding */ ReadBackTimeoutError),
/* harmony export */   e7: () => (/* binding */ readBack)
/* harmony export */ });
/* unused harmony export READ_BACK_MS */
// Reading results back out of a container (its /workspace, its output folder) is reading
// data an adversary wrote: it gets a deadline of its own and stops at once on cancel, so a
// huge or endless archive can neither keep a step running nor outlive a Ctrl-C.
/** The most a step's results may take to read back once its container has exited. */
const READ_BACK_MS = 60_000;
/** Reading results back passed READ_BACK_MS; the message is a clause naming the path. */
class ReadBackTimeoutError extends Error {
    path;
    timeoutMs;
    constructor(path, timeoutMs) {
        super(`reading ${path} back from the container took more than ${Math.round(timeoutMs / 1000)} s, so it was dropped`);
        this.path = path;
        this.timeoutMs = timeoutMs;
        this.name = 'ReadBackTimeoutError';
    }
}
/**
 * Opens an archive with `open` and hands it to `read`, both under one deadline and the
 * caller's signal. On abort or deadline the archive is destroyed (which also closes the
 * engine's connection, so the engine stops producing it) and the call rejects; once `read`
 * settles the archive is destroyed too, so a reader that refused it early never drains it.
 */
async function readBack(open, read, options) {
    const deadlineMs = options.deadlineMs ?? READ_BACK_MS;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new ReadBackTimeoutError(options.path, deadlineMs)), deadlineMs);
    const onAbort = () => controller.abort(options.signal?.reason);
    if (options.signal?.aborted)
        onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    let archive;
    const stopped = new Promise((_, reject) => {
        const fail = () => {
            archive?.destroy?.();
            reject(controller.signal.reason);
        };
        if (controller.signal.aborted)
            fail();
        else
            controller.signal.addEventListener('abort', fail, { once: true });
    });
    // Only ever rejects; a settled read must not turn into an unhandled rejection.
    stopped.catch(() => undefined);
    try {
        // An archive that arrives after the abort is destroyed as it arrives.
        const opening = open(controller.signal).then((opened) => {
            archive = opened;
            if (controller.signal.aborted)
                opened.destroy?.();
            return opened;
        });
        opening.catch(() => undefined);
        archive = await Promise.race([opening, stopped]);
        return await Promise.race([read(archive, controller.signal), stopped]);
    }
    finally {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        archive?.destroy?.();
    }
}


/***/ }),

/***/ 95655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ ContainerRuntimeError)
/* harmony export */ });
// The container runtime the sandbox step kind depends on. The Docker adapter
// (docker-runtime.ts) implements it; the engine's tests may use an in-memory one.
// Hardening is not a choice of the caller: every container an adapter runs is
// hardened (see hardening.ts), so a spec can only ask for limits, never for privileges.
/** A failure of the engine itself (not of the command in the container). */
class ContainerRuntimeError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'ContainerRuntimeError';
    }
}


/***/ })

};
;