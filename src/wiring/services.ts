// How both edges assemble the engine's collaborators, so the CLI and the action run
// the same engine with the same wiring (DESIGN.md §8: one engine, no second copy).
import { localCheckout } from '../checkout/local.js';
import { systemClock } from '../engine/clock.js';
import type { Clock } from '../common/clock.js';
import type { Services } from '../engine/services.js';
import { openAiClientFromEnv } from '../llm/openai-client.js';
import { createDockerRuntime } from '../sandbox/docker-runtime.js';

export interface ServiceSettings {
  /** The process environment as the edge sees it (OPENAI_API_KEY, DOCKER_HOST, …). */
  env: Record<string, string | undefined>;
  /** The action's `openai-api-key` input, overriding OPENAI_API_KEY. */
  openaiApiKey?: string;
  /** The action's `openai-base-url` input, overriding OPENAI_BASE_URL. */
  openaiBaseUrl?: string;
  /** The action's `github-token` input, overriding GITHUB_TOKEN. */
  githubToken?: string;
  clock?: Clock;
}

/** The environment with the action's inputs mapped onto the names the CLI reads. */
export function effectiveEnv(settings: ServiceSettings): Record<string, string | undefined> {
  return {
    ...settings.env,
    ...(settings.openaiApiKey ? { OPENAI_API_KEY: settings.openaiApiKey } : {}),
    ...(settings.openaiBaseUrl ? { OPENAI_BASE_URL: settings.openaiBaseUrl } : {}),
    ...(settings.githubToken ? { GITHUB_TOKEN: settings.githubToken } : {}),
  };
}

export function createServices(settings: ServiceSettings): Services {
  const env = effectiveEnv(settings);
  const llm = openAiClientFromEnv(env);
  return {
    clock: settings.clock ?? systemClock,
    hostEnv: env,
    checkout: localCheckout,
    ...(llm ? { llm } : {}),
    // dockerode connects per call, so creating the client costs nothing when no step uses it.
    containers: createDockerRuntime({
      ...(env.DOCKER_HOST ? { dockerHost: env.DOCKER_HOST } : {}),
    }),
  };
}
