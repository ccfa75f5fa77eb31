"use strict";
exports.id = 446;
exports.ids = [446];
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

/***/ 84446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88850);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77593);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43180);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14226);




async function validateCommand(args, io, engine) {
    const { positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommandArgs */ .Q)('validate', args, {});
    if (positionals.length === 0)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e("'wflo validate' needs at least one FILE", 'validate');
    let invalid = 0;
    for (const file of positionals) {
        if (!(await (0,_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadOrReport */ .E)(engine, file, io)))
            invalid++;
    }
    if (invalid > 0)
        return _report_report_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT_INVALID */ .jL;
    io.out(positionals.length === 1 ? `${positionals[0]}: valid\n` : `${positionals.length} files valid\n`);
    return 0;
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


/***/ })

};
;