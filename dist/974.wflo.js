"use strict";
exports.id = 974;
exports.ids = [974];
exports.modules = {

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

/***/ 47974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runWorkflow: () => (/* binding */ runWorkflow)
});

// EXTERNAL MODULE: ./src/workflow/expressions.ts + 6 modules
var expressions = __webpack_require__(44209);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/cost/ledger.ts
var cost_ledger = __webpack_require__(2964);
// EXTERNAL MODULE: ./src/common/money.ts
var money = __webpack_require__(23801);
// EXTERNAL MODULE: ./src/workflow/inputs.ts
var workflow_inputs = __webpack_require__(59624);
// EXTERNAL MODULE: ./src/checkpoint/checkpoint.ts
var checkpoint = __webpack_require__(18498);
;// CONCATENATED MODULE: ./src/checkpoint/session.ts
// The scheduler's checkpoint session: records every finished step (the snapshot is taken at
// once; the store's write is awaited before another step starts) and, when the run continues
// from an earlier checkpoint, says which steps can be reused instead of run and paid again.



/**
 * A step that ended is final (DESIGN.md §2): it succeeded, or failed at its own work under
 * continue_on_error. A gate still waiting, a stop and an outage are asked or tried again.
 */
function ended(record) {
    if (record.status === 'succeeded')
        return true;
    return record.status === 'failed' && record.continue_on_error && record.environment === undefined;
}
function createCheckpointSession(settings) {
    const { options, workflow, ledger } = settings;
    const earlier = new Map((options.resumeFrom?.steps ?? []).map((s) => [s.id, s]));
    const steps = [];
    let status = 'running';
    let saving = Promise.resolve();
    let saveError;
    const snapshot = () => ({
        version: checkpoint/* CHECKPOINT_VERSION */.Ax,
        runId: settings.runId,
        workflow: { file: workflow.file, name: workflow.name, hash: workflow.hash },
        inputs: settings.inputs,
        inputsHash: (0,checkpoint/* inputsHash */.Oq)(settings.inputs),
        status,
        ledger: {
            spentMicros: ledger.spentMicros(),
            reservedPeakMicros: ledger.peakCommittedMicros(),
            ...(ledger.budgetMicros === undefined ? {} : { budgetMicros: ledger.budgetMicros }),
        },
        ...(options.workspaceKey === undefined ? {} : { workspaceKey: options.workspaceKey }),
        steps: steps.map((s) => ({ ...s })),
        updatedAt: new Date(settings.now()).toISOString(),
    });
    const save = () => {
        // Taken now, while the figures are those of this moment; written in order.
        const sealed = (0,checkpoint/* seal */.od)(snapshot());
        const write = async () => {
            const kept = await options.store.save(sealed);
            if (kept?.warning)
                saveError ??= kept.warning;
        };
        saving = saving.then(write, write);
        saving.catch((error) => {
            saveError ??= `the checkpoint could not be saved to ${options.store.where}: ${(0,errors/* messageOf */.b)(error)}`;
        });
    };
    const hashOf = (spec, config) => (0,checkpoint/* stepInputHash */.hE)(spec, config, settings.readsWorkspace(spec.kind) ? options.workspaceKey : undefined, settings.hostEnv);
    const firstStartedAt = (spec, inputHash) => {
        const before = earlier.get(spec.id);
        if (before?.record.status !== 'waiting_approval' || before.inputHash !== inputHash)
            return undefined;
        const at = Date.parse(before.firstStartedAt ?? before.record.started_at ?? '');
        return Number.isNaN(at) ? undefined : at;
    };
    return {
        carriedMicros: options.resumeFrom?.ledger.spentMicros ?? 0,
        inputHash: hashOf,
        reusable(spec, inputHash, depsRanAgain) {
            const before = earlier.get(spec.id);
            if (!before || !ended(before.record) || depsRanAgain)
                return undefined;
            if (before.inputHash !== inputHash)
                return undefined;
            // Changes listed but not kept (a store with a size limit dropped them): make them again.
            const listed = before.record.outputs.changes;
            if (Array.isArray(listed) && listed.length > 0 && before.changes === undefined)
                return undefined;
            return {
                record: { ...before.record, reused: true },
                ...(before.changes === undefined ? {} : { changes: before.changes }),
            };
        },
        firstStartedAt,
        stepFinished(spec, inputHash, record, changes) {
            // A reused step keeps what it cost when it ran; the ledger already carries that money.
            const costMicros = record.reused
                ? (earlier.get(spec.id)?.costMicros ?? 0)
                : ledger.stepSpentMicros(spec.id);
            // A gate still waiting keeps the time it was first asked, however many jobs it spans.
            let firstStarted;
            if (record.status === 'waiting_approval') {
                const first = inputHash === undefined ? undefined : firstStartedAt(spec, inputHash);
                firstStarted = first === undefined ? record.started_at : new Date(first).toISOString();
            }
            steps.push({
                id: spec.id,
                ...(inputHash === undefined ? {} : { inputHash }),
                costMicros,
                record: { ...record, cost_usd: (0,money/* microsToUsd */.$Y)(costMicros) },
                ...(changes === undefined ? {} : { changes }),
                ...(firstStarted === undefined ? {} : { firstStartedAt: firstStarted }),
            });
            save();
        },
        runFinished(final) {
            status = final;
            save();
        },
        async flush() {
            await saving.catch(() => undefined);
            return saveError;
        },
    };
}

// EXTERNAL MODULE: ./src/common/secrets.ts
var secrets = __webpack_require__(7168);
;// CONCATENATED MODULE: ./src/engine/run-scope.ts
// The run's scope: what is made once when a run starts and lives until it ends — its id, the
// checked inputs, the `env` context, the one redactor, the observer that only sees redacted
// text, the budget ledger, the checkpoint session and the expression context the steps see.







function openRunScope(options) {
    const { workflow, services } = options;
    const clock = services.clock;
    const resumeFrom = options.checkpoint?.resumeFrom;
    // A resumed run keeps its id: its gate comments and container labels are keyed on it.
    const runId = resumeFrom?.runId ?? options.runId ?? (0,external_node_crypto_.randomUUID)();
    const startedAt = new Date(clock.now()).toISOString();
    const inputs = (0,workflow_inputs/* resolveInputs */.e)(workflow, options.inputs);
    // The `env` context: the runner's environment under the file's `env:`. Values reach a command
    // only when a step names them in its own `env:`, so reading one here exposes nothing by itself.
    const workflowEnv = {
        ...definedStrings(services.hostEnv),
        ...renderEnv(workflow.env, {
            inputs,
            github: options.github ?? {},
            env: definedStrings(services.hostEnv),
        }),
    };
    // One redaction for the run: the runner's secrets, the edge's, and every value under a
    // secret-like name in the file's `env:` now, in each step's `env:` maps as it starts.
    const redactor = (0,secrets/* createRedactor */.lY)([
        ...(0,secrets/* hostSecrets */.YR)(services.hostEnv),
        ...(options.secrets ?? []),
        ...(0,secrets/* secretValues */.VX)(workflowEnv, services.hostEnv),
    ]);
    const observer = redactingObserver(options.observer, redactor);
    for (const secret of redactor.values())
        observer?.secret?.(secret);
    const ledger = (0,cost_ledger/* createLedger */.M)({
        budgetMicros: smallerBudget(workflow.budget?.maxMicros, options.budgetMicros),
        warnAt: workflow.budget?.warnAt,
        onWarning: (message) => observer?.warning?.(message),
        carriedMicros: resumeFrom?.ledger.spentMicros,
    });
    const session = options.checkpoint &&
        createCheckpointSession({
            options: options.checkpoint,
            runId,
            workflow,
            inputs,
            ledger,
            now: () => clock.now(),
            hostEnv: services.hostEnv,
            readsWorkspace: (kind) => options.registry.get(kind)?.readsWorkspace !== false,
        });
    const stepsContext = {};
    return {
        runId,
        startedAt,
        inputs,
        redactor,
        observer,
        ledger,
        session,
        signal: options.signal ?? new AbortController().signal,
        stepsContext,
        context: () => ({
            inputs,
            env: workflowEnv,
            steps: stepsContext,
            run: runContext(runId, ledger),
            github: options.github ?? {},
        }),
    };
}
/** The observer the edge gave, with every secret hidden from what it is told. */
function redactingObserver(observer, redactor) {
    if (!observer)
        return undefined;
    return {
        ...observer,
        ...(observer.warning ? { warning: (m) => observer.warning?.(redactor.published(m)) } : {}),
        ...(observer.stepFinished
            ? { stepFinished: (r) => observer.stepFinished?.(redactRecord(r, redactor)) }
            : {}),
    };
}
function redactRecord(record, redactor) {
    if (redactor.values().length === 0)
        return record;
    return {
        ...record,
        outputs: redactor.json(record.outputs, 'published'),
        ...(record.error === undefined ? {} : { error: redactor.published(record.error) }),
    };
}
/** A step's fields rendered as its kind will see them, or undefined when an expression fails. */
function renderedConfig(spec, context, status) {
    try {
        const rendered = (0,expressions/* renderValue */.AI)(spec.config, context, status);
        return rendered !== null && typeof rendered === 'object' && !Array.isArray(rendered)
            ? rendered
            : {};
    }
    catch {
        return undefined; // runStepAttempts renders again and reports the failure on the step.
    }
}
function smallerBudget(a, b) {
    if (a === undefined)
        return b;
    if (b === undefined)
        return a;
    return Math.min(a, b);
}
function definedStrings(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}
function runContext(runId, ledger) {
    const remaining = ledger.remainingMicros();
    return {
        id: runId,
        cost_usd: (0,money/* microsToUsd */.$Y)(ledger.spentMicros()),
        budget_remaining_usd: remaining === undefined ? null : (0,money/* microsToUsd */.$Y)(remaining),
    };
}
function renderEnv(env, context) {
    const rendered = (0,expressions/* renderValue */.AI)(env, context);
    return rendered !== null && typeof rendered === 'object' && !Array.isArray(rendered)
        ? rendered
        : {};
}

;// CONCATENATED MODULE: ./src/engine/run-status.ts

/** Statuses after which nothing new starts: the run has hit a wall, not just a failed branch. */
const RUN_STOPPING = new Set([
    'budget_exceeded',
    'rejected',
    'timed_out',
    'waiting_approval',
    'cancelled',
]);
/** When several stops happen at once, the run reports the most decisive one. */
const STATUS_PRECEDENCE = [
    'cancelled',
    'budget_exceeded',
    'waiting_approval',
    'rejected',
    'timed_out',
    'failed',
];
function conclusionOf(record) {
    if (record.status === 'succeeded')
        return 'success';
    if (record.status === 'skipped')
        return 'skipped';
    if (record.status === 'cancelled')
        return 'cancelled';
    return record.continue_on_error ? 'success' : 'failure';
}
function outcomeOf(status) {
    if (status === 'succeeded')
        return 'success';
    if (status === 'skipped' || status === 'cancelled')
        return status;
    return 'failure';
}
function runStatusOf(records) {
    // An outage fails the run (exit 1) whatever else happened, unless it was cancelled: a
    // paused or stopped run would hide that the environment needs fixing first.
    if (records.some((r) => r.environment !== undefined) &&
        !records.some((r) => r.status === 'cancelled'))
        return 'failed';
    const present = new Set(records.filter((r) => r.status !== 'failed' || !r.continue_on_error).map((r) => r.status));
    return STATUS_PRECEDENCE.find((s) => present.has(s)) ?? 'succeeded';
}
function stopReason(stopped) {
    switch (stopped) {
        case 'failed':
            return "wflo's environment failed before this step started";
        case 'cancelled':
            return 'the run was cancelled before this step started';
        case 'budget_exceeded':
            return 'the budget ran out before this step started';
        case 'waiting_approval':
            return 'the run is waiting at an approval gate';
        default:
            return `the run stopped (${stopped}) before this step started`;
    }
}
/**
 * The run's reason, one sentence: the engine names the step, the kind's clause says what
 * happened, and for an outage the edge's hint says how to fix it.
 */
function reasonOf(status, records, setupHint) {
    if (status === 'cancelled')
        return 'The run was cancelled.';
    const culprits = records.filter((r) => r.status === status && !(r.status === 'failed' && r.continue_on_error));
    // An outage is the cause to fix first, whatever else failed beside it.
    const culprit = culprits.find((r) => r.environment !== undefined) ?? culprits[0];
    if (!culprit)
        return `The run ended ${status}.`;
    const what = culprit.environment !== undefined ? 'could not run' : describeStatus(status);
    const said = culprit.error ? asClause(culprit.error, culprit.id) : '';
    // `was rejected` + `by alice (too risky)` reads as one phrase; anything else follows a colon.
    const clause = said === '' ? '' : said.startsWith('by ') ? ` ${said}` : `: ${said}`;
    const hint = culprit.environment !== undefined && setupHint ? asClause(setupHint(culprit.environment)) : '';
    return `Step '${culprit.id}' ${what}${clause}${hint ? `; ${hint}` : ''}.`;
}
/**
 * A kind's message as a clause of the engine's sentence: no subject naming the step again, no
 * full stop of its own (so a reason never reads `Step 'x' failed: Step 'x' exited..`).
 */
function asClause(message, stepId) {
    let text = message.trim().replace(/[.\s]+$/u, '');
    if (stepId !== undefined) {
        const subject = new RegExp(`^(?:the (?:approval )?)?(?:step|gate) '${stepId.replace(/[-]/g, '\\$&')}'(?::\\s*|\\s+)`, 'i');
        text = text.replace(subject, '');
    }
    return text;
}
function describeStatus(status) {
    switch (status) {
        case 'failed':
            return 'failed';
        case 'budget_exceeded':
            return 'stopped the run at the budget';
        case 'rejected':
            return 'was rejected';
        case 'timed_out':
            return 'timed out waiting for approval';
        case 'waiting_approval':
            return 'is waiting for approval';
        default:
            return status;
    }
}
function internalErrorRecord(spec, error, now) {
    const at = new Date(now).toISOString();
    return {
        id: spec.id,
        kind: spec.kind,
        status: 'failed',
        attempts: 1,
        started_at: at,
        finished_at: at,
        duration_ms: 0,
        cost_usd: 0,
        outputs: {},
        error: `internal error: ${(0,errors/* messageOf */.b)(error)}`,
        continue_on_error: false,
    };
}
function conditionErrorRecord(spec, error, now) {
    return {
        ...internalErrorRecord(spec, error, now),
        attempts: 0,
        error: `its condition could not be evaluated: ${(0,errors/* messageOf */.b)(error)}`,
    };
}
/** The record of a step that never started: skipped (a false condition, a stop) or cancelled. */
function notStartedRecord(spec, status, why, now) {
    const at = new Date(now).toISOString();
    return {
        id: spec.id,
        kind: spec.kind,
        status,
        attempts: 0,
        started_at: at,
        finished_at: at,
        duration_ms: 0,
        cost_usd: 0,
        outputs: {},
        error: why,
        continue_on_error: false,
    };
}

// EXTERNAL MODULE: ./src/engine/attempts.ts + 1 modules
var attempts = __webpack_require__(59392);
;// CONCATENATED MODULE: ./src/engine/checkout-changes.ts

function createCheckoutChanges(settings) {
    const { steps, gates, ancestorsOf } = settings;
    const guardsOf = (index) => gates.filter((g) => ancestorsOf(g).has(index));
    const idOf = (index) => steps[index]?.id ?? String(index);
    const held = new Map();
    const applied = [];
    const approvedGates = new Set();
    const outcomes = new Map();
    const rulesOf = (index) => settings.rulesOf?.(index) ?? {};
    const apply = async (index, changes) => {
        if (!settings.checkout)
            return 'this run has no checkout to apply them to';
        try {
            const done = await settings.checkout.apply(settings.workspace, changes, rulesOf(index));
            applied.push({ index, changes: done });
            outcomes.set(index, { step: idOf(index), outcome: 'applied' });
            return undefined;
        }
        catch (error) {
            const why = (0,errors/* messageOf */.b)(error);
            outcomes.set(index, { step: idOf(index), outcome: 'discarded', reason: why });
            return why;
        }
    };
    return {
        guardIds: (index) => guardsOf(index).map(idOf),
        isGate: (index) => gates.includes(index),
        heldFor: (gate) => [...held]
            .filter(([index]) => guardsOf(index).includes(gate))
            .sort(([a], [b]) => a - b)
            .map(([index, changes]) => [idOf(index), changes]),
        async settle(index, changes) {
            if (guardsOf(index).length > 0) {
                // Checked now as well as when applied: a set that can never be applied fails its step
                // at once, not after a person approved it.
                try {
                    await settings.checkout?.check?.(settings.workspace, changes, rulesOf(index));
                }
                catch (error) {
                    const why = (0,errors/* messageOf */.b)(error);
                    outcomes.set(index, { step: idOf(index), outcome: 'discarded', reason: why });
                    return `its changes could not be applied to the checkout: ${why}`;
                }
                held.set(index, changes);
                outcomes.set(index, {
                    step: idOf(index),
                    outcome: 'held',
                    reason: 'waiting for the approval gate after it',
                });
                return undefined;
            }
            const why = await apply(index, changes);
            return why === undefined
                ? undefined
                : `its changes could not be applied to the checkout: ${why}`;
        },
        async release(gate, record) {
            if (!gates.includes(gate) || record.status !== 'succeeded')
                return record;
            // Recorded at once: parallel gates may finish in the same tick, before either's record is set.
            approvedGates.add(gate);
            for (const [index, changes] of [...held].sort(([a], [b]) => a - b)) {
                if (!guardsOf(index).every((g) => approvedGates.has(g)))
                    continue;
                held.delete(index);
                const why = await apply(index, changes);
                if (why !== undefined) {
                    return {
                        ...record,
                        status: 'failed',
                        error: `approved, but the changes of step '${idOf(index)}' could not be applied to the checkout: ${why}`,
                    };
                }
            }
            return record;
        },
        async end(status) {
            const warnings = [];
            for (const index of held.keys()) {
                const id = idOf(index);
                if (status === 'waiting_approval' && settings.checkpointed) {
                    outcomes.set(index, {
                        step: id,
                        outcome: 'held',
                        reason: 'the run is waiting at an approval gate; the checkpoint keeps them',
                    });
                }
                else if (status === 'waiting_approval') {
                    outcomes.set(index, {
                        step: id,
                        outcome: 'discarded',
                        reason: 'the run stopped at an approval gate and keeps no checkpoint to continue from',
                    });
                    warnings.push(`the changes of step '${id}' were not applied and are not kept: the run stopped at an approval gate without a checkpoint`);
                }
                else {
                    outcomes.set(index, {
                        step: id,
                        outcome: 'discarded',
                        reason: 'no approval let them through',
                    });
                    warnings.push(`the changes of step '${id}' were not applied: no approval let them through`);
                }
            }
            held.clear();
            if (status === 'succeeded' || status === 'waiting_approval')
                return warnings;
            // The run did not succeed: the checkout goes back to what it was before the first change.
            for (const { index, changes } of applied.reverse()) {
                const id = idOf(index);
                try {
                    for (const warning of await changes.revert())
                        warnings.push(`step '${id}': ${warning}`);
                }
                catch (error) {
                    warnings.push(`the changes of step '${id}' could not be taken back: ${(0,errors/* messageOf */.b)(error)}`);
                }
                outcomes.set(index, {
                    step: id,
                    outcome: 'reverted',
                    reason: `the run ended ${status}`,
                });
                warnings.push(`the changes of step '${id}' were taken back: the run ended ${status}`);
            }
            applied.length = 0;
            return warnings;
        },
        records: () => [...outcomes.values()],
    };
}

;// CONCATENATED MODULE: ./src/engine/scheduler.ts
// The scheduler loop: starts every step whose needs have finished, up to `max_parallel` at
// once, in file order; judges each step's `if:`; reuses a checkpointed step instead of running
// it; hands a step's changes to the checkout (or holds them for the gate after it); and once
// the run has hit a wall (budget, gate, cancel, outage) starts nothing new.






/** Runs the workflow's steps to the end (or to the wall the run hit) in `scope`. */
async function scheduleSteps(options, scope) {
    const { workflow, services } = options;
    const clock = services.clock;
    const { runId, redactor, observer, ledger, session, stepsContext } = scope;
    const runSignal = scope.signal;
    const baseContext = scope.context;
    /** Steps this run executed (not reused): whatever needs them cannot be reused either. */
    const ranAgain = new Set();
    let unsaved = false;
    const indexOf = new Map(workflow.steps.map((s, i) => [s.id, i]));
    const states = workflow.steps.map((spec) => ({
        spec,
        deps: spec.needs.map((id) => indexOf.get(id) ?? -1).filter((i) => i >= 0),
        running: false,
    }));
    const ancestorsOf = lazyAncestors(states);
    const checkoutChanges = createCheckoutChanges({
        steps: workflow.steps,
        gates: workflow.steps
            .filter((s) => options.registry.get(s.kind)?.gatesChanges === true)
            .map((s) => s.index),
        ancestorsOf,
        checkout: services.checkout,
        workspace: options.workspace,
        rulesOf: (index) => {
            const spec = workflow.steps[index];
            return spec && options.registry.get(spec.kind)?.changeRules?.(spec);
        },
        checkpointed: options.checkpoint !== undefined,
    });
    let stopped;
    const running = new Map();
    const finish = (index, finished, inputHash, changes) => {
        const state = states[index];
        if (!state)
            return;
        // What a step printed or answered may hold a secret, plain or encoded: its record (the
        // expression context, the checkpoint, the report) never does.
        const record = redactRecord(finished, redactor);
        session?.stepFinished(state.spec, inputHash, record, changes);
        unsaved = session !== undefined;
        state.record = record;
        state.running = false;
        state.conclusion = conclusionOf(record);
        stepsContext[record.id] = {
            outputs: record.outputs,
            outcome: outcomeOf(record.status),
            conclusion: state.conclusion,
            cost_usd: record.cost_usd,
        };
        observer?.stepFinished?.(record);
        if (RUN_STOPPING.has(record.status) && stopped === undefined)
            stopped = record.status;
        // An outage fails the run: nothing new starts against an environment that is down.
        if (record.environment !== undefined && stopped === undefined)
            stopped = 'failed';
    };
    const skip = (index, status, why) => {
        const state = states[index];
        if (state)
            finish(index, notStartedRecord(state.spec, status, why, clock.now()));
    };
    const statusFor = (state) => ({
        success: () => !runSignal.aborted && state.deps.every((d) => states[d]?.conclusion === 'success'),
        failure: () => [...ancestorsOf(state.spec.index)].some((a) => states[a]?.conclusion === 'failure'),
        always: () => true,
        cancelled: () => runSignal.aborted,
    });
    /**
     * A step that succeeded hands over its changes (applied, or held for the gate after it); a
     * gate that approved lets through what it held. Then the step is finished.
     */
    const settle = async (index, result, inputHash) => {
        let { record } = result;
        const { changes } = result;
        // Most steps change nothing and gate nothing: finish them without another await.
        if (changes === undefined && !checkoutChanges.isGate(index)) {
            finish(index, record, inputHash);
            return;
        }
        const spec = states[index]?.spec;
        if (changes !== undefined && record.status === 'succeeded' && spec) {
            const why = await checkoutChanges.settle(index, changes);
            if (why !== undefined) {
                // A reused step keeps `reused` (and so what it cost when it ran) even when this fails.
                // `continue_on_error: true` still lets the run go on; an expression was judged on success.
                record = {
                    ...record,
                    status: 'failed',
                    error: why,
                    continue_on_error: spec.continueOnError === true,
                };
            }
            else if (checkoutChanges.guardIds(index).length > 0) {
                observer?.stepLog?.(spec, 'info', 'its changes wait for the approval gate after it before reaching the checkout');
            }
        }
        finish(index, await checkoutChanges.release(index, record), inputHash, changes);
    };
    /** Input hashes of the steps started so far (with a checkpoint), for the gates after them. */
    const inputHashes = new Map();
    /**
     * What a gate holds: the changes held for it and, for every step upstream, its inputs and how
     * it ended. An answer is bound to this digest, so it never approves other content.
     */
    const gateKeyOf = (gate) => (0,checkpoint/* sha256 */.sc)((0,checkpoint/* canonicalJson */.dj)({
        held: checkoutChanges.heldFor(gate),
        upstream: [...ancestorsOf(gate)]
            .sort((a, b) => a - b)
            .map((a) => [
            states[a]?.spec.id ?? '',
            inputHashes.get(a) ?? null,
            states[a]?.record?.status ?? null,
        ]),
    }));
    const start = (index) => {
        const state = states[index];
        if (!state)
            return;
        let inputHash;
        let config;
        let firstStartedAt;
        let work;
        const gateKey = checkoutChanges.isGate(index) ? gateKeyOf(index) : undefined;
        if (session) {
            config = renderedConfig(state.spec, baseContext(), statusFor(state));
            if (config) {
                // A gate is keyed by what it holds too: other content upstream is another question.
                const own = session.inputHash(state.spec, config);
                const hash = gateKey === undefined ? own : (0,checkpoint/* sha256 */.sc)((0,checkpoint/* canonicalJson */.dj)([own, gateKey]));
                inputHash = hash;
                inputHashes.set(index, hash);
                const depsRanAgain = state.deps.some((d) => ranAgain.has(d));
                const reused = session.reusable(state.spec, hash, depsRanAgain);
                // A reused step's changes are applied (or held) again: this checkout may not have them.
                if (reused)
                    work = settle(index, reused, hash);
                firstStartedAt = session.firstStartedAt(state.spec, hash);
            }
        }
        if (!work) {
            ranAgain.add(index);
            work = (0,attempts/* runStepAttempts */._L)({
                run: { id: runId, workflow, workspace: options.workspace, tempDir: options.tempDir },
                spec: state.spec,
                registry: options.registry,
                services,
                ledger,
                context: baseContext(),
                status: statusFor(state),
                runSignal,
                redactor,
                observer,
                renderedConfig: config,
                ...(firstStartedAt === undefined ? {} : { firstStartedAt }),
                ...(gateKey === undefined ? {} : { gateKey, held: checkoutChanges.heldFor(index) }),
            }).then((result) => settle(index, result, inputHash));
        }
        state.running = true;
        const promise = work.catch((error) => 
        // Step failures come back as records; reaching here is a bug, kept visible.
        finish(index, internalErrorRecord(state.spec, error, clock.now()), inputHash));
        running.set(index, promise.finally(() => running.delete(index)));
    };
    let firstUnfinished = 0;
    for (;;) {
        if (unsaved && session) {
            // The checkpoint of every finished step is stored before another step starts.
            unsaved = false;
            await session.flush();
        }
        if (runSignal.aborted && stopped === undefined)
            stopped = 'cancelled';
        let progressed = false;
        // Steps before the first unfinished one never need another look.
        while (states[firstUnfinished]?.record)
            firstUnfinished += 1;
        for (let i = firstUnfinished; i < states.length; i += 1) {
            const state = states[i];
            if (!state || state.record || state.running)
                continue;
            if (!state.deps.every((d) => states[d]?.record))
                continue;
            const index = state.spec.index;
            if (stopped !== undefined) {
                skip(index, stopped === 'cancelled' ? 'cancelled' : 'skipped', stopReason(stopped));
                progressed = true;
                continue;
            }
            if (running.size >= workflow.maxParallel)
                break;
            let shouldRun;
            try {
                shouldRun = (0,expressions/* evaluateCondition */.F9)(state.spec.if ?? 'success()', baseContext(), statusFor(state));
            }
            catch (error) {
                finish(index, conditionErrorRecord(state.spec, error, clock.now()));
                progressed = true;
                continue;
            }
            if (!shouldRun) {
                skip(index, 'skipped', state.spec.if
                    ? `its condition was false: ${state.spec.if}`
                    : 'a step it needs did not succeed');
            }
            else {
                start(index);
            }
            progressed = true;
        }
        if (running.size === 0) {
            if (!progressed)
                break;
            continue;
        }
        if (!progressed)
            await Promise.race(running.values());
    }
    const records = states.map((s) => s.record).filter((r) => r !== undefined);
    return { records, checkoutChanges };
}
/** Transitive `needs` of a step, for `failure()`; computed only for steps that ask. */
function lazyAncestors(states) {
    const memo = new Map();
    const visit = (i) => {
        const known = memo.get(i);
        if (known)
            return known;
        const set = new Set();
        memo.set(i, set);
        for (const d of states[i]?.deps ?? []) {
            set.add(d);
            for (const a of visit(d))
                set.add(a);
        }
        return set;
    };
    return visit;
}

;// CONCATENATED MODULE: ./src/engine/run.ts





async function runWorkflow(options) {
    const { workflow, services } = options;
    const clock = services.clock;
    const scope = openRunScope(options);
    const { runId, startedAt, redactor, observer, ledger, session } = scope;
    const { records, checkoutChanges } = await scheduleSteps(options, scope);
    const baseContext = scope.context;
    const status = runStatusOf(records);
    for (const warning of await checkoutChanges.end(status))
        observer?.warning?.(warning);
    const outputs = redactor.json(renderOutputs(workflow, baseContext(), observer), 'published');
    if (session) {
        session.runFinished(status);
        const saveError = await session.flush();
        if (saveError)
            observer?.warning?.(saveError);
    }
    return {
        runId,
        workflow,
        status,
        reason: status === 'succeeded'
            ? undefined
            : redactor.published(reasonOf(status, records, options.setupHint)),
        startedAt,
        finishedAt: new Date(clock.now()).toISOString(),
        steps: records,
        outputs,
        costMicros: ledger.spentMicros(),
        budgetMicros: ledger.budgetMicros,
        reservedPeakMicros: ledger.peakCommittedMicros(),
        ...(ledger.overageMicros() > 0 ? { overageMicros: ledger.overageMicros() } : {}),
        changes: checkoutChanges.records(),
        redactor,
        registry: options.registry,
    };
}
function renderOutputs(workflow, context, observer) {
    const outputs = {};
    for (const [name, template] of Object.entries(workflow.outputs)) {
        try {
            outputs[name] = (0,expressions/* renderValue */.AI)(template, context);
        }
        catch (error) {
            observer?.warning?.(`output '${name}' could not be rendered: ${(0,errors/* messageOf */.b)(error)}`);
            outputs[name] = null;
        }
    }
    return outputs;
}


/***/ })

};
;