// Budget stores by URL scheme (DESIGN.md §4 "Stores"). `file:DIR` and `redis://`/`rediss://`
// are built in; another store (the action's `github` ledger) joins with registerPoolStore.
import { homedir } from 'node:os';
import path from 'node:path';
import { FilePoolStore } from './file-store.js';
import { PoolStoreError, type PoolStore } from './port.js';

/** What a store factory may read: the environment (tokens, repository) and the working directory. */
export interface StoreContext {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** The edge's GitHub token (the action's `github-token`), for a store kept on GitHub. */
  githubToken?: string;
}

export type PoolStoreFactory = (url: string, context: StoreContext) => Promise<PoolStore>;

/** Scheme (`file`, `redis`, `github`, …) → how to open it. */
const factories = new Map<string, PoolStoreFactory>();

/** `github`, `redis://x`, `file:/x` → `github`, `redis`, `file`. */
export function schemeOf(url: string): string {
  const colon = url.indexOf(':');
  return colon < 0 ? url : url.slice(0, colon);
}

export function registerPoolStore(scheme: string, factory: PoolStoreFactory): void {
  factories.set(scheme, factory);
}

registerPoolStore('file', async (url, context) => {
  const dir = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
  if (dir === '')
    throw new PoolStoreError(`the budget store '${url}' names no directory (file:DIR)`);
  return new FilePoolStore(path.resolve(context.cwd, dir));
});
const redis: PoolStoreFactory = async (url) => {
  const { RedisPoolStore } = await import('./redis-store.js');
  return new RedisPoolStore(url);
};
registerPoolStore('redis', redis);
registerPoolStore('rediss', redis);
// The action's ledger on a branch (github-store.ts): `github`, `github:OWNER/REPO[@BRANCH]`.
registerPoolStore('github', async (url, context) => {
  const { githubStoreFromUrl } = await import('./github-store.js');
  return githubStoreFromUrl(url, context);
});

/** The CLI's embedded store: `$XDG_STATE_HOME/wflo/pools`, else `~/.local/state/wflo/pools`. */
export function defaultFileStoreUrl(env: StoreContext['env']): string {
  const state = env.XDG_STATE_HOME || path.join(env.HOME || homedir(), '.local', 'state');
  return `file:${path.join(state, 'wflo', 'pools')}`;
}

/** True when the URL names a store this build can open. */
export function isKnownStore(url: string): boolean {
  return factories.has(schemeOf(url));
}

/** The schemes this build knows, for messages. */
export function knownSchemes(): string[] {
  return [...factories.keys()];
}

export async function openPoolStore(url: string, context: StoreContext): Promise<PoolStore> {
  const factory = factories.get(schemeOf(url));
  if (!factory) {
    throw new PoolStoreError(
      `the budget store '${url}' is not one this build knows (${knownSchemes()
        .map((s) => `${s}:`)
        .join(', ')})`,
    );
  }
  return factory(url, context);
}
