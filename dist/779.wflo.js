"use strict";
exports.id = 779;
exports.ids = [779,235];
exports.modules = {

/***/ 10779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   callWorstCaseMicros: () => (/* binding */ callWorstCaseMicros),
/* harmony export */   estimateLlmCall: () => (/* binding */ estimateLlmCall),
/* harmony export */   estimateLlmStep: () => (/* binding */ estimateLlmStep)
/* harmony export */ });
/* harmony import */ var _llm_step_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57376);
/* harmony import */ var _llm_strict_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11456);
/* harmony import */ var _prices_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51295);
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30235);




function estimateLlmCall(request, price) {
    const input = (0,_tokens_js__WEBPACK_IMPORTED_MODULE_2__.inputTokenBound)(request.model, request.messages, request.json_schema?.schema);
    return {
        price,
        input,
        maxOutputTokens: request.max_tokens,
        reservationMicros: callWorstCaseMicros(price, input.tokens, request.max_tokens),
    };
}
/**
 * The most one attempt of a call with at most `inputTokens` of input and `maxOutputTokens` of
 * reply can cost: the one pricing of a worst case, for llm calls and agent turns alike.
 * It never falls as `inputTokens` grows, so a bound on the tokens bounds the money.
 */
function callWorstCaseMicros(price, inputTokens, maxOutputTokens) {
    // Tiers switch by the call's real input tokens, which can be anything up to the bound.
    const inputRate = Math.max((0,_prices_js__WEBPACK_IMPORTED_MODULE_1__/* .maxRateUpTo */ .vU)(price.input, inputTokens), (0,_prices_js__WEBPACK_IMPORTED_MODULE_1__/* .maxRateUpTo */ .vU)(price.cachedInput, inputTokens));
    const outputRate = Math.max((0,_prices_js__WEBPACK_IMPORTED_MODULE_1__/* .maxRateUpTo */ .vU)(price.output, inputTokens), (0,_prices_js__WEBPACK_IMPORTED_MODULE_1__/* .maxRateUpTo */ .vU)(price.reasoning, inputTokens));
    const picos = BigInt(inputTokens) * BigInt(inputRate) +
        BigInt(maxOutputTokens) * BigInt(outputRate) +
        price.requestPicos;
    return (0,_prices_js__WEBPACK_IMPORTED_MODULE_1__/* .picosToMicros */ .NI)(picos);
}
const EXPRESSION = /\$\{\{/;
/** A step's worst case from its config as written, without calling anything (`wflo plan`). */
function estimateLlmStep(step, workflow, at) {
    const parsed = (0,_llm_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .chatRequestOf */ .JY)(step.id, step.config);
    if (!parsed.ok)
        return { stepId: step.id, ok: false, reason: parsed.error };
    const { request } = parsed;
    if (EXPRESSION.test(request.model)) {
        return {
            stepId: step.id,
            ok: false,
            reason: `its model is chosen by an expression (${request.model}), priced when it runs`,
        };
    }
    const price = (0,_prices_js__WEBPACK_IMPORTED_MODULE_1__/* .priceOf */ .xx)(request.model, workflow, at);
    if (!price)
        return { stepId: step.id, ok: false, reason: `no price is known for model '${request.model}'` };
    const templated = request.messages.some((m) => EXPRESSION.test(m.content));
    // The call carries the strict form of output_schema (structured-output.md): bound that one.
    const strict = request.json_schema ? (0,_llm_strict_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .toStrictSchema */ .uF)(request.json_schema.schema) : undefined;
    const sent = request.json_schema && strict?.ok
        ? { ...request, json_schema: { ...request.json_schema, schema: strict.schema } }
        : request;
    return { stepId: step.id, ok: true, estimate: estimateLlmCall(sent, price), templated };
}


/***/ }),

/***/ 30235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OVERHEAD: () => (/* binding */ OVERHEAD),
  countAhead: () => (/* binding */ countAhead),
  countTokens: () => (/* binding */ countTokens),
  inputTokenBound: () => (/* binding */ inputTokenBound),
  tokenizerFor: () => (/* binding */ tokenizerFor),
  utf8Bytes: () => (/* binding */ utf8Bytes)
});

// EXTERNAL MODULE: ./src/llm/model-params.ts
var model_params = __webpack_require__(36537);
// EXTERNAL MODULE: ./node_modules/gpt-tokenizer/esm/bpeRanks/cl100k_base.js
var cl100k_base = __webpack_require__(87592);
// EXTERNAL MODULE: ./node_modules/gpt-tokenizer/esm/bpeRanks/o200k_base.js
var o200k_base = __webpack_require__(24851);
// EXTERNAL MODULE: ./node_modules/gpt-tokenizer/esm/encodingParams/constants.js
var constants = __webpack_require__(39587);
;// CONCATENATED MODULE: ./src/cost/bpe.ts
// Counts the tokens tiktoken's byte-pair encodings give a text, in time linear in the text.
// gpt-tokenizer (whose rank tables and split patterns these are) merges a piece by scanning
// every pair after each merge: quadratic, so a 1 MiB word without spaces took minutes. Here
// the pairs sit in a heap (lowest rank first, leftmost among equals: the order tiktoken
// merges in), so a piece of n bytes takes O(n log n). The work is a generator that yields
// every few thousand steps, so the same code counts synchronously or in slices that let the
// event loop (and a cancel) in between.



/** Work units between two yields of the counting generator. */
const STRIDE = 2048;
const RANK_SHIFT = 2 ** 32;
/** Ranks are below 2^18 (o200k_base has 200k tokens), so two make one safe integer key. */
const PAIR_SHIFT = 2 ** 18;
const PAIR_CACHE_LIMIT = 1_000_000;
const NO_RANK = Number.POSITIVE_INFINITY;
const SOURCES = {
    o200k_base: { ranks: o200k_base/* default */.A, split: constants/* O200K_TOKEN_SPLIT_REGEX */.ag },
    cl100k_base: { ranks: cl100k_base/* default */.A, split: constants/* CL100K_TOKEN_SPLIT_REGEX */.vg },
};
const built = new Map();
// Built on first use, not at import: `wflo plan` for a workflow without OpenAI models, and
// every test that never counts, pays nothing for 300k ranks.
function* encodingOf(name) {
    const known = built.get(name);
    if (known)
        return known;
    const source = SOURCES[name];
    const ranks = new Map();
    let longest = 0;
    for (let rank = 0; rank < source.ranks.length; rank++) {
        const token = source.ranks[rank];
        if (token === undefined)
            continue;
        const bytes = typeof token === 'string' ? Buffer.from(token, 'utf8') : Buffer.from(token);
        ranks.set(bytes.toString('latin1'), rank);
        longest = Math.max(longest, bytes.length);
        if (rank % STRIDE === 0)
            yield;
    }
    // Another count may have built it while this one yielded.
    const raced = built.get(name);
    if (raced)
        return raced;
    const byteRank = new Int32Array(256);
    for (let b = 0; b < 256; b++)
        byteRank[b] = ranks.get(String.fromCharCode(b)) ?? 0;
    const encoding = {
        ranks,
        longest,
        byteRank,
        pairs: new Map(),
        split: new RegExp(source.split.source, source.split.flags),
    };
    built.set(name, encoding);
    return encoding;
}
/** Tokens of one pre-split piece, by heap-ordered merges; yields every STRIDE steps. */
function* mergeCount(piece, encoding) {
    const n = piece.length;
    if (n <= 1)
        return n;
    const { ranks, longest, pairs } = encoding;
    // Parts are a linked list over byte offsets. `token[i]` is the rank of the token part i is,
    // `rank[i]` the rank of the pair starting at part i right now, so a heap entry whose rank no
    // longer matches is stale and skipped.
    const next = new Int32Array(n + 1);
    const prev = new Int32Array(n + 1);
    const token = new Int32Array(n);
    const rank = new Float64Array(n);
    for (let i = 0; i <= n; i++) {
        next[i] = i + 1;
        prev[i] = i - 1;
        if (i < n)
            token[i] = encoding.byteRank[piece[i] ?? 0] ?? 0;
    }
    // A pair of tokens merges into the same token wherever it stands: its rank is kept by the
    // two ranks, so most look-ups need no string.
    const pairRank = (left, right) => {
        const key = (token[left] ?? 0) * PAIR_SHIFT + (token[right] ?? 0);
        const known = pairs.get(key);
        if (known !== undefined)
            return known;
        const end = next[right] ?? 0;
        const found = end - left > longest ? NO_RANK : (ranks.get(piece.toString('latin1', left, end)) ?? NO_RANK);
        if (pairs.size >= PAIR_CACHE_LIMIT)
            pairs.clear();
        pairs.set(key, found);
        return found;
    };
    const heap = new MinHeap(n);
    let work = 0;
    for (let i = 0; i + 1 < n; i++) {
        const r = pairRank(i, i + 1);
        rank[i] = r;
        if (r !== NO_RANK)
            heap.push(r * RANK_SHIFT + i);
        if (++work % STRIDE === 0)
            yield;
    }
    rank[n - 1] = NO_RANK;
    let parts = n;
    while (heap.size > 0) {
        if (++work % STRIDE === 0)
            yield;
        const key = heap.pop();
        const start = key % RANK_SHIFT;
        const merged = (key - start) / RANK_SHIFT;
        if (rank[start] !== merged)
            continue;
        // Part `start` and the part after it become one token.
        const gone = next[start] ?? 0;
        const after = next[gone] ?? 0;
        next[start] = after;
        if (after <= n)
            prev[after] = start;
        token[start] = merged;
        rank[gone] = NO_RANK;
        parts -= 1;
        const onward = after >= n ? NO_RANK : pairRank(start, after);
        rank[start] = onward;
        if (onward !== NO_RANK)
            heap.push(onward * RANK_SHIFT + start);
        const before = prev[start] ?? 0;
        if (before >= 0) {
            const joined = pairRank(before, start);
            rank[before] = joined;
            if (joined !== NO_RANK)
                heap.push(joined * RANK_SHIFT + before);
        }
    }
    return parts;
}
/** A binary min-heap of non-negative numbers (rank × 2^32 + offset). */
class MinHeap {
    items;
    size = 0;
    constructor(capacity) {
        this.items = new Float64Array(Math.max(16, capacity));
    }
    push(value) {
        if (this.size === this.items.length) {
            const grown = new Float64Array(this.items.length * 2);
            grown.set(this.items);
            this.items = grown;
        }
        const items = this.items;
        let i = this.size++;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if ((items[parent] ?? 0) <= value)
                break;
            items[i] = items[parent] ?? 0;
            i = parent;
        }
        items[i] = value;
    }
    pop() {
        const items = this.items;
        const top = items[0] ?? 0;
        const last = items[--this.size] ?? 0;
        let i = 0;
        for (;;) {
            const left = 2 * i + 1;
            if (left >= this.size)
                break;
            const right = left + 1;
            const child = right < this.size && (items[right] ?? 0) < (items[left] ?? 0) ? right : left;
            if ((items[child] ?? 0) >= last)
                break;
            items[i] = items[child] ?? 0;
            i = child;
        }
        items[i] = last;
        return top;
    }
}
// Short pieces repeat (words, indentation): their counts are kept, up to a bound.
const PIECE_CACHE_LIMIT = 20_000;
const SHORT_PIECE = 64;
/** The counting, as a generator that yields every STRIDE units of work. */
function* countSteps(text, name) {
    const encoding = yield* encodingOf(name);
    const cache = pieceCache(name);
    let tokens = 0;
    let work = 0;
    // Special-token text in a prompt is ordinary text to the API, so there are no special tokens.
    for (const [piece] of text.matchAll(encoding.split)) {
        if (++work % STRIDE === 0)
            yield;
        const cached = cache.get(piece);
        if (cached !== undefined) {
            tokens += cached;
            continue;
        }
        const bytes = Buffer.from(piece, 'utf8');
        const whole = bytes.length === piece.length ? piece : bytes.toString('latin1');
        const count = encoding.ranks.has(whole) ? 1 : yield* mergeCount(bytes, encoding);
        if (piece.length <= SHORT_PIECE) {
            if (cache.size >= PIECE_CACHE_LIMIT)
                cache.clear();
            cache.set(piece, count);
        }
        tokens += count;
    }
    return tokens;
}
const caches = new Map();
function pieceCache(name) {
    let cache = caches.get(name);
    if (!cache)
        caches.set(name, (cache = new Map()));
    return cache;
}
/** Runs a counting generator to its end without yielding to the event loop. */
function runToEnd(steps) {
    for (;;) {
        const step = steps.next();
        if (step.done)
            return step.value;
    }
}
/** How long one slice of counting may hold the event loop. */
const SLICE_MS = 4;
/**
 * Runs a counting generator in slices of at most about SLICE_MS, giving the event loop a turn
 * between slices; an aborted signal stops it at the next slice with the signal's reason.
 */
async function runInSlices(steps, signal) {
    for (;;) {
        signal?.throwIfAborted();
        const until = performance.now() + SLICE_MS;
        do {
            const step = steps.next();
            if (step.done)
                return step.value;
        } while (performance.now() < until);
        await new Promise((resolve) => setImmediate(resolve));
    }
}

;// CONCATENATED MODULE: ./src/cost/tokens.ts


const ENCODINGS = [
    // gpt-4o, gpt-4.1, gpt-4.5, the o-series, gpt-5 and later.
    {
        pattern: /^(gpt-4o|chatgpt-4o|gpt-4\.[15]|o\d+(\b|-)|codex-mini|gpt-([5-9]|\d{2,})(\b|[.-]))/,
        encoding: 'o200k_base',
    },
    { pattern: /^(gpt-4(\b|-)|gpt-3\.5|gpt-35)/, encoding: 'cl100k_base' },
];
/** The tokenizer of a model family, or undefined when it is not known for sure. */
function tokenizerFor(model) {
    const name = (0,model_params/* baseModelName */.Kn)(model);
    return ENCODINGS.find((entry) => entry.pattern.test(name))?.encoding;
}
// Counts of long texts, kept so that the bound computed right after `countAhead` (and the
// agent's compaction, which asks again and again) does not count them a second time.
const LONG_TEXT = 4096;
const KEPT_COUNTS = 16;
const kept = new Map();
function keep(key, tokens) {
    const oldest = kept.keys().next();
    if (kept.size >= KEPT_COUNTS && !oldest.done)
        kept.delete(oldest.value);
    kept.set(key, tokens);
    return tokens;
}
/** Tokens of `text` in `encoding`, synchronously (linear in the text: src/cost/bpe.ts). */
function countTokens(text, encoding) {
    if (text.length < LONG_TEXT)
        return runToEnd(countSteps(text, encoding));
    const key = encoding + '\0' + text;
    return kept.get(key) ?? keep(key, runToEnd(countSteps(text, encoding)));
}
/**
 * Counts the long texts of these messages in slices of a few milliseconds, so that a step
 * output of megabytes neither blocks the event loop nor delays a cancel (the signal's reason
 * is thrown at the next slice); the bound computed afterwards takes the counts from here.
 */
async function countAhead(model, messages, signal) {
    const encoding = tokenizerFor(model);
    if (!encoding)
        return;
    for (const { content } of messages) {
        if (content.length < LONG_TEXT)
            continue;
        const key = encoding + '\0' + content;
        if (kept.has(key))
            continue;
        keep(key, await runInSlices(countSteps(content, encoding), signal));
    }
}
function utf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * Framing the chat format adds around each message and before the reply. OpenAI documents
 * 3 per message (+1 for a role name) and 3 to prime the reply; we hold 8 and 8. Unknown
 * chat templates can add more (role headers, a default system line), hence 32 and 64.
 */
const OVERHEAD = {
    tokenizer: { perMessage: 8, reply: 8 },
    bytes: { perMessage: 32, reply: 64 },
    /** Framing around a structured-output schema, besides the schema's own bytes. */
    schema: 64,
};
/**
 * At most this many input tokens can be billed for these messages. A JSON schema for
 * structured output is bounded by its UTF-8 bytes whatever the model, since how a server
 * renders it into the prompt is not published.
 */
function inputTokenBound(model, messages, jsonSchema) {
    const encoding = tokenizerFor(model);
    const schemaTokens = jsonSchema === undefined ? 0 : utf8Bytes(JSON.stringify(jsonSchema)) + OVERHEAD.schema;
    if (encoding) {
        const { perMessage, reply } = OVERHEAD.tokenizer;
        let tokens = reply + schemaTokens;
        for (const m of messages)
            tokens += perMessage + countTokens(m.role, encoding) + countTokens(m.content, encoding);
        return { tokens, method: 'tokenizer', encoding };
    }
    const { perMessage, reply } = OVERHEAD.bytes;
    let tokens = reply + schemaTokens;
    for (const m of messages)
        tokens += perMessage + utf8Bytes(m.role) + utf8Bytes(m.content);
    return { tokens, method: 'bytes' };
}


/***/ })

};
;