// An upper bound on a chat call's input tokens, for the reservation made before it.
// Known OpenAI families are counted with their own tokenizer (gpt-tokenizer, the encodings
// tiktoken ships); any other model is bounded by UTF-8 bytes, since every token of a
// byte-level BPE (or a SentencePiece model with byte fallback) covers at least one byte.
import { countTokens as countO200k } from 'gpt-tokenizer/encoding/o200k_base';
import { countTokens as countCl100k } from 'gpt-tokenizer/encoding/cl100k_base';
import type { ChatMessage } from '../llm/client.js';
import { baseModelName } from '../llm/model-params.js';
import type { JsonObject } from '../workflow/model.js';

export type TokenizerName = 'o200k_base' | 'cl100k_base';

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

// Special-token text in a prompt is ordinary text to the API; count it as such.
const AS_TEXT = { disallowedSpecial: new Set<string>() };

export function countTokens(text: string, encoding: TokenizerName): number {
  return encoding === 'o200k_base' ? countO200k(text, AS_TEXT) : countCl100k(text, AS_TEXT);
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
