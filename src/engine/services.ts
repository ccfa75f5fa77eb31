import type { ApprovalGateway } from '../approval/gateway.js';
import type { LlmClient } from '../llm/client.js';
import type { ContainerRuntime } from '../sandbox/runtime.js';
import type { Clock } from '../common/clock.js';
import type { Checkout } from '../checkout/port.js';

/**
 * The collaborators step kinds use, passed in by the edge (CLI or action).
 * The core is tested with in-memory versions; the edges wire the real adapters.
 * A kind whose collaborator is missing fails its step with a sentence saying what to configure.
 */
export interface Services {
  clock: Clock;
  /** Environment of the process the edge runs in; kinds read secrets from here only when a step names them. */
  hostEnv: Record<string, string | undefined>;
  llm?: LlmClient;
  containers?: ContainerRuntime;
  approvals?: ApprovalGateway;
  /** Writes steps' changes to the checkout; without it, a step that returns changes fails. */
  checkout?: Checkout;
}
