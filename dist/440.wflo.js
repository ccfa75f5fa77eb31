"use strict";
exports.id = 440;
exports.ids = [440];
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

/***/ 27205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bf: () => (/* binding */ roleRank),
/* harmony export */   Jf: () => (/* binding */ ApprovalSetupError),
/* harmony export */   gg: () => (/* binding */ ROLES)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);

/** Repository roles, weakest first (GitHub's `role_name`). */
const ROLES = ['read', 'triage', 'write', 'maintain', 'admin'];
/** The gate cannot work here (no pull request, unusable ids); one sentence for the user. */
class ApprovalSetupError extends _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WfloError */ .J {
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

/***/ 23801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ microsToUsd),
/* harmony export */   $m: () => (/* binding */ usdToMicros),
/* harmony export */   tF: () => (/* binding */ formatMicros)
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
/** Micro-dollars as `$1.25`: cents always, further digits only when they are not zero. */
function formatMicros(micros) {
    const sign = micros < 0 ? '-' : '';
    const abs = Math.abs(micros);
    const dollars = Math.floor(abs / 1_000_000);
    const frac = String(abs % 1_000_000).padStart(6, '0');
    const trimmed = frac.replace(/0+$/, '').padEnd(2, '0');
    return `${sign}$${dollars}.${trimmed}`;
}


/***/ }),

/***/ 7168:
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

/***/ 36184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ attemptMeter)
/* harmony export */ });
/* harmony import */ var _common_money_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23801);
/* harmony import */ var _prices_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51295);


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
                    const cost = (0,_prices_js__WEBPACK_IMPORTED_MODULE_1__/* .costMicros */ .dQ)(price, usage);
                    if (cost > reservation.amountMicros) {
                        // The server billed more than the bound: charge the truth and say so.
                        ctx.log.warn(`${label} cost ${(0,_common_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMicros */ .tF)(cost)}, above its reservation of ${(0,_common_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMicros */ .tF)(reservation.amountMicros)}`);
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


/***/ }),

/***/ 45163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ contextWindow),
/* harmony export */   r: () => (/* binding */ DEFAULT_CONTEXT_TOKENS)
/* harmony export */ });
/**
 * For a model neither the price table nor the workflow's `models:` gives a window for.
 * 128k is what most current chat models have at least (gpt-4o, Llama 3.1 and later, most
 * hosted open models). The plan's worst case holds whatever the real window is, since the
 * loop keeps every turn inside this one; a model with less should say so in `context_window`,
 * or its server refuses the turn that outgrows it.
 */
const DEFAULT_CONTEXT_TOKENS = 128_000;
/** The context window an agent runs with and the plan bounds it by: one source for both. */
function contextWindow(price) {
    return price.contextTokens ?? DEFAULT_CONTEXT_TOKENS;
}


/***/ }),

/***/ 2964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ createLedger),
/* harmony export */   Z: () => (/* binding */ BudgetExceededError)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _common_money_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23801);
// The budget ledger (DESIGN.md §4): every call that costs money reserves its worst case
// here first. JavaScript runs one callback at a time, so a reserve() that checks and
// records in the same synchronous call is atomic: parallel steps cannot overshoot together.


class BudgetExceededError extends _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WfloError */ .J {
    details;
    constructor(details) {
        super(`${details.label} needs a reservation of ${(0,_common_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMicros */ .tF)(details.requestedMicros)}, ` +
            `but the ${details.scope === 'run' ? 'run' : `step '${details.stepId}'`} has ` +
            `${(0,_common_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMicros */ .tF)(details.committedMicros)} of ${(0,_common_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMicros */ .tF)(details.limitMicros)} committed`);
        this.details = details;
        this.name = 'BudgetExceededError';
    }
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
            options.onWarning?.(`spend reached ${Math.round(fraction * 100)}% of the budget: ${(0,_common_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMicros */ .tF)(spent)} of ${(0,_common_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMicros */ .tF)(budget)}`);
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
// EXTERNAL MODULE: ./src/common/money.ts
var money = __webpack_require__(23801);
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

// EXTERNAL MODULE: ./src/common/secrets.ts
var secrets = __webpack_require__(7168);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
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
            error: `an expression in its fields failed: ${(0,errors/* messageOf */.b)(error)}`,
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
        if (error instanceof ledger/* BudgetExceededError */.Z)
            return { status: 'budget_exceeded', outputs: {}, error: error.message };
        if (error instanceof types/* EnvironmentError */.eG)
            return { status: 'failed', outputs: {}, error: error.message, environment: error.service };
        return { status: 'failed', outputs: {}, error: (0,errors/* messageOf */.b)(error) };
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
        log.warn(`continue_on_error could not be evaluated (${(0,errors/* messageOf */.b)(error)}); treating it as false`);
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

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ startsContainers),
/* harmony export */   Ts: () => (/* binding */ STOP_GRACE_MS),
/* harmony export */   bD: () => (/* reexport safe */ _common_errors_js__WEBPACK_IMPORTED_MODULE_0__.b),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   eG: () => (/* binding */ EnvironmentError),
/* harmony export */   o1: () => (/* binding */ StepTimeoutError)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);

/**
 * Whether a run of the workflow may start containers (a step's kind declares
 * `usesContainers`): the start-up sweep runs, and the action's post phase looks for what a
 * cancel could leave running.
 */
function startsContainers(workflow, registry) {
    return workflow.steps.some((s) => registry.get(s.kind)?.usesContainers === true);
}
// Kept for the files #12's branches change (src/agent/): import it from src/common/errors.ts.

class CancelledError extends _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WfloError */ .J {
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
class EnvironmentError extends _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WfloError */ .J {
    service;
    constructor(message, service, options) {
        super(message, options);
        this.service = service;
        this.name = 'EnvironmentError';
    }
}
class StepTimeoutError extends _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WfloError */ .J {
    timeoutMs;
    constructor(timeoutMs) {
        super(`timed out after ${timeoutMs} ms`);
        this.timeoutMs = timeoutMs;
        this.name = 'StepTimeoutError';
    }
}


/***/ }),

/***/ 22156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ LlmCallError),
/* harmony export */   u: () => (/* binding */ isOutage)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);

/** A chat call that did not produce a completion; the message is one sentence. */
class LlmCallError extends _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WfloError */ .J {
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

/***/ 67177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ contentFiltered)
/* harmony export */ });
// The sentence for a reply the provider's content filter withheld (llm and agent kinds alike).
/** finish_reason content_filter: the provider withheld the answer (or part of it). */
function contentFiltered(model) {
    return `${model}'s answer was withheld by the provider's content filter (finish_reason content_filter); change the prompt or the input it quotes`;
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
/* harmony import */ var _workflow_where_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49142);

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
            const role = (0,_workflow_where_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(m) ? ROLES.find((r) => r === m.role) : undefined;
            const content = (0,_workflow_where_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(m) ? m.content : undefined;
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
    if (schema !== undefined && !(0,_workflow_where_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(schema))
        return fail(`llm.output_schema must be a JSON Schema object, got ${show(schema)}`);
    return {
        ok: true,
        request: {
            model: model.trim(),
            messages: list,
            max_tokens: limit,
            ...(typeof temperature === 'number' ? { temperature } : {}),
            ...((0,_workflow_where_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(schema) ? { json_schema: { name: schemaName(stepId), schema } } : {}),
        },
    };
}
/** A structured-output name the API accepts (`[a-zA-Z0-9_-]{1,64}`), from a step id. */
function schemaName(stepId) {
    return stepId.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64) || 'output';
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
/* harmony import */ var _workflow_validate_steps_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19806);
/* harmony import */ var _approval_gateway_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27205);
/* harmony import */ var _approval_record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83846);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71922);
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
const isRole = (value) => typeof value === 'string' && _approval_gateway_js__WEBPACK_IMPORTED_MODULE_4__/* .ROLES */ .gg.includes(value);
/** The approver policy from rendered config; a problem as one sentence. */
function readPolicy(config) {
    const raw = isObject(config.approvers) ? config.approvers : {};
    const users = strings(raw.users);
    const teams = strings(raw.teams);
    if (raw.permission !== undefined && !isRole(raw.permission)) {
        return `approvers.permission must be one of ${_approval_gateway_js__WEBPACK_IMPORTED_MODULE_4__/* .ROLES */ .gg.join(', ')}, not ${JSON.stringify(raw.permission)}`;
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
    const outputs = (0,_approval_record_js__WEBPACK_IMPORTED_MODULE_6__/* .decisionOutputs */ .NT)(decision);
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
        if (error instanceof _approval_gateway_js__WEBPACK_IMPORTED_MODULE_4__/* .ApprovalSetupError */ .Jf)
            throw new _engine_types_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentError */ .eG(error.message, 'github', { cause: error });
        const detail = (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .messageOf */ .b)(error);
        throw new _engine_types_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentError */ .eG(`it could not reach GitHub (${detail})`, 'github', { cause: error });
    }
}
// A gate: changes made by the steps before it reach the checkout only once it approves.
const approvalKind = {
    kind: 'approval',
    gatesChanges: true,
    readsWorkspace: false,
    outputs: ['decision', 'approvers', 'comment', 'url', 'by_policy'],
    durationFields: ['timeout'],
    checkConfig({ config, pointers, at, problems }) {
        if (typeof config.auto_approve === 'string')
            (0,_workflow_validate_steps_js__WEBPACK_IMPORTED_MODULE_3__/* .singleExpression */ .p1)(config.auto_approve, pointers.get('auto_approve') ?? at, problems);
    },
    validate,
    run,
};


/***/ }),

/***/ 48440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  engine: () => (/* binding */ engine),
  isInputError: () => (/* binding */ isInputError)
});

// EXTERNAL MODULE: ./src/workflow/inputs.ts
var inputs = __webpack_require__(59624);
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
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
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
class OutputFileError extends errors/* WfloError */.J {
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
        throw new OutputFileError(`$WFLO_OUTPUT is not valid JSON (${(0,errors/* messageOf */.b)(error)})`);
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

// EXTERNAL MODULE: ./src/common/secrets.ts
var secrets = __webpack_require__(7168);
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
var workflow_errors = __webpack_require__(29658);
// EXTERNAL MODULE: ./src/workflow/duration.ts
var duration = __webpack_require__(61437);
;// CONCATENATED MODULE: ./src/sandbox/config.ts

const sandboxDefaults = {
    workspace: 'none',
    memory: '512m',
    disk: '1GiB',
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
const DISK_UNITS = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
const MIN_DISK_BYTES = 1024 ** 2;
const MAX_DISK_BYTES = 64 * 1024 ** 3;
/** `disk:` as bytes: `512MiB`, `2GiB`, `512m`, `1g`, or a number of bytes; 1 MiB to 64 GiB. */
function parseDisk(value) {
    const match = /^(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|b)?$/i.exec(String(value).trim());
    const unit = match ? DISK_UNITS[(match[2] ?? '').toLowerCase()] : undefined;
    if (typeof value === 'boolean' || !match || unit === undefined)
        throw new SandboxConfigError(`sandbox.disk must be a size such as 512MiB or 2GiB, not '${String(value)}'.`);
    const bytes = Math.floor(Number(match[1]) * unit);
    if (bytes < MIN_DISK_BYTES || bytes > MAX_DISK_BYTES)
        throw new SandboxConfigError(`sandbox.disk must be between 1MiB and 64GiB, not '${String(value)}'.`);
    return bytes;
}
/** A duration as workflow files write them (`30s`, `5m`, `1h30m`, or seconds), above zero. */
function parseDuration(value, field) {
    const parsed = typeof value === 'number' || typeof value === 'string'
        ? (0,duration/* parseDuration */.E9)(value)
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
    'disk',
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
        diskBytes: parseDisk(config.disk ?? sandboxDefaults.disk),
        nanoCpus: Math.round(cpus * 1e9),
        pidsLimit: pids,
        timeoutMs: parseDuration(config.timeout ?? sandboxDefaults.timeout, 'sandbox.timeout'),
        runtime: oneOf(config.runtime, 'sandbox.runtime', ['runc', 'runsc'], 'runc'),
        ...parseUser(config.user ?? sandboxDefaults.user),
    };
}

// EXTERNAL MODULE: ./src/sandbox/cleanup.ts
var cleanup = __webpack_require__(9823);
// EXTERNAL MODULE: ./src/workflow/validate-steps.ts + 1 modules
var validate_steps = __webpack_require__(19806);
;// CONCATENATED MODULE: ./src/steps/sandbox-traits.ts

const SANDBOX_TRAITS = {
    usesContainers: true,
    durationFields: ['timeout'],
    checkConfig({ config, pointers, problems, missing }) {
        if (config.image === undefined)
            missing('image');
        (0,validate_steps/* checkContainerSettings */.XU)(config, (field) => pointers.get(field), problems);
        (0,validate_steps/* checkProtectedPathsAllowed */.TG)(config, pointers, problems);
    },
};

// EXTERNAL MODULE: ./src/engine/attempts.ts + 1 modules
var attempts = __webpack_require__(59392);
// EXTERNAL MODULE: ./src/sandbox/runtime.ts
var sandbox_runtime = __webpack_require__(95655);
;// CONCATENATED MODULE: ./src/sandbox/container-spec.ts
// What every wflo container shares, whichever kind starts it (a `sandbox` step's one-shot
// container, an `agent` step's kept one): the image as inspected, and the limits.



const TMP_SIZE = 64 * 1024 * 1024;
const EMPTY_WORKSPACE_SIZE = 256 * 1024 * 1024;
const NOFILE = 1024;
/** The image's digest (or id) and VOLUMEs, pulling it first when missing, with progress in the log. */
async function resolveImage(runtime, image, ctx) {
    let info = await runtime.inspectImage(image, ctx.signal);
    if (!info) {
        ctx.log.info(`Pulling ${image}`);
        await runtime.pullImage(image, (line) => ctx.log.info(line), ctx.signal);
        info = await runtime.inspectImage(image, ctx.signal);
        if (!info)
            throw new sandbox_runtime/* ContainerRuntimeError */.k(`Docker pulled ${image} but cannot find it.`);
    }
    return { ref: info.repoDigest ?? info.id, volumes: info.volumes ?? [] };
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
/** Most entries looked at for nested `.git` before a read-only step is refused. */
const GIT_WALK_LIMIT = 200_000;
/**
 * Every `.git` under the checkout (directories and the `.git` files of submodules and
 * worktrees), in any letter case, without following symlinks. Throws when the checkout has
 * more than GIT_WALK_LIMIT entries: one that was not looked at could hide a token.
 */
async function findGitEntries(checkout) {
    const found = [];
    let seen = 0;
    const pending = [''];
    while (pending.length > 0) {
        const rel = pending.pop() ?? '';
        const entries = await (0,promises_.readdir)((0,external_node_path_.join)(checkout, rel), { withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
            if (++seen > GIT_WALK_LIMIT)
                throw new sandbox_runtime/* ContainerRuntimeError */.k(`the checkout ${checkout} holds more than ${GIT_WALK_LIMIT} entries, too many to check for nested .git folders; use workspace: copy`);
            const path = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.name.toLowerCase() === '.git') {
                if (entry.isDirectory() || entry.isFile())
                    found.push({ path, dir: entry.isDirectory() });
                continue;
            }
            // Dirent types come from lstat: a symlink is never entered.
            if (entry.isDirectory())
                pending.push(path);
        }
    }
    return found;
}
/**
 * `workspace: read-only`: the checkout bound read-only (and non-recursively: hardening.ts)
 * at `target`, every `.git` inside it covered — a directory by an empty read-only tmpfs, a
 * file by an empty read-only file from `scratchDir` — so no token or hook is readable.
 */
async function readOnlyCheckoutMounts(checkout, target, scratchDir) {
    const mounts = [{ type: 'bind', source: checkout, target, readOnly: true }];
    const gits = await findGitEntries(checkout);
    let empty;
    for (const git of gits) {
        if (git.dir) {
            mounts.push({
                type: 'tmpfs',
                target: `${target}/${git.path}`,
                sizeBytes: 4096,
                options: ['ro', 'noexec', 'nosuid', 'nodev', 'nr_inodes=16'],
            });
        }
        else {
            empty ??= await emptyFile(scratchDir);
            mounts.push({ type: 'bind', source: empty, target: `${target}/${git.path}`, readOnly: true });
        }
    }
    return mounts;
}
async function emptyFile(dir) {
    const folder = await (0,promises_.mkdtemp)((0,external_node_path_.join)(dir, 'wflo-empty-'));
    const path = (0,external_node_path_.join)(folder, 'empty');
    await (0,promises_.writeFile)(path, '', { mode: 0o444, flag: 'wx' });
    return path;
}
/** The output folder's cap: results are small; a full one fails the step, not the runner. */
const OUTPUT_DISK_BYTES = 64 * 1024 * 1024;
const OUTPUT_INODES = 1024;
/** One file per 8 KiB of `disk:` (131,072 for the default 1 GiB), at least the checkout's. */
const BYTES_PER_INODE = 8192;
/** Each image `VOLUME` gets a tmpfs this size, like /tmp. */
const IMAGE_VOLUME_BYTES = 64 * 1024 * 1024;
function copyVolumeLimits(config, checkoutFiles) {
    return {
        sizeBytes: config.diskBytes,
        inodes: Math.max(Math.ceil(config.diskBytes / BYTES_PER_INODE), checkoutFiles + 1024),
        uid: config.uid,
        gid: config.gid,
        // Workspace scripts run from the copy.
        exec: true,
    };
}
function outputVolumeLimits(config) {
    return {
        sizeBytes: OUTPUT_DISK_BYTES,
        inodes: OUTPUT_INODES,
        uid: config.uid,
        gid: config.gid,
        exec: false,
    };
}
/** Places wflo mounts itself; an image VOLUME below one of them cannot get its own. */
const OWN_PLACES = ['/workspace', '/run/wflo'];
/**
 * A capped, empty, noexec tmpfs for each image `VOLUME`: otherwise Docker makes an
 * unlabelled, uncapped, exec volume per container that nothing removes. Paths inside the
 * workspace or the output folder are refused (a mount there would hide or leak the step's
 * files); paths wflo already mounts are covered by that mount.
 */
function imageVolumeMounts(image, volumes, owner) {
    const mounts = [];
    for (const raw of volumes) {
        const path = raw.replace(/\/+$/, '') || '/';
        if (path === '/tmp' || OWN_PLACES.includes(path))
            continue;
        if (path === '/' || OWN_PLACES.some((p) => path.startsWith(`${p}/`)))
            throw new sandbox_runtime/* ContainerRuntimeError */.k(`image ${image} declares VOLUME ${raw}, inside a place wflo mounts itself (/workspace, /run/wflo); use an image without it`);
        mounts.push({
            type: 'tmpfs',
            target: path,
            sizeBytes: IMAGE_VOLUME_BYTES,
            options: [
                'rw',
                'noexec',
                'nosuid',
                'nodev',
                'nr_inodes=16384',
                `uid=${owner.uid}`,
                `gid=${owner.gid}`,
                'mode=0755',
            ],
        });
    }
    return mounts;
}
/** Idles on a shell builtin reading a stdin nobody writes: the image must have `sh`, nothing more. */
const HOLDER_CMD = ['sh', '-c', 'read _'];
const LABEL_ROLE = 'wflo.role';
/**
 * The volume holder: a tmpfs volume keeps its files only while some container mounts it,
 * and the step's container is filled before it starts and read after it exits. This one
 * mounts the volumes read-only from before the fill until after the read-back, and is
 * hardened like every container (hardening.ts) with even smaller limits of its own.
 */
async function startVolumeHolder(runtime, base, volumes, imageMounts) {
    const start = runtime.startContainer?.bind(runtime);
    if (!start)
        throw new sandbox_runtime/* ContainerRuntimeError */.k('this container runtime cannot keep a container running.');
    return start({
        ...base,
        labels: { ...base.labels, [LABEL_ROLE]: 'holder' },
        cmd: HOLDER_CMD,
        env: {},
        openStdin: true,
        network: 'none',
        memoryBytes: 32 * 1024 * 1024,
        nanoCpus: 250_000_000,
        // gVisor's sandbox threads count against the pids limit.
        pidsLimit: base.runtime === 'runsc' ? 64 : 8,
        tmpSizeBytes: 1024 * 1024,
        mounts: [...volumes.map((v) => ({ ...v, readOnly: true })), ...imageMounts],
    }, 
    // Not cut short by a cancel: an aborted create may still make the container after our
    // removal ran, and we would not know its id. Starting one takes a fraction of a second.
    { signal: new AbortController().signal });
}
/** A tmpfs cap reached inside the container shows as ENOSPC in what the command printed. */
function filledACap(stderr) {
    return /No space left on device|ENOSPC/i.test(stderr);
}

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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
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

;// CONCATENATED MODULE: ./src/steps/change-rules.ts
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

;// CONCATENATED MODULE: ./src/steps/sandbox.ts













const DEFAULTS = { graceMs: types/* STOP_GRACE_MS */.Ts, outputCapBytes: 1024 * 1024 };
function resourceName(runId, stepId, attempt, what) {
    const safe = `${runId}-${stepId}`.replace(/[^a-zA-Z0-9_.-]/g, '-');
    return `wflo-${safe}-${attempt}-${what}-${Math.random().toString(36).slice(2, 8)}`;
}
const MIB = 1024 * 1024;
/** The caps a step can fill, in the words the docs use. */
function capsSentence(config) {
    const copy = config.workspace === 'copy'
        ? `the workspace copy holds ${config.diskBytes / MIB} MiB (disk:), `
        : '';
    return `${copy}$WFLO_OUTPUT's folder ${OUTPUT_DISK_BYTES / MIB} MiB, /tmp ${TMP_SIZE / MIB} MiB`;
}
function failed(error, outputs = {}) {
    return { status: 'failed', outputs, error };
}
async function runSandbox(ctx, options) {
    let config;
    try {
        config = parseSandboxConfig(withoutChangeRules(ctx.config));
    }
    catch (error) {
        if (error instanceof SandboxConfigError)
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
    let holder;
    try {
        if (config.runtime === 'runsc') {
            // Fail closed: never fall back to runc when gVisor was asked for.
            const available = await runtime.runtimes(ctx.signal);
            if (!available.includes('runsc')) {
                return failed(`it asks for runtime: runsc (gVisor), but this Docker engine offers only ${available.join(', ')}; install gVisor or use runtime: runc`);
            }
        }
        const image = await resolveImage(runtime, config.image, ctx);
        const digest = image.ref;
        const { uid, gid } = config;
        const imageMounts = imageVolumeMounts(config.image, image.volumes, config);
        const base = containerBase(config, labels, digest);
        const snapshot = config.workspace === 'copy' ? await snapshotCheckout(ctx.run.workspace) : undefined;
        if (snapshot) {
            let bytes = 0;
            for (const entry of snapshot.values())
                if (entry.type === 'file')
                    bytes += entry.size;
            if (bytes > config.diskBytes)
                return failed(`the checkout (${bytes} bytes) does not fit its disk cap of ${config.diskBytes} bytes; raise disk:`);
        }
        const outVolume = resourceName(ctx.run.id, ctx.step.id, ctx.attempt, 'out');
        const holderVolumes = [
            { type: 'volume', source: outVolume, target: OUTPUT_DIR, readOnly: false },
        ];
        // Listed for removal first: an aborted request may still have created it.
        volumes.push(outVolume);
        // Not cut short by a cancel: an aborted request may still create the volume after the
        // removal in `finally` has run, and leave it behind. Creating one takes milliseconds.
        const created = [
            runtime.createVolume(outVolume, labels, undefined, outputVolumeLimits(config)),
        ];
        const mounts = [...holderVolumes, ...imageMounts];
        if (config.workspace === 'none') {
            mounts.push({
                type: 'tmpfs',
                target: '/workspace',
                sizeBytes: EMPTY_WORKSPACE_SIZE,
                options: ['rw', 'exec', 'nosuid', 'nodev', `uid=${uid}`, `gid=${gid}`, 'mode=0755'],
            });
        }
        else if (config.workspace === 'read-only') {
            mounts.push(...(await readOnlyCheckoutMounts(ctx.run.workspace, '/workspace', ctx.run.tempDir)));
        }
        else {
            const wsVolume = resourceName(ctx.run.id, ctx.step.id, ctx.attempt, 'ws');
            volumes.push(wsVolume);
            created.push(runtime.createVolume(wsVolume, labels, undefined, copyVolumeLimits(config, snapshot?.size ?? 0)));
            const mount = {
                type: 'volume',
                source: wsVolume,
                target: '/workspace',
                readOnly: false,
            };
            mounts.push(mount);
            holderVolumes.push(mount);
        }
        await Promise.all(created);
        holder = await startVolumeHolder(runtime, base, holderVolumes, imageMounts);
        ctx.signal.throwIfAborted();
        const copyIn = snapshot ? packCheckout(ctx.run.workspace, snapshot, uid, gid) : undefined;
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
            ...base,
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
            archivesIn: [
                { path: OUTPUT_DIR, tar: await outputDirArchive(uid, gid) },
                ...(copyIn ? [{ path: '/workspace', tar: copyIn }] : []),
            ],
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
                                    changeSet = await readChanges(tar, ctx.run.workspace, snap);
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
            .finally(() => {
            ctx.signal.removeEventListener('abort', onAbort);
            // Stops reading the checkout if the engine gave up before taking all of it.
            copyIn?.destroy();
        });
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
        if (result.exitCode !== 0 && filledACap(result.stderr.data.toString('utf8')))
            return failed(`the command exited with code ${result.exitCode} after filling a disk cap (No space left on device): ${capsSentence(config)}`, outputs);
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
        // The holder first: a volume it still mounts cannot be removed.
        await holder?.remove().catch(() => undefined);
        for (const volume of volumes)
            await runtime.removeVolume(volume).catch(() => undefined);
    }
}
/** Static checks `wflo validate` runs; fields holding expressions are checked when the step runs. */
function validate(step, workflow) {
    const config = {};
    for (const [key, value] of Object.entries(withoutChangeRules(step.config))) {
        if (!(typeof value === 'string' && value.includes('${{')))
            config[key] = value;
    }
    // Stand-ins for fields that are only known at run time.
    config.run ??= 'true';
    config.image ??= 'image';
    try {
        parseSandboxConfig(config);
        return [];
    }
    catch (error) {
        if (!(error instanceof SandboxConfigError))
            throw error;
        const field = /sandbox\.(\w+)/.exec(error.message)?.[1];
        const pointer = field && field in step.config
            ? `${step.pointer}/sandbox/${field}`
            : `${step.pointer}/sandbox`;
        return [(0,workflow_errors/* diagnosticAt */.R5)(workflow.positionOf(pointer), error.message)];
    }
}
function createSandboxKind(options = {}) {
    const resolved = {
        graceMs: options.graceMs ?? DEFAULTS.graceMs,
        outputCapBytes: options.outputCapBytes ?? DEFAULTS.outputCapBytes,
    };
    return {
        kind: 'sandbox',
        ...SANDBOX_TRAITS,
        literalKeys: ['run'],
        validate,
        changeRules: changeRulesOf,
        run: (ctx) => runSandbox(ctx, resolved),
    };
}
const sandboxKind = createSandboxKind();

// EXTERNAL MODULE: ./src/cost/ledger.ts
var ledger = __webpack_require__(2964);
// EXTERNAL MODULE: ./src/common/money.ts
var money = __webpack_require__(23801);
// EXTERNAL MODULE: ./src/cost/prices.ts
var prices = __webpack_require__(51295);
// EXTERNAL MODULE: ./src/workflow/config-source.ts
var config_source = __webpack_require__(47521);
// EXTERNAL MODULE: ./src/llm/client.ts
var client = __webpack_require__(22156);
// EXTERNAL MODULE: ./src/llm/model-params.ts
var model_params = __webpack_require__(36537);
// EXTERNAL MODULE: ./src/llm/step-config.ts
var step_config = __webpack_require__(57376);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
// EXTERNAL MODULE: ./src/workflow/positions.ts
var positions = __webpack_require__(42333);
// EXTERNAL MODULE: ./src/llm/strict-schema.ts
var strict_schema = __webpack_require__(11456);
;// CONCATENATED MODULE: ./src/llm/structured-output.ts
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
    const strict = (0,strict_schema/* toStrictSchema */.uF)(schema);
    return strict.ok ? [] : strict.problems;
}
/** Prepares one step's structured output; `field` names it in the sentence (`llm.output_schema`). */
function structuredOutput(name, schema, field) {
    const validate = compile(schema);
    if (typeof validate === 'string')
        return { ok: false, error: `${field} is not a valid JSON Schema: ${validate}` };
    const strict = (0,strict_schema/* toStrictSchema */.uF)(schema);
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
    const value = (0,strict_schema/* dropAddedNulls */.SK)(parsed, schema);
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
        return new (ajv_default())({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    }
    catch (error) {
        return (0,errors/* messageOf */.b)(error);
    }
}
/** ` at properties.name.minLength`, for a pointer inside the schema. */
function where(pointer) {
    const segments = (0,positions/* pointerSegments */.cP)(pointer);
    return segments.length === 0 ? '' : ` at ${segments.join('.')}`;
}

// EXTERNAL MODULE: ./src/workflow/where.ts
var workflow_where = __webpack_require__(49142);
;// CONCATENATED MODULE: ./src/steps/output-schema.ts
// Where an output_schema goes wrong, for `wflo validate`: shared by the llm and agent kinds.




const EXPRESSION = /\$\{\{/;
/**
 * An output_schema's problems at the line of the keyword at fault: not a JSON Schema, or a
 * keyword OpenAI's strict mode refuses. A schema holding expressions is checked when it runs.
 */
function outputSchemaDiagnostics(step, workflow) {
    const schema = step.config.output_schema;
    if (!(0,workflow_where/* isObject */.Gv)(schema) || EXPRESSION.test(JSON.stringify(schema)))
        return [];
    const base = (0,config_source/* configPointer */.I)(step, 'output_schema');
    return outputSchemaProblems(schema).map((p) => (0,workflow_errors/* diagnosticAt */.R5)(workflow.positionOf(pointerIn(base, p.pointer), 'key'), p.message));
}
/** `base` + a pointer inside the value at `base`. */
function pointerIn(base, inner) {
    return inner === '' ? base : `${base}${inner}`;
}

// EXTERNAL MODULE: ./src/cost/attempt-meter.ts
var attempt_meter = __webpack_require__(36184);
// EXTERNAL MODULE: ./src/llm/content-filter.ts
var content_filter = __webpack_require__(67177);
;// CONCATENATED MODULE: ./src/steps/llm.ts















const llm_EXPRESSION = /\$\{\{/;
const llmKind = {
    kind: 'llm',
    spendsMoney: true,
    readsWorkspace: false,
    outputs: ['text', 'json', 'model', 'finish_reason', 'usage', 'cost_usd'],
    // Token counting is loaded when a plan asks, not when a file is validated.
    worstCase: async (step, workflow) => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(266)]).then(__webpack_require__.bind(__webpack_require__, 97266))).llmStepWorstCase(step, workflow),
    checkConfig: checkLlmConfig,
    validate: validateLlmStep,
    run: runLlmStep,
};
function checkLlmConfig({ config, pointers, at, problems, missing, misspelt }) {
    if (config.model === undefined)
        missing('model');
    const hasPrompt = config.prompt !== undefined;
    const hasMessages = config.messages !== undefined;
    if (!hasPrompt && !hasMessages && !misspelt('prompt') && !misspelt('messages')) {
        problems.key(at, (w) => `${w.step}: llm needs a prompt or messages`);
    }
    else if (hasPrompt && hasMessages) {
        problems.key(pointers.get('messages') ?? at, (w) => `${w.step}: llm has both prompt and messages; use one`);
    }
}
function validateLlmStep(step, workflow) {
    const problems = [];
    const { model } = step.config;
    // A model chosen by an expression is priced when the step runs.
    if (typeof model === 'string' && !llm_EXPRESSION.test(model) && !(0,prices/* priceOf */.xx)(model.trim(), workflow)) {
        problems.push((0,workflow_errors/* diagnosticAt */.R5)(rangeOf(step, workflow, 'model'), noPriceMessage(model.trim())));
    }
    problems.push(...outputSchemaDiagnostics(step, workflow));
    return problems;
}
/** Where the field was written: in the step, or in `defaults.llm`. */
function rangeOf(step, workflow, field) {
    return workflow.positionOf((0,config_source/* configPointer */.I)(step, field));
}
function noPriceMessage(model) {
    return (`model '${model}' has no known price, so its calls cannot be budgeted; ` +
        `give one in USD per million tokens at the top level of the workflow: ${(0,prices/* priceHint */.Ly)(model)}`);
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
        throw new types/* EnvironmentError */.eG('it needs an OpenAI-compatible API and no key is set', 'model_api');
    const parsed = (0,step_config/* chatRequestOf */.JY)(stepId, ctx.config);
    if (!parsed.ok)
        return failed(parsed.error);
    let request = parsed.request;
    const price = (0,prices/* priceOf */.xx)(request.model, ctx.run.workflow);
    if (!price)
        return failed(noPriceMessage(request.model));
    // The request carries the strict form of the schema; the answer is read against the user's own.
    let output;
    if (request.json_schema) {
        const prepared = structuredOutput(request.json_schema.name, request.json_schema.schema, 'llm.output_schema');
        if (!prepared.ok)
            return failed(prepared.error);
        output = prepared.output;
        request = { ...request, json_schema: output.format };
    }
    if (request.temperature !== undefined && !(0,model_params/* modelParameters */.aD)(request.model).temperature) {
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
    const meter = (0,attempt_meter/* attemptMeter */.v)(ctx, estimate, price);
    let result;
    try {
        result = await llm.chat(request, { signal: ctx.signal, beforeAttempt: meter.beforeAttempt });
    }
    catch (error) {
        if (error instanceof ledger/* BudgetExceededError */.Z) {
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
        if ((0,client/* isOutage */.u)(error))
            return {
                ...failed(error.message, costOutputs(meter.chargedMicros)),
                costMicros: meter.chargedMicros,
                environment: 'model_api',
            };
        return {
            ...failed((0,errors/* messageOf */.b)(error), costOutputs(meter.chargedMicros)),
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
        cost_usd: (0,money/* microsToUsd */.$Y)(meter.chargedMicros),
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
        return done('failed', (0,content_filter/* contentFiltered */.J)(result.model));
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
function budgetSentence(error, ledger, model, estimate) {
    const d = error.details;
    const spent = d.scope === 'run' ? ledger.spentMicros() : ledger.stepSpentMicros(d.stepId);
    const held = d.committedMicros - spent;
    const whose = d.scope === 'run' ? "the run's budget" : `the step's budget`;
    return (`step '${d.stepId}' did not call ${model}: its reservation of ${(0,money/* formatMicros */.tF)(d.requestedMicros)} ` +
        `(${estimate.input.tokens} input tokens at most, ${estimate.maxOutputTokens} output tokens at most) ` +
        `does not fit ${whose} of ${(0,money/* formatMicros */.tF)(d.limitMicros)}, of which ${(0,money/* formatMicros */.tF)(spent)} is spent` +
        (held > 0 ? ` and ${(0,money/* formatMicros */.tF)(held)} is held by calls in flight` : ''));
}
function costOutputs(micros) {
    return { cost_usd: (0,money/* microsToUsd */.$Y)(micros) };
}
function zeroUsage() {
    return { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, reasoning_tokens: 0 };
}
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

// EXTERNAL MODULE: ./src/steps/approval.ts
var approval = __webpack_require__(98072);
// EXTERNAL MODULE: ./src/sandbox/exec.ts
var exec = __webpack_require__(71242);
// EXTERNAL MODULE: ./src/agent/tools.ts
var agent_tools = __webpack_require__(15386);
;// CONCATENATED MODULE: ./src/agent/container.ts






function volumeName(ctx, what) {
    const safe = `${ctx.run.id}-${ctx.step.id}`.replace(/[^a-zA-Z0-9_.-]/g, '-');
    return `wflo-${safe}-${ctx.attempt}-agent-${what}-${Math.random().toString(36).slice(2, 8)}`;
}
/** The checkout is larger than the step's `disk:`: the step's own setting, not the engine. */
class AgentDiskError extends Error {
    constructor(message) {
        super(message);
        this.name = 'AgentDiskError';
    }
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
        const image = await resolveImage(runtime, config.image, ctx);
        // The agent's tools address the workspace by the same path the sandbox kind uses.
        const base = { ...containerBase(config, labels, image.ref), workingDir: agent_tools/* WORKSPACE */.un };
        const mounts = imageVolumeMounts(config.image, image.volumes, config);
        let copyIn;
        let snapshot;
        const { uid, gid } = config;
        if (config.workspace === 'none') {
            mounts.push({
                type: 'tmpfs',
                target: agent_tools/* WORKSPACE */.un,
                sizeBytes: EMPTY_WORKSPACE_SIZE,
                options: ['rw', 'exec', 'nosuid', 'nodev', `uid=${uid}`, `gid=${gid}`, 'mode=0755'],
            });
        }
        else if (config.workspace === 'read-only') {
            mounts.push(...(await readOnlyCheckoutMounts(ctx.run.workspace, agent_tools/* WORKSPACE */.un, ctx.run.tempDir)));
        }
        else {
            snapshot = await snapshotCheckout(ctx.run.workspace);
            let bytes = 0;
            for (const entry of snapshot.values())
                if (entry.type === 'file')
                    bytes += entry.size;
            if (bytes > config.diskBytes)
                throw new AgentDiskError(`the checkout (${bytes} bytes) does not fit its disk cap of ${config.diskBytes} bytes; raise sandbox.disk`);
            const volume = volumeName(ctx, 'ws');
            volumes.push(volume);
            // Not cut short by a cancel (an aborted request may create it after the removal ran).
            await runtime.createVolume(volume, labels, undefined, copyVolumeLimits(config, snapshot.size));
            mounts.push({ type: 'volume', source: volume, target: agent_tools/* WORKSPACE */.un, readOnly: false });
            // Filled once running: the kept container itself holds the tmpfs volume mounted.
            copyIn = packCheckout(ctx.run.workspace, snapshot, uid, gid);
        }
        box = await start({ ...base, cmd: exec/* KEEP_ALIVE_CMD */.T, env: { HOME: '/tmp', ...config.env }, mounts }, { signal: ctx.signal, ...(copyIn ? { archivesIn: [{ path: agent_tools/* WORKSPACE */.un, tar: copyIn }] } : {}) }).finally(() => copyIn?.destroy());
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

// EXTERNAL MODULE: ./src/cost/context-window.ts
var context_window = __webpack_require__(45163);
// EXTERNAL MODULE: ./src/sandbox/read-back.ts
var read_back = __webpack_require__(40975);
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
    if (!(0,workflow_where/* isObject */.Gv)(sandbox))
        return fail('agent.sandbox is required: the container the tools run in (at least its image)');
    let commandTimeoutMs;
    try {
        commandTimeoutMs = parseDuration(command_timeout ?? AGENT_DEFAULTS.commandTimeout, 'agent.command_timeout');
    }
    catch (error) {
        return fail((0,errors/* messageOf */.b)(error));
    }
    const schema = config.output_schema;
    if (schema !== undefined && !(0,workflow_where/* isObject */.Gv)(schema))
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
            ...((0,workflow_where/* isObject */.Gv)(schema) ? { outputSchema: schema } : {}),
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
        sandbox = parseSandboxConfig(sandboxFields(config.sandbox));
    }
    catch (error) {
        if (error instanceof SandboxConfigError)
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
        return failed(agent_noPriceMessage(config.model));
    // The turns carry the strict form of the schema; the final answer is read against the user's own.
    let output;
    if (config.outputSchema) {
        const prepared = structuredOutput((0,step_config/* schemaName */.l_)(stepId), config.outputSchema, 'agent.output_schema');
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
        if (error instanceof AgentDiskError)
            return { status: 'failed', outputs: {}, error: error.message };
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
            set: await (0,read_back/* readBack */.e7)((signal) => container.box.getArchive(agent_tools/* WORKSPACE */.un, signal), (tar) => readChanges(tar, checkout, snapshot), { path: agent_tools/* WORKSPACE */.un, signal: cancel.signal }),
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
    const problems = [...outputSchemaDiagnostics(step, workflow)];
    const model = step.config.model;
    if (typeof model === 'string' && !model.includes('${{') && !(0,prices/* priceOf */.xx)(model.trim(), workflow)) {
        problems.push((0,workflow_errors/* diagnosticAt */.R5)(workflow.positionOf((0,config_source/* configPointer */.I)(step, 'model')), agent_noPriceMessage(model.trim())));
    }
    const sandbox = step.config.sandbox;
    if ((0,workflow_where/* isObject */.Gv)(sandbox)) {
        // Fields holding expressions are checked when the step runs; the image may be one.
        const literal = { image: 'image' };
        for (const [key, value] of Object.entries(sandbox))
            if (!(typeof value === 'string' && value.includes('${{')))
                literal[key] = value;
        try {
            parseSandboxConfig(sandboxFields(literal));
        }
        catch (error) {
            if (!(error instanceof SandboxConfigError))
                throw error;
            // Pointed at the field itself (its line:col) when it is written on the step.
            const field = /sandbox\.(\w+)/.exec(error.message)?.[1];
            const pointer = field && field in sandbox
                ? `${(0,config_source/* configPointer */.I)(step, 'sandbox')}/${field}`
                : (0,config_source/* configPointer */.I)(step, 'sandbox');
            problems.push((0,workflow_errors/* diagnosticAt */.R5)(workflow.positionOf(pointer), `agent.${error.message}`));
        }
    }
    return problems;
}
function agent_noPriceMessage(model) {
    return (`model '${model}' has no known price, so the agent's turns cannot be budgeted; ` +
        `give one in USD per million tokens at the top level of the workflow: ${(0,prices/* priceHint */.Ly)(model)}`);
}
function createAgentKind(options = {}) {
    return {
        kind: 'agent',
        usesContainers: true,
        spendsMoney: true,
        outputs: ['text', 'json', 'turns', 'tool_calls', 'stop_reason', 'changes', 'usage', 'cost_usd'],
        durationFields: ['command_timeout'],
        worstCase: agentWorstCase,
        checkConfig: checkAgentConfig,
        validate: validateAgentStep,
        changeRules: changeRulesOf,
        run: (ctx) => runAgentStep(ctx, options),
    };
}
/** The most an agent step can spend, as the plan prints it (estimateAgentStep). */
async function agentWorstCase(step, workflow) {
    // Token counting is loaded when a plan asks, not when a file is validated.
    const { estimateAgentStep } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(266)]).then(__webpack_require__.bind(__webpack_require__, 97266));
    const agent = estimateAgentStep(step, workflow, { ...AGENT_DEFAULTS, contextWindow: context_window/* contextWindow */.q });
    return agent.ok ? agent.worstCaseMicros : { reason: agent.reason };
}
function checkAgentConfig({ config, pointers, at, problems, missing }) {
    if (config.model === undefined)
        missing('model');
    (0,validate_steps/* checkProtectedPathsAllowed */.TG)(config, pointers, problems);
    const sandbox = config.sandbox;
    if (!(0,workflow_where/* isObject */.Gv)(sandbox) || sandbox.image === undefined) {
        problems.key(at, (w) => `${w.step}: agent has no sandbox.image; set agent.sandbox.image or defaults.agent.sandbox.image`);
    }
    else {
        const p = pointers.get('sandbox');
        (0,validate_steps/* checkContainerSettings */.XU)(sandbox, (field) => p && `${p}/${field}`, problems);
    }
}
const agentKind = createAgentKind();

;// CONCATENATED MODULE: ./src/steps/index.ts





/** Every kind this build supports; a new kind is one line here. */
function builtinKinds() {
    const kinds = [shellKind, sandboxKind, llmKind, agentKind, approval/* approvalKind */.iG];
    return new Map(kinds.map((k) => [k.kind, k]));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
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
        problems.at(0, '', `the YAML could not be read: ${(0,errors/* messageOf */.b)(error)}`);
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

// EXTERNAL MODULE: ./src/workflow/schema.ts + 1 modules
var schema = __webpack_require__(46292);
// EXTERNAL MODULE: ./src/workflow/validate-expressions.ts
var validate_expressions = __webpack_require__(42289);
// EXTERNAL MODULE: ./src/workflow/suggest.ts
var suggest = __webpack_require__(85255);
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
            problems.value(at, (w) => `${w.step} needs '${name}', which is not a step${(0,suggest/* didYouMean */.a)(name, indexOf.keys())}`);
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

// EXTERNAL MODULE: ./src/workflow/validate-values.ts
var validate_values = __webpack_require__(77386);
;// CONCATENATED MODULE: ./src/workflow/validate.ts
// The semantic pass: everything the schema cannot check, each problem positioned, and the
// `Workflow` model built from the file's value (DESIGN.md §2).






const DEFAULT_MAX_PARALLEL = 4;
/** Builds the Workflow, reporting every semantic problem; returns the kinds' own diagnostics too. */
function validateWorkflow(v) {
    const { root, problems, map, registry } = v;
    const inputs = (0,validate_values/* readInputs */.Ko)(root.inputs, problems);
    const budget = (0,validate_values/* readBudget */.OW)(root.budget, problems);
    const models = (0,validate_values/* readModels */.FJ)(root.models, problems);
    const steps = Array.isArray(root.steps) ? root.steps : [];
    const graph = buildGraph(steps, problems);
    (0,validate_steps/* checkDefaults */.HV)(root.defaults, problems, registry);
    const drafts = steps.map((step, i) => (0,validate_steps/* readStep */.jg)(step, i, { problems, defaults: root.defaults, budget, registry }));
    const facts = {
        map,
        problems,
        graph,
        inputs,
        kinds: drafts.map((d) => d?.spec.kind || undefined),
        registry,
    };
    drafts.forEach((draft, i) => {
        if (!draft)
            return;
        const step = steps[i];
        const spec = draft.spec;
        spec.needs = (graph.needs[i] ?? []).map((n) => graph.ids[n] ?? `steps[${n}]`);
        const scope = { contexts: validate_expressions/* CONTEXTS */.Jo, step: i };
        if (typeof step.if === 'string') {
            const condition = (0,validate_expressions/* checkIf */.gX)(step.if, `${spec.pointer}/if`, scope, facts);
            if (condition !== undefined)
                spec.if = condition;
        }
        else if (typeof step.if === 'boolean') {
            spec.if = String(step.if);
        }
        if (typeof step.continue_on_error === 'string') {
            (0,validate_expressions/* checkValue */.Su)(step.continue_on_error, `${spec.pointer}/continue_on_error`, scope, facts);
        }
        const literal = new Set(['run', ...(registry.get(spec.kind)?.literalKeys ?? [])]);
        for (const [key, value] of Object.entries(spec.config)) {
            const pointer = draft.configPointers.get(key) ?? spec.pointer;
            if (literal.has(key))
                checkLiteral(value, pointer, problems);
            else
                (0,validate_expressions/* checkValue */.Su)(value, pointer, scope, facts);
        }
    });
    if (root.env !== undefined)
        (0,validate_expressions/* checkValue */.Su)(root.env, '/env', { contexts: validate_expressions/* TOP_ENV_CONTEXTS */.bz }, facts);
    if (root.outputs !== undefined)
        (0,validate_expressions/* checkValue */.Su)(root.outputs, '/outputs', { contexts: validate_expressions/* CONTEXTS */.Jo }, facts);
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
                message: `step '${step.id}': the ${step.kind} kind's checks failed: ${(0,errors/* messageOf */.b)(error)}`,
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
            throw new workflow_errors/* WorkflowError */.s8([
                at(path, `the file is ${size} bytes, over the limit of ${MAX_FILE_BYTES} bytes (1 MiB)`),
            ]);
        }
        bytes = await (0,promises_.readFile)(where);
    }
    catch (error) {
        if (error instanceof workflow_errors/* WorkflowError */.s8)
            throw error;
        const reason = (0,errors/* messageOf */.b)(error);
        throw new workflow_errors/* WorkflowError */.s8([at(path, `cannot read the workflow file (${reason})`)]);
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
        throw new workflow_errors/* WorkflowError */.s8([
            {
                file: path,
                line,
                col,
                message: `byte 0x${hex} (at byte offset ${bad}) is not valid UTF-8; workflow files are UTF-8 text, so save the file as UTF-8`,
            },
        ]);
    }
    return check(bytes.toString('utf8'), path, options, load_sha256(bytes));
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
    return check(source, file, options, load_sha256(Buffer.from(source, 'utf8')));
}
function check(source, file, options, hash) {
    const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
    const { value, map, problems, broken } = parseYaml(text, file);
    if (broken)
        throw new workflow_errors/* WorkflowError */.s8(problems.diagnostics(undefined));
    if (!(0,workflow_where/* isObject */.Gv)(value)) {
        const what = value === undefined || value === null ? 'is empty' : 'is not a mapping';
        problems.at(0, '', `the workflow ${what}; it needs at least version: 1 and steps`);
        throw new workflow_errors/* WorkflowError */.s8(problems.diagnostics(value));
    }
    (0,schema/* checkSchema */._U)(value, problems);
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
        throw new workflow_errors/* WorkflowError */.s8(diagnostics);
    return workflow;
}
function at(file, message) {
    return { file, line: 1, col: 1, message };
}
function load_sha256(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}

;// CONCATENATED MODULE: ./src/wiring/engine.ts



const engine = {
    load: loadWorkflow,
    // The scheduler is loaded for a run only, so validating or planning a file does not load it.
    run: async (options) => (await __webpack_require__.e(/* import() */ 974).then(__webpack_require__.bind(__webpack_require__, 47974))).runWorkflow(options),
    registry: builtinKinds,
};
/** The engine refused the run's inputs (missing, unknown, wrong type): invalid input, like a bad flag. */
function isInputError(err) {
    return err instanceof inputs/* InputError */.d;
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
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);

function diagnosticAt(range, message) {
    return { file: range.file, line: range.start.line, col: range.start.col, message };
}
function formatDiagnostic(d) {
    return `${d.file}:${d.line}:${d.col}: ${d.message}`;
}
/** Thrown when a workflow file cannot be used; carries every problem found, not just the first. */
class WorkflowError extends _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WfloError */ .J {
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

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
;// CONCATENATED MODULE: ./src/workflow/expression-evaluate.ts
// Evaluates a parsed, checked expression against lazily converted context data.


/** An evaluation failure located at the function call that failed (offset relative to the expression text). */
class EvaluationFailure extends errors/* WfloError */.J {
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
            const reason = (0,errors/* messageOf */.b)(e);
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
        const reason = (0,errors/* messageOf */.b)(e);
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
    const message = (0,errors/* messageOf */.b)(e);
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

class ExpressionError extends errors/* WfloError */.J {
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

/***/ 59624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError),
/* harmony export */   e: () => (/* binding */ resolveInputs)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);

/** A run input that is missing, unknown or of the wrong type; the message names the input. */
class InputError extends _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WfloError */ .J {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
/**
 * Checks the given inputs against the file's `inputs:` and coerces them to their types.
 * CLI values arrive as strings (`--input n=3`), the action's as YAML scalars; both are accepted.
 */
function resolveInputs(workflow, given) {
    const declared = workflow.inputs;
    const resolved = {};
    for (const name of Object.keys(given)) {
        if (!Object.hasOwn(declared, name)) {
            const known = Object.keys(declared);
            throw new InputError(`unknown input '${name}': ${workflow.file} declares ${known.length > 0 ? known.map((k) => `'${k}'`).join(', ') : 'no inputs'}`);
        }
    }
    for (const [name, spec] of Object.entries(declared)) {
        const raw = Object.hasOwn(given, name) ? given[name] : spec.default;
        if (raw === undefined || raw === null) {
            if (spec.required)
                throw new InputError(`input '${name}' is required (${spec.type})`);
            resolved[name] = null;
            continue;
        }
        const value = coerce(name, spec.type, raw);
        if (spec.enum && !spec.enum.includes(value)) {
            throw new InputError(`input '${name}' must be one of ${spec.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value)}`);
        }
        resolved[name] = value;
    }
    return resolved;
}
function coerce(name, type, raw) {
    switch (type) {
        case 'string':
            if (typeof raw === 'object')
                throw new InputError(`input '${name}' must be a string, got ${JSON.stringify(raw)}`);
            return String(raw);
        case 'number': {
            const n = typeof raw === 'number'
                ? raw
                : typeof raw === 'string' && raw.trim() !== ''
                    ? Number(raw)
                    : NaN;
            if (!Number.isFinite(n))
                throw new InputError(`input '${name}' must be a number, got ${JSON.stringify(raw)}`);
            return n;
        }
        case 'boolean':
            if (raw === true || raw === 'true')
                return true;
            if (raw === false || raw === 'false')
                return false;
            throw new InputError(`input '${name}' must be true or false, got ${JSON.stringify(raw)}`);
    }
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

/***/ 46292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mP: () => (/* binding */ SCHEMA_KINDS),
  _U: () => (/* binding */ checkSchema),
  WU: () => (/* binding */ show)
});

// UNUSED EXPORTS: WORKFLOW_SCHEMA

;// CONCATENATED MODULE: ./schema/workflow.schema.json
const workflow_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"BG":{"dn":{"T1":"^\\\\s*\\\\$\\\\{\\\\{[\\\\s\\\\S]*\\\\}\\\\}\\\\s*$"},"m1":{"T1":"^[0-9]+(\\\\.[0-9]+)?\\\\s*[bBkKmMgG]?[bB]?$"},"kQ":{"T1":"^[0-9]+(:[0-9]+)?$"},"DH":{"qo":{"VV":{"ld":{"T1":"^[A-Za-z0-9](-?[A-Za-z0-9])*$"}},"rX":{"ld":{"T1":"^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$"}}}},"PM":{"qo":{"id":{"T1":"^[a-z][a-z0-9_-]*$"}},"yL":[{"required":["shell"]},{"required":["llm"]},{"required":["sandbox"]},{"required":["agent"]},{"required":["approval"]}]}}}');
// EXTERNAL MODULE: ./src/workflow/schema-validator.generated.cjs
var schema_validator_generated = __webpack_require__(64575);
var schema_validator_generated_default = /*#__PURE__*/__webpack_require__.n(schema_validator_generated);
// EXTERNAL MODULE: ./src/workflow/positions.ts
var positions = __webpack_require__(42333);
// EXTERNAL MODULE: ./src/workflow/suggest.ts
var suggest = __webpack_require__(85255);
// EXTERNAL MODULE: ./src/workflow/where.ts
var workflow_where = __webpack_require__(49142);
// EXTERNAL MODULE: ./src/workflow/duration.ts
var duration = __webpack_require__(61437);
;// CONCATENATED MODULE: ./src/workflow/schema.ts






const WORKFLOW_SCHEMA = (/* unused pure expression or super */ null && (schemaJson));
const EXPRESSION_PATTERN = workflow_schema_namespaceObject.BG.dn.T1;
const STEP_ID_PATTERN = workflow_schema_namespaceObject.BG.PM.qo.id.T1;
/** The kind keys the file format knows (the step's `oneOf`), in the schema's order. */
const SCHEMA_KINDS = workflow_schema_namespaceObject.BG.PM.yL.flatMap((o) => o.required);
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
    return `${(0,workflow_where/* leadOf */.M)(w)}unknown key '${key}'${where}${(0,suggest/* didYouMean */.a)(key, known)}`;
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


/***/ }),

/***/ 85255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
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


/***/ }),

/***/ 42289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jo: () => (/* binding */ CONTEXTS),
/* harmony export */   Rt: () => (/* binding */ isSingleExpression),
/* harmony export */   Su: () => (/* binding */ checkValue),
/* harmony export */   bz: () => (/* binding */ TOP_ENV_CONTEXTS),
/* harmony export */   gX: () => (/* binding */ checkIf)
/* harmony export */ });
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44209);
/* harmony import */ var _positions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42333);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85255);
/* harmony import */ var _where_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49142);




const CONTEXTS = ['inputs', 'env', 'steps', 'run', 'github'];
/** Top-level env is rendered before any step runs. */
const TOP_ENV_CONTEXTS = ['inputs', 'run', 'github'];
const STEP_FIELDS = ['outputs', 'outcome', 'cost_usd'];
const RUN_FIELDS = ['id', 'cost_usd', 'budget_remaining_usd'];
/** Checks every string inside `value` (recursively), skipping keys listed in `skip`. */
function checkValue(value, pointer, scope, facts) {
    if (typeof value === 'string') {
        if (value.includes('${{'))
            checkString(value, pointer, scope, facts);
    }
    else if (Array.isArray(value)) {
        value.forEach((item, i) => checkValue(item, (0,_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(pointer, i), scope, facts));
    }
    else if (value !== null && typeof value === 'object') {
        for (const [key, item] of Object.entries(value))
            checkValue(item, (0,_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(pointer, key), scope, facts);
    }
}
function checkString(template, pointer, scope, facts) {
    const { problems, map } = facts;
    for (const p of (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .checkTemplate */ .BU)(template, { contexts: scope.contexts, statusFunctions: false })) {
        problems.at(map.offsetInString(pointer, template, p.offset), pointer, (w) => expressionMessage(w, p.message));
    }
    checkReferences((0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .referencesIn */ .ii)(template), template, template, 0, pointer, scope, facts);
}
/**
 * A step's `if`: a bare expression or exactly one `${{ }}`. Returns the expression text
 * (without `${{ }}`), or undefined when it is not usable.
 */
function checkIf(condition, pointer, scope, facts) {
    const { problems, map } = facts;
    if (condition.trim() === '') {
        problems.value(pointer, (w) => `${(0,_where_js__WEBPACK_IMPORTED_MODULE_2__/* .subjectOf */ .et)(w)} is empty; remove it or write a condition`);
        return undefined;
    }
    let text = condition;
    let wrapped = false;
    if (condition.includes('${{')) {
        let parts;
        try {
            parts = (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .splitTemplate */ .LL)(condition);
        }
        catch {
            parts = undefined; // unclosed: checkCondition says so, positioned
        }
        if (parts) {
            const exprs = parts.filter((p) => p.kind === 'expr');
            const extra = parts.find((p) => p.kind === 'text' && p.text.trim() !== '');
            const only = exprs[0];
            if (extra || exprs.length !== 1 || !only) {
                problems.value(pointer, (w) => `${(0,_where_js__WEBPACK_IMPORTED_MODULE_2__/* .subjectOf */ .et)(w)} mixes text with \${{ }}, which is always true in GitHub; write the whole condition inside one \${{ }}`);
                return undefined;
            }
            text = only.text;
            wrapped = true;
            if (text.trim() === '') {
                problems.value(pointer, (w) => `${(0,_where_js__WEBPACK_IMPORTED_MODULE_2__/* .subjectOf */ .et)(w)} is empty; remove it or write a condition`);
                return undefined;
            }
        }
    }
    const found = (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .checkCondition */ .Qj)(condition, { contexts: scope.contexts });
    for (const p of found) {
        problems.at(map.offsetInString(pointer, condition, p.offset), pointer, (w) => expressionMessage(w, p.message));
    }
    if (found.length > 0)
        return undefined;
    // References of a bare condition are found by reading it as one `${{ }}`.
    const template = wrapped ? condition : `\${{ ${condition} }}`;
    const shift = wrapped ? 0 : -4;
    checkReferences((0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .referencesIn */ .ii)(template), template, condition, shift, pointer, scope, facts);
    return text.trim();
}
/** True when `value` is exactly one `${{ }}` and nothing else (blank text aside). */
function isSingleExpression(value) {
    try {
        const parts = (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .splitTemplate */ .LL)(value);
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
        facts.problems.at(at, pointer, (w) => `${(0,_where_js__WEBPACK_IMPORTED_MODULE_2__/* .subjectOf */ .et)(w)} reads ${ref.path.join('.')}, ${message(w)}`);
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
            return () => `but no input '${name}' is declared under inputs${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .a)(name, declared)}`;
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
        return () => `but there is no step '${name}'${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .a)(name, graph.indexOf.keys())}`;
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
        const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .k)(field, STEP_FIELDS);
        return () => `but a step has only ${STEP_FIELDS.join(', ')}${hint ? ` (did you mean '${hint}'?)` : ''}`;
    }
    const kind = facts.kinds[target];
    const known = kind === undefined ? undefined : facts.registry.get(kind)?.outputs;
    if (field.toLowerCase() !== 'outputs' || output === undefined || known === undefined)
        return undefined;
    if (known.includes(output.toLowerCase()))
        return undefined;
    return () => `but ${kind} steps have no output '${output}'${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .a)(output, known)}`;
}
/** A message of expressions.ts, as the tail of one of ours: `step 'x': llm.prompt: unrecognized …`. */
function expressionMessage(w, message) {
    const text = message.replace(/\.$/, '');
    return `${(0,_where_js__WEBPACK_IMPORTED_MODULE_2__/* .subjectOf */ .et)(w)}: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}


/***/ }),

/***/ 19806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XU: () => (/* binding */ checkContainerSettings),
  HV: () => (/* binding */ checkDefaults),
  TG: () => (/* binding */ checkProtectedPathsAllowed),
  jg: () => (/* binding */ readStep),
  p1: () => (/* binding */ singleExpression)
});

// EXTERNAL MODULE: ./src/workflow/positions.ts
var positions = __webpack_require__(42333);
// EXTERNAL MODULE: ./src/workflow/schema.ts + 1 modules
var schema = __webpack_require__(46292);
// EXTERNAL MODULE: ./src/workflow/config-source.ts
var config_source = __webpack_require__(47521);
// EXTERNAL MODULE: ./src/workflow/suggest.ts
var suggest = __webpack_require__(85255);
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

// EXTERNAL MODULE: ./src/workflow/validate-expressions.ts
var validate_expressions = __webpack_require__(42289);
// EXTERNAL MODULE: ./src/workflow/validate-values.ts
var validate_values = __webpack_require__(77386);
// EXTERNAL MODULE: ./src/workflow/where.ts
var where = __webpack_require__(49142);
;// CONCATENATED MODULE: ./src/workflow/validate-steps.ts








const STEP_FIELDS = [
    'id',
    'name',
    'needs',
    'if',
    'timeout',
    'retry',
    'continue_on_error',
    'budget',
];
const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five'];
const SINGLE_EXPRESSION = /^\s*\$\{\{[\s\S]*\}\}\s*$/;
function readStep(step, index, r) {
    if (!(0,where/* isObject */.Gv)(step))
        return undefined;
    const { problems } = r;
    const pointer = `/steps/${index}`;
    const known = knownKinds(r.registry);
    const kinds = Object.keys(step).filter((k) => known.includes(k));
    const kind = kinds[0];
    if (kind === undefined) {
        // A misspelt kind key ("sandbx") was reported already, with the right spelling.
        const misspelt = Object.keys(step).some((k) => !STEP_FIELDS.includes(k) && !known.includes(k) && (0,suggest/* closest */.k)(k, known) !== undefined);
        if (!misspelt) {
            problems.value(pointer, (w) => `${w.step} has no kind: add one of ${known.join(', ')}`);
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
    if (kind !== undefined && (0,where/* isObject */.Gv)(own)) {
        const ownKeys = Object.keys(own);
        // A misspelt field ("promt") was reported as an unknown key, with the right spelling.
        const misspelt = (field) => ownKeys.some((k) => k !== field && (0,suggest/* closest */.k)(k, [field]) !== undefined);
        checkKindConfig(r.registry.get(kind), kind, config, configPointers, pointer, problems, misspelt);
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
    const timeoutMs = (0,validate_values/* duration */.p0)(step.timeout, `${pointer}/timeout`, problems);
    if (timeoutMs !== undefined)
        spec.timeoutMs = timeoutMs;
    if ((0,where/* isObject */.Gv)(step.retry)) {
        if (typeof step.retry.max_attempts === 'number')
            spec.retry.maxAttempts = step.retry.max_attempts;
        const backoff = (0,validate_values/* duration */.p0)(step.retry.backoff, `${pointer}/retry/backoff`, problems);
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
    const budget = (0,validate_values/* readStepBudget */.iL)(step.budget, `${pointer}/budget`, r.budget, problems);
    if (budget !== undefined)
        spec.budgetMicros = budget;
    (0,config_source/* recordConfigSources */._)(spec, configPointers);
    return { spec, configPointers };
}
/**
 * The kinds a step may name: the registry's, and those the file format knows (the schema's),
 * so a known kind this build lacks is said to be unsupported rather than unknown.
 */
function knownKinds(registry) {
    return [...new Set([...schema/* SCHEMA_KINDS */.mP, ...registry.keys()])];
}
/** The durations of `defaults`, once for the file rather than once per step. */
function checkDefaults(defaults, problems, registry) {
    if (!(0,where/* isObject */.Gv)(defaults))
        return;
    for (const { kind, durationFields } of registry.values()) {
        const section = defaults[kind];
        if (!(0,where/* isObject */.Gv)(section))
            continue;
        for (const field of durationFields ?? [])
            (0,validate_values/* duration */.p0)(section[field], `/defaults/${kind}/${field}`, problems);
    }
}
/** `defaults.<kind>` under the step's own fields, key by key (the step wins). */
function mergeConfig(step, kind, pointer, defaults) {
    const config = {};
    const configPointers = new Map();
    if (kind === undefined)
        return { config, configPointers };
    const fromDefaults = (0,where/* isObject */.Gv)(defaults) ? defaults[kind] : undefined;
    if ((0,where/* isObject */.Gv)(fromDefaults)) {
        for (const [key, value] of Object.entries(fromDefaults)) {
            config[key] = value;
            configPointers.set(key, (0,positions/* childPointer */.Y2)(`/defaults/${kind}`, key));
        }
    }
    const own = step[kind];
    if ((0,where/* isObject */.Gv)(own)) {
        for (const [key, value] of Object.entries(own)) {
            config[key] = value;
            configPointers.set(key, (0,positions/* childPointer */.Y2)(`${pointer}/${kind}`, key));
        }
    }
    return { config, configPointers };
}
/** Each kind's durations, what it needs once defaults are merged in, and its own rules. */
function checkKindConfig(descriptor, kind, config, pointers, stepPointer, problems, misspelt) {
    if (descriptor === undefined)
        return;
    const at = `${stepPointer}/${kind}`;
    const missing = (field) => {
        if (!misspelt(field)) {
            problems.key(at, (w) => `${w.step}: ${kind} has no ${field}; set ${kind}.${field} or defaults.${kind}.${field}`);
        }
    };
    for (const field of descriptor.durationFields ?? []) {
        const p = pointers.get(field);
        // Durations from defaults are checked once, by checkDefaults.
        if (p && !p.startsWith('/defaults/'))
            (0,validate_values/* duration */.p0)(config[field], p, problems);
    }
    const check = { kind, config, pointers, at, problems, missing, misspelt };
    descriptor.checkConfig?.(check);
}
/** A container's settings (a sandbox step's, an agent's sandbox): no host network unasked, no root. */
function checkContainerSettings(settings, pointerOf, problems) {
    hostNetwork(settings, pointerOf('network'), problems);
    nonRootUser(settings, pointerOf('user'), problems);
}
/**
 * `protected_paths_allowed` (sandbox and agent steps): each entry names a protected place a
 * step may open; `.git` never, a misspelling with a suggestion.
 */
function checkProtectedPathsAllowed(config, pointers, problems) {
    const p = pointers.get('protected_paths_allowed');
    if (p)
        protectedPathsAllowed(config.protected_paths_allowed, p, problems);
}
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
            problems.value(at, (w) => `${(0,where/* subjectOf */.et)(w)} names ${entry}, which can never be allowed: nothing under .git is ever taken back from a step`);
            return;
        }
        const known = PROTECTED_PATH_NAMES.find((n) => n === bare);
        problems.value(at, (w) => known
            ? `${(0,where/* subjectOf */.et)(w)} is '${entry}'; write it '${known}'`
            : `${(0,where/* subjectOf */.et)(w)} is '${entry}', which is not a protected path${(0,suggest/* didYouMean */.a)(entry, PROTECTED_PATH_NAMES)}; the protected paths are ${PROTECTED_PATH_NAMES.join(', ')}`);
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
        problems.value(pointer, (w) => `${(0,where/* subjectOf */.et)(w)} must not be root (0); sandboxes run as a non-root user`);
    }
}
function hostNetwork(config, pointer, problems) {
    if (config.network === 'host' && config.allow_host_network !== true && pointer) {
        problems.value(pointer, (w) => `${(0,where/* subjectOf */.et)(w)} is host, which needs allow_host_network: true beside it; the default, none, keeps the container offline`);
    }
}
/** Strings that the schema lets through as "one ${{ }}" but that hold two, or text between. */
function singleExpression(value, pointer, problems) {
    if (SINGLE_EXPRESSION.test(value) && !(0,validate_expressions/* isSingleExpression */.Rt)(value)) {
        problems.value(pointer, (w) => `${(0,where/* subjectOf */.et)(w)} must be true, false or exactly one \${{ }} expression`);
    }
}


/***/ }),

/***/ 77386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FJ: () => (/* binding */ readModels),
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   OW: () => (/* binding */ readBudget),
/* harmony export */   iL: () => (/* binding */ readStepBudget),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
/* unused harmony export micros */
/* harmony import */ var _common_money_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23801);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61437);
/* harmony import */ var _positions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42333);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46292);
/* harmony import */ var _where_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49142);
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
        return (0,_common_money_js__WEBPACK_IMPORTED_MODULE_0__/* .usdToMicros */ .$m)(written);
    }
    catch {
        problems.value(pointer, (w) => `${(0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .subjectOf */ .et)(w)} must have at most 6 decimal places (got ${String(written)})`);
        return undefined;
    }
}
/** Milliseconds of a duration field, or undefined (reported when the text is wrong). */
function duration(value, pointer, problems) {
    if (typeof value !== 'string' && typeof value !== 'number')
        return undefined;
    if (typeof value === 'number' && value < 0)
        return undefined; // the schema says so
    const parsed = (0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(value);
    if ('error' in parsed) {
        problems.value(pointer, (w) => `${(0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .subjectOf */ .et)(w)} ${parsed.error}`);
        return undefined;
    }
    return parsed.ms;
}
function readBudget(value, problems) {
    if (!(0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value))
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
    if (!(0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value))
        return undefined;
    const at = `${pointer}/max_usd`;
    const max = micros(value.max_usd, at, problems);
    if (max !== undefined && workflow && max > workflow.maxMicros) {
        problems.value(at, (w) => `${(0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .subjectOf */ .et)(w)} ${(0,_common_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMicros */ .tF)(max)} is above the workflow's budget.max_usd of ${(0,_common_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMicros */ .tF)(workflow.maxMicros)}`);
    }
    return max;
}
function readModels(value, problems) {
    const out = {};
    if (!(0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value))
        return out;
    for (const [name, price] of Object.entries(value)) {
        if (!(0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(price))
            continue;
        const at = (0,_positions_js__WEBPACK_IMPORTED_MODULE_4__/* .childPointer */ .Y2)('/models', name);
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
    problems.value(pointer, (w) => `${(0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .subjectOf */ .et)(w)} must be a whole number of tokens up to ${Number.MAX_SAFE_INTEGER} (got ${String(value)})`);
    return undefined;
}
const INPUT_TYPES = ['string', 'number', 'boolean'];
const TYPE_WORDS = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
};
function readInputs(value, problems) {
    const out = {};
    if (!(0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value))
        return out;
    for (const [name, spec] of Object.entries(value)) {
        if (!(0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(spec))
            continue;
        const at = (0,_positions_js__WEBPACK_IMPORTED_MODULE_4__/* .childPointer */ .Y2)('/inputs', name);
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
                    problems.value(`${at}/enum/${k}`, (w) => `${(0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .subjectOf */ .et)(w)} must be ${TYPE_WORDS[type]}, as inputs.${name}.type says (got ${(0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .show */ .WU)(v)})`);
                }
            });
            input.enum = allowed;
        }
        const d = spec.default;
        if (d !== undefined && d !== null && typeof d !== 'object') {
            if (!fits(d)) {
                problems.value(`${at}/default`, (w) => `${(0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .subjectOf */ .et)(w)} must be ${TYPE_WORDS[type]}, as inputs.${name}.type says (got ${(0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .show */ .WU)(d)})`);
            }
            else if (input.enum && !input.enum.includes(d)) {
                problems.value(`${at}/default`, (w) => `${(0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .subjectOf */ .et)(w)} must be one of ${input.enum?.join(', ') ?? ''} (got ${(0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .show */ .WU)(d)})`);
            }
            else {
                input.default = d;
            }
        }
        out[name] = input;
    }
    return out;
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


/***/ }),

/***/ 64575:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/schema-validator.mjs from schema/workflow.schema.json: do not edit; run `npm run schema`.
module.exports = validate10;module.exports["default"] = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/wflo/action/v1/schema/workflow.schema.json","title":"wflo workflow (version 1)","description":"A wflo workflow file: steps that call models, run hardened containers and wait for human approval, within a dollar budget.","type":"object","additionalProperties":false,"required":["version","steps"],"properties":{"version":{"description":"The format version: 1.","const":1},"name":{"description":"The workflow's name (default: the file name).","type":"string"},"description":{"description":"What the workflow is for.","type":"string"},"inputs":{"description":"Values given when the workflow starts (--input name=value, or the action's inputs): name → definition. Read as inputs.<name>.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"description":"One input.","type":"object","additionalProperties":false,"properties":{"type":{"description":"The value's type (default string).","enum":["string","number","boolean"],"default":"string"},"default":{"description":"The value when none is given; must match type and enum.","type":["string","number","boolean"]},"required":{"description":"Whether a value must be given (default false).","type":"boolean","default":false},"enum":{"description":"The only values allowed.","type":"array","minItems":1,"items":{"description":"An allowed value.","type":["string","number","boolean"]}},"description":{"description":"What the input is for.","type":"string"}}}},"env":{"$ref":"#/definitions/env"},"budget":{"description":"The run's hard spending limit; the action's budget-usd input can only lower it.","type":"object","additionalProperties":false,"required":["max_usd"],"properties":{"max_usd":{"$ref":"#/definitions/usd"},"warn_at":{"description":"Fractions of max_usd at which a warning is logged, each in (0, 1], e.g. [0.5, 0.8].","type":"array","items":{"description":"A fraction of max_usd.","type":"number","exclusiveMinimum":0,"maximum":1}}}},"models":{"description":"Prices for models the price table does not know, or overrides: model name → prices in USD per million tokens, and optionally its context window.","type":"object","additionalProperties":{"description":"One model's prices and context window.","type":"object","additionalProperties":false,"required":["input_per_mtok","output_per_mtok"],"properties":{"input_per_mtok":{"description":"USD per million input tokens.","type":"number","minimum":0},"output_per_mtok":{"description":"USD per million output tokens.","type":"number","minimum":0},"cached_input_per_mtok":{"description":"USD per million cached input tokens (default: the input price).","type":"number","minimum":0},"context_window":{"description":"The model's context window in tokens (default: the price table's, else 128000). An agent's conversation is kept inside it, and it bounds `wflo plan`'s worst case of an agent step.","type":"integer","minimum":1}}}},"defaults":{"description":"Fields merged into every step of a kind (the step's own fields win, key by key).","type":"object","additionalProperties":false,"properties":{"shell":{"$ref":"#/definitions/defaults_shell"},"llm":{"$ref":"#/definitions/defaults_llm"},"sandbox":{"$ref":"#/definitions/defaults_sandbox"},"agent":{"$ref":"#/definitions/defaults_agent"},"approval":{"$ref":"#/definitions/defaults_approval"}}},"max_parallel":{"description":"The most steps that run at once (default 4).","type":"integer","minimum":1,"default":4},"steps":{"description":"The steps, in order.","type":"array","minItems":1,"items":{"$ref":"#/definitions/step"}},"outputs":{"description":"The run's outputs: name → value, usually ${{ steps.<id>.outputs.<name> }}.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"description":"An output value; may hold ${{ }} expressions."}}},"definitions":{"expression":{"description":"One GitHub-style expression, written as ${{ … }}.","type":"string","pattern":"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$"},"duration":{"description":"A duration: 500ms, 30s, 1.5m, 24h, 2d, 1h30m (units largest first), or a number of seconds.","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$","examples":["30s","5m","1h30m"]},"usd":{"description":"An amount in US dollars, at most 6 decimal places (kept exactly as micro-dollars).","type":"number","exclusiveMinimum":0},"price":{"description":"A price in US dollars per million tokens, at most 6 decimal places.","type":"number","minimum":0},"env":{"description":"Environment variables: NAME → value. Values may hold ${{ }} expressions; this is how values reach commands.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"description":"The variable's value (text, number or boolean; may hold ${{ }}).","type":["string","number","boolean"]}},"run":{"description":"The command, run with `sh -c` (sandbox) or the step's shell. Never contains ${{ }}: pass values through env and use \"$NAME\".","type":"string","minLength":1},"model":{"description":"The model name, as the OpenAI-compatible server knows it (priced from the price table or `models`).","type":"string","minLength":1},"system":{"description":"The system message.","type":"string"},"max_tokens":{"description":"The most tokens the model may write in one call; the worst case reserved against the budget.","type":"integer","minimum":1},"output_schema":{"description":"A JSON Schema the answer must follow (strict structured output); the parsed answer is outputs.json.","type":"object"},"image":{"description":"The container image, e.g. python:3.12-slim.","type":"string","minLength":1},"workspace":{"description":"How the checkout appears at /workspace: none (an empty writable folder), read-only (bound read-only, without .git internals) or copy (a private copy whose changes are applied only if the step succeeds).","enum":["none","read-only","copy"],"default":"none"},"network":{"description":"The container's network: none (default), or host (needs allow_host_network: true).","enum":["none","host"],"default":"none"},"allow_host_network":{"description":"The explicit opt-in that network: host requires.","type":"boolean","default":false},"memory":{"description":"Memory limit (memory and swap together): bytes, or a size such as 512m or 2g.","type":["string","integer"],"minimum":1,"pattern":"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$","examples":["512m","2g"]},"disk":{"description":"Size cap of the workspace copy (workspace: copy), a capped tmpfs with one file per 8 KiB of it: bytes, or a size such as 512MiB or 2GiB (default 1GiB). Filling it fails the step with No space left on device; the output folder and /tmp have fixed 64 MiB caps.","type":["string","integer"],"minimum":1048576,"pattern":"^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?$","examples":["512MiB","2GiB"]},"cpus":{"description":"CPU quota in cores, e.g. 1 or 0.5.","type":"number","exclusiveMinimum":0},"pids":{"description":"The most processes the container may hold.","type":"integer","minimum":1},"sandbox_timeout":{"description":"How long the command may run before it is stopped (with a grace period, then killed).","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},"runtime":{"description":"The container runtime: runc (default) or runsc (gVisor; fails closed where it is not installed).","enum":["runc","runsc"],"default":"runc"},"user":{"description":"The numeric user (and group) the command runs as, e.g. 1000 or \"1000:1000\"; never root (0).","type":["string","integer"],"minimum":0,"pattern":"^[0-9]+(:[0-9]+)?$"},"tools":{"description":"The tools the agent may call (all by default).","type":"array","uniqueItems":true,"items":{"description":"A tool name.","enum":["run","read_file","write_file","list_files","search"]}},"max_turns":{"description":"The most model turns the agent loop may take.","type":"integer","minimum":1},"command_timeout":{"description":"How long one command the agent runs may take.","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},"temperature":{"description":"Sampling temperature, 0 to 2.","type":"number","minimum":0,"maximum":2},"prompt":{"description":"The user message. May hold ${{ }} expressions.","type":"string"},"messages":{"description":"The conversation, instead of prompt.","type":"array","minItems":1,"items":{"description":"One message.","type":"object","additionalProperties":false,"required":["role","content"],"properties":{"role":{"description":"Who speaks.","enum":["system","developer","user","assistant"]},"content":{"description":"The text of the message. May hold ${{ }} expressions.","type":"string"}}}},"task":{"description":"What the agent is asked to do. May hold ${{ }} expressions.","type":"string","minLength":1},"approval_message":{"description":"What is asked of the approvers; shown in the PR comment. May hold ${{ }} expressions.","type":"string"},"approvers":{"description":"Who may decide. Someone counts if they hold the permission, or are a listed user, or a member of a listed team.","type":"object","additionalProperties":false,"properties":{"permission":{"description":"The least repository role an approver needs (read live from GitHub).","enum":["read","triage","write","maintain","admin"],"default":"write"},"users":{"description":"GitHub logins allowed to decide.","type":"array","items":{"description":"A GitHub login.","type":"string","pattern":"^[A-Za-z0-9](-?[A-Za-z0-9])*$"}},"teams":{"description":"Teams whose members may decide, as org/team-slug or team-slug.","type":"array","items":{"description":"A team.","type":"string","pattern":"^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$"}},"min":{"description":"How many distinct approvals are needed.","type":"integer","minimum":1,"default":1},"allow_author":{"description":"Whether the pull request's author may approve.","type":"boolean","default":false}}},"approval_timeout":{"description":"How long to wait for a decision.","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},"on_timeout":{"description":"What a timeout means: fail (the step fails) or reject (counts as a rejection).","enum":["fail","reject"],"default":"fail"},"auto_approve":{"description":"true, false, or one ${{ }} expression: when true, the gate is approved by policy without asking.","type":["boolean","string"],"pattern":"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$"},"protected_paths_allowed":{"description":"Protected places this step's changes may reach the checkout in (.husky, .github/workflows, .gitmodules, .gitattributes, core.hooksPath); .git never can. See docs/sandbox.md.","type":"array","items":{"type":"string"},"uniqueItems":true},"shell_shell":{"description":"The shell that runs the command on the runner (default bash).","enum":["bash","sh"],"default":"bash"},"step_shell":{"description":"A command on the runner itself, for trusted glue (git diff, gh).","type":"object","additionalProperties":false,"required":["run"],"properties":{"run":{"$ref":"#/definitions/run"},"env":{"$ref":"#/definitions/env"},"shell":{"$ref":"#/definitions/shell_shell"}}},"step_llm":{"description":"One chat call to the model.","type":"object","additionalProperties":false,"properties":{"model":{"$ref":"#/definitions/model"},"system":{"$ref":"#/definitions/system"},"prompt":{"$ref":"#/definitions/prompt"},"messages":{"$ref":"#/definitions/messages"},"max_tokens":{"$ref":"#/definitions/max_tokens"},"temperature":{"$ref":"#/definitions/temperature"},"output_schema":{"$ref":"#/definitions/output_schema"}}},"step_sandbox":{"description":"A command in a fresh hardened container.","type":"object","additionalProperties":false,"required":["run"],"properties":{"run":{"$ref":"#/definitions/run"},"image":{"$ref":"#/definitions/image"},"env":{"$ref":"#/definitions/env"},"workspace":{"$ref":"#/definitions/workspace"},"network":{"$ref":"#/definitions/network"},"allow_host_network":{"$ref":"#/definitions/allow_host_network"},"memory":{"$ref":"#/definitions/memory"},"disk":{"$ref":"#/definitions/disk"},"cpus":{"$ref":"#/definitions/cpus"},"pids":{"$ref":"#/definitions/pids"},"timeout":{"$ref":"#/definitions/sandbox_timeout"},"runtime":{"$ref":"#/definitions/runtime"},"user":{"$ref":"#/definitions/user"},"protected_paths_allowed":{"$ref":"#/definitions/protected_paths_allowed"}}},"step_agent":{"description":"A tool-calling loop; the tools run in one hardened container kept for the step.","type":"object","additionalProperties":false,"required":["task"],"properties":{"model":{"$ref":"#/definitions/model"},"system":{"$ref":"#/definitions/system"},"task":{"$ref":"#/definitions/task"},"max_turns":{"$ref":"#/definitions/max_turns"},"max_tokens":{"$ref":"#/definitions/max_tokens"},"tools":{"$ref":"#/definitions/tools"},"sandbox":{"description":"The container the tools run in (the sandbox step's fields, without run and timeout).","type":"object","additionalProperties":false,"properties":{"image":{"$ref":"#/definitions/image"},"env":{"$ref":"#/definitions/env"},"workspace":{"$ref":"#/definitions/workspace"},"network":{"$ref":"#/definitions/network"},"allow_host_network":{"$ref":"#/definitions/allow_host_network"},"memory":{"$ref":"#/definitions/memory"},"disk":{"$ref":"#/definitions/disk"},"cpus":{"$ref":"#/definitions/cpus"},"pids":{"$ref":"#/definitions/pids"},"runtime":{"$ref":"#/definitions/runtime"},"user":{"$ref":"#/definitions/user"}}},"command_timeout":{"$ref":"#/definitions/command_timeout"},"output_schema":{"$ref":"#/definitions/output_schema"},"protected_paths_allowed":{"$ref":"#/definitions/protected_paths_allowed"}}},"step_approval":{"description":"Pauses until people decide, by PR comment (/approve, /reject) or PR review.","type":"object","additionalProperties":false,"properties":{"message":{"$ref":"#/definitions/approval_message"},"approvers":{"$ref":"#/definitions/approvers"},"timeout":{"$ref":"#/definitions/approval_timeout"},"on_timeout":{"$ref":"#/definitions/on_timeout"},"auto_approve":{"$ref":"#/definitions/auto_approve"}}},"defaults_shell":{"description":"Defaults merged into every shell step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"env":{"$ref":"#/definitions/env"},"shell":{"$ref":"#/definitions/shell_shell"}}},"defaults_llm":{"description":"Defaults merged into every llm step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"model":{"$ref":"#/definitions/model"},"system":{"$ref":"#/definitions/system"},"max_tokens":{"$ref":"#/definitions/max_tokens"},"temperature":{"$ref":"#/definitions/temperature"},"output_schema":{"$ref":"#/definitions/output_schema"}}},"defaults_sandbox":{"description":"Defaults merged into every sandbox step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"image":{"$ref":"#/definitions/image"},"env":{"$ref":"#/definitions/env"},"workspace":{"$ref":"#/definitions/workspace"},"network":{"$ref":"#/definitions/network"},"allow_host_network":{"$ref":"#/definitions/allow_host_network"},"memory":{"$ref":"#/definitions/memory"},"disk":{"$ref":"#/definitions/disk"},"cpus":{"$ref":"#/definitions/cpus"},"pids":{"$ref":"#/definitions/pids"},"timeout":{"$ref":"#/definitions/sandbox_timeout"},"runtime":{"$ref":"#/definitions/runtime"},"user":{"$ref":"#/definitions/user"}}},"defaults_agent":{"description":"Defaults merged into every agent step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"model":{"$ref":"#/definitions/model"},"system":{"$ref":"#/definitions/system"},"max_turns":{"$ref":"#/definitions/max_turns"},"max_tokens":{"$ref":"#/definitions/max_tokens"},"tools":{"$ref":"#/definitions/tools"},"sandbox":{"description":"The container the tools run in (the sandbox step's fields, without run and timeout).","type":"object","additionalProperties":false,"properties":{"image":{"$ref":"#/definitions/image"},"env":{"$ref":"#/definitions/env"},"workspace":{"$ref":"#/definitions/workspace"},"network":{"$ref":"#/definitions/network"},"allow_host_network":{"$ref":"#/definitions/allow_host_network"},"memory":{"$ref":"#/definitions/memory"},"disk":{"$ref":"#/definitions/disk"},"cpus":{"$ref":"#/definitions/cpus"},"pids":{"$ref":"#/definitions/pids"},"runtime":{"$ref":"#/definitions/runtime"},"user":{"$ref":"#/definitions/user"}}},"command_timeout":{"$ref":"#/definitions/command_timeout"},"output_schema":{"$ref":"#/definitions/output_schema"}}},"defaults_approval":{"description":"Defaults merged into every approval step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"message":{"$ref":"#/definitions/approval_message"},"approvers":{"$ref":"#/definitions/approvers"},"timeout":{"$ref":"#/definitions/approval_timeout"},"on_timeout":{"$ref":"#/definitions/on_timeout"},"auto_approve":{"$ref":"#/definitions/auto_approve"}}},"step":{"description":"One step: an id, when it runs, and exactly one kind key (shell, llm, sandbox, agent or approval).","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"description":"Unique id: a lowercase letter, then lowercase letters, digits, _ or -. Other steps read its results as steps.<id>.","type":"string","pattern":"^[a-z][a-z0-9_-]*$","maxLength":100},"name":{"description":"A human name for logs and the job summary.","type":"string"},"needs":{"description":"The steps this one runs after. Absent: the step listed before. [] makes the step a root.","type":["string","array"],"items":{"description":"A step id.","type":"string"}},"if":{"description":"Run only when this is true: a bare expression or exactly one ${{ }}. Default success().","type":["string","boolean"]},"timeout":{"description":"How long one attempt of the step may take.","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},"retry":{"description":"Retries on failure.","type":"object","additionalProperties":false,"properties":{"max_attempts":{"description":"Attempts in all, including the first (default 1).","type":"integer","minimum":1,"maximum":100,"default":1},"backoff":{"description":"Delay before the second attempt (default 1s); doubles for each further attempt.","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"}}},"continue_on_error":{"description":"true, false, or one ${{ }} expression: when true, a failure of this step does not fail the run.","type":["boolean","string"],"pattern":"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$","default":false},"budget":{"description":"This step's own spending limit, within the workflow's.","type":"object","additionalProperties":false,"required":["max_usd"],"properties":{"max_usd":{"$ref":"#/definitions/usd"}}},"shell":{"$ref":"#/definitions/step_shell"},"llm":{"$ref":"#/definitions/step_llm"},"sandbox":{"$ref":"#/definitions/step_sandbox"},"agent":{"$ref":"#/definitions/step_agent"},"approval":{"$ref":"#/definitions/step_approval"}},"oneOf":[{"required":["shell"]},{"required":["llm"]},{"required":["sandbox"]},{"required":["agent"]},{"required":["approval"]}]}}};const schema12 = {"description":"Environment variables: NAME → value. Values may hold ${{ }} expressions; this is how values reach commands.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"description":"The variable's value (text, number or boolean; may hold ${{ }}).","type":["string","number","boolean"]}};const schema13 = {"description":"An amount in US dollars, at most 6 decimal places (kept exactly as micro-dollars).","type":"number","exclusiveMinimum":0};const func2 = Object.prototype.hasOwnProperty;const pattern0 = new RegExp("^[A-Za-z_][A-Za-z0-9_-]*$", "u");const pattern1 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");const schema14 = {"description":"Defaults merged into every shell step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"env":{"$ref":"#/definitions/env"},"shell":{"$ref":"#/definitions/shell_shell"}}};const schema16 = {"description":"The shell that runs the command on the runner (default bash).","enum":["bash","sh"],"default":"bash"};function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "env") || (key0 === "shell"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.env !== undefined){let data0 = data.env;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){const _errs5 = errors;if(typeof key1 === "string"){if(!pattern1.test(key1)){const err1 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema12.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var valid2 = _errs5 === errors;if(!valid2){const err2 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema12.propertyNames,parentSchema:schema12,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}for(const key2 in data0){let data1 = data0[key2];if(((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))) && (typeof data1 !== "boolean")){const err3 = {instancePath:instancePath+"/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/env/additionalProperties/type",keyword:"type",params:{type: schema12.additionalProperties.type},message:"must be string,number,boolean",schema:schema12.additionalProperties.type,parentSchema:schema12.additionalProperties,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.shell !== undefined){let data2 = data.shell;if(!((data2 === "bash") || (data2 === "sh"))){const err5 = {instancePath:instancePath+"/shell",schemaPath:"#/definitions/shell_shell/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate11.errors = vErrors;return errors === 0;}const schema17 = {"description":"Defaults merged into every llm step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"model":{"$ref":"#/definitions/model"},"system":{"$ref":"#/definitions/system"},"max_tokens":{"$ref":"#/definitions/max_tokens"},"temperature":{"$ref":"#/definitions/temperature"},"output_schema":{"$ref":"#/definitions/output_schema"}}};const schema18 = {"description":"The model name, as the OpenAI-compatible server knows it (priced from the price table or `models`).","type":"string","minLength":1};const schema19 = {"description":"The system message.","type":"string"};const schema20 = {"description":"The most tokens the model may write in one call; the worst case reserved against the budget.","type":"integer","minimum":1};const schema21 = {"description":"Sampling temperature, 0 to 2.","type":"number","minimum":0,"maximum":2};const schema22 = {"description":"A JSON Schema the answer must follow (strict structured output); the parsed answer is outputs.json.","type":"object"};const func3 = (__webpack_require__(36214)["default"]);function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "model") || (key0 === "system")) || (key0 === "max_tokens")) || (key0 === "temperature")) || (key0 === "output_schema"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.model !== undefined){let data0 = data.model;if(typeof data0 === "string"){if(func3(data0) < 1){const err1 = {instancePath:instancePath+"/model",schemaPath:"#/definitions/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/model",schemaPath:"#/definitions/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.system !== undefined){let data1 = data.system;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/system",schemaPath:"#/definitions/system/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.max_tokens !== undefined){let data2 = data.max_tokens;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err4 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/definitions/max_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema20.type,parentSchema:schema20,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 < 1 || isNaN(data2)){const err5 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/definitions/max_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema20,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}if(data.temperature !== undefined){let data3 = data.temperature;if((typeof data3 == "number") && (isFinite(data3))){if(data3 > 2 || isNaN(data3)){const err6 = {instancePath:instancePath+"/temperature",schemaPath:"#/definitions/temperature/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2",schema:2,parentSchema:schema21,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data3 < 0 || isNaN(data3)){const err7 = {instancePath:instancePath+"/temperature",schemaPath:"#/definitions/temperature/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/temperature",schemaPath:"#/definitions/temperature/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.type,parentSchema:schema21,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.output_schema !== undefined){let data4 = data.output_schema;if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){const err9 = {instancePath:instancePath+"/output_schema",schemaPath:"#/definitions/output_schema/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate13.errors = vErrors;return errors === 0;}const schema23 = {"description":"Defaults merged into every sandbox step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"image":{"$ref":"#/definitions/image"},"env":{"$ref":"#/definitions/env"},"workspace":{"$ref":"#/definitions/workspace"},"network":{"$ref":"#/definitions/network"},"allow_host_network":{"$ref":"#/definitions/allow_host_network"},"memory":{"$ref":"#/definitions/memory"},"disk":{"$ref":"#/definitions/disk"},"cpus":{"$ref":"#/definitions/cpus"},"pids":{"$ref":"#/definitions/pids"},"timeout":{"$ref":"#/definitions/sandbox_timeout"},"runtime":{"$ref":"#/definitions/runtime"},"user":{"$ref":"#/definitions/user"}}};const schema24 = {"description":"The container image, e.g. python:3.12-slim.","type":"string","minLength":1};const schema26 = {"description":"How the checkout appears at /workspace: none (an empty writable folder), read-only (bound read-only, without .git internals) or copy (a private copy whose changes are applied only if the step succeeds).","enum":["none","read-only","copy"],"default":"none"};const schema27 = {"description":"The container's network: none (default), or host (needs allow_host_network: true).","enum":["none","host"],"default":"none"};const schema28 = {"description":"The explicit opt-in that network: host requires.","type":"boolean","default":false};const schema29 = {"description":"Memory limit (memory and swap together): bytes, or a size such as 512m or 2g.","type":["string","integer"],"minimum":1,"pattern":"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$","examples":["512m","2g"]};const schema30 = {"description":"Size cap of the workspace copy (workspace: copy), a capped tmpfs with one file per 8 KiB of it: bytes, or a size such as 512MiB or 2GiB (default 1GiB). Filling it fails the step with No space left on device; the output folder and /tmp have fixed 64 MiB caps.","type":["string","integer"],"minimum":1048576,"pattern":"^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?$","examples":["512MiB","2GiB"]};const schema31 = {"description":"CPU quota in cores, e.g. 1 or 0.5.","type":"number","exclusiveMinimum":0};const schema32 = {"description":"The most processes the container may hold.","type":"integer","minimum":1};const schema33 = {"description":"How long the command may run before it is stopped (with a grace period, then killed).","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"};const schema34 = {"description":"The container runtime: runc (default) or runsc (gVisor; fails closed where it is not installed).","enum":["runc","runsc"],"default":"runc"};const schema35 = {"description":"The numeric user (and group) the command runs as, e.g. 1000 or \"1000:1000\"; never root (0).","type":["string","integer"],"minimum":0,"pattern":"^[0-9]+(:[0-9]+)?$"};const pattern4 = new RegExp("^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$", "u");const pattern5 = new RegExp("^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?$", "u");const pattern6 = new RegExp("^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$", "u");const pattern7 = new RegExp("^[0-9]+(:[0-9]+)?$", "u");function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema23.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.image !== undefined){let data0 = data.image;if(typeof data0 === "string"){if(func3(data0) < 1){const err1 = {instancePath:instancePath+"/image",schemaPath:"#/definitions/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/image",schemaPath:"#/definitions/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.env !== undefined){let data1 = data.env;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){const _errs8 = errors;if(typeof key1 === "string"){if(!pattern1.test(key1)){const err3 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema12.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var valid3 = _errs8 === errors;if(!valid3){const err4 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema12.propertyNames,parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}for(const key2 in data1){let data2 = data1[key2];if(((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) && (typeof data2 !== "boolean")){const err5 = {instancePath:instancePath+"/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/env/additionalProperties/type",keyword:"type",params:{type: schema12.additionalProperties.type},message:"must be string,number,boolean",schema:schema12.additionalProperties.type,parentSchema:schema12.additionalProperties,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.workspace !== undefined){let data3 = data.workspace;if(!(((data3 === "none") || (data3 === "read-only")) || (data3 === "copy"))){const err7 = {instancePath:instancePath+"/workspace",schemaPath:"#/definitions/workspace/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values",schema:schema26.enum,parentSchema:schema26,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.network !== undefined){let data4 = data.network;if(!((data4 === "none") || (data4 === "host"))){const err8 = {instancePath:instancePath+"/network",schemaPath:"#/definitions/network/enum",keyword:"enum",params:{allowedValues: schema27.enum},message:"must be equal to one of the allowed values",schema:schema27.enum,parentSchema:schema27,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.allow_host_network !== undefined){let data5 = data.allow_host_network;if(typeof data5 !== "boolean"){const err9 = {instancePath:instancePath+"/allow_host_network",schemaPath:"#/definitions/allow_host_network/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.type,parentSchema:schema28,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.memory !== undefined){let data6 = data.memory;if((typeof data6 !== "string") && (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6))))){const err10 = {instancePath:instancePath+"/memory",schemaPath:"#/definitions/memory/type",keyword:"type",params:{type: schema29.type},message:"must be string,integer",schema:schema29.type,parentSchema:schema29,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 1 || isNaN(data6)){const err11 = {instancePath:instancePath+"/memory",schemaPath:"#/definitions/memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema29,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(typeof data6 === "string"){if(!pattern4.test(data6)){const err12 = {instancePath:instancePath+"/memory",schemaPath:"#/definitions/memory/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$",parentSchema:schema29,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}if(data.disk !== undefined){let data7 = data.disk;if((typeof data7 !== "string") && (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7))))){const err13 = {instancePath:instancePath+"/disk",schemaPath:"#/definitions/disk/type",keyword:"type",params:{type: schema30.type},message:"must be string,integer",schema:schema30.type,parentSchema:schema30,data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1048576 || isNaN(data7)){const err14 = {instancePath:instancePath+"/disk",schemaPath:"#/definitions/disk/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1048576},message:"must be >= 1048576",schema:1048576,parentSchema:schema30,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(typeof data7 === "string"){if(!pattern5.test(data7)){const err15 = {instancePath:instancePath+"/disk",schemaPath:"#/definitions/disk/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?$",parentSchema:schema30,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}if(data.cpus !== undefined){let data8 = data.cpus;if((typeof data8 == "number") && (isFinite(data8))){if(data8 <= 0 || isNaN(data8)){const err16 = {instancePath:instancePath+"/cpus",schemaPath:"#/definitions/cpus/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema31,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/cpus",schemaPath:"#/definitions/cpus/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.type,parentSchema:schema31,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.pids !== undefined){let data9 = data.pids;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err18 = {instancePath:instancePath+"/pids",schemaPath:"#/definitions/pids/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.type,parentSchema:schema32,data:data9};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 1 || isNaN(data9)){const err19 = {instancePath:instancePath+"/pids",schemaPath:"#/definitions/pids/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32,data:data9};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}if(data.timeout !== undefined){let data10 = data.timeout;if((typeof data10 !== "string") && (!((typeof data10 == "number") && (isFinite(data10))))){const err20 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/sandbox_timeout/type",keyword:"type",params:{type: schema33.type},message:"must be string,number",schema:schema33.type,parentSchema:schema33,data:data10};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if((typeof data10 == "number") && (isFinite(data10))){if(data10 < 0 || isNaN(data10)){const err21 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/sandbox_timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema33,data:data10};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(typeof data10 === "string"){if(!pattern6.test(data10)){const err22 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/sandbox_timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$",parentSchema:schema33,data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}if(data.runtime !== undefined){let data11 = data.runtime;if(!((data11 === "runc") || (data11 === "runsc"))){const err23 = {instancePath:instancePath+"/runtime",schemaPath:"#/definitions/runtime/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values",schema:schema34.enum,parentSchema:schema34,data:data11};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.user !== undefined){let data12 = data.user;if((typeof data12 !== "string") && (!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12))))){const err24 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/user/type",keyword:"type",params:{type: schema35.type},message:"must be string,integer",schema:schema35.type,parentSchema:schema35,data:data12};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if((typeof data12 == "number") && (isFinite(data12))){if(data12 < 0 || isNaN(data12)){const err25 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/user/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema35,data:data12};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(typeof data12 === "string"){if(!pattern7.test(data12)){const err26 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/user/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(:[0-9]+)?$"},message:"must match pattern \""+"^[0-9]+(:[0-9]+)?$"+"\"",schema:"^[0-9]+(:[0-9]+)?$",parentSchema:schema35,data:data12};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}}else {const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}validate15.errors = vErrors;return errors === 0;}const schema36 = {"description":"Defaults merged into every agent step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"model":{"$ref":"#/definitions/model"},"system":{"$ref":"#/definitions/system"},"max_turns":{"$ref":"#/definitions/max_turns"},"max_tokens":{"$ref":"#/definitions/max_tokens"},"tools":{"$ref":"#/definitions/tools"},"sandbox":{"description":"The container the tools run in (the sandbox step's fields, without run and timeout).","type":"object","additionalProperties":false,"properties":{"image":{"$ref":"#/definitions/image"},"env":{"$ref":"#/definitions/env"},"workspace":{"$ref":"#/definitions/workspace"},"network":{"$ref":"#/definitions/network"},"allow_host_network":{"$ref":"#/definitions/allow_host_network"},"memory":{"$ref":"#/definitions/memory"},"disk":{"$ref":"#/definitions/disk"},"cpus":{"$ref":"#/definitions/cpus"},"pids":{"$ref":"#/definitions/pids"},"runtime":{"$ref":"#/definitions/runtime"},"user":{"$ref":"#/definitions/user"}}},"command_timeout":{"$ref":"#/definitions/command_timeout"},"output_schema":{"$ref":"#/definitions/output_schema"}}};const schema39 = {"description":"The most model turns the agent loop may take.","type":"integer","minimum":1};const schema41 = {"description":"The tools the agent may call (all by default).","type":"array","uniqueItems":true,"items":{"description":"A tool name.","enum":["run","read_file","write_file","list_files","search"]}};const schema53 = {"description":"How long one command the agent runs may take.","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"};const func0 = (__webpack_require__(24951)["default"]);function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((((key0 === "model") || (key0 === "system")) || (key0 === "max_turns")) || (key0 === "max_tokens")) || (key0 === "tools")) || (key0 === "sandbox")) || (key0 === "command_timeout")) || (key0 === "output_schema"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.model !== undefined){let data0 = data.model;if(typeof data0 === "string"){if(func3(data0) < 1){const err1 = {instancePath:instancePath+"/model",schemaPath:"#/definitions/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/model",schemaPath:"#/definitions/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.system !== undefined){let data1 = data.system;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/system",schemaPath:"#/definitions/system/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.max_turns !== undefined){let data2 = data.max_turns;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err4 = {instancePath:instancePath+"/max_turns",schemaPath:"#/definitions/max_turns/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.type,parentSchema:schema39,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 < 1 || isNaN(data2)){const err5 = {instancePath:instancePath+"/max_turns",schemaPath:"#/definitions/max_turns/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}if(data.max_tokens !== undefined){let data3 = data.max_tokens;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err6 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/definitions/max_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema20.type,parentSchema:schema20,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 1 || isNaN(data3)){const err7 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/definitions/max_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema20,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}if(data.tools !== undefined){let data4 = data.tools;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(!(((((data5 === "run") || (data5 === "read_file")) || (data5 === "write_file")) || (data5 === "list_files")) || (data5 === "search"))){const err8 = {instancePath:instancePath+"/tools/" + i0,schemaPath:"#/definitions/tools/items/enum",keyword:"enum",params:{allowedValues: schema41.items.enum},message:"must be equal to one of the allowed values",schema:schema41.items.enum,parentSchema:schema41.items,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}let i1 = data4.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data4[i1], data4[j0])){const err9 = {instancePath:instancePath+"/tools",schemaPath:"#/definitions/tools/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema41,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;break outer0;}}}}}else {const err10 = {instancePath:instancePath+"/tools",schemaPath:"#/definitions/tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.type,parentSchema:schema41,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.sandbox !== undefined){let data6 = data.sandbox;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key1 in data6){if(!(func2.call(schema36.properties.sandbox.properties, key1))){const err11 = {instancePath:instancePath+"/sandbox",schemaPath:"#/properties/sandbox/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.sandbox,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data6.image !== undefined){let data7 = data6.image;if(typeof data7 === "string"){if(func3(data7) < 1){const err12 = {instancePath:instancePath+"/sandbox/image",schemaPath:"#/definitions/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24,data:data7};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/sandbox/image",schemaPath:"#/definitions/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data6.env !== undefined){let data8 = data6.env;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key2 in data8){const _errs27 = errors;if(typeof key2 === "string"){if(!pattern1.test(key2)){const err14 = {instancePath:instancePath+"/sandbox/env",schemaPath:"#/definitions/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema12.propertyNames,data:key2,propertyName:key2};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}var valid12 = _errs27 === errors;if(!valid12){const err15 = {instancePath:instancePath+"/sandbox/env",schemaPath:"#/definitions/env/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema12.propertyNames,parentSchema:schema12,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}for(const key3 in data8){let data9 = data8[key3];if(((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))) && (typeof data9 !== "boolean")){const err16 = {instancePath:instancePath+"/sandbox/env/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/env/additionalProperties/type",keyword:"type",params:{type: schema12.additionalProperties.type},message:"must be string,number,boolean",schema:schema12.additionalProperties.type,parentSchema:schema12.additionalProperties,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/sandbox/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data6.workspace !== undefined){let data10 = data6.workspace;if(!(((data10 === "none") || (data10 === "read-only")) || (data10 === "copy"))){const err18 = {instancePath:instancePath+"/sandbox/workspace",schemaPath:"#/definitions/workspace/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values",schema:schema26.enum,parentSchema:schema26,data:data10};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data6.network !== undefined){let data11 = data6.network;if(!((data11 === "none") || (data11 === "host"))){const err19 = {instancePath:instancePath+"/sandbox/network",schemaPath:"#/definitions/network/enum",keyword:"enum",params:{allowedValues: schema27.enum},message:"must be equal to one of the allowed values",schema:schema27.enum,parentSchema:schema27,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data6.allow_host_network !== undefined){let data12 = data6.allow_host_network;if(typeof data12 !== "boolean"){const err20 = {instancePath:instancePath+"/sandbox/allow_host_network",schemaPath:"#/definitions/allow_host_network/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.type,parentSchema:schema28,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data6.memory !== undefined){let data13 = data6.memory;if((typeof data13 !== "string") && (!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13))))){const err21 = {instancePath:instancePath+"/sandbox/memory",schemaPath:"#/definitions/memory/type",keyword:"type",params:{type: schema29.type},message:"must be string,integer",schema:schema29.type,parentSchema:schema29,data:data13};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if((typeof data13 == "number") && (isFinite(data13))){if(data13 < 1 || isNaN(data13)){const err22 = {instancePath:instancePath+"/sandbox/memory",schemaPath:"#/definitions/memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema29,data:data13};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(typeof data13 === "string"){if(!pattern4.test(data13)){const err23 = {instancePath:instancePath+"/sandbox/memory",schemaPath:"#/definitions/memory/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$",parentSchema:schema29,data:data13};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}if(data6.disk !== undefined){let data14 = data6.disk;if((typeof data14 !== "string") && (!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14))))){const err24 = {instancePath:instancePath+"/sandbox/disk",schemaPath:"#/definitions/disk/type",keyword:"type",params:{type: schema30.type},message:"must be string,integer",schema:schema30.type,parentSchema:schema30,data:data14};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if((typeof data14 == "number") && (isFinite(data14))){if(data14 < 1048576 || isNaN(data14)){const err25 = {instancePath:instancePath+"/sandbox/disk",schemaPath:"#/definitions/disk/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1048576},message:"must be >= 1048576",schema:1048576,parentSchema:schema30,data:data14};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(typeof data14 === "string"){if(!pattern5.test(data14)){const err26 = {instancePath:instancePath+"/sandbox/disk",schemaPath:"#/definitions/disk/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?$",parentSchema:schema30,data:data14};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}if(data6.cpus !== undefined){let data15 = data6.cpus;if((typeof data15 == "number") && (isFinite(data15))){if(data15 <= 0 || isNaN(data15)){const err27 = {instancePath:instancePath+"/sandbox/cpus",schemaPath:"#/definitions/cpus/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema31,data:data15};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/sandbox/cpus",schemaPath:"#/definitions/cpus/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.type,parentSchema:schema31,data:data15};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data6.pids !== undefined){let data16 = data6.pids;if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){const err29 = {instancePath:instancePath+"/sandbox/pids",schemaPath:"#/definitions/pids/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.type,parentSchema:schema32,data:data16};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if((typeof data16 == "number") && (isFinite(data16))){if(data16 < 1 || isNaN(data16)){const err30 = {instancePath:instancePath+"/sandbox/pids",schemaPath:"#/definitions/pids/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32,data:data16};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}if(data6.runtime !== undefined){let data17 = data6.runtime;if(!((data17 === "runc") || (data17 === "runsc"))){const err31 = {instancePath:instancePath+"/sandbox/runtime",schemaPath:"#/definitions/runtime/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values",schema:schema34.enum,parentSchema:schema34,data:data17};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data6.user !== undefined){let data18 = data6.user;if((typeof data18 !== "string") && (!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18))))){const err32 = {instancePath:instancePath+"/sandbox/user",schemaPath:"#/definitions/user/type",keyword:"type",params:{type: schema35.type},message:"must be string,integer",schema:schema35.type,parentSchema:schema35,data:data18};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if((typeof data18 == "number") && (isFinite(data18))){if(data18 < 0 || isNaN(data18)){const err33 = {instancePath:instancePath+"/sandbox/user",schemaPath:"#/definitions/user/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema35,data:data18};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(typeof data18 === "string"){if(!pattern7.test(data18)){const err34 = {instancePath:instancePath+"/sandbox/user",schemaPath:"#/definitions/user/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(:[0-9]+)?$"},message:"must match pattern \""+"^[0-9]+(:[0-9]+)?$"+"\"",schema:"^[0-9]+(:[0-9]+)?$",parentSchema:schema35,data:data18};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}}else {const err35 = {instancePath:instancePath+"/sandbox",schemaPath:"#/properties/sandbox/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.sandbox.type,parentSchema:schema36.properties.sandbox,data:data6};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data.command_timeout !== undefined){let data19 = data.command_timeout;if((typeof data19 !== "string") && (!((typeof data19 == "number") && (isFinite(data19))))){const err36 = {instancePath:instancePath+"/command_timeout",schemaPath:"#/definitions/command_timeout/type",keyword:"type",params:{type: schema53.type},message:"must be string,number",schema:schema53.type,parentSchema:schema53,data:data19};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if((typeof data19 == "number") && (isFinite(data19))){if(data19 < 0 || isNaN(data19)){const err37 = {instancePath:instancePath+"/command_timeout",schemaPath:"#/definitions/command_timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema53,data:data19};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(typeof data19 === "string"){if(!pattern6.test(data19)){const err38 = {instancePath:instancePath+"/command_timeout",schemaPath:"#/definitions/command_timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$",parentSchema:schema53,data:data19};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}if(data.output_schema !== undefined){let data20 = data.output_schema;if(!(data20 && typeof data20 == "object" && !Array.isArray(data20))){const err39 = {instancePath:instancePath+"/output_schema",schemaPath:"#/definitions/output_schema/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data20};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}validate17.errors = vErrors;return errors === 0;}const schema55 = {"description":"Defaults merged into every approval step (the step's own fields win).","type":"object","additionalProperties":false,"properties":{"message":{"$ref":"#/definitions/approval_message"},"approvers":{"$ref":"#/definitions/approvers"},"timeout":{"$ref":"#/definitions/approval_timeout"},"on_timeout":{"$ref":"#/definitions/on_timeout"},"auto_approve":{"$ref":"#/definitions/auto_approve"}}};const schema56 = {"description":"What is asked of the approvers; shown in the PR comment. May hold ${{ }} expressions.","type":"string"};const schema57 = {"description":"Who may decide. Someone counts if they hold the permission, or are a listed user, or a member of a listed team.","type":"object","additionalProperties":false,"properties":{"permission":{"description":"The least repository role an approver needs (read live from GitHub).","enum":["read","triage","write","maintain","admin"],"default":"write"},"users":{"description":"GitHub logins allowed to decide.","type":"array","items":{"description":"A GitHub login.","type":"string","pattern":"^[A-Za-z0-9](-?[A-Za-z0-9])*$"}},"teams":{"description":"Teams whose members may decide, as org/team-slug or team-slug.","type":"array","items":{"description":"A team.","type":"string","pattern":"^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$"}},"min":{"description":"How many distinct approvals are needed.","type":"integer","minimum":1,"default":1},"allow_author":{"description":"Whether the pull request's author may approve.","type":"boolean","default":false}}};const schema58 = {"description":"How long to wait for a decision.","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"};const schema59 = {"description":"What a timeout means: fail (the step fails) or reject (counts as a rejection).","enum":["fail","reject"],"default":"fail"};const schema60 = {"description":"true, false, or one ${{ }} expression: when true, the gate is approved by policy without asking.","type":["boolean","string"],"pattern":"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$"};const pattern13 = new RegExp("^[A-Za-z0-9](-?[A-Za-z0-9])*$", "u");const pattern14 = new RegExp("^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$", "u");const pattern16 = new RegExp("^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$", "u");function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "message") || (key0 === "approvers")) || (key0 === "timeout")) || (key0 === "on_timeout")) || (key0 === "auto_approve"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.message !== undefined){let data0 = data.message;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/approval_message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.approvers !== undefined){let data1 = data.approvers;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(((((key1 === "permission") || (key1 === "users")) || (key1 === "teams")) || (key1 === "min")) || (key1 === "allow_author"))){const err2 = {instancePath:instancePath+"/approvers",schemaPath:"#/definitions/approvers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data1.permission !== undefined){let data2 = data1.permission;if(!(((((data2 === "read") || (data2 === "triage")) || (data2 === "write")) || (data2 === "maintain")) || (data2 === "admin"))){const err3 = {instancePath:instancePath+"/approvers/permission",schemaPath:"#/definitions/approvers/properties/permission/enum",keyword:"enum",params:{allowedValues: schema57.properties.permission.enum},message:"must be equal to one of the allowed values",schema:schema57.properties.permission.enum,parentSchema:schema57.properties.permission,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.users !== undefined){let data3 = data1.users;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(typeof data4 === "string"){if(!pattern13.test(data4)){const err4 = {instancePath:instancePath+"/approvers/users/" + i0,schemaPath:"#/definitions/approvers/properties/users/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](-?[A-Za-z0-9])*$"},message:"must match pattern \""+"^[A-Za-z0-9](-?[A-Za-z0-9])*$"+"\"",schema:"^[A-Za-z0-9](-?[A-Za-z0-9])*$",parentSchema:schema57.properties.users.items,data:data4};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/approvers/users/" + i0,schemaPath:"#/definitions/approvers/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.users.items.type,parentSchema:schema57.properties.users.items,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/approvers/users",schemaPath:"#/definitions/approvers/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.users.type,parentSchema:schema57.properties.users,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1.teams !== undefined){let data5 = data1.teams;if(Array.isArray(data5)){const len1 = data5.length;for(let i1=0; i1<len1; i1++){let data6 = data5[i1];if(typeof data6 === "string"){if(!pattern14.test(data6)){const err7 = {instancePath:instancePath+"/approvers/teams/" + i1,schemaPath:"#/definitions/approvers/properties/teams/items/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$"+"\"",schema:"^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$",parentSchema:schema57.properties.teams.items,data:data6};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/approvers/teams/" + i1,schemaPath:"#/definitions/approvers/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.teams.items.type,parentSchema:schema57.properties.teams.items,data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/approvers/teams",schemaPath:"#/definitions/approvers/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.teams.type,parentSchema:schema57.properties.teams,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data1.min !== undefined){let data7 = data1.min;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err10 = {instancePath:instancePath+"/approvers/min",schemaPath:"#/definitions/approvers/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.min.type,parentSchema:schema57.properties.min,data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err11 = {instancePath:instancePath+"/approvers/min",schemaPath:"#/definitions/approvers/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema57.properties.min,data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}if(data1.allow_author !== undefined){let data8 = data1.allow_author;if(typeof data8 !== "boolean"){const err12 = {instancePath:instancePath+"/approvers/allow_author",schemaPath:"#/definitions/approvers/properties/allow_author/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema57.properties.allow_author.type,parentSchema:schema57.properties.allow_author,data:data8};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/approvers",schemaPath:"#/definitions/approvers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data:data1};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.timeout !== undefined){let data9 = data.timeout;if((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))){const err14 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/approval_timeout/type",keyword:"type",params:{type: schema58.type},message:"must be string,number",schema:schema58.type,parentSchema:schema58,data:data9};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 0 || isNaN(data9)){const err15 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/approval_timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58,data:data9};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(typeof data9 === "string"){if(!pattern6.test(data9)){const err16 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/approval_timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$",parentSchema:schema58,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data.on_timeout !== undefined){let data10 = data.on_timeout;if(!((data10 === "fail") || (data10 === "reject"))){const err17 = {instancePath:instancePath+"/on_timeout",schemaPath:"#/definitions/on_timeout/enum",keyword:"enum",params:{allowedValues: schema59.enum},message:"must be equal to one of the allowed values",schema:schema59.enum,parentSchema:schema59,data:data10};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.auto_approve !== undefined){let data11 = data.auto_approve;if((typeof data11 !== "boolean") && (typeof data11 !== "string")){const err18 = {instancePath:instancePath+"/auto_approve",schemaPath:"#/definitions/auto_approve/type",keyword:"type",params:{type: schema60.type},message:"must be boolean,string",schema:schema60.type,parentSchema:schema60,data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(typeof data11 === "string"){if(!pattern16.test(data11)){const err19 = {instancePath:instancePath+"/auto_approve",schemaPath:"#/definitions/auto_approve/pattern",keyword:"pattern",params:{pattern: "^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$"},message:"must match pattern \""+"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$"+"\"",schema:"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$",parentSchema:schema60,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}}else {const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}validate19.errors = vErrors;return errors === 0;}const schema61 = {"description":"One step: an id, when it runs, and exactly one kind key (shell, llm, sandbox, agent or approval).","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"description":"Unique id: a lowercase letter, then lowercase letters, digits, _ or -. Other steps read its results as steps.<id>.","type":"string","pattern":"^[a-z][a-z0-9_-]*$","maxLength":100},"name":{"description":"A human name for logs and the job summary.","type":"string"},"needs":{"description":"The steps this one runs after. Absent: the step listed before. [] makes the step a root.","type":["string","array"],"items":{"description":"A step id.","type":"string"}},"if":{"description":"Run only when this is true: a bare expression or exactly one ${{ }}. Default success().","type":["string","boolean"]},"timeout":{"description":"How long one attempt of the step may take.","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},"retry":{"description":"Retries on failure.","type":"object","additionalProperties":false,"properties":{"max_attempts":{"description":"Attempts in all, including the first (default 1).","type":"integer","minimum":1,"maximum":100,"default":1},"backoff":{"description":"Delay before the second attempt (default 1s); doubles for each further attempt.","type":["string","number"],"minimum":0,"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"}}},"continue_on_error":{"description":"true, false, or one ${{ }} expression: when true, a failure of this step does not fail the run.","type":["boolean","string"],"pattern":"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$","default":false},"budget":{"description":"This step's own spending limit, within the workflow's.","type":"object","additionalProperties":false,"required":["max_usd"],"properties":{"max_usd":{"$ref":"#/definitions/usd"}}},"shell":{"$ref":"#/definitions/step_shell"},"llm":{"$ref":"#/definitions/step_llm"},"sandbox":{"$ref":"#/definitions/step_sandbox"},"agent":{"$ref":"#/definitions/step_agent"},"approval":{"$ref":"#/definitions/step_approval"}},"oneOf":[{"required":["shell"]},{"required":["llm"]},{"required":["sandbox"]},{"required":["agent"]},{"required":["approval"]}]};const pattern17 = new RegExp("^[a-z][a-z0-9_-]*$", "u");const schema63 = {"description":"A command on the runner itself, for trusted glue (git diff, gh).","type":"object","additionalProperties":false,"required":["run"],"properties":{"run":{"$ref":"#/definitions/run"},"env":{"$ref":"#/definitions/env"},"shell":{"$ref":"#/definitions/shell_shell"}}};const schema64 = {"description":"The command, run with `sh -c` (sandbox) or the step's shell. Never contains ${{ }}: pass values through env and use \"$NAME\".","type":"string","minLength":1};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.run === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema63.required,parentSchema:schema63,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((key0 === "run") || (key0 === "env")) || (key0 === "shell"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema63,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.run !== undefined){let data0 = data.run;if(typeof data0 === "string"){if(func3(data0) < 1){const err2 = {instancePath:instancePath+"/run",schemaPath:"#/definitions/run/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/run",schemaPath:"#/definitions/run/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.type,parentSchema:schema64,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.env !== undefined){let data1 = data.env;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){const _errs8 = errors;if(typeof key1 === "string"){if(!pattern1.test(key1)){const err4 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema12.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}var valid3 = _errs8 === errors;if(!valid3){const err5 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema12.propertyNames,parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}for(const key2 in data1){let data2 = data1[key2];if(((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) && (typeof data2 !== "boolean")){const err6 = {instancePath:instancePath+"/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/env/additionalProperties/type",keyword:"type",params:{type: schema12.additionalProperties.type},message:"must be string,number,boolean",schema:schema12.additionalProperties.type,parentSchema:schema12.additionalProperties,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.shell !== undefined){let data3 = data.shell;if(!((data3 === "bash") || (data3 === "sh"))){const err8 = {instancePath:instancePath+"/shell",schemaPath:"#/definitions/shell_shell/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate22.errors = vErrors;return errors === 0;}const schema67 = {"description":"One chat call to the model.","type":"object","additionalProperties":false,"properties":{"model":{"$ref":"#/definitions/model"},"system":{"$ref":"#/definitions/system"},"prompt":{"$ref":"#/definitions/prompt"},"messages":{"$ref":"#/definitions/messages"},"max_tokens":{"$ref":"#/definitions/max_tokens"},"temperature":{"$ref":"#/definitions/temperature"},"output_schema":{"$ref":"#/definitions/output_schema"}}};const schema70 = {"description":"The user message. May hold ${{ }} expressions.","type":"string"};const schema71 = {"description":"The conversation, instead of prompt.","type":"array","minItems":1,"items":{"description":"One message.","type":"object","additionalProperties":false,"required":["role","content"],"properties":{"role":{"description":"Who speaks.","enum":["system","developer","user","assistant"]},"content":{"description":"The text of the message. May hold ${{ }} expressions.","type":"string"}}}};function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((((key0 === "model") || (key0 === "system")) || (key0 === "prompt")) || (key0 === "messages")) || (key0 === "max_tokens")) || (key0 === "temperature")) || (key0 === "output_schema"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema67,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.model !== undefined){let data0 = data.model;if(typeof data0 === "string"){if(func3(data0) < 1){const err1 = {instancePath:instancePath+"/model",schemaPath:"#/definitions/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/model",schemaPath:"#/definitions/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.system !== undefined){let data1 = data.system;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/system",schemaPath:"#/definitions/system/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.prompt !== undefined){let data2 = data.prompt;if(typeof data2 !== "string"){const err4 = {instancePath:instancePath+"/prompt",schemaPath:"#/definitions/prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.messages !== undefined){let data3 = data.messages;if(Array.isArray(data3)){if(data3.length < 1){const err5 = {instancePath:instancePath+"/messages",schemaPath:"#/definitions/messages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema71,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.role === undefined){const err6 = {instancePath:instancePath+"/messages/" + i0,schemaPath:"#/definitions/messages/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema71.items.required,parentSchema:schema71.items,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data4.content === undefined){const err7 = {instancePath:instancePath+"/messages/" + i0,schemaPath:"#/definitions/messages/items/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema71.items.required,parentSchema:schema71.items,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}for(const key1 in data4){if(!((key1 === "role") || (key1 === "content"))){const err8 = {instancePath:instancePath+"/messages/" + i0,schemaPath:"#/definitions/messages/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema71.items,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data4.role !== undefined){let data5 = data4.role;if(!((((data5 === "system") || (data5 === "developer")) || (data5 === "user")) || (data5 === "assistant"))){const err9 = {instancePath:instancePath+"/messages/" + i0+"/role",schemaPath:"#/definitions/messages/items/properties/role/enum",keyword:"enum",params:{allowedValues: schema71.items.properties.role.enum},message:"must be equal to one of the allowed values",schema:schema71.items.properties.role.enum,parentSchema:schema71.items.properties.role,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data4.content !== undefined){let data6 = data4.content;if(typeof data6 !== "string"){const err10 = {instancePath:instancePath+"/messages/" + i0+"/content",schemaPath:"#/definitions/messages/items/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.items.properties.content.type,parentSchema:schema71.items.properties.content,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/messages/" + i0,schemaPath:"#/definitions/messages/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.items.type,parentSchema:schema71.items,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/messages",schemaPath:"#/definitions/messages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema71.type,parentSchema:schema71,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.max_tokens !== undefined){let data7 = data.max_tokens;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err13 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/definitions/max_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema20.type,parentSchema:schema20,data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err14 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/definitions/max_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema20,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}if(data.temperature !== undefined){let data8 = data.temperature;if((typeof data8 == "number") && (isFinite(data8))){if(data8 > 2 || isNaN(data8)){const err15 = {instancePath:instancePath+"/temperature",schemaPath:"#/definitions/temperature/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2",schema:2,parentSchema:schema21,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data8 < 0 || isNaN(data8)){const err16 = {instancePath:instancePath+"/temperature",schemaPath:"#/definitions/temperature/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/temperature",schemaPath:"#/definitions/temperature/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.type,parentSchema:schema21,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.output_schema !== undefined){let data9 = data.output_schema;if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){const err18 = {instancePath:instancePath+"/output_schema",schemaPath:"#/definitions/output_schema/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data9};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.type,parentSchema:schema67,data};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate24.errors = vErrors;return errors === 0;}const schema75 = {"description":"A command in a fresh hardened container.","type":"object","additionalProperties":false,"required":["run"],"properties":{"run":{"$ref":"#/definitions/run"},"image":{"$ref":"#/definitions/image"},"env":{"$ref":"#/definitions/env"},"workspace":{"$ref":"#/definitions/workspace"},"network":{"$ref":"#/definitions/network"},"allow_host_network":{"$ref":"#/definitions/allow_host_network"},"memory":{"$ref":"#/definitions/memory"},"disk":{"$ref":"#/definitions/disk"},"cpus":{"$ref":"#/definitions/cpus"},"pids":{"$ref":"#/definitions/pids"},"timeout":{"$ref":"#/definitions/sandbox_timeout"},"runtime":{"$ref":"#/definitions/runtime"},"user":{"$ref":"#/definitions/user"},"protected_paths_allowed":{"$ref":"#/definitions/protected_paths_allowed"}}};const schema89 = {"description":"Protected places this step's changes may reach the checkout in (.husky, .github/workflows, .gitmodules, .gitattributes, core.hooksPath); .git never can. See docs/sandbox.md.","type":"array","items":{"type":"string"},"uniqueItems":true};function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.run === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema75.required,parentSchema:schema75,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func2.call(schema75.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema75,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.run !== undefined){let data0 = data.run;if(typeof data0 === "string"){if(func3(data0) < 1){const err2 = {instancePath:instancePath+"/run",schemaPath:"#/definitions/run/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/run",schemaPath:"#/definitions/run/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.type,parentSchema:schema64,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.image !== undefined){let data1 = data.image;if(typeof data1 === "string"){if(func3(data1) < 1){const err4 = {instancePath:instancePath+"/image",schemaPath:"#/definitions/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/image",schemaPath:"#/definitions/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.env !== undefined){let data2 = data.env;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){const _errs11 = errors;if(typeof key1 === "string"){if(!pattern1.test(key1)){const err6 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema12.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}var valid4 = _errs11 === errors;if(!valid4){const err7 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema12.propertyNames,parentSchema:schema12,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}for(const key2 in data2){let data3 = data2[key2];if(((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))) && (typeof data3 !== "boolean")){const err8 = {instancePath:instancePath+"/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/env/additionalProperties/type",keyword:"type",params:{type: schema12.additionalProperties.type},message:"must be string,number,boolean",schema:schema12.additionalProperties.type,parentSchema:schema12.additionalProperties,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.workspace !== undefined){let data4 = data.workspace;if(!(((data4 === "none") || (data4 === "read-only")) || (data4 === "copy"))){const err10 = {instancePath:instancePath+"/workspace",schemaPath:"#/definitions/workspace/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values",schema:schema26.enum,parentSchema:schema26,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.network !== undefined){let data5 = data.network;if(!((data5 === "none") || (data5 === "host"))){const err11 = {instancePath:instancePath+"/network",schemaPath:"#/definitions/network/enum",keyword:"enum",params:{allowedValues: schema27.enum},message:"must be equal to one of the allowed values",schema:schema27.enum,parentSchema:schema27,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.allow_host_network !== undefined){let data6 = data.allow_host_network;if(typeof data6 !== "boolean"){const err12 = {instancePath:instancePath+"/allow_host_network",schemaPath:"#/definitions/allow_host_network/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.type,parentSchema:schema28,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.memory !== undefined){let data7 = data.memory;if((typeof data7 !== "string") && (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7))))){const err13 = {instancePath:instancePath+"/memory",schemaPath:"#/definitions/memory/type",keyword:"type",params:{type: schema29.type},message:"must be string,integer",schema:schema29.type,parentSchema:schema29,data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err14 = {instancePath:instancePath+"/memory",schemaPath:"#/definitions/memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema29,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(typeof data7 === "string"){if(!pattern4.test(data7)){const err15 = {instancePath:instancePath+"/memory",schemaPath:"#/definitions/memory/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$",parentSchema:schema29,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}if(data.disk !== undefined){let data8 = data.disk;if((typeof data8 !== "string") && (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8))))){const err16 = {instancePath:instancePath+"/disk",schemaPath:"#/definitions/disk/type",keyword:"type",params:{type: schema30.type},message:"must be string,integer",schema:schema30.type,parentSchema:schema30,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 < 1048576 || isNaN(data8)){const err17 = {instancePath:instancePath+"/disk",schemaPath:"#/definitions/disk/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1048576},message:"must be >= 1048576",schema:1048576,parentSchema:schema30,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(typeof data8 === "string"){if(!pattern5.test(data8)){const err18 = {instancePath:instancePath+"/disk",schemaPath:"#/definitions/disk/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?$",parentSchema:schema30,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}if(data.cpus !== undefined){let data9 = data.cpus;if((typeof data9 == "number") && (isFinite(data9))){if(data9 <= 0 || isNaN(data9)){const err19 = {instancePath:instancePath+"/cpus",schemaPath:"#/definitions/cpus/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema31,data:data9};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/cpus",schemaPath:"#/definitions/cpus/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.type,parentSchema:schema31,data:data9};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.pids !== undefined){let data10 = data.pids;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){const err21 = {instancePath:instancePath+"/pids",schemaPath:"#/definitions/pids/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.type,parentSchema:schema32,data:data10};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if((typeof data10 == "number") && (isFinite(data10))){if(data10 < 1 || isNaN(data10)){const err22 = {instancePath:instancePath+"/pids",schemaPath:"#/definitions/pids/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32,data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}if(data.timeout !== undefined){let data11 = data.timeout;if((typeof data11 !== "string") && (!((typeof data11 == "number") && (isFinite(data11))))){const err23 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/sandbox_timeout/type",keyword:"type",params:{type: schema33.type},message:"must be string,number",schema:schema33.type,parentSchema:schema33,data:data11};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 < 0 || isNaN(data11)){const err24 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/sandbox_timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema33,data:data11};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(typeof data11 === "string"){if(!pattern6.test(data11)){const err25 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/sandbox_timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$",parentSchema:schema33,data:data11};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}if(data.runtime !== undefined){let data12 = data.runtime;if(!((data12 === "runc") || (data12 === "runsc"))){const err26 = {instancePath:instancePath+"/runtime",schemaPath:"#/definitions/runtime/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values",schema:schema34.enum,parentSchema:schema34,data:data12};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.user !== undefined){let data13 = data.user;if((typeof data13 !== "string") && (!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13))))){const err27 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/user/type",keyword:"type",params:{type: schema35.type},message:"must be string,integer",schema:schema35.type,parentSchema:schema35,data:data13};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if((typeof data13 == "number") && (isFinite(data13))){if(data13 < 0 || isNaN(data13)){const err28 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/user/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema35,data:data13};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(typeof data13 === "string"){if(!pattern7.test(data13)){const err29 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/user/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(:[0-9]+)?$"},message:"must match pattern \""+"^[0-9]+(:[0-9]+)?$"+"\"",schema:"^[0-9]+(:[0-9]+)?$",parentSchema:schema35,data:data13};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}if(data.protected_paths_allowed !== undefined){let data14 = data.protected_paths_allowed;if(Array.isArray(data14)){const len0 = data14.length;for(let i0=0; i0<len0; i0++){let data15 = data14[i0];if(typeof data15 !== "string"){const err30 = {instancePath:instancePath+"/protected_paths_allowed/" + i0,schemaPath:"#/definitions/protected_paths_allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.items.type,parentSchema:schema89.items,data:data15};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}let i1 = data14.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data14[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err31 = {instancePath:instancePath+"/protected_paths_allowed",schemaPath:"#/definitions/protected_paths_allowed/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema89,data:data14};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;break;}indices0[item0] = i1;}}}else {const err32 = {instancePath:instancePath+"/protected_paths_allowed",schemaPath:"#/definitions/protected_paths_allowed/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema89.type,parentSchema:schema89,data:data14};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.type,parentSchema:schema75,data};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}validate26.errors = vErrors;return errors === 0;}const schema90 = {"description":"A tool-calling loop; the tools run in one hardened container kept for the step.","type":"object","additionalProperties":false,"required":["task"],"properties":{"model":{"$ref":"#/definitions/model"},"system":{"$ref":"#/definitions/system"},"task":{"$ref":"#/definitions/task"},"max_turns":{"$ref":"#/definitions/max_turns"},"max_tokens":{"$ref":"#/definitions/max_tokens"},"tools":{"$ref":"#/definitions/tools"},"sandbox":{"description":"The container the tools run in (the sandbox step's fields, without run and timeout).","type":"object","additionalProperties":false,"properties":{"image":{"$ref":"#/definitions/image"},"env":{"$ref":"#/definitions/env"},"workspace":{"$ref":"#/definitions/workspace"},"network":{"$ref":"#/definitions/network"},"allow_host_network":{"$ref":"#/definitions/allow_host_network"},"memory":{"$ref":"#/definitions/memory"},"disk":{"$ref":"#/definitions/disk"},"cpus":{"$ref":"#/definitions/cpus"},"pids":{"$ref":"#/definitions/pids"},"runtime":{"$ref":"#/definitions/runtime"},"user":{"$ref":"#/definitions/user"}}},"command_timeout":{"$ref":"#/definitions/command_timeout"},"output_schema":{"$ref":"#/definitions/output_schema"},"protected_paths_allowed":{"$ref":"#/definitions/protected_paths_allowed"}}};const schema93 = {"description":"What the agent is asked to do. May hold ${{ }} expressions.","type":"string","minLength":1};function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.task === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "task"},message:"must have required property '"+"task"+"'",schema:schema90.required,parentSchema:schema90,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func2.call(schema90.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema90,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.model !== undefined){let data0 = data.model;if(typeof data0 === "string"){if(func3(data0) < 1){const err2 = {instancePath:instancePath+"/model",schemaPath:"#/definitions/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/model",schemaPath:"#/definitions/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.system !== undefined){let data1 = data.system;if(typeof data1 !== "string"){const err4 = {instancePath:instancePath+"/system",schemaPath:"#/definitions/system/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.task !== undefined){let data2 = data.task;if(typeof data2 === "string"){if(func3(data2) < 1){const err5 = {instancePath:instancePath+"/task",schemaPath:"#/definitions/task/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema93,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/task",schemaPath:"#/definitions/task/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.type,parentSchema:schema93,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.max_turns !== undefined){let data3 = data.max_turns;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err7 = {instancePath:instancePath+"/max_turns",schemaPath:"#/definitions/max_turns/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.type,parentSchema:schema39,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 1 || isNaN(data3)){const err8 = {instancePath:instancePath+"/max_turns",schemaPath:"#/definitions/max_turns/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data.max_tokens !== undefined){let data4 = data.max_tokens;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err9 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/definitions/max_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema20.type,parentSchema:schema20,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 < 1 || isNaN(data4)){const err10 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/definitions/max_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema20,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data.tools !== undefined){let data5 = data.tools;if(Array.isArray(data5)){const len0 = data5.length;for(let i0=0; i0<len0; i0++){let data6 = data5[i0];if(!(((((data6 === "run") || (data6 === "read_file")) || (data6 === "write_file")) || (data6 === "list_files")) || (data6 === "search"))){const err11 = {instancePath:instancePath+"/tools/" + i0,schemaPath:"#/definitions/tools/items/enum",keyword:"enum",params:{allowedValues: schema41.items.enum},message:"must be equal to one of the allowed values",schema:schema41.items.enum,parentSchema:schema41.items,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}let i1 = data5.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data5[i1], data5[j0])){const err12 = {instancePath:instancePath+"/tools",schemaPath:"#/definitions/tools/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema41,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;break outer0;}}}}}else {const err13 = {instancePath:instancePath+"/tools",schemaPath:"#/definitions/tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.type,parentSchema:schema41,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.sandbox !== undefined){let data7 = data.sandbox;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key1 in data7){if(!(func2.call(schema90.properties.sandbox.properties, key1))){const err14 = {instancePath:instancePath+"/sandbox",schemaPath:"#/properties/sandbox/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema90.properties.sandbox,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data7.image !== undefined){let data8 = data7.image;if(typeof data8 === "string"){if(func3(data8) < 1){const err15 = {instancePath:instancePath+"/sandbox/image",schemaPath:"#/definitions/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/sandbox/image",schemaPath:"#/definitions/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data7.env !== undefined){let data9 = data7.env;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){for(const key2 in data9){const _errs30 = errors;if(typeof key2 === "string"){if(!pattern1.test(key2)){const err17 = {instancePath:instancePath+"/sandbox/env",schemaPath:"#/definitions/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema12.propertyNames,data:key2,propertyName:key2};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}var valid13 = _errs30 === errors;if(!valid13){const err18 = {instancePath:instancePath+"/sandbox/env",schemaPath:"#/definitions/env/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema12.propertyNames,parentSchema:schema12,data:data9};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}for(const key3 in data9){let data10 = data9[key3];if(((typeof data10 !== "string") && (!((typeof data10 == "number") && (isFinite(data10))))) && (typeof data10 !== "boolean")){const err19 = {instancePath:instancePath+"/sandbox/env/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/env/additionalProperties/type",keyword:"type",params:{type: schema12.additionalProperties.type},message:"must be string,number,boolean",schema:schema12.additionalProperties.type,parentSchema:schema12.additionalProperties,data:data10};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/sandbox/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data9};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data7.workspace !== undefined){let data11 = data7.workspace;if(!(((data11 === "none") || (data11 === "read-only")) || (data11 === "copy"))){const err21 = {instancePath:instancePath+"/sandbox/workspace",schemaPath:"#/definitions/workspace/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values",schema:schema26.enum,parentSchema:schema26,data:data11};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data7.network !== undefined){let data12 = data7.network;if(!((data12 === "none") || (data12 === "host"))){const err22 = {instancePath:instancePath+"/sandbox/network",schemaPath:"#/definitions/network/enum",keyword:"enum",params:{allowedValues: schema27.enum},message:"must be equal to one of the allowed values",schema:schema27.enum,parentSchema:schema27,data:data12};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data7.allow_host_network !== undefined){let data13 = data7.allow_host_network;if(typeof data13 !== "boolean"){const err23 = {instancePath:instancePath+"/sandbox/allow_host_network",schemaPath:"#/definitions/allow_host_network/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.type,parentSchema:schema28,data:data13};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data7.memory !== undefined){let data14 = data7.memory;if((typeof data14 !== "string") && (!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14))))){const err24 = {instancePath:instancePath+"/sandbox/memory",schemaPath:"#/definitions/memory/type",keyword:"type",params:{type: schema29.type},message:"must be string,integer",schema:schema29.type,parentSchema:schema29,data:data14};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if((typeof data14 == "number") && (isFinite(data14))){if(data14 < 1 || isNaN(data14)){const err25 = {instancePath:instancePath+"/sandbox/memory",schemaPath:"#/definitions/memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema29,data:data14};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(typeof data14 === "string"){if(!pattern4.test(data14)){const err26 = {instancePath:instancePath+"/sandbox/memory",schemaPath:"#/definitions/memory/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*[bBkKmMgG]?[bB]?$",parentSchema:schema29,data:data14};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}if(data7.disk !== undefined){let data15 = data7.disk;if((typeof data15 !== "string") && (!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15))))){const err27 = {instancePath:instancePath+"/sandbox/disk",schemaPath:"#/definitions/disk/type",keyword:"type",params:{type: schema30.type},message:"must be string,integer",schema:schema30.type,parentSchema:schema30,data:data15};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if((typeof data15 == "number") && (isFinite(data15))){if(data15 < 1048576 || isNaN(data15)){const err28 = {instancePath:instancePath+"/sandbox/disk",schemaPath:"#/definitions/disk/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1048576},message:"must be >= 1048576",schema:1048576,parentSchema:schema30,data:data15};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(typeof data15 === "string"){if(!pattern5.test(data15)){const err29 = {instancePath:instancePath+"/sandbox/disk",schemaPath:"#/definitions/disk/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?$",parentSchema:schema30,data:data15};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}if(data7.cpus !== undefined){let data16 = data7.cpus;if((typeof data16 == "number") && (isFinite(data16))){if(data16 <= 0 || isNaN(data16)){const err30 = {instancePath:instancePath+"/sandbox/cpus",schemaPath:"#/definitions/cpus/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema31,data:data16};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/sandbox/cpus",schemaPath:"#/definitions/cpus/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.type,parentSchema:schema31,data:data16};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data7.pids !== undefined){let data17 = data7.pids;if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){const err32 = {instancePath:instancePath+"/sandbox/pids",schemaPath:"#/definitions/pids/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.type,parentSchema:schema32,data:data17};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if((typeof data17 == "number") && (isFinite(data17))){if(data17 < 1 || isNaN(data17)){const err33 = {instancePath:instancePath+"/sandbox/pids",schemaPath:"#/definitions/pids/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32,data:data17};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}if(data7.runtime !== undefined){let data18 = data7.runtime;if(!((data18 === "runc") || (data18 === "runsc"))){const err34 = {instancePath:instancePath+"/sandbox/runtime",schemaPath:"#/definitions/runtime/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values",schema:schema34.enum,parentSchema:schema34,data:data18};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data7.user !== undefined){let data19 = data7.user;if((typeof data19 !== "string") && (!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19))))){const err35 = {instancePath:instancePath+"/sandbox/user",schemaPath:"#/definitions/user/type",keyword:"type",params:{type: schema35.type},message:"must be string,integer",schema:schema35.type,parentSchema:schema35,data:data19};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if((typeof data19 == "number") && (isFinite(data19))){if(data19 < 0 || isNaN(data19)){const err36 = {instancePath:instancePath+"/sandbox/user",schemaPath:"#/definitions/user/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema35,data:data19};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(typeof data19 === "string"){if(!pattern7.test(data19)){const err37 = {instancePath:instancePath+"/sandbox/user",schemaPath:"#/definitions/user/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(:[0-9]+)?$"},message:"must match pattern \""+"^[0-9]+(:[0-9]+)?$"+"\"",schema:"^[0-9]+(:[0-9]+)?$",parentSchema:schema35,data:data19};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}}else {const err38 = {instancePath:instancePath+"/sandbox",schemaPath:"#/properties/sandbox/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.sandbox.type,parentSchema:schema90.properties.sandbox,data:data7};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data.command_timeout !== undefined){let data20 = data.command_timeout;if((typeof data20 !== "string") && (!((typeof data20 == "number") && (isFinite(data20))))){const err39 = {instancePath:instancePath+"/command_timeout",schemaPath:"#/definitions/command_timeout/type",keyword:"type",params:{type: schema53.type},message:"must be string,number",schema:schema53.type,parentSchema:schema53,data:data20};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if((typeof data20 == "number") && (isFinite(data20))){if(data20 < 0 || isNaN(data20)){const err40 = {instancePath:instancePath+"/command_timeout",schemaPath:"#/definitions/command_timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema53,data:data20};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(typeof data20 === "string"){if(!pattern6.test(data20)){const err41 = {instancePath:instancePath+"/command_timeout",schemaPath:"#/definitions/command_timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$",parentSchema:schema53,data:data20};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}if(data.output_schema !== undefined){let data21 = data.output_schema;if(!(data21 && typeof data21 == "object" && !Array.isArray(data21))){const err42 = {instancePath:instancePath+"/output_schema",schemaPath:"#/definitions/output_schema/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data21};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data.protected_paths_allowed !== undefined){let data22 = data.protected_paths_allowed;if(Array.isArray(data22)){const len1 = data22.length;for(let i2=0; i2<len1; i2++){let data23 = data22[i2];if(typeof data23 !== "string"){const err43 = {instancePath:instancePath+"/protected_paths_allowed/" + i2,schemaPath:"#/definitions/protected_paths_allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.items.type,parentSchema:schema89.items,data:data23};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}let i3 = data22.length;let j1;if(i3 > 1){const indices0 = {};for(;i3--;){let item0 = data22[i3];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j1 = indices0[item0];const err44 = {instancePath:instancePath+"/protected_paths_allowed",schemaPath:"#/definitions/protected_paths_allowed/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema89,data:data22};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;break;}indices0[item0] = i3;}}}else {const err45 = {instancePath:instancePath+"/protected_paths_allowed",schemaPath:"#/definitions/protected_paths_allowed/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema89.type,parentSchema:schema89,data:data22};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}else {const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.type,parentSchema:schema90,data};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}validate28.errors = vErrors;return errors === 0;}const schema111 = {"description":"Pauses until people decide, by PR comment (/approve, /reject) or PR review.","type":"object","additionalProperties":false,"properties":{"message":{"$ref":"#/definitions/approval_message"},"approvers":{"$ref":"#/definitions/approvers"},"timeout":{"$ref":"#/definitions/approval_timeout"},"on_timeout":{"$ref":"#/definitions/on_timeout"},"auto_approve":{"$ref":"#/definitions/auto_approve"}}};function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "message") || (key0 === "approvers")) || (key0 === "timeout")) || (key0 === "on_timeout")) || (key0 === "auto_approve"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema111,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.message !== undefined){let data0 = data.message;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/approval_message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.approvers !== undefined){let data1 = data.approvers;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(((((key1 === "permission") || (key1 === "users")) || (key1 === "teams")) || (key1 === "min")) || (key1 === "allow_author"))){const err2 = {instancePath:instancePath+"/approvers",schemaPath:"#/definitions/approvers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data1.permission !== undefined){let data2 = data1.permission;if(!(((((data2 === "read") || (data2 === "triage")) || (data2 === "write")) || (data2 === "maintain")) || (data2 === "admin"))){const err3 = {instancePath:instancePath+"/approvers/permission",schemaPath:"#/definitions/approvers/properties/permission/enum",keyword:"enum",params:{allowedValues: schema57.properties.permission.enum},message:"must be equal to one of the allowed values",schema:schema57.properties.permission.enum,parentSchema:schema57.properties.permission,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.users !== undefined){let data3 = data1.users;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(typeof data4 === "string"){if(!pattern13.test(data4)){const err4 = {instancePath:instancePath+"/approvers/users/" + i0,schemaPath:"#/definitions/approvers/properties/users/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](-?[A-Za-z0-9])*$"},message:"must match pattern \""+"^[A-Za-z0-9](-?[A-Za-z0-9])*$"+"\"",schema:"^[A-Za-z0-9](-?[A-Za-z0-9])*$",parentSchema:schema57.properties.users.items,data:data4};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/approvers/users/" + i0,schemaPath:"#/definitions/approvers/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.users.items.type,parentSchema:schema57.properties.users.items,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/approvers/users",schemaPath:"#/definitions/approvers/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.users.type,parentSchema:schema57.properties.users,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1.teams !== undefined){let data5 = data1.teams;if(Array.isArray(data5)){const len1 = data5.length;for(let i1=0; i1<len1; i1++){let data6 = data5[i1];if(typeof data6 === "string"){if(!pattern14.test(data6)){const err7 = {instancePath:instancePath+"/approvers/teams/" + i1,schemaPath:"#/definitions/approvers/properties/teams/items/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$"+"\"",schema:"^([A-Za-z0-9-]+/)?[A-Za-z0-9_.-]+$",parentSchema:schema57.properties.teams.items,data:data6};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/approvers/teams/" + i1,schemaPath:"#/definitions/approvers/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.teams.items.type,parentSchema:schema57.properties.teams.items,data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/approvers/teams",schemaPath:"#/definitions/approvers/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.teams.type,parentSchema:schema57.properties.teams,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data1.min !== undefined){let data7 = data1.min;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err10 = {instancePath:instancePath+"/approvers/min",schemaPath:"#/definitions/approvers/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.min.type,parentSchema:schema57.properties.min,data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err11 = {instancePath:instancePath+"/approvers/min",schemaPath:"#/definitions/approvers/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema57.properties.min,data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}if(data1.allow_author !== undefined){let data8 = data1.allow_author;if(typeof data8 !== "boolean"){const err12 = {instancePath:instancePath+"/approvers/allow_author",schemaPath:"#/definitions/approvers/properties/allow_author/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema57.properties.allow_author.type,parentSchema:schema57.properties.allow_author,data:data8};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/approvers",schemaPath:"#/definitions/approvers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data:data1};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.timeout !== undefined){let data9 = data.timeout;if((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))){const err14 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/approval_timeout/type",keyword:"type",params:{type: schema58.type},message:"must be string,number",schema:schema58.type,parentSchema:schema58,data:data9};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 0 || isNaN(data9)){const err15 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/approval_timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58,data:data9};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(typeof data9 === "string"){if(!pattern6.test(data9)){const err16 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/approval_timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$",parentSchema:schema58,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data.on_timeout !== undefined){let data10 = data.on_timeout;if(!((data10 === "fail") || (data10 === "reject"))){const err17 = {instancePath:instancePath+"/on_timeout",schemaPath:"#/definitions/on_timeout/enum",keyword:"enum",params:{allowedValues: schema59.enum},message:"must be equal to one of the allowed values",schema:schema59.enum,parentSchema:schema59,data:data10};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.auto_approve !== undefined){let data11 = data.auto_approve;if((typeof data11 !== "boolean") && (typeof data11 !== "string")){const err18 = {instancePath:instancePath+"/auto_approve",schemaPath:"#/definitions/auto_approve/type",keyword:"type",params:{type: schema60.type},message:"must be boolean,string",schema:schema60.type,parentSchema:schema60,data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(typeof data11 === "string"){if(!pattern16.test(data11)){const err19 = {instancePath:instancePath+"/auto_approve",schemaPath:"#/definitions/auto_approve/pattern",keyword:"pattern",params:{pattern: "^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$"},message:"must match pattern \""+"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$"+"\"",schema:"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$",parentSchema:schema60,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}}else {const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema111.type,parentSchema:schema111,data};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}validate30.errors = vErrors;return errors === 0;}function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;let valid0 = false;let passing0 = null;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.shell === undefined){const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "shell"},message:"must have required property '"+"shell"+"'",schema:schema61.oneOf[0].required,parentSchema:schema61.oneOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs2 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.llm === undefined){const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "llm"},message:"must have required property '"+"llm"+"'",schema:schema61.oneOf[1].required,parentSchema:schema61.oneOf[1],data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.sandbox === undefined){const err2 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "sandbox"},message:"must have required property '"+"sandbox"+"'",schema:schema61.oneOf[2].required,parentSchema:schema61.oneOf[2],data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs4 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.agent === undefined){const err3 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "agent"},message:"must have required property '"+"agent"+"'",schema:schema61.oneOf[3].required,parentSchema:schema61.oneOf[3],data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 3];}else {if(_valid0){valid0 = true;passing0 = 3;}const _errs6 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.approval === undefined){const err4 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "approval"},message:"must have required property '"+"approval"+"'",schema:schema61.oneOf[4].required,parentSchema:schema61.oneOf[4],data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}var _valid0 = _errs6 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 4];}else {if(_valid0){valid0 = true;passing0 = 4;}}}}}if(!valid0){const err5 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema61.oneOf,parentSchema:schema61,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema61.required,parentSchema:schema61,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}for(const key0 in data){if(!(func2.call(schema61.properties, key0))){const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 === "string"){if(func3(data0) > 100){const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema61.properties.id,data:data0};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!pattern17.test(data0)){const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_-]*$"+"\"",schema:"^[a-z][a-z0-9_-]*$",parentSchema:schema61.properties.id,data:data0};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.id.type,parentSchema:schema61.properties.id,data:data0};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.name !== undefined){let data1 = data.name;if(typeof data1 !== "string"){const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.name.type,parentSchema:schema61.properties.name,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.needs !== undefined){let data2 = data.needs;if((typeof data2 !== "string") && (!(Array.isArray(data2)))){const err12 = {instancePath:instancePath+"/needs",schemaPath:"#/properties/needs/type",keyword:"type",params:{type: schema61.properties.needs.type},message:"must be string,array",schema:schema61.properties.needs.type,parentSchema:schema61.properties.needs,data:data2};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(typeof data3 !== "string"){const err13 = {instancePath:instancePath+"/needs/" + i0,schemaPath:"#/properties/needs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.needs.items.type,parentSchema:schema61.properties.needs.items,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}}if(data.if !== undefined){let data4 = data.if;if((typeof data4 !== "string") && (typeof data4 !== "boolean")){const err14 = {instancePath:instancePath+"/if",schemaPath:"#/properties/if/type",keyword:"type",params:{type: schema61.properties.if.type},message:"must be string,boolean",schema:schema61.properties.if.type,parentSchema:schema61.properties.if,data:data4};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.timeout !== undefined){let data5 = data.timeout;if((typeof data5 !== "string") && (!((typeof data5 == "number") && (isFinite(data5))))){const err15 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/type",keyword:"type",params:{type: schema61.properties.timeout.type},message:"must be string,number",schema:schema61.properties.timeout.type,parentSchema:schema61.properties.timeout,data:data5};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 0 || isNaN(data5)){const err16 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema61.properties.timeout,data:data5};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(typeof data5 === "string"){if(!pattern6.test(data5)){const err17 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$",parentSchema:schema61.properties.timeout,data:data5};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data.retry !== undefined){let data6 = data.retry;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key1 in data6){if(!((key1 === "max_attempts") || (key1 === "backoff"))){const err18 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema61.properties.retry,data:data6};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data6.max_attempts !== undefined){let data7 = data6.max_attempts;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err19 = {instancePath:instancePath+"/retry/max_attempts",schemaPath:"#/properties/retry/properties/max_attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema61.properties.retry.properties.max_attempts.type,parentSchema:schema61.properties.retry.properties.max_attempts,data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 > 100 || isNaN(data7)){const err20 = {instancePath:instancePath+"/retry/max_attempts",schemaPath:"#/properties/retry/properties/max_attempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema61.properties.retry.properties.max_attempts,data:data7};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data7 < 1 || isNaN(data7)){const err21 = {instancePath:instancePath+"/retry/max_attempts",schemaPath:"#/properties/retry/properties/max_attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema61.properties.retry.properties.max_attempts,data:data7};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}if(data6.backoff !== undefined){let data8 = data6.backoff;if((typeof data8 !== "string") && (!((typeof data8 == "number") && (isFinite(data8))))){const err22 = {instancePath:instancePath+"/retry/backoff",schemaPath:"#/properties/retry/properties/backoff/type",keyword:"type",params:{type: schema61.properties.retry.properties.backoff.type},message:"must be string,number",schema:schema61.properties.retry.properties.backoff.type,parentSchema:schema61.properties.retry.properties.backoff,data:data8};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 < 0 || isNaN(data8)){const err23 = {instancePath:instancePath+"/retry/backoff",schemaPath:"#/properties/retry/properties/backoff/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema61.properties.retry.properties.backoff,data:data8};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(typeof data8 === "string"){if(!pattern6.test(data8)){const err24 = {instancePath:instancePath+"/retry/backoff",schemaPath:"#/properties/retry/properties/backoff/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))+$",parentSchema:schema61.properties.retry.properties.backoff,data:data8};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}}else {const err25 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.properties.retry.type,parentSchema:schema61.properties.retry,data:data6};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.continue_on_error !== undefined){let data9 = data.continue_on_error;if((typeof data9 !== "boolean") && (typeof data9 !== "string")){const err26 = {instancePath:instancePath+"/continue_on_error",schemaPath:"#/properties/continue_on_error/type",keyword:"type",params:{type: schema61.properties.continue_on_error.type},message:"must be boolean,string",schema:schema61.properties.continue_on_error.type,parentSchema:schema61.properties.continue_on_error,data:data9};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(typeof data9 === "string"){if(!pattern16.test(data9)){const err27 = {instancePath:instancePath+"/continue_on_error",schemaPath:"#/properties/continue_on_error/pattern",keyword:"pattern",params:{pattern: "^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$"},message:"must match pattern \""+"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$"+"\"",schema:"^\\s*\\$\\{\\{[\\s\\S]*\\}\\}\\s*$",parentSchema:schema61.properties.continue_on_error,data:data9};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}if(data.budget !== undefined){let data10 = data.budget;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){if(data10.max_usd === undefined){const err28 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/required",keyword:"required",params:{missingProperty: "max_usd"},message:"must have required property '"+"max_usd"+"'",schema:schema61.properties.budget.required,parentSchema:schema61.properties.budget,data:data10};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}for(const key2 in data10){if(!(key2 === "max_usd")){const err29 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema61.properties.budget,data:data10};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data10.max_usd !== undefined){let data11 = data10.max_usd;if((typeof data11 == "number") && (isFinite(data11))){if(data11 <= 0 || isNaN(data11)){const err30 = {instancePath:instancePath+"/budget/max_usd",schemaPath:"#/definitions/usd/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema13,data:data11};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/budget/max_usd",schemaPath:"#/definitions/usd/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.type,parentSchema:schema13,data:data11};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.properties.budget.type,parentSchema:schema61.properties.budget,data:data10};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.shell !== undefined){if(!(validate22(data.shell, {instancePath:instancePath+"/shell",parentData:data,parentDataProperty:"shell",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.llm !== undefined){if(!(validate24(data.llm, {instancePath:instancePath+"/llm",parentData:data,parentDataProperty:"llm",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data.sandbox !== undefined){if(!(validate26(data.sandbox, {instancePath:instancePath+"/sandbox",parentData:data,parentDataProperty:"sandbox",rootData}))){vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);errors = vErrors.length;}}if(data.agent !== undefined){if(!(validate28(data.agent, {instancePath:instancePath+"/agent",parentData:data,parentDataProperty:"agent",rootData}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}}if(data.approval !== undefined){if(!(validate30(data.approval, {instancePath:instancePath+"/approval",parentData:data,parentDataProperty:"approval",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}}}else {const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}validate21.errors = vErrors;return errors === 0;}function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://raw.githubusercontent.com/wflo/action/v1/schema/workflow.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.steps === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func2.call(schema11.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(1 !== data0){const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.name !== undefined){let data1 = data.name;if(typeof data1 !== "string"){const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.description !== undefined){let data2 = data.description;if(typeof data2 !== "string"){const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.description.type,parentSchema:schema11.properties.description,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.inputs !== undefined){let data3 = data.inputs;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){const _errs9 = errors;if(typeof key1 === "string"){if(!pattern0.test(key1)){const err6 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema11.properties.inputs.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}var valid1 = _errs9 === errors;if(!valid1){const err7 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema11.properties.inputs.propertyNames,parentSchema:schema11.properties.inputs,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}for(const key2 in data3){let data4 = data3[key2];if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key3 in data4){if(!(((((key3 === "type") || (key3 === "default")) || (key3 === "required")) || (key3 === "enum")) || (key3 === "description"))){const err8 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/inputs/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.inputs.additionalProperties,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data4.type !== undefined){let data5 = data4.type;if(!(((data5 === "string") || (data5 === "number")) || (data5 === "boolean"))){const err9 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/inputs/additionalProperties/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.inputs.additionalProperties.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.inputs.additionalProperties.properties.type.enum,parentSchema:schema11.properties.inputs.additionalProperties.properties.type,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data4.default !== undefined){let data6 = data4.default;if(((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))) && (typeof data6 !== "boolean")){const err10 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/default",schemaPath:"#/properties/inputs/additionalProperties/properties/default/type",keyword:"type",params:{type: schema11.properties.inputs.additionalProperties.properties.default.type},message:"must be string,number,boolean",schema:schema11.properties.inputs.additionalProperties.properties.default.type,parentSchema:schema11.properties.inputs.additionalProperties.properties.default,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data4.required !== undefined){let data7 = data4.required;if(typeof data7 !== "boolean"){const err11 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/inputs/additionalProperties/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.inputs.additionalProperties.properties.required.type,parentSchema:schema11.properties.inputs.additionalProperties.properties.required,data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data4.enum !== undefined){let data8 = data4.enum;if(Array.isArray(data8)){if(data8.length < 1){const err12 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum",schemaPath:"#/properties/inputs/additionalProperties/properties/enum/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.inputs.additionalProperties.properties.enum,data:data8};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}const len0 = data8.length;for(let i0=0; i0<len0; i0++){let data9 = data8[i0];if(((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))) && (typeof data9 !== "boolean")){const err13 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum/" + i0,schemaPath:"#/properties/inputs/additionalProperties/properties/enum/items/type",keyword:"type",params:{type: schema11.properties.inputs.additionalProperties.properties.enum.items.type},message:"must be string,number,boolean",schema:schema11.properties.inputs.additionalProperties.properties.enum.items.type,parentSchema:schema11.properties.inputs.additionalProperties.properties.enum.items,data:data9};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum",schemaPath:"#/properties/inputs/additionalProperties/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.inputs.additionalProperties.properties.enum.type,parentSchema:schema11.properties.inputs.additionalProperties.properties.enum,data:data8};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data4.description !== undefined){let data10 = data4.description;if(typeof data10 !== "string"){const err15 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/inputs/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.inputs.additionalProperties.properties.description.type,parentSchema:schema11.properties.inputs.additionalProperties.properties.description,data:data10};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/inputs/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.inputs.additionalProperties.type,parentSchema:schema11.properties.inputs.additionalProperties,data:data4};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.inputs.type,parentSchema:schema11.properties.inputs,data:data3};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.env !== undefined){let data11 = data.env;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key4 in data11){const _errs28 = errors;if(typeof key4 === "string"){if(!pattern1.test(key4)){const err18 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema12.propertyNames,data:key4,propertyName:key4};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}var valid7 = _errs28 === errors;if(!valid7){const err19 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema12.propertyNames,parentSchema:schema12,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}for(const key5 in data11){let data12 = data11[key5];if(((typeof data12 !== "string") && (!((typeof data12 == "number") && (isFinite(data12))))) && (typeof data12 !== "boolean")){const err20 = {instancePath:instancePath+"/env/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/env/additionalProperties/type",keyword:"type",params:{type: schema12.additionalProperties.type},message:"must be string,number,boolean",schema:schema12.additionalProperties.type,parentSchema:schema12.additionalProperties,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data11};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.budget !== undefined){let data13 = data.budget;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.max_usd === undefined){const err22 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/required",keyword:"required",params:{missingProperty: "max_usd"},message:"must have required property '"+"max_usd"+"'",schema:schema11.properties.budget.required,parentSchema:schema11.properties.budget,data:data13};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}for(const key6 in data13){if(!((key6 === "max_usd") || (key6 === "warn_at"))){const err23 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.budget,data:data13};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data13.max_usd !== undefined){let data14 = data13.max_usd;if((typeof data14 == "number") && (isFinite(data14))){if(data14 <= 0 || isNaN(data14)){const err24 = {instancePath:instancePath+"/budget/max_usd",schemaPath:"#/definitions/usd/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema13,data:data14};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/budget/max_usd",schemaPath:"#/definitions/usd/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.type,parentSchema:schema13,data:data14};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data13.warn_at !== undefined){let data15 = data13.warn_at;if(Array.isArray(data15)){const len1 = data15.length;for(let i1=0; i1<len1; i1++){let data16 = data15[i1];if((typeof data16 == "number") && (isFinite(data16))){if(data16 > 1 || isNaN(data16)){const err26 = {instancePath:instancePath+"/budget/warn_at/" + i1,schemaPath:"#/properties/budget/properties/warn_at/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.budget.properties.warn_at.items,data:data16};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data16 <= 0 || isNaN(data16)){const err27 = {instancePath:instancePath+"/budget/warn_at/" + i1,schemaPath:"#/properties/budget/properties/warn_at/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.budget.properties.warn_at.items,data:data16};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/budget/warn_at/" + i1,schemaPath:"#/properties/budget/properties/warn_at/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.budget.properties.warn_at.items.type,parentSchema:schema11.properties.budget.properties.warn_at.items,data:data16};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/budget/warn_at",schemaPath:"#/properties/budget/properties/warn_at/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.budget.properties.warn_at.type,parentSchema:schema11.properties.budget.properties.warn_at,data:data15};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.budget.type,parentSchema:schema11.properties.budget,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.models !== undefined){let data17 = data.models;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){for(const key7 in data17){let data18 = data17[key7];if(data18 && typeof data18 == "object" && !Array.isArray(data18)){if(data18.input_per_mtok === undefined){const err31 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/additionalProperties/required",keyword:"required",params:{missingProperty: "input_per_mtok"},message:"must have required property '"+"input_per_mtok"+"'",schema:schema11.properties.models.additionalProperties.required,parentSchema:schema11.properties.models.additionalProperties,data:data18};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data18.output_per_mtok === undefined){const err32 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/additionalProperties/required",keyword:"required",params:{missingProperty: "output_per_mtok"},message:"must have required property '"+"output_per_mtok"+"'",schema:schema11.properties.models.additionalProperties.required,parentSchema:schema11.properties.models.additionalProperties,data:data18};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}for(const key8 in data18){if(!((((key8 === "input_per_mtok") || (key8 === "output_per_mtok")) || (key8 === "cached_input_per_mtok")) || (key8 === "context_window"))){const err33 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.models.additionalProperties,data:data18};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data18.input_per_mtok !== undefined){let data19 = data18.input_per_mtok;if((typeof data19 == "number") && (isFinite(data19))){if(data19 < 0 || isNaN(data19)){const err34 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/input_per_mtok",schemaPath:"#/properties/models/additionalProperties/properties/input_per_mtok/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.models.additionalProperties.properties.input_per_mtok,data:data19};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/input_per_mtok",schemaPath:"#/properties/models/additionalProperties/properties/input_per_mtok/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.models.additionalProperties.properties.input_per_mtok.type,parentSchema:schema11.properties.models.additionalProperties.properties.input_per_mtok,data:data19};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data18.output_per_mtok !== undefined){let data20 = data18.output_per_mtok;if((typeof data20 == "number") && (isFinite(data20))){if(data20 < 0 || isNaN(data20)){const err36 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/output_per_mtok",schemaPath:"#/properties/models/additionalProperties/properties/output_per_mtok/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.models.additionalProperties.properties.output_per_mtok,data:data20};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/output_per_mtok",schemaPath:"#/properties/models/additionalProperties/properties/output_per_mtok/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.models.additionalProperties.properties.output_per_mtok.type,parentSchema:schema11.properties.models.additionalProperties.properties.output_per_mtok,data:data20};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data18.cached_input_per_mtok !== undefined){let data21 = data18.cached_input_per_mtok;if((typeof data21 == "number") && (isFinite(data21))){if(data21 < 0 || isNaN(data21)){const err38 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/cached_input_per_mtok",schemaPath:"#/properties/models/additionalProperties/properties/cached_input_per_mtok/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.models.additionalProperties.properties.cached_input_per_mtok,data:data21};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/cached_input_per_mtok",schemaPath:"#/properties/models/additionalProperties/properties/cached_input_per_mtok/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.models.additionalProperties.properties.cached_input_per_mtok.type,parentSchema:schema11.properties.models.additionalProperties.properties.cached_input_per_mtok,data:data21};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data18.context_window !== undefined){let data22 = data18.context_window;if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){const err40 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/context_window",schemaPath:"#/properties/models/additionalProperties/properties/context_window/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.models.additionalProperties.properties.context_window.type,parentSchema:schema11.properties.models.additionalProperties.properties.context_window,data:data22};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if((typeof data22 == "number") && (isFinite(data22))){if(data22 < 1 || isNaN(data22)){const err41 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/context_window",schemaPath:"#/properties/models/additionalProperties/properties/context_window/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.models.additionalProperties.properties.context_window,data:data22};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}}else {const err42 = {instancePath:instancePath+"/models/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.models.additionalProperties.type,parentSchema:schema11.properties.models.additionalProperties,data:data18};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.models.type,parentSchema:schema11.properties.models,data:data17};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data.defaults !== undefined){let data23 = data.defaults;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){for(const key9 in data23){if(!(((((key9 === "shell") || (key9 === "llm")) || (key9 === "sandbox")) || (key9 === "agent")) || (key9 === "approval"))){const err44 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults,data:data23};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data23.shell !== undefined){if(!(validate11(data23.shell, {instancePath:instancePath+"/defaults/shell",parentData:data23,parentDataProperty:"shell",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data23.llm !== undefined){if(!(validate13(data23.llm, {instancePath:instancePath+"/defaults/llm",parentData:data23,parentDataProperty:"llm",rootData}))){vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);errors = vErrors.length;}}if(data23.sandbox !== undefined){if(!(validate15(data23.sandbox, {instancePath:instancePath+"/defaults/sandbox",parentData:data23,parentDataProperty:"sandbox",rootData}))){vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);errors = vErrors.length;}}if(data23.agent !== undefined){if(!(validate17(data23.agent, {instancePath:instancePath+"/defaults/agent",parentData:data23,parentDataProperty:"agent",rootData}))){vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);errors = vErrors.length;}}if(data23.approval !== undefined){if(!(validate19(data23.approval, {instancePath:instancePath+"/defaults/approval",parentData:data23,parentDataProperty:"approval",rootData}))){vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);errors = vErrors.length;}}}else {const err45 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.defaults.type,parentSchema:schema11.properties.defaults,data:data23};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data.max_parallel !== undefined){let data29 = data.max_parallel;if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){const err46 = {instancePath:instancePath+"/max_parallel",schemaPath:"#/properties/max_parallel/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.max_parallel.type,parentSchema:schema11.properties.max_parallel,data:data29};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if((typeof data29 == "number") && (isFinite(data29))){if(data29 < 1 || isNaN(data29)){const err47 = {instancePath:instancePath+"/max_parallel",schemaPath:"#/properties/max_parallel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.max_parallel,data:data29};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}if(data.steps !== undefined){let data30 = data.steps;if(Array.isArray(data30)){if(data30.length < 1){const err48 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.steps,data:data30};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}const len2 = data30.length;for(let i2=0; i2<len2; i2++){if(!(validate21(data30[i2], {instancePath:instancePath+"/steps/" + i2,parentData:data30,parentDataProperty:i2,rootData}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}}else {const err49 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.steps.type,parentSchema:schema11.properties.steps,data:data30};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data.outputs !== undefined){let data32 = data.outputs;if(data32 && typeof data32 == "object" && !Array.isArray(data32)){for(const key10 in data32){const _errs71 = errors;if(typeof key10 === "string"){if(!pattern0.test(key10)){const err50 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema11.properties.outputs.propertyNames,data:key10,propertyName:key10};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}var valid18 = _errs71 === errors;if(!valid18){const err51 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid",schema:schema11.properties.outputs.propertyNames,parentSchema:schema11.properties.outputs,data:data32};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.outputs.type,parentSchema:schema11.properties.outputs,data:data32};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}validate10.errors = vErrors;return errors === 0;}


/***/ })

};
;