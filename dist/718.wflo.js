"use strict";
exports.id = 718;
exports.ids = [718];
exports.modules = {

/***/ 27718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _engine_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3171);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96421);
/* harmony import */ var _sandbox_cleanup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9823);
/* harmony import */ var _sandbox_docker_runtime_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47322);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33175);
// The post phase only cleans up and only warns: it never fails the job. Docker owns the
// containers, not the runner, so after a cancel they are still running until removed here.






async function runPost() {
    const runId = _actions_core__WEBPACK_IMPORTED_MODULE_2__.getState(_state_js__WEBPACK_IMPORTED_MODULE_5__/* .STATE */ .c.runId);
    const tempDir = _actions_core__WEBPACK_IMPORTED_MODULE_2__.getState(_state_js__WEBPACK_IMPORTED_MODULE_5__/* .STATE */ .c.tempDir);
    if (runId && _actions_core__WEBPACK_IMPORTED_MODULE_2__.getState(_state_js__WEBPACK_IMPORTED_MODULE_5__/* .STATE */ .c.usesContainers) === 'true') {
        try {
            const removed = await (0,_sandbox_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .removeRunResources */ .Jv)((0,_sandbox_docker_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .createDockerRuntime */ .T)(), runId);
            if (removed > 0)
                _actions_core__WEBPACK_IMPORTED_MODULE_2__.info(`wflo: removed ${removed} container(s) and volume(s) of run ${runId}`);
        }
        catch (err) {
            _actions_core__WEBPACK_IMPORTED_MODULE_2__.warning(`wflo could not remove the containers of run ${runId}: ${(0,_engine_types_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(err)}`);
        }
    }
    try {
        if (tempDir)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tempDir, { recursive: true, force: true });
        _actions_core__WEBPACK_IMPORTED_MODULE_2__.info(`wflo: cleaned up after run ${runId || '(none)'}`);
    }
    catch (err) {
        _actions_core__WEBPACK_IMPORTED_MODULE_2__.warning(`wflo could not remove the scratch directory of run ${runId}: ${(0,_engine_types_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(err)}`);
    }
}


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ts: () => (/* binding */ STOP_GRACE_MS),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   eG: () => (/* binding */ EnvironmentError),
/* harmony export */   o1: () => (/* binding */ StepTimeoutError)
/* harmony export */ });
/** The text of anything thrown, for one-sentence messages. */
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
class CancelledError extends Error {
    constructor(message = 'the run was cancelled') {
        super(message);
        this.name = 'CancelledError';
    }
}
/**
 * How long a step's work gets between SIGTERM and SIGKILL when its timeout passes (shell and
 * sandbox alike): a command that ignores SIGTERM ends within its timeout and this grace.
 */
const STOP_GRACE_MS = 5_000;
/**
 * wflo's environment failed — the Docker engine unreachable, an image missing, no API key, the
 * model endpoint or GitHub unreachable after retries — not the step's own work. The message is
 * one clause naming the cause (the engine names the step, the edge adds how to fix it).
 */
class EnvironmentError extends Error {
    service;
    constructor(message, service, options) {
        super(message, options);
        this.service = service;
        this.name = 'EnvironmentError';
    }
}
class StepTimeoutError extends Error {
    timeoutMs;
    constructor(timeoutMs) {
        super(`timed out after ${timeoutMs} ms`);
        this.timeoutMs = timeoutMs;
        this.name = 'StepTimeoutError';
    }
}


/***/ }),

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
/* harmony export */   xU: () => (/* binding */ runLabels)
/* harmony export */ });
/* unused harmony exports LABEL_RUN, LABEL_STEP, LABEL_ATTEMPT, LABEL_HOST, LABEL_PID, ownerIsDead, sweepStaleResources */
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
function ownerIsDead(resource, host = hostname()) {
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


/***/ }),

/***/ 47322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ createDockerRuntime)
/* harmony export */ });
/* harmony import */ var dockerode__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39040);
/* harmony import */ var dockerode__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(dockerode__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _capped_sink_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31864);
/* harmony import */ var _engine_deadline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82742);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71242);
/* harmony import */ var _hardening_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51105);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95655);






function timeoutOrError(env) {
    try {
        return (0,_engine_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .dockerTimeoutMs */ .yc)(env);
    }
    catch (error) {
        return error instanceof Error ? error : new Error(String(error));
    }
}
/** How long to wait for the attach stream to end once the container has exited. */
const DRAIN_AFTER_EXIT_MS = 2_000;
function clientOptions(dockerHost) {
    if (!dockerHost)
        return {};
    if (dockerHost.startsWith('unix://'))
        return { socketPath: dockerHost.slice('unix://'.length) };
    const url = new URL(dockerHost.replace(/^tcp:/, 'http:'));
    return { host: url.hostname, port: Number(url.port || 2375), protocol: 'http' };
}
function statusOf(error) {
    const status = error?.statusCode;
    return typeof status === 'number' ? status : undefined;
}
function errorText(error) {
    const json = error?.json;
    if (json && typeof json.message === 'string')
        return json.message;
    return error instanceof Error ? error.message : String(error);
}
/** Resolves when the stream ends, closes or errors. */
function ended(stream) {
    return new Promise((resolve) => {
        const done = () => resolve();
        stream.once('end', done);
        stream.once('close', done);
        stream.once('error', done);
    });
}
function labelFilter(labels) {
    return JSON.stringify({ label: labels });
}
/** Runs one engine call, turning its failure into a ContainerRuntimeError that says what failed. */
async function engineCall(what, call) {
    try {
        return await call();
    }
    catch (error) {
        if (error instanceof _runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .ContainerRuntimeError */ .k)
            throw error;
        throw new _runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .ContainerRuntimeError */ .k(`Docker could not ${what}: ${errorText(error)}`, {
            cause: error,
        });
    }
}
/** The dockerode adapter: per-call abort signals, never a client-wide timeout (TESTING.md). */
function createDockerRuntime(options = {}) {
    const deadlineMs = options.timeoutMs ?? timeoutOrError(process.env);
    const docker = (0,_engine_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .withDeadlines */ .yZ)(new (dockerode__WEBPACK_IMPORTED_MODULE_0___default())(clientOptions(options.dockerHost ?? process.env.DOCKER_HOST)), deadlineMs);
    const heartbeat = (what) => (0,_engine_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .engineHeartbeat */ .PZ)(docker, deadlineMs instanceof Error ? 1 : deadlineMs, what);
    async function removeQuietly(container) {
        try {
            await container.remove({ force: true, v: false });
        }
        catch (error) {
            // Already gone (404) or being removed (409) is the outcome we want.
            const status = statusOf(error);
            if (status !== 404 && status !== 409)
                throw error;
        }
    }
    async function runContainer(spec, opts) {
        if (opts.signal.aborted) {
            return cancelledResult();
        }
        // Lifecycle calls use their own controller: the caller's signal means "kill", not "hang up".
        const calls = new AbortController();
        const abortSignal = calls.signal;
        let container;
        try {
            container = await docker.createContainer({ ...(0,_hardening_js__WEBPACK_IMPORTED_MODULE_5__/* .toCreateOptions */ .G)(spec), abortSignal });
        }
        catch (error) {
            throw new _runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .ContainerRuntimeError */ .k(`Docker could not create the container: ${errorText(error)}`, { cause: error });
        }
        const stdout = new _capped_sink_js__WEBPACK_IMPORTED_MODULE_1__/* .CappedSink */ .V(opts.stdoutCapBytes);
        const stderr = new _capped_sink_js__WEBPACK_IMPORTED_MODULE_1__/* .CappedSink */ .V(opts.stderrCapBytes);
        // A late chunk after we ended the sinks must not crash the runner ("write after end").
        stdout.on('error', () => undefined);
        stderr.on('error', () => undefined);
        let timedOut = false;
        let cancelled = false;
        let timer;
        const onAbort = () => {
            cancelled = true;
            container.kill({ signal: 'SIGKILL' }).catch(() => undefined);
        };
        let stopping = false;
        const onTimeout = () => {
            if (stopping)
                return;
            stopping = true;
            timedOut = true;
            // Docker sends SIGTERM, then SIGKILL after t seconds.
            container.stop({ t: Math.ceil(opts.graceMs / 1000) }).catch(() => undefined);
        };
        let failed = false;
        let beat;
        try {
            for (const archive of opts.archivesIn ?? []) {
                await container.putArchive(archive.tar, { path: archive.path, abortSignal });
            }
            const stream = await container.attach({
                stream: true,
                stdout: true,
                stderr: true,
                abortSignal,
            });
            // Listened for now: the stream may end before wait() resolves.
            const streamEnded = ended(stream);
            container.modem.demuxStream(stream, stdout, stderr);
            // Registered before start, so an instant exit is never missed.
            const exited = container.wait({ condition: 'next-exit', abortSignal });
            exited.catch(() => undefined);
            opts.signal.addEventListener('abort', onAbort, { once: true });
            // Cancelled while the archives went in: never start it.
            if (opts.signal.aborted)
                return cancelledResult();
            const started = Date.now();
            try {
                await container.start({ abortSignal });
            }
            catch (error) {
                throw new _runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .ContainerRuntimeError */ .k(`Docker could not start the container: ${errorText(error)}`, { cause: error });
            }
            if (opts.signal.aborted)
                onAbort();
            if (opts.timeoutMs !== undefined)
                timer = setTimeout(onTimeout, opts.timeoutMs);
            if (opts.stopSignal?.aborted)
                onTimeout();
            opts.stopSignal?.addEventListener('abort', onTimeout, { once: true });
            beat = heartbeat('while the container ran');
            const waited = (await Promise.race([exited, beat.lost]));
            const durationMs = Date.now() - started;
            clearTimeout(timer);
            await Promise.race([
                streamEnded,
                new Promise((r) => setTimeout(r, DRAIN_AFTER_EXIT_MS).unref()),
            ]);
            stream.destroy?.();
            stdout.end();
            stderr.end();
            let info = await container.inspect({ abortSignal });
            const exitCode = info.State.ExitCode ?? waited.StatusCode ?? -1;
            // The exit and the OOM event race inside the engine (kubernetes-sigs/cri-tools#1907):
            // a SIGKILL we did not send gets a few more looks before we say it was not memory.
            for (let look = 0; look < 5 && exitCode === 137 && !info.State.OOMKilled && !timedOut && !cancelled; look++) {
                await new Promise((r) => setTimeout(r, 100));
                info = await container.inspect({ abortSignal });
            }
            for (const archive of opts.archivesOut ?? []) {
                const tar = await container.getArchive({ path: archive.path, abortSignal });
                await Promise.race([archive.read(tar), beat.lost]);
            }
            return {
                exitCode,
                timedOut: timedOut && !cancelled,
                cancelled,
                // OOMKilled sticks to the container when any process hit the limit: only exit 137 means the main one.
                oomKilled: info.State.OOMKilled === true && exitCode === 137,
                stdout: stdout.captured(),
                stderr: stderr.captured(),
                durationMs,
            };
        }
        catch (error) {
            failed = true;
            if (error instanceof _runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .ContainerRuntimeError */ .k)
                throw error;
            throw new _runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .ContainerRuntimeError */ .k(`Docker failed while running the container: ${errorText(error)}`, {
                cause: error,
            });
        }
        finally {
            beat?.stop();
            clearTimeout(timer);
            opts.signal.removeEventListener('abort', onAbort);
            opts.stopSignal?.removeEventListener('abort', onTimeout);
            calls.abort();
            // A removal failure must not hide the failure that got us here (e.g. the daemon went away).
            await removeQuietly(container).catch((error) => {
                if (!failed)
                    throw new _runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .ContainerRuntimeError */ .k(`Docker could not remove the container: ${errorText(error)}`, { cause: error });
            });
        }
    }
    return {
        async runtimes(signal) {
            // The types omit the options dockerode accepts here.
            const info = (await engineCall('list its runtimes', () => docker.info.call(docker, {
                abortSignal: signal,
            })));
            return Object.keys(info.Runtimes ?? {});
        },
        async inspectImage(image, signal) {
            try {
                // Image inspect takes no abort signal in dockerode; it is a quick local lookup.
                signal?.throwIfAborted();
                const info = await docker.getImage(image).inspect();
                const repoDigest = info.RepoDigests?.[0];
                return repoDigest ? { id: info.Id, repoDigest } : { id: info.Id };
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return undefined;
                throw new _runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .ContainerRuntimeError */ .k(`Docker could not inspect image ${image}: ${errorText(error)}`, {
                    cause: error,
                });
            }
        },
        async pullImage(image, onProgress, signal) {
            let stream;
            try {
                stream = await docker.pull(image, { abortSignal: signal });
            }
            catch (error) {
                throw new _runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .ContainerRuntimeError */ .k(`Docker could not pull image ${image}: ${errorText(error)}`, { cause: error });
            }
            await new Promise((resolve, reject) => {
                let lastStatus = '';
                docker.modem.followProgress(stream, (error, events) => {
                    const failed = error?.message ?? events.find((e) => e.error)?.error;
                    if (failed)
                        reject(new _runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .ContainerRuntimeError */ .k(`Docker could not pull image ${image}: ${failed}`));
                    else
                        resolve();
                }, (event) => {
                    // One line per layer state change, not per progress tick.
                    const line = [event.id, event.status].filter(Boolean).join(': ');
                    if (line && line !== lastStatus) {
                        lastStatus = line;
                        onProgress(line);
                    }
                });
            });
        },
        async createVolume(name, labels, signal) {
            await engineCall(`create volume ${name}`, () => docker.createVolume({ Name: name, Labels: labels, abortSignal: signal }));
        },
        async removeVolume(name) {
            try {
                await docker.getVolume(name).remove({ force: true });
            }
            catch (error) {
                if (statusOf(error) !== 404) {
                    throw new _runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .ContainerRuntimeError */ .k(`Docker could not remove volume ${name}: ${errorText(error)}`, {
                        cause: error,
                    });
                }
            }
        },
        runContainer,
        startContainer: (spec, startOptions) => (0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .startKeptContainer */ .s)(docker, spec, startOptions, heartbeat),
        async listResources(labels, signal) {
            const filters = labelFilter(labels);
            const containers = await engineCall('list containers', () => docker.listContainers({ all: true, filters, abortSignal: signal }));
            const volumes = await engineCall('list volumes', () => docker.listVolumes({ filters, abortSignal: signal }));
            return [
                ...containers.map((c) => ({
                    kind: 'container',
                    id: c.Id,
                    labels: c.Labels ?? {},
                    createdMs: c.Created * 1000,
                })),
                ...(volumes.Volumes ?? []).map((v) => ({
                    kind: 'volume',
                    id: v.Name,
                    labels: v.Labels ?? {},
                    createdMs: Date.parse(v.CreatedAt ?? '') || 0,
                })),
            ];
        },
        async removeContainer(id) {
            await engineCall(`remove container ${id}`, () => removeQuietly(docker.getContainer(id)));
        },
    };
}
function cancelledResult() {
    const empty = { data: Buffer.alloc(0), totalBytes: 0, truncated: false };
    return {
        exitCode: -1,
        timedOut: false,
        cancelled: true,
        oomKilled: false,
        stdout: empty,
        stderr: empty,
        durationMs: 0,
    };
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
        for (const archive of options.archivesIn ?? []) {
            await engine(`copy files into ${archive.path}`, () => container.putArchive(archive.tar, { path: archive.path, abortSignal: options.signal }));
        }
        options.signal.throwIfAborted();
        await engine('start the container', () => container.start({ abortSignal: options.signal }));
    }
    catch (error) {
        await remove().catch(() => undefined);
        throw error;
    }
    let counter = 0;
    async function exec(cmd, opts) {
        const tag = `${process.pid}-${++counter}`;
        const pidFile = `${PID_DIR}/.wflo-exec-${tag}`;
        // Records its pid, then becomes the command: a timeout kills exactly that process tree.
        const wrapped = ['sh', '-c', 'echo $$ > "$0"; exec "$@"', pidFile, ...cmd];
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
                await killRecorded(pidFile);
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
    /** Kills the recorded process and its group (when it leads one); quiet if already gone. */
    async function killRecorded(pidFile) {
        const script = 'p=$(cat "$0" 2>/dev/null) || exit 0; kill -KILL -"$p" 2>/dev/null; kill -KILL "$p" 2>/dev/null; rm -f "$0"; exit 0';
        try {
            const handle = await container.exec({
                Cmd: ['sh', '-c', script, pidFile],
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
/**
 * Docker create options for a spec, with every hardening default on (DESIGN.md §5).
 * Nothing in a spec can turn one off: the spec carries limits and mounts, not privileges.
 */
function toCreateOptions(spec) {
    const tmpfs = {
        '/tmp': `rw,noexec,nosuid,nodev,size=${spec.tmpSizeBytes}`,
    };
    const mounts = [];
    for (const m of spec.mounts) {
        if (m.type === 'tmpfs') {
            tmpfs[m.target] = [...m.options, `size=${m.sizeBytes}`].join(',');
        }
        else {
            mounts.push({ Type: m.type, Source: m.source, Target: m.target, ReadOnly: m.readOnly });
        }
    }
    return {
        Image: spec.image,
        Cmd: spec.cmd,
        // The image's entrypoint would run before `sh -c`: the step's command is all that runs.
        Entrypoint: [],
        Env: Object.entries(spec.env).map(([k, v]) => `${k}=${v}`),
        User: spec.helperChown ? '0:0' : spec.user,
        WorkingDir: spec.workingDir,
        Labels: spec.labels,
        Tty: false,
        OpenStdin: false,
        AttachStdin: false,
        AttachStdout: true,
        AttachStderr: true,
        NetworkDisabled: spec.network === 'none',
        HostConfig: {
            CapDrop: ['ALL'],
            CapAdd: spec.helperChown ? ['CHOWN'] : [],
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