import type { StepSpec } from '../workflow/model.js';
import type { RunObserver, StepLogger } from './types.js';

/** A step's logger: forwards to the observer with every registered secret masked. */
export function createStepLogger(step: StepSpec, observer?: RunObserver): StepLogger {
  const secrets: string[] = [];
  const emit = (level: 'info' | 'warn' | 'error', message: string) => {
    observer?.stepLog?.(step, level, maskSecrets(message, secrets));
  };
  return {
    info: (m) => emit('info', m),
    warn: (m) => emit('warn', m),
    error: (m) => emit('error', m),
    mask: (secret) => {
      // Masking one-character values would shred every line; GitHub skips them too.
      if (secret.length > 1 && !secrets.includes(secret)) {
        secrets.push(secret);
        observer?.secret?.(secret);
      }
    },
  };
}

export function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('***');
  return out;
}
