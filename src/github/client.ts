// The REST client a gate uses: Octokit with retry (5xx) and throttling (403/429 rate
// limits, honouring retry-after and x-ratelimit-reset), plus conditional reads so an
// unchanged page answers 304 and costs nothing against the rate limit.
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';

const RestClient = Octokit.plugin(retry, throttling);
export type RestClient = InstanceType<typeof RestClient>;

/** One workflow's place on one pull request: where its sticky comments live. */
export interface PullRequestTarget {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  pullNumber: number;
  /** The workflow file: one comment of each kind per workflow on a pull request. */
  workflowFile: string;
}

export interface ClientSettings {
  token: string;
  /** GITHUB_API_URL, e.g. https://api.github.com. */
  apiUrl: string;
  /** Retries after a rate limit or a 5xx, per request. */
  maxRetries?: number;
  /** The longest rate-limit wait taken inside one request (60 s); longer ones fail the request. */
  maxRetryAfterSeconds?: number;
  /** Milliseconds per second of retry-after (1000; tests shorten back-off). */
  retryAfterBaseMs?: number;
  /**
   * Space writes as GitHub asks (1 s, 3 s for notifying ones). Off in tests against the
   * local server, where the spacing only slows the suite, and for the budget-pool ledger's
   * three requests a job, which pace their own retries (pools/github-store.ts says why).
   */
  spaceWrites?: boolean;
  log?: (message: string) => void;
}

/** A Bottleneck.Group look-alike that runs jobs at once (what the throttling plugin calls). */
const immediateGroup = {
  key: () => ({
    schedule: (...args: unknown[]) => {
      const rest = typeof args[0] === 'function' ? args : args.slice(1);
      const [job, ...params] = rest as [(...p: unknown[]) => unknown, ...unknown[]];
      return Promise.resolve(job(...params));
    },
  }),
} as unknown as NonNullable<Extract<ThrottlingOptions, { enabled?: boolean }>['write']>;

export function createRestClient(settings: ClientSettings): RestClient {
  const maxRetries = settings.maxRetries ?? 3;
  const maxRetryAfter = settings.maxRetryAfterSeconds ?? 60;
  const log = settings.log ?? (() => undefined);
  const onLimit =
    (what: string) =>
    (
      retryAfter: number,
      options: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      // A long wait is left to the caller, which paces itself by the reset time and its deadline.
      if (retryCount >= maxRetries || retryAfter > maxRetryAfter) {
        log(
          `GitHub ${what} on ${options.method} ${options.url}; not retrying (reset in ${retryAfter} s).`,
        );
        return false;
      }
      log(`GitHub ${what} on ${options.method} ${options.url}; retrying in ${retryAfter} s.`);
      return true;
    };
  const base = settings.retryAfterBaseMs ?? 1000;
  // Octokit logs every answer that is not 2xx; an unchanged poll (304) is the normal case.
  const unlessUnchanged = (message: string) => {
    if (!/^[A-Z]+ \S+ - 304 /.test(message)) log(message);
  };
  return new RestClient({
    auth: settings.token,
    baseUrl: settings.apiUrl.replace(/\/+$/, ''),
    userAgent: 'wflo',
    log: {
      debug: () => undefined,
      info: () => undefined,
      warn: unlessUnchanged,
      error: unlessUnchanged,
    },
    retry: { retries: maxRetries, retryAfterBaseValue: base },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      retryAfterBaseValue: base,
      ...(settings.spaceWrites === false
        ? { write: immediateGroup, notifications: immediateGroup }
        : {}),
    },
  });
}

export interface ReadResult<T> {
  data: T;
  /** False when GitHub answered 304 (free: nothing changed). */
  changed: boolean;
  headers: Record<string, string | number | undefined>;
}

/** Remembers each URL's ETag and body, so a repeat read sends If-None-Match. */
export class ConditionalReader {
  private readonly cache = new Map<string, { etag: string; data: unknown }>();
  /** Rate-limit headers of the last answer, for pacing the next poll. */
  lastRateLimit?: { remaining: number; resetAt: number };

  constructor(private readonly client: RestClient) {}

  async get<T>(url: string, signal?: AbortSignal): Promise<ReadResult<T>> {
    const cached = this.cache.get(url);
    try {
      const response = await this.client.request({
        method: 'GET',
        url,
        headers: cached ? { 'if-none-match': cached.etag } : {},
        ...(signal === undefined ? {} : { request: { signal } }),
      });
      this.noteRateLimit(response.headers);
      const etag = response.headers.etag;
      if (typeof etag === 'string') this.cache.set(url, { etag, data: response.data });
      return { data: response.data as T, changed: true, headers: response.headers };
    } catch (error) {
      const headers = responseHeaders(error);
      this.noteRateLimit(headers);
      if (httpStatus(error) === 304 && cached)
        return { data: cached.data as T, changed: false, headers };
      throw error;
    }
  }

  /** Reads every page of a list (per_page=100), each page conditionally. */
  async getAll<T>(
    path: string,
    query: Record<string, string> = {},
    signal?: AbortSignal,
  ): Promise<ReadResult<T[]>> {
    const items: T[] = [];
    let changed = false;
    let headers: ReadResult<T[]>['headers'] | undefined;
    for (let page = 1; ; page++) {
      const params = new URLSearchParams({ ...query, per_page: '100', page: String(page) });
      const result = await this.get<T[]>(`${path}?${params.toString()}`, signal);
      changed ||= result.changed;
      headers = result.headers;
      items.push(...result.data);
      // A full page may have a successor even when its own answer (and Link) did not change.
      const link = typeof result.headers.link === 'string' ? result.headers.link : '';
      if (result.data.length < 100 && !/rel="next"/.test(link)) break;
      if (result.data.length === 0) break;
    }
    return { data: items, changed, headers: headers ?? {} };
  }

  private noteRateLimit(headers: Record<string, string | number | undefined>): void {
    const remaining = Number(headers['x-ratelimit-remaining']);
    const reset = Number(headers['x-ratelimit-reset']);
    if (Number.isFinite(remaining) && Number.isFinite(reset)) {
      this.lastRateLimit = { remaining, resetAt: reset * 1000 };
    }
  }
}

/**
 * The wait GitHub asked for on a rate-limit answer (retry-after in seconds, or the reset time
 * of an exhausted primary limit), in milliseconds from `now`; undefined when it asked none.
 */
export function requestedWaitMs(error: unknown, now: number): number | undefined {
  const headers = responseHeaders(error);
  const after = Number(headers['retry-after']);
  if (Number.isFinite(after) && after >= 0) return after * 1000;
  if (Number(headers['x-ratelimit-remaining']) === 0) {
    const reset = Number(headers['x-ratelimit-reset']);
    if (Number.isFinite(reset)) return Math.max(0, reset * 1000 - now);
  }
  return undefined;
}

/** The HTTP status of an Octokit RequestError (duck-typed: the class is a transitive package). */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}

function responseHeaders(error: unknown): Record<string, string | number | undefined> {
  if (typeof error !== 'object' || error === null || !('response' in error)) return {};
  const response = error.response;
  if (typeof response !== 'object' || response === null || !('headers' in response)) return {};
  return (response.headers ?? {}) as Record<string, string | number | undefined>;
}
