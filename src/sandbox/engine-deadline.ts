// No Docker call waits on the engine for ever (issue #18). A stalled daemon keeps its socket
// open and answers nothing, so without a deadline a create, an inspect or a remove hangs the
// run, and its post phase, for good. Every request gets a deadline at the one place all of
// dockerode's requests pass (the modem's dial); the two that rightly take long (waiting for a
// container to exit, and the body of a stream) are watched by pinging the engine instead.
import type Docker from 'dockerode';
import { ContainerRuntimeError } from './runtime.js';
import { WfloError } from '../common/errors.js';

export const DEFAULT_DOCKER_TIMEOUT_MS = 15_000;
/** An upload (a workspace into a volume) may be large: it gets this many deadlines. */
const UPLOAD_DEADLINES = 8;
/** How often a long wait asks the engine whether it is still there. */
const HEARTBEAT_MS = 5_000;

/** The deadline of one engine call: WFLO_DOCKER_TIMEOUT seconds, 15 by default. */
export function dockerTimeoutMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.WFLO_DOCKER_TIMEOUT;
  if (raw === undefined || raw.trim() === '') return DEFAULT_DOCKER_TIMEOUT_MS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new ContainerRuntimeError(
      `WFLO_DOCKER_TIMEOUT must be a number of seconds above 0 (got '${raw.slice(0, 40)}')`,
    );
  }
  return Math.round(seconds * 1000);
}

/**
 * The engine did not answer in time: the sentence says so and names the knob. Not itself a
 * ContainerRuntimeError, so the adapter wraps it with what it was trying to do.
 */
export class EngineDeadlineError extends WfloError {
  constructor(ms: number) {
    super(
      `the Docker engine did not answer within ${formatSeconds(ms)} (WFLO_DOCKER_TIMEOUT); is the daemon stalled?`,
    );
    this.name = 'EngineDeadlineError';
  }
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

interface DialOptions {
  path?: string;
  method?: string;
  isStream?: boolean;
  hijack?: boolean;
  file?: unknown;
  abortSignal?: AbortSignal;
}
type DialCallback = (error: unknown, data?: unknown) => void;
interface Dialer {
  dial(options: DialOptions, callback: DialCallback): unknown;
}

const deadlined = new WeakSet<object>();

/**
 * Puts every request of this client under a deadline of `ms`: the whole call for a plain
 * request, `UPLOAD_DEADLINES` of them for an upload, and the wait for the first response bytes
 * for a stream (its body may rightly last as long as the step). `/wait` has none: a container
 * may run for hours, and `engineHeartbeat` watches it instead.
 */
export function withDeadlines(docker: Docker, ms: number | Error): Docker {
  const modem = docker.modem as Dialer;
  if (deadlined.has(modem)) return docker;
  deadlined.add(modem);
  const dial = modem.dial.bind(modem);
  modem.dial = (options, callback) => {
    // A WFLO_DOCKER_TIMEOUT that is not a number fails every call with its one sentence.
    if (ms instanceof Error) {
      callback(ms);
      return undefined;
    }
    if (/\/wait(\?|$)/.test(options.path ?? '')) return dial(options, callback);
    const limit = options.file !== undefined ? ms * UPLOAD_DEADLINES : ms;
    const expiry = new AbortController();
    const timer = setTimeout(() => expiry.abort(new EngineDeadlineError(limit)), limit);
    timer.unref();
    // The callback comes with a stream's first bytes (its body may last as long as the step)
    // and with a plain call's whole answer; the deadline ends there.
    options.abortSignal = anyOf(options.abortSignal, expiry.signal);
    return dial(options, (error, data) => {
      clearTimeout(timer);
      if (error !== null && error !== undefined && expiry.signal.aborted)
        callback(expiry.signal.reason);
      else callback(error, data);
    });
  };
  return docker;
}

function anyOf(outer: AbortSignal | undefined, deadline: AbortSignal): AbortSignal {
  return outer ? AbortSignal.any([outer, deadline]) : deadline;
}

export interface Heartbeat {
  /** Rejects when the engine stops answering pings; never resolves. */
  lost: Promise<never>;
  stop(): void;
}

/**
 * Pings the engine every few seconds while something waits on it for long (a container's
 * exit, a stream's body): a daemon that went away or stalled fails the step within one
 * deadline, with one sentence, instead of leaving it to its timeout.
 */
export function engineHeartbeat(docker: Docker, ms: number, what: string): Heartbeat {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let fail: (error: Error) => void = () => undefined;
  const lost = new Promise<never>((_resolve, reject) => {
    fail = reject;
  });
  lost.catch(() => undefined);
  const beat = () => {
    timer = setTimeout(
      () => {
        docker.ping().then(
          () => {
            if (!stopped) beat();
          },
          (error: unknown) => {
            if (stopped) return;
            const reason =
              error instanceof EngineDeadlineError
                ? `no answer to a ping within ${formatSeconds(ms)} (WFLO_DOCKER_TIMEOUT)`
                : error instanceof Error
                  ? error.message
                  : String(error);
            fail(
              new ContainerRuntimeError(`the Docker engine stopped answering ${what}: ${reason}`, {
                cause: error,
              }),
            );
          },
        );
      },
      Math.min(HEARTBEAT_MS, ms),
    );
    timer.unref();
  };
  beat();
  return {
    lost,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** True when `error`, or an error it was caused by, is an engine deadline. */
export function isEngineDeadline(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; depth++) {
    if (e instanceof EngineDeadlineError) return true;
    e = e.cause;
  }
  return false;
}
