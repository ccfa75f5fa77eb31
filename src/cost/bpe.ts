// Counts the tokens tiktoken's byte-pair encodings give a text, in time linear in the text.
// gpt-tokenizer (whose rank tables and split patterns these are) merges a piece by scanning
// every pair after each merge: quadratic, so a 1 MiB word without spaces took minutes. Here
// the pairs sit in a heap (lowest rank first, leftmost among equals: the order tiktoken
// merges in), so a piece of n bytes takes O(n log n). The work is a generator that yields
// every few thousand steps, so the same code counts synchronously or in slices that let the
// event loop (and a cancel) in between.
import cl100kRanks from 'gpt-tokenizer/bpeRanks/cl100k_base';
import o200kRanks from 'gpt-tokenizer/bpeRanks/o200k_base';
import {
  CL100K_TOKEN_SPLIT_REGEX,
  O200K_TOKEN_SPLIT_REGEX,
} from 'gpt-tokenizer/encodingParams/constants';

export type TokenizerName = 'o200k_base' | 'cl100k_base';

/** Work units between two yields of the counting generator. */
const STRIDE = 2048;
const RANK_SHIFT = 2 ** 32;
/** Ranks are below 2^18 (o200k_base has 200k tokens), so two make one safe integer key. */
const PAIR_SHIFT = 2 ** 18;
const PAIR_CACHE_LIMIT = 1_000_000;
const NO_RANK = Number.POSITIVE_INFINITY;

interface Encoding {
  /** Rank of each token, keyed by its bytes as a latin1 string (one char per byte). */
  ranks: Map<string, number>;
  /** The longest token in bytes: a longer pair has no rank. */
  longest: number;
  /** Rank of each single byte (every byte is a token). */
  byteRank: Int32Array;
  /** Rank of the token two tokens merge into (NO_RANK when none), keyed by both ranks. */
  pairs: Map<number, number>;
  split: RegExp;
}

const SOURCES: Record<TokenizerName, { ranks: readonly (string | number[])[]; split: RegExp }> = {
  o200k_base: { ranks: o200kRanks, split: O200K_TOKEN_SPLIT_REGEX },
  cl100k_base: { ranks: cl100kRanks, split: CL100K_TOKEN_SPLIT_REGEX },
};

const built = new Map<TokenizerName, Encoding>();

// Built on first use, not at import: `wflo plan` for a workflow without OpenAI models, and
// every test that never counts, pays nothing for 300k ranks.
function* encodingOf(name: TokenizerName): Generator<void, Encoding> {
  const known = built.get(name);
  if (known) return known;
  const source = SOURCES[name];
  const ranks = new Map<string, number>();
  let longest = 0;
  for (let rank = 0; rank < source.ranks.length; rank++) {
    const token = source.ranks[rank];
    if (token === undefined) continue;
    const bytes = typeof token === 'string' ? Buffer.from(token, 'utf8') : Buffer.from(token);
    ranks.set(bytes.toString('latin1'), rank);
    longest = Math.max(longest, bytes.length);
    if (rank % STRIDE === 0) yield;
  }
  // Another count may have built it while this one yielded.
  const raced = built.get(name);
  if (raced) return raced;
  const byteRank = new Int32Array(256);
  for (let b = 0; b < 256; b++) byteRank[b] = ranks.get(String.fromCharCode(b)) ?? 0;
  const encoding: Encoding = {
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
function* mergeCount(piece: Buffer, encoding: Encoding): Generator<void, number> {
  const n = piece.length;
  if (n <= 1) return n;
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
    if (i < n) token[i] = encoding.byteRank[piece[i] ?? 0] ?? 0;
  }
  // A pair of tokens merges into the same token wherever it stands: its rank is kept by the
  // two ranks, so most look-ups need no string.
  const pairRank = (left: number, right: number): number => {
    const key = (token[left] ?? 0) * PAIR_SHIFT + (token[right] ?? 0);
    const known = pairs.get(key);
    if (known !== undefined) return known;
    const end = next[right] ?? 0;
    const found =
      end - left > longest ? NO_RANK : (ranks.get(piece.toString('latin1', left, end)) ?? NO_RANK);
    if (pairs.size >= PAIR_CACHE_LIMIT) pairs.clear();
    pairs.set(key, found);
    return found;
  };
  const heap = new MinHeap(n);
  let work = 0;
  for (let i = 0; i + 1 < n; i++) {
    const r = pairRank(i, i + 1);
    rank[i] = r;
    if (r !== NO_RANK) heap.push(r * RANK_SHIFT + i);
    if (++work % STRIDE === 0) yield;
  }
  rank[n - 1] = NO_RANK;
  let parts = n;
  while (heap.size > 0) {
    if (++work % STRIDE === 0) yield;
    const key = heap.pop();
    const start = key % RANK_SHIFT;
    const merged = (key - start) / RANK_SHIFT;
    if (rank[start] !== merged) continue;
    // Part `start` and the part after it become one token.
    const gone = next[start] ?? 0;
    const after = next[gone] ?? 0;
    next[start] = after;
    if (after <= n) prev[after] = start;
    token[start] = merged;
    rank[gone] = NO_RANK;
    parts -= 1;
    const onward = after >= n ? NO_RANK : pairRank(start, after);
    rank[start] = onward;
    if (onward !== NO_RANK) heap.push(onward * RANK_SHIFT + start);
    const before = prev[start] ?? 0;
    if (before >= 0) {
      const joined = pairRank(before, start);
      rank[before] = joined;
      if (joined !== NO_RANK) heap.push(joined * RANK_SHIFT + before);
    }
  }
  return parts;
}

/** A binary min-heap of non-negative numbers (rank × 2^32 + offset). */
class MinHeap {
  private items: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.items = new Float64Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.size === this.items.length) {
      const grown = new Float64Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    const items = this.items;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((items[parent] ?? 0) <= value) break;
      items[i] = items[parent] ?? 0;
      i = parent;
    }
    items[i] = value;
  }
  pop(): number {
    const items = this.items;
    const top = items[0] ?? 0;
    const last = items[--this.size] ?? 0;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child = right < this.size && (items[right] ?? 0) < (items[left] ?? 0) ? right : left;
      if ((items[child] ?? 0) >= last) break;
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
export function* countSteps(text: string, name: TokenizerName): Generator<void, number> {
  const encoding = yield* encodingOf(name);
  const cache = pieceCache(name);
  let tokens = 0;
  let work = 0;
  // Special-token text in a prompt is ordinary text to the API, so there are no special tokens.
  for (const [piece] of text.matchAll(encoding.split)) {
    if (++work % STRIDE === 0) yield;
    const cached = cache.get(piece);
    if (cached !== undefined) {
      tokens += cached;
      continue;
    }
    const bytes = Buffer.from(piece, 'utf8');
    const whole = bytes.length === piece.length ? piece : bytes.toString('latin1');
    const count = encoding.ranks.has(whole) ? 1 : yield* mergeCount(bytes, encoding);
    if (piece.length <= SHORT_PIECE) {
      if (cache.size >= PIECE_CACHE_LIMIT) cache.clear();
      cache.set(piece, count);
    }
    tokens += count;
  }
  return tokens;
}

const caches = new Map<TokenizerName, Map<string, number>>();
function pieceCache(name: TokenizerName): Map<string, number> {
  let cache = caches.get(name);
  if (!cache) caches.set(name, (cache = new Map()));
  return cache;
}

/** Runs a counting generator to its end without yielding to the event loop. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How long one slice of counting may hold the event loop. */
export const SLICE_MS = 4;

/**
 * Runs a counting generator in slices of at most about SLICE_MS, giving the event loop a turn
 * between slices; an aborted signal stops it at the next slice with the signal's reason.
 */
export async function runInSlices<T>(steps: Generator<void, T>, signal?: AbortSignal): Promise<T> {
  for (;;) {
    signal?.throwIfAborted();
    const until = performance.now() + SLICE_MS;
    do {
      const step = steps.next();
      if (step.done) return step.value;
    } while (performance.now() < until);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
