// Where the OpenAI adapter's settings come from: the edges pass an env record (the
// process env for the CLI; the action maps its inputs to the same names first).

export interface OpenAiSettings {
  apiKey: string;
  /** Any OpenAI-compatible server; absent means api.openai.com. */
  baseURL?: string;
  maxRetries: number;
  timeoutMs: number;
}

/** The SDK's own defaults, kept: retries and timeouts stay on. */
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Reads `OPENAI_API_KEY` and `OPENAI_BASE_URL` (and optionally `OPENAI_MAX_RETRIES`,
 * `OPENAI_TIMEOUT_MS`) from `env`. Returns undefined when no key is set, so the edge can
 * leave `services.llm` unset and an `llm` step says what to configure.
 */
export function openAiSettingsFromEnv(
  env: Record<string, string | undefined>,
): OpenAiSettings | undefined {
  const apiKey = env.OPENAI_API_KEY?.trim();
  if (!apiKey) return undefined;
  const baseURL = env.OPENAI_BASE_URL?.trim();
  return {
    apiKey,
    ...(baseURL ? { baseURL } : {}),
    maxRetries: wholeNumber(env, 'OPENAI_MAX_RETRIES', DEFAULT_MAX_RETRIES),
    timeoutMs: wholeNumber(env, 'OPENAI_TIMEOUT_MS', DEFAULT_TIMEOUT_MS),
  };
}

function wholeNumber(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number, got '${raw}'`);
  }
  return value;
}
