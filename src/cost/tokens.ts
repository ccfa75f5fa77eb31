// An upper bound on a chat call's input tokens, for the reservation made before it.
// Known OpenAI families are counted with their own tokenizer (gpt-tokenizer, the encodings
// tiktoken ships); any other model is bounded by UTF-8 bytes, since every token of a
// byte-level BPE (or a SentencePiece model with byte fallback) covers at least one byte.
import type { ChatMessage } from '../llm/client.js';
import { baseModelName } from '../llm/model-params.js';
import type { JsonObject } from '../workflow/model.js';
import { countSteps, runInSlices, runToEnd, type TokenizerName } from './bpe.js';

export type { TokenizerName } from './bpe.js';

const ENCODINGS: ReadonlyArray<{ pattern: RegExp; encoding: TokenizerName }> = [
  // gpt-4o, gpt-4.1, gpt-4.5, the o-series, gpt-5 and later.
  {
    pattern: /^(gpt-4o|chatgpt-4o|gpt-4\.[15]|o\d+(\b|-)|codex-mini|gpt-([5-9]|\d{2,})(\b|[.-]))/,
    encoding: 'o200k_base',
  },
  { pattern: /^(gpt-4(\b|-)|gpt-3\.5|gpt-35)/, encoding: 'cl100k_base' },
];

/** The tokenizer of a model family, or undefined when it is not known for sure. */
export function tokenizerFor(model: string): TokenizerName | undefined {
  const name = baseModelName(model);
  return ENCODINGS.find((entry) => entry.pattern.test(name))?.encoding;
}

// Counts of long texts, kept so that the bound computed right after `countAhead` (and the
// agent's compaction, which asks again and again) does not count them a second time.
const LONG_TEXT = 4096;
const KEPT_COUNTS = 16;
const kept = new Map<string, number>();

function keep(key: string, tokens: number): number {
  const oldest = kept.keys().next();
  if (kept.size >= KEPT_COUNTS && !oldest.done) kept.delete(oldest.value);
  kept.set(key, tokens);
  return tokens;
}

/** Tokens of `text` in `encoding`, synchronously (linear in the text: src/cost/bpe.ts). */
export function countTokens(text: string, encoding: TokenizerName): number {
  if (text.length < LONG_TEXT) return runToEnd(countSteps(text, encoding));
  const key = encoding + '\0' + text;
  return kept.get(key) ?? keep(key, runToEnd(countSteps(text, encoding)));
}

/**
 * Counts the long texts of these messages in slices of a few milliseconds, so that a step
 * output of megabytes neither blocks the event loop nor delays a cancel (the signal's reason
 * is thrown at the next slice); the bound computed afterwards takes the counts from here.
 */
export async function countAhead(
  model: string,
  messages: readonly ChatMessage[],
  signal?: AbortSignal,
): Promise<void> {
  const encoding = tokenizerFor(model);
  if (!encoding) return;
  for (const { content } of messages) {
    if (content.length < LONG_TEXT) continue;
    const key = encoding + '\0' + content;
    if (kept.has(key)) continue;
    keep(key, await runInSlices(countSteps(content, encoding), signal));
  }
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Framing the chat format adds around each message and before the reply. OpenAI documents
 * 3 per message (+1 for a role name) and 3 to prime the reply; we hold 8 and 8. Unknown
 * chat templates can add more (role headers, a default system line), hence 32 and 64.
 */
export const OVERHEAD = {
  tokenizer: { perMessage: 8, reply: 8 },
  bytes: { perMessage: 32, reply: 64 },
  /** Framing around a structured-output schema, besides the schema's own bytes. */
  schema: 64,
} as const;

export interface InputBound {
  tokens: number;
  method: 'tokenizer' | 'bytes';
  encoding?: TokenizerName;
}

/**
 * At most this many input tokens can be billed for these messages. A JSON schema for
 * structured output is bounded by its UTF-8 bytes whatever the model, since how a server
 * renders it into the prompt is not published.
 */
export function inputTokenBound(
  model: string,
  messages: readonly ChatMessage[],
  jsonSchema?: JsonObject,
): InputBound {
  const encoding = tokenizerFor(model);
  const schemaTokens =
    jsonSchema === undefined ? 0 : utf8Bytes(JSON.stringify(jsonSchema)) + OVERHEAD.schema;
  if (encoding) {
    const { perMessage, reply } = OVERHEAD.tokenizer;
    let tokens = reply + schemaTokens;
    for (const m of messages)
      tokens += perMessage + countTokens(m.role, encoding) + countTokens(m.content, encoding);
    return { tokens, method: 'tokenizer', encoding };
  }
  const { perMessage, reply } = OVERHEAD.bytes;
  let tokens = reply + schemaTokens;
  for (const m of messages) tokens += perMessage + utf8Bytes(m.role) + utf8Bytes(m.content);
  return { tokens, method: 'bytes' };
}
