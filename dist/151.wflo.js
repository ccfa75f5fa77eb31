"use strict";
exports.id = 151;
exports.ids = [151];
exports.modules = {

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs)
/* harmony export */ });
/* harmony import */ var _engine_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3171);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14226);



/** node:util parseArgs, with its errors turned into one sentence naming the flag. */
function parseCommandArgs(command, args, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        const message = (0,_engine_types_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(err);
        const flag = /'(-[^']*)'/.exec(message)?.[1];
        const code = err.code;
        if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) {
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`unknown flag '${flag}' for 'wflo ${command}'`, command);
        }
        if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`flag '${flag.split(' ')[0]}' needs a value`, command);
        }
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(message, command);
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

/***/ 18943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planCommand: () => (/* binding */ planCommand)
/* harmony export */ });
/* harmony import */ var _cost_step_estimate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97266);
/* harmony import */ var _report_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51307);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88850);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77593);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43180);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14226);






async function planCommand(args, io, engine) {
    const { positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Q)('plan', args, {});
    const [file, ...extra] = positionals;
    if (file === undefined)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e("'wflo plan' needs a FILE", 'plan');
    if (extra.length > 0)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`'wflo plan' takes one FILE, got also '${extra[0]}'`, 'plan');
    const workflow = await (0,_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadOrReport */ .E)(engine, file, io);
    if (!workflow)
        return _report_report_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_INVALID */ .jL;
    io.out((0,_report_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPlanText */ .$D)((0,_report_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planOf */ .XC)(workflow, _cost_step_estimate_js__WEBPACK_IMPORTED_MODULE_0__/* .stepWorstCase */ .W)));
    return 0;
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
/* harmony export */   tF: () => (/* reexport safe */ _cost_ledger_js__WEBPACK_IMPORTED_MODULE_0__.tF)
/* harmony export */ });
/* harmony import */ var _cost_ledger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2964);
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
    return (0,_cost_ledger_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMicros */ .tF)(Math.round(usd * 1_000_000));
}



/***/ })

};
;