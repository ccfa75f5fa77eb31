import type { StepSpec } from '../workflow/model.js';
import type { Redactor } from '../common/secrets.js';
import type { RunObserver } from './types.js';
import type { StepLogger } from '../common/step-logger.js';

/**
 * A step's logger: forwards to the observer with every secret of the run hidden. A value a step
 * masks joins the run's redactor, so it is hidden from every step's lines and records after it,
 * and the edge hears of it once (core.setSecret).
 */
export function createStepLogger(
  step: StepSpec,
  redactor: Redactor,
  observer?: RunObserver,
): StepLogger {
  const emit = (level: 'info' | 'warn' | 'error', message: string) => {
    observer?.stepLog?.(step, level, redactor.published(message));
  };
  return {
    info: (m) => emit('info', m),
    warn: (m) => emit('warn', m),
    error: (m) => emit('error', m),
    mask: (secret) => {
      if (redactor.add(secret)) observer?.secret?.(secret);
    },
    redact: (text) => redactor.published(text),
  };
}
