// CONTRACT STUB — the shell kind is written with the engine.
import type { StepKind } from '../engine/types.js';

export const shellKind: StepKind = {
  kind: 'shell',
  literalKeys: ['run'],
  run: () => Promise.reject(new Error('not implemented')),
};
