// A cancel is answered at once in every phase of a container step (issue #18: within
// 200 ms). A Docker call to a stalled engine holds its caller for one WFLO_DOCKER_TIMEOUT
// deadline (15 s), and the calls that create things are deliberately not cut short by the
// cancel (an aborted create may still create), so the step does not wait for them: it
// returns the cancel, and the work goes on in the background to its own end — its `finally`
// removes whatever was created, each call under its deadline, so the tail is bounded — with
// the start-up sweep and the action's post phase as the backstop for what a gone engine keeps.

/** How long an edge waits for that clean-up before it exits (a few engine deadlines at most). */
export const LATE_WORK_MS = 20_000;

/** Work a cancel returned from that has not ended yet (its clean-up). */
const late = new Set<Promise<unknown>>();

/**
 * Waits until the clean-up every cancel left in the background has ended, or `ms` passed
 * (false then): an edge calls it after it has said the run's outcome and before it exits,
 * so a healthy engine is left with nothing of the run; the sweep takes what a stalled one keeps.
 */
export async function lateWorkEnded(ms: number): Promise<boolean> {
  if (late.size === 0) return true;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((r) => (timer = setTimeout(() => r(false), ms)));
  const ended = Promise.allSettled([...late]).then(() => true);
  try {
    return await Promise.race([ended, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function keepTrackOf(work: Promise<unknown>): void {
  const tracked = work.then(
    () => undefined,
    () => undefined,
  );
  late.add(tracked);
  void tracked.then(() => late.delete(tracked));
}

/**
 * Settles as `work` does, or rejects with `cancel`'s reason as soon as it aborts. A later
 * failure of `work` is dropped (the step already ended cancelled); `onLate` hears of it.
 * A value `work` gives after the cancel reaches nobody but `release` (a container that
 * opened late is removed), tracked as late work too: exactly one of the caller and
 * `release` gets it.
 */
export function returnOnCancel<T>(
  work: Promise<T>,
  cancel: AbortSignal,
  onLate: (error: unknown) => void = () => undefined,
  release?: (value: T) => Promise<unknown>,
): Promise<T> {
  const abandon = () => keepTrackOf(release ? work.then(release) : work);
  if (cancel.aborted) {
    work.catch(onLate);
    abandon();
    return Promise.reject(cancel.reason as Error);
  }
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const onAbort = () => {
      if (done) return;
      done = true;
      abandon();
      reject(cancel.reason as Error);
    };
    cancel.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        cancel.removeEventListener('abort', onAbort);
        if (done) return;
        done = true;
        resolve(value);
      },
      (error: unknown) => {
        cancel.removeEventListener('abort', onAbort);
        if (done) return onLate(error);
        done = true;
        reject(error as Error);
      },
    );
  });
}
