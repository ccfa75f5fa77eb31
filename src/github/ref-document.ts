// A small document kept as one file in a git ref of a repository (e.g. refs/wflo/budget-pools),
// changed only by fast-forward: a new tree and a commit whose parent is the ref's commit as
// read, then `PATCH …/git/refs/{ref}` with `force: false` — the compare-and-swap GitHub offers.
// When another writer moved the ref first, GitHub answers 422 ("not a fast forward"; "already
// exists" for a ref two writers create at once) and the change is read again and retried,
// after a backoff with full jitter, a bounded number of times.
//
// Requests: a read is 2 (the ref, the file at its commit); a write adds 3 (tree, commit, ref).
import { WfloError } from '../common/errors.js';
import { httpStatus, type RestClient } from './client.js';

export interface RefDocumentSettings {
  client: RestClient;
  owner: string;
  repo: string;
  /** The full ref, e.g. refs/wflo/budget-pools. */
  ref: string;
  /** The file in the ref's tree that holds the document. */
  file: string;
  /** Commit message of each write. */
  message: string;
  /** Writes tried before giving up on a busy ref (default 20). */
  maxAttempts?: number;
  /** First backoff ceiling in ms (default 200); it doubles per conflict up to `maxDelayMs`. */
  baseDelayMs?: number;
  /** Longest backoff ceiling in ms (default 5,000). */
  maxDelayMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
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
  /** For messages: "owner/repo refs/wflo/budget-pools". */
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

/** The ref stayed busy through every attempt, or GitHub answered what a ledger cannot use. */
export class RefDocumentError extends WfloError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RefDocumentError';
  }
}

const sleepMs = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function refDocument(settings: RefDocumentSettings): RefDocument {
  const { client, owner, repo, file } = settings;
  if (!/^refs\/[^/]+\/.+/.test(settings.ref))
    throw new RefDocumentError(
      `The ref ${settings.ref} must start with refs/ and have at least two more parts (e.g. refs/wflo/budget-pools).`,
    );
  // The git/refs endpoints take the ref without its leading "refs/".
  const shortRef = settings.ref.slice('refs/'.length);
  const where = { owner, repo };
  const describe = `${owner}/${repo} ${settings.ref}`;
  const maxAttempts = settings.maxAttempts ?? 20;
  const base = settings.baseDelayMs ?? 200;
  const cap = settings.maxDelayMs ?? 5_000;
  const random = settings.random ?? Math.random;
  const sleep = settings.sleep ?? sleepMs;

  const read = async (): Promise<RefSnapshot> => {
    let commit: string;
    try {
      const ref = await client.rest.git.getRef({ ...where, ref: shortRef });
      commit = ref.data.object.sha;
    } catch (error) {
      if (httpStatus(error) === 404) return { text: undefined, commit: undefined };
      throw error;
    }
    try {
      const content = await client.rest.repos.getContent({ ...where, path: file, ref: commit });
      const data = content.data;
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
        throw new RefDocumentError(`${describe} holds no file ${file} at ${commit}.`);
      // Over 1 MB the contents API leaves the content out; the blob holds it (up to 100 MB).
      const base64 =
        data.content === '' && data.size > 0
          ? (await client.rest.git.getBlob({ ...where, file_sha: data.sha })).data.content
          : data.content;
      return { text: Buffer.from(base64, 'base64').toString('utf8'), commit };
    } catch (error) {
      // A ref whose commit has no such file was written by something else: not ours to read.
      if (httpStatus(error) === 404)
        throw new RefDocumentError(
          `${describe} is at commit ${commit.slice(0, 7)}, which has no file ${file}; it was not written by wflo, so name another ref.`,
          { cause: error },
        );
      throw error;
    }
  };

  /** Writes `text` on top of `parent` (undefined: creates the ref); false when another writer won. */
  const write = async (text: string, parent: string | undefined): Promise<boolean> => {
    const tree = await client.rest.git.createTree({
      ...where,
      tree: [{ path: file, mode: '100644', type: 'blob', content: text }],
    });
    const commit = await client.rest.git.createCommit({
      ...where,
      message: settings.message,
      tree: tree.data.sha,
      parents: parent === undefined ? [] : [parent],
    });
    try {
      if (parent === undefined) {
        await client.rest.git.createRef({ ...where, ref: settings.ref, sha: commit.data.sha });
      } else {
        await client.rest.git.updateRef({
          ...where,
          ref: shortRef,
          sha: commit.data.sha,
          force: false,
        });
      }
      return true;
    } catch (error) {
      // 422: not a fast forward (the ref moved), or the ref exists (another writer created it).
      if (httpStatus(error) === 422) return false;
      throw error;
    }
  };

  return {
    describe,
    read,
    async update(change) {
      for (let attempt = 0; ; attempt++) {
        const snapshot = await read();
        const decided = change(snapshot.text);
        if (decided.text === undefined || decided.text === snapshot.text) return decided.value;
        if (await write(decided.text, snapshot.commit)) return decided.value;
        if (attempt + 1 >= maxAttempts)
          throw new RefDocumentError(
            `${describe} kept moving under ${maxAttempts} writes in a row (other jobs wrote it first each time); try again later.`,
          );
        // Full jitter: writers that collided spread out instead of colliding again.
        await sleep(Math.floor(random() * Math.min(cap, base * 2 ** attempt)));
      }
    },
    async remove() {
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
