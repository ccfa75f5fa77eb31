// The `github` budget-pool store (DESIGN.md §4): the pool ledger as one JSON file on a branch
// of a repository — the workflow's own by default, or a dedicated ledger repository — changed
// only by fast-forward (github/ref-document.ts), so two jobs escrowing at once never both win
// the same money: the second one's write is refused, and it reads the ledger again.
// A branch, not a hidden ref, because a branch can be read in one GraphQL request and written
// in one (`createCommitOnBranch` with the head it read): 3 requests a job — read, escrow,
// settle on top of its own escrow — where a hidden ref costs 2 a read and 3 a write.
// docs/budgets.md says what the token needs (`contents: write`) and what each call costs.
import { messageOf } from '../common/errors.js';
import { createRestClient, type RestClient } from '../github/client.js';
import {
  branchDocument,
  type RefDocument,
  type RefDocumentSettings,
} from '../github/ref-document.js';
import { emptyBook, escrowIn, parseBook, settleIn, standingsIn, type Book } from './book.js';
import { PoolStoreError, type EscrowGrant, type PoolStore } from './port.js';
import type { StoreContext } from './stores.js';

export const DEFAULT_POOL_REF = 'refs/heads/wflo/budget-pools';
const LEDGER_FILE = 'budget-pools.json';

export interface GithubPoolStoreOptions {
  token: string;
  /** GITHUB_API_URL, e.g. https://api.github.com. */
  apiUrl: string;
  /** The repository that keeps the ledger. */
  owner: string;
  repo: string;
  /** The branch the ledger lives on (default refs/heads/wflo/budget-pools). */
  ref?: string;
  /** For tests: the client (and its retry settings) to use. */
  client?: RestClient;
  /** For tests: the conflict backoff (RefDocumentSettings). */
  backoff?: Pick<
    RefDocumentSettings,
    'maxAttempts' | 'baseDelayMs' | 'maxDelayMs' | 'random' | 'sleep'
  >;
}

/**
 * `github`, `github:OWNER/REPO` or either with `@BRANCH`: the repository and branch a store
 * URL names; a bare `github` is the workflow's repository (GITHUB_REPOSITORY).
 */
export function parseGithubStoreUrl(
  url: string,
  env: Record<string, string | undefined>,
): { owner: string; repo: string; ref: string } {
  const m =
    /^github(?::([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+))?(?:@(?:refs\/heads\/)?([A-Za-z0-9_./-]+))?$/.exec(
      url.trim(),
    );
  if (!m || (m[3] !== undefined && !validBranch(m[3])))
    throw new PoolStoreError(
      `the budget store '${url}' is not one wflo knows: the github store is 'github', 'github:OWNER/REPO' (a dedicated ledger repository) or either with '@BRANCH' (the branch that keeps the ledger, default wflo/budget-pools)`,
    );
  const [fromEnvOwner, fromEnvRepo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const owner = m[1] ?? fromEnvOwner;
  const repo = m[2] ?? fromEnvRepo;
  if (!owner || !repo)
    throw new PoolStoreError(
      `the budget store 'github' keeps its ledger in the workflow's repository, but GITHUB_REPOSITORY is not set; name one with 'github:OWNER/REPO'`,
    );
  return { owner, repo, ref: m[3] === undefined ? DEFAULT_POOL_REF : `refs/heads/${m[3]}` };
}

/** git's rules for a branch name, as far as the characters allowed above leave any to check. */
function validBranch(name: string): boolean {
  return (
    !name.startsWith('refs/') &&
    !/(^|\/)\.|\.\.|\/\/|\/$|\.lock(\/|$)|^-/.test(name) &&
    !name.endsWith('.')
  );
}

/** The store a `budget-store` URL names, with the edge's token (the action's `github-token`). */
export function githubStoreFromUrl(url: string, context: StoreContext): PoolStore {
  const { owner, repo, ref } = parseGithubStoreUrl(url, context.env);
  const token = context.githubToken || context.env.GITHUB_TOKEN;
  if (!token)
    throw new PoolStoreError(
      `the budget store '${url}' needs a GitHub token with 'contents: write' on ${owner}/${repo}: the action's github-token input, or GITHUB_TOKEN`,
    );
  return createGithubPoolStore({
    token,
    apiUrl: context.env.GITHUB_API_URL || 'https://api.github.com',
    owner,
    repo,
    ref,
  });
}

export function createGithubPoolStore(options: GithubPoolStoreOptions): PoolStore {
  // Octokit's throttling spaces every GraphQL request a second from the last: between a
  // ledger read and its commit that is a one-second window for another job to commit first,
  // and sixteen jobs starting together then retried ~14 requests each (7–8 without it).
  // A job makes three requests, not the "large number" GitHub's spacing advice is about; the
  // document's own jittered backoff spaces retries, and secondary rate limits (403/429 with
  // retry-after) are still waited out by the throttling plugin.
  const client =
    options.client ??
    createRestClient({ token: options.token, apiUrl: options.apiUrl, spaceWrites: false });
  const doc: RefDocument = branchDocument({
    client,
    owner: options.owner,
    repo: options.repo,
    ref: options.ref ?? DEFAULT_POOL_REF,
    file: LEDGER_FILE,
    message: 'wflo: budget-pool ledger',
    ...options.backoff,
  });
  const describe = `github ${doc.describe}`;
  // The book every store keeps (book.ts), as one JSON file; a fresh parse per attempt, since
  // the rules mutate it and a lost race applies them again to the newer text.
  const bookOf = (text: string | undefined): Book => {
    if (text === undefined) return emptyBook();
    try {
      return parseBook(text);
    } catch (error) {
      throw new PoolStoreError(
        `the budget store ${describe} holds a ledger wflo cannot read (${messageOf(error)}); fix or delete the branch`,
        { cause: error },
      );
    }
  };
  const serialize = (book: Book) => `${JSON.stringify(book, null, 1)}\n`;
  // Every failure to reach or read the store is a PoolStoreError: the run fails closed on it.
  const guarded = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof PoolStoreError) throw error;
      throw new PoolStoreError(
        `the budget store ${describe} could not ${what}: ${messageOf(error)} (the token needs 'contents: write' on ${options.owner}/${options.repo})`,
        { cause: error },
      );
    }
  };

  return {
    describe,
    escrow(request) {
      return guarded('take a hold', () =>
        doc.update<EscrowGrant>((text) => {
          const book = bookOf(text);
          const grant = escrowIn(book, request);
          // Unchanged text (a lease taken before, nothing expired) is not written again.
          return { value: grant, text: serialize(book) };
        }),
      );
    },
    settle(leaseId, spentMicros, now) {
      return guarded('settle a hold', () =>
        doc.update<undefined>((text) => {
          const book = bookOf(text);
          return settleIn(book, leaseId, spentMicros, now)
            ? { value: undefined, text: serialize(book) }
            : { value: undefined };
        }),
      );
    },
    list(now) {
      return guarded('be read', async () => {
        const { text } = await doc.read();
        return text === undefined ? [] : standingsIn(bookOf(text), now);
      });
    },
    async close() {
      // Nothing is held open: each operation is its own requests.
    },
  };
}
