"use strict";
exports.id = 943;
exports.ids = [943];
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

/***/ 18943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planCommand: () => (/* binding */ planCommand)
/* harmony export */ });
/* harmony import */ var _report_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51307);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88850);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77593);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43180);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14226);





async function planCommand(args, io, engine) {
    const { positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Q)('plan', args, {});
    const [file, ...extra] = positionals;
    if (file === undefined)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e("'wflo plan' needs a FILE", 'plan');
    if (extra.length > 0)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`'wflo plan' takes one FILE, got also '${extra[0]}'`, 'plan');
    const workflow = await (0,_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadOrReport */ .E)(engine, file, io);
    if (!workflow)
        return _report_report_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_INVALID */ .jL;
    io.out((0,_report_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .renderPlanText */ .$D)(await (0,_report_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planOf */ .XC)(workflow, engine.registry())));
    return 0;
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

/***/ 51307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ renderPlanText),
/* harmony export */   XC: () => (/* binding */ planOf),
/* harmony export */   d$: () => (/* binding */ renderPlanMarkdown)
/* harmony export */ });
/* unused harmony export worstCaseOf */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14031);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12011);


/**
 * A step's worst case from its kind (StepKind.worstCase): micro-dollars, or why it cannot be
 * known before the run; undefined for a kind that spends nothing.
 */
async function worstCaseOf(step, workflow, registry) {
    return registry.get(step.kind)?.worstCase?.(step, workflow);
}
async function planOf(workflow, registry) {
    const waves = new Map();
    const steps = [];
    // Validated workflows list a step after everything it needs, so one pass suffices.
    for (const step of workflow.steps) {
        const wave = 1 + Math.max(0, ...step.needs.map((n) => waves.get(n) ?? 0));
        waves.set(step.id, wave);
        const worst = await worstCaseOf(step, workflow, registry);
        steps.push({
            id: step.id,
            kind: step.kind,
            needs: step.needs,
            wave,
            spendsMoney: registry.get(step.kind)?.spendsMoney === true,
            ...(typeof worst === 'number' ? { worstCaseMicros: worst } : {}),
            ...(typeof worst === 'object' ? { worstCaseUnknown: worst.reason } : {}),
        });
    }
    const known = steps.every((s) => s.worstCaseMicros !== undefined || !s.spendsMoney);
    const total = steps.reduce((sum, s) => sum + (s.worstCaseMicros ?? 0), 0);
    return {
        name: workflow.name,
        file: workflow.file,
        maxParallel: workflow.maxParallel,
        steps,
        ...(known ? { worstCaseMicros: total } : {}),
    };
}
function worstCaseText(step) {
    if (step.worstCaseMicros !== undefined)
        return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMicros */ .tF)(step.worstCaseMicros);
    return step.spendsMoney ? 'n/a' : '–';
}
function runWorstCaseText(plan) {
    return plan.worstCaseMicros === undefined ? 'n/a' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMicros */ .tF)(plan.worstCaseMicros);
}
/** One line per step shown as `n/a` that says why. */
function unknownLines(plan) {
    return plan.steps
        .filter((s) => s.worstCaseMicros === undefined && s.worstCaseUnknown !== undefined)
        .map((s) => `${s.id}: n/a because ${s.worstCaseUnknown}`);
}
function parallelLines(plan) {
    const byWave = new Map();
    for (const s of plan.steps)
        byWave.set(s.wave, [...(byWave.get(s.wave) ?? []), s.id]);
    return [...byWave.entries()]
        .filter(([, ids]) => ids.length > 1)
        .map(([wave, ids]) => `wave ${wave}: ${ids.join(', ')} run in parallel (up to ${plan.maxParallel} at a time)`);
}
/** A plain-text table for the terminal. */
function renderPlanText(plan) {
    const header = ['wave', 'step', 'kind', 'needs', 'worst case'];
    const rows = plan.steps.map((s) => [
        String(s.wave),
        s.id,
        s.kind,
        s.needs.length > 0 ? s.needs.join(', ') : '–',
        worstCaseText(s),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    const steps = plan.steps.length === 1 ? '1 step' : `${plan.steps.length} steps`;
    return [
        `${plan.name} (${plan.file}): ${steps}, max_parallel ${plan.maxParallel}`,
        line(header),
        ...rows.map(line),
        ...parallelLines(plan),
        ...unknownLines(plan),
        `run worst case: ${runWorstCaseText(plan)}`,
        '',
    ].join('\n');
}
/** The same plan as Markdown for the job summary. */
function renderPlanMarkdown(plan) {
    const rows = plan.steps.map((s) => `| ${s.wave} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .V)(s.id)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .V)(s.kind)} | ${s.needs.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .V).join(', ') || '–'} | ${worstCaseText(s)} |`);
    return [
        `### Plan of ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .V)(plan.name)} (dry run: nothing ran)`,
        '',
        '| Wave | Step | Kind | Needs | Worst case |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
        ...[...parallelLines(plan), ...unknownLines(plan)].map((l) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .V)(l)}`),
        `- run worst case: ${runWorstCaseText(plan)}`,
        '',
    ].join('\n');
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