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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96421);
/* harmony import */ var _sandbox_cleanup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9823);
/* harmony import */ var _sandbox_docker_runtime_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47322);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33175);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71922);
// The post phase only cleans up and only warns: it never fails the job. Docker owns the
// containers, not the runner, so after a cancel they are still running until removed here.






async function runPost() {
    const runId = _actions_core__WEBPACK_IMPORTED_MODULE_1__.getState(_state_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE */ .c.runId);
    const tempDir = _actions_core__WEBPACK_IMPORTED_MODULE_1__.getState(_state_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE */ .c.tempDir);
    if (runId && _actions_core__WEBPACK_IMPORTED_MODULE_1__.getState(_state_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE */ .c.usesContainers) === 'true') {
        try {
            const removed = await (0,_sandbox_cleanup_js__WEBPACK_IMPORTED_MODULE_2__/* .removeRunResources */ .Jv)((0,_sandbox_docker_runtime_js__WEBPACK_IMPORTED_MODULE_3__/* .createDockerRuntime */ .T)(), runId);
            if (removed > 0)
                _actions_core__WEBPACK_IMPORTED_MODULE_1__.info(`wflo: removed ${removed} container(s) and volume(s) of run ${runId}`);
        }
        catch (err) {
            _actions_core__WEBPACK_IMPORTED_MODULE_1__.warning(`wflo could not remove the containers of run ${runId}: ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .messageOf */ .b)(err)}`);
        }
    }
    try {
        if (tempDir)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tempDir, { recursive: true, force: true });
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.info(`wflo: cleaned up after run ${runId || '(none)'}`);
    }
    catch (err) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.warning(`wflo could not remove the scratch directory of run ${runId}: ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .messageOf */ .b)(err)}`);
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
/* harmony import */ var _hardening_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51105);
/* harmony import */ var _read_back_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40975);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95655);







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
        if (error instanceof _runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .ContainerRuntimeError */ .k)
            throw error;
        throw new _runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .ContainerRuntimeError */ .k(`Docker could not ${what}: ${errorText(error)}`, {
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
            container = await docker.createContainer({ ...(0,_hardening_js__WEBPACK_IMPORTED_MODULE_6__/* .toCreateOptions */ .G)(spec), abortSignal });
        }
        catch (error) {
            throw new _runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .ContainerRuntimeError */ .k(`Docker could not create the container: ${errorText(error)}`, { cause: error });
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
        let archiveError;
        let beat;
        try {
            for (const archive of opts.archivesIn ?? []) {
                // A stream that fails (its producer refused what it read) ends the upload with its own
                // error; without this the engine waits for the rest of the body until its deadline.
                const failedIn = new AbortController();
                const onError = (error) => {
                    archiveError = error;
                    failedIn.abort(error);
                };
                if (!Buffer.isBuffer(archive.tar))
                    archive.tar.once('error', onError);
                try {
                    await container.putArchive(archive.tar, {
                        path: archive.path,
                        abortSignal: AbortSignal.any([abortSignal, failedIn.signal]),
                    });
                }
                catch (error) {
                    throw failedIn.signal.aborted ? failedIn.signal.reason : error;
                }
                finally {
                    if (!Buffer.isBuffer(archive.tar))
                        archive.tar.removeListener('error', onError);
                }
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
                throw new _runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .ContainerRuntimeError */ .k(`Docker could not start the container: ${errorText(error)}`, { cause: error });
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
            // A cancel or the step's timeout stops the read-back at once; so does a lost engine
            // (via `calls`, aborted in finally). Its own deadline bounds what a step leaves behind.
            const reading = AbortSignal.any([opts.signal, opts.stopSignal, abortSignal].filter((s) => s !== undefined));
            for (const archive of opts.archivesOut ?? []) {
                try {
                    await Promise.race([
                        (0,_read_back_js__WEBPACK_IMPORTED_MODULE_4__/* .readBack */ .e7)((signal) => container.getArchive({ path: archive.path, abortSignal: signal }), (tar, signal) => archive.read(tar, signal), { path: archive.path, signal: reading, deadlineMs: opts.readBackMs }),
                        beat.lost,
                    ]);
                }
                catch (error) {
                    if (opts.signal.aborted)
                        return cancelledResult();
                    if (!opts.stopSignal?.aborted)
                        throw error;
                    // The step's time ran out while reading: what was not read is dropped.
                    timedOut = true;
                    break;
                }
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
            if (error instanceof _runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .ContainerRuntimeError */ .k ||
                error instanceof _read_back_js__WEBPACK_IMPORTED_MODULE_4__/* .ReadBackTimeoutError */ .Ht ||
                (archiveError !== undefined && error === archiveError))
                throw error;
            throw new _runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .ContainerRuntimeError */ .k(`Docker failed while running the container: ${errorText(error)}`, {
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
                    throw new _runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .ContainerRuntimeError */ .k(`Docker could not remove the container: ${errorText(error)}`, { cause: error });
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
                const volumes = Object.keys(info.Config?.Volumes ?? {});
                return repoDigest ? { id: info.Id, repoDigest, volumes } : { id: info.Id, volumes };
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return undefined;
                throw new _runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .ContainerRuntimeError */ .k(`Docker could not inspect image ${image}: ${errorText(error)}`, {
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
                throw new _runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .ContainerRuntimeError */ .k(`Docker could not pull image ${image}: ${errorText(error)}`, { cause: error });
            }
            await new Promise((resolve, reject) => {
                let lastStatus = '';
                docker.modem.followProgress(stream, (error, events) => {
                    const failed = error?.message ?? events.find((e) => e.error)?.error;
                    if (failed)
                        reject(new _runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .ContainerRuntimeError */ .k(`Docker could not pull image ${image}: ${failed}`));
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
        async createVolume(name, labels, signal, limits) {
            const o = [
                `size=${limits.sizeBytes}`,
                `nr_inodes=${limits.inodes}`,
                'mode=0755',
                `uid=${limits.uid}`,
                `gid=${limits.gid}`,
                'nosuid',
                'nodev',
                ...(limits.exec ? [] : ['noexec']),
            ].join(',');
            await engineCall(`create volume ${name}`, () => docker.createVolume({
                Name: name,
                Labels: labels,
                Driver: 'local',
                DriverOpts: { type: 'tmpfs', device: 'tmpfs', o },
                abortSignal: signal,
            }));
        },
        async removeVolume(name) {
            try {
                await docker.getVolume(name).remove({ force: true });
            }
            catch (error) {
                if (statusOf(error) !== 404) {
                    throw new _runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .ContainerRuntimeError */ .k(`Docker could not remove volume ${name}: ${errorText(error)}`, {
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


/***/ })

};
;