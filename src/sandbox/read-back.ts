// Reading results back out of a container (its /workspace, its output folder) is reading
// data an adversary wrote: it gets a deadline of its own and stops at once on cancel, so a
// huge or endless archive can neither keep a step running nor outlive a Ctrl-C.
import { WfloError } from '../common/errors.js';

/** The most a step's results may take to read back once its container has exited. */
export const READ_BACK_MS = 60_000;

/** Reading results back passed READ_BACK_MS; the message is a clause naming the path. */
export class ReadBackTimeoutError extends WfloError {
  constructor(
    readonly path: string,
    readonly timeoutMs: number,
  ) {
    super(
      `reading ${path} back from the container took more than ${Math.round(timeoutMs / 1000)} s, so it was dropped`,
    );
    this.name = 'ReadBackTimeoutError';
  }
}

export interface ReadBackOptions {
  /** The container path being read, for the error. */
  path: string;
  /** Aborting stops the read at once; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Defaults to READ_BACK_MS. */
  deadlineMs?: number;
}

type Archive = NodeJS.ReadableStream & { destroy?(error?: Error): unknown };

/**
 * Opens an archive with `open` and hands it to `read`, both under one deadline and the
 * caller's signal. On abort or deadline the archive is destroyed (which also closes the
 * engine's connection, so the engine stops producing it) and the call rejects; once `read`
 * settles the archive is destroyed too, so a reader that refused it early never drains it.
 */
export async function readBack<T>(
  open: (signal: AbortSignal) => Promise<NodeJS.ReadableStream>,
  read: (archive: NodeJS.ReadableStream, signal: AbortSignal) => Promise<T>,
  options: ReadBackOptions,
): Promise<T> {
  const deadlineMs = options.deadlineMs ?? READ_BACK_MS;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new ReadBackTimeoutError(options.path, deadlineMs)),
    deadlineMs,
  );
  const onAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let archive: Archive | undefined;
  const stopped = new Promise<never>((_, reject) => {
    const fail = () => {
      archive?.destroy?.();
      reject(controller.signal.reason);
    };
    if (controller.signal.aborted) fail();
    else controller.signal.addEventListener('abort', fail, { once: true });
  });
  // Only ever rejects; a settled read must not turn into an unhandled rejection.
  stopped.catch(() => undefined);
  try {
    // An archive that arrives after the abort is destroyed as it arrives.
    const opening = open(controller.signal).then((opened: Archive) => {
      archive = opened;
      if (controller.signal.aborted) opened.destroy?.();
      return opened;
    });
    opening.catch(() => undefined);
    archive = await Promise.race([opening, stopped]);
    return await Promise.race([read(archive, controller.signal), stopped]);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    archive?.destroy?.();
  }
}
