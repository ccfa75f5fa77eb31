// How both edges assemble the engine's collaborators, so the CLI and the action run
// the same engine with the same wiring (DESIGN.md §8: one engine, no second copy).
import { systemClock, type Clock } from '../engine/clock.js';
import type { Services } from '../engine/services.js';

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

export function createServices(settings: ServiceSettings): Services {
  return {
    clock: settings.clock ?? systemClock,
    hostEnv: { ...settings.env },
  };
}
