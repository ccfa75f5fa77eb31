// Chat Completions parameters differ by model family. OpenAI's reasoning models (o1, o3,
// o4-mini, codex-mini, gpt-5 and later) reject `max_tokens` (the SDK types mark it
// "not compatible with o-series models") and answer 400 "Only the default (1) value is
// supported" to any `temperature`; their chat variants (gpt-5-chat-latest…) take one.
// Every other model, including OpenAI-compatible servers (Ollama, vLLM), gets the
// long-standing `max_tokens`, which all of them understand.

export interface ModelParameters {
  /** The request field that caps the reply's tokens. */
  tokenLimitField: 'max_tokens' | 'max_completion_tokens';
  /** Whether `temperature` may be sent. */
  temperature: boolean;
}

interface FamilyRule {
  pattern: RegExp;
  parameters: ModelParameters;
}

const LEGACY: ModelParameters = { tokenLimitField: 'max_tokens', temperature: true };
const REASONING: ModelParameters = { tokenLimitField: 'max_completion_tokens', temperature: false };
const NEW_CHAT: ModelParameters = { tokenLimitField: 'max_completion_tokens', temperature: true };

/** First match wins; matched against the name without a `provider/` prefix, lower-cased. */
export const MODEL_FAMILIES: readonly FamilyRule[] = [
  { pattern: /^gpt-([5-9]|\d{2,})(\.\d+)?-chat/, parameters: NEW_CHAT },
  { pattern: /^gpt-([5-9]|\d{2,})(\b|[.-])/, parameters: REASONING },
  { pattern: /^o\d+(\b|-)/, parameters: REASONING },
  { pattern: /^codex-mini/, parameters: REASONING },
];

export function modelParameters(model: string): ModelParameters {
  const name = baseModelName(model);
  return MODEL_FAMILIES.find((rule) => rule.pattern.test(name))?.parameters ?? LEGACY;
}

/** `openai/gpt-5` (OpenRouter-style) → `gpt-5`. */
export function baseModelName(model: string): string {
  const slash = model.lastIndexOf('/');
  return model
    .slice(slash + 1)
    .trim()
    .toLowerCase();
}
