"use strict";
exports.id = 919;
exports.ids = [919];
exports.modules = {

/***/ 5919:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


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
        onInterrupt(handler) {
            const signals = ['SIGINT', 'SIGTERM'];
            for (const s of signals)
                process.on(s, handler);
            return () => {
                for (const s of signals)
                    process.off(s, handler);
            };
        },
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
    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(40), __webpack_require__.e(110), __webpack_require__.e(193), __webpack_require__.e(198), __webpack_require__.e(440), __webpack_require__.e(833), __webpack_require__.e(876)]).then(__webpack_require__.bind(__webpack_require__, 16876))).runCommand,
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


/***/ })

};
;