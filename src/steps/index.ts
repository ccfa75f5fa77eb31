import type { StepKind, StepKindRegistry } from '../engine/types.js';
import { shellKind } from './shell.js';
import { sandboxKind } from './sandbox.js';
import { llmKind } from './llm.js';
import { approvalKind } from './approval.js';
import { agentKind } from './agent.js';

/** Every kind this build supports; a new kind is one line here. */
export function builtinKinds(): StepKindRegistry {
  const kinds: StepKind[] = [shellKind, sandboxKind, llmKind, agentKind, approvalKind];
  return new Map(kinds.map((k) => [k.kind, k]));
}
