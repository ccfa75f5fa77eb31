import { StepTimeoutError } from '../engine/types.js';

/** Aborts when `signal` does for a cancel, not for the step's timeout (that one stops with the grace). */
export function cancelOf(signal: AbortSignal): AbortSignal {
  const cancel = new AbortController();
  const onAbort = () => {
    if (!(signal.reason instanceof StepTimeoutError)) cancel.abort(signal.reason);
  };
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  return cancel.signal;
}
