"use strict";
exports.id = 265;
exports.ids = [265];
exports.modules = {

/***/ 27529:
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

/***/ 18498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ CHECKPOINT_VERSION),
/* harmony export */   Du: () => (/* binding */ unseal),
/* harmony export */   Oq: () => (/* binding */ inputsHash),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   eA: () => (/* binding */ checkShape),
/* harmony export */   hE: () => (/* binding */ stepInputHash),
/* harmony export */   jg: () => (/* binding */ CheckpointError),
/* harmony export */   od: () => (/* binding */ seal),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* unused harmony export digestOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7168);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
// A run's checkpoint (issue #6): what each finished step was given and gave back, so a later
// run can continue without running or paying twice. Sealed with the sha256 of its canonical
// JSON, checked on load, so a changed or corrupted checkpoint is refused rather than trusted.



// 2: steps carry their change sets (a continued run applies them again instead of re-running).
const CHECKPOINT_VERSION = 2;
/** A checkpoint that cannot be trusted or read; the message is one sentence for the user. */
class CheckpointError extends _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WfloError */ .J {
    constructor(message, options) {
        super(message, options);
        this.name = 'CheckpointError';
    }
}
/** JSON with object keys sorted at every level, so equal values give equal text (and hashes). */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object') {
        const text = JSON.stringify(value);
        // undefined inside objects is dropped below; at the top it reads as null.
        return text === undefined ? 'null' : text;
    }
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
function sha256(text) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex')}`;
}
function digestOf(checkpoint) {
    return sha256(canonicalJson(checkpoint));
}
/**
 * The checkpoint with its digest. The digest is computed when first read: the directory
 * store journals each step with a digest of its own and never needs the whole one, which
 * after every one of 5,000 steps would hash the run over and over.
 */
function seal(checkpoint) {
    let digest;
    return Object.defineProperties({}, {
        digest: { enumerable: true, get: () => (digest ??= digestOf(checkpoint)) },
        checkpoint: { enumerable: true, value: checkpoint },
    });
}
/**
 * Reads stored text back into a checkpoint, refusing one whose digest does not match
 * (`where` names the file or comment in the message). `expectedDigest`, when given, is the
 * digest recorded elsewhere (the action keeps it apart from the checkpoint).
 */
function unseal(text, where, expectedDigest) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new CheckpointError(`The checkpoint ${where} is not valid JSON; delete it to start the run over.`, {
            cause: error,
        });
    }
    const sealed = parsed;
    const checkpoint = sealed?.checkpoint;
    if (typeof sealed?.digest !== 'string' ||
        checkpoint === null ||
        typeof checkpoint !== 'object' ||
        checkpoint.version !== CHECKPOINT_VERSION) {
        throw new CheckpointError(`The checkpoint ${where} is not a wflo checkpoint of version ${CHECKPOINT_VERSION}; delete it to start the run over.`);
    }
    const actual = digestOf(checkpoint);
    if (actual !== sealed.digest || (expectedDigest !== undefined && actual !== expectedDigest)) {
        throw new CheckpointError(`The checkpoint ${where} was changed after wflo wrote it (its digest does not match), so it is not trusted; delete it to start the run over.`);
    }
    return checkShape(checkpoint, where);
}
const RUN_STATUSES = new Set([
    'running',
    'succeeded',
    'failed',
    'budget_exceeded',
    'rejected',
    'timed_out',
    'waiting_approval',
    'cancelled',
]);
const STEP_STATUSES = new Set([...RUN_STATUSES, 'skipped'].filter((s) => s !== 'running'));
/**
 * A checkpoint whose digest matches can still have the wrong shape (written by hand and
 * sealed again, or by a broken build): each field the engine reads is checked, and the first
 * that is wrong is named in one sentence, instead of a stack trace or a negative spend later.
 */
function checkShape(value, where) {
    const problem = shapeProblem(value);
    if (problem !== undefined) {
        throw new CheckpointError(`The checkpoint ${where} is not one wflo can continue from: ${problem}; delete it to start the run over.`);
    }
    return value;
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isMicros = (v) => Number.isSafeInteger(v) && v >= 0;
const shown = (v) => {
    const text = JSON.stringify(v) ?? String(v);
    return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};
function shapeProblem(value) {
    if (!isRecord(value))
        return 'it is not an object';
    if (typeof value.runId !== 'string' || value.runId === '')
        return 'runId must be text';
    const wf = value.workflow;
    if (!isRecord(wf) || !['file', 'name', 'hash'].every((k) => typeof wf[k] === 'string'))
        return 'workflow must hold file, name and hash as text';
    if (!isRecord(value.inputs))
        return 'inputs must be an object';
    if (typeof value.inputsHash !== 'string')
        return 'inputsHash must be text';
    if (typeof value.status !== 'string' || !RUN_STATUSES.has(value.status))
        return `status must be a run status (got ${shown(value.status)})`;
    const ledger = value.ledger;
    if (!isRecord(ledger))
        return 'ledger must be an object';
    for (const key of ['spentMicros', 'reservedPeakMicros']) {
        if (!isMicros(ledger[key]))
            return `ledger.${key} must be a whole number of micro-dollars, 0 or more (got ${shown(ledger[key])})`;
    }
    if (ledger.budgetMicros !== undefined && !isMicros(ledger.budgetMicros))
        return `ledger.budgetMicros must be a whole number of micro-dollars (got ${shown(ledger.budgetMicros)})`;
    if (value.workspaceKey !== undefined && typeof value.workspaceKey !== 'string')
        return 'workspaceKey must be text';
    if (!Array.isArray(value.steps))
        return 'steps must be a list';
    const seen = new Set();
    for (const [i, step] of value.steps.entries()) {
        const at = `steps[${i}]`;
        if (!isRecord(step))
            return `${at} must be an object`;
        if (typeof step.id !== 'string' || step.id === '')
            return `${at}.id must be text`;
        if (seen.has(step.id))
            return `${at} repeats step '${step.id}'`;
        seen.add(step.id);
        if (step.inputHash !== undefined && typeof step.inputHash !== 'string')
            return `${at}.inputHash must be text`;
        if (!isMicros(step.costMicros))
            return `${at}.costMicros must be a whole number of micro-dollars, 0 or more (got ${shown(step.costMicros)})`;
        const record = step.record;
        if (!isRecord(record))
            return `${at}.record must be an object`;
        if (record.id !== step.id)
            return `${at}.record.id must be '${step.id}'`;
        if (typeof record.kind !== 'string')
            return `${at}.record.kind must be text`;
        if (typeof record.status !== 'string' || !STEP_STATUSES.has(record.status))
            return `${at}.record.status must be a step status (got ${shown(record.status)})`;
        if (!Number.isSafeInteger(record.attempts) || record.attempts < 0)
            return `${at}.record.attempts must be a whole number`;
        if (!isRecord(record.outputs))
            return `${at}.record.outputs must be an object`;
        if (typeof record.cost_usd !== 'number' || !(record.cost_usd >= 0))
            return `${at}.record.cost_usd must be a number, 0 or more`;
        if (typeof record.continue_on_error !== 'boolean')
            return `${at}.record.continue_on_error must be true or false`;
        if (step.changes !== undefined && !isRecord(step.changes))
            return `${at}.changes must be an object`;
        if (step.firstStartedAt !== undefined && Number.isNaN(Date.parse(String(step.firstStartedAt))))
            return `${at}.firstStartedAt must be a time (ISO 8601)`;
    }
    return undefined;
}
/**
 * The hash that says whether a finished step may be reused: its kind, its fields with every
 * expression rendered (prompt, model and parameters, image, command, env), and for kinds that
 * touch the checkout, the workspace's identity (the caller passes none for the others, by
 * StepKind.readsWorkspace). Secrets are replaced by `***` first: the checkpoint may be public
 * (a PR comment), and a hash of a short secret could be guessed; a rotated key does not make
 * a step run again either.
 */
function stepInputHash(spec, config, workspaceKey, hostEnv = {}) {
    return sha256(canonicalJson({
        kind: spec.kind,
        config: withoutSecrets(config, [
            ...(0,_common_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .hostSecrets */ .YR)(hostEnv),
            ...(0,_common_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .declaredSecrets */ .uk)(config, hostEnv),
        ]),
        workspace: workspaceKey ?? null,
    }));
}
function withoutSecrets(value, secrets) {
    return (0,_common_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .createRedactor */ .lY)(secrets).json(value);
}
function inputsHash(inputs) {
    return sha256(canonicalJson(inputs));
}


/***/ }),

/***/ 38994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M$: () => (/* binding */ FileWriteError),
/* harmony export */   Ny: () => (/* binding */ ioReason),
/* harmony export */   Pl: () => (/* binding */ appendFileNoFollow),
/* harmony export */   RT: () => (/* binding */ preflightWrite),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Files wflo writes for the user (the report, checkpoints): checked before the first step, so
// a path that cannot be written is found before any money is spent, and written atomically
// (a temp file beside the target, then a rename), so a reader never sees half a file and a
// failed write leaves no temp file behind. Failures are one sentence naming the file.
//
// They are never written through a symlink (issue #12: a step planted `report.json -> /etc/x`):
// the file itself is refused when it is a link, and when it lies inside the checkout, so is
// every folder between the checkout and it. Outside the checkout the folders are the user's own
// and are taken as given (on macOS /tmp itself is a link). docs/faults.md says the same.



/** A file wflo could not write: the message is one sentence for the user. */
class FileWriteError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'FileWriteError';
    }
}
// Pseudo file systems: a write there is not a file (under /proc it can spin for ever).
const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];
/** What an errno means for a file being written, in words. */
function ioReason(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOSPC':
        case 'EDQUOT':
            return 'the disk is full';
        case 'EROFS':
            return 'the file system is read-only';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'it is a directory';
        case 'ENOTDIR':
            return 'a part of its path is a file, not a directory';
        case 'ENOENT':
            return 'its directory does not exist';
        case 'ENAMETOOLONG':
            return 'the path is too long';
        case 'ELOOP':
            return 'it is a symbolic link, and wflo never writes its files through one';
        case 'EMFILE':
        case 'ENFILE':
            return 'too many files are open';
        default:
            return error instanceof Error ? error.message : String(error);
    }
}
function refusal(what, target, reason, cause) {
    return new FileWriteError(`cannot write ${what} to ${target}: ${reason}`, { cause });
}
const NO_LINKS = 'and wflo never writes its files through one';
/**
 * Refuses `resolved` when it is a symlink, or when it lies inside the checkout and a folder
 * between the checkout and it is one (a step may have planted it). Missing parts are fine:
 * they are made as real directories.
 */
async function refuseLinks(resolved, what, target, place) {
    const self = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(resolved).catch(() => undefined);
    if (self?.isSymbolicLink())
        throw refusal(what, target, `it is a symbolic link, ${NO_LINKS}`);
    if (place.checkout === undefined)
        return;
    const lexical = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(place.checkout);
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(lexical).catch(() => lexical);
    for (const root of new Set([lexical, real])) {
        const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(resolved));
        if (relative === '..' || relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relative))
            continue;
        let current = root;
        for (const part of relative.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).filter(Boolean)) {
            current = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(current, part);
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(current).catch(() => undefined);
            if (info === undefined)
                return;
            if (info.isSymbolicLink())
                throw refusal(what, target, `${current} is a symbolic link inside the checkout, ${NO_LINKS}`);
        }
        return;
    }
}
/**
 * Checks that `target` can be written as `what` ("the report", "the checkpoint") before the
 * run starts: not under /proc, /sys or /dev, not a directory, link or other non-file, not
 * reached through a link inside the checkout, and its directory (created if missing) takes a
 * small file. Throws FileWriteError.
 */
async function preflightWrite(target, what, place = {}) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(target);
    if (SPECIAL_ROOTS.some((root) => resolved === root || resolved.startsWith(`${root}/`))) {
        throw refusal(what, target, `${resolved.split('/')[1] ?? ''} is not a place for files`);
    }
    await refuseLinks(resolved, what, target, place);
    try {
        const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(resolved);
        if (existing.isDirectory())
            throw refusal(what, target, 'it is a directory');
        if (!existing.isFile())
            throw refusal(what, target, 'it is not a regular file');
    }
    catch (error) {
        if (error instanceof FileWriteError)
            throw error;
        if (error.code !== 'ENOENT')
            throw refusal(what, target, ioReason(error), error);
    }
    await probeDirectory(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(resolved), what, target);
}
/** The directory (created if missing) takes a 4 KiB file: permissions and space both. */
async function probeDirectory(dir, what, target) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(dir);
        if (!info.isDirectory())
            throw refusal(what, target, `${dir} is not a directory`);
    }
    catch (error) {
        if (error instanceof FileWriteError)
            throw error;
        throw refusal(what, target, ioReason(error), error);
    }
    const probe = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `.wflo-probe-${process.pid}-${Date.now().toString(36)}`);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(probe, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL);
        try {
            await handle.write(Buffer.alloc(4096));
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        throw refusal(what, target, ioReason(error), error);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(probe, { force: true }).catch(() => undefined);
    }
}
let counter = 0;
/**
 * Writes `data` to `target` through a temp file in the same directory and a rename: the
 * target is the old file or the new one, never half of one, and the temp file is removed
 * when anything fails. A link at the target or (inside the checkout) on the way is refused.
 * Throws FileWriteError naming `what` and the reason.
 */
async function writeFileAtomic(target, data, what, options = {}) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(target);
    const temp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(resolved), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(resolved)}.${process.pid}.${++counter}.tmp`);
    await refuseLinks(resolved, what, target, options);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(resolved), { recursive: true });
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', options.mode ?? 0o644);
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, resolved);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true }).catch(() => undefined);
        throw refusal(what, target, ioReason(error), error);
    }
}
/**
 * Appends `data` to `target`, opened with O_NOFOLLOW so a link planted there is refused, not
 * followed; folders on the way are checked as for writeFileAtomic. Throws FileWriteError.
 */
async function appendFileNoFollow(target, data, what, options = {}) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(target);
    await refuseLinks(resolved, what, target, options);
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_APPEND | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.appendFile)(resolved, data, { mode: options.mode ?? 0o644, flag: flags });
    }
    catch (error) {
        throw refusal(what, target, ioReason(error), error);
    }
}


/***/ }),

/***/ 60856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ MARKER_PREFIX),
/* harmony export */   l: () => (/* binding */ evaluateAnswers)
/* harmony export */ });
/* harmony import */ var _approval_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27529);
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
    const command = (0,_approval_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommand */ .R)(answer.body, gate.stepIds);
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

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ escapeInline)
/* harmony export */ });
// Text that came from steps or models goes into Markdown that GitHub renders as HTML.
// Every character that Markdown or HTML could act on becomes a numeric character
// reference, so such text can never open a tag, a link, an image, a table cell or a mention.
//
// Web addresses are the exception: escaped, `#` or `)` inside one would stay in the text
// GitHub's autolinker reads (it works on the source, so `…/7&#35;x` links to the wrong
// place, and `(https://…&#41;` swallows the bracket). An address is written as an explicit
// autolink `<https://…>` instead: it ends exactly at `>`, becomes a link and nothing else,
// and GitHub applies no mention or reference rule inside a link.
const ACTIVE = /[&<>"'`|\\*_[\]()!#~@$]/g;
/** What may stand in an address we keep: no space, quote, bracket, pipe or backslash. */
const ADDRESS = /https?:\/\/[A-Za-z0-9\-._~:/?#%&=+,;!$()']+/g;
/** Punctuation that ends a sentence rather than an address, as GitHub's autolinker trims it. */
const TRAILING = /[.,:;!?'"]+$/;
// GitHub finds mentions and references in the rendered text, after character references are
// decoded, so `&#64;team` would still ping: a zero-width space after `@` and `#` breaks them.
function inert(text) {
    return text
        .replace(ACTIVE, (c) => `&#${c.charCodeAt(0)};`)
        .replace(/(&#(?:64|35);)(?=[A-Za-z0-9])/g, '$1\u200b');
}
/** The address without the punctuation that follows it in prose, and an unbalanced `)`. */
function trimAddress(raw) {
    let address = raw;
    for (;;) {
        const before = address;
        address = address.replace(TRAILING, '');
        const open = address.split('(').length - 1;
        const close = address.split(')').length - 1;
        if (address.endsWith(')') && close > open)
            address = address.slice(0, -1);
        if (address === before)
            return address;
    }
}
/** Makes untrusted text inert inside Markdown and HTML (one line: newlines become spaces). */
function escapeInline(text) {
    const line = text.replace(/\r\n|\r|\n/g, ' ');
    let out = '';
    let last = 0;
    for (const match of line.matchAll(ADDRESS)) {
        const address = trimAddress(match[0]);
        // `https://` alone is not worth a link.
        if (address.length <= match[0].indexOf('//') + 2)
            continue;
        out += inert(line.slice(last, match.index)) + `<${address}>`;
        last = match.index + address.length;
    }
    return out + inert(line.slice(last));
}


/***/ }),

/***/ 12011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UK: () => (/* binding */ formatUsd),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   tF: () => (/* reexport safe */ _common_money_js__WEBPACK_IMPORTED_MODULE_0__.tF)
/* harmony export */ });
/* harmony import */ var _common_money_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23801);
// How figures read on the job page and in the terminal.

function formatDuration(ms) {
    if (ms === undefined)
        return '–';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.round((ms % 60_000) / 1000);
    return `${minutes} min ${seconds} s`;
}
/** USD (a JSON number exact to the micro-dollar) as `$1.25`. */
function formatUsd(usd) {
    return (0,_common_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMicros */ .tF)(Math.round(usd * 1_000_000));
}



/***/ }),

/***/ 40678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ printedBy)
/* harmony export */ });
/** What a command step printed (shell, sandbox), as its outputs carry it; empty streams left out. */
function printedBy(record) {
    const printed = [];
    for (const stream of ['stdout', 'stderr']) {
        const text = record.outputs[stream];
        if (typeof text === 'string' && text.trim() !== '')
            printed.push({ stream, text: text.replace(/\n$/, '') });
    }
    return printed;
}


/***/ }),

/***/ 16352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _i: () => (/* binding */ overageLine),
  Br: () => (/* binding */ renderSummary),
  xU: () => (/* binding */ spendLine)
});

// UNUSED EXPORTS: statusLabel

// EXTERNAL MODULE: ./src/github/gate-comment.ts
var gate_comment = __webpack_require__(97372);
;// CONCATENATED MODULE: ./src/report/approvals.ts

const cell = (text) => (0,gate_comment/* escapeText */.X1)(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
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

// EXTERNAL MODULE: ./src/common/secrets.ts
var secrets = __webpack_require__(7168);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(88850);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
;// CONCATENATED MODULE: ./src/report/summary.ts





const CHANGE_OUTCOMES = {
    applied: 'applied',
    held: 'held',
    discarded: 'not applied',
    reverted: 'taken back',
};
const ICONS = {
    succeeded: '✅',
    failed: '❌',
    budget_exceeded: '💸',
    rejected: '⛔',
    timed_out: '⏱️',
    waiting_approval: '⏸️',
    cancelled: '🚫',
    skipped: '⏭️',
};
function statusLabel(status) {
    return `${ICONS[status]} ${status.replaceAll('_', ' ')}`;
}
function tokens(step) {
    const u = step.usage;
    if (!u)
        return '–';
    return `${u.input_tokens.toLocaleString('en-US')} in / ${u.output_tokens.toLocaleString('en-US')} out`;
}
function cost(step) {
    return step.cost_usd > 0 || step.usage ? (0,format/* formatUsd */.UK)(step.cost_usd) : '–';
}
/** One line on spend: what was spent, against which budget, and the peak reserved. */
function spendLine(result) {
    const spent = (0,format/* formatMicros */.tF)(result.costMicros);
    const peak = (0,format/* formatMicros */.tF)(result.reservedPeakMicros);
    if (result.budgetMicros === undefined)
        return `${spent} spent (no budget set; peak committed ${peak})`;
    return `${spent} of ${(0,format/* formatMicros */.tF)(result.budgetMicros)} budget spent (peak committed ${peak})`;
}
/** A warning when a server billed above its reservations, or undefined (the normal case). */
function overageLine(result) {
    if (!result.overageMicros)
        return undefined;
    const past = result.budgetMicros !== undefined && result.costMicros > result.budgetMicros
        ? `, which put spend ${(0,format/* formatMicros */.tF)(result.costMicros - result.budgetMicros)} past the budget`
        : '';
    return `Calls were billed ${(0,format/* formatMicros */.tF)(result.overageMicros)} above what wflo reserved for them (the server counted more tokens than wflo's bound)${past}; the bills are charged in full, and later calls were refused once the budget was spent.`;
}
function renderSummary(result, options = {}) {
    // The run's secrets and the edge's, plain and encoded, hidden before escaping (an escaped
    // secret would still render as itself) and once more over the whole text.
    const redactor = (0,secrets/* createRedactor */.lY)([...result.redactor.values(), ...(options.secrets ?? [])]);
    const safe = (text) => (0,report_escape/* escapeInline */.V)(redactor.published(text));
    const lines = [
        `## ${ICONS[result.status]} wflo: ${safe(result.workflow.name)} ${result.status.replaceAll('_', ' ')}`,
        '',
        `**Spend:** ${spendLine(result)}`,
        '',
    ];
    if (result.status !== 'succeeded' && result.reason) {
        lines.push(`**Why:** ${safe(result.reason)}`, '');
    }
    const over = overageLine(result);
    if (over)
        lines.push(`> ⚠️ ${safe(over)}`, '');
    lines.push('| Step | Kind | Status | Attempts | Duration | Tokens | Cost |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const step of result.steps) {
        const label = `${statusLabel(step.status)}${step.reused ? ' (reused from the checkpoint)' : ''}`;
        const status = step.error ? `${label}: ${safe(step.error)}` : label;
        lines.push(`| ${safe(step.id)} | ${safe(step.kind)} | ${status} | ${step.attempts} | ${(0,format/* formatDuration */.a3)(step.duration_ms)} | ${tokens(step)} | ${cost(step)} |`);
    }
    const approvals = (0,report/* approvalsOf */.mh)(result);
    if (approvals.length > 0) {
        lines.push('', '### Approvals', '', redactor.published(renderApprovalsMarkdown(approvals)));
    }
    const sandboxes = result.steps.filter(
    // Steps of kinds that run containers: how each ended.
    (s) => typeof s.outputs.exit_code === 'number' &&
        result.registry.get(s.kind)?.usesContainers === true);
    if (sandboxes.length > 0) {
        lines.push('', '### Sandboxes', '', '| Step | Exit code | Timed out | Out of memory |', '| --- | --- | --- | --- |');
        for (const s of sandboxes) {
            const yes = (v) => (v === true ? 'yes' : 'no');
            lines.push(`| ${safe(s.id)} | ${String(s.outputs.exit_code)} | ${yes(s.outputs.timed_out)} | ${yes(s.outputs.oom_killed)} |`);
        }
    }
    if (result.changes.length > 0) {
        lines.push('', '### Changes to the checkout', '', '| Step | Files | What became of them |', '| --- | --- | --- |');
        for (const c of (0,report/* buildReport */.FK)(result).changes) {
            const what = c.reason === null
                ? CHANGE_OUTCOMES[c.outcome]
                : `${CHANGE_OUTCOMES[c.outcome]}: ${safe(c.reason)}`;
            lines.push(`| ${safe(c.step)} | ${c.files} | ${what} |`);
        }
    }
    lines.push('', `<sub>run ${safe(result.runId)} · ${safe(result.workflow.file)}`);
    if (options.reportFile)
        lines[lines.length - 1] += ` · report: ${safe(options.reportFile)}`;
    lines[lines.length - 1] += '</sub>';
    lines.push('');
    return redactor.published(lines.join('\n'));
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


/***/ }),

/***/ 94763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ runPrepared)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/files.ts
var files = __webpack_require__(38994);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
// EXTERNAL MODULE: ./src/sandbox/cleanup.ts
var cleanup = __webpack_require__(9823);
// EXTERNAL MODULE: ./src/wiring/engine.ts + 22 modules
var engine = __webpack_require__(48440);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/checkout/change-set.ts
var change_set = __webpack_require__(56599);
// EXTERNAL MODULE: ./src/checkout/protected-paths.ts
var protected_paths = __webpack_require__(14951);
;// CONCATENATED MODULE: ./src/checkout/real-path.ts
// Where a symlink really leads, over the checkout as it will be once a change set is applied:
// links already on disk plus those the set adds, replaces or deletes, followed one component
// at a time however they are chained (issue #12: `d -> .`, `up1 -> d/..`, …, `x -> up24/etc`
// each look inside as text and lead outside). Nothing here writes.



/** The same limit Linux puts on links followed in one lookup (ELOOP). */
const MAX_LINK_HOPS = 40;
/** The checkout as a change set would leave it, read from disk where the set says nothing. */
class CheckoutTree {
    root;
    changed = new Map();
    /** By folded path: on a case-insensitive checkout `D` is the `d` the set adds. */
    folded = new Map();
    /** What disk lookups found, read once per check. */
    disk = new Map();
    constructor(root, set) {
        this.root = root;
        for (const change of set?.changes ?? []) {
            const entry = change.status === 'deleted'
                ? { type: 'absent' }
                : change.type === 'symlink'
                    ? { type: 'symlink', target: change.target }
                    : { type: 'file' };
            this.changed.set(change.path, entry);
            this.folded.set(foldPath(change.path), entry);
        }
    }
    /**
     * The entry at `relative`, whose parents are real directories (or do not exist). `onDisk`
     * false: a parent does not exist after the set, so only the set itself can put something here.
     */
    async lookup(relative, onDisk = true) {
        const mine = this.changed.get(relative);
        if (mine)
            return mine;
        if (onDisk) {
            // One check of a large set asks about the same folders thousands of times.
            let seen = this.disk.get(relative);
            if (!seen) {
                seen = this.fromDisk(relative);
                this.disk.set(relative, seen);
            }
            const entry = await seen;
            if (entry.type !== 'absent')
                return entry;
        }
        return this.folded.get(foldPath(relative)) ?? { type: 'absent' };
    }
    async fromDisk(relative) {
        const stat = await (0,promises_.lstat)(external_node_path_default().join(this.root, relative)).catch(() => undefined);
        if (stat?.isSymbolicLink())
            return { type: 'symlink', target: await (0,promises_.readlink)(external_node_path_default().join(this.root, relative)) };
        if (stat?.isDirectory())
            return { type: 'dir' };
        return stat ? { type: 'file' } : { type: 'absent' };
    }
}
function foldPath(relative) {
    return relative.split('/').map(protected_paths/* foldName */.zN).join('/');
}
/**
 * Resolves the symlink at `linkPath` (checkout-relative) with target `target` over `tree`:
 * every component, every link on the way. Absolute targets, climbing above the checkout, more
 * than MAX_LINK_HOPS links (a loop) and ending inside any `.git` are each a way out.
 */
async function resolveLink(tree, linkPath, target) {
    if (target.startsWith('/'))
        return { inside: false, why: 'is absolute' };
    const done = linkPath.split('/').slice(0, -1);
    // Components still to walk, the next one last.
    const parts = (t) => t.split('/').reverse();
    const stack = parts(target);
    let hops = 0;
    // Once a component does not exist (or is a file), only the change set can add below it.
    let onDisk = true;
    while (stack.length > 0) {
        const next = stack.pop() ?? '';
        if (next === '' || next === '.')
            continue;
        if (next === '..') {
            if (done.length === 0)
                return { inside: false, why: 'leads above the checkout' };
            done.pop();
            continue;
        }
        const here = [...done, next].join('/');
        const entry = await tree.lookup(here, onDisk);
        if (entry.type === 'symlink') {
            if (++hops > MAX_LINK_HOPS)
                return { inside: false, why: `goes through more than ${MAX_LINK_HOPS} links (a loop)` };
            if (entry.target.startsWith('/'))
                return {
                    inside: false,
                    why: here === linkPath ? 'is absolute' : `goes through ${here}, which is absolute`,
                };
            stack.push(...parts(entry.target));
            continue;
        }
        if (entry.type !== 'dir')
            onDisk = false;
        done.push(next);
    }
    const resolved = done.join('/');
    if (done.some(protected_paths/* isDotGit */.G4))
        return { inside: false, why: 'leads into .git' };
    return { inside: true, path: resolved };
}
/** Every symlink under the checkout (not inside `.git`), checkout-relative; links are not followed. */
async function symlinksIn(root) {
    const found = [];
    const walk = async (relative) => {
        const entries = await (0,promises_.readdir)(external_node_path_default().join(root, relative), { withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
            const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (entry.isSymbolicLink())
                found.push(child);
            else if (entry.isDirectory() && !(0,protected_paths/* hasDotGit */.iN)(entry.name))
                await walk(child);
        }
    };
    await walk('');
    return found;
}

;// CONCATENATED MODULE: ./src/checkout/check.ts
// The way back (DESIGN.md §5, issue #12): a step's change set is data from an adversary. Before
// anything is written it is checked whole against the checkout as the set would leave it, and
// refused whole on the first violation, with one sentence naming the path.





/**
 * Checks a change set against the checkout at `checkout` and returns it with normalized paths.
 * Refused (ChangeRejectedError) when a path is absolute, climbs with `..`, lies in `.git` or a
 * protected place the step did not open, goes through a symlink or file, collides with another
 * under case folding, or when a symlink — the set's, or one already there that the set re-aims —
 * resolves outside the checkout or into `.git`.
 */
async function checkChangeSet(set, checkout, rules = {}) {
    const changes = set.changes.map((c) => ({ ...c, path: (0,change_set/* checkedPath */.tU)(c.path) }));
    const normalized = { changes };
    refuseCollisions(changes);
    const allowed = new Set(rules.protectedPathsAllowed ?? []);
    const protectedPaths = await (0,protected_paths/* protectedPathsOf */.k2)(checkout);
    for (const { path: p } of changes) {
        const name = (0,protected_paths/* protectedNameOf */.ny)(p, protectedPaths);
        if (name !== undefined && (name === '.git' || !allowed.has(name)))
            throw new change_set/* ChangeRejectedError */.hr(`the change set writes ${p}, ${(0,protected_paths/* howToAllow */.zT)(name)}.`);
    }
    const tree = new CheckoutTree(checkout, normalized);
    const before = new CheckoutTree(checkout);
    // Deletions happen first, in the checkout as it is; the rest in the checkout as the set leaves it.
    for (const change of changes)
        await refuseLinkedParents(change.status === 'deleted' ? before : tree, change.path);
    const links = changes.flatMap((c) => c.status !== 'deleted' && c.type === 'symlink' ? [{ path: c.path, target: c.target }] : []);
    for (const link of links) {
        const where = await resolveLink(tree, link.path, link.target);
        if (!where.inside) {
            throw new change_set/* ChangeRejectedError */.hr(`the change set holds a symlink ${link.path} -> ${link.target} that ${where.why}, and symlinks are kept only when they lead inside the checkout.`);
        }
    }
    if (links.length > 0)
        await refuseReaimedLinks(tree, before, checkout, normalized);
    return normalized;
}
/** Two paths one case-insensitive file system takes for one (`a` and `A`) would overwrite each other. */
function refuseCollisions(changes) {
    const seen = new Map();
    for (const { path: p } of changes) {
        const key = p.split('/').map(protected_paths/* foldName */.zN).join('/');
        const other = seen.get(key);
        if (other !== undefined) {
            throw new change_set/* ChangeRejectedError */.hr(other === p
                ? `the change set holds ${p} twice.`
                : `the change set holds both ${other} and ${p}, which are one path on a case-insensitive file system.`);
        }
        seen.set(key, p);
    }
}
/**
 * Refuses a path whose parent directories, as the set leaves them, are not real directories:
 * nothing is ever written through a symlink (on disk or added by the set) or below a file.
 */
async function refuseLinkedParents(tree, relative) {
    const parts = relative.split('/');
    let onDisk = true;
    for (let i = 1; i < parts.length; i++) {
        const parent = parts.slice(0, i).join('/');
        const entry = await tree.lookup(parent, onDisk);
        if (entry.type === 'dir')
            continue;
        if (entry.type === 'absent') {
            onDisk = false;
            continue;
        }
        const what = entry.type === 'symlink' ? 'a symlink' : 'a file';
        throw new change_set/* ChangeRejectedError */.hr(`the change set writes through ${parent}, which is not a directory (it is ${what}), to reach ${relative}.`);
    }
}
/**
 * A link already in the checkout that led inside must still lead inside once the set's links
 * are there (`up -> d/..` is harmless until a later step adds `d -> .`).
 */
async function refuseReaimedLinks(after, before, checkout, set) {
    const touched = new Set(set.changes.map((c) => c.path));
    for (const link of await symlinksIn(checkout)) {
        if (touched.has(link))
            continue;
        const target = await (0,promises_.readlink)(external_node_path_default().join(checkout, link)).catch(() => undefined);
        if (target === undefined)
            continue;
        // A link that already led outside is the user's own, not the set's doing.
        if (!(await resolveLink(before, link, target)).inside)
            continue;
        const now = await resolveLink(after, link, target);
        if (!now.inside) {
            throw new change_set/* ChangeRejectedError */.hr(`the change set makes the symlink ${link} -> ${target} already in the checkout lead outside it (it ${now.why}).`);
        }
    }
}

;// CONCATENATED MODULE: ./src/checkout/apply.ts
// Applying a step's change set to the checkout, all or nothing, and taking it back.
// A change set is applied only to paths that are as the step saw them (or already as the
// step left them: applying twice is harmless, which is how a continued run re-applies the
// changes of an earlier job). What each path held before is kept, so a run that does not
// succeed can put the checkout back as it was (DESIGN.md §5: the rollback).





/** Paths read at once while a set is checked against the checkout. */
const INSPECT_AT_ONCE = 16;
/** `fn` over `items`, at most `limit` at a time, results in order. */
async function mapLimited(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
const sha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
/** A path's state, and what it holds to put back later: read once. */
async function inspect(target) {
    const stat = await (0,promises_.lstat)(target).catch(() => undefined);
    if (!stat || stat.isDirectory())
        return { state: { type: 'absent' }, saved: { type: 'absent' } };
    if (stat.isSymbolicLink()) {
        const link = await (0,promises_.readlink)(target);
        return {
            state: { type: 'symlink', target: link },
            saved: { type: 'symlink', target: link },
        };
    }
    // Never read: a fifo would block, a device would never end.
    if (!stat.isFile())
        return { state: { type: 'special' }, saved: { type: 'absent' } };
    const content = await (0,promises_.readFile)(target);
    return {
        state: { type: 'file', sha256: sha256(content), executable: (stat.mode & 0o111) !== 0 },
        saved: { type: 'file', content, mode: stat.mode & 0o777 },
    };
}
async function stateOf(target) {
    return (await inspect(target)).state;
}
function afterStateOf(change) {
    if (change.status === 'deleted')
        return { type: 'absent' };
    if (change.type === 'symlink')
        return { type: 'symlink', target: change.target };
    return {
        type: 'file',
        sha256: sha256(change.content),
        executable: (change.mode & 0o111) !== 0,
    };
}
/** The state the step saw, or undefined when it is unknown (a change set made by hand). */
function beforeStateOf(change) {
    if (change.status === 'added')
        return change.before ?? { type: 'absent' };
    return change.before;
}
function sameState(a, b) {
    if (a.type === 'special' || b.type === 'special')
        return false;
    if (a.type === 'absent' || b.type === 'absent')
        return a.type === b.type;
    if (a.type === 'symlink')
        return b.type === 'symlink' && a.target === b.target;
    if (b.type === 'symlink')
        return false;
    return a.sha256 === b.sha256 && a.executable === b.executable;
}
/**
 * Applies a change set to the checkout. The whole set is checked first (checkChangeSet: real
 * paths, protected paths, symlinks resolved) and every path must be as the step saw it or as
 * the step left it; otherwise nothing is written and the error names the paths.
 */
async function applyChanges(set, checkout, rules = {}) {
    const checked = await checkChangeSet(set, checkout, rules);
    // Deletions first, so a file may replace a directory the step emptied, and the reverse.
    const ordered = [
        ...checked.changes.filter((c) => c.status === 'deleted'),
        ...checked.changes.filter((c) => c.status !== 'deleted'),
    ];
    const pending = [];
    const conflicts = [];
    // Reads only, so many at once; parents are real directories (checked above), so each reads
    // the path itself, not through a link.
    const states = await mapLimited(ordered, INSPECT_AT_ONCE, (c) => inspect((0,external_node_path_.join)(checkout, c.path)));
    for (const [i, change] of ordered.entries()) {
        const path = change.path;
        const now = states[i];
        if (now === undefined)
            continue;
        if (sameState(now.state, afterStateOf(change)))
            continue; // already there
        const before = beforeStateOf(change);
        if (before !== undefined && !sameState(now.state, before))
            conflicts.push(path);
        else
            pending.push({ change: { ...change, path }, saved: now.saved });
    }
    if (conflicts.length > 0) {
        const shown = conflicts.slice(0, 5).join(', ');
        const more = conflicts.length > 5 ? ` and ${conflicts.length - 5} more` : '';
        throw new change_set/* ChangeRejectedError */.hr(`the checkout is not as the step saw it: ${shown}${more} changed since the step read ${conflicts.length === 1 ? 'it' : 'them'}.`);
    }
    const undo = [];
    const createdDirs = [];
    const revert = async () => {
        const warnings = [];
        const toRestore = [];
        for (const entry of [...undo].reverse()) {
            if (!sameState(await stateOf((0,external_node_path_.join)(checkout, entry.path)), entry.after)) {
                warnings.push(`${entry.path} was left as it is: it changed after wflo applied the step's change`);
                continue;
            }
            toRestore.push(entry);
        }
        // What the set added goes first, then the directories wflo made for it (when nothing else
        // came to live in them), then what it replaced: a file `a` comes back where `a/b` was.
        for (const entry of toRestore.filter((e) => e.saved.type === 'absent'))
            await restore((0,external_node_path_.join)(checkout, entry.path), entry.saved);
        for (const dir of [...createdDirs].reverse())
            await (0,promises_.rmdir)(dir).catch(() => undefined);
        for (const entry of toRestore.filter((e) => e.saved.type !== 'absent'))
            await restore((0,external_node_path_.join)(checkout, entry.path), entry.saved);
        undo.length = 0;
        return warnings;
    };
    const known = new Set();
    try {
        for (const { change, saved } of pending) {
            const target = (0,external_node_path_.join)(checkout, change.path);
            const parent = external_node_path_.posix.dirname(change.path);
            createdDirs.push(...(await realDirectory(checkout, parent === '.' ? '' : parent, known)));
            undo.push({ path: change.path, saved, after: afterStateOf(change) });
            await write(target, change);
        }
    }
    catch (error) {
        // All or nothing: what this call wrote goes back before the error is reported.
        await revert().catch(() => undefined);
        throw error;
    }
    return { written: undo.length, revert };
}
async function write(target, change) {
    if (change.status === 'deleted') {
        const stat = await (0,promises_.lstat)(target).catch(() => undefined);
        if (stat && !stat.isDirectory())
            await (0,promises_.rm)(target);
        return;
    }
    const existing = await (0,promises_.lstat)(target).catch(() => undefined);
    if (existing?.isDirectory()) {
        // Only an emptied directory may give way; rmdir refuses anything else.
        await (0,promises_.rmdir)(target).catch(() => {
            throw new change_set/* ChangeRejectedError */.hr(`the change set replaces the non-empty directory ${change.path} with a file.`);
        });
    }
    if (change.type === 'symlink') {
        if (existing && !existing.isDirectory())
            await (0,promises_.rm)(target);
        await (0,promises_.symlink)(change.target, target);
    }
    else {
        await writeAtomically(target, change.content, change.mode);
    }
}
async function restore(target, saved) {
    const existing = await (0,promises_.lstat)(target).catch(() => undefined);
    if (saved.type === 'absent') {
        if (existing && !existing.isDirectory())
            await (0,promises_.rm)(target);
        return;
    }
    // A folder the set made where a file was (delete `a`, add `a/b`) is empty again by now.
    if (existing?.isDirectory())
        await (0,promises_.rmdir)(target);
    if (saved.type === 'symlink') {
        if (existing && !existing.isDirectory())
            await (0,promises_.rm)(target);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,promises_.symlink)(saved.target, target);
        return;
    }
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    await writeAtomically(target, saved.content, saved.mode);
}
/** Write then rename: a reader never sees half a file, and an existing symlink is replaced, not followed. */
async function writeAtomically(target, content, mode) {
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.wflo-${process.pid}-${Math.random().toString(36).slice(2)}`);
    // `wx`: the temp name is new, and a link planted under it is refused, not followed.
    await (0,promises_.writeFile)(temp, content, { mode, flag: 'wx' });
    await (0,promises_.chmod)(temp, mode);
    await (0,promises_.rename)(temp, target);
}
/**
 * Makes `dir` (relative) exist under root, every component checked with lstat as it is made,
 * refusing to go through a symlink; returns the directories it made.
 */
async function realDirectory(root, dir, known) {
    const made = [];
    let current = root;
    for (const part of dir.split('/').filter(Boolean)) {
        current = (0,external_node_path_.join)(current, part);
        // Checked once per apply: nothing in a set turns a directory it wrote into into a link.
        if (known.has(current))
            continue;
        known.add(current);
        const stat = await (0,promises_.lstat)(current).catch(() => undefined);
        if (!stat) {
            await (0,promises_.mkdir)(current);
            made.push(current);
        }
        else if (!stat.isDirectory()) {
            throw new change_set/* ChangeRejectedError */.hr(`the change set writes through ${current}, which is not a directory.`);
        }
    }
    return made;
}

;// CONCATENATED MODULE: ./src/checkout/local.ts



const localCheckout = {
    apply: (workspace, changes, rules) => applyChanges((0,change_set/* decodeChangeSet */.T9)(changes), workspace, rules),
    check: async (workspace, changes, rules) => {
        await checkChangeSet((0,change_set/* decodeChangeSet */.T9)(changes), workspace, rules);
    },
};

;// CONCATENATED MODULE: ./src/engine/clock.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

// EXTERNAL MODULE: ./node_modules/openai/index.mjs + 232 modules
var openai = __webpack_require__(98193);
// EXTERNAL MODULE: ./src/llm/client.ts
var client = __webpack_require__(22156);
// EXTERNAL MODULE: ./src/llm/model-params.ts
var model_params = __webpack_require__(36537);
;// CONCATENATED MODULE: ./src/llm/settings.ts
// Where the OpenAI adapter's settings come from: the edges pass an env record (the
// process env for the CLI; the action maps its inputs to the same names first).
/** The SDK's own defaults, kept: retries and timeouts stay on. */
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
/**
 * Reads `OPENAI_API_KEY` and `OPENAI_BASE_URL` (and optionally `OPENAI_MAX_RETRIES`,
 * `OPENAI_TIMEOUT_MS`) from `env`. Returns undefined when no key is set, so the edge can
 * leave `services.llm` unset and an `llm` step says what to configure.
 */
function openAiSettingsFromEnv(env) {
    const apiKey = env.OPENAI_API_KEY?.trim();
    if (!apiKey)
        return undefined;
    const baseURL = env.OPENAI_BASE_URL?.trim();
    return {
        apiKey,
        ...(baseURL ? { baseURL } : {}),
        maxRetries: wholeNumber(env, 'OPENAI_MAX_RETRIES', DEFAULT_MAX_RETRIES),
        timeoutMs: wholeNumber(env, 'OPENAI_TIMEOUT_MS', DEFAULT_TIMEOUT_MS),
    };
}
function wholeNumber(env, name, fallback) {
    const raw = env[name]?.trim();
    if (!raw)
        return fallback;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 0) {
        throw new Error(`${name} must be a whole number, got '${raw}'`);
    }
    return value;
}

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
;// CONCATENATED MODULE: ./src/llm/openai-client.ts
// The LlmClient over the real `openai` SDK. The SDK keeps its retries and timeouts; a
// fetch of ours sits under it, so every HTTP attempt it makes (first try and retries)
// opens an AttemptAccount before it is sent and closes it by what came back.





const OPENAI_BASE_URL = 'https://api.openai.com/v1';
function createOpenAiClient(options) {
    const transport = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const server = options.baseURL ?? 'api.openai.com';
    return {
        async chat(request, callOptions = {}) {
            // Ours to abort: a refused reservation must stop the SDK without a retry, and the
            // SDK treats an aborted request signal as the caller's abort (never retried).
            const controller = new AbortController();
            const callerSignal = callOptions.signal;
            const onCallerAbort = () => controller.abort(callerSignal?.reason);
            if (callerSignal?.aborted)
                onCallerAbort();
            else
                callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
            let attempts = 0;
            let refused;
            const accountedFetch = async (input, init) => {
                attempts += 1;
                let account;
                try {
                    account = callOptions.beforeAttempt?.(attempts);
                }
                catch (error) {
                    refused = { error };
                    controller.abort(error);
                    throw error;
                }
                return send(transport, input, init, account);
            };
            const client = new openai/* default */.Ay({
                apiKey: options.apiKey,
                // Explicit, so the SDK never falls back to an OPENAI_BASE_URL of its own process.
                baseURL: options.baseURL ?? OPENAI_BASE_URL,
                maxRetries,
                timeout: timeoutMs,
                fetch: accountedFetch,
            });
            try {
                const completion = await client.chat.completions.create(requestBody(request), {
                    signal: controller.signal,
                });
                return resultOf(completion, attempts, server);
            }
            catch (error) {
                if (refused)
                    throw refused.error;
                throw asLlmError(error, request.model, server, attempts, timeoutMs, callerSignal);
            }
            finally {
                callerSignal?.removeEventListener('abort', onCallerAbort);
            }
        },
    };
}
/**
 * The client the edges wire into `services.llm`: from OPENAI_API_KEY / OPENAI_BASE_URL of
 * `env` (the action maps its inputs to those names). Undefined without a key.
 */
function openAiClientFromEnv(env) {
    const settings = openAiSettingsFromEnv(env);
    return settings ? createOpenAiClient(settings) : undefined;
}
/** Sends one attempt and closes its account by what came back. */
async function send(transport, input, init, account) {
    let response;
    try {
        response = await transport(input, init);
    }
    catch (error) {
        // Refused connections never reached a server; anything else may have been billed.
        if (isNeverSent(error))
            account?.release();
        else
            account?.keep();
        throw error;
    }
    if (!account)
        return response;
    if (response.status >= 400 && response.status < 500) {
        account.release();
        return response;
    }
    if (response.status < 200 || response.status >= 300) {
        account.keep();
        return response;
    }
    // Read the body here, under the SDK's per-attempt timer, so usage is known before the
    // SDK parses it; a body that breaks or stalls keeps the hold and the SDK retries.
    let text;
    try {
        text = await response.text();
    }
    catch (error) {
        account.keep();
        throw error;
    }
    const usage = usageIn(text);
    if (usage)
        account.settle(usage);
    else
        account.keep();
    const headers = new Headers(response.headers);
    headers.delete('content-encoding');
    headers.delete('content-length');
    return new Response(text, { status: response.status, statusText: response.statusText, headers });
}
function isNeverSent(error) {
    const cause = error instanceof Error ? error.cause : undefined;
    const code = cause && typeof cause === 'object' && 'code' in cause ? cause.code : undefined;
    return code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
}
/** The billed usage of a Chat Completions body, or undefined when it reports none. */
function usageIn(body) {
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        return undefined;
    }
    if (!isRecord(parsed) || !isRecord(parsed.usage))
        return undefined;
    const u = parsed.usage;
    const input = count(u.prompt_tokens);
    const output = count(u.completion_tokens);
    if (input === undefined || output === undefined)
        return undefined;
    const promptDetails = isRecord(u.prompt_tokens_details) ? u.prompt_tokens_details : {};
    const completionDetails = isRecord(u.completion_tokens_details)
        ? u.completion_tokens_details
        : {};
    return {
        input_tokens: input,
        cached_input_tokens: Math.min(count(promptDetails.cached_tokens) ?? 0, input),
        output_tokens: output,
        reasoning_tokens: Math.min(count(completionDetails.reasoning_tokens) ?? 0, output),
    };
}
function count(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function requestBody(request) {
    const parameters = (0,model_params/* modelParameters */.aD)(request.model);
    return {
        model: request.model,
        messages: request.messages.map(toParam),
        ...(parameters.tokenLimitField === 'max_tokens'
            ? { max_tokens: request.max_tokens }
            : { max_completion_tokens: request.max_tokens }),
        ...(request.temperature !== undefined && parameters.temperature
            ? { temperature: request.temperature }
            : {}),
        ...(request.json_schema
            ? {
                response_format: {
                    type: 'json_schema',
                    json_schema: {
                        name: request.json_schema.name,
                        schema: request.json_schema.schema,
                        strict: true,
                    },
                },
            }
            : {}),
        ...(request.tools && request.tools.length > 0
            ? {
                tools: request.tools.map((tool) => ({
                    type: 'function',
                    function: {
                        name: tool.name,
                        description: tool.description,
                        parameters: tool.parameters,
                    },
                })),
            }
            : {}),
    };
}
function toParam(message) {
    switch (message.role) {
        case 'system':
            return { role: 'system', content: message.content };
        case 'developer':
            return { role: 'developer', content: message.content };
        case 'user':
            return { role: 'user', content: message.content };
        case 'assistant':
            return message.tool_calls && message.tool_calls.length > 0
                ? {
                    role: 'assistant',
                    content: message.content === '' ? null : message.content,
                    tool_calls: message.tool_calls.map((call) => ({
                        id: call.id,
                        type: 'function',
                        function: { name: call.name, arguments: call.arguments },
                    })),
                }
                : { role: 'assistant', content: message.content };
        case 'tool':
            return { role: 'tool', content: message.content, tool_call_id: message.tool_call_id ?? '' };
    }
}
const FINISH_REASONS = [
    'stop',
    'length',
    'content_filter',
    'tool_calls',
    'function_call',
];
function resultOf(completion, attempts, server) {
    const choice = completion.choices[0];
    if (!choice || !isRecord(choice.message)) {
        throw new client/* LlmCallError */.i(`${server} answered a chat completion without a choice`, 'invalid_response');
    }
    const finish = FINISH_REASONS.find((reason) => reason === choice.finish_reason) ?? 'stop';
    const usage = usageIn(JSON.stringify({ usage: completion.usage }));
    return {
        id: completion.id,
        model: completion.model,
        text: choice.message.content ?? '',
        refusal: choice.message.refusal ?? null,
        finish_reason: finish,
        tool_calls: toolCallsOf(choice.message.tool_calls),
        ...(usage ? { usage } : {}),
        attempts,
    };
}
/** Function calls of a reply; other kinds of tool call (custom tools) are not asked for, so skipped. */
function toolCallsOf(calls) {
    const out = [];
    for (const call of calls ?? []) {
        if (call.type !== 'function' || !isRecord(call.function))
            continue;
        out.push({
            id: String(call.id),
            name: String(call.function.name),
            arguments: typeof call.function.arguments === 'string' ? call.function.arguments : '',
        });
    }
    return out;
}
function asLlmError(error, model, server, attempts, timeoutMs, callerSignal) {
    if (error instanceof client/* LlmCallError */.i)
        return error;
    const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
    if (error instanceof openai/* APIUserAbortError */.cH || callerSignal?.aborted) {
        return new client/* LlmCallError */.i(`the call to ${model} was aborted`, 'aborted', undefined, {
            cause: error,
        });
    }
    if (error instanceof openai/* APIConnectionTimeoutError */.qA) {
        return new client/* LlmCallError */.i(`the call to ${model} at ${server} timed out after ${timeoutMs} ms per attempt (${tries})`, 'timeout', undefined, { cause: error });
    }
    if (error instanceof openai/* APIConnectionError */.xX) {
        return new client/* LlmCallError */.i(`could not reach ${server} for ${model} (${tries}): ${error.message}`, 'connection', undefined, {
            cause: error,
        });
    }
    if (error instanceof openai/* APIError */.LG && error.status !== undefined) {
        // The SDK's message starts with the status again.
        const detail = error.message.replace(new RegExp(`^${error.status}\\s*`), '');
        return new client/* LlmCallError */.i(`${server} answered ${error.status} to the call to ${model} (${tries}): ${detail}`, 'status', error.status, { cause: error });
    }
    const message = (0,errors/* messageOf */.b)(error);
    return new client/* LlmCallError */.i(`${server} answered the call to ${model} with something that is not a chat completion: ${message}`, 'invalid_response', undefined, {
        cause: error,
    });
}

// EXTERNAL MODULE: ./src/sandbox/docker-runtime.ts
var docker_runtime = __webpack_require__(47322);
;// CONCATENATED MODULE: ./src/wiring/services.ts
// How both edges assemble the engine's collaborators, so the CLI and the action run
// the same engine with the same wiring (DESIGN.md §8: one engine, no second copy).




/** The environment with the action's inputs mapped onto the names the CLI reads. */
function effectiveEnv(settings) {
    return {
        ...settings.env,
        ...(settings.openaiApiKey ? { OPENAI_API_KEY: settings.openaiApiKey } : {}),
        ...(settings.openaiBaseUrl ? { OPENAI_BASE_URL: settings.openaiBaseUrl } : {}),
        ...(settings.githubToken ? { GITHUB_TOKEN: settings.githubToken } : {}),
    };
}
function createServices(settings) {
    const env = effectiveEnv(settings);
    const llm = openAiClientFromEnv(env);
    return {
        clock: settings.clock ?? systemClock,
        hostEnv: env,
        checkout: localCheckout,
        ...(llm ? { llm } : {}),
        // dockerode connects per call, so creating the client costs nothing when no step uses it.
        containers: (0,docker_runtime/* createDockerRuntime */.T)({
            ...(env.DOCKER_HOST ? { dockerHost: env.DOCKER_HOST } : {}),
        }),
    };
}

;// CONCATENATED MODULE: ./src/wiring/prepare-run.ts
// The run preparation both edges share (DESIGN.md §8: one engine, one way to start it): the
// checks that must pass before the first step, the run's scratch directory, cancelling on an
// interrupt, the services, the start-up sweep and the engine call. The edges keep only what
// differs: reading inputs or flags, what they print, and the exit code.








/** Prepares the run as both edges do and runs it; a refusal is an outcome, a fault is thrown. */
async function runPrepared(prep) {
    for (const check of prep.beforeFirstStep ?? []) {
        const refusal = await check();
        if (refusal !== undefined)
            return { kind: 'refused', why: 'check', message: refusal };
    }
    const tempDir = await scratchDirectory(prep.scratchBase ?? (0,external_node_os_.tmpdir)(), prep.scratchBaseName, prep.runId, prep.warn);
    prep.onScratch?.(tempDir);
    const registry = prep.engine.registry();
    const controller = new AbortController();
    const stopListening = prep.listen({
        get cancelled() {
            return controller.signal.aborted;
        },
        cancel: (reason) => controller.abort(new types/* CancelledError */.cc(reason)),
    });
    try {
        const created = createServices(prep.serviceSettings);
        const services = {
            ...created,
            ...(prep.approvals ? { approvals: prep.approvals } : {}),
        };
        // What a killed earlier run left (on a self-hosted runner, or Docker on a laptop); never fatal.
        await (0,cleanup/* sweepAtStart */.mP)(services.containers, (0,types/* startsContainers */.G8)(prep.workflow, registry), prep.warn);
        const result = await prep.engine.run({
            workflow: prep.workflow,
            inputs: prep.inputs,
            registry,
            services,
            workspace: prep.workspace,
            tempDir,
            runId: prep.runId,
            ...(prep.budgetMicros === undefined ? {} : { budgetMicros: prep.budgetMicros }),
            ...(prep.github === undefined ? {} : { github: prep.github }),
            signal: controller.signal,
            observer: prep.observer,
            ...(prep.secrets === undefined ? {} : { secrets: prep.secrets }),
            setupHint: prep.setupHint,
            ...(prep.checkpoint ? { checkpoint: prep.checkpoint } : {}),
        });
        return { kind: 'ran', result };
    }
    catch (err) {
        if ((0,engine.isInputError)(err))
            return { kind: 'refused', why: 'inputs', message: err.message };
        throw err;
    }
    finally {
        stopListening();
        if (prep.removeScratch)
            await (0,promises_.rm)(tempDir, { recursive: true, force: true });
    }
}
/** The run's scratch directory under `base`, or under the system's temp dir when that is full. */
async function scratchDirectory(base, baseName, runId, warn) {
    try {
        return await (0,promises_.mkdtemp)(external_node_path_default().join(base, `wflo-${runId}-`));
    }
    catch (err) {
        if (external_node_path_default().resolve(base) === external_node_path_default().resolve((0,external_node_os_.tmpdir)()))
            throw err;
        const fallback = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), `wflo-${runId}-`));
        warn(`wflo could not make its scratch directory in ${baseName ? `${baseName} ` : ''}${base} (${(0,files/* ioReason */.Ny)(err)}); using ${fallback}`);
        return fallback;
    }
}


/***/ }),

/***/ 62401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ newRunId)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** A short id, unique enough to label a run's containers and name its files. */
function newRunId(now = Date.now()) {
    return `${now.toString(36)}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
}


/***/ }),

/***/ 16670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ parseUsdToMicros)
/* harmony export */ });
// Dollar amounts typed by people (`--budget-usd 2.50`, `budget-usd: 2.00`) become
// integer micro-dollars without passing through a float.
const USD = /^\s*\$?(\d{1,9})(?:\.(\d{1,6}))?\s*$/;
/** Parses a positive dollar amount with at most 6 decimals; undefined when it is not one. */
function parseUsdToMicros(text) {
    const m = USD.exec(text);
    if (!m)
        return undefined;
    const micros = Number(m[1]) * 1_000_000 + Number((m[2] ?? '').padEnd(6, '0'));
    return micros > 0 ? micros : undefined;
}


/***/ })

};
;