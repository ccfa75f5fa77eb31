"use strict";
exports.id = 942;
exports.ids = [942];
exports.modules = {

/***/ 15386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ toolDefinitions),
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   K2: () => (/* binding */ TOOL_NAMES),
/* harmony export */   O2: () => (/* binding */ isToolName),
/* harmony export */   qI: () => (/* binding */ runTool),
/* harmony export */   un: () => (/* binding */ WORKSPACE)
/* harmony export */ });
/* unused harmony exports MAX_WRITE_BYTES, confinePath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// The agent's built-in tools. Each runs as one command exec'd into the step's kept
// container; paths are confined to /workspace twice: by name here, and by the path the
// container resolves (symlinks included) before anything is read or written.

const TOOL_NAMES = ['run', 'read_file', 'write_file', 'list_files', 'search'];
const WORKSPACE = '/workspace';
/** argv's single-argument limit is 128 KiB; a file written through argv stays below it. */
const MAX_WRITE_BYTES = 96 * 1024;
/** Exit code the confinement scripts use for a path outside the workspace. */
const OUTSIDE = 86;
const PATH_PARAM = {
    type: 'string',
    description: 'A path inside /workspace, relative to it or absolute.',
};
const DEFINITIONS = {
    run: {
        name: 'run',
        description: 'Run a shell command (sh -c) in /workspace. Returns its exit code and its output, capped.',
        parameters: objectSchema({ command: { type: 'string', description: 'The shell command.' } }),
    },
    read_file: {
        name: 'read_file',
        description: 'Read a text file inside /workspace.',
        parameters: objectSchema({ path: PATH_PARAM }),
    },
    write_file: {
        name: 'write_file',
        description: 'Create or replace a file inside /workspace with the given content.',
        parameters: objectSchema({
            path: PATH_PARAM,
            content: { type: 'string', description: 'The whole new content of the file.' },
        }),
    },
    list_files: {
        name: 'list_files',
        description: 'List files and folders under a folder of /workspace (three levels deep).',
        parameters: objectSchema({ path: PATH_PARAM }),
    },
    search: {
        name: 'search',
        description: 'Search files under a folder of /workspace for a basic regular expression (grep -rn).',
        parameters: objectSchema({
            pattern: { type: 'string', description: 'The pattern.' },
            path: PATH_PARAM,
        }),
    },
};
function objectSchema(properties) {
    return {
        type: 'object',
        properties,
        required: Object.keys(properties),
        additionalProperties: false,
    };
}
function isToolName(name) {
    return TOOL_NAMES.includes(name);
}
function toolDefinitions(names) {
    return names.map((name) => DEFINITIONS[name]);
}
/**
 * The absolute path inside the workspace that `path` names, or undefined when it leaves
 * the workspace. Relative paths are taken from /workspace.
 */
function confinePath(path) {
    if (path.includes('\0'))
        return undefined;
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.resolve(WORKSPACE, path);
    return resolved === WORKSPACE || resolved.startsWith(`${WORKSPACE}/`) ? resolved : undefined;
}
// Each script gets the confined path as $0; it resolves it in the container and refuses
// what lands outside /workspace (a symlink pointing out, for example).
const INSIDE = `case "$r" in ${WORKSPACE}|${WORKSPACE}/*) ;; *) echo "$0 resolves to $r, outside ${WORKSPACE}" >&2; exit ${OUTSIDE};; esac`;
const SCRIPTS = {
    read: `r=$(realpath "$0") || exit 2; ${INSIDE}; cat -- "$r"`,
    write: `d=$(dirname "$0"); mkdir -p -- "$d" || exit 2; r=$(realpath "$d") || exit 2; ${INSIDE}; if [ -L "$0" ]; then echo "$0 is a symlink" >&2; exit ${OUTSIDE}; fi; printf '%s' "$1" > "$0"`,
    list: `r=$(realpath "$0") || exit 2; ${INSIDE}; cd -- "$r" && find . -maxdepth 3 ! -path './.git/*' ! -path ./.git ! -path . | sort`,
    search: `r=$(realpath "$0") || exit 2; ${INSIDE}; grep -rn -e "$1" -- "$r"`,
};
/** Parses a call's JSON arguments and runs it; never throws for the model's mistakes. */
async function runTool(host, allowed, name, argumentsText, settings) {
    if (!isToolName(name) || !allowed.includes(name)) {
        return refused(`unknown tool '${name}'; the tools are ${allowed.join(', ')}`);
    }
    let args;
    try {
        args = JSON.parse(argumentsText || '{}');
    }
    catch {
        return refused(`the arguments of ${name} are not valid JSON: ${clip(argumentsText, 200)}`);
    }
    if (typeof args !== 'object' || args === null || Array.isArray(args)) {
        return refused(`the arguments of ${name} must be a JSON object`);
    }
    const text = (key) => typeof args[key] === 'string' ? args[key] : undefined;
    if (name === 'run') {
        const command = text('command');
        if (command === undefined)
            return refused('run needs { "command": string }');
        const result = await host.exec(['sh', '-c', command], execOptions(settings));
        return { ok: true, content: describeRun(result, settings) };
    }
    const rawPath = text('path') ?? (name === 'list_files' || name === 'search' ? '.' : undefined);
    if (rawPath === undefined)
        return refused(`${name} needs { "path": string }`);
    const path = confinePath(rawPath);
    if (!path)
        return refused(`path '${rawPath}' is outside ${WORKSPACE}; tools work only inside it`);
    let result;
    if (name === 'read_file') {
        result = await host.exec(['sh', '-c', SCRIPTS.read, path], execOptions(settings));
    }
    else if (name === 'write_file') {
        const content = text('content');
        if (content === undefined)
            return refused('write_file needs { "path": string, "content": string }');
        if (content.includes('\0'))
            return refused('write_file cannot write NUL characters');
        if (Buffer.byteLength(content) > MAX_WRITE_BYTES)
            return refused(`write_file takes at most ${MAX_WRITE_BYTES} bytes of content`);
        if (path === WORKSPACE)
            return refused(`${WORKSPACE} is a folder`);
        result = await host.exec(['sh', '-c', SCRIPTS.write, path, content], execOptions(settings));
        if (result.exitCode === 0)
            return { ok: true, content: `wrote ${Buffer.byteLength(content)} bytes to ${path}` };
    }
    else if (name === 'list_files') {
        result = await host.exec(['sh', '-c', SCRIPTS.list, path], execOptions(settings));
    }
    else {
        const pattern = text('pattern');
        if (pattern === undefined)
            return refused('search needs { "pattern": string, "path": string }');
        result = await host.exec(['sh', '-c', SCRIPTS.search, path, pattern], execOptions(settings));
        if (result.exitCode === 1 && result.stdout.totalBytes === 0)
            return { ok: true, content: 'no matches' };
    }
    if (result.exitCode === OUTSIDE)
        return refused(`${stderrOf(result)}; tools work only inside ${WORKSPACE}`);
    if (result.timedOut)
        return refused(`${name} timed out after ${settings.commandTimeoutMs} ms`);
    if (result.exitCode !== 0)
        return refused(`${name} failed (exit code ${result.exitCode}): ${stderrOf(result)}`);
    return { ok: true, content: capped(result.stdout, settings.outputCapBytes) };
}
function execOptions(settings) {
    return {
        timeoutMs: settings.commandTimeoutMs,
        capBytes: settings.outputCapBytes,
        ...(settings.signal ? { signal: settings.signal } : {}),
    };
}
function describeRun(result, settings) {
    const half = Math.max(256, Math.floor(settings.outputCapBytes / 2));
    const head = result.timedOut
        ? `timed out after ${settings.commandTimeoutMs} ms (killed)`
        : `exit code ${result.exitCode}`;
    return [
        head,
        `stdout:\n${capped(result.stdout, half)}`,
        `stderr:\n${capped(result.stderr, half)}`,
    ].join('\n');
}
function capped(stream, cap) {
    const kept = stream.data.subarray(0, cap).toString('utf8');
    const shown = Math.min(cap, stream.data.length);
    return stream.totalBytes > shown
        ? `${kept}\n[output truncated: ${shown} of ${stream.totalBytes} bytes shown]`
        : kept;
}
function stderrOf(result) {
    return clip(result.stderr.data.toString('utf8').trim(), 300) || 'no message';
}
function refused(content) {
    return { ok: false, content: `error: ${content}` };
}
function clip(text, max) {
    return text.length > max ? `${text.slice(0, max)}… [${text.length - max} more characters]` : text;
}


/***/ }),

/***/ 56599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NQ: () => (/* binding */ encodeChangeSet),
/* harmony export */   OZ: () => (/* binding */ symlinkStaysInside),
/* harmony export */   T9: () => (/* binding */ decodeChangeSet),
/* harmony export */   b4: () => (/* binding */ changesOutput),
/* harmony export */   hr: () => (/* binding */ ChangeRejectedError),
/* harmony export */   tU: () => (/* binding */ checkedPath)
/* harmony export */ });
/* unused harmony exports isGitPath, CHANGE_SET_FORMAT */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _protected_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14951);
// A step's changes to the checkout (`workspace: copy`): what each path becomes, and what it
// was when the step read it. The second half is what makes a change set safe to hold, carry
// in a checkpoint to another job, and apply later: it is applied only to a checkout that
// still looks as the step saw it (src/checkout/apply.ts).


/** A change set that must not reach the checkout; the message is one sentence for the user. */
class ChangeRejectedError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ChangeRejectedError';
    }
}
/** Whether a path is inside `.git` under any spelling a file system takes for it (`.GIT`, `git~1`). */
function isGitPath(path) {
    return (0,_protected_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .hasDotGit */ .iN)(path);
}
/** Checks a path from a container or a checkpoint: relative, normalized, no `..`, nothing under `.git`. */
function checkedPath(raw) {
    if (raw.startsWith('/'))
        throw new ChangeRejectedError(`the workspace returned an absolute path (${raw}).`);
    const parts = raw.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.includes('..'))
        throw new ChangeRejectedError(`the workspace returned a path with '..' (${raw}).`);
    const path = parts.join('/');
    if (path === '')
        throw new ChangeRejectedError('the workspace returned an empty path.');
    if (isGitPath(path))
        throw new ChangeRejectedError(`the step wrote under .git (${path}), which is never taken back.`);
    return path;
}
/**
 * A first look at a symlink, by its text only: absolute, climbing out or naming `.git`. Links
 * that pass are resolved for real over the checkout before anything is applied (check.ts).
 */
function symlinkStaysInside(path, target) {
    if (target.startsWith('/'))
        return false;
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path), target));
    return resolved !== '..' && !resolved.startsWith('../') && !isGitPath(resolved);
}
/** The `changes` output: each changed file with a diff stat, as `git diff --numstat` would list it. */
function changesOutput(set) {
    return set.changes.map((c) => ({
        path: c.path,
        status: c.status,
        additions: c.additions,
        deletions: c.deletions,
        binary: c.binary,
        ...(c.status !== 'deleted' && c.type === 'symlink' ? { symlink: c.target } : {}),
    }));
}
const CHANGE_SET_FORMAT = 'wflo.changes/1';
/**
 * The change set as JSON, to hold in the engine and carry in a checkpoint. Text files stay
 * text (they compress well in the PR comment that keeps a paused run); others are base64.
 */
function encodeChangeSet(set) {
    return {
        format: CHANGE_SET_FORMAT,
        changes: set.changes.map((change) => {
            const common = {
                path: change.path,
                status: change.status,
                additions: change.additions,
                deletions: change.deletions,
                binary: change.binary,
                ...(change.before ? { before: { ...change.before } } : {}),
            };
            if (change.status === 'deleted')
                return common;
            if (change.type === 'symlink')
                return { ...common, type: 'symlink', target: change.target };
            const text = asText(change.content);
            return {
                ...common,
                type: 'file',
                mode: change.mode,
                ...(text === undefined ? { base64: change.content.toString('base64') } : { text }),
            };
        }),
    };
}
function asText(content) {
    if (content.includes(0))
        return undefined;
    const text = content.toString('utf8');
    return Buffer.from(text, 'utf8').equals(content) ? text : undefined;
}
/**
 * Reads a change set back from JSON, checking its shape. Paths and symlinks are checked
 * again when it is applied, so a forged change set cannot leave the checkout either.
 */
function decodeChangeSet(json) {
    const bad = (why) => new ChangeRejectedError(`the stored change set is malformed: ${why}.`);
    if (!isObject(json) || json.format !== CHANGE_SET_FORMAT || !Array.isArray(json.changes))
        throw bad(`it is not in the ${CHANGE_SET_FORMAT} format`);
    const changes = json.changes.map((raw, i) => {
        if (!isObject(raw) || typeof raw.path !== 'string')
            throw bad(`change ${i} has no path`);
        const stat = {
            additions: numberOr0(raw.additions),
            deletions: numberOr0(raw.deletions),
            binary: raw.binary === true,
        };
        const before = priorStateOf(raw.before);
        const path = raw.path;
        if (raw.status === 'deleted')
            return { path, status: 'deleted', before, ...stat };
        if (raw.status !== 'added' && raw.status !== 'modified')
            throw bad(`change ${i} (${path}) has status ${JSON.stringify(raw.status)}`);
        if (raw.type === 'symlink' && typeof raw.target === 'string')
            return { path, status: raw.status, type: 'symlink', target: raw.target, before, ...stat };
        if (raw.type !== 'file' || typeof raw.mode !== 'number')
            throw bad(`change ${i} (${path}) is neither a file nor a symlink`);
        let content;
        if (typeof raw.text === 'string')
            content = Buffer.from(raw.text, 'utf8');
        else if (typeof raw.base64 === 'string')
            content = Buffer.from(raw.base64, 'base64');
        else
            throw bad(`change ${i} (${path}) has no content`);
        // Only the executable bit comes back; setuid/setgid never do.
        const mode = (raw.mode & 0o111) !== 0 ? 0o755 : 0o644;
        return { path, status: raw.status, type: 'file', mode, content, before, ...stat };
    });
    return { changes };
}
function priorStateOf(raw) {
    if (!isObject(raw))
        return undefined;
    if (raw.type === 'symlink' && typeof raw.target === 'string')
        return { type: 'symlink', target: raw.target };
    if (raw.type === 'file' && typeof raw.sha256 === 'string')
        return { type: 'file', sha256: raw.sha256, executable: raw.executable === true };
    throw new ChangeRejectedError('the stored change set is malformed: a prior state is unreadable.');
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function numberOr0(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}


/***/ }),

/***/ 14951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ isDotGit),
/* harmony export */   iN: () => (/* binding */ hasDotGit),
/* harmony export */   k2: () => (/* binding */ protectedPathsOf),
/* harmony export */   ny: () => (/* binding */ protectedNameOf),
/* harmony export */   zN: () => (/* binding */ foldName),
/* harmony export */   zT: () => (/* binding */ howToAllow)
/* harmony export */ });
/* unused harmony export hooksInside */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Paths the host's own tools execute or obey (DESIGN.md §5, issue #12): a step's change set may
// not touch them unless the step opts in per path. Names are compared the way git compares
// `.git` on case-insensitive file systems (`is_ntfs_dotgit`, `is_hfs_dotgit`): any letter
// case, HFS+ ignorable code points dropped, NTFS trailing dots and spaces and `:stream`
// suffixes dropped, NTFS 8.3 short names (`GIT~1`) taken for the long name.



// Code points HFS+ ignores when it compares names (git's `next_hfs_char`).
const HFS_IGNORABLE = new Set([
    0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x206a, 0x206b, 0x206c,
    0x206d, 0x206e, 0x206f, 0xfeff,
]);
/** A path component as a case-insensitive, Unicode-folding file system would see it. */
function foldName(name) {
    let folded = [...name.normalize('NFC')]
        .filter((c) => !HFS_IGNORABLE.has(c.codePointAt(0) ?? 0))
        .join('');
    // NTFS: `name:stream` opens `name`; trailing dots and spaces are dropped.
    const colon = folded.indexOf(':');
    if (colon > 0)
        folded = folded.slice(0, colon);
    folded = folded.replace(/[. ]+$/u, '');
    return folded.toLowerCase();
}
/**
 * Whether a component may stand for the dotted name `long` (e.g. `.git`): folded equal, or an
 * NTFS short name of it (`git~1`, or the hashed forms git knows for .gitmodules/.gitattributes).
 */
function standsFor(component, long, hashed = []) {
    const folded = foldName(component);
    if (folded === long)
        return true;
    const short = /^([a-z0-9]{1,6})~[1-9]$/u.exec(folded);
    if (!short?.[1])
        return false;
    const stem = long.replace(/^\./u, '').replace(/[^a-z0-9]/gu, '');
    return stem.slice(0, 6) === short[1] || hashed.includes(short[1]);
}
/** Whether a path component is `.git` under any spelling a file system would take for it. */
function isDotGit(component) {
    return standsFor(component, '.git');
}
/** Whether any component of a relative path is `.git` (so the path is inside a repository's internals). */
function hasDotGit(relative) {
    return relative.split('/').some(isDotGit);
}
/**
 * The protected name a checkout-relative path falls under, if any (`.git` included): `.git`,
 * `.husky/` and `.github/workflows/` at any depth, `.gitmodules` and `.gitattributes` files at
 * any depth, and the checkout's `core.hooksPath` folder.
 */
function protectedNameOf(relative, paths = {}) {
    const parts = relative.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.some(isDotGit))
        return '.git';
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i] ?? '';
        if (standsFor(part, '.husky'))
            return '.husky';
        // `.github` itself too: a link or file there would stand in for the workflows folder.
        const next = parts[i + 1];
        if (standsFor(part, '.github') && (next === undefined || standsFor(next, 'workflows')))
            return '.github/workflows';
        if (standsFor(part, '.gitmodules', ['gi7eba']))
            return '.gitmodules';
        if (standsFor(part, '.gitattributes', ['gi7d29']))
            return '.gitattributes';
    }
    // After the fixed names: with `core.hooksPath .husky`, allowing `.husky` lets its hooks through.
    for (const hooks of paths.hooksPaths ?? []) {
        // Inside the folder, or the folder or one of its parents itself (a link there moves it).
        const n = Math.min(hooks.length, parts.length);
        if (hooks.slice(0, n).every((h, i) => foldName(parts[i] ?? '') === foldName(h)))
            return 'core.hooksPath';
    }
    return undefined;
}
/** The protected paths of the checkout at `checkout`: reads `core.hooksPath` from its git config. */
async function protectedPathsOf(checkout) {
    const [hooks, top] = await Promise.all([
        git(checkout, ['config', '--get', 'core.hooksPath']),
        git(checkout, ['rev-parse', '--show-toplevel']),
    ]);
    if (hooks === undefined || hooks === '' || top === undefined)
        return {};
    const hooksPaths = await hooksInside(checkout, top, hooks);
    return { hooksPaths };
}
/**
 * `core.hooksPath` is relative to the repository's top level (git runs hooks from there); the
 * checkout may be a folder below it. Returns the folder as checkout-relative components (as
 * configured and as its real path), none when it lies outside (no change set reaches it then).
 */
async function hooksInside(checkout, topLevel, hooksPath) {
    const expanded = hooksPath.startsWith('~/')
        ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(process.env.HOME ?? '/', hooksPath.slice(2))
        : hooksPath;
    const real = async (p) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(p).catch(() => node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(p));
    const root = await real(checkout);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(await real(topLevel), expanded);
    // As configured, and where it really is when a link on the way moves it.
    const found = [];
    for (const place of new Set([absolute, await real(absolute)])) {
        const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, place);
        if (relative === '..' || relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relative))
            continue;
        // The whole checkout as the hooks folder: every path in it is protected.
        found.push(relative === '' ? [] : relative.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)));
    }
    return found;
}
function git(cwd, args) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, timeout: 10_000 }, (error, stdout) => {
            resolve(error ? undefined : stdout.trim());
        });
    });
}
/** How a refusal tells the user to open a protected path, one clause. */
function howToAllow(name) {
    return name === '.git'
        ? 'which is never taken back'
        : `which is protected; add '${name}' to the step's protected_paths_allowed to let it through`;
}


/***/ }),

/***/ 2964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M5: () => (/* binding */ createLedger),
/* harmony export */   Zq: () => (/* binding */ BudgetExceededError),
/* harmony export */   tF: () => (/* binding */ formatMicros)
/* harmony export */ });
// The budget ledger (DESIGN.md §4): every call that costs money reserves its worst case
// here first. JavaScript runs one callback at a time, so a reserve() that checks and
// records in the same synchronous call is atomic: parallel steps cannot overshoot together.
class BudgetExceededError extends Error {
    details;
    constructor(details) {
        super(`${details.label} needs a reservation of ${formatMicros(details.requestedMicros)}, ` +
            `but the ${details.scope === 'run' ? 'run' : `step '${details.stepId}'`} has ` +
            `${formatMicros(details.committedMicros)} of ${formatMicros(details.limitMicros)} committed`);
        this.details = details;
        this.name = 'BudgetExceededError';
    }
}
function formatMicros(micros) {
    const sign = micros < 0 ? '-' : '';
    const abs = Math.abs(micros);
    const dollars = Math.floor(abs / 1_000_000);
    const frac = String(abs % 1_000_000).padStart(6, '0');
    // Show cents always, and further digits only when they are not zero.
    const trimmed = frac.replace(/0+$/, '').padEnd(2, '0');
    return `${sign}$${dollars}.${trimmed}`;
}
function createLedger(options = {}) {
    const budget = options.budgetMicros;
    const stepBudgets = new Map();
    const stepSpent = new Map();
    const stepReserved = new Map();
    const pendingWarnings = [...(options.warnAt ?? [])].sort((a, b) => a - b);
    let spent = options.carriedMicros ?? 0;
    let reserved = 0;
    let peak = spent;
    let overage = 0;
    const overages = [];
    // Thresholds the earlier runs already passed were warned about then.
    while (budget !== undefined &&
        pendingWarnings.length > 0 &&
        spent >= (pendingWarnings[0] ?? 0) * budget)
        pendingWarnings.shift();
    const add = (map, key, delta) => map.set(key, (map.get(key) ?? 0) + delta);
    const checkWarnings = () => {
        if (budget === undefined)
            return;
        while (pendingWarnings.length > 0 && spent >= (pendingWarnings[0] ?? 0) * budget) {
            const fraction = pendingWarnings.shift() ?? 0;
            options.onWarning?.(`spend reached ${Math.round(fraction * 100)}% of the budget: ${formatMicros(spent)} of ${formatMicros(budget)}`);
        }
    };
    return {
        budgetMicros: budget,
        setStepBudget(stepId, micros) {
            if (micros === undefined)
                stepBudgets.delete(stepId);
            else
                stepBudgets.set(stepId, micros);
        },
        reserve(stepId, amountMicros, label) {
            if (!Number.isSafeInteger(amountMicros) || amountMicros < 0) {
                throw new RangeError(`a reservation must be a whole number of micro-dollars, got ${amountMicros}`);
            }
            const stepLimit = stepBudgets.get(stepId);
            const stepCommitted = (stepSpent.get(stepId) ?? 0) + (stepReserved.get(stepId) ?? 0);
            if (stepLimit !== undefined && stepCommitted + amountMicros > stepLimit) {
                throw new BudgetExceededError({
                    stepId,
                    requestedMicros: amountMicros,
                    scope: 'step',
                    limitMicros: stepLimit,
                    committedMicros: stepCommitted,
                    label,
                });
            }
            if (budget !== undefined && spent + reserved + amountMicros > budget) {
                throw new BudgetExceededError({
                    stepId,
                    requestedMicros: amountMicros,
                    scope: 'run',
                    limitMicros: budget,
                    committedMicros: spent + reserved,
                    label,
                });
            }
            reserved += amountMicros;
            add(stepReserved, stepId, amountMicros);
            peak = Math.max(peak, spent + reserved);
            let open = true;
            const close = (chargeMicros) => {
                if (!open)
                    throw new Error('a reservation settles once');
                open = false;
                reserved -= amountMicros;
                add(stepReserved, stepId, -amountMicros);
                spent += chargeMicros;
                add(stepSpent, stepId, chargeMicros);
                if (chargeMicros > amountMicros) {
                    // The step says so when it happens (steps/llm.ts); the run's report adds them up.
                    overage += chargeMicros - amountMicros;
                    overages.push({
                        stepId,
                        label,
                        reservedMicros: amountMicros,
                        chargedMicros: chargeMicros,
                    });
                }
                peak = Math.max(peak, spent + reserved);
                checkWarnings();
            };
            return {
                amountMicros,
                settle: (actualMicros) => close(actualMicros),
                keep: () => close(amountMicros),
            };
        },
        spentMicros: () => spent,
        stepSpentMicros: (stepId) => stepSpent.get(stepId) ?? 0,
        reservedMicros: () => reserved,
        peakCommittedMicros: () => peak,
        overageMicros: () => overage,
        overages: () => overages,
        remainingMicros: () => (budget === undefined ? undefined : budget - spent - reserved),
    };
}


/***/ }),

/***/ 10369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ microsToUsd),
/* harmony export */   $m: () => (/* binding */ usdToMicros)
/* harmony export */ });
/* unused harmony export MoneyError */
// Money is integer micro-dollars from the moment it is read (DESIGN.md §4). Amounts are
// converted from their decimal text, never by multiplying floats, so 0.1 is 100000 exactly.
const MICROS_PER_USD = 1_000_000;
const DECIMALS = 6;
const DECIMAL = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
/** A USD amount that cannot be held exactly as micro-dollars. */
class MoneyError extends RangeError {
    constructor(message) {
        super(message);
        this.name = 'MoneyError';
    }
}
/** `1.50` or `"1.50"` → 1500000. Refuses negatives, more than 6 decimals, and amounts past 2^53 micro-dollars. */
function usdToMicros(value) {
    const text = typeof value === 'number' ? numberText(value) : value.trim();
    if (text.startsWith('-'))
        throw new MoneyError(`${text} USD is negative; amounts must be 0 or more`);
    const match = DECIMAL.exec(text.startsWith('+') ? text.slice(1) : text);
    const whole = match?.[1] ?? '';
    const fraction = match?.[2] ?? '';
    if (!match || whole + fraction === '') {
        throw new MoneyError(`'${text}' is not a USD amount; write a decimal number such as 1.50`);
    }
    // Move the decimal point by the exponent, as text.
    let digits = whole + fraction;
    const exponent = Number(match[3] ?? '0');
    if (Math.abs(exponent) > 30)
        throw new MoneyError(`${text} USD is out of range`);
    let point = whole.length + exponent;
    if (point < 0) {
        digits = '0'.repeat(-point) + digits;
        point = 0;
    }
    if (point > digits.length)
        digits = digits + '0'.repeat(point - digits.length);
    const intPart = digits.slice(0, point);
    const fracPart = digits.slice(point).replace(/0+$/, '');
    if (fracPart.length > DECIMALS) {
        throw new MoneyError(`${text} USD has more than ${DECIMALS} decimal places; wflo counts money in whole micro-dollars`);
    }
    const micros = BigInt(intPart || '0') * BigInt(MICROS_PER_USD) + BigInt(fracPart.padEnd(DECIMALS, '0'));
    if (micros > BigInt(Number.MAX_SAFE_INTEGER)) {
        throw new MoneyError(`${text} USD is too large to count exactly`);
    }
    return Number(micros);
}
/** Micro-dollars → USD as a JSON number; exact, since the shortest decimal of micros/1e6 has at most 6 places. */
function microsToUsd(micros) {
    if (!Number.isSafeInteger(micros)) {
        throw new MoneyError(`${micros} is not a whole number of micro-dollars`);
    }
    return micros / MICROS_PER_USD;
}
function numberText(value) {
    if (!Number.isFinite(value))
        throw new MoneyError(`${value} is not a USD amount`);
    // The shortest text that reads back as the same double: what the user wrote, for any sane amount.
    return String(value);
}


/***/ }),

/***/ 51295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ly: () => (/* binding */ priceHint),
/* harmony export */   NI: () => (/* binding */ picosToMicros),
/* harmony export */   dQ: () => (/* binding */ costMicros),
/* harmony export */   vU: () => (/* binding */ maxRateUpTo),
/* harmony export */   xx: () => (/* binding */ priceOf)
/* harmony export */ });
/* unused harmony exports microsOf, rateAt */
/* harmony import */ var _pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82294);
// Prices of models, in integer micro-dollars per million tokens. The table is the bundled
// data of @pydantic/genai-prices (no network); a workflow's `models:` adds or overrides.
// Money math never touches floats after a table price is read: see costMicros.

const flat = (micros) => ({ baseMicros: micros, tiers: [] });
/**
 * The price of `model`: the workflow's `models:` entry if it has one (it wins), else the
 * bundled table's price in force at `at`. Undefined when neither knows the model. An entry
 * that overrides a table model's prices but gives no context_window keeps the table's.
 */
function priceOf(model, workflow, at = new Date()) {
    const own = workflow?.models[model];
    if (own) {
        const input = flat(own.inputPerMtokMicros);
        const contextTokens = own.contextTokens ?? windowOf(lookUp(model, at));
        return {
            model,
            source: 'workflow',
            pricedBy: `models.${model}`,
            input,
            cachedInput: own.cachedInputPerMtokMicros === undefined ? input : flat(own.cachedInputPerMtokMicros),
            output: flat(own.outputPerMtokMicros),
            reasoning: flat(own.outputPerMtokMicros),
            requestPicos: 0n,
            ...(contextTokens === undefined ? {} : { contextTokens }),
        };
    }
    const found = lookUp(model, at);
    return found ? fromTable(model, found) : undefined;
}
function lookUp(model, at) {
    const zero = { input_tokens: 0, output_tokens: 0 };
    const attempts = [[model, 'openai']];
    const slash = model.indexOf('/');
    // OpenRouter-style `provider/model` names.
    if (slash > 0)
        attempts.push([model.slice(slash + 1), model.slice(0, slash)]);
    attempts.push([model, undefined]);
    for (const [id, providerId] of attempts) {
        try {
            const found = (0,_pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_0__/* .calcPrice */ .jh)(zero, id, { timestamp: at, ...(providerId ? { providerId } : {}) });
            if (found)
                return found;
        }
        catch {
            // A table entry the package itself cannot price is no price.
        }
    }
    return undefined;
}
/** The table's context window for a model, when it gives a usable one. */
function windowOf(found) {
    const tokens = found?.model.context_window;
    return tokens !== undefined && Number.isSafeInteger(tokens) && tokens >= 1 ? tokens : undefined;
}
function fromTable(model, found) {
    const table = found.model_price;
    const input = rateOf(table.input_mtok);
    const output = rateOf(table.output_mtok);
    if (!input || !output)
        return undefined;
    const requests = table.requests_kcount;
    const contextTokens = windowOf(found);
    return {
        model,
        source: 'genai-prices',
        pricedBy: `${found.provider.id}:${found.model.id}`,
        input,
        cachedInput: rateOf(table.cache_read_mtok) ?? input,
        output,
        reasoning: rateOf(table.output_reasoning_mtok) ?? output,
        // USD per 1000 requests = micro-dollars per 1000 requests × 10^6 pico / 1000.
        requestPicos: typeof requests === 'number' ? BigInt(microsOf(requests)) * 1000n : 0n,
        ...(contextTokens === undefined ? {} : { contextTokens }),
    };
}
function rateOf(value) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'number')
        return flat(microsOf(value));
    return {
        baseMicros: microsOf(value.base),
        tiers: [...value.tiers]
            .sort((a, b) => a.start - b.start)
            .map((tier) => ({ aboveInputTokens: tier.start, micros: microsOf(tier.price) })),
    };
}
/**
 * USD per million tokens (a float from the table) → whole micro-dollars per million.
 * Table prices have at most 6 decimals, so rounding recovers them exactly; a price with
 * more is rounded up, never down.
 */
function microsOf(usdPerMtok) {
    const scaled = usdPerMtok * 1_000_000;
    const nearest = Math.round(scaled);
    return Math.abs(scaled - nearest) < 1e-6 ? nearest : Math.ceil(scaled);
}
/** The rate in force for a call with `inputTokens` input tokens (whole-call tiers, as the table applies them). */
function rateAt(rate, inputTokens) {
    let micros = rate.baseMicros;
    for (const tier of rate.tiers)
        if (inputTokens > tier.aboveInputTokens)
            micros = tier.micros;
    return micros;
}
/** The highest rate any call with at most `inputTokens` input tokens can be charged. */
function maxRateUpTo(rate, inputTokens) {
    let micros = rate.baseMicros;
    for (const tier of rate.tiers)
        if (inputTokens > tier.aboveInputTokens)
            micros = Math.max(micros, tier.micros);
    return micros;
}
const PICOS_PER_MICRO = 1000000n;
/** ceil(picos / 10^6): the whole micro-dollars a pico-dollar amount is charged as. */
function picosToMicros(picos) {
    return Number((picos + PICOS_PER_MICRO - 1n) / PICOS_PER_MICRO);
}
/**
 * What a call with this usage costs, in whole micro-dollars. Each part is
 * tokens × micro-dollars per million tokens (an exact pico-dollar integer); the parts are
 * summed exactly and the sum is rounded up once, so a call is never charged less than
 * the table's own figure and at most one micro-dollar more.
 */
function costMicros(price, usage) {
    const total = usage.input_tokens;
    const cached = Math.min(usage.cached_input_tokens, total);
    const reasoning = Math.min(usage.reasoning_tokens, usage.output_tokens);
    const at = (rate) => BigInt(rateAt(rate, total));
    const picos = BigInt(total - cached) * at(price.input) +
        BigInt(cached) * at(price.cachedInput) +
        BigInt(usage.output_tokens - reasoning) * at(price.output) +
        BigInt(reasoning) * at(price.reasoning) +
        price.requestPicos;
    return picosToMicros(picos);
}
/** How to give a price for a model no table knows, as a workflow file would say it. */
function priceHint(model) {
    return `models: { ${JSON.stringify(model)}: { input_per_mtok: 0.50, output_per_mtok: 1.50 } }`;
}


/***/ }),

/***/ 99887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QU: () => (/* binding */ maskSecrets),
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   YR: () => (/* binding */ hostSecrets),
/* harmony export */   lY: () => (/* binding */ createRedactor),
/* harmony export */   uk: () => (/* binding */ declaredSecrets)
/* harmony export */ });
/* unused harmony exports SECRET_NAME, REDACTED, encodedForms */
/** Env names whose values are secrets wherever they come from. */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE|CREDENTIAL|AUTH/i;
/** What a secret becomes in a text. */
const REDACTED = '***';
/** Masking one-character values would shred every line; GitHub skips them too. */
const MIN_SECRET_LENGTH = 2;
/** An encoded fragment shorter than this would match ordinary text by chance. */
const MIN_ENCODED_LENGTH = 6;
/** The runner's secrets: values of its environment variables with a secret's name. */
function hostSecrets(hostEnv) {
    return new Set(Object.entries(hostEnv)
        .filter(([name, value]) => SECRET_NAME.test(name) && value)
        .map(([, value]) => value));
}
/** The declared values that are secrets: a runner secret, or under a secret's name. */
function secretValues(env, hostEnv) {
    const host = hostSecrets(hostEnv);
    return Object.entries(env)
        .filter((entry) => typeof entry[1] === 'string' && entry[1] !== '')
        .filter(([name, value]) => SECRET_NAME.test(name) || host.has(value))
        .map(([, value]) => value);
}
/** Secret values declared in any `env:` map inside a value (a step's fields, a sandbox's). */
function declaredSecrets(value, hostEnv) {
    if (value === null || typeof value !== 'object')
        return [];
    if (Array.isArray(value))
        return value.flatMap((v) => declaredSecrets(v, hostEnv));
    return Object.entries(value).flatMap(([key, v]) => [
        ...(key === 'env' && v !== null && typeof v === 'object' && !Array.isArray(v)
            ? secretValues(v, hostEnv)
            : []),
        ...declaredSecrets(v, hostEnv),
    ]);
}
/** Masks every declared value that is a runner secret or has a secret's name. */
function maskSecrets(env, hostEnv, mask) {
    for (const value of secretValues(env, hostEnv))
        mask(value);
}
function createRedactor(initial = []) {
    let plain = [];
    let encoded = [];
    const known = new Set();
    const replaceAll = (text, patterns) => {
        let out = text;
        for (const p of patterns)
            if (out.includes(p))
                out = out.split(p).join(REDACTED);
        return out;
    };
    const redactor = {
        add(value) {
            if (value.length < MIN_SECRET_LENGTH || known.has(value))
                return false;
            known.add(value);
            plain = [...known].sort(longestFirst);
            encoded = [...new Set([...known].flatMap(encodedForms))]
                .filter((form) => !known.has(form))
                .sort(longestFirst);
            return true;
        },
        values: () => plain,
        text: (text) => (plain.length === 0 ? text : replaceAll(text, plain)),
        published: (text) => (plain.length === 0 ? text : replaceAll(replaceAll(text, plain), encoded)),
        json(value, how = 'text') {
            if (plain.length === 0)
                return value;
            const clean = how === 'text' ? redactor.text : redactor.published;
            const walk = (v) => {
                if (typeof v === 'string')
                    return clean(v);
                if (v === null || typeof v !== 'object')
                    return v;
                if (Array.isArray(v))
                    return v.map(walk);
                return Object.fromEntries(Object.entries(v).map(([k, inner]) => [clean(k), walk(inner)]));
            };
            return walk(value);
        },
    };
    for (const value of initial)
        redactor.add(value);
    return redactor;
}
function longestFirst(a, b) {
    return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
}
/**
 * The forms a value takes when a step encodes it: base64 (standard and URL-safe) at each of the
 * three byte alignments it can have inside a longer encoded text, hex, and URL-encoding. For
 * base64, only the characters that depend on the value alone are kept, so the fragment matches
 * whatever bytes surround the value.
 */
function encodedForms(value) {
    const bytes = Buffer.from(value, 'utf8');
    const forms = [bytes.toString('hex'), bytes.toString('hex').toUpperCase()];
    for (let offset = 0; offset < 3; offset += 1) {
        const b64 = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
        const first = Math.ceil((8 * offset) / 6);
        const last = Math.floor((8 * (offset + bytes.length)) / 6);
        const fragment = b64.slice(first, last);
        forms.push(fragment, fragment.replaceAll('+', '-').replaceAll('/', '_'));
    }
    forms.push(encodeURIComponent(value), encodeURIComponent(value).replaceAll('%20', '+'));
    return [...new Set(forms)].filter((f) => f.length >= MIN_ENCODED_LENGTH && f !== value);
}


/***/ }),

/***/ 36537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ baseModelName),
/* harmony export */   aD: () => (/* binding */ modelParameters)
/* harmony export */ });
/* unused harmony export MODEL_FAMILIES */
// Chat Completions parameters differ by model family. OpenAI's reasoning models (o1, o3,
// o4-mini, codex-mini, gpt-5 and later) reject `max_tokens` (the SDK types mark it
// "not compatible with o-series models") and answer 400 "Only the default (1) value is
// supported" to any `temperature`; their chat variants (gpt-5-chat-latest…) take one.
// Every other model, including OpenAI-compatible servers (Ollama, vLLM), gets the
// long-standing `max_tokens`, which all of them understand.
const LEGACY = { tokenLimitField: 'max_tokens', temperature: true };
const REASONING = { tokenLimitField: 'max_completion_tokens', temperature: false };
const NEW_CHAT = { tokenLimitField: 'max_completion_tokens', temperature: true };
/** First match wins; matched against the name without a `provider/` prefix, lower-cased. */
const MODEL_FAMILIES = [
    { pattern: /^gpt-([5-9]|\d{2,})(\.\d+)?-chat/, parameters: NEW_CHAT },
    { pattern: /^gpt-([5-9]|\d{2,})(\b|[.-])/, parameters: REASONING },
    { pattern: /^o\d+(\b|-)/, parameters: REASONING },
    { pattern: /^codex-mini/, parameters: REASONING },
];
function modelParameters(model) {
    const name = baseModelName(model);
    return MODEL_FAMILIES.find((rule) => rule.pattern.test(name))?.parameters ?? LEGACY;
}
/** `openai/gpt-5` (OpenRouter-style) → `gpt-5`. */
function baseModelName(model) {
    const slash = model.lastIndexOf('/');
    return model
        .slice(slash + 1)
        .trim()
        .toLowerCase();
}


/***/ }),

/***/ 57376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JY: () => (/* binding */ chatRequestOf),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   l_: () => (/* binding */ schemaName)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_TOKENS */
/** Used when a step (and `defaults.llm`) gives no `max_tokens`: it bounds the reservation. */
const DEFAULT_MAX_TOKENS = 1024;
const ROLES = ['system', 'developer', 'user', 'assistant'];
/** Reads the step's fields; `error` is one sentence naming the field. */
function chatRequestOf(stepId, config) {
    const fail = (error) => ({ ok: false, error });
    const { model, system, prompt, messages, max_tokens: maxTokens, temperature, output_schema: schema, } = config;
    if (typeof model !== 'string' || model.trim() === '')
        return fail(`llm.model must name a model, got ${show(model)}`);
    if (system !== undefined && typeof system !== 'string')
        return fail(`llm.system must be a string, got ${show(system)}`);
    if ((prompt === undefined) === (messages === undefined))
        return fail('an llm step needs exactly one of llm.prompt or llm.messages');
    const list = [];
    if (typeof system === 'string')
        list.push({ role: 'system', content: system });
    if (prompt !== undefined) {
        if (typeof prompt !== 'string')
            return fail(`llm.prompt must be a string, got ${show(prompt)}`);
        list.push({ role: 'user', content: prompt });
    }
    else {
        if (!Array.isArray(messages) || messages.length === 0)
            return fail('llm.messages must be a non-empty list of { role, content }');
        for (const [i, m] of messages.entries()) {
            const role = isObject(m) ? ROLES.find((r) => r === m.role) : undefined;
            const content = isObject(m) ? m.content : undefined;
            if (!role || typeof content !== 'string') {
                return fail(`llm.messages[${i}] must be { role: ${ROLES.join('|')}, content: string }, got ${show(m)}`);
            }
            list.push({ role, content });
        }
    }
    const limit = maxTokens ?? DEFAULT_MAX_TOKENS;
    if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1) {
        return fail(`llm.max_tokens must be a whole number above 0, got ${show(maxTokens)}`);
    }
    if (temperature !== undefined &&
        (typeof temperature !== 'number' || temperature < 0 || temperature > 2)) {
        return fail(`llm.temperature must be a number from 0 to 2, got ${show(temperature)}`);
    }
    if (schema !== undefined && !isObject(schema))
        return fail(`llm.output_schema must be a JSON Schema object, got ${show(schema)}`);
    return {
        ok: true,
        request: {
            model: model.trim(),
            messages: list,
            max_tokens: limit,
            ...(typeof temperature === 'number' ? { temperature } : {}),
            ...(isObject(schema) ? { json_schema: { name: schemaName(stepId), schema } } : {}),
        },
    };
}
/** A structured-output name the API accepts (`[a-zA-Z0-9_-]{1,64}`), from a step id. */
function schemaName(stepId) {
    return stepId.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64) || 'output';
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A config value, short, for one-sentence messages. */
function show(value) {
    if (value === undefined)
        return 'nothing';
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}


/***/ }),

/***/ 11456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SK: () => (/* binding */ dropAddedNulls),
/* harmony export */   uF: () => (/* binding */ toStrictSchema)
/* harmony export */ });
/* unused harmony exports STRICT_LIMITS, requiredOf, acceptsNull, resolveRef */
/* harmony import */ var _workflow_positions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42333);
/* harmony import */ var _workflow_where_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49142);
// A user's output_schema in the form OpenAI's strict structured output accepts
// (https://platform.openai.com/docs/guides/structured-outputs#supported-schemas): every object
// closed with `additionalProperties: false`, every property required (optional ones become
// nullable), only the supported keywords. The answer is read back against the user's schema
// (structured-output.ts), with the nulls this adds for optional properties dropped again.


/** OpenAI's published limits for one strict schema. */
const STRICT_LIMITS = { properties: 5000, nesting: 10, enumValues: 1000 };
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
/** The `format` values strict mode supports. */
const FORMATS = new Set([
    'date-time',
    'time',
    'date',
    'duration',
    'email',
    'hostname',
    'ipv4',
    'ipv6',
    'uuid',
]);
/** Sent as written: they describe or bound a value the way the API supports. */
const KEPT = new Set([
    'description',
    'title',
    'pattern',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'multipleOf',
    'minItems',
    'maxItems',
]);
/** Annotations that change no answer: left out of what is sent, still in the schema answers are checked against. */
const DROPPED = new Set([
    '$schema',
    '$comment',
    'default',
    'examples',
    'deprecated',
    'readOnly',
    'writeOnly',
]);
/** Handled below, keyword by keyword. */
const STRUCTURAL = new Set([
    'type',
    'properties',
    'required',
    'additionalProperties',
    'items',
    'anyOf',
    '$ref',
    '$defs',
    'definitions',
    'enum',
    'const',
    'format',
]);
/** What to write instead of a keyword strict mode refuses, when there is a way. */
const INSTEAD = {
    oneOf: 'write anyOf',
    allOf: 'merge the schemas into one',
    not: 'list the values allowed with enum',
    minLength: 'describe the length in description',
    maxLength: 'describe the length in description',
    patternProperties: 'list the properties',
    propertyNames: 'list the properties',
    minProperties: 'list the properties',
    maxProperties: 'list the properties',
    dependentRequired: 'list the properties',
    dependentSchemas: 'list the properties',
    dependencies: 'list the properties',
    if: 'write anyOf',
    then: 'write anyOf',
    else: 'write anyOf',
    uniqueItems: 'say so in description',
    contains: 'describe the items in description',
    minContains: 'describe the items in description',
    maxContains: 'describe the items in description',
    prefixItems: 'give one items schema for every element',
    unevaluatedProperties: 'set additionalProperties: false',
    unevaluatedItems: 'give one items schema for every element',
};
/**
 * The strict form of `schema`, or every keyword the API would refuse. The input is not changed.
 * Optional properties become required and nullable; objects without `additionalProperties` are
 * closed; annotations that change no answer (`default`, `examples`, `$schema`, …) are left out.
 */
function toStrictSchema(schema) {
    const problems = [];
    const state = { problems, properties: 0, root: schema };
    const problem = (pointer, message) => problems.push({ pointer, message });
    if (schema.type !== 'object') {
        problem(schema.type === undefined ? '' : '/type', "the top of an output_schema must be an object ({ type: object, properties: … }): OpenAI's strict structured output answers objects only");
    }
    if (schema.anyOf !== undefined)
        problem('/anyOf', 'the top of an output_schema may not be an anyOf; make it one object');
    const strict = strictNode(schema, '', 0, state);
    if (state.properties > STRICT_LIMITS.properties) {
        problem('', `the schema has ${state.properties} properties; strict structured output allows ${STRICT_LIMITS.properties}`);
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, schema: strict };
}
function strictNode(node, pointer, depth, state) {
    const problem = (at, message) => state.problems.push({ pointer: at, message });
    if (!(0,_workflow_where_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(node)) {
        problem(pointer, `a schema must be a mapping, got ${JSON.stringify(node)}`);
        return {};
    }
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        const at = (0,_workflow_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(pointer, key);
        if (KEPT.has(key))
            out[key] = value;
        else if (key === '$id' && pointer === '')
            continue;
        else if (DROPPED.has(key))
            continue;
        else if (!STRUCTURAL.has(key)) {
            const instead = INSTEAD[key];
            problem(at, `'${key}' is not supported by OpenAI's strict structured output${instead ? `; ${instead}` : '; remove it'}`);
        }
    }
    if (node.type === undefined &&
        node.anyOf === undefined &&
        node.$ref === undefined &&
        node.enum === undefined &&
        node.const === undefined) {
        problem(pointer, 'a schema needs a type (or enum, const, anyOf or $ref) in strict structured output');
    }
    if (node.type !== undefined) {
        const types = Array.isArray(node.type) ? node.type : [node.type];
        const unknown = types.find((t) => typeof t !== 'string' || !TYPES.has(t));
        if (unknown !== undefined)
            problem((0,_workflow_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(pointer, 'type'), `type ${JSON.stringify(unknown)} is not a JSON Schema type`);
        out.type = node.type;
    }
    if (node.format !== undefined) {
        if (typeof node.format !== 'string' || !FORMATS.has(node.format)) {
            problem((0,_workflow_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(pointer, 'format'), `format ${JSON.stringify(node.format)} is not supported by strict structured output; use one of ${[...FORMATS].join(', ')}, or pattern`);
        }
        out.format = node.format;
    }
    if (node.enum !== undefined) {
        if (Array.isArray(node.enum) && node.enum.length > STRICT_LIMITS.enumValues) {
            problem((0,_workflow_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(pointer, 'enum'), `enum lists ${node.enum.length} values; strict structured output allows ${STRICT_LIMITS.enumValues}`);
        }
        out.enum = node.enum;
    }
    if (node.const !== undefined)
        out.const = node.const;
    if (node.$ref !== undefined) {
        if (typeof node.$ref !== 'string' || !node.$ref.startsWith('#')) {
            problem((0,_workflow_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(pointer, '$ref'), `$ref ${JSON.stringify(node.$ref)} must point inside the schema (#/$defs/…)`);
        }
        out.$ref = node.$ref;
    }
    for (const defs of ['$defs', 'definitions']) {
        const map = node[defs];
        if (map === undefined)
            continue;
        const at = (0,_workflow_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(pointer, defs);
        if (!(0,_workflow_where_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(map)) {
            problem(at, `${defs} must be a mapping of schemas`);
            continue;
        }
        const strictDefs = {};
        for (const [name, def] of Object.entries(map))
            strictDefs[name] = strictNode(def, (0,_workflow_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(at, name), depth, state);
        out[defs] = strictDefs;
    }
    if (node.anyOf !== undefined) {
        const at = (0,_workflow_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(pointer, 'anyOf');
        if (!Array.isArray(node.anyOf) || node.anyOf.length === 0) {
            problem(at, 'anyOf must be a non-empty list of schemas');
        }
        else {
            out.anyOf = node.anyOf.map((branch, i) => strictNode(branch, (0,_workflow_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(at, i), depth, state));
        }
    }
    if (typeIncludes(node, 'array') || node.items !== undefined) {
        const at = (0,_workflow_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(pointer, 'items');
        if (node.items === undefined) {
            problem(pointer, 'an array needs items (one schema for every element) in strict structured output');
        }
        else if (Array.isArray(node.items)) {
            problem(at, 'items must be one schema for every element; tuples are not supported');
        }
        else {
            out.items = strictNode(node.items, at, depth + 1, state);
        }
    }
    if (typeIncludes(node, 'object') || node.properties !== undefined) {
        strictObject(node, out, pointer, depth, state);
    }
    return out;
}
function strictObject(node, out, pointer, depth, state) {
    const problem = (at, message) => state.problems.push({ pointer: at, message });
    if (depth + 1 > STRICT_LIMITS.nesting) {
        problem(pointer, `objects nest ${depth + 1} deep here; strict structured output allows ${STRICT_LIMITS.nesting}`);
    }
    const extra = node.additionalProperties;
    if (extra !== undefined && extra !== false) {
        problem((0,_workflow_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(pointer, 'additionalProperties'), 'strict structured output needs every object closed: set additionalProperties: false (or remove it) and list the properties');
    }
    out.additionalProperties = false;
    const properties = node.properties;
    if (properties === undefined) {
        problem(pointer, 'an object needs its properties listed in strict structured output (it cannot answer an object of any shape)');
        return;
    }
    if (!(0,_workflow_where_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(properties)) {
        problem((0,_workflow_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(pointer, 'properties'), 'properties must be a mapping of schemas');
        return;
    }
    const required = requiredOf(node);
    const unlisted = [...required].filter((name) => !(name in properties));
    if (unlisted.length > 0) {
        // Strict mode answers the listed properties only: such an answer could never be valid.
        problem((0,_workflow_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(pointer, 'required'), `required names ${unlisted.map((n) => `'${n}'`).join(', ')}, not in properties; list ${unlisted.length === 1 ? 'it' : 'them'} under properties`);
    }
    const at = (0,_workflow_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(pointer, 'properties');
    const strictProperties = {};
    for (const [name, schema] of Object.entries(properties)) {
        state.properties += 1;
        const strict = strictNode(schema, (0,_workflow_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(at, name), depth + 1, state);
        strictProperties[name] =
            required.has(name) || acceptsNull(strict, state.root) ? strict : nullable(strict);
    }
    out.properties = strictProperties;
    out.required = Object.keys(properties);
}
/** A property the user made optional, sent as required with `null` for "absent". */
function nullable(schema) {
    const { type } = schema;
    if (type !== undefined &&
        schema.anyOf === undefined &&
        schema.$ref === undefined &&
        schema.const === undefined) {
        const types = Array.isArray(type) ? type : [type];
        return {
            ...schema,
            type: [...types, 'null'],
            ...(Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {}),
        };
    }
    return { anyOf: [schema, { type: 'null' }] };
}
function requiredOf(node) {
    return new Set(Array.isArray(node.required)
        ? node.required.filter((r) => typeof r === 'string')
        : []);
}
function typeIncludes(node, type) {
    return node.type === type || (Array.isArray(node.type) && node.type.includes(type));
}
/** Whether `null` is a valid answer for the schema (its type, enum, const, anyOf or $ref says so). */
function acceptsNull(node, root, seen = new Set()) {
    if (!(0,_workflow_where_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(node))
        return node === true;
    if (typeof node.$ref === 'string') {
        if (seen.has(node.$ref))
            return false;
        seen.add(node.$ref);
        return acceptsNull(resolveRef(root, node.$ref), root, seen);
    }
    if (Array.isArray(node.anyOf))
        return node.anyOf.some((b) => acceptsNull(b, root, seen));
    if (node.const !== undefined)
        return node.const === null;
    if (Array.isArray(node.enum))
        return node.enum.includes(null);
    if (node.type !== undefined)
        return typeIncludes(node, 'null');
    return true;
}
/** The schema a local `$ref` (`#/$defs/name`, `#`) points at. */
function resolveRef(root, ref) {
    if (!ref.startsWith('#'))
        return undefined;
    let node = root;
    const path = ref.slice(1);
    if (path === '')
        return root;
    for (const raw of path.slice(1).split('/')) {
        const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
        node = (0,_workflow_where_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(node) ? node[key] : undefined;
    }
    return node;
}
/**
 * The answer with the nulls strict mode made the model write for optional properties removed
 * again, so it can be checked against the user's own schema. A null stays where the user's
 * schema allows it (the property was nullable already).
 */
function dropAddedNulls(value, schema) {
    return drop(value, schema, schema, 0);
}
function drop(value, node, root, depth) {
    if (!(0,_workflow_where_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(node) || depth > 64)
        return value;
    if (typeof node.$ref === 'string')
        return drop(value, resolveRef(root, node.$ref), root, depth + 1);
    if (Array.isArray(node.anyOf)) {
        // The answer was written for a branch's strict form: drop by the first branch it fits.
        const branch = node.anyOf.find((b) => fitsStrict(value, b, root, depth + 1));
        return branch === undefined ? value : drop(value, branch, root, depth + 1);
    }
    if (Array.isArray(value)) {
        const items = node.items;
        return (0,_workflow_where_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(items) ? value.map((v) => drop(v, items, root, depth + 1)) : value;
    }
    if (!(0,_workflow_where_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value) || !(0,_workflow_where_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(node.properties))
        return value;
    const required = requiredOf(node);
    const out = {};
    for (const [key, item] of Object.entries(value)) {
        const property = node.properties[key];
        if (item === null &&
            !required.has(key) &&
            property !== undefined &&
            !acceptsNull(property, root))
            continue;
        out[key] = property === undefined ? item : drop(item, property, root, depth + 1);
    }
    return out;
}
/**
 * Whether a strict answer fits the strict form of `node`: its type, enum or const, and for an
 * object exactly the listed properties, each fitting (null standing for an optional one).
 */
function fitsStrict(value, node, root, depth) {
    if (!(0,_workflow_where_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(node) || depth > 64)
        return node !== false;
    if (typeof node.$ref === 'string')
        return fitsStrict(value, resolveRef(root, node.$ref), root, depth + 1);
    if (Array.isArray(node.anyOf) && !node.anyOf.some((b) => fitsStrict(value, b, root, depth + 1)))
        return false;
    if (node.const !== undefined && JSON.stringify(node.const) !== JSON.stringify(value))
        return false;
    if (Array.isArray(node.enum) &&
        !node.enum.some((e) => JSON.stringify(e) === JSON.stringify(value)))
        return false;
    if (node.type !== undefined && !typeFits(value, node))
        return false;
    if (Array.isArray(value))
        return !(0,_workflow_where_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(node.items) || value.every((v) => fitsStrict(v, node.items, root, depth + 1));
    if ((0,_workflow_where_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value) && (0,_workflow_where_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(node.properties)) {
        const properties = node.properties;
        const required = requiredOf(node);
        const keys = Object.keys(value);
        if (keys.length !== Object.keys(properties).length)
            return false;
        return keys.every((k) => {
            const item = value[k];
            if (item === undefined || !(k in properties))
                return false;
            return ((item === null && !required.has(k)) || fitsStrict(item, properties[k], root, depth + 1));
        });
    }
    return true;
}
function typeFits(value, node) {
    if (value === null)
        return typeIncludes(node, 'null');
    if (Array.isArray(value))
        return typeIncludes(node, 'array');
    if (typeof value === 'number')
        return (typeIncludes(node, 'number') || (Number.isInteger(value) && typeIncludes(node, 'integer')));
    return typeIncludes(node, typeof value);
}


/***/ }),

/***/ 27264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ outputSchemaProblems),
/* harmony export */   h: () => (/* binding */ structuredOutput)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _workflow_positions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42333);
/* harmony import */ var _strict_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11456);
// Structured output, both ways: the strict schema sent to the API, and the answer read back
// against the user's own schema (ajv), with the nulls added for optional properties dropped.



/**
 * Every problem of an output_schema before anything runs: not a JSON Schema (ajv), or a keyword
 * OpenAI's strict mode refuses, each at its pointer inside the schema.
 */
function outputSchemaProblems(schema) {
    const compiled = compile(schema);
    if (typeof compiled === 'string')
        return [{ pointer: '', message: `output_schema is not a valid JSON Schema: ${compiled}` }];
    const strict = (0,_strict_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .toStrictSchema */ .uF)(schema);
    return strict.ok ? [] : strict.problems;
}
/** Prepares one step's structured output; `field` names it in the sentence (`llm.output_schema`). */
function structuredOutput(name, schema, field) {
    const validate = compile(schema);
    if (typeof validate === 'string')
        return { ok: false, error: `${field} is not a valid JSON Schema: ${validate}` };
    const strict = (0,_strict_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .toStrictSchema */ .uF)(schema);
    if (!strict.ok) {
        const [first] = strict.problems;
        const more = strict.problems.length > 1 ? ` (and ${strict.problems.length - 1} more)` : '';
        return {
            ok: false,
            error: `${field}${where(first?.pointer ?? '')}: ${first?.message ?? 'is not accepted'}${more}`,
        };
    }
    return {
        ok: true,
        output: {
            format: { name, schema: strict.schema },
            read: (text, reply) => readAnswer(text, reply, schema, validate, field),
        },
    };
}
function readAnswer(text, reply, schema, validate, field) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        const cut = reply.finish === 'length' ? ` (the reply was cut at max_tokens ${reply.maxTokens})` : '';
        return { ok: false, why: `text that is not JSON${cut}, though ${field} asks for JSON` };
    }
    const value = (0,_strict_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .dropAddedNulls */ .SK)(parsed, schema);
    if (validate(value))
        return { ok: true, value };
    const errors = (validate.errors ?? [])
        .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim())
        .join('; ');
    return { ok: false, why: `JSON that does not match ${field}: ${errors}` };
}
function compile(schema) {
    try {
        // A fresh instance each time: schemas of different steps may share an `$id`.
        // The API holds the supported formats itself; ajv knows none without ajv-formats (it would warn).
        return new (ajv__WEBPACK_IMPORTED_MODULE_1___default())({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    }
    catch (error) {
        return error instanceof Error ? error.message : String(error);
    }
}
/** ` at properties.name.minLength`, for a pointer inside the schema. */
function where(pointer) {
    const segments = (0,_workflow_positions_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerSegments */ .cP)(pointer);
    return segments.length === 0 ? '' : ` at ${segments.join('.')}`;
}


/***/ }),

/***/ 74545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Si: () => (/* binding */ SandboxConfigError),
/* harmony export */   Xx: () => (/* binding */ parseSandboxConfig)
/* harmony export */ });
/* unused harmony exports sandboxDefaults, parseMemory */
/* harmony import */ var _workflow_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61437);

const sandboxDefaults = {
    workspace: 'none',
    memory: '512m',
    cpus: 1,
    pids: 256,
    timeout: '10m',
    user: '65534:65534',
};
/** A field that cannot be used; the message names it. */
class SandboxConfigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SandboxConfigError';
    }
}
const UNITS = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
/** Docker's memory notation: `512m`, `1g`, `65536` (bytes). */
function parseMemory(value) {
    const match = /^(\d+(?:\.\d+)?)\s*([bkmg]?)b?$/i.exec(String(value).trim());
    const unit = match ? UNITS[(match[2] ?? '').toLowerCase()] : undefined;
    if (!match || unit === undefined)
        throw new SandboxConfigError(`sandbox.memory must look like 512m or 1g, not '${String(value)}'.`);
    const bytes = Math.floor(Number(match[1]) * unit);
    // Docker refuses less than 6 MiB.
    if (bytes < 6 * 1024 ** 2)
        throw new SandboxConfigError(`sandbox.memory must be at least 6m, not '${String(value)}'.`);
    return bytes;
}
/** A duration as workflow files write them (`30s`, `5m`, `1h30m`, or seconds), above zero. */
function parseDuration(value, field) {
    const parsed = typeof value === 'number' || typeof value === 'string'
        ? (0,_workflow_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(value)
        : undefined;
    if (!parsed || 'error' in parsed) {
        const why = parsed && 'error' in parsed
            ? parsed.error
            : `must be a duration such as 30s, 5m or 1h (got ${JSON.stringify(value)})`;
        throw new SandboxConfigError(`${field} ${why}.`);
    }
    if (parsed.ms <= 0)
        throw new SandboxConfigError(`${field} must be more than 0.`);
    return parsed.ms;
}
function parseUser(value) {
    const match = /^(\d+)(?::(\d+))?$/.exec(String(value));
    if (!match)
        throw new SandboxConfigError(`sandbox.user must be a numeric uid or uid:gid, not '${String(value)}'.`);
    const uid = Number(match[1]);
    const gid = Number(match[2] ?? match[1]);
    if (uid === 0 || gid === 0)
        throw new SandboxConfigError('sandbox.user must not be root (0): sandbox steps run as a non-root user.');
    return { uid, gid };
}
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseEnv(value) {
    if (value === undefined || value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value))
        throw new SandboxConfigError('sandbox.env must be a map of names to values.');
    const env = {};
    for (const [name, v] of Object.entries(value)) {
        if (!ENV_NAME.test(name))
            throw new SandboxConfigError(`sandbox.env name '${name}' is not a valid environment variable name.`);
        if (name === 'WFLO_OUTPUT')
            throw new SandboxConfigError('sandbox.env must not set WFLO_OUTPUT: wflo sets it.');
        env[name] =
            typeof v === 'string'
                ? v
                : v === null
                    ? ''
                    : typeof v === 'object'
                        ? JSON.stringify(v)
                        : String(v);
    }
    return env;
}
function oneOf(value, field, allowed, fallback) {
    if (value === undefined || value === null)
        return fallback;
    if (typeof value === 'string' && allowed.includes(value))
        return value;
    throw new SandboxConfigError(`${field} must be one of ${allowed.join(', ')}, not '${String(value)}'.`);
}
const FIELDS = new Set([
    'run',
    'image',
    'env',
    'workspace',
    'network',
    'allow_host_network',
    'memory',
    'cpus',
    'pids',
    'timeout',
    'runtime',
    'user',
]);
/** Docker options that would undo the hardening; named so the refusal says why. */
const PRIVILEGES = /^(privileged|cap_add|capabilities|devices?|pid|ipc|uts|userns|volumes?|binds?|mounts?|security_opt|sysctls?|cgroup.*)$/;
function parseSandboxConfig(config) {
    for (const key of Object.keys(config)) {
        if (FIELDS.has(key))
            continue;
        if (PRIVILEGES.test(key)) {
            throw new SandboxConfigError(`sandbox.${key} is not allowed: sandbox steps cannot ask for privileges, devices, mounts or host namespaces.`);
        }
        throw new SandboxConfigError(`sandbox.${key} is not a sandbox field.`);
    }
    const run = config.run;
    if (typeof run !== 'string' || run.trim() === '')
        throw new SandboxConfigError('sandbox.run must be a non-empty command.');
    const image = config.image;
    if (typeof image !== 'string' || image.trim() === '') {
        throw new SandboxConfigError('sandbox.image is required (set it on the step or in defaults.sandbox).');
    }
    const network = oneOf(config.network, 'sandbox.network', ['none', 'host'], 'none');
    if (network === 'host' && config.allow_host_network !== true) {
        throw new SandboxConfigError('sandbox.network: host needs allow_host_network: true on the step.');
    }
    const cpus = config.cpus ?? sandboxDefaults.cpus;
    if (typeof cpus !== 'number' || !(cpus > 0))
        throw new SandboxConfigError(`sandbox.cpus must be a positive number, not '${String(cpus)}'.`);
    const pids = config.pids ?? sandboxDefaults.pids;
    if (typeof pids !== 'number' || !Number.isInteger(pids) || pids < 8) {
        throw new SandboxConfigError(`sandbox.pids must be an integer of at least 8, not '${String(pids)}'.`);
    }
    return {
        run,
        image,
        env: parseEnv(config.env),
        workspace: oneOf(config.workspace, 'sandbox.workspace', ['none', 'read-only', 'copy'], sandboxDefaults.workspace),
        network,
        memoryBytes: parseMemory(config.memory ?? sandboxDefaults.memory),
        nanoCpus: Math.round(cpus * 1e9),
        pidsLimit: pids,
        timeoutMs: parseDuration(config.timeout ?? sandboxDefaults.timeout, 'sandbox.timeout'),
        runtime: oneOf(config.runtime, 'sandbox.runtime', ['runc', 'runsc'], 'runc'),
        ...parseUser(config.user ?? sandboxDefaults.user),
    };
}


/***/ }),

/***/ 88138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ resolveImage),
/* harmony export */   Ce: () => (/* binding */ EMPTY_WORKSPACE_SIZE),
/* harmony export */   PM: () => (/* binding */ fillCopyVolume),
/* harmony export */   pS: () => (/* binding */ readOnlyCheckoutMounts),
/* harmony export */   rj: () => (/* binding */ containerBase)
/* harmony export */ });
/* unused harmony exports TMP_SIZE, NOFILE */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95655);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59516);
// What every wflo container shares, whichever kind starts it (a `sandbox` step's one-shot
// container, an `agent` step's kept one): the image as inspected, and the limits.




const TMP_SIZE = 64 * 1024 * 1024;
const EMPTY_WORKSPACE_SIZE = 256 * 1024 * 1024;
const NOFILE = 1024;
/** The image's digest (or id), pulling it first when missing, with progress in the log. */
async function resolveImage(runtime, image, ctx) {
    let info = await runtime.inspectImage(image, ctx.signal);
    if (!info) {
        ctx.log.info(`Pulling ${image}`);
        await runtime.pullImage(image, (line) => ctx.log.info(line), ctx.signal);
        info = await runtime.inspectImage(image, ctx.signal);
        if (!info)
            throw new _runtime_js__WEBPACK_IMPORTED_MODULE_2__/* .ContainerRuntimeError */ .k(`Docker pulled ${image} but cannot find it.`);
    }
    return info.repoDigest ?? info.id;
}
/** The spec fields a step's config decides; hardening itself is applied by the runtime. */
function containerBase(config, labels, image) {
    return {
        // By id/digest: the image that was inspected is the image that runs.
        image,
        user: `${config.uid}:${config.gid}`,
        workingDir: '/workspace',
        labels,
        memoryBytes: config.memoryBytes,
        nanoCpus: config.nanoCpus,
        pidsLimit: config.pidsLimit,
        nofileLimit: NOFILE,
        tmpSizeBytes: TMP_SIZE,
        network: config.network,
        ...(config.runtime === 'runsc' ? { runtime: 'runsc' } : {}),
    };
}
/**
 * `workspace: read-only`: the checkout bound read-only at `target`, its `.git` (when a
 * directory) covered by an empty read-only tmpfs, so a planted hook or fsmonitor is never
 * readable config for the host.
 */
async function readOnlyCheckoutMounts(checkout, target) {
    const mounts = [{ type: 'bind', source: checkout, target, readOnly: true }];
    const git = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(checkout, '.git')).catch(() => undefined);
    if (git?.isDirectory()) {
        mounts.push({
            type: 'tmpfs',
            target: `${target}/.git`,
            sizeBytes: 4096,
            options: ['ro', 'noexec', 'nosuid', 'nodev'],
        });
    }
    return mounts;
}
/**
 * `workspace: copy`: fills a fresh volume with the checkout (without `.git`), owned by the
 * step's user — the volume's root belongs to root until a short helper hands it over.
 * Returns the snapshot the step's changes are compared with; throws ContainerRuntimeError
 * when the helper fails, and the abort's reason when the step was stopped.
 */
async function fillCopyVolume(runtime, base, volume, checkout, owner, signal) {
    const snapshot = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_3__/* .snapshotCheckout */ .n5)(checkout);
    const copyIn = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_3__/* .packCheckout */ .IJ)(checkout, snapshot, owner.uid, owner.gid);
    const prepared = await runtime
        .runContainer({
        ...base,
        cmd: ['chown', `${owner.uid}:${owner.gid}`, volume.target],
        env: {},
        mounts: [volume],
        helperChown: true,
    }, {
        signal,
        timeoutMs: 60_000,
        graceMs: 1000,
        stdoutCapBytes: 4096,
        stderrCapBytes: 4096,
        archivesIn: [{ path: volume.target, tar: copyIn }],
    })
        // Stops reading the checkout if the engine gave up before taking all of it.
        .finally(() => copyIn.destroy());
    if (prepared.cancelled)
        throw signal.reason;
    if (prepared.exitCode !== 0) {
        throw new _runtime_js__WEBPACK_IMPORTED_MODULE_2__/* .ContainerRuntimeError */ .k(`could not prepare the copy of the workspace: ${prepared.stderr.data.toString('utf8').trim()}`);
    }
    return snapshot;
}


/***/ }),

/***/ 59516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IJ: () => (/* binding */ packCheckout),
  St: () => (/* binding */ readChanges),
  n5: () => (/* binding */ snapshotCheckout)
});

// UNUSED EXPORTS: defaultChangeLimits

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/sandbox/checkout-read.ts
// Reading the checkout to copy it into a container, so that nothing outside it can be read
// instead: a host-side process may swap a file or a folder for a symlink between the listing
// and the read. Every component is opened once with O_NOFOLLOW and what was opened is checked
// (a folder is a folder, a file is a regular file); the data comes from that descriptor only.
// On Linux a folder, once opened, is addressed through its descriptor (/proc/self/fd/N/name,
// as openat would), so swapping a folder above it after the open redirects nothing.




const NOFOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
const DIRECTORY = external_node_fs_.constants.O_DIRECTORY ?? 0;
// A fifo swapped in for a file must not block the open.
const NONBLOCK = external_node_fs_.constants.O_NONBLOCK ?? 0;
const BY_FD = process.platform === 'linux' && (0,external_node_fs_.existsSync)('/proc/self/fd');
/** The checkout could not be read safely; the message is a clause naming the path. */
class CheckoutReadError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'CheckoutReadError';
    }
}
/** A name's bytes with anything but printable ASCII as `\xNN`, to show a name that is not UTF-8. */
function escapedName(bytes) {
    let out = '';
    for (const byte of bytes) {
        out +=
            byte >= 0x20 && byte < 0x7f && byte !== 0x5c
                ? String.fromCharCode(byte)
                : `\\x${byte.toString(16).padStart(2, '0')}`;
    }
    return out;
}
function notUtf8(path) {
    return new CheckoutReadError(`the checkout holds a name that is not valid UTF-8 (${path}), which a copy workspace does not carry; rename it or use workspace: read-only`);
}
function codeOf(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}
/** ELOOP, ENOTDIR, ENOENT: what a swap between listing and reading looks like. */
function readFailure(path, error) {
    if (error instanceof CheckoutReadError)
        return error;
    const code = codeOf(error);
    if (code === 'ELOOP' || code === 'ENOTDIR' || code === 'ENOENT' || code === 'EINVAL')
        return changed(path, error);
    return new CheckoutReadError(`could not read ${path} from the checkout (${code ?? String(error)})`, {
        cause: error,
    });
}
function changed(path, cause) {
    return new CheckoutReadError(`${path} in the checkout changed while it was being copied (a file became a link or went away), so nothing was copied`, { cause });
}
function kindOf(entry) {
    if (entry.isDirectory())
        return 'directory';
    if (entry.isSymbolicLink())
        return 'symlink';
    if (entry.isFile())
        return 'file';
    if (entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice())
        return 'other';
    return undefined;
}
/** A folder of the checkout, opened once; `rel` is its path inside the checkout. */
class CheckoutDir {
    handle;
    abs;
    rel;
    constructor(handle, abs, rel) {
        this.handle = handle;
        this.abs = abs;
        this.rel = rel;
    }
    /** The checkout's root: the one path that is followed (the caller chose it). */
    static async openRoot(root) {
        const handle = await (0,promises_.open)(root, external_node_fs_.constants.O_RDONLY | DIRECTORY).catch((error) => {
            throw new CheckoutReadError(`could not open the checkout ${root} (${codeOf(error) ?? String(error)})`, {
                cause: error,
            });
        });
        return new CheckoutDir(handle, root, '');
    }
    at(name) {
        return BY_FD ? `/proc/self/fd/${this.handle.fd}/${name}` : (0,external_node_path_.join)(this.abs, name);
    }
    relOf(name) {
        return this.rel ? `${this.rel}/${name}` : name;
    }
    /** The folder's entries sorted by name; a name that is not UTF-8 is refused. */
    async list() {
        let entries;
        try {
            entries = await (0,promises_.readdir)(this.at('.'), { withFileTypes: true, encoding: 'buffer' });
        }
        catch (error) {
            throw readFailure(this.rel || '.', error);
        }
        const listed = [];
        for (const entry of entries) {
            if (!(0,external_node_buffer_.isUtf8)(entry.name))
                throw notUtf8(this.relOf(escapedName(entry.name)));
            const name = entry.name.toString('utf8');
            // Some filesystems do not give the type in the listing.
            const kind = kindOf(entry) ??
                kindOf(await (0,promises_.lstat)(this.at(name)).catch((error) => {
                    throw readFailure(this.relOf(name), error);
                })) ??
                'other';
            listed.push({ name, kind });
        }
        return listed.sort((a, b) => (a.name < b.name ? -1 : 1));
    }
    async openDir(name) {
        const rel = this.relOf(name);
        let handle;
        try {
            handle = await (0,promises_.open)(this.at(name), external_node_fs_.constants.O_RDONLY | DIRECTORY | NOFOLLOW);
        }
        catch (error) {
            throw readFailure(rel, error);
        }
        const stat = await handle.stat();
        if (!stat.isDirectory()) {
            await handle.close();
            throw changed(rel);
        }
        return new CheckoutDir(handle, (0,external_node_path_.join)(this.abs, name), rel);
    }
    /** A regular file's bytes and mode, from the one descriptor opened. */
    async readFile(name) {
        const rel = this.relOf(name);
        let handle;
        try {
            handle = await (0,promises_.open)(this.at(name), external_node_fs_.constants.O_RDONLY | NOFOLLOW | NONBLOCK);
        }
        catch (error) {
            throw readFailure(rel, error);
        }
        try {
            const stat = await handle.stat();
            if (!stat.isFile())
                throw changed(rel);
            return { data: await handle.readFile(), mode: stat.mode & 0o7777 };
        }
        catch (error) {
            throw readFailure(rel, error);
        }
        finally {
            await handle.close();
        }
    }
    /** A symlink's target, read from the link itself (never followed). */
    async readlink(name) {
        const rel = this.relOf(name);
        let target;
        try {
            target = await (0,promises_.readlink)(this.at(name), { encoding: 'buffer' });
        }
        catch (error) {
            throw readFailure(rel, error);
        }
        if (!(0,external_node_buffer_.isUtf8)(target))
            throw notUtf8(`${rel} -> ${escapedName(target)}`);
        return target.toString('utf8');
    }
    async close() {
        await this.handle.close().catch(() => undefined);
    }
}
/** One file of the checkout by its relative POSIX path, each folder on the way opened as above. */
async function readCheckoutFile(root, path) {
    const parts = path.split('/');
    const last = parts.pop() ?? path;
    let dir = await CheckoutDir.openRoot(root);
    const opened = [dir];
    try {
        for (const part of parts) {
            dir = await dir.openDir(part);
            opened.push(dir);
        }
        return await dir.readFile(last);
    }
    finally {
        for (const dir of opened)
            await dir.close();
    }
}

// EXTERNAL MODULE: ./src/checkout/change-set.ts
var change_set = __webpack_require__(56599);
;// CONCATENATED MODULE: ./src/sandbox/workspace.ts




const defaultChangeLimits = { maxFiles: 10_000, maxBytes: 100 * 1024 * 1024 };
const sha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
/** What a path was when the step started, as the change set records it. */
function priorOf(entry) {
    if (!entry)
        return undefined;
    return entry.type === 'symlink'
        ? { type: 'symlink', target: entry.target }
        : { type: 'file', sha256: entry.sha256, executable: (entry.mode & 0o111) !== 0 };
}
/**
 * Walks the checkout, leaving out `.git` (its internals never enter a container). Each file
 * is opened once without following links and read from that descriptor (checkout-read.ts):
 * a file swapped for a symlink mid-walk is refused, never read through.
 */
async function snapshotCheckout(root) {
    const snapshot = new Map();
    async function walk(dir) {
        for (const entry of await dir.list()) {
            if (entry.name === '.git')
                continue;
            const path = dir.rel ? `${dir.rel}/${entry.name}` : entry.name;
            if (entry.kind === 'directory') {
                const sub = await dir.openDir(entry.name);
                try {
                    await walk(sub);
                }
                finally {
                    await sub.close();
                }
            }
            else if (entry.kind === 'symlink') {
                snapshot.set(path, { type: 'symlink', target: await dir.readlink(entry.name) });
            }
            else if (entry.kind === 'file') {
                const { data, mode } = await dir.readFile(entry.name);
                snapshot.set(path, {
                    type: 'file',
                    mode: mode & 0o777,
                    size: data.length,
                    sha256: sha256(data),
                });
            }
            // Sockets, fifos and devices in a checkout are not copied.
        }
    }
    const top = await CheckoutDir.openRoot(root);
    try {
        await walk(top);
    }
    finally {
        await top.close();
    }
    return snapshot;
}
/** A file's bytes now, only if they are still those the snapshot hashed. */
async function snapshotBytes(root, path, entry) {
    const { data } = await readCheckoutFile(root, path);
    if (entry.type !== 'file' || data.length !== entry.size || sha256(data) !== entry.sha256)
        throw new CheckoutReadError(`${path} in the checkout changed while it was being copied, so nothing was copied`);
    return data;
}
/**
 * A tar stream of the snapshot's files, owned by the sandbox user, to extract into
 * /workspace. Files are read one at a time as the engine consumes the stream, so a large
 * checkout never sits in memory whole; destroy the stream to stop early.
 */
function packCheckout(root, snapshot, uid, gid) {
    const pack = tar_stream.pack();
    let closed = false;
    pack.on('close', () => (closed = true));
    // The callback fires once the consumer has room: that is the back-pressure.
    const add = (header, body) => new Promise((resolve, reject) => {
        if (closed)
            reject(new Error('the workspace archive was closed'));
        else
            pack.entry({ ...header, uid, gid }, body ?? Buffer.alloc(0), (error) => error ? reject(error) : resolve());
    });
    const produce = async () => {
        const dirs = new Set();
        for (const [path, entry] of snapshot) {
            const parts = path.split('/').slice(0, -1);
            for (let i = 1; i <= parts.length; i++) {
                const dir = parts.slice(0, i).join('/');
                if (dirs.has(dir))
                    continue;
                dirs.add(dir);
                await add({ name: `${dir}/`, type: 'directory', mode: 0o755 });
            }
            if (entry.type === 'symlink') {
                await add({ name: path, type: 'symlink', linkname: entry.target, mode: 0o777 });
            }
            else {
                // Writable by the owner so the step can edit its copy.
                // Read again by the same safe walk, and only what the snapshot hashed goes in.
                await add({ name: path, type: 'file', mode: entry.mode | 0o600 }, await snapshotBytes(root, path, entry));
            }
        }
        pack.finalize();
    };
    produce().catch((error) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        const fail = () => {
            if (!closed)
                pack.destroy(failure);
        };
        // The engine may not be uploading yet (the container is still being created): the error
        // waits for its listener, so it fails the upload instead of crashing the process.
        if (pack.listenerCount('error') > 0)
            return fail();
        const onListener = (event) => {
            if (event !== 'error')
                return;
            pack.off('newListener', onListener);
            queueMicrotask(fail);
        };
        pack.on('newListener', onListener);
    });
    return pack;
}
function lineStat(before, after) {
    const binary = [before, after].some((b) => b !== undefined && b.subarray(0, 8000).includes(0));
    if (binary)
        return { additions: 0, deletions: 0, binary };
    const counts = new Map();
    const lines = (b) => b && b.length > 0 ? b.toString('utf8').replace(/\n$/, '').split('\n') : [];
    for (const line of lines(before))
        counts.set(line, (counts.get(line) ?? 0) + 1);
    let additions = 0;
    for (const line of lines(after)) {
        const left = counts.get(line) ?? 0;
        if (left > 0)
            counts.set(line, left - 1);
        else
            additions++;
    }
    let deletions = 0;
    for (const left of counts.values())
        deletions += left;
    return { additions, deletions, binary: false };
}
/** Reads one entry's body, which its header said fits the budget (checked again as it flows). */
function readBody(stream, limit, tooBig) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        stream.on('data', (chunk) => {
            size += chunk.length;
            if (size <= limit)
                chunks.push(chunk);
            else
                reject(tooBig());
        });
        stream.on('error', reject);
        stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
}
/** The old bytes of a checkout file for the diff stat, read as safely as the snapshot was. */
async function checkoutBytes(root, path) {
    try {
        return (await readCheckoutFile(root, path)).data;
    }
    catch (error) {
        // The change set still carries the prior state: applying it then refuses a changed file.
        if (error instanceof CheckoutReadError)
            return undefined;
        throw error;
    }
}
/** A name from a tar header that is not valid UTF-8 reaches us with U+FFFD in its place. */
function refuseUndecodable(name) {
    if (name.includes('\uFFFD'))
        throw new change_set/* ChangeRejectedError */.hr(`the step left a name that is not valid UTF-8 (${name.replaceAll('\uFFFD', '\\ufffd')}), which is never taken back.`);
}
/**
 * Reads the container's /workspace (a tar from `getArchive`, entries under `workspace/`)
 * and returns what differs from the snapshot, refusing anything unsafe. Each header is
 * checked (type, path, size against what is left of `maxBytes`) before its body is read,
 * and a hard link counts at its target's full size each time it appears: memory never holds
 * more than the cap, and the first entry past it refuses the whole archive at once.
 */
async function readChanges(archive, root, snapshot, limits = defaultChangeLimits) {
    const seen = new Set();
    const files = new Map();
    const changes = [];
    let bytes = 0;
    const extract = tar_stream.extract();
    const finished = new Promise((resolve, reject) => {
        extract.on('entry', (header, stream, next) => {
            handle(header, stream).then(() => next(), (error) => {
                // Stop here: neither this body nor the rest of the archive is read.
                archive.unpipe(extract);
                extract.destroy();
                reject(error);
            });
        });
        extract.on('finish', resolve);
        extract.on('error', reject);
        archive.on('error', reject);
    });
    const tooBig = (path, link) => new change_set/* ChangeRejectedError */.hr(`the workspace grew past the ${limits.maxBytes}-byte limit at ${path}${link ? ' (a hard link counts at the full size of its target)' : ''}.`);
    async function handle(header, stream) {
        const name = header.name.replace(/^\/?workspace(\/|$)/, '');
        refuseUndecodable(name);
        if (name === '' || header.type === 'directory') {
            if (name !== '')
                (0,change_set/* checkedPath */.tU)(name);
            stream.resume();
            return;
        }
        const path = (0,change_set/* checkedPath */.tU)(name);
        seen.add(path);
        const before = snapshot.get(path);
        if (header.type === 'symlink') {
            stream.resume();
            const target = header.linkname ?? '';
            refuseUndecodable(target);
            // A link the checkout already had, unchanged, is not a change (wherever it points).
            if (before?.type === 'symlink' && before.target === target)
                return;
            if (!(0,change_set/* symlinkStaysInside */.OZ)(path, target)) {
                throw new change_set/* ChangeRejectedError */.hr(`the step left a symlink ${path} -> ${target} that points outside the workspace.`);
            }
            changes.push({
                path,
                status: before ? 'modified' : 'added',
                before: priorOf(before),
                type: 'symlink',
                target,
                additions: 0,
                deletions: 0,
                binary: false,
            });
            return;
        }
        let content;
        if (header.type === 'link') {
            stream.resume();
            refuseUndecodable(header.linkname ?? '');
            const linked = files.get((0,change_set/* checkedPath */.tU)((header.linkname ?? '').replace(/^\/?workspace(\/|$)/, '')));
            if (!linked)
                throw new change_set/* ChangeRejectedError */.hr(`the step left a hard link ${path} to a file outside the workspace.`);
            // Applied, each link is a full copy: it costs what its target costs.
            if (linked.length > limits.maxBytes - bytes)
                throw tooBig(path, true);
            bytes += linked.length;
            content = linked;
        }
        else if (header.type === 'file' || header.type === 'contiguous-file') {
            if ((header.size ?? 0) > limits.maxBytes - bytes)
                throw tooBig(path, false);
            content = await readBody(stream, limits.maxBytes - bytes, () => tooBig(path, false));
            bytes += content.length;
        }
        else {
            throw new change_set/* ChangeRejectedError */.hr(`the step left a special file (${header.type ?? 'unknown'}) at ${path}.`);
        }
        files.set(path, content);
        const mode = (header.mode ?? 0o644) & 0o777;
        // setuid/setgid bits never come back.
        const executable = (mode & 0o111) !== 0;
        if (before?.type === 'file' &&
            before.sha256 === sha256(content) &&
            ((before.mode & 0o111) !== 0) === executable)
            return;
        const old = before?.type === 'file' ? await checkoutBytes(root, path) : undefined;
        const stat = lineStat(old, content);
        changes.push({
            path,
            status: before ? 'modified' : 'added',
            before: priorOf(before),
            type: 'file',
            mode: executable ? 0o755 : 0o644,
            content,
            ...stat,
        });
        if (changes.length > limits.maxFiles)
            throw new change_set/* ChangeRejectedError */.hr(`the step changed more than ${limits.maxFiles} files.`);
    }
    archive.pipe(extract);
    await finished;
    for (const [path, entry] of snapshot) {
        if (seen.has(path))
            continue;
        const old = entry.type === 'file' ? await checkoutBytes(root, path) : undefined;
        const stat = lineStat(old, undefined);
        changes.push({
            path,
            status: 'deleted',
            before: priorOf(entry),
            additions: 0,
            deletions: stat.deletions,
            binary: stat.binary,
        });
    }
    if (changes.length > limits.maxFiles)
        throw new change_set/* ChangeRejectedError */.hr(`the step changed more than ${limits.maxFiles} files.`);
    changes.sort((a, b) => (a.path < b.path ? -1 : 1));
    return { changes };
}


/***/ }),

/***/ 96127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ AGENT_DEFAULTS),
  aS: () => (/* binding */ agentKind)
});

// UNUSED EXPORTS: createAgentKind

// EXTERNAL MODULE: ./src/sandbox/cleanup.ts
var cleanup = __webpack_require__(9823);
// EXTERNAL MODULE: ./src/sandbox/exec.ts
var exec = __webpack_require__(71242);
// EXTERNAL MODULE: ./src/sandbox/runtime.ts
var sandbox_runtime = __webpack_require__(95655);
// EXTERNAL MODULE: ./src/agent/tools.ts
var agent_tools = __webpack_require__(15386);
// EXTERNAL MODULE: ./src/sandbox/container-spec.ts
var container_spec = __webpack_require__(88138);
;// CONCATENATED MODULE: ./src/agent/container.ts





function volumeName(ctx, what) {
    const safe = `${ctx.run.id}-${ctx.step.id}`.replace(/[^a-zA-Z0-9_.-]/g, '-');
    return `wflo-${safe}-${ctx.attempt}-agent-${what}-${Math.random().toString(36).slice(2, 8)}`;
}
async function openAgentContainer(ctx, runtime, config) {
    const start = runtime.startContainer?.bind(runtime);
    if (!start)
        throw new sandbox_runtime/* ContainerRuntimeError */.k('this container runtime cannot keep a container running.');
    const labels = (0,cleanup/* runLabels */.xU)(ctx.run.id, ctx.step.id, ctx.attempt);
    const volumes = [];
    let box;
    const close = async () => {
        await box?.remove().catch(() => undefined);
        for (const v of volumes)
            await runtime.removeVolume(v).catch(() => undefined);
    };
    try {
        const image = await (0,container_spec/* resolveImage */.AT)(runtime, config.image, ctx);
        // The agent's tools address the workspace by the same path the sandbox kind uses.
        const base = { ...(0,container_spec/* containerBase */.rj)(config, labels, image), workingDir: agent_tools/* WORKSPACE */.un };
        const mounts = [];
        let snapshot;
        const { uid, gid } = config;
        if (config.workspace === 'none') {
            mounts.push({
                type: 'tmpfs',
                target: agent_tools/* WORKSPACE */.un,
                sizeBytes: container_spec/* EMPTY_WORKSPACE_SIZE */.Ce,
                options: ['rw', 'exec', 'nosuid', 'nodev', `uid=${uid}`, `gid=${gid}`, 'mode=0755'],
            });
        }
        else if (config.workspace === 'read-only') {
            mounts.push(...(await (0,container_spec/* readOnlyCheckoutMounts */.pS)(ctx.run.workspace, agent_tools/* WORKSPACE */.un)));
        }
        else {
            const volume = volumeName(ctx, 'ws');
            // Not cut short by a cancel (an aborted request may create it after the removal ran).
            await runtime.createVolume(volume, labels);
            volumes.push(volume);
            const mount = { type: 'volume', source: volume, target: agent_tools/* WORKSPACE */.un, readOnly: false };
            mounts.push(mount);
            snapshot = await (0,container_spec/* fillCopyVolume */.PM)(runtime, base, mount, ctx.run.workspace, config, ctx.signal);
        }
        box = await start({ ...base, cmd: exec/* KEEP_ALIVE_CMD */.T, env: { HOME: '/tmp', ...config.env }, mounts }, { signal: ctx.signal });
        return { box, ...(snapshot ? { snapshot } : {}), close };
    }
    catch (error) {
        await close();
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/agent/transcript.ts
function transcriptOutput(entries) {
    return entries.map((entry) => ({ ...entry }));
}

// EXTERNAL MODULE: ./src/cost/money.ts
var money = __webpack_require__(10369);
// EXTERNAL MODULE: ./src/cost/prices.ts
var prices = __webpack_require__(51295);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
// EXTERNAL MODULE: ./src/sandbox/config.ts
var sandbox_config = __webpack_require__(74545);
// EXTERNAL MODULE: ./src/steps/change-rules.ts
var change_rules = __webpack_require__(7629);
// EXTERNAL MODULE: ./src/engine/secrets.ts
var secrets = __webpack_require__(99887);
// EXTERNAL MODULE: ./src/checkout/change-set.ts
var change_set = __webpack_require__(56599);
// EXTERNAL MODULE: ./src/sandbox/workspace.ts + 1 modules
var workspace = __webpack_require__(59516);
// EXTERNAL MODULE: ./src/sandbox/read-back.ts
var read_back = __webpack_require__(40975);
// EXTERNAL MODULE: ./src/workflow/errors.ts
var errors = __webpack_require__(29658);
// EXTERNAL MODULE: ./src/workflow/config-source.ts
var config_source = __webpack_require__(47521);
// EXTERNAL MODULE: ./src/llm/step-config.ts
var step_config = __webpack_require__(57376);
// EXTERNAL MODULE: ./src/llm/structured-output.ts
var structured_output = __webpack_require__(27264);
// EXTERNAL MODULE: ./src/steps/output-schema.ts
var output_schema = __webpack_require__(59804);
;// CONCATENATED MODULE: ./src/steps/agent.ts
// The `agent` kind: a tool-calling model working in one hardened container kept for the
// step, every turn reserved against the budget (src/agent/loop.ts). Whatever stops it,
// the step reports its transcript, last message, cost and changes; the changes of a
// `workspace: copy` container reach the checkout only if the step succeeds.


















const AGENT_DEFAULTS = {
    maxTurns: 20,
    maxTokens: 4096,
    commandTimeout: '2m',
    toolOutputCapBytes: 16 * 1024,
    transcriptCapChars: 2000,
};
function parseAgentConfig(config) {
    const fail = (error) => ({ ok: false, error });
    const { model, system, task, max_turns, max_tokens, tools, sandbox, command_timeout } = config;
    if (typeof model !== 'string' || model.trim() === '')
        return fail(`agent.model must name a model, got ${(0,step_config/* show */.WU)(model)}`);
    if (system !== undefined && typeof system !== 'string')
        return fail(`agent.system must be a string, got ${(0,step_config/* show */.WU)(system)}`);
    if (typeof task !== 'string' || task.trim() === '')
        return fail(`agent.task must be a non-empty string, got ${(0,step_config/* show */.WU)(task)}`);
    const turns = max_turns ?? AGENT_DEFAULTS.maxTurns;
    if (typeof turns !== 'number' || !Number.isSafeInteger(turns) || turns < 1)
        return fail(`agent.max_turns must be a whole number above 0, got ${(0,step_config/* show */.WU)(max_turns)}`);
    const tokens = max_tokens ?? AGENT_DEFAULTS.maxTokens;
    if (typeof tokens !== 'number' || !Number.isSafeInteger(tokens) || tokens < 1)
        return fail(`agent.max_tokens must be a whole number above 0, got ${(0,step_config/* show */.WU)(max_tokens)}`);
    const names = tools ?? [...agent_tools/* TOOL_NAMES */.K2];
    if (!Array.isArray(names) || names.some((n) => typeof n !== 'string' || !(0,agent_tools/* isToolName */.O2)(n)))
        return fail(`agent.tools must list some of ${agent_tools/* TOOL_NAMES */.K2.join(', ')}, got ${(0,step_config/* show */.WU)(tools)}`);
    if (!isObject(sandbox))
        return fail('agent.sandbox is required: the container the tools run in (at least its image)');
    let commandTimeoutMs;
    try {
        commandTimeoutMs = (0,sandbox_config/* parseDuration */.E9)(command_timeout ?? AGENT_DEFAULTS.commandTimeout, 'agent.command_timeout');
    }
    catch (error) {
        return fail((0,types/* messageOf */.bD)(error));
    }
    const schema = config.output_schema;
    if (schema !== undefined && !isObject(schema))
        return fail(`agent.output_schema must be a JSON Schema object, got ${(0,step_config/* show */.WU)(schema)}`);
    return {
        ok: true,
        config: {
            model: model.trim(),
            ...(typeof system === 'string' ? { system } : {}),
            task,
            maxTurns: turns,
            maxTokens: tokens,
            tools: names.filter((n) => typeof n === 'string' && (0,agent_tools/* isToolName */.O2)(n)),
            sandbox,
            commandTimeoutMs,
            ...(isObject(schema) ? { outputSchema: schema } : {}),
        },
    };
}
/** The sandbox fields as the sandbox kind reads them; the workspace is a copy unless told. */
function sandboxFields(sandbox) {
    return { workspace: 'copy', ...sandbox, run: 'true' };
}
const STATUS = {
    finished: 'succeeded',
    max_turns: 'failed',
    budget_exceeded: 'budget_exceeded',
    // A timeout is a failure of the step's own work (DESIGN.md §2), with outputs.timed_out.
    timeout: 'failed',
    error: 'failed',
};
async function runAgentStep(ctx, options) {
    const stepId = ctx.step.id;
    const failed = (error) => ({ status: 'failed', outputs: {}, error });
    const parsed = parseAgentConfig(ctx.config);
    if (!parsed.ok)
        return failed(parsed.error);
    const config = parsed.config;
    let sandbox;
    try {
        sandbox = (0,sandbox_config/* parseSandboxConfig */.Xx)(sandboxFields(config.sandbox));
    }
    catch (error) {
        if (error instanceof sandbox_config/* SandboxConfigError */.Si)
            return failed(`agent.${error.message}`);
        throw error;
    }
    // Tool output may echo the container's environment into the transcript.
    (0,secrets/* maskSecrets */.QU)(sandbox.env, ctx.services.hostEnv, (secret) => ctx.log.mask(secret));
    if (sandbox.network === 'host')
        ctx.log.warn(`step '${stepId}' runs its tools with the host's network (allow_host_network)`);
    const llm = ctx.services.llm;
    if (!llm)
        throw new types/* EnvironmentError */.eG('it needs an OpenAI-compatible API and no key is set', 'model_api');
    const runtime = ctx.services.containers;
    if (!runtime)
        throw new types/* EnvironmentError */.eG('it needs a Docker engine and none is set up', 'docker');
    const price = (0,prices/* priceOf */.xx)(config.model, ctx.run.workflow);
    if (!price)
        return failed(noPriceMessage(config.model));
    // The turns carry the strict form of the schema; the final answer is read against the user's own.
    let output;
    if (config.outputSchema) {
        const prepared = (0,structured_output/* structuredOutput */.h)((0,step_config/* schemaName */.l_)(stepId), config.outputSchema, 'agent.output_schema');
        if (!prepared.ok)
            return failed(prepared.error);
        output = prepared.output;
    }
    let container;
    try {
        container = await openAgentContainer(ctx, runtime, sandbox);
    }
    catch (error) {
        if (ctx.signal.aborted) {
            if (!(ctx.signal.reason instanceof types/* StepTimeoutError */.o1))
                throw ctx.signal.reason;
            return {
                status: 'failed',
                outputs: { timed_out: true },
                error: 'it timed out before its container started',
            };
        }
        if (error instanceof sandbox_runtime/* ContainerRuntimeError */.k)
            throw new types/* EnvironmentError */.eG(error.message, 'docker', { cause: error });
        throw error;
    }
    let result;
    let changeSet;
    let changeError;
    try {
        const toolSettings = {
            commandTimeoutMs: config.commandTimeoutMs,
            outputCapBytes: options.toolOutputCapBytes ?? AGENT_DEFAULTS.toolOutputCapBytes,
            signal: ctx.signal,
        };
        // The loop and its token counting load with the first agent step, not at start-up.
        const [{ contextWindow }, { runAgentLoop }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(850)]).then(__webpack_require__.bind(__webpack_require__, 32850)),
            Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(31)]).then(__webpack_require__.bind(__webpack_require__, 86031)),
        ]);
        result = await runAgentLoop(ctx, llm, {
            model: config.model,
            price,
            ...(config.system ? { system: config.system } : {}),
            task: config.task,
            maxTurns: config.maxTurns,
            maxTokens: config.maxTokens,
            tools: (0,agent_tools/* toolDefinitions */.$I)(config.tools),
            ...(output ? { jsonSchema: output.format } : {}),
            contextTokens: options.contextTokens ?? contextWindow(price),
            transcriptCapChars: options.transcriptCapChars ?? AGENT_DEFAULTS.transcriptCapChars,
        }, (call) => (0,agent_tools/* runTool */.qI)(container.box, config.tools, call.name, call.arguments, toolSettings));
        if (container.snapshot) {
            const read = await readAgentChanges(container, container.snapshot, ctx.run.workspace, ctx.signal);
            changeSet = read.set;
            changeError = read.error;
        }
    }
    catch (error) {
        if (ctx.signal.aborted && !(ctx.signal.reason instanceof types/* StepTimeoutError */.o1))
            throw ctx.signal.reason;
        if (error instanceof sandbox_runtime/* ContainerRuntimeError */.k)
            throw new types/* EnvironmentError */.eG(error.message, 'docker', { cause: error });
        throw error;
    }
    finally {
        await container.close();
    }
    const outputs = {
        text: result.text,
        json: null,
        turns: result.turns,
        tool_calls: result.toolCalls,
        stop_reason: result.stopReason,
        changes: changeSet ? (0,change_set/* changesOutput */.b4)(changeSet) : [],
        transcript: transcriptOutput(result.transcript),
        usage: { ...result.usage },
        cost_usd: (0,money/* microsToUsd */.$Y)(result.chargedMicros),
    };
    let status = STATUS[result.stopReason];
    let error = result.error;
    if (status === 'succeeded' && output) {
        const answer = output.read(result.text, {
            finish: result.finishReason ?? 'stop',
            maxTokens: config.maxTokens,
        });
        if (!answer.ok) {
            status = 'failed';
            error = `${config.model}'s final answer is ${answer.why}`;
        }
        else
            outputs.json = answer.value;
    }
    if (changeError) {
        const sentence = `its changes were refused: ${changeError}`;
        if (status === 'succeeded') {
            status = 'failed';
            error = sentence;
        }
        else
            ctx.log.warn(sentence);
    }
    const changes = changeSet && changeSet.changes.length > 0 ? (0,change_set/* encodeChangeSet */.NQ)(changeSet) : undefined;
    if (result.stopReason === 'timeout')
        outputs.timed_out = true;
    return {
        status,
        outputs,
        usage: result.usage,
        costMicros: result.chargedMicros,
        ...(error && status !== 'succeeded' ? { error } : {}),
        ...(changes ? { changes } : {}),
        ...(result.environment ? { environment: result.environment } : {}),
    };
}
/**
 * The copy's changes against the checkout. Read even after a timeout or a dead container
 * (the step's signal may have fired): whatever stopped the agent, the report shows them.
 * A cancel stops the read at once, and READ_BACK_MS bounds it (read-back.ts).
 */
async function readAgentChanges(container, snapshot, checkout, stepSignal) {
    const cancel = new AbortController();
    const onAbort = () => {
        if (!(stepSignal.reason instanceof types/* StepTimeoutError */.o1))
            cancel.abort(stepSignal.reason);
    };
    if (stepSignal.aborted)
        onAbort();
    stepSignal.addEventListener('abort', onAbort, { once: true });
    try {
        return {
            set: await (0,read_back/* readBack */.e7)((signal) => container.box.getArchive(agent_tools/* WORKSPACE */.un, signal), (tar) => (0,workspace/* readChanges */.St)(tar, checkout, snapshot), { path: agent_tools/* WORKSPACE */.un, signal: cancel.signal }),
        };
    }
    catch (error) {
        if (error instanceof change_set/* ChangeRejectedError */.hr || error instanceof sandbox_runtime/* ContainerRuntimeError */.k)
            return { error: error.message };
        throw error;
    }
    finally {
        stepSignal.removeEventListener('abort', onAbort);
    }
}
function validateAgentStep(step, workflow) {
    const problems = [...(0,output_schema/* outputSchemaDiagnostics */.D)(step, workflow)];
    const model = step.config.model;
    if (typeof model === 'string' && !model.includes('${{') && !(0,prices/* priceOf */.xx)(model.trim(), workflow)) {
        problems.push((0,errors/* diagnosticAt */.R5)(workflow.positionOf((0,config_source/* configPointer */.I)(step, 'model')), noPriceMessage(model.trim())));
    }
    const sandbox = step.config.sandbox;
    if (isObject(sandbox)) {
        // Fields holding expressions are checked when the step runs; the image may be one.
        const literal = { image: 'image' };
        for (const [key, value] of Object.entries(sandbox))
            if (!(typeof value === 'string' && value.includes('${{')))
                literal[key] = value;
        try {
            (0,sandbox_config/* parseSandboxConfig */.Xx)(sandboxFields(literal));
        }
        catch (error) {
            if (!(error instanceof sandbox_config/* SandboxConfigError */.Si))
                throw error;
            problems.push((0,errors/* diagnosticAt */.R5)(workflow.positionOf((0,config_source/* configPointer */.I)(step, 'sandbox')), `agent.${error.message}`));
        }
    }
    return problems;
}
function noPriceMessage(model) {
    return (`model '${model}' has no known price, so the agent's turns cannot be budgeted; ` +
        `give one in USD per million tokens at the top level of the workflow: ${(0,prices/* priceHint */.Ly)(model)}`);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function createAgentKind(options = {}) {
    return {
        kind: 'agent',
        validate: validateAgentStep,
        changeRules: change_rules/* changeRulesOf */.d,
        run: (ctx) => runAgentStep(ctx, options),
    };
}
const agentKind = createAgentKind();


/***/ }),

/***/ 7629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ withoutChangeRules),
/* harmony export */   d: () => (/* binding */ changeRulesOf)
/* harmony export */ });
function changeRulesOf(step) {
    const raw = step.config.protected_paths_allowed;
    const allowed = Array.isArray(raw) ? raw.filter((e) => typeof e === 'string') : [];
    return { protectedPathsAllowed: allowed };
}
/** The step's kind fields without `protected_paths_allowed`, which the engine reads, not the kind. */
function withoutChangeRules(config) {
    const rest = { ...config };
    delete rest.protected_paths_allowed;
    return rest;
}


/***/ }),

/***/ 59804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ outputSchemaDiagnostics)
/* harmony export */ });
/* harmony import */ var _llm_structured_output_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27264);
/* harmony import */ var _workflow_config_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47521);
/* harmony import */ var _workflow_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29658);
/* harmony import */ var _workflow_where_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49142);
// Where an output_schema goes wrong, for `wflo validate`: shared by the llm and agent kinds.




const EXPRESSION = /\$\{\{/;
/**
 * An output_schema's problems at the line of the keyword at fault: not a JSON Schema, or a
 * keyword OpenAI's strict mode refuses. A schema holding expressions is checked when it runs.
 */
function outputSchemaDiagnostics(step, workflow) {
    const schema = step.config.output_schema;
    if (!(0,_workflow_where_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(schema) || EXPRESSION.test(JSON.stringify(schema)))
        return [];
    const base = (0,_workflow_config_source_js__WEBPACK_IMPORTED_MODULE_1__/* .configPointer */ .I)(step, 'output_schema');
    return (0,_llm_structured_output_js__WEBPACK_IMPORTED_MODULE_0__/* .outputSchemaProblems */ .L)(schema).map((p) => (0,_workflow_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnosticAt */ .R5)(workflow.positionOf(pointerIn(base, p.pointer), 'key'), p.message));
}
/** `base` + a pointer inside the value at `base`. */
function pointerIn(base, inner) {
    return inner === '' ? base : `${base}${inner}`;
}


/***/ }),

/***/ 47521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ configPointer),
/* harmony export */   _: () => (/* binding */ recordConfigSources)
/* harmony export */ });
const sources = new WeakMap();
function recordConfigSources(step, pointers) {
    sources.set(step, pointers);
}
/**
 * The JSON pointer of `key` in the step's config as written in the file, e.g.
 * `/steps/2/llm/model` or `/defaults/llm/model`; the kind section's pointer when the key is
 * in neither (pass it to `workflow.positionOf`).
 */
function configPointer(step, key) {
    return sources.get(step)?.get(key) ?? `${step.pointer}/${step.kind}`;
}


/***/ }),

/***/ 61437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
// Durations in workflow files: `500ms`, `30s`, `1.5m`, `24h`, `2d`, `1h30m`, or a number of seconds.
const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
const ORDER = ['d', 'h', 'm', 's', 'ms'];
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/y;
/** The pattern the JSON Schema uses for duration strings (kept in step with parseDuration). */
const DURATION_PATTERN = '^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$';
/** Milliseconds, or the end of a sentence saying what is wrong ("must be …"), for a message naming the field. */
function parseDuration(value) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value) || value < 0)
            return { error: `must be 0 or more seconds (got ${value})` };
        return { ms: Math.round(value * 1000) };
    }
    const text = value.trim();
    const wrong = `must be a duration such as 500ms, 30s, 5m, 24h or 1h30m (got '${text}')`;
    if (text === '')
        return { error: wrong };
    let total = 0;
    let last = -1;
    PART.lastIndex = 0;
    while (PART.lastIndex < text.length) {
        const at = PART.lastIndex;
        const match = PART.exec(text);
        if (!match) {
            return { error: wrong };
        }
        const unit = match[2];
        const rank = ORDER.indexOf(unit);
        if (rank <= last) {
            return { error: `must list each unit once, largest first, as in 1h30m (got '${text}')` };
        }
        last = rank;
        total += Math.round(Number(match[1]) * UNIT_MS[unit]);
        if (PART.lastIndex === at)
            break;
    }
    if (!Number.isSafeInteger(total))
        return { error: `must be a shorter duration (got '${text}')` };
    return { ms: total };
}
/** 90000 → `1m30s`, for messages. */
function formatDuration(ms) {
    if (ms === 0)
        return '0s';
    let rest = ms;
    let text = '';
    for (const unit of ORDER) {
        const n = Math.floor(rest / UNIT_MS[unit]);
        if (n > 0) {
            text += `${n}${unit}`;
            rest -= n * UNIT_MS[unit];
        }
    }
    return text;
}


/***/ }),

/***/ 29658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R5: () => (/* binding */ diagnosticAt),
/* harmony export */   s8: () => (/* binding */ WorkflowError),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/* unused harmony export printableMessage */
function diagnosticAt(range, message) {
    return { file: range.file, line: range.start.line, col: range.start.col, message };
}
function formatDiagnostic(d) {
    return `${d.file}:${d.line}:${d.col}: ${d.message}`;
}
/** Thrown when a workflow file cannot be used; carries every problem found, not just the first. */
class WorkflowError extends Error {
    diagnostics;
    constructor(diagnostics) {
        const printable = diagnostics.map((d) => ({ ...d, message: printableMessage(d.message) }));
        super(printable.map(formatDiagnostic).join('\n'));
        this.name = 'WorkflowError';
        this.diagnostics = printable;
    }
}
/** Longer runs without a space are cut: a value quoted in a message is there to be recognised. */
const LONGEST_WORD = 120;
const LONGEST_MESSAGE = 1000;
// Controls, DEL, C1 controls, and the marks that reorder or hide text on a terminal.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * A message as one line a terminal shows as written: a value's newlines, escape sequences
 * and direction marks become visible escapes (`\n`, `\u001b`), and a value of a megabyte
 * is cut to its start, so the sentence and its advice stay readable.
 */
function printableMessage(message) {
    const escaped = message.replace(UNPRINTABLE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const cut = escaped.replace(new RegExp(`\\S{${LONGEST_WORD + 1},}`, 'g'), (word) => `${word.slice(0, LONGEST_WORD - 20)}… (${word.length} characters)`);
    return cut.length > LONGEST_MESSAGE
        ? `${cut.slice(0, LONGEST_MESSAGE - 40)}… (${cut.length} characters in all)`
        : cut;
}


/***/ }),

/***/ 42333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   Y2: () => (/* binding */ childPointer),
/* harmony export */   cP: () => (/* binding */ pointerSegments),
/* harmony export */   oY: () => (/* binding */ SourceMap)
/* harmony export */ });
/* unused harmony export parentPointer */
class SourceMap {
    file;
    source;
    spans = new Map();
    /** Offset of the first character of every line. */
    lineStarts = [0];
    constructor(file, source) {
        this.file = file;
        this.source = source;
        for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
            this.lineStarts.push(i + 1);
        }
    }
    set(pointer, span) {
        this.spans.set(pointer, span);
    }
    has(pointer) {
        return this.spans.has(pointer);
    }
    /** The span of the pointer, or of its nearest ancestor that exists in the file. */
    span(pointer) {
        for (let p = pointer; p !== undefined; p = parentPointer(p)) {
            const span = this.spans.get(p);
            if (span)
                return span;
        }
        return { start: 0, end: 0, literal: false };
    }
    /** Offset of the key of the pointer's value (or of the value itself when it has no key). */
    keyOffset(pointer) {
        const own = this.spans.get(pointer);
        if (own)
            return own.keyStart ?? own.start;
        return this.span(pointer).start;
    }
    position(offset) {
        const starts = this.lineStarts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
    }
    /** The source text of the value at `pointer`, when the file holds it literally there. */
    textAt(pointer) {
        const span = this.spans.get(pointer);
        return span?.literal ? this.source.slice(span.start, span.end) : undefined;
    }
    range(start, end) {
        return { file: this.file, start: this.position(start), end: this.position(end) };
    }
    /** The `PositionIndex` of the Workflow model. */
    index = (pointer, at = 'value') => {
        const span = this.span(pointer);
        return at === 'key' && this.spans.has(pointer)
            ? this.range(this.keyOffset(pointer), span.end)
            : this.range(span.start, span.end);
    };
    /**
     * Source offset of `offset` inside the string value at `pointer`. Quoting, escapes and
     * block indentation make string offsets differ from source offsets, so the offset is
     * taken relative to the k-th `${{` of the value and the k-th `${{` is found in the source.
     */
    offsetInString(pointer, value, offset) {
        const span = this.span(pointer);
        if (!span.literal)
            return span.start;
        const text = this.source.slice(span.start, span.end);
        let k = -1;
        let anchor = 0;
        for (let i = value.indexOf('${{'); i >= 0 && i <= offset; i = value.indexOf('${{', i + 1)) {
            k++;
            anchor = i;
        }
        if (k < 0) {
            // No `${{` before the offset: exact only for plain text that was not rewritten.
            if (text.startsWith(value))
                return span.start + offset;
            const quoted = text.startsWith('"') || text.startsWith("'");
            return quoted && text.startsWith(value, 1) ? span.start + 1 + offset : span.start;
        }
        let at = -1;
        for (let i = 0; i <= k; i++) {
            at = text.indexOf('${{', at + 1);
            if (at < 0)
                return span.start;
        }
        return Math.min(span.start + at + (offset - anchor), span.end);
    }
}
/** `/steps/2/llm` → `/steps/2`; the root `''` has no parent. */
function parentPointer(pointer) {
    if (pointer === '')
        return undefined;
    return pointer.slice(0, pointer.lastIndexOf('/'));
}
function childPointer(pointer, key) {
    return `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
/** `/steps/2/llm` → `['steps', '2', 'llm']`. */
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** True when `pointer` is `ancestor` or lies inside it. */
function isWithin(pointer, ancestor) {
    return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}


/***/ }),

/***/ 49142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   M: () => (/* binding */ leadOf),
/* harmony export */   RA: () => (/* binding */ STEP_ID),
/* harmony export */   de: () => (/* binding */ whereOf),
/* harmony export */   et: () => (/* binding */ subjectOf)
/* harmony export */ });
/* harmony import */ var _positions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42333);

const STEP_ID = /^[a-z][a-z0-9_-]*$/;
function whereOf(root, pointer) {
    const segments = (0,_positions_js__WEBPACK_IMPORTED_MODULE_0__/* .pointerSegments */ .cP)(pointer);
    if (segments[0] === 'steps' && segments.length >= 2) {
        const index = Number(segments[1]);
        const steps = isObject(root) ? root.steps : undefined;
        const step = Array.isArray(steps) ? steps[index] : undefined;
        const id = isObject(step) ? step.id : undefined;
        const name = typeof id === 'string' && STEP_ID.test(id) ? `step '${id}'` : `steps[${index}]`;
        return { step: name, path: dotted(segments.slice(2)) };
    }
    return { step: '', path: dotted(segments) };
}
/** What a sentence is about: `step 'x': llm.prompt`, `step 'x'`, `budget.max_usd`, or `the workflow`. */
function subjectOf(where) {
    if (where.step && where.path)
        return `${where.step}: ${where.path}`;
    return where.step || where.path || 'the workflow';
}
/** `step 'x': ` before a sentence that names its own path, or nothing outside steps. */
function leadOf(where) {
    return where.step ? `${where.step}: ` : '';
}
function dotted(segments) {
    let out = '';
    for (const s of segments) {
        if (/^\d+$/.test(s))
            out += `[${s}]`;
        else
            out += out ? `.${s}` : s;
    }
    return out;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};
;