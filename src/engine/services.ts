import type { Clock } from './clock.js';

/**
 * The collaborators step kinds use, passed in by the edge (CLI or action).
 * Each later capability adds its interface here as an optional member, so the core
 * is tested with in-memory versions and the edges wire the real adapters.
 */
export interface Services {
  clock: Clock;
  /** Environment of the process the edge runs in; kinds read secrets from here only when a step names them. */
  hostEnv: Record<string, string | undefined>;
}
