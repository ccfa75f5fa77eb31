// A small document kept as one file in a git ref of a repository, changed only by
// fast-forward — the compare-and-swap GitHub offers — so two writers at once never both win:
// the second one's write is refused, it reads the document again and applies its change to
// the newer text, after a backoff with full jitter, a bounded number of times.
//
// Two ways to reach the ref, one loop over them:
// - `refDocument`, any ref (e.g. refs/wflo/checkpoints/…, hidden from the branch list), by
//   REST: a read is 2 requests (the ref, the file at its commit), a write 3 (a tree with the
//   text inline, a commit on the commit as read, `PATCH …/git/refs/{ref}` with `force: false`;
//   422 "not a fast forward" when another writer moved it).
// - `branchDocument`, a branch (refs/heads/…), by GraphQL: a read is 1 request (the head and
//   the file's text in one query), a write 1 (`createCommitOnBranch` with `expectedHeadOid`;
//   STALE_DATA when another writer moved it). For documents written by every job, like the
//   budget-pool ledger, where requests are the cost (docs/budgets.md).
// Either creates a missing ref with a root commit by REST (3 requests, once; 422 "already
// exists" when another writer created it first).
//
// A document remembers what it last read or wrote: the next change is tried on that first,
// so a writer that reads, writes and writes again (escrow, then settle) pays no read in
// between unless someone else wrote. A change that finds nothing to write in what it
// remembers is decided again on a fresh read, since the ref may have moved.
import { WfloError } from '../common/errors.js';
import { httpStatus, type RestClient } from './client.js';

interface Backoff {
  /** Writes tried before giving up on a busy ref (default 20). */
  maxAttempts?: number;
  /** First backoff ceiling in ms (default 200); it doubles per conflict up to `maxDelayMs`. */
  baseDelayMs?: number;
  /** Longest backoff ceiling in ms (default 5,000). */
  maxDelayMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface RefDocumentSettings extends Backoff {
  client: RestClient;
  owner: string;
  repo: string;
  /** The full ref, e.g. refs/wflo/checkpoints/… (a branch, refs/heads/…, for branchDocument). */
  ref: string;
  /** The file in the ref's tree that holds the document. */
  file: string;
  /** Commit message of each write. */
  message: string;
}

/** The document as read: its text, and the commit it was read at (undefined: no ref yet). */
export interface RefSnapshot {
  text: string | undefined;
  commit: string | undefined;
}

/** What a change decides: the value to return, and the new text to write (none: write nothing). */
export interface RefChange<T> {
  value: T;
  text?: string;
}

export interface RefDocument {
  /** For messages: "owner/repo refs/heads/wflo/budget-pools". */
  readonly describe: string;
  read(): Promise<RefSnapshot>;
  /**
   * Applies `change` to the current text and writes its result by fast-forward; on a race it
   * reads again and applies `change` to the newer text, so `change` must be a pure function.
   */
  update<T>(change: (text: string | undefined) => RefChange<T>): Promise<T>;
  /** Deletes the ref (nothing when it is gone already). */
  remove(): Promise<void>;
}

/** The ref stayed busy through every attempt, or GitHub answered what a document cannot use. */
export class RefDocumentError extends WfloError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RefDocumentError';
  }
}

/** How one kind of ref is read and written; the loop in `casDocument` is the same for all. */
interface RefTransport {
  read(): Promise<RefSnapshot>;
  /** Writes `text` on top of `parent`: the new commit, or undefined when another writer won. */
  write(text: string, parent: string): Promise<string | undefined>;
}

const sleepMs = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A document in any ref, by REST (hidden refs such as refs/wflo/checkpoints/…). */
export function refDocument(settings: RefDocumentSettings): RefDocument {
  const { client, owner, repo, file } = settings;
  const git = gitRef(settings);
  const where = { owner, repo };
  const describe = `${owner}/${repo} ${settings.ref}`;
  return casDocument(settings, describe, git, {
    async read() {
      let commit: string;
      try {
        const ref = await client.rest.git.getRef({ ...where, ref: git.shortRef });
        commit = ref.data.object.sha;
      } catch (error) {
        if (httpStatus(error) === 404) return { text: undefined, commit: undefined };
        throw error;
      }
      try {
        const content = await client.rest.repos.getContent({ ...where, path: file, ref: commit });
        const data = content.data;
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
          throw notOurs(describe, commit, file);
        // Over 1 MB the contents API leaves the content out; the blob holds it (up to 100 MB).
        const text =
          data.content === '' && data.size > 0
            ? await git.blobText(data.sha)
            : Buffer.from(data.content, 'base64').toString('utf8');
        return { text, commit };
      } catch (error) {
        if (httpStatus(error) === 404) throw notOurs(describe, commit, file, error);
        throw error;
      }
    },
    async write(text, parent) {
      const commit = await git.commitOf(text, [parent]);
      try {
        await client.rest.git.updateRef({ ...where, ref: git.shortRef, sha: commit, force: false });
        return commit;
      } catch (error) {
        // 422: not a fast forward — another writer moved the ref.
        if (httpStatus(error) === 422) return undefined;
        throw error;
      }
    },
  });
}

/** The head of a branch and one file's text at it, in one request. */
const READ_BRANCH = `query WfloReadBranch($owner: String!, $name: String!, $ref: String!, $path: String!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) {
      target {
        oid
        ... on Commit {
          file(path: $path) {
            object { ... on Blob { oid text isTruncated isBinary } }
          }
        }
      }
    }
  }
}`;

/** A commit on a branch, only if its head is still the one read: the fast-forward rule. */
const WRITE_BRANCH = `mutation WfloWriteBranch($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } }
}`;

interface ReadBranchAnswer {
  repository: {
    ref: {
      target: {
        oid: string;
        file?: {
          object?: { oid: string; text: string | null; isTruncated: boolean; isBinary: boolean };
        } | null;
      };
    } | null;
  } | null;
}

/** A document on a branch (refs/heads/…), by GraphQL: 1 request a read, 1 a write. */
export function branchDocument(settings: RefDocumentSettings): RefDocument {
  const { client, owner, repo, file } = settings;
  if (!settings.ref.startsWith('refs/heads/') || settings.ref.length === 'refs/heads/'.length)
    throw new RefDocumentError(
      `The ref ${settings.ref} must be a branch, refs/heads/NAME (e.g. refs/heads/wflo/budget-pools).`,
    );
  const git = gitRef(settings);
  const describe = `${owner}/${repo} ${settings.ref}`;
  const branchName = settings.ref.slice('refs/heads/'.length);
  return casDocument(settings, describe, git, {
    async read() {
      const answer = await client.graphql<ReadBranchAnswer>(READ_BRANCH, {
        owner,
        name: repo,
        ref: settings.ref,
        path: file,
      });
      if (!answer.repository)
        throw new RefDocumentError(`${owner}/${repo} cannot be seen with this token.`);
      const target = answer.repository.ref?.target;
      if (!target) return { text: undefined, commit: undefined };
      const blob = target.file?.object;
      if (!blob || blob.isBinary) throw notOurs(describe, target.oid, file);
      // GraphQL leaves the text of a large blob out (isTruncated); the blob holds all of it.
      const text =
        blob.isTruncated || blob.text === null ? await git.blobText(blob.oid) : blob.text;
      return { text, commit: target.oid };
    },
    async write(text, parent) {
      try {
        const answer = await client.graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(
          WRITE_BRANCH,
          {
            input: {
              branch: { repositoryNameWithOwner: `${owner}/${repo}`, branchName },
              expectedHeadOid: parent,
              message: { headline: settings.message },
              fileChanges: {
                additions: [{ path: file, contents: Buffer.from(text, 'utf8').toString('base64') }],
              },
            },
          },
        );
        return answer.createCommitOnBranch.commit.oid;
      } catch (error) {
        if (movedUnder(error)) return undefined;
        throw error;
      }
    },
  });
}

/**
 * GitHub's answer when the branch head is not the expected one (type STALE_DATA, "Expected
 * branch to point to … but it did not"), or when the branch went away since it was read.
 */
function movedUnder(error: unknown): boolean {
  const errors = (error as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return false;
  return errors.some((e: { type?: unknown; message?: unknown }) => {
    const message = typeof e.message === 'string' ? e.message : '';
    return (
      e.type === 'STALE_DATA' ||
      /expected branch to point to|but expected/i.test(message) ||
      (e.type === 'NOT_FOUND' && /ref|branch/i.test(message))
    );
  });
}

function notOurs(describe: string, commit: string, file: string, cause?: unknown) {
  return new RefDocumentError(
    `${describe} is at commit ${commit.slice(0, 7)}, which has no file ${file}; it was not written by wflo, so name another ref.`,
    cause === undefined ? undefined : { cause },
  );
}

/** The REST git-data requests both ways share: creating the ref, reading a big blob, deleting. */
function gitRef(settings: RefDocumentSettings) {
  const { client, owner, repo, file } = settings;
  if (!/^refs\/[^/]+\/.+/.test(settings.ref))
    throw new RefDocumentError(
      `The ref ${settings.ref} must start with refs/ and have at least two more parts (e.g. refs/wflo/checkpoints/1).`,
    );
  const where = { owner, repo };
  // The git/refs endpoints take the ref without its leading "refs/".
  const shortRef = settings.ref.slice('refs/'.length);
  const commitOf = async (text: string, parents: string[]): Promise<string> => {
    const tree = await client.rest.git.createTree({
      ...where,
      tree: [{ path: file, mode: '100644', type: 'blob', content: text }],
    });
    const commit = await client.rest.git.createCommit({
      ...where,
      message: settings.message,
      tree: tree.data.sha,
      parents,
    });
    return commit.data.sha;
  };
  return {
    shortRef,
    commitOf,
    async blobText(sha: string): Promise<string> {
      const blob = await client.rest.git.getBlob({ ...where, file_sha: sha });
      return Buffer.from(blob.data.content, 'base64').toString('utf8');
    },
    /** A new ref holding `text` in a root commit; undefined when another writer created it first. */
    async create(text: string): Promise<string | undefined> {
      const commit = await commitOf(text, []);
      try {
        await client.rest.git.createRef({ ...where, ref: settings.ref, sha: commit });
        return commit;
      } catch (error) {
        if (httpStatus(error) === 422) return undefined; // "Reference already exists"
        throw error;
      }
    },
    async remove(): Promise<void> {
      try {
        await client.rest.git.deleteRef({ ...where, ref: shortRef });
      } catch (error) {
        const status = httpStatus(error);
        // 422 "Reference does not exist" is what GitHub answers for a ref already gone.
        if (status === 404 || status === 422) return;
        throw error;
      }
    },
  };
}

/** The read-change-write loop over a transport, with what was last seen remembered. */
function casDocument(
  backoff: Backoff,
  describe: string,
  git: ReturnType<typeof gitRef>,
  transport: RefTransport,
): RefDocument {
  const maxAttempts = backoff.maxAttempts ?? 20;
  const base = backoff.baseDelayMs ?? 200;
  const cap = backoff.maxDelayMs ?? 5_000;
  const random = backoff.random ?? Math.random;
  const sleep = backoff.sleep ?? sleepMs;
  let known: RefSnapshot | undefined;

  const read = async (): Promise<RefSnapshot> => {
    known = await transport.read();
    return known;
  };

  return {
    describe,
    read,
    async update(change) {
      let remembered = known !== undefined;
      let snapshot = known ?? (await read());
      for (let conflicts = 0; ;) {
        const decided = change(snapshot.text);
        if (decided.text === undefined || decided.text === snapshot.text) {
          // Nothing to write in what was remembered may not hold for what is there now.
          if (!remembered) return decided.value;
          remembered = false;
          snapshot = await read();
          continue;
        }
        const commit =
          snapshot.commit === undefined
            ? await git.create(decided.text)
            : await transport.write(decided.text, snapshot.commit);
        if (commit !== undefined) {
          known = { text: decided.text, commit };
          return decided.value;
        }
        known = undefined;
        // A remembered head that moved is not contention yet: read and try once more at once.
        if (!remembered) {
          conflicts += 1;
          if (conflicts >= maxAttempts)
            throw new RefDocumentError(
              `${describe} kept moving under ${maxAttempts} writes in a row (other jobs wrote it first each time); try again later.`,
            );
          // Full jitter: writers that collided spread out instead of colliding again.
          await sleep(Math.floor(random() * Math.min(cap, base * 2 ** (conflicts - 1))));
        }
        remembered = false;
        snapshot = await read();
      }
    },
    async remove() {
      known = undefined;
      await git.remove();
    },
  };
}
